"""The checks that decline a question its passages do not answer, on passages written here."""

from __future__ import annotations

from knowledge.chunking import Chunk
from knowledge.grounding import abstain_reason


def _passage(text: str, n: int = 0) -> Chunk:
    return Chunk(f"c{n}", "guide.md", "/kb/guide.md", "Guide", f"Part {n}", text, "en", n, "text")


def test_a_year_named_only_in_a_lesser_passage_does_not_answer_for_it() -> None:
    best = _passage("A refundable deposit of USD 700 is returned within 30 days of the first contract.")
    aside = _passage("Graduates of 2027 may apply for the fellowship.", 1)
    reason = abstain_reason("How many contracts were signed in 2027?", [best, aside])
    assert reason is not None and "2027" in reason


def test_a_year_in_the_best_passage_answers() -> None:
    best = _passage("In 2027 the programme signed 42 contracts.")
    assert abstain_reason("How many contracts were signed in 2027?", [best, _passage("Other text.", 1)]) is None


def test_a_year_no_passage_names_declines() -> None:
    reason = abstain_reason("What happened in 2019?", [_passage("In 2027 the programme signed 42 contracts.")])
    assert reason is not None and "2019" in reason
