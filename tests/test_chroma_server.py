"""The same code against a real Chroma server started with `chroma run` on 127.0.0.1."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import chromadb
import pytest

from bot.wiring import App
from knowledge.models import Inquiry
from tests.conftest import SAMPLE_KB, free_port

CHROMA = shutil.which("chroma") or str(Path(sys.executable).parent / "chroma")


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[int]:
    port = free_port()
    proc = subprocess.Popen(
        [CHROMA, "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:  # the client connects when it is made
                chromadb.HttpClient(host="127.0.0.1", port=port).heartbeat()
                break
            except Exception:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("chroma run did not start") from None
                time.sleep(0.3)
        yield port
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


def test_ingest_and_answer_through_a_chroma_server(
    chroma_server: int, tmp_path: Path, make_app: Callable[..., App]
) -> None:
    app = make_app(knowledge={"sources": [], "chroma": {"host": "127.0.0.1", "port": chroma_server}})
    sources = [SAMPLE_KB / "programme" / "faq.md", SAMPLE_KB / "programme" / "faq-ur.md", SAMPLE_KB / "directory.csv"]
    report = app.ingestor.ingest(sources)
    assert not report.failed
    assert not (tmp_path / "data" / "chroma").exists(), "vectors must go to the server, not a local PersistentClient"

    server = chromadb.HttpClient(host="127.0.0.1", port=chroma_server)
    counts = {c.name: c.count() for c in server.list_collections()}
    chunks, companies = app.kb.catalog.counts()
    assert counts == {"dosti_chunks": chunks, "dosti_companies": companies}

    answer = asyncio.run(app.engine.answer(Inquiry(text="巴基斯坦和中国时差几个小时？")))
    assert "3 hours" in answer.text
    directory = asyncio.run(app.engine.answer(Inquiry(text="Which Peshawar companies do cybersecurity?")))
    assert [c.id for c in directory.companies] == ["PK-042"]
    assert app.kb.index.heartbeat()
