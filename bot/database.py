"""Schema migrations (Alembic) for every relational store: `dosti db upgrade`, and on each start.

Every process brings its databases to the newest schema before using them; on PostgreSQL an advisory
lock makes workers that start together take turns, and a database already at head costs one query.
"""

from __future__ import annotations

import threading
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text

from knowledge.database import database_url, engine_for

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
MIGRATION_LOCK = 7_274_274  # pg_advisory_xact_lock key: one migrating process at a time
_done: set[str] = set()
_lock = threading.Lock()


def _config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head() -> str:
    return str(ScriptDirectory.from_config(_config()).get_current_head())


def current(target: str | Path) -> str | None:
    with engine_for(database_url(target)).connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def upgrade(target: str | Path) -> None:
    """Bring this database to the newest schema (once per process per database)."""
    url = database_url(target)
    with _lock:
        if url in _done:
            return
        config = _config()
        with engine_for(url).begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(text(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK})"))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
        _done.add(url)
