"""Roman Urdu read word by word as rough English, for the embedding model.

multilingual-e5 was trained on little Roman Urdu: "kitne din mein jawab milta hai" reads to it like
another language's chatter, so such a question scores like an off-topic one and finds its passage late.
Glossed word by word ("how many days in reply get") from a reviewed data file
(vocab/roman_urdu_gloss.yaml), it reads closer to the documents' English and Urdu.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml

from knowledge.language import roman_urdu_score

GLOSS_FILE = Path(__file__).parent / "vocab" / "roman_urdu_gloss.yaml"


@lru_cache(maxsize=1)
def _gloss() -> tuple[re.Pattern[str], dict[str, str]]:
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


def with_gloss(vector: Sequence[float], glossed: Sequence[float]) -> list[float]:
    """A Roman Urdu text's vector moved halfway to its gloss's: the gloss alone loses what the model does read
    of Roman Urdu, and a weight of 0.7 instead of 1 was measured and did worse (docs/quality.md)."""
    mixed = np.asarray(vector, dtype=np.float32) + np.asarray(glossed, dtype=np.float32)
    return (mixed / np.linalg.norm(mixed)).tolist()


def questions_embedded(texts: list[str], embed: Callable[[list[str]], list[list[float]]]) -> np.ndarray:
    """Texts embedded as a question is: a Roman Urdu one with its gloss (calibration probes and topics are
    read against questions, so they are embedded the same way)."""
    glosses = {i: g for i, t in enumerate(texts) if (g := gloss_roman_urdu(t))}
    vectors = embed([*texts, *glosses.values()])
    out = [vectors[i] for i in range(len(texts))]
    for n, i in enumerate(glosses):
        out[i] = with_gloss(out[i], vectors[len(texts) + n])
    return np.asarray(out, dtype=np.float32).reshape(len(texts), -1)
