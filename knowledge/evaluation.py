"""Scoring answers against an evaluation file (see the programme's FORMAT.md).

Per language and overall: source recall@5 (programme items), company precision and recall over the
first five companies (directory items), key-fact hit rate (anywhere, and within the first 300 characters
after the opening line), abstention on unanswerable items, false abstention on answerable ones, the median
length of programme answers, and latency percentiles.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

TOP = 5
LEAD_CHARS = 300  # "leads with the fact": the key fact within this many characters after the opening line


class EvalFileError(ValueError):
    pass


def read_jsonl(path: Path, required: Iterable[str] = ("id", "question")) -> list[dict[str, Any]]:
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise EvalFileError(f"{path.name} line {number}: not JSON ({exc.msg})") from None
        if not isinstance(item, dict):
            raise EvalFileError(f"{path.name} line {number}: not a JSON object")
        missing = [k for k in required if k not in item]
        if missing:
            raise EvalFileError(f"{path.name} line {number}: missing {', '.join(missing)}")
        items.append(item)
    return items


@dataclass
class _Bucket:
    recall: list[float] = field(default_factory=list)
    precision: list[float] = field(default_factory=list)
    company_recall: list[float] = field(default_factory=list)
    key_fact: list[float] = field(default_factory=list)
    key_fact_lead: list[float] = field(default_factory=list)
    programme_chars: list[float] = field(default_factory=list)
    abstained_unanswerable: list[float] = field(default_factory=list)
    false_abstention: list[float] = field(default_factory=list)
    latency: list[float] = field(default_factory=list)

    def summary(self) -> dict[str, float | int | None]:
        def mean(values: list[float]) -> float | None:
            return round(float(np.mean(values)), 3) if values else None

        lat = np.asarray(self.latency) if self.latency else None
        return {
            "n": len(self.latency),
            "source_recall@5": mean(self.recall),
            "company_precision@5": mean(self.precision),
            "company_recall@5": mean(self.company_recall),
            "key_fact_hit": mean(self.key_fact),
            "key_fact_lead": mean(self.key_fact_lead),
            "median_programme_chars": round(float(np.median(self.programme_chars))) if self.programme_chars else None,
            "abstention": mean(self.abstained_unanswerable),
            "false_abstention": mean(self.false_abstention),
            "p50_ms": round(float(np.percentile(lat, 50)), 1) if lat is not None else None,
            "p95_ms": round(float(np.percentile(lat, 95)), 1) if lat is not None else None,
        }


def score_item(item: dict[str, Any], result: dict[str, Any]) -> dict[str, float]:
    """The per-item scores; a key is present only where it applies to the item's kind."""
    kind = item.get("kind", "programme")
    scores: dict[str, float] = {}
    abstained = bool(result.get("abstained"))
    if kind == "unanswerable":
        scores["abstention"] = float(abstained)
        return scores
    scores["false_abstention"] = float(abstained)
    if kind == "programme":
        expected = set(item.get("expected_sources") or [])
        got = [s["source"] for s in result.get("sources", [])][:TOP]
        scores["recall"] = float(bool(expected & set(got))) if expected else 1.0
    if kind == "directory":
        expected = set(item.get("expected_companies") or [])
        got = [c["id"] for c in result.get("companies", [])][:TOP]
        hits = len(expected & set(got))
        # Nothing listed is right when no company meets the request ("any company in Quetta with ISO 27001?").
        scores["precision"] = hits / len(got) if got else float(not expected)
        scores["company_recall"] = hits / min(len(expected), TOP) if expected else 1.0
    text = result.get("answer", "")
    if kind == "programme" and not abstained:
        scores["programme_chars"] = float(len(text))
    facts = [f.casefold() for f in item.get("answer_must_contain_any") or []]
    if facts:
        folded = text.casefold()
        scores["key_fact"] = float(any(f in folded for f in facts))
        lead = folded.split("\n", 1)[1] if "\n" in folded else folded
        scores["key_fact_lead"] = float(any(f in lead[:LEAD_CHARS] for f in facts))
    return scores


def summarise(items: list[dict[str, Any]], results: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    buckets: dict[str, _Bucket] = defaultdict(_Bucket)
    for item, result in zip(items, results, strict=True):
        scores = score_item(item, result)
        for name in ("overall", item.get("lang", "?")):
            b = buckets[name]
            b.latency.append(float(result.get("elapsed_ms", 0.0)))
            for key, target in (
                ("recall", b.recall),
                ("precision", b.precision),
                ("company_recall", b.company_recall),
                ("key_fact", b.key_fact),
                ("key_fact_lead", b.key_fact_lead),
                ("programme_chars", b.programme_chars),
                ("abstention", b.abstained_unanswerable),
                ("false_abstention", b.false_abstention),
            ):
                if key in scores:
                    target.append(scores[key])
    order = ["overall", *sorted(k for k in buckets if k != "overall")]
    return {k: buckets[k].summary() for k in order}
