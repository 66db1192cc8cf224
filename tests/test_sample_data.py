"""The frozen samples stay valid: every expected answer is in its source, every company set is exact."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT

VALIDATORS = sorted(path.name for path in (ROOT / "tests" / "data").glob("validate_sample*.py"))


def test_the_validators_are_found() -> None:
    assert len(VALIDATORS) >= 7, VALIDATORS


@pytest.mark.parametrize("validator", VALIDATORS)
def test_the_sample_and_its_questions_validate(validator: str) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "data" / validator)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
