"""A small Telegram Bot API server on 127.0.0.1 for python-telegram-bot to talk to, unchanged.

It serves the methods the bot uses, hands out queued updates through getUpdates, serves files for
getFile downloads, records every call, and refuses HTML that Telegram itself would refuse
("can't parse entities"), so a rendering mistake fails the test as it would fail in production.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, unquote, urlparse

from tests.loopback import QuietHandler, serve_in_thread

TOKEN = "123456:TEST-token-not-real"
BOT_USER = {
    "id": 4242,
    "is_bot": True,
    "first_name": "Dosti",
    "username": "dosti_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
ALLOWED_TAGS = {
    "b",
    "strong",
    "i",
    "em",
    "u",
    "ins",
    "s",
    "strike",
    "del",
    "a",
    "code",
    "pre",
    "tg-spoiler",
    "blockquote",
    "span",
}


class _TelegramHTML(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.error: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.error = f'Unsupported start tag "{tag}"'
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.error = f'Unexpected end tag "{tag}"'
        else:
            self.stack.pop()


def html_error(text: str) -> str | None:
    parser = _TelegramHTML()
    parser.feed(text)
    parser.close()
    if parser.error:
        return parser.error
    if parser.stack:
        return f'Can\'t find end tag corresponding to start tag "{parser.stack[-1]}"'
    return None


class FakeBotAPI:
    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.updates: list[dict[str, Any]] = []
        self.files: dict[str, bytes] = {}
        self._ids = itertools.count(1000)
        self._update_ids = itertools.count(1)
        self._lock = threading.Condition()
        self.server: ThreadingHTTPServer | None = None

    # -- what tests use
    @property
    def base(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def push(self, update: dict[str, Any]) -> int:
        with self._lock:
            update = {"update_id": next(self._update_ids), **update}
            self.updates.append(update)
            self._lock.notify_all()
            return int(update["update_id"])

    def sent(self, method: str = "sendMessage", chat_id: int | None = None) -> list[dict[str, Any]]:
        return [p for m, p in self.calls if m == method and (chat_id is None or int(p.get("chat_id", 0)) == chat_id)]

    def wait_for(
        self, method: str, count: int = 1, chat_id: int | None = None, timeout: float = 30
    ) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.sent(method, chat_id)
            if len(found) >= count:
                return found
            time.sleep(0.05)
        raise AssertionError(f"expected {count} {method} (chat {chat_id}), got {self.sent(method, chat_id)}")

    # -- the server side
    def _handle(self, method: str, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        self.calls.append((method, params))
        now = int(time.time())
        if method == "getMe":
            return 200, {"ok": True, "result": BOT_USER}
        if method == "getUpdates":
            offset = int(params.get("offset") or 0)
            wait = min(float(params.get("timeout") or 0), 1.0)
            with self._lock:
                ready = [u for u in self.updates if u["update_id"] >= offset]
                if not ready and wait:
                    self._lock.wait(wait)
                    ready = [u for u in self.updates if u["update_id"] >= offset]
            return 200, {"ok": True, "result": ready}
        if method in {"sendMessage", "editMessageText"}:
            if params.get("parse_mode") == "HTML":
                problem = html_error(str(params.get("text", "")))
                if problem:
                    return 400, {
                        "ok": False,
                        "error_code": 400,
                        "description": f"Bad Request: can't parse entities: {problem}",
                    }
            if len(str(params.get("text", ""))) > 4096:
                return 400, {"ok": False, "error_code": 400, "description": "Bad Request: message is too long"}
            chat = {"id": int(params.get("chat_id") or 0), "type": "private"}
            message = {
                "message_id": next(self._ids),
                "date": now,
                "chat": chat,
                "text": params.get("text", ""),
                "from": BOT_USER,
            }
            params["sent_message_id"] = message["message_id"]  # so tests can reply to what the bot sent
            return 200, {"ok": True, "result": message if method == "sendMessage" else True}
        if method in {"forwardMessage", "copyMessage"}:
            return 200, {"ok": True, "result": {"message_id": next(self._ids)}}
        if method == "getFile":
            file_id = str(params["file_id"])
            data = self.files.get(file_id, b"")
            return 200, {
                "ok": True,
                "result": {
                    "file_id": file_id,
                    "file_unique_id": file_id,
                    "file_size": len(data),
                    "file_path": f"documents/{file_id}",
                },
            }
        if method in {
            "setMyCommands",
            "deleteWebhook",
            "setWebhook",
            "answerCallbackQuery",
            "sendChatAction",
            "editMessageReplyMarkup",
            "close",
            "logOut",
        }:
            return 200, {"ok": True, "result": True}
        return 404, {"ok": False, "error_code": 404, "description": f"Not Found: method {method}"}

    def handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(QuietHandler):
            protocol_version = "HTTP/1.1"

            def _params(self) -> dict[str, Any]:
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                kind = self.headers.get("Content-Type", "")
                if kind.startswith("application/json"):
                    return json.loads(raw or b"{}")
                params: dict[str, Any] = {}
                for key, values in parse_qs(raw.decode(), keep_blank_values=True).items():
                    value = values[0]
                    try:
                        params[key] = json.loads(value) if value[:1] in "{[" else value
                    except json.JSONDecodeError:
                        params[key] = value
                query = parse_qs(urlparse(self.path).query)
                params.update({k: v[0] for k, v in query.items()})
                return params

            def do_GET(self) -> None:
                path = unquote(urlparse(self.path).path)
                if path.startswith(f"/file/bot{TOKEN}/documents/"):
                    file_id = path.rsplit("/", 1)[-1]
                    if file_id in fake.files:
                        return self._send(200, fake.files[file_id], "application/octet-stream")
                    return self._send(404, b"not found", "text/plain")
                return self._dispatch({})

            def do_POST(self) -> None:
                return self._dispatch(self._params())

            def _dispatch(self, params: dict[str, Any]) -> None:
                path = unquote(urlparse(self.path).path)
                prefix = f"/bot{TOKEN}/"
                if not path.startswith(prefix):
                    return self._send(401, b'{"ok": false, "error_code": 401, "description": "Unauthorized"}')
                status, body = fake._handle(path[len(prefix) :], params)
                return self._send(status, json.dumps(body).encode())

        return Handler


@contextmanager
def running_fake_bot_api(fake: FakeBotAPI | None = None, port: int = 0) -> Iterator[FakeBotAPI]:
    """A Bot API stand-in (or this subclass of it) on `port`, else a free one."""
    fake = fake if fake is not None else FakeBotAPI()
    with serve_in_thread(fake.handler(), port) as server:
        fake.server = server
        try:
            yield fake
        finally:
            with fake._lock:  # release a getUpdates long poll that is waiting
                fake._lock.notify_all()


def user(user_id: int, name: str = "Ayesha", language_code: str = "en") -> dict[str, Any]:
    return {"id": user_id, "is_bot": False, "first_name": name, "language_code": language_code}


def text_update(
    fake: FakeBotAPI,
    user_id: int,
    text: str,
    chat: dict[str, Any] | None = None,
    reply_to: dict[str, Any] | None = None,
    name: str = "Ayesha",
) -> dict[str, Any]:
    message: dict[str, Any] = {
        "message_id": next(fake._ids),
        "date": int(time.time()),
        "chat": chat or {"id": user_id, "type": "private", "first_name": name},
        "from": user(user_id, name),
        "text": text,
    }
    if text.startswith("/"):
        command = text.split()[0]
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(command)}]
    if reply_to is not None:
        message["reply_to_message"] = reply_to
    return {"message": message}
