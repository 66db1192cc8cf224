"""Roman Urdu read word by word as rough English, for the embedding model.

multilingual-e5 was trained on little Roman Urdu: "kitne din mein jawab milta hai" reads to it like
another language's chatter, so such a question scored like an off-topic one and found its passage late.
It is embedded with a word-by-word gloss beside it ("… (how many days in reply get)") from a reviewed data
file (vocab/roman_urdu_gloss.yaml), in one text: one model call per question, as before. Embedding the
two apart and taking their mean answered four more key facts on the eight sets but declined two fewer
near misses and four fewer out-of-domain questions, for a second call (docs/quality.md, twenty-second pass).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml

from knowledge.language import roman_urdu_score

GLOSS_FILE = Path(__file__).parent / "vocab" / "roman_urdu_gloss.yaml"


@lru_cache(maxsize=1)
def _gloss() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern over every phrase and word, longest first (a phrase before its words), and their glosses."""
    data = yaml.safe_load(GLOSS_FILE.read_text(encoding="utf-8"))
    table = {str(k).lower(): str(v or "") for k, v in (data.get("words") or {}).items()}
    table.update({" ".join(str(k).lower().split()): str(v or "") for k, v in (data.get("phrases") or {}).items()})
    keys = sorted(table, key=len, reverse=True)
    spaced = (r"\s+".join(map(re.escape, k.split())) for k in keys)
    return re.compile(r"(?<![\w'])(" + "|".join(spaced) + r")(?![\w'])", re.IGNORECASE), table


def gloss_roman_urdu(text: str) -> str | None:
    """The text with its Roman Urdu words in English, or None when it has no Roman Urdu to gloss."""
    if roman_urdu_score(text) < 2:
        return None
    pattern, table = _gloss()
    glossed = pattern.sub(lambda m: table[" ".join(m.group(1).lower().split())], text)
    glossed = " ".join(glossed.split())
    return glossed if glossed and glossed != " ".join(text.split()) else None


def as_read(text: str) -> str:
    """What the model embeds for a question: a Roman Urdu one with its gloss beside it, in one text."""
    glossed = gloss_roman_urdu(text)
    return f"{text} ({glossed})" if glossed else text


def questions_embedded(texts: list[str], embed: Callable[[list[str]], list[list[float]]]) -> np.ndarray:
    """Texts embedded as a question is (`as_read`): the calibration probes and the knowledge base's topics are
    read against questions, so they are embedded the same way."""
    return np.asarray(embed([as_read(t) for t in texts]), dtype=np.float32)
