"""Bounded work in front of the engine, and an honest answer when it is full.

Past saturation an unbounded queue answers everyone late: WeChat's five seconds pass, Telegram users
see nothing, HTTP clients hang. So every channel asks first whether a question arriving now would be
answered within that channel's deadline: the questions ahead of it, answered `parallel` at a time at
the measured service time (a moving average of real answers). When it would not, the channel says so
its own way, before the wait rather than after it: WeChat defers (a short passive reply, then one push),
Telegram says "busy" and answers once, the web API returns 503 with Retry-After.
"""

from __future__ import annotations

import asyncio
import math
import os
import time
from typing import Protocol

from bot import metrics
from knowledge.models import Answer, Inquiry

SMOOTHING = 0.2  # weight of the newest answer in the service-time average
FIRST_GUESS_S = 0.05  # the service time until the first answer measures it (the sample KB's p50 is ~30 ms)


class Answering(Protocol):
    async def answer(self, inquiry: Inquiry) -> Answer: ...


class Admission:
    """The engine's one entry point for the channels, `parallel` answers at a time, the rest in order."""

    def __init__(self, engine: Answering, parallel: int = 0) -> None:
        self.engine = engine
        self.parallel = parallel or 2 * (os.cpu_count() or 1)
        self.service_s = FIRST_GUESS_S
        self.active = 0
        self.waiting = 0
        self.answered = 0
        self.deferred: dict[str, int] = {}
        self.rejected: dict[str, int] = {}
        self._slots: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def expected_s(self) -> float:
        """When a question arriving now would be answered: its turn in the queue, then its own answer."""
        if self._free():
            return self.service_s
        rounds = math.ceil((self.waiting + 1) / self.parallel)
        return (rounds + 1) * self.service_s

    def fits(self, deadline_s: float) -> bool:
        """A free slot always fits; otherwise the expected answer time must be within the deadline."""
        return self._free() or self.expected_s() <= deadline_s

    def _free(self) -> bool:
        return self.active < self.parallel and not self.waiting

    def retry_after_s(self) -> int:
        return max(1, math.ceil(self.expected_s()))

    def defer(self, channel: str) -> None:
        """Counted for /metrics: the channel answers later (placeholder then push, or "busy" then answer)."""
        self.deferred[channel] = self.deferred.get(channel, 0) + 1
        metrics.DEFERRED.labels(channel).inc()

    def reject(self, channel: str) -> None:
        """Counted for /metrics: the channel asked the user to come back later."""
        self.rejected[channel] = self.rejected.get(channel, 0) + 1
        metrics.REJECTED.labels(channel).inc()

    def start(self, inquiry: Inquiry) -> asyncio.Task[Answer]:
        """Join the queue now (so that a question checked next sees this one) and answer in a task."""
        self.waiting += 1
        metrics.ANSWER_QUEUE.inc()
        return asyncio.create_task(self._answer_in_turn(inquiry))

    async def answer(self, inquiry: Inquiry) -> Answer:
        return await self.start(inquiry)

    async def _answer_in_turn(self, inquiry: Inquiry) -> Answer:
        """Wait for a slot (first come, first served), answer, and learn the service time from it."""
        slots = self._semaphore()
        try:
            await slots.acquire()
        finally:
            self.waiting -= 1
            metrics.ANSWER_QUEUE.dec()
        self.active += 1
        metrics.IN_FLIGHT.inc()
        started = time.perf_counter()
        try:
            return await self.engine.answer(inquiry)
        finally:
            self.active -= 1
            metrics.IN_FLIGHT.dec()
            slots.release()
            elapsed = time.perf_counter() - started
            self.service_s = elapsed if not self.answered else self.service_s + SMOOTHING * (elapsed - self.service_s)
            self.answered += 1

    def _semaphore(self) -> asyncio.Semaphore:
        """One per event loop: a server has one; tests start several."""
        loop = asyncio.get_running_loop()
        if self._slots is None or self._loop is not loop:
            self._slots, self._loop = asyncio.Semaphore(self.parallel), loop
        return self._slots
