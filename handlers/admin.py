"""The staff console at /admin: sign-in, documents and directories (upload, list, remove), activity log.

Every page and action needs a signed-in staff member (a random session token in an httpOnly, SameSite
cookie) and every form a CSRF token tied to the session; the sign-in form uses a double-submit cookie.
Uploads are checked before ingestion: size, a plain file name (no folders), and content that matches the
type its name claims (a .pdf must be a PDF, a .docx/.xlsx a zip with Office parts, text must be UTF-8).
"""

from __future__ import annotations

import asyncio
import csv
import io
import logging
import secrets
import time
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlencode

from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.datastructures import FormData, UploadFile

from bot.staff import StaffSession, StaffStore
from handlers import insights
from knowledge.chunking import answer_units
from knowledge.curated import CuratedAnswer, parse_phrasings
from knowledge.directory import COLUMNS, company_cells, company_from_cells, field_errors, read_directory
from knowledge.loaders import LoadError, decode_text
from knowledge.models import Inquiry

if TYPE_CHECKING:
    from bot.config import ServerSettings
    from bot.records import Records
    from bot.state import SharedState
    from knowledge.base import KnowledgeBase
    from knowledge.engine import AnswerEngine

log = logging.getLogger(__name__)
SESSION_COOKIE = "dosti_staff"
PAUSED = "Too many failed sign-ins for this name. Try again in {minutes} minutes, or ask another staff member."
LOGIN_CSRF_COOKIE = "dosti_login_csrf"
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
MAX_FILES = 20
UPLOAD_SUFFIXES = {".pdf", ".docx", ".md", ".txt", ".html", ".htm", ".csv", ".xlsx"}
OFFICE_PART = {".docx": "word/", ".xlsx": "xl/"}


def forbidden() -> Response:
    return Response("forbidden: sign in and send the form's CSRF token", status_code=403)


def to_login() -> Response:
    return RedirectResponse("/admin/login", status_code=303)


templates = Environment(loader=PackageLoader("handlers", "static/admin"), autoescape=select_autoescape())


def content_problem(name: str, data: bytes) -> str | None:
    """Why this upload is refused, or None. Judged by content, not by the name alone."""
    suffix = PurePath(name).suffix.lower()
    if suffix not in UPLOAD_SUFFIXES:
        return f"type '{suffix or name}' is not accepted"
    if not data:
        return "empty file"
    if len(data) > MAX_UPLOAD_BYTES:
        return f"larger than {MAX_UPLOAD_BYTES // (1024 * 1024)} MB"
    if suffix == ".pdf":
        return None if data.startswith(b"%PDF-") else "not a PDF file"
    if suffix in OFFICE_PART:
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = archive.namelist()
                expanded = sum(i.file_size for i in archive.infolist())
        except zipfile.BadZipFile:
            return f"not a {suffix} file"
        if "[Content_Types].xml" not in names or not any(n.startswith(OFFICE_PART[suffix]) for n in names):
            return f"not a {suffix} file"
        if expanded > 40 * MAX_UPLOAD_BYTES:
            return "refused: the archive expands to more than 800 MB"
        return None
    try:
        decode_text(data)  # as the loaders read it
    except LoadError:
        return "text is not UTF-8 (nor UTF-16 with its BOM, Chinese in GB18030 or Big5, or a Windows code page)"
    return None


def safe_name(raw: str | None) -> str | None:
    """The upload's plain file name, or None when it tries to name a folder (path traversal)."""
    if not raw or "/" in raw or "\\" in raw or raw in {".", ".."} or raw.startswith(".") or "\x00" in raw:
        return None
    return raw


class StaffDesk(Protocol):
    """Knowledge-base changes staff make (bot.wiring.KnowledgeDesk): saved whole, then ingested."""

    def store_upload(self, name: str, data: bytes) -> tuple[bool, str]: ...

    def ingest_upload(self, path: Path) -> tuple[bool, str]: ...


