"""What the channels remember, in SQLite: conversation turns, language choices, feedback, leads,
hand-offs to staff and questions the bot could not answer.

Channel-neutral: every row is keyed by (channel, user id), so the WeChat and web channels use the same
tables. Staff read leads, hand-offs and unanswered questions from here.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from bot.metrics import HANDOFFS
from knowledge.models import Turn
from knowledge.store import SQLiteTables

SCHEMA = """
CREATE TABLE IF NOT EXISTS turns (
    id INTEGER PRIMARY KEY, channel TEXT NOT NULL, user_id TEXT NOT NULL,
    role TEXT NOT NULL, text TEXT NOT NULL, at REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS turns_user ON turns(channel, user_id, id);
CREATE TABLE IF NOT EXISTS languages (
    channel TEXT NOT NULL, user_id TEXT NOT NULL, language TEXT NOT NULL, PRIMARY KEY (channel, user_id)
);
CREATE TABLE IF NOT EXISTS exchanges (
    id INTEGER PRIMARY KEY, channel TEXT NOT NULL, user_id TEXT NOT NULL, chat_id TEXT NOT NULL,
    question TEXT NOT NULL, answer TEXT NOT NULL, language TEXT NOT NULL, abstained INTEGER NOT NULL,
    vote INTEGER, at REAL NOT NULL, handled INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS leads (
    id INTEGER PRIMARY KEY, channel TEXT NOT NULL, user_id TEXT NOT NULL, user_name TEXT NOT NULL,
    question TEXT NOT NULL, company_id TEXT NOT NULL, company_name TEXT NOT NULL, at REAL NOT NULL,
    handled INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE IF NOT EXISTS handoffs (
    id INTEGER PRIMARY KEY, channel TEXT NOT NULL, user_id TEXT NOT NULL, chat_id TEXT NOT NULL,
    question TEXT NOT NULL, language TEXT NOT NULL, answer TEXT NOT NULL, staff_message_id TEXT,
    at REAL NOT NULL, handled INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS handoffs_staff ON handoffs(channel, staff_message_id);
CREATE TABLE IF NOT EXISTS relays (
    id INTEGER PRIMARY KEY, handoff_id INTEGER NOT NULL, direction TEXT NOT NULL, text TEXT NOT NULL,
    at REAL NOT NULL
);
"""


@dataclass(frozen=True)
class Exchange:
    id: int
    question: str
    answer: str
    language: str
    abstained: bool
    vote: int | None


@dataclass(frozen=True)
class InboxItem:
    kind: str  # unanswered | disliked | lead | handoff
    id: int
    channel: str
    user_id: str
    question: str
    detail: str
    at: float


INBOX_TABLES = {"unanswered": "exchanges", "disliked": "exchanges", "lead": "leads", "handoff": "handoffs"}


@dataclass(frozen=True)
class Handoff:
    id: int
    channel: str
    user_id: str
    chat_id: str
    question: str
    language: str
    answer: str


class Records(SQLiteTables):
    def __init__(self, path: Path) -> None:
        super().__init__(path, SCHEMA)

    # -- conversation memory
    def add_turns(self, channel: str, user_id: str, *turns: Turn) -> None:
        now = time.time()
        with self._lock:
            self._db.executemany(
                "INSERT INTO turns (channel, user_id, role, text, at) VALUES (?, ?, ?, ?, ?)",
                [(channel, user_id, t.role, t.text, now) for t in turns],
            )

    def recent_turns(self, channel: str, user_id: str, limit: int = 6) -> tuple[Turn, ...]:
        rows = self._db.execute(
            "SELECT role, text FROM turns WHERE channel = ? AND user_id = ? ORDER BY id DESC LIMIT ?",
            (channel, user_id, limit),
        ).fetchall()
        return tuple(Turn(r["role"], r["text"]) for r in reversed(rows))

    # -- language chosen with /lang
    def set_language(self, channel: str, user_id: str, language: str | None) -> None:
        if language is None:
            self._write("DELETE FROM languages WHERE channel = ? AND user_id = ?", (channel, user_id))
        else:
            self._write("INSERT OR REPLACE INTO languages VALUES (?, ?, ?)", (channel, user_id, language))

    def language(self, channel: str, user_id: str) -> str | None:
        row = self._db.execute(
            "SELECT language FROM languages WHERE channel = ? AND user_id = ?", (channel, user_id)
        ).fetchone()
        return row["language"] if row else None

    # -- answers and the 👍/👎 they got
    def add_exchange(
        self, channel: str, user_id: str, chat_id: str, question: str, answer: str, language: str, abstained: bool
    ) -> int:
        return self._write(
            "INSERT INTO exchanges (channel, user_id, chat_id, question, answer, language, abstained, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (channel, user_id, chat_id, question, answer, language, int(abstained), time.time()),
        )

    def exchange(self, exchange_id: int) -> Exchange | None:
        row = self._db.execute("SELECT * FROM exchanges WHERE id = ?", (exchange_id,)).fetchone()
        if row is None:
            return None
        return Exchange(row["id"], row["question"], row["answer"], row["language"], bool(row["abstained"]), row["vote"])

    def vote(self, exchange_id: int, vote: int) -> None:
        self._write("UPDATE exchanges SET vote = ? WHERE id = ?", (vote, exchange_id))

    def unanswered(self, limit: int = 20) -> list[Exchange]:
        rows = self._db.execute(
            "SELECT * FROM exchanges WHERE abstained = 1 ORDER BY id DESC LIMIT ?", (limit,)
        ).fetchall()
        return [Exchange(r["id"], r["question"], r["answer"], r["language"], True, r["vote"]) for r in rows]

    # -- introduction requests
    def add_lead(
        self, channel: str, user_id: str, user_name: str, question: str, company_id: str, company_name: str
    ) -> int:
        return self._write(
            "INSERT INTO leads (channel, user_id, user_name, question, company_id, company_name, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (channel, user_id, user_name, question, company_id, company_name, time.time()),
        )

    def leads(self) -> list[sqlite3.Row]:
        return self._db.execute("SELECT * FROM leads ORDER BY id").fetchall()

    # -- hand-offs to staff and the messages relayed both ways
    def add_handoff(self, channel: str, user_id: str, chat_id: str, question: str, language: str, answer: str) -> int:
        HANDOFFS.labels(channel).inc()
        return self._write(
            "INSERT INTO handoffs (channel, user_id, chat_id, question, language, answer, at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (channel, user_id, chat_id, question, language, answer, time.time()),
        )

    def set_staff_message(self, handoff_id: int, staff_message_id: str) -> None:
        self._write("UPDATE handoffs SET staff_message_id = ? WHERE id = ?", (staff_message_id, handoff_id))

    def handoff_for_staff_message(self, channel: str, staff_message_id: str) -> Handoff | None:
        row = self._db.execute(
            "SELECT * FROM handoffs WHERE channel = ? AND staff_message_id = ?", (channel, staff_message_id)
        ).fetchone()
        if row is None:
            return None
        return Handoff(
            row["id"], row["channel"], row["user_id"], row["chat_id"], row["question"], row["language"], row["answer"]
        )

    def log_relay(self, handoff_id: int, direction: str, text: str) -> None:
        self._write(
            "INSERT INTO relays (handoff_id, direction, text, at) VALUES (?, ?, ?, ?)",
            (handoff_id, direction, text, time.time()),
        )

    def relays(self, handoff_id: int) -> list[tuple[str, str]]:
        rows = self._db.execute(
            "SELECT direction, text FROM relays WHERE handoff_id = ? ORDER BY id", (handoff_id,)
        ).fetchall()
        return [(r["direction"], r["text"]) for r in rows]

    # -- the staff inbox: what still needs a person
    def inbox(self, limit: int = 100) -> list[InboxItem]:
        queries = {
            "unanswered": "SELECT id, channel, user_id, question, answer AS detail, at FROM exchanges "
            "WHERE abstained = 1 AND handled = 0",
            "disliked": "SELECT id, channel, user_id, question, answer AS detail, at FROM exchanges "
            "WHERE vote = -1 AND abstained = 0 AND handled = 0",
            "lead": "SELECT id, channel, user_id, question, company_name || ' (' || company_id || ')' AS detail, at "
            "FROM leads WHERE handled = 0",
            "handoff": "SELECT id, channel, user_id, question, answer AS detail, at FROM handoffs WHERE handled = 0",
        }
        items = [
            InboxItem(kind, r["id"], r["channel"], r["user_id"], r["question"], r["detail"], r["at"])
            for kind, sql in queries.items()
            for r in self._db.execute(sql).fetchall()
        ]
        return sorted(items, key=lambda i: i.at, reverse=True)[:limit]

    def mark_handled(self, kind: str, item_id: int) -> bool:
        table = INBOX_TABLES.get(kind)
        if table is None:
            return False
        with self._lock:
            cursor = self._db.execute(f"UPDATE {table} SET handled = 1 WHERE id = ?", (item_id,))
        return cursor.rowcount == 1
