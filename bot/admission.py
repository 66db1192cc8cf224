"""Bounded work in front of the engine, earliest deadline first, and an honest answer when it is full.

Past saturation an unbounded queue answers everyone late: WeChat's five seconds pass, Telegram users
see nothing, HTTP clients hang. So every question joins the queue with its channel's deadline, and the
queue serves the earliest deadline first: someone waiting on a passive WeChat reply or an HTTP response
goes before a message that has already been told "the answer will follow". Before a question joins, its
channel asks whether it would be answered within that deadline: the questions due no later than it,
answered `parallel` at a time at the measured service time (a moving average of real answers). When it
would not, the channel says so its own way, before the wait rather than after it: WeChat defers (a short
passive reply, then one push), Telegram says "busy" and answers once, the web API returns 503 with
Retry-After. Deferred work waits with a long deadline, so it takes the capacity interactive questions
leave, and once a burst ends new questions are answered at once instead of behind its backlog.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
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
    """The engine's one entry point for the channels, `parallel` answers at a time, earliest deadline first."""

    def __init__(self, engine: Answering, parallel: int = 0) -> None:
        self.engine = engine
        self.parallel = parallel or 2 * (os.cpu_count() or 1)
        self.service_s = FIRST_GUESS_S
        self.active = 0
        self.answered = 0
        self.deferred: dict[str, int] = {}
        self.rejected: dict[str, int] = {}
        self._queue: list[tuple[float, int, asyncio.Future[None]]] = []  # a heap: (deadline, arrival, turn)
        self._joined = 0  # questions started whose task has not reached the queue yet
        self._arrivals = itertools.count()
        self._ran: set[asyncio.Task[Answer]] = set()

    @property
    def waiting(self) -> int:
        return len(self._queue) + self._joined

    def expected_s(self, deadline_s: float = math.inf) -> float:
        """When a question due in `deadline_s` would be answered: the questions due before it, then its own."""
        if self._free():
            return self.service_s
        due = time.monotonic() + deadline_s
        ahead = self._joined + sum(1 for d, _, _ in self._queue if d <= due)
        rounds = math.ceil((ahead + 1) / self.parallel)
        return (rounds + 1) * self.service_s

    def fits(self, deadline_s: float) -> bool:
        """A free slot always fits; otherwise the expected answer time must be within the deadline."""
        return self._free() or self.expected_s(deadline_s) <= deadline_s

    def _free(self) -> bool:
        return self.active < self.parallel and not self.waiting

    def retry_after_s(self, deadline_s: float) -> int:
        return max(1, math.ceil(self.expected_s(deadline_s)))

    def defer(self, channel: str) -> None:
        """Counted for /metrics: the channel answers later (placeholder then push, or "busy" then answer)."""
        self.deferred[channel] = self.deferred.get(channel, 0) + 1
        metrics.DEFERRED.labels(channel).inc()

    def reject(self, channel: str) -> None:
        """Counted for /metrics: the channel asked the user to come back later."""
        self.rejected[channel] = self.rejected.get(channel, 0) + 1
        metrics.REJECTED.labels(channel).inc()

    def start(self, inquiry: Inquiry, deadline_s: float) -> asyncio.Task[Answer]:
        """Join the queue now (so that a question checked next sees this one) and answer in a task."""
        self._joined += 1
        metrics.ANSWER_QUEUE.inc()
        task = asyncio.create_task(self._answer_in_turn(inquiry, time.monotonic() + deadline_s))
        task.add_done_callback(self._never_ran)
        return task

    def _never_ran(self, task: asyncio.Task[Answer]) -> None:
        """A task cancelled before its first step never left `_joined`."""
        if task.cancelled() and task not in self._ran:
            self._joined -= 1
            metrics.ANSWER_QUEUE.dec()
        self._ran.discard(task)

    async def answer(self, inquiry: Inquiry, deadline_s: float) -> Answer:
        return await self.start(inquiry, deadline_s)

    async def _answer_in_turn(self, inquiry: Inquiry, due: float) -> Answer:
        """Wait for a slot, answer, hand the slot to the most urgent question, and learn the service time."""
        self._ran.add(asyncio.current_task())  # type: ignore[arg-type]
        self._joined -= 1
        try:
            if self.active < self.parallel and not self._queue:
                self.active += 1
            else:
                turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
                entry = (due, next(self._arrivals), turn)
                heapq.heappush(self._queue, entry)
                try:
                    await turn  # the slot is handed over with `active` already counted
                except asyncio.CancelledError:
                    if turn.done() and not turn.cancelled():  # handed over just as it was cancelled: pass it on
                        self._release()
                    elif entry in self._queue:
                        self._queue.remove(entry)
                        heapq.heapify(self._queue)
                    raise
        finally:
            metrics.ANSWER_QUEUE.dec()
        metrics.IN_FLIGHT.inc()
        started = time.perf_counter()
        try:
            return await self.engine.answer(inquiry)
        finally:
            metrics.IN_FLIGHT.dec()
            self._release()
            elapsed = time.perf_counter() - started
            self.service_s = elapsed if not self.answered else self.service_s + SMOOTHING * (elapsed - self.service_s)
            self.answered += 1

    def _release(self) -> None:
        while self._queue:
            _, _, turn = heapq.heappop(self._queue)
            if not turn.done():
                turn.set_result(None)
                return
        self.active -= 1
