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


def _names_of(key: str) -> str:
    """An alternation of the names of vocab/schedule.yaml's `key` (months, weekdays), longest first."""
    names = (str(name) for group in vocab_file("schedule.yaml")[key].values() for name in group)
    return "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))


# The months' and weekdays' names in our languages (vocab/schedule.yaml): a pattern of another data file names them
# `{month}` and `{weekday}`, so that one list serves every reader of dates.
MONTH_NAMES = _names_of("months")
WEEKDAY_NAMES = _names_of("weekdays")


def with_calendar(pattern: str) -> str:
    """A data file's pattern with `{month}` standing for any month's name and `{weekday}` for any weekday's."""
    return pattern.replace("{month}", f"(?:{MONTH_NAMES})").replace("{weekday}", f"(?:{WEEKDAY_NAMES})")


# How people ask (company words, list requests, programme questions …), per language.
ASKING: dict[str, list[str]] = {
    key: [with_calendar(p) for p in patterns] for key, patterns in vocab_file("asking.yaml").items()
}
