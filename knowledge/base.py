"""The knowledge base as one object: catalog, vectors and the embeddings that fill them."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from knowledge.chunking import Chunk
from knowledge.directory import Company
from knowledge.embeddings import CachedEmbeddings
from knowledge.store import Catalog, SourceRecord, VectorIndex, make_record

if TYPE_CHECKING:
    from langchain_core.embeddings import Embeddings

    from knowledge.settings import ChromaSettings

log = logging.getLogger(__name__)

CONSOLE_SOURCE = "console:directory"  # companies added or edited by staff in the console


class KnowledgeBase:
    def __init__(
        self,
        data_dir: Path,
        embeddings: Embeddings,
        model_id: str,
        chroma: ChromaSettings,
        database: str | Path | None = None,
        embedding_cache: Path | None = None,
    ) -> None:
        """`database`: a SQLAlchemy URL or SQLite file, already migrated; default data_dir/catalog.sqlite3.
        `embedding_cache`: the SQLite file of vectors kept by text; default data_dir/embedding-cache.sqlite3."""
        data_dir.mkdir(parents=True, exist_ok=True)
        self.data_dir = data_dir
        self.catalog = Catalog(database or data_dir / "catalog.sqlite3")
        self.cached_embeddings = CachedEmbeddings(
            embeddings, embedding_cache or data_dir / "embedding-cache.sqlite3", model_id
        )
        self.embeddings = embeddings
        self.model_id = model_id
        stored = self.catalog.get_meta("embedding_model")
        if stored is not None and stored != model_id and self.catalog.sources():
            raise RuntimeError(
                f"the knowledge base in {data_dir} was built with {stored}, not {model_id}: "
                "use another data_dir or remove this one and ingest again"
            )
        self.catalog.set_meta("embedding_model", model_id)
        self.index = VectorIndex(self.cached_embeddings, data_dir, chroma, model_id)

    def is_empty(self) -> bool:
        return not self.catalog.sources()

    def _index_chunks(self, source_path: str, chunks: Sequence[Chunk], *, only_missing: bool) -> int:
        """Vectors for these chunks (only those Chroma lacks, if asked); how many were added."""
        store = self.index.chunks
        present = VectorIndex.existing_ids(store, [c.id for c in chunks]) if only_missing else set()
        new = [c for c in chunks if c.id not in present]
        VectorIndex.add(
            store,
            [c.id for c in new],
            [c.indexed_text for c in new],
            [{"source_path": source_path, "source": c.source, "language": c.language} for c in new],
        )
        return len(new)

    def _index_companies(self, source_path: str, companies: Sequence[Company], *, only_missing: bool) -> int:
        store = self.index.companies
        present = VectorIndex.existing_ids(store, [c.id for c in companies]) if only_missing else set()
        new = [c for c in companies if c.id not in present]
        VectorIndex.add(
            store,
            [c.id for c in new],
            [c.document() for c in new],
            [{"source_path": source_path, "country": c.country, "city": c.city} for c in new],
        )
        return len(new)

    def store_chunks(self, record: SourceRecord, chunks: Sequence[Chunk]) -> None:
        self._index_chunks(record.path, chunks, only_missing=True)
        self.catalog.replace_document(record, chunks)
        stale = VectorIndex.ids_where(self.index.chunks, "source_path", record.path) - {c.id for c in chunks}
        VectorIndex.delete(self.index.chunks, sorted(stale))

    def store_companies(self, record: SourceRecord, companies: Sequence[Company]) -> None:
        before = self.catalog.company_ids(record.path)
        self._index_companies(record.path, companies, only_missing=False)  # an edited row keeps its id
        self.catalog.replace_directory(record, companies)
        VectorIndex.delete(self.index.companies, sorted(before - {c.id for c in companies}))

    def save_company(self, company: Company) -> None:
        """Add or replace one company (by id); it then belongs to the console's own directory source."""
        companies = {c.id: c for c in self.catalog.companies_of(CONSOLE_SOURCE)}
        companies[company.id] = company
        record = make_record(CONSOLE_SOURCE, "staff console", "directory", "", "en", len(companies))
        self.store_companies(record, list(companies.values()))

    def delete_company(self, company_id: str) -> None:
        self.catalog.delete_company(company_id)
        VectorIndex.delete(self.index.companies, [company_id])

    def remove(self, record: SourceRecord) -> None:
        chunk_ids = self.catalog.chunk_ids(record.path)
        company_ids = self.catalog.company_ids(record.path)
        self.catalog.remove_source(record.path)
        VectorIndex.delete(self.index.chunks, sorted(chunk_ids))
        VectorIndex.delete(self.index.companies, sorted(company_ids))

    def reindex(self) -> int:
        """Give every catalog row its vector (after a restore: vectors are derived data); how many were
        added. With the embedding cache restored too, this copies vectors rather than embedding again."""
        added = 0
        for record in self.catalog.sources():
            if record.kind == "directory":
                added += self._index_companies(record.path, self.catalog.companies_of(record.path), only_missing=True)
        chunks = self.catalog.all_chunks()
        for path in {c.source_path for c in chunks}:
            added += self._index_chunks(path, [c for c in chunks if c.source_path == path], only_missing=True)
        self.sweep()
        return added

    def sweep(self) -> None:
        """Drop vectors no catalog row owns (left by an interrupted ingest)."""
        known_chunks = {c.id for c in self.catalog.all_chunks()}
        known_companies = {c.id for c in self.catalog.all_companies()}
        for store, known in ((self.index.chunks, known_chunks), (self.index.companies, known_companies)):
            orphans = set(store.get(include=[])["ids"]) - known
            if orphans:
                log.info("removing %d orphan vectors", len(orphans))
                VectorIndex.delete(store, sorted(orphans))
