"""The evaluation's scores for one answer, as `dosti eval` and the quality bars compute them."""

from __future__ import annotations

import pytest

from knowledge.evaluation import score_item


def _directory_item(expected: list[str]) -> dict[str, object]:
    return {
        "id": "d1",
        "kind": "directory",
        "question": "any company in Quetta with ISO 27001?",
        "expected_companies": expected,
    }


@pytest.mark.parametrize(
    ("expected", "listed", "precision", "recall"),
    [
        ([], [], 1.0, 1.0),  # no company meets the request and none is listed: right
        ([], ["PK-001"], 0.0, 1.0),
        (["PK-001"], [], 0.0, 0.0),
        (["PK-001", "PK-002"], ["PK-001", "PK-003"], 0.5, 0.5),
    ],
)
def test_company_precision_and_recall(expected: list[str], listed: list[str], precision: float, recall: float) -> None:
    result = {"answer": "", "abstained": False, "companies": [{"id": i} for i in listed]}
    scores = score_item(_directory_item(expected), result)
    assert (scores["precision"], scores["company_recall"]) == (precision, recall)
