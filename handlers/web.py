"""The browser chat at / and the JSON API at /api/ask (the same JSON as `dosti ask --json`).

Anyone can try the assistant without a messenger account. The conversation is kept per browser
session (a random id the page keeps in localStorage), so follow-up questions work here too.
"""

from __future__ import annotations

import logging
import time
from dataclasses import asdict
from importlib import resources
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import BaseModel, Field

from bot.admission import Admission
from bot.records import Records
from bot.state import SharedState, allow
from handlers.phrases import phrase
from knowledge.engine import AnswerEngine
from knowledge.language import detect_language
from knowledge.models import Inquiry, Turn

log = logging.getLogger(__name__)

CHANNEL = "web"
RESTORED_TURNS = 40  # what a reloaded page shows again
MAX_QUESTION_CHARS = 1000


class AskRequest(BaseModel):
    question: str = Field(min_length=1, max_length=MAX_QUESTION_CHARS, description="The user's message, as typed")
    session_id: str | None = Field(default=None, max_length=100, description="Keeps a conversation's turns")


class SourceOut(BaseModel):
    source: str
    title: str
    snippet: str
    score: float


class CompanyOut(BaseModel):
    id: str
    name: str
    city: str
    country: str


class CitationOut(SourceOut):
    n: int = Field(description="The [n] in the answer text")


class AskResponse(BaseModel):
    question: str
    answer: str
    language: str
    abstained: bool
    sources: list[SourceOut]
    companies: list[CompanyOut]
    elapsed_ms: float
    exchange_id: int = Field(description="For /api/feedback")
    citations: list[CitationOut] = Field(description="What each [n] in the answer cites")


class FeedbackRequest(BaseModel):
    session_id: str = Field(min_length=1, max_length=100)
    exchange_id: int
    vote: int = Field(ge=-1, le=1, description="1 for 👍, -1 for 👎")


class HandoffRequest(BaseModel):
    session_id: str | None = Field(default=None, max_length=100)
    name: str = Field(default="", max_length=100)
    contact: str = Field(min_length=3, max_length=200, description="Email, phone or WeChat ID")
    question: str = Field(min_length=1, max_length=MAX_QUESTION_CHARS)


class LeadRequest(BaseModel):
    session_id: str | None = Field(default=None, max_length=100)
    company_id: str = Field(min_length=1, max_length=50, description="The card's company")
    name: str = Field(min_length=1, max_length=100)
    company: str = Field(default="", max_length=200, description="The visitor's own company")
    contact: str = Field(min_length=3, max_length=200, description="Email, phone or WeChat ID")
    question: str = Field(default="", max_length=MAX_QUESTION_CHARS, description="What the visitor had asked")


class HandoffResponse(BaseModel):
    message: str


class TurnOut(BaseModel):
    role: str
    text: str


class HistoryResponse(BaseModel):
    turns: list[TurnOut]


