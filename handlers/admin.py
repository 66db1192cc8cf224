"""The staff console at /admin: sign-in, documents and directories (upload, list, remove), activity log.

Every page and action needs a signed-in staff member (a random session token in an httpOnly, SameSite
cookie) and every form a CSRF token tied to the session; the sign-in form uses a double-submit cookie.
Uploads are checked before ingestion: size, a plain file name (no folders), and content that matches the
type its name claims (a .pdf must be a PDF, a .docx/.xlsx a zip with Office parts, text must be UTF-8).
"""

from __future__ import annotations

import asyncio
import io
import secrets
import zipfile
from datetime import datetime
from pathlib import PurePath
from typing import TYPE_CHECKING, Any

from fastapi import APIRouter, FastAPI, Request, Response
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.datastructures import FormData, UploadFile

from bot.staff import StaffSession, StaffStore

if TYPE_CHECKING:
    from bot.wiring import App

SESSION_COOKIE = "dosti_staff"
LOGIN_CSRF_COOKIE = "dosti_login_csrf"
MAX_UPLOAD_BYTES = 20 * 1024 * 1024
MAX_FILES = 20
UPLOAD_SUFFIXES = {".pdf", ".docx", ".md", ".txt", ".html", ".htm", ".csv", ".xlsx"}
OFFICE_PART = {".docx": "word/", ".xlsx": "xl/"}

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
        data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return "text is not UTF-8"
    return None


def safe_name(raw: str | None) -> str | None:
    """The upload's plain file name, or None when it tries to name a folder (path traversal)."""
    if not raw or "/" in raw or "\\" in raw or raw in {".", ".."} or raw.startswith(".") or "\x00" in raw:
        return None
    return raw


class StaffConsole:
    def __init__(self, app: App) -> None:
        self.app = app
        self.staff: StaffStore = app.staff
        self.uploads = app.settings.data_path / "uploads"

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
            for s in self.app.kb.catalog.sources()
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
        response.set_cookie(LOGIN_CSRF_COOKIE, token, httponly=True, samesite="strict", path="/admin")
        return response

    async def login(self, request: Request) -> Response:
        form = await request.form()
        expected = request.cookies.get(LOGIN_CSRF_COOKIE, "")
        if not expected or not secrets.compare_digest(str(form.get("csrf", "")), expected):
            return Response("forbidden: missing or wrong CSRF token", status_code=403)
        name, password = str(form.get("name", "")), str(form.get("password", ""))
        client = request.client.host if request.client else "?"
        key = f"{name}|{client}"
        await asyncio.sleep(self.staff.delay_for(key))  # a few failures in a row slow further attempts
        if not await asyncio.to_thread(self.staff.verify, name, password):
            self.staff.failed(key)
            self.staff.audit(name or "?", "login.failed", f"from {client}")
            response = await self.login_page(request, error="Wrong name or password.")
            response.status_code = 401
            return response
        self.staff.succeeded(key)
        token, _ = self.staff.start_session(name)
        response = RedirectResponse("/admin", status_code=303)
        response.set_cookie(SESSION_COOKIE, token, httponly=True, samesite="strict", path="/admin", max_age=8 * 3600)
        response.delete_cookie(LOGIN_CSRF_COOKIE, path="/admin")
        return response

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
            return RedirectResponse("/admin/login", status_code=303)
        return self._page(session)

    async def upload(self, request: Request) -> Response:
        session, form = await self._authorised(request)
        if session is None:
            return Response("forbidden: sign in and send the form's CSRF token", status_code=403)
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
        self.uploads.mkdir(parents=True, exist_ok=True)
        target = self.uploads / name
        partial = target.with_name(f".{name}.part")
        partial.write_bytes(data)
        partial.replace(target)  # whole or not at all
        ok, summary = await asyncio.to_thread(self.app.desk.ingest_upload, target)
        self.staff.audit(session.name, "upload", summary)
        return {"ok": ok, "text": summary}

    async def remove(self, request: Request) -> Response:
        session, form = await self._authorised(request)
        if session is None:
            return Response("forbidden: sign in and send the form's CSRF token", status_code=403)
        path = str(form.get("path", ""))
        record = self.app.kb.catalog.source(path)
        if record is None:
            return self._page(session, [{"ok": False, "text": "no such source"}])
        await asyncio.to_thread(self.app.kb.remove, record)
        self.staff.audit(session.name, "source.remove", record.name)
        return self._page(session, [{"ok": True, "text": f"Removed {record.name}."}])


def mount(api: FastAPI, app: App) -> None:
    console = StaffConsole(app)
    router = APIRouter(prefix="/admin", include_in_schema=False)
    router.add_api_route("/login", console.login_page, methods=["GET"])
    router.add_api_route("/login", console.login, methods=["POST"])
    router.add_api_route("/logout", console.logout, methods=["POST"])
    router.add_api_route("", console.console, methods=["GET"])
    router.add_api_route("/documents", console.upload, methods=["POST"])
    router.add_api_route("/documents/remove", console.remove, methods=["POST"])
    api.include_router(router)
