"""Where the knowledge base lives: a SQLite catalog and two Chroma collections.

SQLite is the source of truth for what is in the knowledge base (sources, chunk texts, company
rows); Chroma holds their vectors. A chunk only counts once its SQLite row is committed, so an
ingest interrupted after writing vectors leaves the old knowledge base in force, and the next
ingest sweeps the orphan vectors.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, RowMapping, text

from knowledge.chunking import Chunk
from knowledge.curated import CuratedAnswer
from knowledge.database import SQLTables, sql
from knowledge.directory import Company

if TYPE_CHECKING:
    from langchain_chroma import Chroma
    from langchain_core.embeddings import Embeddings

    from knowledge.settings import ChromaSettings

UPSERT_SOURCE = (
    "INSERT INTO sources (path, name, kind, sha256, language, items, updated_at) "
    "VALUES (:path, :name, :kind, :sha256, :language, :items, :updated_at) ON CONFLICT (path) DO UPDATE SET "
    "name = excluded.name, kind = excluded.kind, sha256 = excluded.sha256, language = excluded.language, "
    "items = excluded.items, updated_at = excluded.updated_at"
)
UPSERT_CHUNK = (
    "INSERT INTO chunks (id, source_path, source, title, headings, text, language, position, kind) "
    "VALUES (:id, :source_path, :source, :title, :headings, :text, :language, :position, :kind) "
    "ON CONFLICT (id) DO UPDATE SET source_path = excluded.source_path, source = excluded.source, "
    "title = excluded.title, headings = excluded.headings, text = excluded.text, language = excluded.language, "
    "position = excluded.position, kind = excluded.kind"
)
UPSERT_COMPANY = (
    "INSERT INTO companies (id, source_path, data, updated_at) VALUES (:id, :p, :data, :at) "
    "ON CONFLICT (id) DO UPDATE SET source_path = excluded.source_path, data = excluded.data, "
    "updated_at = excluded.updated_at"
)


@dataclass(frozen=True)
class SourceRecord:
    path: str
    name: str
    kind: str
    sha256: str
    language: str
    items: int
    updated_at: float


GENERATION_TTL_S = 1.0  # how long a process trusts the generation it read: another process's ingest shows within it
_generations: dict[str, tuple[float, int]] = {}  # per database: when read, and the value
_generations_lock = threading.Lock()


class Catalog(SQLTables):
    """The relational side: what is in the knowledge base. Each write is one short transaction."""

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        with super().transaction() as db:
            yield db
            touched = db.info.pop("touched", False)
        if touched:  # committed: this process sees its own change at once
            with _generations_lock:
                _generations.pop(self.url, None)

    # -- meta
    def get_meta(self, key: str) -> str | None:
        row = self._row("SELECT value FROM meta WHERE key = :key", {"key": key})
        return row["value"] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self._write(
            "INSERT INTO meta (key, value) VALUES (:key, :value) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            {"key": key, "value": value},
        )

    # -- sources
    def sources(self) -> list[SourceRecord]:
        return [SourceRecord(**r) for r in self._rows("SELECT * FROM sources ORDER BY kind, name")]

    def source(self, path: str) -> SourceRecord | None:
        row = self._row("SELECT * FROM sources WHERE path = :path", {"path": path})
        return SourceRecord(**row) if row else None

    def find_sources(self, name_or_path: str) -> list[SourceRecord]:
        rows = self._rows("SELECT * FROM sources WHERE path = :it OR name = :it", {"it": name_or_path})
        return [SourceRecord(**r) for r in rows]

    def chunk_ids(self, source_path: str) -> set[str]:
        return {r["id"] for r in self._rows("SELECT id FROM chunks WHERE source_path = :p", {"p": source_path})}

    def company_ids(self, source_path: str) -> set[str]:
        return {r["id"] for r in self._rows("SELECT id FROM companies WHERE source_path = :p", {"p": source_path})}

    def replace_document(self, record: SourceRecord, chunks: Sequence[Chunk]) -> None:
        with self.transaction() as db:
            db.execute(text("DELETE FROM chunks WHERE source_path = :p"), {"p": record.path})
            db.execute(text(UPSERT_SOURCE), asdict(record))
            if chunks:
                db.execute(
                    text(UPSERT_CHUNK),
                    [{**asdict(c), "source_path": record.path} for c in chunks],
                )
            self._touch(db)

    def replace_directory(self, record: SourceRecord, companies: Sequence[Company]) -> None:
        """Upsert rows by id; rows no longer in this file are dropped from it."""
        now = record.updated_at
        with self.transaction() as db:
            db.execute(text(UPSERT_SOURCE), asdict(record))
            db.execute(
                sql("DELETE FROM companies WHERE source_path = :p AND id NOT IN :keep", "keep"),
                {"p": record.path, "keep": [c.id for c in companies]},
            )
            if companies:
                db.execute(
                    text(UPSERT_COMPANY),
                    [
                        {"id": c.id, "p": record.path, "data": json.dumps(c.to_row(), ensure_ascii=False), "at": now}
                        for c in companies
                    ],
                )
            self._touch(db)

    def remove_source(self, path: str) -> None:
        with self.transaction() as db:
            db.execute(text("DELETE FROM sources WHERE path = :p"), {"p": path})
            self._touch(db)

    def _touch(self, db: Connection) -> None:
        """A generation counter, so a long-running engine notices another process's ingest."""
        db.info["touched"] = True
        db.execute(
            text(
                "INSERT INTO meta (key, value) VALUES ('generation', '1') ON CONFLICT (key) "
                "DO UPDATE SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)"
            )
        )

    def generation(self) -> int:
        """Read at most once per GENERATION_TTL_S per process: every question asks, and on PostgreSQL each read
        is a round trip."""
        now = time.monotonic()
        with _generations_lock:
            known = _generations.get(self.url)
        if known is not None and now - known[0] < GENERATION_TTL_S:
            return known[1]
        value = int(self.get_meta("generation") or 0)
        with _generations_lock:
            _generations[self.url] = (now, value)
        return value

    # -- reads for retrieval
    def all_chunks(self) -> list[Chunk]:
        return self._chunks(self._rows("SELECT * FROM chunks ORDER BY source_path, position"))

    def chunks_of(self, source_path: str) -> list[Chunk]:
        """One document's chunks in order: what the engine made of it."""
        rows = self._rows("SELECT * FROM chunks WHERE source_path = :p ORDER BY position", {"p": source_path})
        return self._chunks(rows)

    @staticmethod
    def _chunks(rows: Sequence[Mapping[str, Any]]) -> list[Chunk]:
        return [
            Chunk(
                id=r["id"],
                source=r["source"],
                source_path=r["source_path"],
                title=r["title"],
                headings=r["headings"],
                text=r["text"],
                language=r["language"],
                position=r["position"],
                kind=r["kind"],
            )
            for r in rows
        ]

    def companies_of(self, source_path: str) -> list[Company]:
        rows = self._rows("SELECT data FROM companies WHERE source_path = :p ORDER BY id", {"p": source_path})
        return [Company.from_row(json.loads(r["data"])) for r in rows]

    def company(self, company_id: str) -> Company | None:
        row = self._row("SELECT data FROM companies WHERE id = :id", {"id": company_id})
        return Company.from_row(json.loads(row["data"])) if row else None

    def delete_company(self, company_id: str) -> None:
        with self.transaction() as db:
            db.execute(text("DELETE FROM companies WHERE id = :id"), {"id": company_id})
            db.execute(
                text(
                    "UPDATE sources SET items = (SELECT COUNT(*) FROM companies c WHERE c.source_path = sources.path) "
                    "WHERE kind = 'directory'"
                )
            )
            self._touch(db)

    def all_companies(self) -> list[Company]:
        rows = self._rows("SELECT data FROM companies ORDER BY id")
        return [Company.from_row(json.loads(r["data"])) for r in rows]

    # -- curated answers (staff-written; the engine prefers them for their question)
    def curated_answers(self) -> list[CuratedAnswer]:
        return [_curated(r) for r in self._rows("SELECT * FROM curated ORDER BY updated_at DESC, id DESC")]

    def curated_answer(self, curated_id: int) -> CuratedAnswer | None:
        row = self._row("SELECT * FROM curated WHERE id = :id", {"id": curated_id})
        return _curated(row) if row else None

    def save_curated(self, entry: CuratedAnswer) -> int:
        """Insert (id 0) or replace one; returns its id."""
        values = {
            "question": entry.question,
            "answer": entry.answer,
            "phrasings": json.dumps(entry.phrasings, ensure_ascii=False),
            "author": entry.author,
            "at": time.time(),
            "id": entry.id,
        }
        with self.transaction() as db:
            if entry.id:
                db.execute(
                    text(
                        "UPDATE curated SET question = :question, answer = :answer, phrasings = :phrasings, "
                        "author = :author, updated_at = :at WHERE id = :id"
                    ),
                    values,
                )
                curated_id = entry.id
            else:
                curated_id = int(
                    db.execute(
                        text(
                            "INSERT INTO curated (question, answer, phrasings, author, updated_at) "
                            "VALUES (:question, :answer, :phrasings, :author, :at) RETURNING id"
                        ),
                        values,
                    ).scalar_one()
                )
            self._touch(db)
        return curated_id

    def delete_curated(self, curated_id: int) -> bool:
        with self.transaction() as db:
            gone = db.execute(text("DELETE FROM curated WHERE id = :id"), {"id": curated_id}).rowcount
            self._touch(db)
        return bool(gone)

    def counts(self) -> tuple[int, int]:
        row = self._row("SELECT (SELECT COUNT(*) FROM chunks) AS chunks, (SELECT COUNT(*) FROM companies) AS companies")
        assert row is not None
        return int(row["chunks"]), int(row["companies"])


