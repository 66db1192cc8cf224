"""Where the knowledge base lives: a SQLite catalog and two Chroma collections.

SQLite is the source of truth for what is in the knowledge base (sources, chunk texts, company
rows); Chroma holds their vectors. A chunk only counts once its SQLite row is committed, so an
ingest interrupted after writing vectors leaves the old knowledge base in force, and the next
ingest sweeps the orphan vectors.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from knowledge.chunking import Chunk
from knowledge.curated import CuratedAnswer
from knowledge.directory import Company

if TYPE_CHECKING:
    from langchain_chroma import Chroma
    from langchain_core.embeddings import Embeddings

    from bot.config import ChromaSettings

SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (
    path TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,            -- document | directory
    sha256 TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT '',
    items INTEGER NOT NULL DEFAULT 0,
    updated_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS chunks (
    id TEXT PRIMARY KEY,
    source_path TEXT NOT NULL REFERENCES sources(path) ON DELETE CASCADE,
    source TEXT NOT NULL,
    title TEXT NOT NULL,
    headings TEXT NOT NULL,
    text TEXT NOT NULL,
    language TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_source ON chunks(source_path);
CREATE TABLE IF NOT EXISTS companies (
    id TEXT PRIMARY KEY,
    source_path TEXT NOT NULL REFERENCES sources(path) ON DELETE CASCADE,
    data TEXT NOT NULL,
    updated_at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS companies_source ON companies(source_path);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS curated (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    phrasings TEXT NOT NULL DEFAULT '[]',  -- JSON list: other ways people ask it, any language
    author TEXT NOT NULL,
    updated_at REAL NOT NULL
);
"""


@dataclass(frozen=True)
class SourceRecord:
    path: str
    name: str
    kind: str
    sha256: str
    language: str
    items: int
    updated_at: float


def connect(path: Path, schema: str) -> sqlite3.Connection:
    """One autocommit connection shared by threads (callers lock), WAL so readers never wait."""
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
    db.row_factory = sqlite3.Row
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA foreign_keys=ON")
    db.executescript(schema)
    return db


class SQLiteTables:
    """A SQLite file with its schema: one connection shared by threads, writes under a lock."""

    def __init__(self, path: Path, schema: str) -> None:
        self._db = connect(path, schema)
        self._lock = threading.Lock()

    def _write(self, sql: str, args: tuple[object, ...]) -> int:
        with self._lock:
            return int(self._db.execute(sql, args).lastrowid or 0)


