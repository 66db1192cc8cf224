"""The same code against a real Chroma server started with `chroma run` on 127.0.0.1."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from pathlib import Path

import chromadb
import pytest

from bot.wiring import App
from knowledge.models import Inquiry
from tests.conftest import SAMPLE_KB
from tests.services import chroma_server as running_chroma


@pytest.fixture
def chroma_server(tmp_path: Path) -> Iterator[int]:
    with running_chroma(tmp_path / "server") as (port, _):
        yield port


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


def test_a_chroma_server_that_lost_its_vectors_is_refilled_from_the_catalog(
    chroma_server: int, make_app: Callable[..., App]
) -> None:
    app = make_app(knowledge={"sources": [], "chroma": {"host": "127.0.0.1", "port": chroma_server}})
    app.ingestor.ingest([SAMPLE_KB / "programme" / "faq.md", SAMPLE_KB / "directory.csv"])
    server = chromadb.HttpClient(host="127.0.0.1", port=chroma_server)
    for collection in server.list_collections():
        ids = server.get_collection(collection.name).get(include=[])["ids"]
        server.get_collection(collection.name).delete(ids=ids[: len(ids) // 2])
    added = app.kb.reindex()
    again = app.kb.reindex()
    chunks, companies = app.kb.catalog.counts()
    counts = {c.name: c.count() for c in server.list_collections()}
    assert added == chunks // 2 + companies // 2 and again == 0
    assert counts == {"dosti_chunks": chunks, "dosti_companies": companies}
