"""Prometheus metrics, served at /metrics: inquiries, latency, ingests and hand-offs."""

from __future__ import annotations

from prometheus_client import Counter, Histogram

from knowledge.models import Answer, Inquiry

INQUIRIES = Counter(
    "dosti_inquiries_total",
    "Inquiries answered, by channel, reply language and outcome",
    ["channel", "language", "outcome"],
)
LATENCY = Histogram(
    "dosti_answer_seconds",
    "Time to answer one inquiry",
    ["channel"],
    buckets=(0.025, 0.05, 0.1, 0.15, 0.25, 0.5, 1, 2, 4, 8),
)
INGESTS = Counter("dosti_ingested_files_total", "Files ingested, by result", ["status"])
HANDOFFS = Counter("dosti_handoffs_total", "Inquiries handed to programme staff", ["channel"])


def outcome(answer: Answer) -> str:
    """answered | directory | abstained | smalltalk"""
    if answer.abstained:
        return "abstained"
    return {"directory": "directory", "smalltalk": "smalltalk", "curated": "curated"}.get(answer.kind, "answered")


def record_answer(inquiry: Inquiry, answer: Answer, seconds: float) -> None:
    INQUIRIES.labels(inquiry.channel, answer.language, outcome(answer)).inc()
    LATENCY.labels(inquiry.channel).observe(seconds)
