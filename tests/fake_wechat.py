"""WeChat's side, written from the published algorithms rather than with wechatpy: signatures, the
AES message encryption of safe mode, and a small API server for access tokens and customer-service
messages that records what it received."""

from __future__ import annotations

import base64
import hashlib
import json
import os
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlparse

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from tests.loopback import QuietHandler, serve_in_thread

TOKEN = "dosti-wechat-token"
APP_ID = "wx1234567890abcdef"
APP_SECRET = "app-secret-never-logged-42"
CORP_ID = "ww0123456789abcdef"
CORP_SECRET = "corp-secret-never-logged-7"
AGENT_ID = 1000002
AES_KEY = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG"  # 43 characters, as WeChat issues them


def sha1_signature(*parts: str) -> str:
    return hashlib.sha1("".join(sorted(parts)).encode()).hexdigest()


def _key() -> bytes:
    return base64.b64decode(AES_KEY + "=")


def encrypt(xml: str, app_id: str = APP_ID) -> str:
    body = xml.encode()
    plain = os.urandom(16) + struct.pack(">I", len(body)) + body + app_id.encode()
    pad = 32 - len(plain) % 32
    plain += bytes([pad]) * pad
    key = _key()
    encryptor = Cipher(algorithms.AES(key), modes.CBC(key[:16])).encryptor()
    return base64.b64encode(encryptor.update(plain) + encryptor.finalize()).decode()


def decrypt(encrypted: str) -> str:
    key = _key()
    decryptor = Cipher(algorithms.AES(key), modes.CBC(key[:16])).decryptor()
    plain = decryptor.update(base64.b64decode(encrypted)) + decryptor.finalize()
    plain = plain[: -plain[-1]]
    length = struct.unpack(">I", plain[16:20])[0]
    return plain[20 : 20 + length].decode()


def message_xml(user: str, kind: str = "text", msg_id: int | None = None, to: str = "gh_dosti", **fields: str) -> str:
    extra = "".join(f"<{k}><![CDATA[{v}]]></{k}>" for k, v in fields.items())
    msg = f"<MsgId>{msg_id}</MsgId>" if msg_id is not None else ""
    return (
        f"<xml><ToUserName><![CDATA[{to}]]></ToUserName><FromUserName><![CDATA[{user}]]></FromUserName>"
        f"<CreateTime>{int(time.time())}</CreateTime><MsgType><![CDATA[{kind}]]></MsgType>{extra}{msg}</xml>"
    )


def signed_query(timestamp: int | None = None, nonce: str = "n0nce") -> dict[str, str]:
    ts = str(timestamp if timestamp is not None else int(time.time()))
    return {"timestamp": ts, "nonce": nonce, "signature": sha1_signature(TOKEN, ts, nonce), "openid": "o"}


def safe_mode(xml: str, timestamp: int | None = None, nonce: str = "n0nce") -> tuple[dict[str, str], str]:
    """Query and body as WeChat sends them in safe mode (encrypt_type=aes)."""
    query = signed_query(timestamp, nonce)
    encrypted = encrypt(xml)
    query.update(encrypt_type="aes", msg_signature=sha1_signature(TOKEN, query["timestamp"], nonce, encrypted))
    body = f"<xml><ToUserName><![CDATA[gh_dosti]]></ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt></xml>"
    return query, body


def wecom_callback(xml: str, timestamp: int | None = None, nonce: str = "n0nce") -> tuple[dict[str, str], str]:
    """Query and body as WeCom sends an app callback: always encrypted, signed with msg_signature."""
    ts = str(timestamp if timestamp is not None else int(time.time()))
    encrypted = encrypt(xml, CORP_ID)
    query = {"timestamp": ts, "nonce": nonce, "msg_signature": sha1_signature(TOKEN, ts, nonce, encrypted)}
    body = (
        f"<xml><ToUserName><![CDATA[{CORP_ID}]]></ToUserName><AgentID><![CDATA[{AGENT_ID}]]></AgentID>"
        f"<Encrypt><![CDATA[{encrypted}]]></Encrypt></xml>"
    )
    return query, body


def wecom_verification(echo: str, nonce: str = "n0nce") -> dict[str, str]:
    ts = str(int(time.time()))
    echostr = encrypt(echo, CORP_ID)
    return {
        "timestamp": ts,
        "nonce": nonce,
        "echostr": echostr,
        "msg_signature": sha1_signature(TOKEN, ts, nonce, echostr),
    }


class FakeWeChatAPI:
    def __init__(self) -> None:
        self.token_requests: list[dict[str, str]] = []
        self.sent: list[dict[str, Any]] = []
        self.expired: set[str] = set()
        self.busy_sends = 0  # answer this many sends with errcode -1 (system busy) first
        self.token_delay = 0.0
        self._counter = 0
        self._lock = threading.Lock()
        self.server: ThreadingHTTPServer | None = None

    @property
    def base(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def wait_for_sent(self, count: int = 1, timeout: float = 30) -> list[dict[str, Any]]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if len(self.sent) >= count:
                return self.sent
            time.sleep(0.05)
        raise AssertionError(f"expected {count} custom messages, got {self.sent}")

    def handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(QuietHandler):
            def _json(self, body: dict[str, Any]) -> None:
                self._send(200, json.dumps(body).encode())

            def do_GET(self) -> None:
                url = urlparse(self.path)
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                if url.path == "/cgi-bin/gettoken":
                    fake.token_requests.append(query)
                    if (query.get("corpid"), query.get("corpsecret")) != (CORP_ID, CORP_SECRET):
                        return self._json({"errcode": 40001, "errmsg": "invalid credential"})
                    with fake._lock:
                        fake._counter += 1
                        token = f"ACCESS-{fake._counter}"
                    return self._json({"errcode": 0, "errmsg": "ok", "access_token": token, "expires_in": 7200})
                if url.path == "/cgi-bin/token":
                    fake.token_requests.append(query)
                    time.sleep(fake.token_delay)
                    if query.get("secret") != APP_SECRET:
                        return self._json({"errcode": 40001, "errmsg": "invalid credential"})
                    with fake._lock:
                        fake._counter += 1
                        token = f"ACCESS-{fake._counter}"
                    return self._json({"access_token": token, "expires_in": 7200})
                return self._json({"errcode": 404, "errmsg": "not found"})

            def do_POST(self) -> None:
                url = urlparse(self.path)
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")
                if url.path in {"/cgi-bin/message/custom/send", "/cgi-bin/message/send"}:
                    token = query.get("access_token", "")
                    if token in fake.expired or not token.startswith("ACCESS-"):
                        return self._json({"errcode": 42001, "errmsg": "access_token expired"})
                    if fake.busy_sends > 0:
                        fake.busy_sends -= 1
                        return self._json({"errcode": -1, "errmsg": "system error"})
                    fake.sent.append({**body, "access_token": token})
                    return self._json({"errcode": 0, "errmsg": "ok"})
                return self._json({"errcode": 404, "errmsg": "not found"})

        return Handler


@contextmanager
def running_fake_wechat_api(fake: FakeWeChatAPI | None = None) -> Iterator[FakeWeChatAPI]:
    """A WeChat API stand-in (or this subclass of it) on a free port."""
    fake = fake if fake is not None else FakeWeChatAPI()
    with serve_in_thread(fake.handler()) as server:
        fake.server = server
        yield fake
