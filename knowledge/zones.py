"""A clock time asked in one of the programme's two time zones and stated in the other, worked out.

"What time is the webinar in Pakistan time?" is often answered by a row giving "10:00 (Beijing time)" only: the
asker would have to know the three hours between them. The zones, their offsets and their names in every
language are data (vocab/time_zones.yaml, vocab/glossary.yaml); a time counts as a zone's only where the text
labels it so, next to it ("14:00–16:00 (PKT)", "北京时间20:00").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from knowledge.directory_terms import country_mentions, fold
from knowledge.grounding import asking_of
from knowledge.language import ARABIC, CJK
from knowledge.schedule import DAY_MINUTES, ClockSpan, clock_spans
from knowledge.schedule import GRAMMAR as CALENDAR
from knowledge.text import alternation
from knowledge.vocabulary import vocab_file

# What may stand between a time and its zone's name after it ("17:00 (PKT)", "۵ بجے پاکستانی وقت", "09:30 in
# Beijing time"), and before it ("北京时间20:00", "PKT: 10:00", "پاکستانی وقت کے مطابق 10:00").
_AFTER = rf"\s*(?:{alternation(CALENDAR['hour_marks'])})?\s*[（(]?\s*(?:in\s+|,\s*)?"
ASKS_TIME, _ = asking_of("time")
_BEFORE = r"\s*[)）]?\s*(?:[:：]|کے\s+مطابق|ke\s+mutabiq)?\s*(?:at\s+)?"


@dataclass(frozen=True)
class Zone:
    offset: int  # hours ahead of UTC
    names: re.Pattern[str]
    country: str  # the code of the country keeping it (places.yaml)
    said: tuple[str, ...]  # its names, as glossary.yaml lists them
    after: re.Pattern[str]  # its name just after a time ("17:00 (PKT)")
    before: re.Pattern[str]  # its name just before one ("北京时间20:00"), at the end of the text searched

    def name_for(self, question: str) -> str:
        """The zone's first name in the question's script: 北京时间 to a Chinese asker, "Beijing time" to others."""
        script = CJK if CJK.search(question) else ARABIC if ARABIC.search(question) else None
        return next((n for n in self.said if script is None or script.search(n)), self.said[0])


@cache
def zones() -> tuple[Zone, ...]:
    """Each zone of time_zones.yaml with the names of its glossary group."""
    clocks: dict[str, dict[str, Any]] = vocab_file("time_zones.yaml") or {}
    groups = {group["names"][0]: group["names"] for group in vocab_file("glossary.yaml") or []}
    out = []
    for first, clock in clocks.items():
        names = [*groups.get(first, [first]), *clock.get("also", [])]
        longest = sorted(names, key=len, reverse=True)
        said = [r"\s+".join(re.escape(w) for w in name.split()) for name in longest]
        words = "|".join(rf"(?<!\w){s}(?!\w)" if name.isascii() else s for s, name in zip(said, longest, strict=True))
        after = re.compile(rf"{_AFTER}(?:{words})", re.IGNORECASE)
        before = re.compile(rf"(?:{words}){_BEFORE}$", re.IGNORECASE)
        names_at = re.compile(words, re.IGNORECASE)
        out.append(Zone(int(clock["offset"]), names_at, str(clock["country"]), tuple(names), after, before))
    return tuple(out)


def _labelled(text: str, zone: Zone) -> list[ClockSpan]:
    """The clock times (or spans) `text` labels as the zone's: its name just after them or just before."""
    return [s for s in clock_spans(text) if zone.after.match(text, s.end) or zone.before.search(text, 0, s.start)]


def _said(span: ClockSpan, hours: int) -> tuple[str, int]:
    """The span's times `hours` later, and by how many days its start moved."""
    moved = [minute + hours * 60 for minute in span.minutes]
    return "–".join(f"{m % DAY_MINUTES // 60:02d}:{m % 60:02d}" for m in moved), moved[0] // DAY_MINUTES


@dataclass(frozen=True)
class WorkedTime:
    span: str  # "17:00–19:00"
    zone: str  # the zone as the question names it ("PKT", 北京时间): the answer echoes the asker's word
    days: int  # how many days the start moved (-1, 0, 1)


def converted(question: str, text: str) -> WorkedTime | None:
    """The first time `text` labels with one zone, said in the zone the question names (and no other); None when
    the text already gives a time in the zone asked, or the question names no zone or both."""
    named = [(zone, m.group(0)) for zone in zones() if (m := zone.names.search(question))]
    if not named and ASKS_TIME.search(question):
        # "What time is that for us in Pakistan?": the clock of the one country it names.
        countries = country_mentions(fold(question))
        named = [(zone, zone.name_for(question)) for zone in zones() if zone.country in countries]
    if len(named) != 1:
        return None
    asked, name = named[0]
    if _labelled(text, asked):
        return None
    for zone in zones():
        if zone is not asked and (spans := _labelled(text, zone)):
            span, days = _said(spans[0], asked.offset - zone.offset)
            return WorkedTime(span, name, days)
    return None
