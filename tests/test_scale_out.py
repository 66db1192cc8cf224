"""`dosti serve --workers 2` on real redis-server, PostgreSQL and `chroma run`: it behaves as one process.

Requests are pinned to a worker by keeping one HTTP connection per client and asking /healthz which
worker answered. Then: one WeChat message delivered four times across both workers is answered once,
a rate limit counts across workers, a document uploaded through one worker is answered from by the
other; and Redis, PostgreSQL or the Chroma server going away and coming back is survived without a
restart.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import httpx
import psycopg
import pytest
import xmltodict

from bot.staff import StaffStore
from handlers.wechat import APOLOGY
from knowledge.store import GENERATION_TTL_S
from tests.conftest import SAMPLE_KB, free_port, write_config
from tests.fake_wechat import message_xml, signed_query
from tests.services import (
    CHROMA,
    POSTGRES,
    REDIS_SERVER,
    Service,
    chroma_server,
    dosti_serve,
    needs,
    postgres_server,
    redis_server,
)
from tests.test_wechat import wechat_section

pytestmark = [needs(REDIS_SERVER, "redis-server"), needs(CHROMA, "chroma"), needs(POSTGRES, "PostgreSQL")]

PASSWORD = "correct horse battery"
RATE_LIMIT = 5


@dataclass
class Cluster:
    base: str
    database: str
    redis: Service
    postgres: Service
    chroma: Service
    workers: dict[int, list[httpx.Client]]  # pid -> clients whose connection that worker holds

    def pinned(self) -> tuple[list[httpx.Client], list[httpx.Client]]:
        first, second = list(self.workers.values())[:2]
        return first, second


def worker_clients(base: str, wanted: int = 2, per_worker: int = 2) -> dict[int, list[httpx.Client]]:
    """Clients each holding one keep-alive connection, grouped by the worker process that accepted it."""
    found: dict[int, list[httpx.Client]] = {}
    spare: list[httpx.Client] = []
    for _ in range(60):
        client = httpx.Client(base_url=base, timeout=60, limits=httpx.Limits(max_connections=1))
        pid = client.get("/healthz").json()["worker"]
        group = found.setdefault(pid, [])
        (group if len(group) < per_worker else spare).append(client)
        if len(found) >= wanted and all(len(g) >= per_worker for g in found.values()):
            break
    for client in spare:
        client.close()
    assert len(found) >= wanted, f"only workers {list(found)} accepted connections"
    return found


@pytest.fixture(scope="module")
def cluster(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Cluster]:
    folder = tmp_path_factory.mktemp("scale-out")
    with (
        redis_server(folder / "redis") as (redis_url, redis),
        chroma_server(folder / "vectors") as (chroma_port, chroma),
        postgres_server() as (database_url, postgres),
    ):
        port = free_port()
        config = write_config(
            folder,
            knowledge={
                "sources": [str(SAMPLE_KB / "programme" / "faq.md"), str(SAMPLE_KB / "directory.csv")],
                "chroma": {"host": "127.0.0.1", "port": chroma_port},
            },
            state={"redis_url": redis_url},
            database={"url": database_url},
            server={"host": "127.0.0.1", "port": port, "rate_limit_per_minute": RATE_LIMIT},
            wechat=wechat_section(passive_timeout_s=4.0),
        )
        StaffStore(database_url).add("ayesha", PASSWORD)
        with dosti_serve(config, port, "--workers", "2"):
            base = f"http://127.0.0.1:{port}"
            workers = worker_clients(base)
            yield Cluster(base, database_url, redis, postgres, chroma, workers)
            for clients in workers.values():
                for client in clients:
                    client.close()


WRITTEN_WITHIN_S = 5.0  # records are written behind the answer (bot/records.py): committed well within this


def exchanges_per_user(database: str, users: list[str], expected: int) -> dict[str, int]:
    """Exchanges recorded per user: once `expected` in all are there (or after WRITTEN_WITHIN_S), and again a
    moment later, so that one written twice is counted twice."""

    def count() -> dict[str, int]:
        with psycopg.connect(database) as db:
            query = "SELECT user_id, COUNT(*) FROM exchanges WHERE user_id = ANY(%s) GROUP BY user_id"
            return {user: int(n) for user, n in db.execute(query, (users,)).fetchall()}

    until = time.monotonic() + WRITTEN_WITHIN_S
    while sum(count().values()) < expected and time.monotonic() < until:
        time.sleep(0.1)
    time.sleep(0.5)
    return count()


def deliver(client: httpx.Client, xml: str) -> httpx.Response:
    return client.post("/wechat", params=signed_query(), content=xml.encode())


def answers_in(replies: list[httpx.Response]) -> list[str]:
    assert all(r.status_code == 200 for r in replies), [r.status_code for r in replies]
    return [xmltodict.parse(r.text)["xml"]["Content"] for r in replies if r.text != "success"]


def test_one_wechat_message_delivered_to_both_workers_is_answered_once(cluster: Cluster) -> None:
    (a1, a2), (b1, b2) = cluster.pinned()
    question = "巴基斯坦和中国时差几个小时？"
    at_once = message_xml("wx-scale-1", Content=question, msg_id=880001)
    with ThreadPoolExecutor(4) as pool:
        together = list(pool.map(lambda c: deliver(c, at_once), [a1, b1, a2, b2]))
    again = message_xml("wx-scale-2", Content=question, msg_id=880002)
    one_by_one = [deliver(c, again) for c in (b1, a1, b2, a2)]
    together_answers, one_by_one_answers = answers_in(together), answers_in(one_by_one)
    assert len(together_answers) == 1 and "3 hours" in together_answers[0]
    assert len(one_by_one_answers) == 1 and one_by_one[0].text != "success"
    # The engine ran once per message, not once per delivery.
    assert exchanges_per_user(cluster.database, ["wx-scale-1", "wx-scale-2"], 2) == {"wx-scale-1": 1, "wx-scale-2": 1}


def test_a_burst_with_retries_across_both_workers_answers_every_message_exactly_once(cluster: Cluster) -> None:
    """Each message of a burst delivered three times at once over many connections (WeChat's retries land on
    any worker): every one answered by exactly one delivery, and the engine ran once per message."""
    questions = ["巴基斯坦和中国时差几个小时？", "中方采购企业需要付服务费吗？", "如何注册？"]
    messages = [(f"wx-burst-{n}", questions[n % 3], 881000 + n) for n in range(24)]

    async def burst() -> list[list[httpx.Response]]:
        limits = httpx.Limits(max_connections=72, max_keepalive_connections=0)  # new connections: both workers
        async with httpx.AsyncClient(base_url=cluster.base, timeout=60, limits=limits) as client:

            async def deliveries(user: str, question: str, msg_id: int) -> list[httpx.Response]:
                xml = message_xml(user, Content=question, msg_id=msg_id).encode()
                return list(
                    await asyncio.gather(
                        *(client.post("/wechat", params=signed_query(), content=xml) for _ in range(3))
                    )
                )

            return await asyncio.gather(*(deliveries(*m) for m in messages))

    replies = asyncio.run(burst())
    for (user, _, _), delivered in zip(messages, replies, strict=True):
        answers = answers_in(delivered)
        assert len(answers) == 1, (user, answers)
        assert APOLOGY not in answers[0]  # answered, not "something went wrong"
    users = [m[0] for m in messages]
    assert exchanges_per_user(cluster.database, users, len(users)) == {user: 1 for user in users}


def web_inquiries(client: httpx.Client) -> float:
    """Every web inquiry /metrics counts, whatever its language and outcome."""
    text = client.get("/metrics").text
    return sum(float(v) for v in re.findall(r'^dosti_inquiries_total\{channel="web",[^}]*\} ([0-9.e+]+)$', text, re.M))


def test_metrics_add_up_every_worker(cluster: Cluster) -> None:
    (a, _), (b, _) = cluster.pinned()
    before_a, before_b = web_inquiries(a), web_inquiries(b)
    question = "What is the time difference between Pakistan and China?"
    for n, client in enumerate((a, b) * 3):  # a session each: the per-session rate limit stays out of the way
        assert client.post("/api/ask", json={"question": question, "session_id": f"metrics-{n}"}).status_code == 200
    after_a, after_b = web_inquiries(a), web_inquiries(b)
    assert before_a == before_b and after_a == after_b  # either worker tells the same totals
    assert after_a - before_a == 6  # three answered by each worker
    text = b.get("/metrics").text
    assert "dosti_answer_queue" in text and "dosti_answers_in_flight" in text


def test_a_rate_limit_is_shared_by_the_workers(cluster: Cluster) -> None:
    (a, _), (b, _) = cluster.pinned()
    if time.time() % 60 > 50:  # one-minute windows: start in a fresh one
        time.sleep(61 - time.time() % 60)
    statuses = [
        (a if n % 2 else b).post("/api/ask", json={"question": "How do I register?", "session_id": "rl-1"}).status_code
        for n in range(RATE_LIMIT + 3)
    ]
    refused = a.post("/api/ask", json={"question": "注册需要什么材料？", "session_id": "rl-1"})
    assert statuses == [200] * RATE_LIMIT + [429] * 3
    assert refused.status_code == 429 and "请稍等一分钟" in refused.json()["detail"]


def test_a_document_uploaded_through_one_worker_is_answered_by_the_other(cluster: Cluster) -> None:
    (a, _), (b, _) = cluster.pinned()
    page = a.get("/admin/login")
    csrf = page.text.split('name="csrf" value="')[1].split('"')[0]
    a.post("/admin/login", data={"name": "ayesha", "password": PASSWORD, "csrf": csrf})
    console = a.get("/admin")
    csrf = console.text.split('name="csrf" value="')[1].split('"')[0]
    doc = b"# Quetta desk\n\n## Opening\n\nThe Quetta facilitation desk opens on 9 June 2027.\n"
    uploaded = a.post("/admin/documents", data={"csrf": csrf}, files={"files": ("quetta-desk.md", doc)})
    assert "quetta-desk.md: added" in uploaded.text
    # The other worker reads the catalog's generation at most once a second (knowledge/store.py).
    deadline = time.monotonic() + 2 * GENERATION_TTL_S + 1
    while True:
        answer = b.post("/api/ask", json={"question": "When does the Quetta desk open?"}).json()
        if "9 June 2027" in answer["answer"] or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert "9 June 2027" in answer["answer"]


def test_a_slow_redis_defers_a_wechat_message_to_its_retry_instead_of_apologising(cluster: Cluster) -> None:
    """Redis paused (as under load) for 6 s: the delivery is deferred, not apologised for, and WeChat's retry
    gets the answer, once."""
    (a, _), (b, _) = cluster.pinned()
    xml = message_xml("wx-slow-redis", Content="巴基斯坦和中国时差几个小时？", msg_id=882001)
    redis = cluster.redis.proc
    assert redis is not None
    with ThreadPoolExecutor(1) as pool:
        os.kill(redis.pid, signal.SIGSTOP)
        try:
            first = pool.submit(deliver, a, xml)
            time.sleep(6.0)  # past the store's deadline (passive_timeout_s / 2) and past WeChat's 5 s
        finally:
            os.kill(redis.pid, signal.SIGCONT)
        first_reply = first.result(timeout=30)
    retry = deliver(b, xml)  # WeChat retries after 5 s without a reply, here on the other worker
    assert first_reply.status_code == 200 and answers_in([first_reply]) == []  # left unanswered on purpose
    assert answers_in([retry]) and "3 hours" in answers_in([retry])[0]
    assert exchanges_per_user(cluster.database, ["wx-slow-redis"], 1) == {"wx-slow-redis": 1}


def test_redis_going_away_and_coming_back(cluster: Cluster) -> None:
    (a, _), (b, _) = cluster.pinned()
    cluster.redis.stop()
    try:
        health = a.get("/healthz")
        web = b.post("/api/ask", json={"question": "如何注册？", "session_id": "redis-down"})
        wechat = deliver(a, message_xml("wx-down", Content="如何注册？", msg_id=880003))
    finally:
        cluster.redis.start()
    back = b.post("/api/ask", json={"question": "How do I register?", "session_id": "redis-back"})
    health_back = a.get("/healthz")
    assert health.status_code == 503 and health.json()["checks"]["state"] is False
    assert web.status_code == 503 and "抱歉" in web.json()["detail"]
    assert "抱歉" in xmltodict.parse(wechat.text)["xml"]["Content"]
    assert back.status_code == 200 and not back.json()["abstained"]
    assert health_back.status_code == 200


def test_the_chroma_server_going_away_and_coming_back(cluster: Cluster) -> None:
    (a, _), (b, _) = cluster.pinned()
    question = {"question": "Which Peshawar companies do cybersecurity?"}
    cluster.chroma.stop()
    try:
        health = a.get("/healthz")
        during = b.post("/api/ask", json=question)
    finally:
        cluster.chroma.start()
    after = b.post("/api/ask", json=question)
    health_back = a.get("/healthz")
    assert health.status_code == 503 and health.json()["checks"]["vectors"] is False
    # Programme answers come from memory; directory ranking needs the server: an apology, never a 500.
    assert during.status_code in {200, 503}
    if during.status_code == 503:
        assert "Sorry" in during.json()["detail"]
    assert after.status_code == 200 and [c["id"] for c in after.json()["companies"]] == ["PK-042"]
    assert health_back.status_code == 200


def test_postgresql_going_away_and_coming_back(cluster: Cluster) -> None:
    (a, _), (b, _) = cluster.pinned()
    cluster.postgres.stop()
    try:
        health = a.get("/healthz")
        during = b.post("/api/ask", json={"question": "پاکستان اور چین کے وقت میں کتنا فرق ہے؟", "session_id": "pg"})
    finally:
        cluster.postgres.start()
    after = b.post("/api/ask", json={"question": "What is the time difference between Pakistan and China?"})
    health_back = a.get("/healthz")
    assert health.status_code == 503 and health.json()["checks"]["catalog"] is False
    assert during.status_code == 503 and "معذرت" in during.json()["detail"]
    assert after.status_code == 200 and "3 hours" in after.json()["answer"]
    assert health_back.status_code == 200
