"""Prometheus metrics, served at /metrics: inquiries, latency, ingests and hand-offs."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from prometheus_client import REGISTRY, Counter, Histogram
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from prometheus_client.registry import Collector

from knowledge.models import Answer, Inquiry

if TYPE_CHECKING:
    from bot.admission import Admission
    from knowledge.engine import AnswerEngine

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


class ServingCollector(Collector):
    """Read at scrape time from the process's serving parts (the last engine and admission built): the
    question-vector cache, the embedding queue, and admission control's queue, deferrals and refusals."""

    def __init__(self) -> None:
        self.engine: AnswerEngine | None = None
        self.admission: Admission | None = None

    def collect(self) -> Iterator[CounterMetricFamily | GaugeMetricFamily]:
        cache = CounterMetricFamily(
            "dosti_query_vector_cache", "Question vectors from the cache (hit) or the model (miss)", labels=["result"]
        )
        hits, misses = self.engine.query_cache_info() if self.engine else (0, 0)
        cache.add_metric(["hit"], hits)
        cache.add_metric(["miss"], misses)
        yield cache
        batcher = self.engine.queries if self.engine else None
        pending, batches = (batcher.pending, batcher.batches) if batcher else (0, 0)
        yield GaugeMetricFamily("dosti_embedding_queue", "Questions waiting for the embedding model", value=pending)
        yield CounterMetricFamily("dosti_embedding_batches", "Model calls for questions (several under load)", batches)
        admission = self.admission
        waiting, active = (admission.waiting, admission.active) if admission else (0, 0)
        yield GaugeMetricFamily("dosti_answer_queue", "Questions waiting for a slot to be answered", value=waiting)
        yield GaugeMetricFamily("dosti_answers_in_flight", "Questions being answered now", value=active)
        deferred, rejected = (admission.deferred, admission.rejected) if admission else ({}, {})
        for name, text, counts in (
            ("dosti_deferred", "Questions answered later: a placeholder or 'busy' first", deferred),
            ("dosti_rejected", "Questions refused for load: the user was asked to try again", rejected),
        ):
            family = CounterMetricFamily(name, text, labels=["channel"])
            for channel, count in counts.items():
                family.add_metric([channel], count)
            yield family


SERVING = ServingCollector()
REGISTRY.register(SERVING)
