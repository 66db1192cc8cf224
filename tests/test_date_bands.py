"""Shares a schedule of dates gives on the asker's date (knowledge/date_bands.py)."""

from __future__ import annotations

import pytest

from knowledge.date_bands import share_on, worked_refund

ENGLISH = """- A selected firm that withdraws by written notice gets back 75% of the participation fee it has paid if it
  withdraws on or before 31 July 2081, and 35% if it withdraws from 1 August to 15 September 2081.
- A firm that withdraws after 15 September 2081 gets nothing back.
- If the organisers cancel the expo, every participation fee paid is refunded in full."""
CHINESE = "2079年6月30日及以前退出，退还90%；7月1日至8月31日退出，退还40%；8月31日以后退出，不予退款。"
URDU = "۳۱ جولائی ۲۰۸۱ تک نام واپس لینے پر ۷۵٪ فیس واپس ہوگی؛ ۱ اگست سے ۱۵ ستمبر تک ۳۵٪"
DAYS = """The refund depends on the days between the written notice and the opening day (Tuesday 11 October 2089):
| Written notice received | Refund |
| More than 30 days before the opening day | 100 % |
| 15 to 30 days before the opening day | 50 % |
| Fewer than 15 days before the opening day | no refund |"""


@pytest.mark.parametrize(
    ("question", "schedule", "share"),
    [
        ("if we withdraw on 1 june how much do we get back?", ENGLISH, 75.0),
        ("withdraw on 31 July, refund?", ENGLISH, 75.0),  # "on or before" holds the day itself
        ("withdraw on 20 August, refund?", ENGLISH, 35.0),
        ("withdraw 20 september refund kitna", ENGLISH, 0.0),
        ("7月15日退出能退多少？", CHINESE, 40.0),
        ("9月2日退出能退多少？", CHINESE, 0.0),
        ("۱۰ اگست کو نام واپس لیں تو کتنی فیس واپس ملے گی؟", URDU, 35.0),
        # Days counted back from the one other dated day: 21 days, then 39.
        ("our letter reaches them on 20 september, how much comes back?", DAYS, 50.0),
        ("we cancel on 2 September, refund?", DAYS, 100.0),
    ],
)
def test_the_band_holding_the_asked_date_gives_the_share(question: str, schedule: str, share: float) -> None:
    assert share_on(question, schedule) == share


def test_a_date_with_a_share_but_no_bound_beside_it_is_no_band() -> None:
    """A worked example's date ("cancels on 8 August (75 days before 22 October) receives 60%") bounds nothing:
    "before" is the days', not the date's."""
    example = "Worked example: a firm that cancels a booth on 8 August 2053 (75 days before 22 October) receives 60%."
    assert share_on("we cancel on 1 August, how much back?", example) is None


def test_the_refund_is_worked_out_of_the_askers_fee_or_given_as_a_share() -> None:
    rows = ["Full-time employees: 61 - 250 | Fee (PKR): 98,000 | Delegates: 2"]
    by_band = worked_refund("we are 120 staff, if we withdraw on 10 august how much do we get back?", [ENGLISH], rows)
    assert by_band is not None and by_band[1].sum == "35% × PKR 98,000 = PKR 34,300"
    given = worked_refund("we paid PKR 140,000; withdrawing on 1 June, how much back?", ["", ENGLISH], [])
    assert given is not None and given[0] == 1 and given[1].sum == "75% × PKR 140,000 = PKR 105,000"
    unknown = worked_refund("if we withdraw on 1 june how much do we get back?", [ENGLISH], [])
    assert unknown is not None and unknown[1].sum == "75%"
    # Not a refund asked, or no one date: nothing worked out.
    assert worked_refund("when is the expo on 1 june?", [ENGLISH], rows) is None
    assert worked_refund("how much do we get back?", [ENGLISH], rows) is None
