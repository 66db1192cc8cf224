"""A time of day asked ("day 2 at 15:30") finds its agenda row, under the day asked."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.wiring import App
from knowledge.models import Inquiry
from knowledge.schedule import Slot, day_numbers, slot_fit, slots

AGENDA = """# Harbour Expo agenda

All times are local, 24-hour clock.

## Day 1 — Monday 4 May

| Time | Session | Room |
|---|---|---|
| 09:00 | Registration and badges | Lobby |
| 11:00 | Keynote: ports that talk to each other | Hall A |
| 15:30 | Workshop: customs data exchange | Room 2 |
| 19:00 | Harbour cruise reception | Pier 7 |

## Day 2 — Tuesday 5 May

| Time | Session | Room |
|---|---|---|
| 09:00 | Pitch round: fleet tracking | Hall A |
| 11:00 | Panel: cold-chain monitoring | Hall B |
| 15:30 | Pitch round: warehouse robotics | Room 3 |
| 17:00 | Buyer meetings | Meeting zone |

## Day 3 — Wednesday 6 May

| Time | Session | Room |
|---|---|---|
| 09:00 | Site visit to the container terminal | Terminal 4 |
| 14:00–16:00 | Closing plenary and awards | Hall A |
"""

OTHER = """# Exhibitor guide

Stands are 3 m x 3 m. Each exhibiting firm pays USD 1,200 for a stand and may bring two staff.
Pitch rounds give each vendor seven minutes on stage and five minutes for questions.
Buyer meetings are booked through the buyer portal before the expo opens.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("whats on day 2 at 15:30", [Slot(930, 2)]),
        ("day 1 ko shaam 7 baje kya hai?", [Slot(1140, 1)]),
        ("第二天下午3点半有什么活动？", [Slot(930, 2)]),
        ("what happens at 3:30 pm on the second day", [Slot(930, 2)]),
        ("دوسرے دن شام ۷ بجے کیا ہے؟", [Slot(1140, 2)]),
        ("doosre din subah 9:00 baje kya hai", [Slot(540, 2)]),
        ("what is at 11:00 on day 1 and day 2", [Slot(660, None)]),  # two days: no one day
        ("a call from 7pm to 10pm", [Slot(1140, None), Slot(1320, None)]),  # "pm" written onto the hour
        ("we have 3 points to raise and a team of 12", []),
        ("the fee is 15.30 dollars", []),
    ],
)
def test_a_question_names_a_time_of_day_and_the_day(question: str, expected: list[Slot]) -> None:
    assert slots(question) == expected


def test_a_row_answers_the_time_it_holds_or_spans_under_the_day_its_heading_names() -> None:
    day2 = "Day 2 — Tuesday 5 May"
    row = "Time: 15:30 | Session: Pitch round: warehouse robotics | Room: Room 3"
    assert slot_fit(row, day2, Slot(930, 2)) == 1.0
    assert slot_fit(row, "Day 1 — Monday 4 May", Slot(930, 2)) == 0.0  # the same time, another day
    assert slot_fit(row, "Agenda", Slot(930, 2)) == 0.5  # a one-day agenda names no day
    assert slot_fit(row, day2, Slot(960, 2)) == 0.0  # 16:00 is not a row that starts at 15:30
    assert slot_fit("Time: 14:00–16:00 | Closing plenary", "Day 3", Slot(900, 3)) == 1.0  # inside its span
    assert slot_fit("Time: 14:00–16:00 | Closing plenary", "Day 3", Slot(960, 3)) == 0.0  # its end is not in it
    # "pm" inside a word ("Equipment") puts no hour in the afternoon
    assert slot_fit("09:00 | Equipment check | Hall B", "Day 1", Slot(540, 1)) == 1.0
    assert day_numbers("第三天（5月6日）") == frozenset({3})
    assert day_numbers("within 30 days of the fair") == frozenset()


@pytest.mark.parametrize(
    ("question", "row"),
    [
        ("whats on day 2 at 15:30?", "warehouse robotics"),
        ("what is on day 1 at 15:30?", "customs data exchange"),
        ("day 1 ko shaam 7 baje kya hai?", "Harbour cruise reception"),
        ("What is on at 15:00 on day 3?", "Closing plenary"),
        ("what's happening on the second day at 3:30 pm?", "warehouse robotics"),
        ("博览会第二天下午3点半有什么安排？", "warehouse robotics"),
        ("博览会第一天晚上7点有什么活动？", "Harbour cruise reception"),
        ("expo ke doosre din subah 11 baje kya hai?", "cold-chain monitoring"),
        ("Harbour Expo کے پہلے دن صبح ۱۱ بجے کیا ہے؟", "ports that talk"),
        ("on the third day, what is at 9:00?", "container terminal"),
    ],
)
async def test_the_agenda_row_of_the_time_and_day_asked_opens_the_answer(
    make_app: object, tmp_path: Path, question: str, row: str
) -> None:
    """Every day's table holds rows at 09:00, 11:00 and 15:30 that read alike: the time and the day asked pick
    the row, and the answer opens with it."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "agenda.md").write_text(AGENDA, encoding="utf-8")
    (docs / "exhibitor-guide.md").write_text(OTHER, encoding="utf-8")
    app: App = make_app(knowledge={"sources": [str(docs)]})  # type: ignore[operator]
    assert not app.ingestor.ingest(app.settings.source_paths).failed
    answer = await app.engine.answer(Inquiry(text=question))
    assert not answer.abstained
    opening = answer.text.splitlines()[1]
    assert row in opening, answer.text
