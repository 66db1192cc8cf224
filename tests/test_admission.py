"""Admission control: a burst larger than the queue, on every channel, against the real server and stand-ins.

The engine is made slow the way it is slow in production, by its LLM: the local OpenAI-compatible stand-in
waits before answering. One answer at a time (`server.parallel_answers: 1`) makes a burst of a few
questions larger than the queue.
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from bot.config import load_settings
from bot.server import create_server
from bot.wiring import App
from handlers.phrases import PHRASES
from handlers.wechat import WORKING
from tests.asgi import serving
from tests.conftest import write_config
from tests.fake_openai import FakeOpenAI, running_fake_openai
from tests.fake_telegram import FakeBotAPI, running_fake_bot_api, text_update
from tests.fake_wechat import message_xml, running_fake_wechat_api, signed_query
from tests.test_telegram import polling, telegram_section
from tests.test_wechat import content_of, wechat_section

QUESTION_EN = "What is the time difference between Pakistan and China?"
QUESTION_ZH = "巴基斯坦和中国时差几个小时？"
LLM_DELAY_S = 0.6


@pytest.fixture
def slow_llm() -> Iterator[FakeOpenAI]:
    with running_fake_openai() as llm:
        llm.mode, llm.delay = "hang", LLM_DELAY_S
        llm.reply = "China is 3 hours ahead of Pakistan [1]."
        yield llm


def busy_app(sample_app: App, tmp_path: Path, llm: FakeOpenAI, **sections: Any) -> App:
    server = {"parallel_answers": 1, **sections.pop("server", {})}
    llm_section = {"provider": "openai", "base_url": llm.base_url, "model": "slow", "timeout_s": 30}
    config = write_config(
        tmp_path, data_dir=str(sample_app.settings.data_path), llm=llm_section, server=server, **sections
    )
    app = App(load_settings(config))
    app.__dict__["records"] = type(app.records)(tmp_path / "records.sqlite3")
    return app


def metric(text: str, name: str, channel: str) -> float:
    """A counter's value in a /metrics page. Counters live in the process's registry and add up over every test a
    worker runs, so tests compare a page before with one after."""
    found = re.search(rf'^{name}\{{channel="{channel}"\}} ([0-9.e+]+)$', text, re.MULTILINE)
    return float(found.group(1)) if found else 0.0


async def test_a_web_burst_past_the_queue_gets_503_with_retry_after_then_the_server_recovers(
    sample_app: App, tmp_path: Path, slow_llm: FakeOpenAI
) -> None:
    app = busy_app(sample_app, tmp_path, slow_llm, server={"answer_deadline_s": 0.05})
    async with serving(create_server(app)) as base, httpx.AsyncClient(base_url=base, timeout=30) as client:
        before = (await client.get("/metrics")).text
        burst = await asyncio.gather(
            *(client.post("/api/ask", json={"question": QUESTION_ZH, "session_id": f"s{n}"}) for n in range(6))
        )
        statuses = [r.status_code for r in burst]
        assert set(statuses) == {200, 503}, statuses
        for reply in burst:
            if reply.status_code == 503:
                assert int(reply.headers["Retry-After"]) >= 1
                assert "秒后重新提问" in reply.json()["detail"]  # in the asker's language
            else:
                assert "3 hours" in reply.json()["answer"]
        after = await client.post("/api/ask", json={"question": QUESTION_ZH, "session_id": "later"})
        metrics = (await client.get("/metrics")).text
    assert after.status_code == 200
    rejected = metric(metrics, "dosti_rejected_total", "web") - metric(before, "dosti_rejected_total", "web")
    assert rejected == statuses.count(503)


async def test_a_telegram_burst_hears_busy_then_exactly_one_answer_and_past_the_backlog_try_later(
    sample_app: App, tmp_path: Path, slow_llm: FakeOpenAI
) -> None:
    with running_fake_bot_api() as fake:
        telegram = telegram_section(fake, busy_after_s=0.05, busy_backlog=2)
        app = busy_app(sample_app, tmp_path, slow_llm, telegram=telegram)
        chats = list(range(41, 47))
        async with polling(app):
            for chat in chats:
                fake.push(text_update(fake, chat, QUESTION_EN))
            await asyncio.to_thread(_wait_until_settled, fake, chats)
        outcomes = {chat: [m["text"] for m in fake.sent(chat_id=chat)] for chat in chats}
    busy, later = PHRASES["busy_answering"]["en"], PHRASES["busy_later"]["en"]
    kinds = []
    for chat, texts in outcomes.items():
        answers = [t for t in texts if "3 hours" in t]
        if texts == [later]:
            kinds.append("later")
        elif texts[:1] == [busy]:
            assert len(answers) == 1 and len(texts) == 2, (chat, texts)  # busy, then exactly one answer
            kinds.append("busy")
        else:
            assert len(answers) == 1 and len(texts) == 1, (chat, texts)
            kinds.append("answered")
    assert "busy" in kinds and "later" in kinds and "answered" in kinds, kinds
    assert app.admission.deferred["telegram"] == kinds.count("busy")
    assert app.admission.rejected["telegram"] == kinds.count("later")


def _wait_until_settled(fake: FakeBotAPI, chats: list[int], timeout_s: float = 30) -> None:
    """Every chat has its answer or its "try later"."""
    later = PHRASES["busy_later"]["en"]

    def settled(chat: int) -> bool:
        return any("3 hours" in m["text"] or m["text"] == later for m in fake.sent(chat_id=chat))

    for chat in chats:
        fake.wait_for("sendMessage", 1, chat, timeout_s)
        while not settled(chat):
            fake.wait_for("sendMessage", len(fake.sent(chat_id=chat)) + 1, chat, timeout_s)


async def test_a_wechat_burst_past_the_queue_is_deferred_at_once_and_pushed_exactly_once_even_at_shutdown(
    sample_app: App, tmp_path: Path, slow_llm: FakeOpenAI
) -> None:
    slow_llm.reply = "中国比巴基斯坦早3个小时 [1]。"
    with running_fake_wechat_api() as api:
        wechat = wechat_section(api, can_push=True, passive_timeout_s=1.0, platform_wait_s=5.0)
        app = busy_app(sample_app, tmp_path, slow_llm, wechat=wechat)
        users = [f"burst{n}" for n in range(6)]
        async with serving(create_server(app)) as base, httpx.AsyncClient(base_url=base, timeout=30) as client:
            # One question first: the queue learns how long an answer takes.
            first = await _post(client, message_xml("warm", Content=QUESTION_ZH, msg_id=5000))
            assert "3个小时" in content_of(first)
            before = (await client.get("/metrics")).text
            replies = await asyncio.gather(
                *(_post(client, message_xml(u, Content=QUESTION_ZH, msg_id=5001 + n)) for n, u in enumerate(users))
            )
            metrics = (await client.get("/metrics")).text
        # The server has shut down right after the burst: a clean shutdown still pushes every promised answer.
        deferred = [u for u, r in zip(users, replies, strict=True) if content_of(r) == WORKING]
        pushed = list(api.sent)
    assert deferred, "a burst larger than the queue is deferred"
    by_user: dict[str, list[str]] = {}
    for message in api.sent:
        by_user.setdefault(message["touser"], []).append(message["text"]["content"])
    for user, reply in zip(users, replies, strict=True):
        if user in deferred:
            assert len(by_user[user]) == 1 and "3个小时" in by_user[user][0]  # placeholder, then one push
        else:
            assert "3个小时" in content_of(reply) and user not in by_user  # answered passively, nothing pushed
    assert len(pushed) == len(deferred)
    deferred_counted = metric(metrics, "dosti_deferred_total", "wechat") - metric(
        before, "dosti_deferred_total", "wechat"
    )
    assert deferred_counted == len(deferred)


async def _post(client: httpx.AsyncClient, xml: str) -> httpx.Response:
    return await client.post("/wechat", params=signed_query(), content=xml.encode())
