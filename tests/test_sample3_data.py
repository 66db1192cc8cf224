"""The frozen third sample stays valid: every expected answer is in its source, every company set is exact."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_sample3_and_its_questions_validate() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "data" / "validate_sample3.py")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
