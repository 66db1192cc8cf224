"""The relational stores on a real PostgreSQL server (database.url), and Alembic migrations on both databases."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import psycopg
import pytest

from bot import database
from bot.records import Records
from bot.staff import StaffStore
from bot.wiring import App
from knowledge.curated import CuratedAnswer
from knowledge.models import Inquiry
from tests.conftest import SAMPLE_KB, write_config
from tests.services import POSTGRES, needs, postgres_server

pytestmark = needs(POSTGRES, "PostgreSQL")


@pytest.fixture(scope="module")
def postgres() -> Iterator[str]:
    with postgres_server() as (url, _):
        yield url


@pytest.fixture
def fresh_database(postgres: str) -> str:
    """An empty database of its own for each test, on the module's server."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(postgres, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    return postgres.rsplit("/", 1)[0] + f"/{name}"


def tables(url: str) -> set[str]:
    with psycopg.connect(url) as connection:
        rows = connection.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'").fetchall()
    return {r[0] for r in rows}


def test_every_store_lives_in_postgresql(fresh_database: str, make_app: Callable[..., App], tmp_path: Path) -> None:
    app = make_app(database={"url": fresh_database})
    report = app.ingestor.ingest([SAMPLE_KB / "programme" / "faq.md", SAMPLE_KB / "directory.csv"])
    assert not report.failed
    again = app.ingestor.ingest([SAMPLE_KB / "programme" / "faq.md", SAMPLE_KB / "directory.csv"])
    answer = asyncio.run(app.engine.answer(Inquiry("What is the time difference between Pakistan and China?")))
    companies = asyncio.run(app.engine.answer(Inquiry("Which Peshawar companies do cybersecurity?")))
    app.staff.add("ayesha", "correct horse battery")
    token, _ = app.staff.start_session("ayesha")
    exchange = app.records.add_exchange("web", "s1", "s1", "fees?", "none", "en", True)
    app.records.vote(exchange, -1)
    app.records.add_lead("telegram", "7", "Ayesha", "games?", "PK-007", "Badshahi Pixel Games")
    curated = app.kb.catalog.save_curated(CuratedAnswer("Is there parking at the Lahore desk?", "Two spaces."))
    preferred = asyncio.run(app.engine.answer(Inquiry("is there parking at the lahore desk")))
    app.kb.delete_company("PK-042")
    assert "3 hours" in answer.text and [c.id for c in companies.companies] == ["PK-042"]
    assert [r.status for r in again.results] == ["unchanged", "unchanged"]
    assert app.staff.verify("ayesha", "correct horse battery") and app.staff.session(token) is not None
    assert [i.kind for i in app.records.inbox()] == ["lead", "unanswered"]
    assert curated == 1 and preferred.kind == "curated"
    assert app.kb.catalog.company("PK-042") is None and app.kb.catalog.counts()[1] == 59
    assert {"sources", "chunks", "companies", "curated", "exchanges", "leads", "staff", "audit"} <= tables(
        fresh_database
    )
    on_disk = {p.name for p in (tmp_path / "data").glob("*.sqlite3")}
    assert on_disk <= {"embedding-cache.sqlite3"}  # only the local embedding cache stays on disk


def test_dosti_db_upgrade_and_current(fresh_database: str, tmp_path: Path) -> None:
    config = write_config(tmp_path)
    env = {**os.environ, "DOSTI_DATABASE__URL": fresh_database, "COLUMNS": "200"}
    command = [sys.executable, "-m", "bot", "--config", str(config), "db"]
    before = subprocess.run([*command, "current"], capture_output=True, text=True, env=env, timeout=120)
    upgraded = subprocess.run([*command, "upgrade"], capture_output=True, text=True, env=env, timeout=120)
    twice = subprocess.run([*command, "upgrade"], capture_output=True, text=True, env=env, timeout=120)
    after = subprocess.run([*command, "current"], capture_output=True, text=True, env=env, timeout=120)
    unreachable = subprocess.run(
        [*command, "upgrade"],
        capture_output=True,
        text=True,
        env={**env, "DOSTI_DATABASE__URL": "postgresql://dosti:pw-never-shown@127.0.0.1:9/none"},
        timeout=120,
    )
    assert "catalog: none" in before.stdout
    assert upgraded.returncode == 0 and twice.returncode == 0 and database.head() in upgraded.stdout
    assert f"catalog: {database.head()}" in after.stdout and f"records: {database.head()}" in after.stdout
    assert unreachable.returncode == 1 and "cannot migrate" in unreachable.stderr
    assert "pw-never-shown" not in unreachable.stdout + unreachable.stderr


OLD_RECORDS_SCHEMA = """
CREATE TABLE turns (id INTEGER PRIMARY KEY, channel TEXT NOT NULL, user_id TEXT NOT NULL,
    role TEXT NOT NULL, text TEXT NOT NULL, at REAL NOT NULL);
CREATE TABLE exchanges (id INTEGER PRIMARY KEY, channel TEXT NOT NULL, user_id TEXT NOT NULL, chat_id TEXT NOT NULL,
    question TEXT NOT NULL, answer TEXT NOT NULL, language TEXT NOT NULL, abstained INTEGER NOT NULL,
    vote INTEGER, at REAL NOT NULL, handled INTEGER NOT NULL DEFAULT 0);
INSERT INTO exchanges VALUES (1, 'web', 'u', 'u', 'kept?', 'yes', 'en', 1, NULL, 0, 0);
CREATE TABLE staff (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, created REAL NOT NULL);
"""


def test_a_sqlite_file_from_before_migrations_is_adopted_with_its_rows(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    with sqlite3.connect(path) as db:
        db.executescript(OLD_RECORDS_SCHEMA)
    records = Records(path)
    StaffStore(path).add("bilal", "another good password")
    assert [e.question for e in records.unanswered()] == ["kept?"]
    assert database.current(path) == database.head()
