"""The step after the one a question names, in a numbered procedure of the documents.

"What comes next once the listing fee is paid?" ranks the passages about the fee first, for its words; the answer
is the item that follows "3. Pay the listing fee …" in the procedure that lists it. The words asking for the
next step are the grammar of our languages (vocab/asking.yaml, asks_next_step).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

import numpy as np

from knowledge.retrieval import Hit
from knowledge.text import chinese_number
from knowledge.vocabulary import ASKING

ASKS_NEXT_STEP = re.compile("|".join(ASKING["asks_next_step"]), re.IGNORECASE)
# "4. Pay …", "4) Pay …", "Step 4: Pay …", "4、缴费", "第4步", "第四步"
_STEP = re.compile(
    r"^\s*(?:step\s*|第\s*)?(\d{1,2}|[一二三四五六七八九十]{1,2})\s*(?:步\s*[:：、.]?|[.)、:：](?!\d))\s*\S", re.I
)


def step_number(unit: str) -> int | None:
    """The number a procedure's item opens with, or None."""
    m = _STEP.match(unit)
    if m is None:
        return None
    number = m.group(1)
    return int(number) if number.isdigit() else chinese_number(number)


def next_step(
    question: str, passages: Iterable[Hit], units: Callable[[Hit], tuple[list[str], np.ndarray]], query: np.ndarray
) -> tuple[Hit, str] | None:
    """The item after the one nearest the question in meaning, among the passages' numbered items that another
    numbered one follows (`units`: a passage's units and their vectors), where the question asks for the next step."""
    if not ASKS_NEXT_STEP.search(question):
        return None
    best: tuple[float, Hit, str] | None = None
    for hit in passages:
        texts, matrix = units(hit)
        if matrix.ndim != 2 or matrix.shape[0] != len(texts) or matrix.shape[1] != query.shape[0]:
            continue
        numbers = [step_number(t) for t in texts]
        for i in range(len(texts) - 1):
            if numbers[i] is not None and numbers[i + 1] == numbers[i] + 1:
                score = float(matrix[i] @ query)
                if best is None or score > best[0]:
                    best = (score, hit, texts[i + 1])
    return None if best is None else (best[1], best[2])
