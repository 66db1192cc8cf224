"""The neutral types every channel speaks: an Inquiry in, an Answer out."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Role = Literal["user", "assistant"]


@dataclass(frozen=True)
class Turn:
    role: Role
    text: str


@dataclass(frozen=True)
class Inquiry:
    text: str
    channel: str = "cli"
    user_id: str = "local"
    language: str | None = None  # forced reply language (e.g. from /lang); None = detect
    history: tuple[Turn, ...] = ()
    # The user has been told the answer will follow (a WeChat push, Telegram's "busy"): the engine embeds
    # it on low-priority threads, so that it takes only the CPU that questions someone is waiting on leave.
    deferred: bool = False


@dataclass(frozen=True)
class Source:
    source: str  # file name without folder
    title: str  # document title > heading path
    snippet: str
    score: float


@dataclass(frozen=True)
class CompanyCard:
    id: str
    name: str
    city: str
    country: str
    name_zh: str = ""
    services: tuple[str, ...] = ()
    contact: str = ""
    website: str = ""


@dataclass(frozen=True)
class Answer:
    text: str
    language: str
    sources: tuple[Source, ...] = ()
    companies: tuple[CompanyCard, ...] = ()
    abstained: bool = False
    kind: Literal["programme", "curated", "directory", "smalltalk", "abstain"] = "programme"
    alternatives: tuple[CompanyCard, ...] = field(default=())
    # The passages the answer's [1], [2] … cite, in that order (the web chat opens them).
    cited: tuple[Source, ...] = field(default=(), compare=False)
    # What the engine did and why, for staff (`dosti ask --explain`): route, filters, passages, the reason to decline.
    explanation: tuple[str, ...] = field(default=(), compare=False)

    def to_json(self, explain: bool = False) -> dict[str, Any]:
        """The CLI/API contract: see README 'CLI contract'."""
        data = {
            "answer": self.text,
            "language": self.language,
            "abstained": self.abstained,
            "sources": [asdict(s) for s in self.sources],
            "companies": [{"id": c.id, "name": c.name, "city": c.city, "country": c.country} for c in self.companies],
        }
        if explain:
            data["explanation"] = list(self.explanation)
        return data
