"""Which row of an agenda a time of day in the question names ("what's on day 2 at 15:30").

An agenda is a table of clock times, often one table a day under a heading ("Day 2 — Wednesday"), and the
same times recur each day. Its rows read alike to a vector ("Pitch round 3", "Pitch round 4"), so the row
that answers is the one holding the time asked, in the passage that names the day asked. The grammar of
clock times and day numbers (English, Chinese, Urdu, Roman Urdu) is data: `vocab/schedule.yaml`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from knowledge.text import fold_digits
from knowledge.vocabulary import vocab_file

GRAMMAR = vocab_file("schedule.yaml")
_CLOCKS = [re.compile(p, re.IGNORECASE) for p in GRAMMAR["clock"]]
_AFTERNOON = re.compile("|".join(GRAMMAR["afternoon"]), re.IGNORECASE)
_REACH = int(GRAMMAR["afternoon_reach"])
_DAYS = [re.compile(p, re.IGNORECASE) for p in [*GRAMMAR["day_number"], *GRAMMAR["day_ordinal"]]]
_ORDINALS = {str(word).lower(): int(n) for word, n in GRAMMAR["ordinals"].items()}
_SPAN = re.compile(rf"\s*(?:{'|'.join(re.escape(w) for w in GRAMMAR['span'])})\s*$", re.IGNORECASE)
DAY_MINUTES = 24 * 60


class Slot(NamedTuple):
    """A time of day a question names, with the day of the event it names beside it (None: no one day)."""

    minute: int  # minutes after midnight
    day: int | None


class _Clock(NamedTuple):
    start: int
    end: int
    minute: int


def _clocks(text: str) -> list[_Clock]:
    """Every clock time in the text, in order; where two patterns read the same characters the first wins."""
    found: list[_Clock] = []
    for pattern in _CLOCKS:
        for match in pattern.finditer(text):
            if any(c.start < match.end() and match.start() < c.end for c in found):
                continue
            hour, named = int(match["hour"]), match.groupdict()
            minute = 30 if named.get("half") else int(named.get("minute") or 0)
            if hour < 12 and _AFTERNOON.search(text[max(0, match.start() - _REACH) : match.end() + _REACH]):
                hour += 12
            found.append(_Clock(match.start(), match.end(), (hour * 60 + minute) % DAY_MINUTES))
    return sorted(found)


@lru_cache(maxsize=8192)
def day_numbers(text: str) -> frozenset[int]:
    """The days of an event a text names by number or ordinal ("Day 2", 第二天, "doosre din")."""
    days: set[int] = set()
    for pattern in _DAYS:
        for match in pattern.finditer(fold_digits(text)):
            word = (match.groupdict().get("number") or match["ordinal"]).lower()
            number = int(word) if word.isdigit() else _ORDINALS.get(word)
            if number:
                days.add(number)
    return frozenset(days)


def slots(question: str) -> list[Slot]:
    """The times of day a question names, each with the one day it names (if it names exactly one)."""
    text = fold_digits(question)
    days = day_numbers(question)
    day = next(iter(days)) if len(days) == 1 else None
    return [Slot(clock.minute, day) for clock in _clocks(text)]


class ClockSpan(NamedTuple):
    """A clock time, or two joined as a span ("14:00–16:30"), where the text writes it."""

    start: int
    end: int
    minutes: tuple[int, ...]  # minutes after midnight, each time of the span


def clock_spans(text: str) -> list[ClockSpan]:
    """The clock times of a text, a span's two as one, at their places in `text` (whose digits may be Urdu)."""
    text = fold_digits(text)
    out: list[ClockSpan] = []
    for clock in _clocks(text):
        if out and len(out[-1].minutes) == 1 and _SPAN.match(text[out[-1].end : clock.start]):
            out[-1] = ClockSpan(out[-1].start, clock.end, (*out[-1].minutes, clock.minute))
        else:
            out.append(ClockSpan(clock.start, clock.end, (clock.minute,)))
    return out


@lru_cache(maxsize=8192)
def _times(text: str) -> tuple[tuple[int, int], ...]:
    """The times a row holds, each as a span of minutes: "15:30–17:00" a span, a lone "15:30" a point."""
    text = fold_digits(text)
    clocks = _clocks(text)
    out: list[tuple[int, int]] = []
    for n, clock in enumerate(clocks):
        after = clocks[n + 1] if n + 1 < len(clocks) else None
        if after is not None and _SPAN.match(text[clock.end : after.start]) and after.minute > clock.minute:
            out.append((clock.minute, after.minute))
        elif not out or out[-1][1] != clock.minute:
            out.append((clock.minute, clock.minute + 1))
    return tuple(out)


def slot_fit(unit: str, headings: str, slot: Slot) -> float:
    """How surely a row answers the slot: 1 when it holds the time and, if a day is asked, it or its headings
    name that day; 0.5 when they name no day at all; 0 when they name only other days, or it lacks the time."""
    if not any(start <= slot.minute < end for start, end in _times(unit)):
        return 0.0
    if slot.day is None:
        return 1.0
    days = day_numbers(unit) or day_numbers(headings)
    return 1.0 if slot.day in days else 0.0 if days else 0.5
