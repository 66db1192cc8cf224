"""What the channels remember (SQLite by default, or database.url): conversation turns, language
choices, feedback, leads, hand-offs to staff and questions the bot could not answer.

Channel-neutral: every row is keyed by (channel, user id), so the WeChat and web channels use the same
tables. Staff read leads, hand-offs and unanswered questions from here.

What every answer leaves behind (its exchange and its two turns) is written behind the answer, not on its
path: queued, then committed in batches by one thread within about FLUSH_S, and whatever is still queued
is committed on a clean shutdown (`close`, also at interpreter exit). Reads in this process see the
queued rows: they commit what is queued first (the per-message reads only when that user has rows
queued). Another process sees them once committed. An exchange's id is known at once all the same:
ids come from blocks each process takes from the database (migration 0003).
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import RowMapping, TextClause, text
from sqlalchemy.exc import DataError, IntegrityError

from bot import database
from bot.metrics import HANDOFFS
from knowledge.database import SQLTables
from knowledge.models import Turn


@dataclass(frozen=True)
class Exchange:
    id: int
    question: str
    answer: str
    language: str
    abstained: bool
    vote: int | None


@dataclass(frozen=True)
class LoggedExchange:
    """One question and its answer as a conversation log shows it."""

    id: int
    channel: str
    user_id: str
    question: str
    answer: str
    language: str
    abstained: bool
    vote: int | None
    flagged_by: str | None
    at: float


@dataclass(frozen=True)
class Conversation:
    channel: str
    user_id: str
    exchanges: int
    languages: tuple[str, ...]
    first_at: float
    last_at: float
    abstained: int
    disliked: int  # 👎 from the user or marked wrong by staff


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


log = logging.getLogger(__name__)

FLUSH_S = 0.05  # queued rows wait this long for company before one transaction commits them all
RETRY_S = 1.0  # after a failed commit (a database that went away), the rows stay queued and are tried again
RETRY_MAX_S = 30.0
HISTORY_TURNS = 6  # the conversation turns every channel gives the engine with a question
ID_BLOCK = 100  # exchange ids a process takes at a time: one statement per this many answers
INSERT_TURN = "INSERT INTO turns (channel, user_id, role, text, at) VALUES (:channel, :user_id, :role, :text, :at)"
INSERT_EXCHANGE = (
    "INSERT INTO exchanges (id, channel, user_id, chat_id, question, answer, language, abstained, at) "
    "VALUES (:id, :channel, :user_id, :chat_id, :question, :answer, :language, :abstained, :at)"
)
RECENT_TURNS = "SELECT role, text FROM turns WHERE channel = :channel AND user_id = :user_id ORDER BY id DESC LIMIT :n"
LANGUAGE = "SELECT language FROM languages WHERE channel = :channel AND user_id = :user_id"


class Records(SQLTables):
    def __init__(self, target: str | Path) -> None:
        database.upgrade(target)
        super().__init__(target)
        self._queued: list[tuple[str, dict[str, Any]]] = []
        self._queued_users: dict[tuple[str, str], int] = {}  # rows queued or being committed, per user
        self._changed = threading.Condition()
        self._committing = threading.Lock()  # one commit at a time, in the order rows were queued
        self._writer: threading.Thread | None = None
        self._closed = False
        self._ids: list[int] = []
        self._ids_lock = threading.Lock()

    # -- written behind the answer
    def _queue(self, user: tuple[str, str], rows: list[tuple[str, dict[str, Any]]]) -> None:
        with self._changed:
            if self._closed:  # after close (interpreter exit): written at once rather than never
                self._commit_rows(rows)
                return
            self._queued.extend(rows)
            self._queued_users[user] = self._queued_users.get(user, 0) + len(rows)
            if self._writer is None:
                self._writer = threading.Thread(target=self._write_behind, name="records-writer", daemon=True)
                self._writer.start()
                atexit.register(self.close)
            self._changed.notify()

    def _write_behind(self) -> None:
        retry_s = 0.0  # while the database cannot be reached: waits doubling from RETRY_S up to RETRY_MAX_S
        while True:
            with self._changed:
                self._changed.wait_for(lambda: bool(self._queued) or self._closed)
                if self._closed and not self._queued:
                    return
            time.sleep(retry_s or FLUSH_S)
            try:
                self.flush()
            except Exception as error:
                if not retry_s:
                    log.warning("records: cannot write %d rows yet (%s); they stay queued", len(self._queued), error)
                retry_s = min(RETRY_MAX_S, 2 * retry_s or RETRY_S)
                if self._closed:
                    return  # close() tries once more, and says what it could not write
            else:
                if retry_s:
                    log.info("records: the database is back; queued rows written")
                retry_s = 0.0

    def flush(self) -> None:
        """Commit every queued row now (the rows not committed stay queued if the database cannot be reached)."""
        with self._committing:
            with self._changed:
                rows, self._queued = self._queued, []
            if not rows:
                return
            done = 0
            try:
                try:
                    self._commit_rows(rows)
                    done = len(rows)
                except (IntegrityError, DataError):
                    # One row the database refuses (a constraint it breaks) must not keep the others out:
                    # each in a transaction of its own, the refused ones logged and left out.
                    for row in rows:
                        try:
                            self._commit_rows([row])
                        except (IntegrityError, DataError) as error:
                            log.error("records: a row the database refused was left out: %s", type(error.orig).__name__)
                        done += 1
            except Exception:
                with self._changed:
                    self._queued[:0] = rows[done:]
                raise
            finally:
                with self._changed:
                    for _, params in rows[:done]:
                        user = (params["channel"], params["user_id"])
                        self._queued_users[user] -= 1
                        if not self._queued_users[user]:
                            del self._queued_users[user]

    def _commit_rows(self, rows: list[tuple[str, dict[str, Any]]]) -> None:
        """One transaction; each statement once, with all its rows (in the order they were queued)."""
        by_statement: dict[str, list[dict[str, Any]]] = {}
        for statement, params in rows:
            by_statement.setdefault(statement, []).append(params)
        with self.transaction() as connection:
            for statement, params_list in by_statement.items():
                connection.execute(text(statement), params_list)

    def close(self) -> None:
        """Commit what is queued and stop the writer (a clean shutdown loses nothing the database accepts)."""
        with self._changed:
            self._closed = True
            self._changed.notify()
        writer = self._writer
        if writer is not None and writer is not threading.current_thread():
            writer.join(timeout=30)
        try:
            self.flush()
        except Exception as error:
            log.error("records: %d rows could not be written before exit: %s", len(self._queued), error)

    def _settle(self, user: tuple[str, str] | None = None) -> None:
        """Before a read: commit the queued rows it could see (those of `user`, or any)."""
        with self._changed:
            waiting = bool(self._queued_users) if user is None else user in self._queued_users
        if waiting:
            self.flush()

    def _write(self, statement: str | TextClause, params: Mapping[str, Any] | Sequence[Mapping[str, Any]]) -> int:
        self._settle()
        return super()._write(statement, params)

    def _insert(self, statement: str, params: Mapping[str, Any]) -> int:
        self._settle()
        return super()._insert(statement, params)

    def _rows(self, statement: str | TextClause, params: Mapping[str, Any] | None = None) -> list[RowMapping]:
        self._settle()
        return super()._rows(statement, params)

    def _exchange_id(self) -> int:
        with self._ids_lock:
            if not self._ids:
                with self.transaction() as connection:
                    end = connection.execute(
                        text("UPDATE id_blocks SET next_id = next_id + :n WHERE name = 'exchanges' RETURNING next_id"),
                        {"n": ID_BLOCK},
                    ).scalar_one()
                self._ids = list(range(int(end) - 1, int(end) - ID_BLOCK - 1, -1))
            return self._ids.pop()

    # -- conversation memory
    def add_turns(self, channel: str, user_id: str, *turns: Turn) -> None:
        now = time.time()
        self._queue(
            (channel, user_id),
            [
                (INSERT_TURN, {"channel": channel, "user_id": user_id, "role": t.role, "text": t.text, "at": now})
                for t in turns
            ],
        )

    def recent_turns(self, channel: str, user_id: str, limit: int = HISTORY_TURNS) -> tuple[Turn, ...]:
        return self.memory(channel, user_id, limit)[1]

    async def recall(self, channel: str, user_id: str) -> tuple[str | None, tuple[Turn, ...]]:
        """memory() for a message being answered: off the event loop, the database being blocking I/O."""
        return await asyncio.to_thread(self.memory, channel, user_id, HISTORY_TURNS)

    def memory(self, channel: str, user_id: str, turns: int = HISTORY_TURNS) -> tuple[str | None, tuple[Turn, ...]]:
        """What a message needs from the records: the language the user chose, and their last turns (one
        connection; rows still queued for this user are committed first)."""
        self._settle((channel, user_id))
        key = {"channel": channel, "user_id": user_id}
        with self.engine.connect() as connection:
            chosen = connection.execute(text(LANGUAGE), key).scalar()
            rows = list(connection.execute(text(RECENT_TURNS), {**key, "n": turns}).mappings()) if turns else []
        return chosen, tuple(Turn(r["role"], r["text"]) for r in reversed(rows))

    # -- language chosen with /lang
    def set_language(self, channel: str, user_id: str, language: str | None) -> None:
        key = {"channel": channel, "user_id": user_id, "language": language}
        if language is None:
            self._write("DELETE FROM languages WHERE channel = :channel AND user_id = :user_id", key)
        else:
            self._write(
                "INSERT INTO languages (channel, user_id, language) VALUES (:channel, :user_id, :language) "
                "ON CONFLICT (channel, user_id) DO UPDATE SET language = excluded.language",
                key,
            )

    def language(self, channel: str, user_id: str) -> str | None:
        return self.memory(channel, user_id, turns=0)[0]

    # -- answers and the 👍/👎 they got
    def add_exchange(
        self, channel: str, user_id: str, chat_id: str, question: str, answer: str, language: str, abstained: bool
    ) -> int:
        """The exchange's id, at once; the row is written behind the answer."""
        exchange_id = self._exchange_id()
        self._queue(
            (channel, user_id),
            [
                (
                    INSERT_EXCHANGE,
                    {
                        "id": exchange_id,
                        "channel": channel,
                        "user_id": user_id,
                        "chat_id": chat_id,
                        "question": question,
                        "answer": answer,
                        "language": language,
                        "abstained": int(abstained),
                        "at": time.time(),
                    },
                )
            ],
        )
        return exchange_id

    def exchange(self, exchange_id: int) -> Exchange | None:
        row = self._row("SELECT * FROM exchanges WHERE id = :id", {"id": exchange_id})
        if row is None:
            return None
        return Exchange(row["id"], row["question"], row["answer"], row["language"], bool(row["abstained"]), row["vote"])

    def vote(self, exchange_id: int, vote: int) -> None:
        self._write("UPDATE exchanges SET vote = :vote WHERE id = :id", {"vote": vote, "id": exchange_id})

    def unanswered(self, limit: int = 20) -> list[Exchange]:
        rows = self._rows("SELECT * FROM exchanges WHERE abstained = 1 ORDER BY id DESC LIMIT :n", {"n": limit})
        return [Exchange(r["id"], r["question"], r["answer"], r["language"], True, r["vote"]) for r in rows]

    # -- conversation logs for staff
    def exchanges(
        self,
        channel: str | None = None,
        language: str | None = None,
        since: float | None = None,
        until: float | None = None,
        user_id: str | None = None,
        limit: int = 5000,
        exchange_id: int | None = None,
    ) -> list[LoggedExchange]:
        """Exchanges, newest first, filtered by what is given."""
        conditions: list[str] = []
        params: dict[str, object] = {"n": limit}
        for column, value in (("channel", channel), ("language", language), ("user_id", user_id), ("id", exchange_id)):
            if value is not None and value != "":
                conditions.append(f"{column} = :{column}")
                params[column] = value
        if since is not None:
            conditions.append("at >= :since")
            params["since"] = since
        if until is not None:
            conditions.append("at < :until")
            params["until"] = until
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        rows = self._rows(f"SELECT * FROM exchanges {where} ORDER BY at DESC, id DESC LIMIT :n", params)
        fields = ("id", "channel", "user_id", "question", "answer", "language", "abstained", "vote", "flagged_by", "at")
        return [LoggedExchange(**{**{f: r[f] for f in fields}, "abstained": bool(r["abstained"])}) for r in rows]

    def facets(self) -> tuple[list[str], list[str]]:
        """Every channel and every language an exchange has: what the conversation log can be filtered by."""
        channels = [r["channel"] for r in self._rows("SELECT DISTINCT channel FROM exchanges ORDER BY channel")]
        languages = [r["language"] for r in self._rows("SELECT DISTINCT language FROM exchanges ORDER BY language")]
        return channels, languages

    def conversations(self, exchanges: list[LoggedExchange]) -> list[Conversation]:
        """Exchanges grouped by who asked, most recent conversation first."""
        groups: dict[tuple[str, str], list[LoggedExchange]] = {}
        for exchange in exchanges:
            groups.setdefault((exchange.channel, exchange.user_id), []).append(exchange)
        out = [
            Conversation(
                channel,
                user_id,
                len(items),
                tuple(dict.fromkeys(e.language for e in items)),
                min(e.at for e in items),
                max(e.at for e in items),
                sum(e.abstained for e in items),
                sum(e.vote == -1 or e.flagged_by is not None for e in items),
            )
            for (channel, user_id), items in groups.items()
        ]
        return sorted(out, key=lambda c: c.last_at, reverse=True)

    def flag_wrong(self, exchange_id: int, staff_name: str) -> bool:
        """Staff mark an answer as wrong: it goes to the inbox as a 👎 does."""
        statement = "UPDATE exchanges SET flagged_by = :name, handled = 0 WHERE id = :id"
        return self._write(statement, {"name": staff_name, "id": exchange_id}) == 1

    # -- introduction requests
    def add_lead(
        self, channel: str, user_id: str, user_name: str, question: str, company_id: str, company_name: str
    ) -> int:
        return self._insert(
            "INSERT INTO leads (channel, user_id, user_name, question, company_id, company_name, at) "
            "VALUES (:channel, :user_id, :user_name, :question, :company_id, :company_name, :at) RETURNING id",
            {
                "channel": channel,
                "user_id": user_id,
                "user_name": user_name,
                "question": question,
                "company_id": company_id,
                "company_name": company_name,
                "at": time.time(),
            },
        )

    def leads(self) -> list[RowMapping]:
        return self._rows("SELECT * FROM leads ORDER BY id")

    # -- hand-offs to staff and the messages relayed both ways
    def add_handoff(self, channel: str, user_id: str, chat_id: str, question: str, language: str, answer: str) -> int:
        HANDOFFS.labels(channel).inc()
        return self._insert(
            "INSERT INTO handoffs (channel, user_id, chat_id, question, language, answer, at) "
            "VALUES (:channel, :user_id, :chat_id, :question, :language, :answer, :at) RETURNING id",
            {
                "channel": channel,
                "user_id": user_id,
                "chat_id": chat_id,
                "question": question,
                "language": language,
                "answer": answer,
                "at": time.time(),
            },
        )

    def set_staff_message(self, handoff_id: int, staff_message_id: str) -> None:
        self._write(
            "UPDATE handoffs SET staff_message_id = :message WHERE id = :id",
            {"message": staff_message_id, "id": handoff_id},
        )

    def handoff_for_staff_message(self, channel: str, staff_message_id: str) -> Handoff | None:
        row = self._row(
            "SELECT * FROM handoffs WHERE channel = :channel AND staff_message_id = :message",
            {"channel": channel, "message": staff_message_id},
        )
        if row is None:
            return None
        return Handoff(
            row["id"], row["channel"], row["user_id"], row["chat_id"], row["question"], row["language"], row["answer"]
        )

    def log_relay(self, handoff_id: int, direction: str, text: str) -> None:
        self._write(
            "INSERT INTO relays (handoff_id, direction, text, at) VALUES (:id, :direction, :text, :at)",
            {"id": handoff_id, "direction": direction, "text": text, "at": time.time()},
        )

    def relays(self, handoff_id: int) -> list[tuple[str, str]]:
        rows = self._rows("SELECT direction, text FROM relays WHERE handoff_id = :id ORDER BY id", {"id": handoff_id})
        return [(r["direction"], r["text"]) for r in rows]

    # -- the staff inbox: what still needs a person
    def inbox(self, limit: int = 100) -> list[InboxItem]:
        queries = {
            "unanswered": "SELECT id, channel, user_id, question, answer AS detail, at FROM exchanges "
            "WHERE abstained = 1 AND handled = 0",
            "disliked": "SELECT id, channel, user_id, question, answer AS detail, at FROM exchanges "
            "WHERE (vote = -1 OR flagged_by IS NOT NULL) AND abstained = 0 AND handled = 0",
            "lead": "SELECT id, channel, user_id, question, company_name || ' (' || company_id || ')' AS detail, at "
            "FROM leads WHERE handled = 0",
            "handoff": "SELECT id, channel, user_id, question, answer AS detail, at FROM handoffs WHERE handled = 0",
        }
        items = [
            InboxItem(kind, r["id"], r["channel"], r["user_id"], r["question"], r["detail"], r["at"])
            for kind, sql in queries.items()
            for r in self._rows(sql)
        ]
        return sorted(items, key=lambda i: i.at, reverse=True)[:limit]

    def mark_handled(self, kind: str, item_id: int) -> bool:
        table = INBOX_TABLES.get(kind)
        if table is None:
            return False
        return self._write(f"UPDATE {table} SET handled = 1 WHERE id = :id", {"id": item_id}) == 1
