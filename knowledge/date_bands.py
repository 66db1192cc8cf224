"""The share a schedule of dates gives on the asker's date, and what it comes to.

"We paid the 95k fee; if we withdraw on 1 June how much do we get back?" is answered by a schedule such as "75%
is returned if you withdraw on or before 31 July, and 35% from 1 August to 15 September; after 15 September
nothing": the band of dates holding 1 June gives the share, and the asker's fee (the amount they give, or the fee
row of their band: ranges.asker_fee) what it comes to. Dates, the words that bound a band and the words for a
whole share or none are the grammar of our languages (vocab/schedule.yaml, vocab/amounts.yaml).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from datetime import date
from typing import NamedTuple

from knowledge.chunking import CELL_SEPARATOR
from knowledge.ranges import GRAMMAR as AMOUNTS
from knowledge.ranges import Amount, WorkedShare, asker_fee, band_fit
from knowledge.schedule import GRAMMAR as CALENDAR
from knowledge.text import fold_digits
from knowledge.vocabulary import ASKING, MONTH_NAMES


def _words(grammar: dict[str, list[str]], key: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in grammar[key]), re.IGNORECASE)


_MONTHS = {str(name).lower(): int(n) for n, names in CALENDAR["months"].items() for name in names}
_DATES = (
    # 31 July 2081, 1st June, ۳۱ جولائی ۲۰۸۱
    re.compile(
        rf"(?<!\d)(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*(?P<month>{MONTH_NAMES})\b\.?,?(?:\s*(?P<year>\d{{4}}))?", re.I
    ),
    # July 31, 2081
    re.compile(
        rf"\b(?P<month>{MONTH_NAMES})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b,?(?:\s*(?P<year>\d{{4}}))?", re.I
    ),
    # 2081年7月31日, 7月31号
    re.compile(r"(?:(?P<year>\d{4})\s*年\s*)?(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号]"),
)
# Two dates are a band's first and last only when joined as one ("1 August to 15 September", 7月1日至8月31日).
_JOINED = re.compile(rf"\s*(?:{'|'.join([*CALENDAR['span'], *CALENDAR['date_span']])})\s*", re.IGNORECASE)
_NEAR = 20  # characters around a date in which a word bounds it
_UNTIL = _words(CALENDAR, "until_date")
_BEFORE = _words(CALENDAR, "before_date")
_FROM = _words(CALENDAR, "from_date")
_AFTER = _words(CALENDAR, "after_date")
_PERCENT = re.compile(rf"(?<![\d.])(\d{{1,3}}(?:\.\d+)?)\s*(?:{'|'.join(AMOUNTS['percent'])})", re.IGNORECASE)
_WHOLE = _words(AMOUNTS, "share_whole")
_NOTHING = _words(AMOUNTS, "share_nothing")
_LESS = _words(AMOUNTS, "share_less")
REFUND = re.compile("|".join(ASKING["refund_words"]), re.IGNORECASE)
# One band a clause: a table row, a list item, a sentence, or a clause of one joined by "and" ("75% … on or before
# 31 July, and 35% … from 1 August"). A line that only wraps a sentence joins the next.
_CLAUSES = re.compile(r"\n|[;；。؛۔]|(?<!\d)\.\s|,\s+and\s+")
_ITEM = re.compile(r"\s*(?:[-*•·]|\(?[a-z0-9]{1,4}[.)])\s")


class _Date(NamedTuple):
    start: int
    end: int
    year: int | None
    month: int
    day: int


def undated(text: str) -> str:
    """The text with its calendar dates blanked out (same length), so that their numbers are read as nothing else."""
    for found in _dates(text):
        text = text[: found.start] + " " * (found.end - found.start) + text[found.end :]
    return text


def _dates(text: str) -> list[_Date]:
    """The calendar dates a text writes, in order, with their places in it (its digits read as ASCII)."""
    found: list[_Date] = []
    for pattern in _DATES:
        for m in pattern.finditer(text):
            if any(d.start < m.end() and m.start() < d.end for d in found):
                continue
            month = m["month"]
            number = int(month) if month.isdigit() else _MONTHS[month.lower()]
            if 1 <= number <= 12 and 1 <= int(m["day"]) <= 31:
                found.append(_Date(m.start(), m.end(), int(m["year"]) if m["year"] else None, number, int(m["day"])))
    return sorted(found)


class _Band(NamedTuple):
    first: date | None  # None: open
    last: date | None
    share: float  # percent


def _share(clause: str) -> float | None:
    """The one share a clause gives: a percentage, or all or nothing in words; None for several, or a share less a
    charge."""
    if _LESS.search(clause):
        return None
    shares = {float(p) for p in _PERCENT.findall(clause)}
    shares |= {100.0} if _WHOLE.search(clause) else set()
    shares |= {0.0} if _NOTHING.search(clause) else set()
    return shares.pop() if len(shares) == 1 else None


def _day(found: _Date, year: int | None) -> date | None:
    try:
        return date(found.year or year, found.month, found.day) if (found.year or year) else None
    except ValueError:
        return None


def _bands(text: str) -> list[_Band]:
    """The bands of dates a schedule's clauses give, each with its share; a year left out is the schedule's."""
    text = fold_digits(text)
    years = Counter(d.year for d in _dates(text) if d.year)
    year = years.most_common(1)[0][0] if years else None
    bands = []
    for clause in _clauses(text):
        found = _dates(clause)
        share = _share(clause)
        if share is None or not found or len(found) > 2:
            continue
        clause_year = next((d.year for d in reversed(found) if d.year), year)
        days = [_day(d, clause_year) for d in found]
        if None in days:
            continue
        if len(days) == 2:
            if _JOINED.fullmatch(clause[found[0].end : found[1].start]):
                bands.append(_Band(days[0], days[1], share))
        elif (band := _bounded(clause, found[0], days[0], share)) is not None:
            bands.append(band)
    return bands


def _clauses(text: str) -> list[str]:
    """The text's clauses: its lines joined where a line only wraps a sentence, then split (_CLAUSES)."""
    lines = text.splitlines()
    joined = "".join(
        f"\n{line}"
        if n == 0 or CELL_SEPARATOR in line or CELL_SEPARATOR in lines[n - 1] or _ITEM.match(line)
        else f" {line}"
        for n, line in enumerate(lines)
    )
    return _CLAUSES.split(joined)


