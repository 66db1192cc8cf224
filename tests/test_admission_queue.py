"""Admission's queue discipline, on an engine stand-in whose answers finish when the test says so."""

from __future__ import annotations

import asyncio

import pytest

from bot.admission import QUIET_S, Admission
from knowledge.models import Answer, Inquiry


class HeldEngine:
    """Answers each question when released, recording the order in which it started answering."""

    def __init__(self) -> None:
        self.started: list[str] = []
        self.deferred: list[bool] = []  # Inquiry.deferred of each, in the same order
        self.release: dict[str, asyncio.Event] = {}

    async def answer(self, inquiry: Inquiry) -> Answer:
        self.started.append(inquiry.text)
        self.deferred.append(inquiry.deferred)
        event = self.release.setdefault(inquiry.text, asyncio.Event())
        await event.wait()
        return Answer(text=f"answer to {inquiry.text}", language="en")

    def finish(self, text: str) -> None:
        self.release.setdefault(text, asyncio.Event()).set()


def ask(text: str) -> Inquiry:
    return Inquiry(text=text, channel="test")


async def settle() -> None:
    for _ in range(5):
        await asyncio.sleep(0)


async def test_the_earliest_deadline_is_answered_first_and_deferred_work_waits() -> None:
    engine = HeldEngine()
    admission = Admission(engine, parallel=1)
    first = admission.start(ask("first"), 10)
    await settle()
    deferred = admission.start(ask("deferred"), 600)  # told "the answer will follow"
    urgent = admission.start(ask("urgent"), 4)  # someone waits on the reply
    await settle()
    assert engine.started == ["first"] and admission.waiting == 2
    for name, task in (("first", first), ("urgent", urgent), ("deferred", deferred)):
        engine.finish(name)
        assert (await task).text == f"answer to {name}"
        await settle()
    assert engine.started == ["first", "urgent", "deferred"]
    assert admission.active == 0 and admission.waiting == 0


async def test_a_backlog_of_deferred_work_does_not_count_against_an_interactive_question() -> None:
    engine = HeldEngine()
    admission = Admission(engine, parallel=1)
    tasks = [admission.start(ask("busy"), 10)]
    await settle()
    tasks += [admission.start(ask(f"later {n}"), 600) for n in range(40)]
    await settle()
    assert admission.fits(4.0)  # 40 deferred questions are due after it
    assert not admission.fits(1000.0) or admission.expected_s(1000.0) > admission.expected_s(4.0)
    tasks += [admission.start(ask(f"now {n}"), 4) for n in range(100)]
    await settle()
    assert not admission.fits(4.0)  # 100 due before it: 100 × 0.05 s is past 4 s
    assert admission.retry_after_s(4.0) >= 5
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    assert admission.waiting == 0 and admission.active == 0


async def test_a_question_cancelled_while_waiting_leaves_the_queue_and_the_slot_passes_on() -> None:
    engine = HeldEngine()
    admission = Admission(engine, parallel=1)
    first = admission.start(ask("first"), 10)
    await settle()
    gone = admission.start(ask("gone"), 4)
    kept = admission.start(ask("kept"), 10)
    await settle()
    gone.cancel()
    with pytest.raises(asyncio.CancelledError):
        await gone
    engine.finish("first")
    engine.finish("kept")
    assert (await first).text == "answer to first" and (await kept).text == "answer to kept"
    assert engine.started == ["first", "kept"] and admission.active == 0


async def test_a_question_cancelled_before_it_ran_leaves_nothing_behind() -> None:
    admission = Admission(HeldEngine(), parallel=1)
    task = admission.start(ask("never"), 4)
    task.cancel()  # before the event loop ran it once
    await asyncio.gather(task, return_exceptions=True)
    assert admission.waiting == 0 and admission.active == 0 and admission.fits(0.001)


async def test_deferred_work_holds_a_quarter_of_the_slots_while_interactive_questions_arrive() -> None:
    engine = HeldEngine()
    admission = Admission(engine, parallel=4)
    live = admission.start(ask("live"), 4)
    later = [admission.start(ask(f"later {n}"), 600) for n in range(4)]
    await settle()
    assert engine.started == ["live", "later 0"]  # two slots stay free for the questions still coming
    urgent = admission.start(ask("urgent"), 4)
    await settle()
    assert engine.started[-1] == "urgent" and admission.active == 3
    for name, task in (("live", live), ("urgent", urgent)):
        engine.finish(name)
        await task
    await asyncio.sleep(QUIET_S + 0.1)  # no interactive question for a while: the backlog may take every slot
    engine.finish("later 0")
    await later[0]
    await settle()
    assert sorted(engine.started[-3:]) == ["later 1", "later 2", "later 3"] and admission.active == 3
    for n in range(1, 4):
        engine.finish(f"later {n}")
    await asyncio.gather(*later)
    assert admission.active == 0 and admission.background_active == 0 and admission.waiting == 0


async def test_work_a_channel_deferred_reaches_the_engine_marked_deferred() -> None:
    engine = HeldEngine()
    admission = Admission(engine, parallel=2)
    tasks = [admission.start(ask("waited on"), 4), admission.start(ask("told it will follow"), 600)]
    await settle()
    for name in ("waited on", "told it will follow"):
        engine.finish(name)
    await asyncio.gather(*tasks)
    assert engine.started == ["waited on", "told it will follow"] and engine.deferred == [False, True]
