"""Clock times said in the other country's time zone (knowledge/zones.py)."""

from __future__ import annotations

import pytest

from knowledge.zones import WorkedTime, converted


@pytest.mark.parametrize(
    ("question", "text", "worked"),
    [
        ("what time is it in PKT?", "Webinar | 10:00–12:00 (Beijing time)", WorkedTime("07:00–09:00", "PKT", 0)),
        ("北京时间几点？", "申请截止 | 3月16日 17:00（巴基斯坦时间）", WorkedTime("20:00", "北京时间", 0)),
        (
            "kitne baje? pakistani waqt batayen",
            "Beijing time 01:30 am start",
            WorkedTime("22:30", "pakistani waqt", -1),
        ),
        ("پاکستانی وقت کے مطابق کتنے بجے؟", "بیجنگ وقت کے مطابق 15:00 بجے", WorkedTime("12:00", "پاکستانی وقت", 0)),
        ("closing time in China time?", "closes 11 pm PKT", WorkedTime("02:00", "China time", 1)),
        # A zone asked by its country, said in the question's script; a column that names the zone.
        (
            "what time is that for us in pakistan?",
            "Time (Beijing time): 15:30–17:00",
            WorkedTime("12:30–14:00", "Pakistan Standard Time", 0),
        ),
        ("巴基斯坦那边是几点？", "15:30 Beijing time", WorkedTime("12:30", "巴基斯坦时间", 0)),
    ],
)
def test_a_time_labelled_with_one_zone_is_said_in_the_zone_asked(question: str, text: str, worked: WorkedTime) -> None:
    assert converted(question, text) == worked


@pytest.mark.parametrize(
    ("question", "text"),
    [
        # The text gives the zone asked already.
        ("北京时间几点？", "17:00（巴基斯坦时间），即北京时间20:00"),
        # The question names both zones, or none: nothing is worked out.
        ("Beijing time or PKT?", "10:00 PKT"),
        ("what time does it start?", "10:00 Beijing time"),
        # A country named, but no time asked: "we are in Pakistan" says where the asker is.
        ("we are a Lahore firm in Pakistan; when is the webinar?", "15:30 Beijing time"),
        # A time with no zone beside it is nobody's: "Beijing" here is a place, not a clock.
        ("what time in PKT?", "Desk in Beijing, open 09:00–17:00"),
    ],
)
def test_nothing_is_worked_out_without_one_zone_asked_and_another_stated(question: str, text: str) -> None:
    assert converted(question, text) is None
