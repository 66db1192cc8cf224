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
leave. It also holds at most a quarter of the slots while interactive questions keep arriving, and the
engine embeds it on threads of the lowest CPU priority (`Inquiry.deferred`, knowledge/priority.py): a
slot is only part of the cost, the cores are the rest, and a backlog answered alongside new questions made
them take twice their unloaded time for minutes after a burst (docs/benchmarks.md). With no interactive
question for a second, deferred work takes every slot again. It always keeps one slot: holding it back
entirely while interactive answers filled the cores starved it under sustained load (Telegram's "busy"
users waited for their deadline; two workers pinned to a core each went from 44 to 26 questions a second).
The CPU priority leaves no capacity idle: the deferred threads run whenever the others cannot.
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import math
import os
import time
from dataclasses import replace
from typing import Protocol

from bot import metrics
from knowledge.models import Answer, Inquiry

SMOOTHING = 0.2  # weight of the newest answer in the service-time average
FIRST_GUESS_S = 0.05  # the service time until the first answer measures it (the sample KB's p50 is ~30 ms)
BACKGROUND_AFTER_S = 60.0  # a deadline this far off: work a channel already deferred ("the answer will follow")
BACKGROUND_SHARE = 0.25  # of the slots, what deferred work may hold while interactive questions arrive
QUIET_S = 1.0  # no interactive question for this long: deferred work may hold every slot


class Answering(Protocol):
    async def answer(self, inquiry: Inquiry) -> Answer: ...


class Admission:
    """The engine's one entry point for the channels, `parallel` answers at a time, earliest deadline first."""

    def __init__(self, engine: Answering, parallel: int = 0) -> None:
        self.engine = engine
        self.parallel = parallel or 2 * (os.cpu_count() or 1)
        self.background_parallel = max(1, int(self.parallel * BACKGROUND_SHARE))
        self.service_s = FIRST_GUESS_S
        self.active = 0
        self.background_active = 0
        self.answered = 0
        self.deferred: dict[str, int] = {}
        self.rejected: dict[str, int] = {}
        # Heaps of (deadline, arrival, turn): interactive questions, and deferred work (background).
        self._queues: dict[bool, list[tuple[float, int, asyncio.Future[None]]]] = {False: [], True: []}
        self._joined = 0  # questions started whose task has not reached the queue yet
        self._arrivals = itertools.count()
        self._interactive_at = -math.inf  # when the last interactive question arrived
        self._ran: set[asyncio.Task[Answer]] = set()

    @property
    def waiting(self) -> int:
        return len(self._queues[False]) + len(self._queues[True]) + self._joined

    def expected_s(self, deadline_s: float = math.inf) -> float:
        """When a question due in `deadline_s` would be answered: the questions due before it, then its own."""
        if self._free():
            return self.service_s
        due = time.monotonic() + deadline_s
        ahead = self._joined + sum(self._due_by(queue, due) for queue in self._queues.values())
        rounds = math.ceil((ahead + 1) / self.parallel)
        return (rounds + 1) * self.service_s

    @staticmethod
    def _due_by(queue: list[tuple[float, int, asyncio.Future[None]]], due: float) -> int:
        """How many of a queue are due by then: none when its earliest is not, without reading a backlog of
        thousands of deferred questions for every question that arrives."""
        if not queue or queue[0][0] > due:
            return 0
        return sum(1 for d, _, _ in queue if d <= due)

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
        background = deadline_s >= BACKGROUND_AFTER_S
        if background:
            inquiry = replace(inquiry, deferred=True)  # embedded on low-priority threads (knowledge/priority.py)
        else:
            self._interactive_at = time.monotonic()
        self._joined += 1
        metrics.ANSWER_QUEUE.inc()
        task = asyncio.create_task(self._answer_in_turn(inquiry, time.monotonic() + deadline_s, background))
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

    async def _answer_in_turn(self, inquiry: Inquiry, due: float, background: bool) -> Answer:
        """Wait for a slot, answer, hand the slot to the most urgent question, and learn the service time."""
        self._ran.add(asyncio.current_task())  # type: ignore[arg-type]
        self._joined -= 1
        try:
            if self._may_start_now(background):
                self._take(background)
            else:
                turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
                entry = (due, next(self._arrivals), turn)
                queue = self._queues[background]
                heapq.heappush(queue, entry)
                try:
                    await turn  # the slot is handed over already taken (see _hand_over)
                except asyncio.CancelledError:
                    if turn.done() and not turn.cancelled():  # handed over just as it was cancelled: pass it on
                        self._release(background)
                    elif entry in queue:
                        queue.remove(entry)
                        heapq.heapify(queue)
                    raise
        finally:
            metrics.ANSWER_QUEUE.dec()
        metrics.IN_FLIGHT.inc()
        started = time.perf_counter()
        try:
            return await self.engine.answer(inquiry)
        finally:
            metrics.IN_FLIGHT.dec()
            self._release(background)
            elapsed = time.perf_counter() - started
            self.service_s = elapsed if not self.answered else self.service_s + SMOOTHING * (elapsed - self.service_s)
            self.answered += 1

    def _background_slots(self) -> int:
        """How many slots deferred work may hold now."""
        recent = time.monotonic() - self._interactive_at < QUIET_S
        return self.background_parallel if recent else self.parallel

    def _may_start_now(self, background: bool) -> bool:
        if self.active >= self.parallel:
            return False
        if not background:
            return not self._queues[False]
        return self.background_active < self._background_slots() and not any(self._queues.values())

    def _take(self, background: bool) -> None:
        self.active += 1
        self.background_active += background

    def _release(self, background: bool) -> None:
        self.active -= 1
        self.background_active -= background
        self._hand_over()

    def _hand_over(self) -> None:
        """Free slots to the waiting questions, earliest deadline first, deferred work within its share."""
        while self.active < self.parallel:
            for queue in self._queues.values():
                while queue and queue[0][2].done():  # cancelled while waiting
                    heapq.heappop(queue)
            interactive, background = self._queues[False], self._queues[True]
            may_background = bool(background) and self.background_active < self._background_slots()
            if interactive and (not may_background or interactive[0] <= background[0]):
                turn, is_background = heapq.heappop(interactive)[2], False
            elif may_background:
                turn, is_background = heapq.heappop(background)[2], True
            else:
                return
            self._take(is_background)
            turn.set_result(None)