def web_router(
    engine: AnswerEngine,
    admission: Admission,
    records: Records,
    state: SharedState,
    per_minute: int,
    office_hours: str = "",
    *,
    deadline_s: float,
) -> APIRouter:
    router = APIRouter()
    page = resources.files("handlers").joinpath("static/chat.html").read_text(encoding="utf-8")

    async def limit(session_id: str | None, http: Request, lang: str) -> None:
        """Every visitor's requests share one per-minute budget: by session, or by address without one."""
        asker = session_id or (http.client.host if http.client else "anonymous")
        if not await allow(state, f"{CHANNEL}:{asker}", per_minute):
            raise HTTPException(429, phrase("rate_limited", lang))

    def turn_away_when_full(lang: str) -> None:
        """503 with Retry-After when the answer would come after the deadline, rather than after the client gave up."""
        if not admission.fits(deadline_s):
            admission.reject(CHANNEL)
            wait = admission.retry_after_s(deadline_s)
            raise HTTPException(503, phrase("busy_retry", lang, seconds=wait), headers={"Retry-After": str(wait)})

    @router.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def chat_page() -> str:
        return page

    @router.post("/api/ask", response_model=AskResponse, summary="Ask the assistant one question")
    async def ask(request: AskRequest, http: Request) -> dict[str, Any]:
        question = request.question.strip()
        if not question:
            raise HTTPException(422, "question is empty")
        started = time.perf_counter()
        lang = detect_language(question)
        try:
            turn_away_when_full(lang)  # before the store is read: a full server sheds load at the least cost
            await limit(request.session_id, http, lang)
            history = (await records.recall(CHANNEL, request.session_id))[1] if request.session_id else ()
            # Nothing awaited from here until the question holds its place in the queue.
            turn_away_when_full(lang)
            asked = Inquiry(text=question, channel=CHANNEL, user_id=request.session_id or "anonymous", history=history)
            answer = await admission.answer(asked, deadline_s)
        except HTTPException:
            raise
        except Exception:  # a store that went away: say so in the asker's language, and try again later
            log.exception("web: answering failed")
            raise HTTPException(503, phrase("apology", lang)) from None
        if request.session_id:
            records.add_turns(CHANNEL, request.session_id, Turn("user", question), Turn("assistant", answer.text))
        # Every exchange is kept, with or without a session: an unanswered one lands in the staff inbox.
        asked_by = request.session_id or "anonymous"
        exchange_id = records.add_exchange(
            CHANNEL, asked_by, asked_by, question, answer.text, answer.language, answer.abstained
        )
        return {
            "question": question,
            **answer.to_json(),
            "elapsed_ms": round((time.perf_counter() - started) * 1000, 1),
            "exchange_id": exchange_id,
            "citations": [{"n": n, **asdict(c)} for n, c in enumerate(answer.cited, start=1)],
        }

    @router.post("/api/feedback", status_code=204, summary="👍 or 👎 on an answer of this session")
    async def feedback(request: FeedbackRequest) -> Response:
        mine = records.exchanges(channel=CHANNEL, user_id=request.session_id, exchange_id=request.exchange_id, limit=1)
        if not mine:
            raise HTTPException(404, "no such answer in this conversation")
        records.vote(request.exchange_id, request.vote)  # a 👎 puts the answer in the staff inbox
        return Response(status_code=204)

    @router.get("/api/history", response_model=HistoryResponse, summary="This session's turns, oldest first")
    async def history(session_id: str) -> dict[str, Any]:
        turns = records.recent_turns(CHANNEL, session_id[:100], RESTORED_TURNS)
        return {"turns": [{"role": t.role, "text": t.text} for t in turns]}

    @router.post("/api/handoff", response_model=HandoffResponse, summary="Ask a person instead")
    async def handoff(request: HandoffRequest, http: Request) -> dict[str, Any]:
        question = request.question.strip()
        lang = detect_language(question) if question else "en"
        await limit(request.session_id, http, lang)
        contact = " · ".join(p for p in (request.name.strip(), request.contact.strip()) if p)
        user = request.session_id or "anonymous"
        records.add_handoff(CHANNEL, user, user, question, lang, contact)
        message = phrase("handoff_web", lang, contact=request.contact.strip())
        if office_hours:
            message += " " + phrase("office_hours", lang, hours=office_hours)
        return {"message": message}

    @router.post("/api/lead", response_model=HandoffResponse, summary="Request an introduction to a company")
    async def lead(request: LeadRequest, http: Request) -> dict[str, Any]:
        lang = detect_language(request.question) if request.question.strip() else "en"
        name = engine.company_name(request.company_id)
        if name is None:
            raise HTTPException(404, "no such company in the directory")
        await limit(request.session_id, http, lang)
        who = " · ".join(p.strip() for p in (request.name, request.company, request.contact) if p.strip())
        user = request.session_id or "anonymous"
        records.add_lead(CHANNEL, user, who, request.question.strip(), request.company_id, name)
        return {"message": phrase("lead_web", lang, company=name, contact=request.contact.strip())}

    return router
