"""A numbered procedure's items, and the words that ask for the step after one."""

from __future__ import annotations

import pytest

from knowledge.steps import ASKS_NEXT_STEP, step_number


@pytest.mark.parametrize(
    ("unit", "number"),
    [
        ("4. Pay the listing fee on the invoice.", 4),
        ("5) Schedule the onboarding call.", 5),
        ("Step 3: upload the trade licence.", 3),
        ("第四步：缴纳会费。", 4),
        ("第12步 上传材料", 12),
        ("2、提交申请表", 2),
        ("10:00 Opening session", None),  # a clock time opens no step
        ("4.5 million rupees are set aside.", None),  # nor does a decimal
        ("2091. The year the roster opens.", None),
    ],
)
def test_a_procedures_item_is_read_by_the_number_it_opens_with(unit: str, number: int | None) -> None:
    assert step_number(unit) == number


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("what's the next step after paying the listing fee?", True),
        ("what do we do next once the licence is uploaded?", True),
        ("缴费之后要做什么？", True),
        ("下一步是什么？", True),
        ("licence upload ke baad kya karna hai?", True),
        ("fee jama karwane ke baad agla step kya hai", True),
        ("فیس جمع کرانے کے بعد اگلا قدم کیا ہے؟", True),
        # What follows from a date or an event is no step of a procedure.
        ("registration cancel ki to 5 March ke baad kya hoga?", False),
        ("what happens after the deadline?", False),
        ("how much is the listing fee?", False),
    ],
)
def test_the_words_that_ask_for_the_next_step(question: str, asks: bool) -> None:
    assert bool(ASKS_NEXT_STEP.search(question)) is asks
