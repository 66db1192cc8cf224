"""The reviewed data files of field vocabulary (`knowledge/vocab/`), read in one place.

Several modules read the same file (asking.yaml is read by the directory reader, grounding, ranges and the
lead): loading it here, once, keeps them on one copy and keeps the low-level modules (ranges) free of an
import of the directory reader just to reach a word list.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

import yaml

VOCAB_DIR = Path(__file__).parent / "vocab"


@cache
def vocab_file(name: str) -> Any:
    """One data file of vocab/, parsed (None when it is absent). Shared: callers must not change it."""
    path = VOCAB_DIR / name
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path.exists() else None


# The months' names as English, Urdu and Roman Urdu write them (vocab/schedule.yaml), longest first: a pattern of
# another data file names them `{month}` so that one list of months serves every reader of dates.
MONTH_NAMES = "|".join(
    re.escape(str(name))
    for name in sorted(
        (name for names in vocab_file("schedule.yaml")["months"].values() for name in names),
        key=lambda name: len(str(name)),
        reverse=True,
    )
)


def with_months(pattern: str) -> str:
    """A data file's pattern with `{month}` standing for any month's name."""
    return pattern.replace("{month}", f"(?:{MONTH_NAMES})")


# How people ask (company words, list requests, programme questions …), per language.
ASKING: dict[str, list[str]] = {
    key: [with_months(p) for p in patterns] for key, patterns in vocab_file("asking.yaml").items()
}
