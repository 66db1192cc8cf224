"""Prometheus metrics, served at /metrics: inquiries, latency, ingests, hand-offs, queues and load refusals."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from prometheus_client import REGISTRY, CollectorRegistry, Counter, Gauge, Histogram, generate_latest, multiprocess

from knowledge.models import Answer, Inquiry

if TYPE_CHECKING:
    from knowledge.engine import AnswerEngine

MULTIPROCESS_ENV = "PROMETHEUS_MULTIPROC_DIR"

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


QUERY_CACHE = Counter(
    "dosti_query_vector_cache", "Question vectors from the cache (hit) or the model (miss)", ["result"]
)
EMBEDDING_BATCHES = Counter("dosti_embedding_batches", "Model calls for questions (several questions under load)")
EMBEDDING_QUEUE = Gauge(
    "dosti_embedding_queue", "Questions waiting for the embedding model", multiprocess_mode="livesum"
)
ANSWER_QUEUE = Gauge("dosti_answer_queue", "Questions waiting for a slot to be answered", multiprocess_mode="livesum")
IN_FLIGHT = Gauge("dosti_answers_in_flight", "Questions being answered now", multiprocess_mode="livesum")
DEFERRED = Counter("dosti_deferred", "Questions answered later: a placeholder or 'busy' first", ["channel"])
REJECTED = Counter("dosti_rejected", "Questions refused for load: the user was asked to try again", ["channel"])


class EngineCounts:
    """An engine observer: the engine's own counts (question-vector cache, embedding batches) as Prometheus
    metrics, by difference after each answer, so that every worker's share adds up in multiprocess mode."""

    def __init__(self, engine: AnswerEngine) -> None:
        self.engine = engine
        self.seen = (0, 0, 0)

    def __call__(self, inquiry: Inquiry, answer: Answer, seconds: float) -> None:
        hits, misses = self.engine.query_cache_info()
        batches = self.engine.embedding_batches
        last_hits, last_misses, last_batches = self.seen
        QUERY_CACHE.labels("hit").inc(hits - last_hits)
        QUERY_CACHE.labels("miss").inc(misses - last_misses)
        EMBEDDING_BATCHES.inc(batches - last_batches)
        EMBEDDING_QUEUE.set(self.engine.embedding_pending)
        self.seen = (hits, misses, batches)


def exposition() -> bytes:
    """/metrics: this process's metrics, or, under `dosti serve --workers N`, every worker's added up
    (prometheus_client's multiprocess mode: PROMETHEUS_MULTIPROC_DIR is set before the workers start)."""
    if not os.environ.get(MULTIPROCESS_ENV):
        return generate_latest(REGISTRY)
    registry = CollectorRegistry()
    multiprocess.MultiProcessCollector(registry)
    return generate_latest(registry)


def worker_exited() -> None:
    """A worker's live gauges stop counting once it is gone."""
    if os.environ.get(MULTIPROCESS_ENV):
        multiprocess.mark_process_dead(os.getpid())