@dataclass(frozen=True)
class ConsoleParts:
    """What the console works with: given these by bot/channels.py, never the whole application."""

    staff: StaffStore
    state: SharedState
    records: Records
    engine: AnswerEngine
    kb: KnowledgeBase
    desk: StaffDesk
    server: ServerSettings
    uploads: Path
    judged: bool  # an LLM is configured: curated answers are matched by its judgement too


class StaffConsole:
    def __init__(self, parts: ConsoleParts) -> None:
        self.parts = parts
        self.staff: StaffStore = parts.staff
        self.uploads = parts.uploads

    # -- helpers
    def _session(self, request: Request) -> StaffSession | None:
        return self.staff.session(request.cookies.get(SESSION_COOKIE))

    async def _authorised(self, request: Request) -> tuple[StaffSession | None, FormData]:
        """The session and the form, when the request is signed in and carries the session's CSRF token."""
        session = self._session(request)
        form = await request.form(max_files=MAX_FILES + 1)
        if session is None or not secrets.compare_digest(str(form.get("csrf", "")), session.csrf):
            return None, form
        return session, form

    def _page(self, session: StaffSession, results: list[dict[str, Any]] | None = None) -> HTMLResponse:
        sources = [
            {
                "name": s.name,
                "path": s.path,
                "kind": s.kind,
                "count": s.items,
                "language": s.language,
                "updated": datetime.fromtimestamp(s.updated_at).strftime("%Y-%m-%d %H:%M"),
            }
            for s in self.parts.kb.catalog.sources()
        ]
        audits = [
            {**vars(a), "when": datetime.fromtimestamp(a.at).strftime("%Y-%m-%d %H:%M:%S")} for a in self.staff.audits()
        ]
        html = templates.get_template("console.html").render(
            session=session, sources=sources, audits=audits, results=results or []
        )
        return HTMLResponse(html)

    # -- routes
    async def login_page(self, request: Request, error: str = "") -> HTMLResponse:
        token = secrets.token_urlsafe(24)
        response = HTMLResponse(templates.get_template("login.html").render(csrf=token, error=error))
        response.set_cookie(
            LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", path="/admin", secure=self._secure(request)
        )
        return response

    async def login(self, request: Request) -> Response:
        form = await request.form()
        expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
        if not expected or not secrets.compare_digest(str(form.get("csrf", "")), expected):
            return Response("forbidden: missing or wrong CSRF token", status_code=403)
        name, password = str(form.get("name", "")), str(form.get("password", ""))
        client = request.client.host if request.client else "?"
        key = f"{name}|{client}"
        server = self.parts.server
        state = self.parts.state
        if await state.get(f"login-pause:{name}") is not None:
            # Many failures at this name, from any address: no password is even checked until the pause ends.
            self.staff.audit(name or "?", "login.refused", f"from {client}: the name is paused")
            response = await self.login_page(request, error=PAUSED.format(minutes=max(1, server.login_pause_s // 60)))
            response.status_code = 429
            return response
        await asyncio.sleep(self.staff.delay_for(key))  # a few failures in a row slow further attempts
        if not await asyncio.to_thread(self.staff.verify, name, password):
            self.staff.failed(key)
            self.staff.audit(name or "?", "login.failed", f"from {client}")
            failures = await state.count(f"login-failures:{name}", server.login_pause_s)
            if failures >= server.login_failures_per_name:
                await state.put(f"login-pause:{name}", "1", server.login_pause_s)
                await state.delete(f"login-failures:{name}")
                detail = f"{failures} failed sign-ins from any address; paused for {server.login_pause_s} s"
                self.staff.audit(name or "?", "login.paused", detail)
                log.warning("staff sign-in for %r paused after %d failures", name, failures)
            response = await self.login_page(request, error="Wrong name or password.")
            response.status_code = 401
            return response
        self.staff.succeeded(key)
        await state.delete(f"login-failures:{name}")
        token, _ = self.staff.start_session(name)
        response = RedirectResponse("/admin", status_code=303)
        response.set_cookie(
            SESSION_COOKIE,
            token,
            httponly=True,
            samesite="strict",
            path="/admin",
            max_age=8 * 3600,
            secure=self._secure(request),
        )
        response.delete_cookie(LOGIN_CSRF_COOKIE, path="/admin")
        return response

    def _secure(self, request: Request) -> bool:
        """Cookies are Secure when users reach the console over HTTPS: the configured public URL says so, or the
        request came in over HTTPS — which uvicorn's proxy-header handling sets from X-Forwarded-Proto, for
        requests from `server.trusted_proxies` only."""
        return self.parts.server.public_url.lower().startswith("https://") or request.url.scheme == "https"

    async def logout(self, request: Request) -> Response:
        session, _ = await self._authorised(request)
        if session is None:
            return Response("forbidden", status_code=403)
        self.staff.end_session(request.cookies.get(SESSION_COOKIE, ""), session.name)
        response = RedirectResponse("/admin/login", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/admin")
        return response

    async def console(self, request: Request) -> Response:
        session = self._session(request)
        if session is None:
            return to_login()
        return self._page(session)

    async def upload(self, request: Request) -> Response:
        session, form = await self._authorised(request)
        if session is None:
            return forbidden()
        files = [f for f in form.getlist("files") if isinstance(f, UploadFile)]
        results = []
        for upload in files[:MAX_FILES]:
            results.append(await self._ingest_upload(session, upload))
        if len(files) > MAX_FILES:
            results.append({"ok": False, "text": f"only {MAX_FILES} files at a time; the rest were not read"})
        return self._page(session, results)

    async def _ingest_upload(self, session: StaffSession, upload: UploadFile) -> dict[str, Any]:
        name = safe_name(upload.filename)
        if name is None:
            return {"ok": False, "text": f"{upload.filename!r}: refused: the name must be a plain file name"}
        data = await upload.read(MAX_UPLOAD_BYTES + 1)
        problem = content_problem(name, data)
        if problem:
            self.staff.audit(session.name, "upload.refused", f"{name}: {problem}")
            return {"ok": False, "text": f"{name}: {problem}"}
        ok, summary = await asyncio.to_thread(self.parts.desk.store_upload, name, data)
        self.staff.audit(session.name, "upload", summary)
        return {"ok": ok, "text": summary}

    async def document(self, request: Request, path: str = "") -> Response:
        """One document's chunks in order, with heading path, kind, language and answer units."""
        session = self._session(request)
        if session is None:
            return to_login()
        source = self.parts.kb.catalog.source(path)
        if source is None:
            return HTMLResponse("No such document.", status_code=404)
        chunks = [{**vars(c), "units": len(answer_units(c))} for c in self.parts.kb.catalog.chunks_of(source.path)]
        updated = datetime.fromtimestamp(source.updated_at).strftime("%Y-%m-%d %H:%M")
        html = templates.get_template("document.html").render(
            session=session, source=source, chunks=chunks, updated=updated
        )
        return HTMLResponse(html)

    async def remove(self, request: Request) -> Response:
        session, form = await self._authorised(request)
        if session is None:
            return forbidden()
        path = str(form.get("path", ""))
        record = self.parts.kb.catalog.source(path)
        if record is None:
            return self._page(session, [{"ok": False, "text": "no such source"}])
        await asyncio.to_thread(self.parts.kb.remove, record)
        self.staff.audit(session.name, "source.remove", record.name)
        return self._page(session, [{"ok": True, "text": f"Removed {record.name}."}])


class DirectoryEditor:
    """Staff edit the company directory: list and search, add, edit, remove, import and export."""

    def __init__(self, console: StaffConsole) -> None:
        self.console = console
        self.parts = console.parts

    def _render(self, template: str, **values: Any) -> HTMLResponse:
        return HTMLResponse(templates.get_template(template).render(**values))

    async def listing(self, request: Request, q: str = "", messages: list[dict[str, Any]] | None = None) -> Response:
        session = self.console._session(request)
        if session is None:
            return to_login()
        needle = q.strip().lower()
        companies = [
            c
            for c in self.parts.kb.catalog.all_companies()
            if not needle or needle in " ".join(company_cells(c).values()).lower()
        ]
        return self._render("directory.html", session=session, companies=companies, q=q, messages=messages or [])

    async def edit(self, request: Request, id: str = "") -> Response:
        session = self.console._session(request)
        if session is None:
            return to_login()
        company = self.parts.kb.catalog.company(id) if id else None
        cells = company_cells(company) if company else dict.fromkeys(COLUMNS, "")
        return self._render(
            "company.html", session=session, cells=cells, fields=COLUMNS, errors={}, editing=bool(company)
        )

    async def save(self, request: Request) -> Response:
        session, form = await self.console._authorised(request)
        if session is None:
            return forbidden()
        cells = {c: str(form.get(c, "")) for c in COLUMNS}
        errors = field_errors(cells)
        if errors:
            response = self._render(
                "company.html", session=session, cells=cells, fields=COLUMNS, errors=errors, editing=False
            )
            response.status_code = 422
            return response
        company = company_from_cells(cells)
        await asyncio.to_thread(self.parts.kb.save_company, company)
        self.console.staff.audit(session.name, "company.save", f"{company.id} {company.name}")
        return RedirectResponse(f"/admin/directory?q={company.id}", status_code=303)

    async def remove(self, request: Request) -> Response:
        session, form = await self.console._authorised(request)
        if session is None:
            return forbidden()
        company_id = str(form.get("id", ""))
        if self.parts.kb.catalog.company(company_id) is None:
            return await self.listing(request, messages=[{"ok": False, "text": f"no company {company_id}"}])
        await asyncio.to_thread(self.parts.kb.delete_company, company_id)
        self.console.staff.audit(session.name, "company.remove", company_id)
        return await self.listing(request, messages=[{"ok": True, "text": f"Removed {company_id}."}])

    async def import_file(self, request: Request) -> Response:
        """All or nothing: a file with any bad row is refused whole, with every bad row listed."""
        session, form = await self.console._authorised(request)
        if session is None:
            return forbidden()
        upload = form.get("file")
        if not isinstance(upload, UploadFile) or safe_name(upload.filename) is None:
            return await self.listing(request, messages=[{"ok": False, "text": "choose a CSV or XLSX file"}])
        name = str(upload.filename)
        data = await upload.read(MAX_UPLOAD_BYTES + 1)
        problem = content_problem(name, data)
        if problem is None and PurePath(name).suffix.lower() not in {".csv", ".xlsx"}:
            problem = "a directory import must be a .csv or .xlsx file"
        if problem:
            return await self.listing(request, messages=[{"ok": False, "text": f"{name}: {problem}"}])
        staged = self.console.uploads / f".import-{secrets.token_hex(4)}{PurePath(name).suffix.lower()}"
        self.console.uploads.mkdir(parents=True, exist_ok=True)
        staged.write_bytes(data)
        try:
            parsed = read_directory(staged)
        except LoadError as exc:
            staged.unlink(missing_ok=True)
            return await self.listing(request, messages=[{"ok": False, "text": f"{name}: {exc}"}])
        if parsed.errors:
            staged.unlink(missing_ok=True)
            rows = [{"ok": False, "text": f"{name}: row {e.row}: {e.reason}"} for e in parsed.errors]
            return await self.listing(request, messages=[{"ok": False, "text": "Nothing was imported."}, *rows])
        target = self.console.uploads / name
        staged.replace(target)
        ok, summary = await asyncio.to_thread(self.parts.desk.ingest_upload, target)
        self.console.staff.audit(session.name, "directory.import", summary)
        return await self.listing(request, messages=[{"ok": ok, "text": summary}])

    async def export(self, request: Request) -> Response:
        if self.console._session(request) is None:
            return Response("forbidden", status_code=403)
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=list(COLUMNS))
        writer.writeheader()
        writer.writerows(company_cells(c) for c in self.parts.kb.catalog.all_companies())
        headers = {"Content-Disposition": 'attachment; filename="directory.csv"'}
        return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)


class Inbox:
    """Questions the bot could not answer, answers that got 👎, introduction requests and hand-offs."""

    def __init__(self, console: StaffConsole) -> None:
        self.console = console
        self.records = console.parts.records

    async def page(self, request: Request) -> Response:
        session = self.console._session(request)
        if session is None:
            return to_login()
        items = [
            {
                **vars(item),
                "when": datetime.fromtimestamp(item.at).strftime("%Y-%m-%d %H:%M"),
                "turns": self.records.recent_turns(item.channel, item.user_id),
            }
            for item in self.records.inbox()
        ]
        return HTMLResponse(templates.get_template("inbox.html").render(session=session, items=items))

    async def handled(self, request: Request) -> Response:
        session, form = await self.console._authorised(request)
        if session is None:
            return forbidden()
        kind, item_id = str(form.get("kind", "")), str(form.get("id", ""))
        if item_id.isdigit() and self.records.mark_handled(kind, int(item_id)):
            self.console.staff.audit(session.name, "inbox.handled", f"{kind} #{item_id}")
        return RedirectResponse("/admin/inbox", status_code=303)


MAX_QUESTION_CHARS = 500
MAX_ANSWER_CHARS = 2000
MAX_PHRASINGS = 20


def curated_errors(question: str, answer: str, phrasings: tuple[str, ...]) -> dict[str, str]:
    errors = {}
    if not question:
        errors["question"] = "write the question this answers"
    elif len(question) > MAX_QUESTION_CHARS:
        errors["question"] = f"at most {MAX_QUESTION_CHARS} characters"
    if not answer:
        errors["answer"] = "write the answer"
    elif len(answer) > MAX_ANSWER_CHARS:
        errors["answer"] = f"at most {MAX_ANSWER_CHARS} characters (a chat message, not a document: upload those)"
    if len(phrasings) > MAX_PHRASINGS or any(len(p) > MAX_QUESTION_CHARS for p in phrasings):
        errors["phrasings"] = f"at most {MAX_PHRASINGS} lines of at most {MAX_QUESTION_CHARS} characters"
    return errors


class CuratedAnswers:
    """Staff write, edit and remove curated answers; one can start from an inbox item and close it."""

    def __init__(self, console: StaffConsole) -> None:
        self.console = console
        self.catalog = console.parts.kb.catalog
        self.judged = console.parts.judged

    def _render(
        self,
        session: StaffSession,
        entry: CuratedAnswer,
        errors: dict[str, str] | None = None,
        messages: list[dict[str, Any]] | None = None,
        inbox: tuple[str, str] = ("", ""),
    ) -> HTMLResponse:
        entries = [
            {**vars(e), "updated": datetime.fromtimestamp(e.updated_at).strftime("%Y-%m-%d %H:%M")}
            for e in self.catalog.curated_answers()
        ]
        html = templates.get_template("curated.html").render(
            session=session,
            entry=entry,
            entries=entries,
            errors=errors or {},
            messages=messages or [],
            judged=self.judged,
            inbox_kind=inbox[0],
            inbox_id=inbox[1],
        )
        return HTMLResponse(html, status_code=422 if errors else 200)

    async def page(
        self, request: Request, id: int = 0, question: str = "", inbox_kind: str = "", inbox_id: str = ""
    ) -> Response:
        session = self.console._session(request)
        if session is None:
            return to_login()
        entry = self.catalog.curated_answer(id) if id else None
        return self._render(session, entry or CuratedAnswer(question=question, answer=""), inbox=(inbox_kind, inbox_id))

    async def save(self, request: Request) -> Response:
        session, form = await self.console._authorised(request)
        if session is None:
            return forbidden()
        raw_id = str(form.get("id", "0"))
        entry = CuratedAnswer(
            question=" ".join(str(form.get("question", "")).split()),
            answer=str(form.get("answer", "")).strip(),
            phrasings=parse_phrasings(str(form.get("phrasings", ""))),
            author=session.name,
            id=int(raw_id) if raw_id.isdigit() else 0,
        )
        inbox = (str(form.get("inbox_kind", "")), str(form.get("inbox_id", "")))
        errors = curated_errors(entry.question, entry.answer, entry.phrasings)
        if entry.id and self.catalog.curated_answer(entry.id) is None:
            errors["question"] = f"curated answer #{entry.id} no longer exists"
        if errors:
            return self._render(session, entry, errors=errors, inbox=inbox)
        curated_id = await asyncio.to_thread(self.catalog.save_curated, entry)
        self.console.staff.audit(session.name, "curated.save", f"#{curated_id} {entry.question}")
        if inbox[1].isdigit() and self.console.parts.records.mark_handled(inbox[0], int(inbox[1])):
            self.console.staff.audit(session.name, "inbox.handled", f"{inbox[0]} #{inbox[1]} (curated #{curated_id})")
        saved = {"ok": True, "text": f"Saved curated answer #{curated_id}."}
        return self._render(session, CuratedAnswer(question="", answer=""), messages=[saved])

    async def remove(self, request: Request) -> Response:
        session, form = await self.console._authorised(request)
        if session is None:
            return forbidden()
        raw_id = str(form.get("id", ""))
        blank = CuratedAnswer(question="", answer="")
        if not raw_id.isdigit() or not await asyncio.to_thread(self.catalog.delete_curated, int(raw_id)):
            return self._render(session, blank, messages=[{"ok": False, "text": f"no curated answer #{raw_id}"}])
        self.console.staff.audit(session.name, "curated.remove", f"#{raw_id}")
        return self._render(session, blank, messages=[{"ok": True, "text": f"Removed curated answer #{raw_id}."}])


class Conversations:
    """What people asked and what they got, by channel, language and date; staff mark wrong answers."""

    def __init__(self, console: StaffConsole) -> None:
        self.console = console
        self.records = console.parts.records

    async def listing(
        self, request: Request, channel: str = "", language: str = "", since: str = "", until: str = ""
    ) -> Response:
        session = self.console._session(request)
        if session is None:
            return to_login()
        error = ""
        try:
            start = _day(since)
            end = _day(until)
        except ValueError:
            start = end = None
            error = "Dates are written YYYY-MM-DD."
        exchanges = self.records.exchanges(
            channel or None, language or None, start, end + 86400 if end is not None else None
        )
        conversations = [
            {**vars(c), "last": datetime.fromtimestamp(c.last_at).strftime("%Y-%m-%d %H:%M")}
            for c in self.records.conversations(exchanges)
        ]
        channels, languages = self.records.facets()
        html = templates.get_template("conversations.html").render(
            session=session,
            conversations=conversations,
            channels=channels,
            languages=languages,
            channel=channel,
            language=language,
            since=since,
            until=until,
            error=error,
        )
        return HTMLResponse(html, status_code=422 if error else 200)

    async def view(self, request: Request, channel: str = "", user: str = "") -> Response:
        session = self.console._session(request)
        if session is None:
            return to_login()
        exchanges = [
            {**vars(e), "when": datetime.fromtimestamp(e.at).strftime("%Y-%m-%d %H:%M")}
            for e in reversed(self.records.exchanges(channel=channel, user_id=user))
        ]
        html = templates.get_template("conversation.html").render(
            session=session, channel=channel, user_id=user, exchanges=exchanges
        )
        return HTMLResponse(html)

    async def wrong(self, request: Request) -> Response:
        session, form = await self.console._authorised(request)
        if session is None:
            return forbidden()
        raw = str(form.get("id", ""))
        found = self.records.exchanges(exchange_id=int(raw), limit=1) if raw.isdigit() else []
        if not found:
            return HTMLResponse("No such answer.", status_code=404)
        exchange = found[0]
        self.records.flag_wrong(exchange.id, session.name)
        self.console.staff.audit(session.name, "answer.wrong", f"exchange #{exchange.id}")
        query = urlencode({"channel": exchange.channel, "user": exchange.user_id})
        return RedirectResponse(f"/admin/conversations/view?{query}#exchange-{exchange.id}", status_code=303)


class Insights:
    """What is going wrong this week, at a glance: questions by day, outcome shares, unanswered groups, leads."""

    def __init__(self, console: StaffConsole) -> None:
        self.console = console
        self.records = console.parts.records

    async def _data(self, since: str, until: str, grouped: bool = True) -> dict[str, Any]:
        """Everything the page shows; `grouped=False` skips grouping the unanswered questions (it embeds them)."""
        window = insights.Window.parse(since, until)
        start, end = window.bounds()
        exchanges = self.records.exchanges(since=start, until=end)
        channel_series, channel_rows = insights.per_day(exchanges, window, "channel")
        language_series, language_rows = insights.per_day(exchanges, window, "language")
        groups = await insights.unanswered_groups(self.console.parts.engine, exchanges) if grouped else []
        return {
            "since": window.start.isoformat(),
            "until": window.end.isoformat(),
            "shares": insights.outcome_shares(exchanges),
            "channels": insights.stacked_bars(channel_series, channel_rows),
            "channel_rows": channel_rows,
            "channel_series": channel_series,
            "languages": insights.stacked_bars(language_series, language_rows),
            "language_rows": language_rows,
            "language_series": language_series,
            "groups": [{"count": g.count, "examples": g.examples()} for g in groups[:20]],
            "leads": insights.leads_per_company(self.records, window),
        }

    async def page(self, request: Request, since: str = "", until: str = "") -> Response:
        session = self.console._session(request)
        if session is None:
            return to_login()
        try:
            data, error = await self._data(since, until), ""
        except ValueError:
            data, error = await self._data("", ""), "Dates are written YYYY-MM-DD."
        html = templates.get_template("insights.html").render(session=session, error=error, **data)
        return HTMLResponse(html, status_code=422 if error else 200)

    async def export(self, request: Request, table: str = "", since: str = "", until: str = "") -> Response:
        if self.console._session(request) is None:
            return forbidden()
        try:
            data = await self._data(since, until, grouped=table == "groups")
        except ValueError:
            return Response("Dates are written YYYY-MM-DD.", status_code=422)
        tables = {
            "channels": data["channel_rows"],
            "languages": data["language_rows"],
            "groups": [{"count": g["count"], "questions": " | ".join(g["examples"])} for g in data["groups"]],
            "leads": data["leads"],
        }
        if table not in tables:
            return Response("No such table.", status_code=404)
        name = f"insights-{table}-{data['since']}-{data['until']}.csv"
        headers = {"Content-Disposition": f'attachment; filename="{name}"'}
        return Response(insights.to_csv(tables[table]), media_type="text/csv; charset=utf-8", headers=headers)


def _day(value: str) -> float | None:
    """A YYYY-MM-DD date as the timestamp of its start (local time), or None when not given."""
    return datetime.strptime(value, "%Y-%m-%d").timestamp() if value else None


TRY_LANGUAGES = (("", "detect"), ("en", "English"), ("zh", "中文"), ("ur", "اردو"), ("ur-Latn", "Roman Urdu"))


class TryQuestion:
    """Staff ask what a user would and see the engine's own reasons: route, passages, filters, why it declined."""

    def __init__(self, console: StaffConsole) -> None:
        self.console = console

    def _render(self, session: StaffSession, **values: Any) -> HTMLResponse:
        values = {"question": "", "language": "", "answer": None, "error": "", "elapsed": 0, **values}
        html = templates.get_template("try.html").render(
            session=session, languages=TRY_LANGUAGES, limit=MAX_QUESTION_CHARS, **values
        )
        return HTMLResponse(html, status_code=422 if values["error"] else 200)

    async def page(self, request: Request, q: str = "") -> Response:
        session = self.console._session(request)
        if session is None:
            return to_login()
        return self._render(session, question=q[:MAX_QUESTION_CHARS])

    async def ask(self, request: Request) -> Response:
        session, form = await self.console._authorised(request)
        if session is None:
            return forbidden()
        question = str(form.get("question", "")).strip()
        language = str(form.get("language", ""))
        if language not in dict(TRY_LANGUAGES):
            language = ""
        if not question or len(question) > MAX_QUESTION_CHARS:
            error = f"Type a question of 1 to {MAX_QUESTION_CHARS} characters."
            return self._render(session, question=question[:MAX_QUESTION_CHARS], language=language, error=error)
        started = time.perf_counter()
        inquiry = Inquiry(text=question, channel="admin", user_id=f"staff:{session.name}", language=language or None)
        answer = await self.console.parts.engine.answer(inquiry)
        elapsed = round((time.perf_counter() - started) * 1000)
        return self._render(session, question=question, language=language, answer=answer, elapsed=elapsed)


def mount(api: FastAPI, parts: ConsoleParts) -> None:
    console = StaffConsole(parts)
    router = APIRouter(prefix="/admin", include_in_schema=False)
    router.add_api_route("/login", console.login_page, methods=["GET"])
    router.add_api_route("/login", console.login, methods=["POST"])
    router.add_api_route("/logout", console.logout, methods=["POST"])
    router.add_api_route("", console.console, methods=["GET"])
    router.add_api_route("/documents", console.upload, methods=["POST"])
    router.add_api_route("/documents/remove", console.remove, methods=["POST"])
    router.add_api_route("/documents/view", console.document, methods=["GET"])
    directory = DirectoryEditor(console)
    router.add_api_route("/directory", directory.listing, methods=["GET"])
    router.add_api_route("/directory/edit", directory.edit, methods=["GET"])
    router.add_api_route("/directory/save", directory.save, methods=["POST"])
    router.add_api_route("/directory/remove", directory.remove, methods=["POST"])
    router.add_api_route("/directory/import", directory.import_file, methods=["POST"])
    router.add_api_route("/directory/export.csv", directory.export, methods=["GET"])
    inbox = Inbox(console)
    router.add_api_route("/inbox", inbox.page, methods=["GET"])
    router.add_api_route("/inbox/handled", inbox.handled, methods=["POST"])
    curated = CuratedAnswers(console)
    router.add_api_route("/curated", curated.page, methods=["GET"])
    router.add_api_route("/curated/save", curated.save, methods=["POST"])
    router.add_api_route("/curated/remove", curated.remove, methods=["POST"])
    overview = Insights(console)
    router.add_api_route("/insights", overview.page, methods=["GET"])
    router.add_api_route("/insights.csv", overview.export, methods=["GET"])
    conversations = Conversations(console)
    router.add_api_route("/conversations", conversations.listing, methods=["GET"])
    router.add_api_route("/conversations/view", conversations.view, methods=["GET"])
    router.add_api_route("/conversations/wrong", conversations.wrong, methods=["POST"])
    trial = TryQuestion(console)
    router.add_api_route("/try", trial.page, methods=["GET"])
    router.add_api_route("/try", trial.ask, methods=["POST"])
    api.include_router(router)