class Catalog:
    """The SQLite side. One connection, guarded by a lock: SQLite serialises writes anyway."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = connect(path, SCHEMA)
        self._lock = threading.RLock()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def close(self) -> None:
        self._db.close()

    # -- meta
    def get_meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row["value"] if row else None

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    # -- sources
    def sources(self) -> list[SourceRecord]:
        rows = self._db.execute("SELECT * FROM sources ORDER BY kind, name").fetchall()
        return [SourceRecord(**dict(r)) for r in rows]

    def source(self, path: str) -> SourceRecord | None:
        row = self._db.execute("SELECT * FROM sources WHERE path = ?", (path,)).fetchone()
        return SourceRecord(**dict(row)) if row else None

    def find_sources(self, name_or_path: str) -> list[SourceRecord]:
        rows = self._db.execute(
            "SELECT * FROM sources WHERE path = ? OR name = ?", (name_or_path, name_or_path)
        ).fetchall()
        return [SourceRecord(**dict(r)) for r in rows]

    def chunk_ids(self, source_path: str) -> set[str]:
        rows = self._db.execute("SELECT id FROM chunks WHERE source_path = ?", (source_path,))
        return {r["id"] for r in rows}

    def company_ids(self, source_path: str) -> set[str]:
        rows = self._db.execute("SELECT id FROM companies WHERE source_path = ?", (source_path,))
        return {r["id"] for r in rows}

    def replace_document(self, record: SourceRecord, chunks: Sequence[Chunk]) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM chunks WHERE source_path = ?", (record.path,))
            db.execute("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?, ?, ?, ?)", _record_row(record))
            db.executemany(
                "INSERT OR REPLACE INTO chunks VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (c.id, record.path, c.source, c.title, c.headings, c.text, c.language, c.position, c.kind)
                    for c in chunks
                ],
            )
            self._touch(db)

    def replace_directory(self, record: SourceRecord, companies: Sequence[Company]) -> None:
        """Upsert rows by id; rows no longer in this file are dropped from it."""
        now = record.updated_at
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?, ?, ?, ?)", _record_row(record))
            keep = [c.id for c in companies]
            db.execute(
                f"DELETE FROM companies WHERE source_path = ? AND id NOT IN ({','.join('?' * len(keep))})",
                (record.path, *keep),
            )
            db.executemany(
                "INSERT OR REPLACE INTO companies VALUES (?, ?, ?, ?)",
                [(c.id, record.path, json.dumps(c.to_row(), ensure_ascii=False), now) for c in companies],
            )
            self._touch(db)

    def remove_source(self, path: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM sources WHERE path = ?", (path,))
            self._touch(db)

    def _touch(self, db: sqlite3.Connection) -> None:
        """A generation counter, so a long-running engine notices another process's ingest."""
        db.execute(
            "INSERT INTO meta VALUES ('generation', '1') "
            "ON CONFLICT(key) DO UPDATE SET value = CAST(value AS INTEGER) + 1"
        )

    def generation(self) -> int:
        return int(self.get_meta("generation") or 0)

    # -- reads for retrieval
    def all_chunks(self) -> list[Chunk]:
        rows = self._db.execute("SELECT * FROM chunks ORDER BY source_path, position").fetchall()
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
        rows = self._db.execute("SELECT data FROM companies WHERE source_path = ? ORDER BY id", (source_path,))
        return [Company.from_row(json.loads(r["data"])) for r in rows]

    def company(self, company_id: str) -> Company | None:
        row = self._db.execute("SELECT data FROM companies WHERE id = ?", (company_id,)).fetchone()
        return Company.from_row(json.loads(row["data"])) if row else None

    def delete_company(self, company_id: str) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM companies WHERE id = ?", (company_id,))
            db.execute(
                "UPDATE sources SET items = (SELECT COUNT(*) FROM companies c WHERE c.source_path = path) "
                "WHERE kind = 'directory'"
            )
            self._touch(db)

    def all_companies(self) -> list[Company]:
        rows = self._db.execute("SELECT data FROM companies ORDER BY id").fetchall()
        return [Company.from_row(json.loads(r["data"])) for r in rows]

    # -- curated answers (staff-written; the engine prefers them for their question)
    def curated_answers(self) -> list[CuratedAnswer]:
        rows = self._db.execute("SELECT * FROM curated ORDER BY updated_at DESC, id DESC").fetchall()
        return [_curated(r) for r in rows]

    def curated_answer(self, curated_id: int) -> CuratedAnswer | None:
        row = self._db.execute("SELECT * FROM curated WHERE id = ?", (curated_id,)).fetchone()
        return _curated(row) if row else None

    def save_curated(self, entry: CuratedAnswer) -> int:
        """Insert (id 0) or replace one; returns its id."""
        values = (entry.question, entry.answer, json.dumps(entry.phrasings, ensure_ascii=False), entry.author)
        with self.transaction() as db:
            if entry.id:
                db.execute(
                    "UPDATE curated SET question = ?, answer = ?, phrasings = ?, author = ?, updated_at = ? "
                    "WHERE id = ?",
                    (*values, time.time(), entry.id),
                )
                curated_id = entry.id
            else:
                cursor = db.execute(
                    "INSERT INTO curated (question, answer, phrasings, author, updated_at) VALUES (?, ?, ?, ?, ?)",
                    (*values, time.time()),
                )
                curated_id = int(cursor.lastrowid or 0)
            self._touch(db)
        return curated_id

    def delete_curated(self, curated_id: int) -> bool:
        with self.transaction() as db:
            gone = db.execute("DELETE FROM curated WHERE id = ?", (curated_id,)).rowcount
            self._touch(db)
        return bool(gone)

    def counts(self) -> tuple[int, int]:
        chunks = self._db.execute("SELECT COUNT(*) FROM chunks").fetchone()[0]
        companies = self._db.execute("SELECT COUNT(*) FROM companies").fetchone()[0]
        return int(chunks), int(companies)


def _curated(row: sqlite3.Row) -> CuratedAnswer:
    return CuratedAnswer(
        id=row["id"],
        question=row["question"],
        answer=row["answer"],
        phrasings=tuple(json.loads(row["phrasings"])),
        author=row["author"],
        updated_at=row["updated_at"],
    )


def _record_row(record: SourceRecord) -> tuple[Any, ...]:
    return (record.path, record.name, record.kind, record.sha256, record.language, record.items, record.updated_at)


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
