"""Staff insights: what people ask, by day, channel and language; what goes unanswered, grouped by meaning.

Server-rendered SVG (nothing fetched from a CDN) with a CSV next to each chart.
"""

from __future__ import annotations

import asyncio
import csv
import io
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from bot.records import LoggedExchange, Records
from knowledge.engine import AnswerEngine
from knowledge.grouping import QuestionGroup, group_questions

PALETTE = ("#01411c", "#de2910", "#2b6cb0", "#b7791f", "#6b46c1", "#2c7a7b", "#718096")
MAX_GROUPED = 500  # the newest unanswered and 👎 questions grouped (each is embedded once, then cached)
BAR_WIDTH, CHART_HEIGHT = 28, 160


@dataclass(frozen=True)
class Window:
    start: date
    end: date  # inclusive

    @classmethod
    def parse(cls, since: str, until: str, today: date | None = None) -> Window:
        """The last seven days unless given; raises ValueError on a date not written YYYY-MM-DD."""
        end = date.fromisoformat(until) if until else (today or date.today())
        start = date.fromisoformat(since) if since else end - timedelta(days=6)
        if start > end:
            start, end = end, start
        return cls(start, end)

    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)]

    def bounds(self) -> tuple[float, float]:
        start = datetime.combine(self.start, datetime.min.time()).timestamp()
        return start, datetime.combine(self.end + timedelta(days=1), datetime.min.time()).timestamp()


def _day(exchange: LoggedExchange) -> date:
    return datetime.fromtimestamp(exchange.at).date()


def per_day(exchanges: list[LoggedExchange], window: Window, key: str) -> tuple[list[str], list[dict[str, Any]]]:
    """Counts per day and per value of `key` (channel or language): the series and one row per day."""
    values = sorted({getattr(e, key) for e in exchanges})
    counts = Counter((_day(e), getattr(e, key)) for e in exchanges)
    rows = [{"day": d.isoformat(), **{v: counts[(d, v)] for v in values}} for d in window.days()]
    return values, rows


def stacked_bars(series: list[str], rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Geometry of a stacked bar chart, one bar a day, for the SVG template."""
    top = max([sum(r[s] for s in series) for r in rows] + [1])
    bars = []
    for i, row in enumerate(rows):
        y, segments = CHART_HEIGHT, []
        for j, name in enumerate(series):
            height = round(row[name] / top * (CHART_HEIGHT - 20), 1)
            if height:
                y -= height
                segments.append({"y": y, "height": height, "colour": PALETTE[j % len(PALETTE)], "label": name})
        total = sum(row[s] for s in series)
        bars.append({"x": 30 + i * (BAR_WIDTH + 8), "day": row["day"][5:], "total": total, "segments": segments})
    width = 40 + len(rows) * (BAR_WIDTH + 8)
    legend = [{"label": s, "colour": PALETTE[j % len(PALETTE)]} for j, s in enumerate(series)]
    return {"bars": bars, "width": width, "height": CHART_HEIGHT + 20, "legend": legend, "bar": BAR_WIDTH}


async def unanswered_groups(engine: AnswerEngine, exchanges: list[LoggedExchange]) -> list[QuestionGroup]:
    """The declined and 👎 questions (or those staff marked wrong), grouped by meaning in any language."""
    asked = [(e.id, e.question) for e in exchanges if e.abstained or e.vote == -1 or e.flagged_by][:MAX_GROUPED]
    bridge = engine.retriever.bridge

    def concepts(text: str) -> set[int]:
        return {group for _, group in bridge.concepts(text)}

    return await asyncio.to_thread(group_questions, asked, engine.query_vector, concepts)


def leads_per_company(records: Records, window: Window) -> list[dict[str, Any]]:
    start, end = window.bounds()
    counts = Counter((r["company_id"], r["company_name"]) for r in records.leads() if start <= float(r["at"]) < end)
    return [{"company_id": i, "company": n, "leads": c} for (i, n), c in counts.most_common()]


def outcome_shares(exchanges: list[LoggedExchange]) -> dict[str, Any]:
    total = len(exchanges)
    declined = sum(e.abstained for e in exchanges)
    disliked = sum((e.vote == -1 or e.flagged_by is not None) and not e.abstained for e in exchanges)

    def share(n: int) -> float:
        return round(100 * n / total, 1) if total else 0.0

    return {
        "total": total,
        "answered": share(total - declined),
        "declined": share(declined),
        "disliked": share(disliked),
    }


def to_csv(rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    return buffer.getvalue()
