"""Ingestion into real Chroma and SQLite: incremental, idempotent, and never losing what was there."""

from __future__ import annotations

import asyncio
import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from bot.config import load_settings
from bot.wiring import App
from knowledge import ingest
from knowledge.ingest import code_fingerprint, reader_version
from knowledge.models import Inquiry
from tests.conftest import SAMPLE_KB, write_config
from tests.files import (
    company_row,
    write_broken_docx,
    write_corrupt_pdf,
    write_directory_csv,
    write_directory_xlsx,
    write_docx,
    write_encrypted_pdf,
)


def chroma_ids(app: App) -> tuple[set[str], set[str]]:
    chunks = set(app.kb.index.chunks.get(include=[])["ids"])
    companies = set(app.kb.index.companies.get(include=[])["ids"])
    return chunks, companies


def assert_consistent(app: App) -> None:
    """Every catalog row has its vector and no vector is without its row."""
    chunk_ids, company_ids = chroma_ids(app)
    assert chunk_ids == {c.id for c in app.kb.catalog.all_chunks()}
    assert company_ids == {c.id for c in app.kb.catalog.all_companies()}


def build_mixed_folder(folder: Path) -> Path:
    folder.mkdir()
    shutil.copy(SAMPLE_KB / "programme" / "faq.md", folder)
    shutil.copy(SAMPLE_KB / "programme" / "service-standards.txt", folder)
    shutil.copy(SAMPLE_KB / "programme" / "matchmaking-process.html", folder)
    shutil.copy(SAMPLE_KB / "programme" / "data-protection.pdf", folder)
    write_docx(folder / "guide.docx", "Guide", [("Steps", ["Register on the portal within 10 days."])])
    write_directory_xlsx(
        folder / "extra-directory.xlsx",
        [company_row(id="PK-960", name="Quetta Quantum", country="PK", city="Quetta", services="AI/ML")],
    )
    write_directory_csv(
        folder / "directory.csv",
        [
            company_row(id="PK-970", name="Alpha Apps", country="PK", city="Lahore", services="mobile app development"),
            company_row(id="PK-971", name="Beta Bytes", country="PK", city="Karachi", employees="lots"),
        ],
    )
    write_corrupt_pdf(folder / "corrupt.pdf")
    write_encrypted_pdf(folder / "locked.pdf")
    write_broken_docx(folder / "broken.docx")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "legacy.txt").write_bytes("신청 마감일은 삼월입니다".encode("euc-kr"))
    (folder / "picture.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return folder


def test_a_mixed_batch_ingests_the_good_and_names_each_bad_file(tmp_path: Path, make_app: Callable[..., App]) -> None:
    folder = build_mixed_folder(tmp_path / "kb")
    app = make_app()
    report = app.ingestor.ingest([folder])
    status = {r.path.name: r for r in report.results}
    for good in ("faq.md", "service-standards.txt", "matchmaking-process.html", "data-protection.pdf", "guide.docx"):
        assert status[good].status == "added", (good, status[good].errors)
    assert status["extra-directory.xlsx"].status == "added"
    assert status["directory.csv"].status == "partial"
    assert status["directory.csv"].errors == ["row 3: employees is not a number: 'lots'"]
    assert "corrupt PDF" in status["corrupt.pdf"].errors[0]
    assert "encrypted PDF" in status["locked.pdf"].errors[0]
    assert ".docx" in status["broken.docx"].errors[0]
    assert status["empty.txt"].errors == ["empty file"]
    assert "not UTF-8" in status["legacy.txt"].errors[0]
    assert status["picture.png"].status == "skipped"
    assert report.failed
    lines = report.error_lines()
    assert any(line.startswith("directory.csv: row 3:") for line in lines)
    assert {c.id for c in app.kb.catalog.all_companies()} == {"PK-960", "PK-970"}
    assert_consistent(app)


def test_second_ingest_changes_nothing_and_embeds_nothing(tmp_path: Path, make_app: Callable[..., App]) -> None:
    folder = tmp_path / "kb"
    folder.mkdir()
    shutil.copy(SAMPLE_KB / "programme" / "faq-ur.md", folder)
    shutil.copy(SAMPLE_KB / "directory.csv", folder)
    app = make_app()
    first = app.ingestor.ingest([folder])
    assert first.changed and first.embedded > 0
    before = (app.kb.catalog.counts(), chroma_ids(app))
    second = app.ingestor.ingest([folder])
    assert {r.status for r in second.results} == {"unchanged"}
    assert second.embedded == 0
    assert not second.changed
    assert (app.kb.catalog.counts(), chroma_ids(app)) == before


def test_knowledge_bases_sharing_an_embedding_cache_embed_a_text_once(tmp_path: Path) -> None:
    """A second knowledge base on the machine (its own data_dir) ingesting the same file embeds nothing: the
    vectors come from the shared cache file, and it answers as the first does."""
    folder = tmp_path / "kb"
    folder.mkdir()
    shutil.copy(SAMPLE_KB / "programme" / "faq-ur.md", folder)
    cache = tmp_path / "shared" / "vectors.sqlite3"
    apps = []
    for name in ("staging", "live"):
        (tmp_path / name).mkdir()
        config = write_config(tmp_path / name, knowledge={"sources": [], "embeddings": {"cache_file": str(cache)}})
        apps.append(App(load_settings(config)))
    first, second = (app.ingestor.ingest([folder]) for app in apps)
    assert first.embedded > 0 and second.embedded == 0 and second.changed
    assert cache.exists() and not (tmp_path / "live" / "data" / "embedding-cache.sqlite3").exists()
    question = Inquiry(text="How do I register my company?")
    one, two = (asyncio.run(app.engine.answer(question)) for app in apps)
    assert (one.text, [s.source for s in one.sources]) == (two.text, [s.source for s in two.sources])


def test_a_file_stored_by_an_older_reader_is_read_again_without_embedding_again(
    tmp_path: Path, make_app: Callable[..., App]
) -> None:
    """A catalog written before the loaders last changed (it holds the bare content hash) is refreshed by the
    next ingest, so an upgrade's reading fixes reach documents staff never touched."""
    page = tmp_path / "lab.html"
    page.write_text("<h1>Lab</h1><p>It opens on <strong>6 April</strong>. It is at Block B,\n4th Floor.</p>")
    app = make_app()
    app.ingestor.ingest([page])
    path = str(page.resolve())
    old = replace(app.kb.catalog.source(path), sha256=hashlib.sha256(page.read_bytes()).hexdigest())
    app.kb.catalog.replace_document(
        old, [replace(c, text="It opens on 6 April . It is at Block B,") for c in app.kb.catalog.all_chunks()]
    )
    report = app.ingestor.ingest([page])
    assert report.results[0].status == "updated"
    assert report.embedded == 0  # the same texts as the first ingest: the embedding cache holds them
    assert [c.text for c in app.kb.catalog.all_chunks()] == ["It opens on 6 April. It is at Block B, 4th Floor."]
    assert app.ingestor.ingest([page]).results[0].status == "unchanged"
    assert_consistent(app)


def test_the_reader_version_follows_every_module_and_vocabulary_file_that_reads(tmp_path: Path) -> None:
    """Any change to how files are read, chunked or labelled gives a new version, with no number to remember to
    raise; a file beside them that reads nothing (a README) does not."""
    package = Path(ingest.__file__).parent
    copy = tmp_path / "knowledge"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert code_fingerprint(copy) == reader_version()
    for changed in (copy / "loaders.py", copy / "vocab" / "layout.yaml"):
        before = code_fingerprint(copy)
        changed.write_text(changed.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
        assert code_fingerprint(copy) != before
    before = code_fingerprint(copy)
    (copy / "vocab" / "README.md").write_text("notes", encoding="utf-8")
    assert code_fingerprint(copy) == before


def test_a_changed_file_replaces_all_its_old_chunks(tmp_path: Path, make_app: Callable[..., App]) -> None:
    doc = tmp_path / "notes.md"
    doc.write_text("# Notes\n\n## Office\n\nThe office opens at 09:00.\n\n## Parking\n\nParking is free.\n")
    app = make_app()
    app.ingestor.ingest([doc])
    doc.write_text("# Notes\n\n## Office\n\nThe office opens at 10:30 from March.\n\n## Parking\n\nParking is free.\n")
    report = app.ingestor.ingest([doc])
    assert report.results[0].status == "updated"
    # Only the changed section needed a new vector: the unchanged one came from the cache.
    assert report.embedded == 1
    texts = [c.text for c in app.kb.catalog.all_chunks()]
    assert any("10:30" in t for t in texts)
    assert not any("09:00" in t for t in texts)
    assert_consistent(app)


def test_directory_rows_are_upserted_by_id(tmp_path: Path, make_app: Callable[..., App]) -> None:
    path = tmp_path / "directory.csv"
    rows = [
        company_row(id="PK-980", name="Gamma Games", country="PK", city="Lahore", services="game development"),
        company_row(id="PK-981", name="Delta Data", country="PK", city="Karachi", services="data engineering"),
    ]
    app = make_app()
    write_directory_csv(path, rows)
    app.ingestor.ingest([path])
    rows[0]["city"] = "Multan"
    write_directory_csv(path, rows[:1])
    app.ingestor.ingest([path])
    companies = {c.id: c for c in app.kb.catalog.all_companies()}
    assert set(companies) == {"PK-980"}
    assert companies["PK-980"].city == "Multan"
    assert_consistent(app)


def test_removing_a_source_removes_its_chunks_and_vectors(tmp_path: Path, make_app: Callable[..., App]) -> None:
    doc = tmp_path / "a.md"
    doc.write_text("# A\n\nAlpha fact.\n")
    other = tmp_path / "b.md"
    other.write_text("# B\n\nBeta fact.\n")
    app = make_app()
    app.ingestor.ingest([doc, other])
    record = app.kb.catalog.find_sources("a.md")[0]
    app.kb.remove(record)
    assert [s.name for s in app.kb.catalog.sources()] == ["b.md"]
    assert all(c.source == "b.md" for c in app.kb.catalog.all_chunks())
    assert_consistent(app)


def test_a_file_deleted_from_an_ingested_folder_leaves_the_knowledge_base(
    tmp_path: Path, make_app: Callable[..., App]
) -> None:
    """Staff take an outdated document out of the folder: the next ingest of the folder stops citing it.

    A file ingested on its own, or from another folder, stays until that folder is ingested or `kb remove`.
    """
    folder = tmp_path / "programme"
    folder.mkdir()
    (folder / "old-fees.md").write_text("# Fees\n\nThe registration fee is PKR 9,000.\n")
    (folder / "faq.md").write_text("# FAQ\n\nThe office opens at 09:00.\n")
    row = company_row(id="PK-990", name="Omega Apps", country="PK", city="Lahore", services="mobile app development")
    write_directory_csv(folder / "directory.csv", [row])
    elsewhere = tmp_path / "elsewhere.md"
    elsewhere.write_text("# Elsewhere\n\nA fact kept on its own.\n")
    app = make_app()
    app.ingestor.ingest([folder, elsewhere])
    (folder / "old-fees.md").unlink()
    (folder / "directory.csv").unlink()
    elsewhere_record = app.kb.catalog.find_sources("elsewhere.md")[0]
    report = app.ingestor.ingest([folder])
    removed = {r.path.name: r for r in report.results if r.status == "removed"}
    assert set(removed) == {"old-fees.md", "directory.csv"} and report.changed
    assert removed["directory.csv"].kind == "directory" and removed["directory.csv"].items == 1
    assert sorted(s.name for s in app.kb.catalog.sources()) == ["elsewhere.md", "faq.md"]
    assert not any("9,000" in c.text for c in app.kb.catalog.all_chunks())
    assert app.kb.catalog.all_companies() == []
    assert app.kb.catalog.find_sources("elsewhere.md") == [elsewhere_record]
    assert_consistent(app)
    elsewhere.unlink()  # not under an ingested folder: only `kb remove` takes it away
    assert not [r for r in app.ingestor.ingest([folder]).results if r.status == "removed"]
    assert app.kb.catalog.find_sources("elsewhere.md")


def test_a_killed_ingest_keeps_the_old_knowledge_and_the_rerun_completes(tmp_path: Path) -> None:
    doc = tmp_path / "kb" / "handbook.md"
    doc.parent.mkdir()
    doc.write_text("# Handbook\n\n## Desk\n\nThe Quetta desk opens on Wednesdays.\n", encoding="utf-8")
    config = write_config(tmp_path, knowledge={"sources": [str(doc.parent)]})
    env = {**os.environ, "DOSTI_CONFIG": str(config)}
    subprocess.run([sys.executable, "-m", "bot", "ingest"], env=env, check=True, capture_output=True)

    sections = "".join(
        f"\n## Topic {i}\n\nParagraph {i} explains rule {i} of the handbook in detail.\n" for i in range(400)
    )
    doc.write_text("# Handbook\n\n## Desk\n\nThe Quetta desk moved to Fridays.\n" + sections, encoding="utf-8")
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "ingest"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    cache = tmp_path / "data" / "embedding-cache.sqlite3"
    start = cache.stat().st_size
    deadline = time.monotonic() + 60
    while cache.stat().st_size == start and time.monotonic() < deadline:
        time.sleep(0.2)  # wait until it is mid-way: new vectors are being written
    assert proc.poll() is None, "the ingest finished before it could be interrupted"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()

    from bot.config import load_settings

    app = App(load_settings(config))
    texts = [c.text for c in app.kb.catalog.all_chunks()]
    assert texts == ["The Quetta desk opens on Wednesdays."]
    report = app.ingestor.ingest(app.settings.source_paths)
    assert report.results[0].status == "updated"
    assert len(app.kb.catalog.all_chunks()) > 400
    assert_consistent(app)


def test_an_older_version_kept_beside_its_newer_one_is_not_used_in_answers(
    tmp_path: Path, make_app: Callable[..., App]
) -> None:
    """Offices keep "fees-v1.md" beside "fees-v2-final.md", and an archived page beside the live one: the older
    is superseded, reported as such and never stored, so no answer quotes its fee. A page whose front matter
    says it is superseded is left out alike; one whose versions nothing ranks (a copy "(1)") is kept. Uploading
    a newer version removes the older one already stored."""
    folder = tmp_path / "kb"
    folder.mkdir()
    fee = (
        "# Participation fee\n\nThe participation fee for a firm of 21 to 75 staff is PKR {} for the whole programme.\n"
    )
    (folder / "fee-schedule-v1.md").write_text(fee.format("58,000"), encoding="utf-8")
    (folder / "fee-schedule-v2-final.md").write_text(fee.format("62,000"), encoding="utf-8")
    stand = "# Expo stands\n\nA shell stand of 9 sqm at the expo must be booked by {}.\n"
    (folder / "expo-packages.md").write_text(stand.format("31 July 2077"), encoding="utf-8")
    (folder / "expo-packages-archived.md").write_text(stand.format("30 June 2077"), encoding="utf-8")
    (folder / "visa-letters.md").write_text(
        "---\ntitle: Visa letters\nstatus: superseded\n---\n\n# Visa letters\n\nVisa letters cost PKR 9,000.\n",
        encoding="utf-8",
    )
    (folder / "tour.md").write_text("# Tour\n\nThe factory tour runs from 16 to 20 June.\n", encoding="utf-8")
    (folder / "tour (1).md").write_text("# Tour\n\nThe factory tour runs from 16 to 20 June.\n", encoding="utf-8")
    app = make_app()
    report = app.ingestor.ingest([folder])
    status = {r.path.name: r for r in report.results}
    assert status["fee-schedule-v1.md"].status == "superseded"
    assert status["fee-schedule-v1.md"].errors == ["superseded by fee-schedule-v2-final.md: not used in answers"]
    assert status["expo-packages-archived.md"].status == "superseded"
    assert status["visa-letters.md"].errors == ["its front matter says status: superseded: not used in answers"]
    assert not report.failed
    stored = {record.name for record in app.kb.catalog.sources()}
    assert stored == {"fee-schedule-v2-final.md", "expo-packages.md", "tour.md", "tour (1).md"}
    answer = asyncio.run(app.engine.answer(Inquiry(text="What is the participation fee for 40 staff?")))
    assert "62,000" in answer.text and "58,000" not in answer.text
    assert_consistent(app)

    # An upload of a newer version: the older one, stored while it was in force, is removed.
    later = tmp_path / "later"
    later.mkdir()
    (later / "grant-guide.md").write_text("# Grants\n\nThe grant cap is PKR 450,000.\n", encoding="utf-8")
    app.ingestor.ingest([later / "grant-guide.md"])
    (later / "grant-guide-rev2.md").write_text("# Grants\n\nThe grant cap is PKR 500,000.\n", encoding="utf-8")
    upload = app.ingestor.ingest([later / "grant-guide-rev2.md"])
    assert [(r.path.name, r.status) for r in upload.results] == [
        ("grant-guide.md", "removed"),
        ("grant-guide-rev2.md", "added"),
    ]
    assert "grant-guide.md" not in {record.name for record in app.kb.catalog.sources()}
    assert_consistent(app)
