"""Records written behind the answer (bot/records.py): ids at once, rows soon, nothing lost on a clean exit."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from alembic import command

from bot import database
from bot.records import FLUSH_S, Records
from knowledge.models import Turn


def committed(path: Path, sql: str) -> list[tuple[object, ...]]:
    """What another process would read: a connection of its own, no queue."""
    with sqlite3.connect(path) as db:
        return db.execute(sql).fetchall()


def test_an_exchange_has_its_id_at_once_and_its_row_soon_after(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    records = Records(path)
    first = records.add_exchange("telegram", "7", "7", "fees?", "free", "en", False)
    second = records.add_exchange("telegram", "8", "8", "visa?", "a letter", "en", True)
    records.add_turns("telegram", "7", Turn("user", "fees?"), Turn("assistant", "free"))
    assert second == first + 1
    deadline = time.monotonic() + 5
    while len(committed(path, "SELECT id FROM exchanges")) < 2 and time.monotonic() < deadline:
        time.sleep(FLUSH_S)
    assert committed(path, "SELECT id, question FROM exchanges ORDER BY id") == [(first, "fees?"), (second, "visa?")]
    assert committed(path, "SELECT role, text FROM turns ORDER BY id") == [("user", "fees?"), ("assistant", "free")]
    records.close()


def test_reads_in_the_same_process_see_rows_still_queued(tmp_path: Path) -> None:
    records = Records(tmp_path / "records.sqlite3")
    records.add_turns("web", "s1", Turn("user", "fees?"), Turn("assistant", "free"))
    exchange = records.add_exchange("web", "s1", "s1", "fees?", "free", "en", False)
    records.vote(exchange, -1)  # the 👎 finds its exchange even if the writer has not run yet
    assert records.memory("web", "s1") == (None, (Turn("user", "fees?"), Turn("assistant", "free")))
    assert [(i.kind, i.id) for i in records.inbox()] == [("disliked", exchange)]
    records.close()


def test_a_clean_exit_writes_everything_still_queued(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    script = (
        "import sys; from pathlib import Path; from bot.records import Records; from knowledge.models import Turn\n"
        "r = Records(Path(sys.argv[1]))\n"
        "for n in range(300):\n"
        "    r.add_exchange('wechat', f'u{n}', f'u{n}', 'q', 'a', 'zh', False)\n"
        "    r.add_turns('wechat', f'u{n}', Turn('user', 'q'), Turn('assistant', 'a'))\n"
    )  # no close(): the interpreter's exit commits the queue
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert committed(path, "SELECT COUNT(*), COUNT(DISTINCT id) FROM exchanges") == [(300, 300)]
    assert committed(path, "SELECT COUNT(*) FROM turns") == [(600,)]


def test_two_processes_never_hand_out_the_same_exchange_id(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    one, other = Records(path), Records(path)  # as two workers on one database
    ids = [r.add_exchange("web", "s", "s", "q", "a", "en", False) for _ in range(150) for r in (one, other)]
    one.close()
    other.close()
    assert len(set(ids)) == 300
    assert committed(path, "SELECT COUNT(*) FROM exchanges") == [(300,)]


def test_ids_continue_after_the_exchanges_a_database_already_holds(tmp_path: Path) -> None:
    path = tmp_path / "records.sqlite3"
    config = database._config()
    with database.engine_for(database.database_url(path)).begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0002")  # a database from before ids came in blocks
    with sqlite3.connect(path) as db:
        db.execute(
            "INSERT INTO exchanges (id, channel, user_id, chat_id, question, answer, language, abstained, at) "
            "VALUES (41, 'web', 's', 's', 'old?', 'yes', 'en', 0, 0)"
        )
    records = Records(path)
    assert records.add_exchange("web", "s", "s", "new?", "yes", "en", False) == 42
    records.close()
    assert committed(path, "SELECT id, question FROM exchanges ORDER BY id") == [(41, "old?"), (42, "new?")]
