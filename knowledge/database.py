"""The relational stores' one way to a database: SQLAlchemy engines for SQLite files or PostgreSQL.

SQLite is the default (a file under data_dir, WAL, foreign keys on, a 30 s busy timeout so several
processes on one machine wait for each other instead of failing). ``database.url`` points every
store at PostgreSQL instead. The SQL the stores write is the subset both speak: ``ON CONFLICT``
upserts, ``RETURNING id``, ``||``. The schema comes from the Alembic migrations in bot/migrations.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, RowMapping, create_engine, event, text
from sqlalchemy.sql.elements import TextClause

SQLITE_BUSY_TIMEOUT_S = 30


def database_url(target: str | Path) -> str:
    """A SQLAlchemy URL from a URL or a SQLite file path; plain postgresql:// means psycopg 3."""
    if isinstance(target, Path):
        return f"sqlite:///{target}"
    if target.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + target.split("://", 1)[1]
    return target


@lru_cache(maxsize=32)
def engine_for(url: str) -> Engine:
    """One engine (and connection pool) per database per process."""
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url, connect_args={"check_same_thread": False, "timeout": SQLITE_BUSY_TIMEOUT_S}, pool_size=8
        )

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            # WAL with synchronous=NORMAL: a commit is safe from a crash of the process and never corrupts the
            # file; only the last commits before a power loss may be lost. FULL fsyncs every commit, and each
            # answer commits a few rows (14 % of a loaded server's samples were commits, py-spy).
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.close()

        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=8, max_overflow=8)


def sql(statement: str, *expanding: str) -> TextClause:
    """A text statement; the named parameters in `expanding` take lists (for IN)."""
    from sqlalchemy import bindparam

    clause = text(statement)
    return clause.bindparams(*(bindparam(name, expanding=True) for name in expanding)) if expanding else clause


class SQLTables:
    """A store over one database: short transactions, rows as mappings."""

    def __init__(self, target: str | Path) -> None:
        self.url = database_url(target)
        self.engine = engine_for(self.url)

    @contextmanager
    def transaction(self) -> Iterator[Connection]:
        with self.engine.begin() as connection:
            yield connection

    def _write(self, statement: str | TextClause, params: Mapping[str, Any] | Sequence[Mapping[str, Any]]) -> int:
        """Run one write; the row count."""
        with self.engine.begin() as connection:
            return connection.execute(_clause(statement), params).rowcount  # type: ignore[arg-type]

    def _insert(self, statement: str, params: Mapping[str, Any]) -> int:
        """Run one INSERT … RETURNING id; the new id."""
        with self.engine.begin() as connection:
            return int(connection.execute(text(statement), params).scalar_one())

    def _rows(self, statement: str | TextClause, params: Mapping[str, Any] | None = None) -> list[RowMapping]:
        with self.engine.connect() as connection:
            return list(connection.execute(_clause(statement), params or {}).mappings())

    def _row(self, statement: str | TextClause, params: Mapping[str, Any] | None = None) -> RowMapping | None:
        rows = self._rows(statement, params)
        return rows[0] if rows else None

    def reachable(self) -> bool:
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        except Exception:  # any driver or network error means not reachable
            return False
        return True


def _clause(statement: str | TextClause) -> TextClause:
    return text(statement) if isinstance(statement, str) else statement
