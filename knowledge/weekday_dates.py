"""A date a document gives by a weekday of a month, worked out to the calendar date.

"Entries close on the third Tuesday of March 2031" (3月的第三个星期二, "har mahine ke pehle Monday") leaves
the asker to count the calendar: asked when, the answer says "Tuesday 18 March 2031". The weekdays, the ordinals,
the months and the words for every month are the grammar of our languages (vocab/schedule.yaml); the year is
the rule's own, else the one the question names, else the year the documents are written for.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from knowledge.language import CJK
from knowledge.schedule import GRAMMAR as CALENDAR
from knowledge.text import alternation, chinese_number, fold_digits
from knowledge.vocabulary import MONTH_NAMES, WEEKDAY_NAMES

_WEEKDAY_OF = {str(name).lower(): day for day, names in CALENDAR["weekdays"].items() for name in names}
_ORDINALS = {str(word).lower(): int(n) for word, n in CALENDAR["ordinals"].items()}
_WORDS = alternation([w for w in _ORDINALS if not CJK.match(w)])
_NUMERALS = "".join(w for w in _ORDINALS if CJK.match(w))
_LAST = [str(w) for w in CALENDAR["last_weekday"]]
# "the second Friday", "第二个星期五", "teesre Saturday", "آخری جمعہ": an ordinal (or the word for the last), a weekday.
# A Chinese numeral is an ordinal only as 第二, 第二个 or 二个: "一周一次" (once a week) holds no Monday.
_RULE = re.compile(
    rf"(?:(?<![A-Za-z])(?P<ordinal>{_WORDS})\s+|第\s*(?P<numeral>[{_NUMERALS}])\s*(?:个\s*)?|(?P<counted>[{_NUMERALS}])\s*个\s*"
    rf"|(?<![A-Za-z])(?P<last>{alternation(_LAST)})\s*)(?P<weekday>{WEEKDAY_NAMES})(?![A-Za-z])",
    re.IGNORECASE,
)
_MONTH_NUMBER = {str(name).lower(): int(n) for n, names in CALENDAR["months"].items() for name in names}
# A month named by its name ("May", "مئی") or as Chinese writes it (5月, 八月), with the year when one stands by it.
_MONTH = re.compile(
    rf"(?:(?P<year_before>\d{{4}})\s*年\s*)?(?:(?P<number>\d{{1,2}}|十[一二]?|[一二三四五六七八九])\s*月"
    rf"|(?<!\w)(?P<name>{MONTH_NAMES})(?!\w))"
    rf"(?:,?\s*(?P<year>\d{{4}})(?!\d))?",
    re.IGNORECASE,
)
_EVERY_MONTH = re.compile("|".join(CALENDAR["every_month"]), re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
_CLAUSE = re.compile(r"[^.;。；؛۔\n]+")


def _months(text: str) -> list[tuple[int, int | None]]:
    """The months a text names, each with the year written beside it (None where none is)."""
    out = []
    for m in _MONTH.finditer(text):
        number = m.group("number")
        if number is None:
            month = _MONTH_NUMBER[m.group("name").lower()]
        else:
            month = int(number) if number.isdigit() else chinese_number(number)
        year = m.group("year_before") or m.group("year")
        if 1 <= month <= 12:
            out.append((month, int(year) if year else None))
    return out


def weekday_of_month(year: int, month: int, weekday: int, ordinal: int | None) -> date | None:
    """The ordinal-th (None: the last) weekday (0 Monday) of the month, or None where the month has no such day."""
    days = [d for d in calendar.Calendar().itermonthdates(year, month) if d.month == month and d.weekday() == weekday]
    if ordinal is None:
        return days[-1]
    return days[ordinal - 1] if 1 <= ordinal <= len(days) else None


def worked_date(question: str, text: str, this_year: int | None) -> tuple[date, str] | None:
    """The calendar date of the first weekday rule in `text` whose month is known, with the rule as written: its
    month is the one written in its clause, or, for a rule of every month (or of several: "June to August"), the
    one month the question names, within those the clause names."""
    question, text = fold_digits(question), fold_digits(text)
    asked = _months(question)
    for clause in _CLAUSE.finditer(text):
        for rule in _RULE.finditer(clause.group(0)):
            named = _months(clause.group(0))
            if len(named) == 1 and not _EVERY_MONTH.search(clause.group(0)):
                month, year = named[0]
            elif len({m for m, _ in asked}) == 1 and (not named or min(named)[0] <= asked[0][0] <= max(named)[0]):
                month, year = asked[0][0], asked[0][1] or next((y for m, y in named if m == asked[0][0] and y), None)
            else:
                continue
            year = year or next((int(y) for y in _YEAR.findall(clause.group(0))), None) or this_year
            if year is None:
                continue
            said = rule.group("ordinal") or rule.group("numeral") or rule.group("counted")
            ordinal = None if said is None else _ORDINALS[said.lower()]
            found = weekday_of_month(year, month, _WEEKDAY_OF[rule.group("weekday").lower()], ordinal)
            if found is not None:
                return found, rule.group(0)
    return None


def said_date(day: date, lang: str) -> str:
    """The date as the asker's language writes it: "Tuesday 18 March 2031", 2031年3月18日（星期二）."""
    names = CALENDAR["weekdays"][day.weekday()]
    if lang == "zh":
        return f"{day.year}年{day.month}月{day.day}日（{names[1]}）"
    return f"{names[0]} {day.day} {calendar.month_name[day.month]} {day.year}"
