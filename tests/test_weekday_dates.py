"""A date given by a weekday of a month, worked out to the calendar date (knowledge/weekday_dates.py)."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.weekday_dates import said_date, weekday_of_month, worked_date


def test_the_nth_and_the_last_weekday_of_a_month() -> None:
    assert weekday_of_month(2026, 12, 4, 2) == date(2026, 12, 11)  # the second Friday of December 2026
    assert weekday_of_month(2026, 12, 0, None) == date(2026, 12, 28)  # its last Monday
    assert weekday_of_month(2026, 2, 0, 5) is None  # February 2026 has four Mondays


@pytest.mark.parametrize(
    ("question", "text", "this_year", "day"),
    [
        # the rule's own month and year
        ("when do applications close?", "Applications close at 17:00 on the second Friday of May 2026.", None,
         date(2026, 5, 8)),
        # the year the documents are written for, where the rule gives none
        ("deadline kab hai?", "Sprint applications close on the last Monday of August.", 2026, date(2026, 8, 31)),
        # a rule of every month: the month the question names, within those the clause names
        ("7月份的说明会是几号？", "2026年6月至8月，秘书处在每月最后一个星期三举行线上说明会。", None,
         date(2026, 7, 29)),
        ("mock pitch 八月份是哪天？", "June, July aur August mein har mahine ke teesre Saturday ko pitch hoga.", 2026,
         date(2026, 8, 15)),
    ],
)  # fmt: skip
def test_a_weekday_rule_is_worked_out_to_its_date(question: str, text: str, this_year: int | None, day: date) -> None:
    found = worked_date(question, text, this_year)
    assert found is not None and found[0] == day


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # no month: the rule's clause names none and neither does the question
        ("when is the meeting?", "Meetings are on the second Friday. The hall is booked for May."),
        # a month outside those the rule's clause names
        ("十二月的说明会是几号？", "2026年6月至8月，秘书处在每月最后一个星期三举行线上说明会。"),
        # a Chinese numeral without 第 or 个 is no ordinal: "一周一次" is once a week, not a Monday
        ("5月的例会是哪天？", "5月每一周一次例会。"),
        # every month, and the question names no month
        ("when is the clinic?", "The clinic runs on the first Tuesday of every month in 2026."),
    ],
)
def test_a_rule_whose_month_is_not_known_is_not_worked_out(question: str, text: str) -> None:
    assert worked_date(question, text, 2026) is None


def test_the_date_is_said_in_the_askers_language() -> None:
    assert said_date(date(2026, 5, 8), "en") == "Friday 8 May 2026"
    assert said_date(date(2026, 5, 8), "zh") == "2026年5月8日（星期五）"
