"""Curated answers: question/answer pairs staff write, preferred over retrieval for their question.

Which questions count as "the same question" is the hard part. On multilingual-e5-small, embedding
similarity does not separate a paraphrase from a neighbour: "Is there parking at the Karachi desk?"
scores 0.967 against a curated "Is there parking at the Lahore desk?", higher than true paraphrases
in Chinese or Urdu (0.80–0.94; measured in docs/retrieval.md). A curated answer to the wrong question
is worse than the ordinary answer, so without an LLM the match is lexical and exact-minded:

- the same content words as the curated question or one of its phrasings, in any order, with
  function words, punctuation, case and plural endings ignored (jieba words for Chinese); or
- every content word of a phrasing of three or more, plus one more word that is not a number
  ("…at the Lahore desk for visitors?").

Staff reach other languages by listing phrasings (one per line, any language). With an LLM
configured, the nearest curated questions by embedding are also put to it as a yes/no "same
question?" judgement, which reaches paraphrases no phrasing lists.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from knowledge.language import ROMAN_URDU_WORDS
from knowledge.text import tokenize

STAFF_SOURCE = "programme staff"  # how a curated answer is cited
MIN_WORDS_FOR_EXTRA = 3
JUDGE_FLOOR = 0.80  # cosine below which no curated question is worth asking an LLM about
JUDGE_CANDIDATES = 2


@dataclass(frozen=True)
class CuratedAnswer:
    question: str
    answer: str
    phrasings: tuple[str, ...] = ()
    author: str = ""
    id: int = 0
    updated_at: float = 0.0

    @property
    def variants(self) -> tuple[str, ...]:
        return (self.question, *self.phrasings)


def question_key(text: str) -> frozenset[str]:
    """The content words of a question: what two phrasings of one question share."""
    return frozenset(t for t in tokenize(text) if t not in ROMAN_URDU_WORDS)


def parse_phrasings(text: str) -> tuple[str, ...]:
    """One phrasing per line; blank lines and repeats dropped."""
    seen: dict[str, None] = {}
    for line in text.splitlines():
        line = line.strip()
        if line:
            seen.setdefault(line, None)
    return tuple(seen)


@dataclass
class CuratedMatcher:
    """The curated answers of one knowledge-base generation, ready to match questions."""

    entries: list[CuratedAnswer]
    keys: list[list[frozenset[str]]] = field(init=False)
    _vectors: np.ndarray | None = field(default=None, init=False)
    _owners: list[int] = field(default_factory=list, init=False)

    def __post_init__(self) -> None:
        self.keys = [[k for k in map(question_key, e.variants) if k] for e in self.entries]

    def lexical(self, question: str) -> CuratedAnswer | None:
        asked = question_key(question)
        if not asked:
            return None
        for entry, keys in zip(self.entries, self.keys, strict=True):  # newest first
            if asked in keys:
                return entry
        near = [
            (len(key), entry)
            for entry, keys in zip(self.entries, self.keys, strict=True)
            for key in keys
            if len(key) >= MIN_WORDS_FOR_EXTRA and key < asked and len(asked - key) == 1 and not _numeric(asked - key)
        ]
        return max(near, key=lambda pair: pair[0])[1] if near else None

    def nearest(self, vector: list[float], embed: Callable[[list[str]], list[list[float]]]) -> list[CuratedAnswer]:
        """Curated answers whose question or a phrasing is near this question vector, nearest first."""
        if not self.entries:
            return []
        if self._vectors is None:
            texts = [(n, v) for n, e in enumerate(self.entries) for v in e.variants]
            self._owners = [n for n, _ in texts]
            self._vectors = np.asarray(embed([v for _, v in texts]), dtype=np.float32)
        sims = self._vectors @ np.asarray(vector, dtype=np.float32)
        best: dict[int, float] = {}
        for owner, sim in zip(self._owners, sims.tolist(), strict=True):
            best[owner] = max(best.get(owner, -1.0), sim)
        ranked = sorted((n for n, s in best.items() if s >= JUDGE_FLOOR), key=lambda n: -best[n])
        return [self.entries[n] for n in ranked[:JUDGE_CANDIDATES]]


def _numeric(words: frozenset[str]) -> bool:
    return any(ch.isdigit() for w in words for ch in w)