def _curated(row: RowMapping) -> CuratedAnswer:
    return CuratedAnswer(
        id=row["id"],
        question=row["question"],
        answer=row["answer"],
        phrasings=tuple(json.loads(row["phrasings"])),
        author=row["author"],
        updated_at=row["updated_at"],
    )


def make_record(path: str, name: str, kind: str, sha256: str, language: str, items: int) -> SourceRecord:
    return SourceRecord(path, name, kind, sha256, language, items, time.time())


class VectorIndex:
    """Two Chroma collections (chunks, companies) through langchain-chroma.

    Embeddings are always passed in: a collection made without an embedding function would fall
    back to Chroma's default, which downloads a model at run time.
    """

    def __init__(self, embeddings: Embeddings, data_dir: Path, chroma: ChromaSettings, model_id: str) -> None:
        import chromadb
        from chromadb.config import Settings as ChromaClientSettings
        from langchain_chroma import Chroma

        client_settings = ChromaClientSettings(anonymized_telemetry=False, allow_reset=False)
        if chroma.host:
            self.client = chromadb.HttpClient(host=chroma.host, port=chroma.port, settings=client_settings)
        else:
            self.client = chromadb.PersistentClient(path=str(data_dir / "chroma"), settings=client_settings)
        metadata = {"hnsw:space": "cosine", "embedding_model": model_id}
        self.chunks: Chroma = Chroma(
            collection_name=f"{chroma.collection_prefix}_chunks",
            embedding_function=embeddings,
            client=self.client,
            collection_metadata=metadata,
        )
        self.companies: Chroma = Chroma(
            collection_name=f"{chroma.collection_prefix}_companies",
            embedding_function=embeddings,
            client=self.client,
            collection_metadata=metadata,
        )

    @staticmethod
    def existing_ids(store: Chroma, ids: Sequence[str]) -> set[str]:
        if not ids:
            return set()
        found: set[str] = set()
        for start in range(0, len(ids), 1000):
            found.update(store.get(ids=list(ids[start : start + 1000]), include=[])["ids"])
        return found

    @staticmethod
    def ids_where(store: Chroma, key: str, value: str) -> set[str]:
        return set(store.get(where={key: value}, include=[])["ids"])

    @staticmethod
    def add(store: Chroma, ids: Sequence[str], texts: Sequence[str], metadatas: Sequence[dict[str, Any]]) -> None:
        """Upsert through the store's (cached) embeddings, in batches Chroma accepts."""
        for start in range(0, len(ids), 500):
            end = start + 500
            store.add_texts(list(texts[start:end]), metadatas=list(metadatas[start:end]), ids=list(ids[start:end]))

    @staticmethod
    def delete(store: Chroma, ids: Sequence[str]) -> None:
        if ids:
            store.delete(ids=list(ids))

    def heartbeat(self) -> bool:
        try:
            self.client.heartbeat()
        except Exception:  # any transport error means unreachable
            return False
        return True