def _bounded(clause: str, found: _Date, day: date | None, share: float) -> _Band | None:
    """The band one date bounds by the word next to it: "on or before 31 July", "7月24日及以前", "after 15 September",
    "۱ اگست سے". A bound word farther off is another's ("75 days before opening" beside "on 8 August")."""
    if day is None:
        return None
    before, after = clause[max(0, found.start - _NEAR) : found.start], clause[found.end : found.end + _NEAR]
    for words, band in (
        (_UNTIL, _Band(None, day, share)),
        (_BEFORE, _Band(None, date.fromordinal(day.toordinal() - 1), share)),
        (_AFTER, _Band(date.fromordinal(day.toordinal() + 1), None, share)),
        (_FROM, _Band(day, None, share)),
    ):
        if re.search(rf"(?:{words.pattern})\W{{0,3}}$", before, re.I) or re.match(
            rf"\W{{0,3}}(?:{words.pattern})", after, re.I
        ):
            return band
    return None


def share_on(question: str, schedule: str) -> float | None:
    """The share the schedule gives on the one date the question names, by its bands of dates or else by its bands
    of days before the one date it names otherwise (an event's: "15 to 30 days before the opening day (11 October
    2089)"); None unless exactly one share holds it."""
    asked = _dates(fold_digits(question))
    if len(asked) != 1:
        return None
    if bands := _bands(schedule):
        years = Counter(b.year for b in (band.first or band.last for band in bands) if b)
        on = _day(asked[0], asked[0].year or years.most_common(1)[0][0])
        shares = {b.share for b in bands if on and (b.first or on) <= on <= (b.last or on)}
        if len(shares) == 1:
            return shares.pop()
    return _share_days_before(asked[0], schedule)


def _share_days_before(asked: _Date, schedule: str) -> float | None:
    """The share of the clause whose band of days holds the days from the asked date to the schedule's one other
    dated day; a band closed at both ends before an open one ("more than 30 days")."""
    clauses = [(c, _share(c)) for c in _clauses(fold_digits(schedule))]
    banded = [(c, share) for c, share in clauses if share is not None and not _dates(c)]
    events = {day for c, share in clauses if share is None for d in _dates(c) if d.year and (day := _day(d, None))}
    if not banded or len(events) != 1:
        return None
    (event,) = events
    on = _day(asked, asked.year or event.year)
    if on is None or on > event:
        return None
    days = [Amount(float((event - on).days), 1.0)]
    fits = [(band_fit(c, days), share) for c, share in banded]
    best = max(fit for fit, _ in fits)
    shares = {share for fit, share in fits if fit == best}
    return shares.pop() if best > 0 and len(shares) == 1 else None


def worked_refund(question: str, schedules: Sequence[str], rows: Sequence[str]) -> tuple[int, WorkedShare] | None:
    """The refund a question asks on its date, from the first schedule (by its index in `schedules`) that gives a
    share for that date: "50% × PKR 98,000 = PKR 49,000", or the share alone where the asker's fee is not known
    (ranges.asker_fee over `rows`, the rows the answer shows)."""
    if not REFUND.search(question) or len(_dates(fold_digits(question))) != 1:
        return None
    for n, schedule in enumerate(schedules):
        if not REFUND.search(schedule) or (share := share_on(question, schedule)) is None:
            continue
        percent = f"{share:g}%"
        if (fee := asker_fee(question, rows)) is None:
            return n, WorkedShare(percent, percent, None)
        base, code = fee
        return n, WorkedShare(percent, f"{percent} × {code}{base:,.0f} = {code}{base * share / 100:,.0f}", None)
    return None
