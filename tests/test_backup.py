"""`dosti backup` and `dosti restore`: everything staff and users left behind comes back, vectors included."""

from __future__ import annotations

import asyncio
import io
import os
import subprocess
import sys
import tarfile
from pathlib import Path

from bot.config import load_settings
from bot.wiring import App
from knowledge.curated import CuratedAnswer
from knowledge.models import Inquiry
from tests.conftest import SAMPLE_KB, write_config

QUESTION = "What is the time difference between Pakistan and China?"


def dosti(config: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(config), *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "COLUMNS": "200"},
    )


def ask(app: App, text: str) -> str:
    return asyncio.run(app.engine.answer(Inquiry(text))).text


def test_backup_then_restore_into_an_empty_data_dir(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    original = App(load_settings(write_config(tmp_path / "a")))
    original.ingestor.ingest([SAMPLE_KB / "programme" / "faq.md", SAMPLE_KB / "directory.csv"])
    original.staff.add("ayesha", "correct horse battery")
    original.kb.catalog.save_curated(CuratedAnswer("Is there parking at the Lahore desk?", "Two visitor spaces."))
    original.records.add_exchange("web", "s1", "s1", "What is the average salary?", "I could not find", "en", True)
    (original.settings.data_path / "uploads").mkdir()
    (original.settings.data_path / "uploads" / "desk.md").write_text("# Desk\n\nOpen daily.\n", encoding="utf-8")
    before = ask(original, QUESTION)
    archive = tmp_path / "dosti-backup.tar.gz"

    backed_up = dosti(tmp_path / "a" / "config.yaml", "backup", str(archive))
    restore_config = write_config(tmp_path / "b")
    restored = dosti(restore_config, "restore", str(archive))
    again = dosti(restore_config, "restore", str(archive))
    forced = dosti(restore_config, "restore", str(archive), "--force")

    copy = App(load_settings(restore_config))
    assert backed_up.returncode == 0, backed_up.stderr
    assert restored.returncode == 0, restored.stderr
    assert "22 chunks, 60 companies: 82 vectors rebuilt" in restored.stdout
    assert again.returncode == 1 and "already holds a knowledge base" in again.stderr
    assert forced.returncode == 0, forced.stderr
    assert ask(copy, QUESTION) == before
    assert copy.staff.verify("ayesha", "correct horse battery")
    assert "Two visitor spaces." in ask(copy, "is there parking at the lahore desk")
    assert [i.question for i in copy.records.inbox()] == ["What is the average salary?"]
    assert (copy.settings.data_path / "uploads" / "desk.md").read_text(encoding="utf-8").startswith("# Desk")
    assert copy.kb.index.chunks.get(include=[])["ids"] and len(copy.kb.index.companies.get(include=[])["ids"]) == 60


def test_restore_refuses_what_is_not_a_backup(tmp_path: Path) -> None:
    config = write_config(tmp_path)
    not_tar = tmp_path / "notes.tar.gz"
    not_tar.write_bytes(b"just some bytes")
    no_manifest = tmp_path / "other.tar.gz"
    with tarfile.open(no_manifest, "w:gz") as archive:
        info = tarfile.TarInfo("catalog.sqlite3")
        archive.addfile(info, io.BytesIO(b""))
    escaping = tmp_path / "escaping.tar.gz"
    with tarfile.open(escaping, "w:gz") as archive:
        body = b"owned"
        info = tarfile.TarInfo("../outside.txt")
        info.size = len(body)
        archive.addfile(info, io.BytesIO(body))
    results = [dosti(config, "restore", str(p)) for p in (not_tar, no_manifest, escaping)]
    assert [r.returncode for r in results] == [1, 1, 1]
    assert all("error:" in r.stderr for r in results)
    assert not (tmp_path.parent / "outside.txt").exists()
    assert not (tmp_path / "data" / "catalog.sqlite3").exists()
