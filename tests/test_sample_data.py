"""The frozen samples stay valid: every expected answer is in its source, every company set is exact."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.mark.parametrize("validator", ["validate_sample3.py", "validate_sample4.py"])
def test_the_sample_and_its_questions_validate(validator: str) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "data" / validator)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
