"""The browser chat at / and the JSON API at /api/ask (the same JSON as `dosti ask --json`).

Anyone can try the assistant without a messenger account. The conversation is kept per browser
session (a random id the page keeps in localStorage), so follow-up questions work here too.
"""

from __future__ import annotations

import logging
import time
from importlib import resources
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from bot.records import Records
from bot.state import SharedState, allow
from handlers.phrases import phrase
from knowledge.engine import AnswerEngine
from knowledge.language import detect_language
from knowledge.models import Inquiry, Turn

if TYPE_CHECKING:
    from bot.wiring import App

log = logging.getLogger(__name__)

CHANNEL = "web"
HISTORY_TURNS = 6
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


class AskResponse(BaseModel):
    question: str
    answer: str
    language: str
    abstained: bool
    sources: list[SourceOut]
    companies: list[CompanyOut]
    elapsed_ms: float


def web_router(engine: AnswerEngine, records: Records, state: SharedState, per_minute: int) -> APIRouter:
    router = APIRouter()
    page = resources.files("handlers").joinpath("static/chat.html").read_text(encoding="utf-8")

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
        asker = request.session_id or (http.client.host if http.client else "anonymous")
        try:
            if not await allow(state, f"{CHANNEL}:{asker}", per_minute):
                raise HTTPException(429, phrase("rate_limited", lang))
            history = records.recent_turns(CHANNEL, request.session_id, HISTORY_TURNS) if request.session_id else ()
            answer = await engine.answer(
                Inquiry(text=question, channel=CHANNEL, user_id=request.session_id or "anonymous", history=history)
            )
        except HTTPException:
            raise
        except Exception:  # a store that went away: say so in the asker's language, and try again later
            log.exception("web: answering failed")
            raise HTTPException(503, phrase("apology", lang)) from None
        if request.session_id:
            records.add_turns(CHANNEL, request.session_id, Turn("user", question), Turn("assistant", answer.text))
        # Every exchange is kept, with or without a session: an unanswered one lands in the staff inbox.
        asked_by = request.session_id or "anonymous"
        records.add_exchange(CHANNEL, asked_by, asked_by, question, answer.text, answer.language, answer.abstained)
        return {
            "question": question,
            **answer.to_json(),
            "elapsed_ms": round((time.perf_counter() - started) * 1000, 1),
        }

    return router


def mount(api: FastAPI, app: App) -> None:
    api.include_router(web_router(app.engine, app.records, app.state, app.settings.server.rate_limit_per_minute))
