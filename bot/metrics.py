"""Prometheus metrics, served at /metrics: inquiries, latency, ingests and hand-offs."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from prometheus_client import REGISTRY, Counter, Histogram
from prometheus_client.core import CounterMetricFamily
from prometheus_client.registry import Collector

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


class QueryCacheCollector(Collector):
    """Question vectors served from the engine's cache (hit) or embedded (miss), read at scrape time."""

    def __init__(self) -> None:
        self.source: Callable[[], tuple[int, int]] | None = None

    def collect(self) -> Iterator[CounterMetricFamily]:
        family = CounterMetricFamily(
            "dosti_query_vector_cache", "Question vectors from the cache (hit) or the model (miss)", labels=["result"]
        )
        hits, misses = self.source() if self.source else (0, 0)
        family.add_metric(["hit"], hits)
        family.add_metric(["miss"], misses)
        yield family


QUERY_CACHE = QueryCacheCollector()
REGISTRY.register(QUERY_CACHE)
