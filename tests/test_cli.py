"""The `dosti` command line as users and other tools run it: real processes, real exit codes."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_KB, write_config
from tests.files import write_broken_docx


def dosti(config: Path, *args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": "200"}
    return subprocess.run(
        [sys.executable, "-m", "bot", "--config", str(config), *args],
        capture_output=True,
        text=True,
        env=env,
        input=stdin,
        timeout=300,
    )


@pytest.fixture(scope="module")
def kb_config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    docs = folder / "docs"
    docs.mkdir()
    for name in ("faq.md", "faq-ur.md", "项目介绍.md"):
        shutil.copy(SAMPLE_KB / "programme" / name, docs)
    shutil.copy(SAMPLE_KB / "directory.csv", folder)
    return write_config(folder, knowledge={"sources": [str(docs), str(folder / "directory.csv")]})


def test_first_ask_ingests_the_configured_sources_then_answers_as_json(kb_config: Path) -> None:
    result = dosti(kb_config, "ask", "巴基斯坦和中国时差几个小时？", "--json")
    assert result.returncode == 0, result.stderr
    assert "ingesting knowledge.sources" in result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"question", "answer", "language", "abstained", "sources", "companies", "elapsed_ms"}
    assert data["language"] == "zh"
    assert data["abstained"] is False
    assert data["sources"][0]["source"] == "faq.md"
    assert "3 hours" in data["answer"]


def test_ingest_twice_says_nothing_changed(kb_config: Path) -> None:
    result = dosti(kb_config, "ingest")
    assert result.returncode == 0, result.stderr
    assert "Nothing changed" in result.stdout
    assert "unchanged" in result.stdout


def test_batch_answers_every_line_in_order(kb_config: Path, tmp_path: Path) -> None:
    batch = tmp_path / "batch.jsonl"
    lines = [
        {"id": "a", "question": "Which Lahore companies hold ISO 27001?", "lang": "en"},
        {"id": "b", "question": "ہیلپ لائن کس وقت کھلی ہوتی ہے؟"},
        {"id": "c", "question": "hello"},
    ]
    batch.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n", encoding="utf-8")
    result = dosti(kb_config, "ask", "--batch", str(batch), "--json")
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["a", "b", "c"]
    assert {c["id"] for c in out[0]["companies"]} == {"PK-001", "PK-004", "PK-005"}
    assert all(set(c) == {"id", "name", "city", "country"} for c in out[0]["companies"])
    assert "10:00" in out[1]["answer"]
    assert out[2]["sources"] == []


def test_batch_with_a_broken_line_is_refused_with_its_line_number(kb_config: Path, tmp_path: Path) -> None:
    batch = tmp_path / "bad.jsonl"
    batch.write_text('{"id": "a", "question": "fees?"}\n{not json}\n', encoding="utf-8")
    result = dosti(kb_config, "ask", "--batch", str(batch), "--json")
    assert result.returncode == 2
    assert "bad.jsonl line 2: not JSON" in result.stderr


def test_eval_prints_scores_per_language(kb_config: Path, tmp_path: Path) -> None:
    items = [
        {
            "id": "1",
            "lang": "en",
            "kind": "programme",
            "question": "Is there a fee for Pakistani providers?",
            "expected_sources": ["faq.md"],
            "expected_companies": [],
            "answer_must_contain_any": ["free"],
        },
        {
            "id": "2",
            "lang": "zh",
            "kind": "directory",
            "question": "杭州有哪些公司？",
            "expected_sources": [],
            "expected_companies": ["CN-009", "CN-010"],
            "answer_must_contain_any": ["West Lake", "西湖"],
        },
        {
            "id": "3",
            "lang": "en",
            "kind": "unanswerable",
            "question": "What was the exact 2028 cohort deadline?",
            "expected_sources": [],
            "expected_companies": [],
            "answer_must_contain_any": [],
        },
    ]
    path = tmp_path / "eval.jsonl"
    path.write_text("\n".join(json.dumps(i, ensure_ascii=False) for i in items), encoding="utf-8")
    result = dosti(kb_config, "eval", str(path), "--json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert set(scores) == {"overall", "en", "zh"}
    assert scores["overall"]["source_recall@5"] == 1.0
    assert scores["zh"]["company_precision@5"] == 1.0
    assert scores["en"]["abstention"] == 1.0
    assert scores["overall"]["key_fact_hit"] == 1.0
    table = dosti(kb_config, "eval", str(path))
    assert "source_recall@5" in table.stdout and "overall" in table.stdout


def test_kb_list_and_remove(kb_config: Path) -> None:
    listing = dosti(kb_config, "kb", "list")
    assert listing.returncode == 0
    for name in ("faq.md", "directory.csv", "项目介绍.md"):
        assert name in listing.stdout
    missing = dosti(kb_config, "kb", "remove", "nope.md")
    assert missing.returncode == 1
    assert "no source named 'nope.md'" in missing.stderr
    removed = dosti(kb_config, "kb", "remove", "faq-ur.md")
    assert removed.returncode == 0, removed.stderr
    assert "faq-ur.md" not in dosti(kb_config, "kb", "list").stdout
    dosti(kb_config, "ingest")  # put it back for the other tests


def test_a_failed_file_gives_one_line_and_a_nonzero_exit(kb_config: Path, tmp_path: Path) -> None:
    broken = write_broken_docx(tmp_path / "broken.docx")
    good = tmp_path / "note.md"
    good.write_text("# Note\n\nThe Gwadar desk opens on Mondays.\n", encoding="utf-8")
    result = dosti(kb_config, "ingest", str(broken), str(good))
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and errors[0].startswith("error: broken.docx: ")
    assert "added" in result.stdout  # the good file still went in
    answer = json.loads(dosti(kb_config, "ask", "When does the Gwadar desk open?", "--json").stdout)
    assert "Mondays" in answer["answer"]


def test_unknown_config_key_is_refused_by_name(tmp_path: Path) -> None:
    config = write_config(tmp_path, knowledge={"sources": [], "chunk_size": 500})
    result = dosti(config, "kb", "list")
    assert result.returncode == 2
    assert "unknown setting 'knowledge.chunk_size'" in result.stderr


def test_chat_holds_a_conversation_on_stdin(kb_config: Path) -> None:
    result = dosti(
        kb_config,
        "chat",
        stdin="hello\nWhich Karachi companies do blockchain?\nwhich of them do mobile app development?\n\n",
    )
    assert result.returncode == 0, result.stderr
    assert "Hello!" in result.stdout
    assert result.stdout.count("Crescent Ledger Systems") >= 2


def test_ask_explain_shows_the_route_the_passages_and_why_it_declined(kb_config: Path) -> None:
    answered = dosti(kb_config, "ask", "How many hours behind Beijing is Pakistan?", "--explain")
    assert answered.returncode == 0, answered.stderr
    answer, _, how = answered.stdout.partition("how it was answered")
    assert "3" in answer and how
    assert "route: programme documents" in how
    assert "off-topic probes" in how
    assert "passage: faq.md" in how
    declined = dosti(kb_config, "ask", "Which football club won the league last night?", "--explain", "--json")
    data = json.loads(declined.stdout)
    assert data["abstained"] is True
    assert data["explanation"][-1].startswith("declined: ")
    listed = dosti(kb_config, "ask", "Which Pakistani companies hold ISO 27001?", "--explain")
    assert "route: directory" in listed.stdout and "directory conditions read by the rules" in listed.stdout
    assert re.search(r"condition .*27001.*: keeps \d+ of \d+ \(", listed.stdout)  # and which companies it keeps
