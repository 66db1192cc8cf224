"""Is a question about this knowledge base at all? Calibrated against off-topic questions, per knowledge base.

multilingual-e5's scores are compressed: a question about the weather still reaches cosine 0.75-0.80
against programme text, so no fixed similarity tells "off topic". Instead every knowledge base is
measured against a reviewed set of general off-topic questions (`calibration/off_topic_probes.yaml`):
their best calibrated scores on *this* knowledge base give the floor. A question clears it either by
scoring above nearly all of them, or by being written mostly in the knowledge base's own words (a
paraphrase in the documents' language scores low on vectors but shares their terms; an off-topic
question shares almost none).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import yaml

from knowledge.language import ROMAN_URDU_WORDS
from knowledge.text import normalise, tokenize

PROBES_FILE = Path(__file__).parent / "calibration" / "off_topic_probes.yaml"
# Measured on the public sample, sample-2 and tests/data/sample-3 with tests/data/out-of-domain.jsonl
# (docs/quality.md): a question scoring above 95 % of the off-topic probes is in the domain on vectors
# alone; one above the probes' median is in it when most of its content terms occur in the knowledge base.
PROBE_QUANTILE = 0.95
PROBE_MEDIAN = 0.5
TERM_COVERAGE = 0.6
_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_CJK_GRAMS = (2, 3, 4)


@lru_cache(maxsize=1)
def off_topic_probes() -> dict[str, tuple[str, ...]]:
    """The reviewed off-topic questions, per language."""
    data = yaml.safe_load(PROBES_FILE.read_text(encoding="utf-8"))
    return {lang: tuple(questions) for lang, questions in data.items()}


def _content_terms(question: str) -> list[str]:
    """Question words that carry a topic: stop words and Roman Urdu function words left out."""
    return [t for t in tokenize(question) if len(t) > 1 and t not in ROMAN_URDU_WORDS]


class TermIndex:
    """Which words the knowledge base uses: word tokens, and Chinese n-grams (jieba splits differ by context)."""

    def __init__(self, texts: Iterable[str]) -> None:
        self.words: set[str] = set()
        self.cjk: set[str] = set()
        for text in texts:
            self.words.update(tokenize(text))
            for run in _CJK_RUN.findall(normalise(text)):
                for n in _CJK_GRAMS:
                    self.cjk.update(run[i : i + n] for i in range(len(run) - n + 1))

    def holds(self, term: str) -> bool:
        if term in self.words:
            return True
        if _CJK_RUN.fullmatch(term):
            if len(term) <= max(_CJK_GRAMS):
                return term in self.cjk
            return all(term[i : i + 2] in self.cjk for i in range(len(term) - 1))
        return False

    def coverage(self, question: str) -> float:
        terms = _content_terms(question)
        return sum(self.holds(t) for t in terms) / len(terms) if terms else 0.0


@dataclass(frozen=True)
class RelevanceFloor:
    """The calibrated score that off-topic questions reach on this knowledge base, and its vocabulary."""

    floor: float  # above this on vectors alone
    median: float  # above this with the knowledge base's own words
    terms: TermIndex

    def admits(self, question: str, best_calibrated: float) -> bool:
        if best_calibrated >= self.floor:
            return True
        return best_calibrated >= self.median and self.terms.coverage(question) >= TERM_COVERAGE

    @classmethod
    def measure(cls, probe_scores: np.ndarray, terms: TermIndex) -> RelevanceFloor:
        if not probe_scores.size:
            return cls.open(terms)
        return cls(
            float(np.quantile(probe_scores, PROBE_QUANTILE)), float(np.quantile(probe_scores, PROBE_MEDIAN)), terms
        )

    @classmethod
    def open(cls, terms: TermIndex) -> RelevanceFloor:
        """Admits every question: an empty knowledge base has nothing to calibrate against."""
        return cls(float("-inf"), float("-inf"), terms)
