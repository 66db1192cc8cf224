"""Questions grouped by meaning, in any language: what staff see as "the top unanswered questions".

multilingual-e5 puts a Chinese paraphrase of an English question at about the same cosine (0.83-0.85) as
an unrelated English question on the same kind of subject, so a threshold on the vectors alone either
splits languages or merges topics. The concepts a question names (the reviewed vocabulary, across
languages: knowledge/crosslingual.py) settle it: questions that name the same concepts are paraphrases far
more often than not.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import numpy as np

SAME_GROUP = 0.9  # cosine plus the concept bonus, to the group's first question
CONCEPT_BONUS = 0.1  # times the share of the fewer concepts that the other question names too


@dataclass
class QuestionGroup:
    questions: list[str] = field(default_factory=list)  # every asking, first one leads
    ids: list[int] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.questions)

    def examples(self, limit: int = 3) -> list[str]:
        return list(dict.fromkeys(self.questions))[:limit]


def group_questions(
    questions: Sequence[tuple[int, str]],
    vector: Callable[[str], Sequence[float]],
    concepts: Callable[[str], set[int]],
) -> list[QuestionGroup]:
    """Greedy grouping against each group's first question; largest groups first."""
    groups: list[tuple[np.ndarray, set[int], QuestionGroup]] = []
    for item_id, text in questions:
        v = np.asarray(vector(text), dtype=np.float32)
        named = concepts(text)
        best, score = None, SAME_GROUP
        for lead, lead_concepts, group in groups:
            fewer = min(len(named), len(lead_concepts))
            overlap = len(named & lead_concepts) / fewer if fewer else 0.0
            similarity = float(lead @ v) + CONCEPT_BONUS * overlap
            if similarity >= score:
                best, score = group, similarity
        if best is None:
            best = QuestionGroup()
            groups.append((v, named, best))
        best.questions.append(text)
        best.ids.append(item_id)
    return sorted((g for _, _, g in groups), key=lambda g: -g.count)
