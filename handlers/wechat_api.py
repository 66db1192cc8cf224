"""WeChat's and WeCom's server APIs through wechatpy's clients, with the API host configurable.

Two things wechatpy leaves to us: the token URLs are hard-coded to Tencent's hosts (we need proxies
and a local stand-in in tests), and two threads that find the token missing or expired both fetch a
new one. WeChat invalidates the older token when a newer one is issued, so concurrent fetches make
requests fail; here one fetch runs at a time and the others reuse its result. wechatpy itself refetches
and retries once on 40001/42001/40014.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import requests
from wechatpy import WeChatClient
from wechatpy.enterprise import WeChatClient as WeComClient
from wechatpy.exceptions import WeChatClientException

log = logging.getLogger(__name__)

SEND_ATTEMPTS = 3
TRANSIENT_ERRCODES = {-1, 45009}  # -1: system busy; 45009: API frequency limit reached


class _ReliableClient:
    """Single-flight access tokens and retried sends, for either wechatpy client."""

    token_path: str

    def _setup(self, api_base_url: str) -> None:
        self.base = api_base_url.rstrip("/")
        self.API_BASE_URL = f"{self.base}/cgi-bin/"
        self._token_lock = threading.Lock()
        self._fetched_at = 0.0
        self.token_fetches = 0

    def _token_params(self) -> dict[str, str]:
        raise NotImplementedError

    def fetch_access_token(self) -> dict[str, Any]:
        waiting_since = time.monotonic()
        with self._token_lock:
            if self._fetched_at > waiting_since:  # another request fetched while this one waited
                return {"access_token": self.session.get(self.access_token_key)}  # type: ignore[attr-defined]
            result = self._fetch_access_token(url=f"{self.base}/cgi-bin/{self.token_path}", params=self._token_params())  # type: ignore[attr-defined]
            self._fetched_at = time.monotonic()
            self.token_fetches += 1
            return result

    @staticmethod
    def send_reliably(send: Callable[[], object]) -> bool:
        for attempt in range(1, SEND_ATTEMPTS + 1):
            try:
                send()
                return True
            except WeChatClientException as exc:
                if exc.errcode is not None and exc.errcode not in TRANSIENT_ERRCODES:
                    log.error("WeChat send failed: errcode %s", exc.errcode)
                    return False
            except requests.RequestException as exc:
                log.warning("WeChat send, attempt %s: %s", attempt, type(exc).__name__)
            time.sleep(0.2 * attempt)
        log.error("WeChat send failed after %s attempts", SEND_ATTEMPTS)
        return False


class WeChatAPI(_ReliableClient, WeChatClient):
    """Official Account: /cgi-bin/token and the customer-service message API."""

    token_path = "token"

    def __init__(self, appid: str, secret: str, api_base_url: str, timeout: float = 10.0) -> None:
        WeChatClient.__init__(self, appid, secret, timeout=timeout)
        self._setup(api_base_url)

    def _token_params(self) -> dict[str, str]:
        return {"grant_type": "client_credential", "appid": self.appid, "secret": self.secret}

    def push_text(self, user: str, text: str) -> bool:
        return self.send_reliably(lambda: self.message.send_text(user, text))


class WeComAPI(_ReliableClient, WeComClient):
    """WeCom self-built app: /cgi-bin/gettoken and /cgi-bin/message/send."""

    token_path = "gettoken"

    def __init__(self, corp_id: str, secret: str, agent_id: int, api_base_url: str, timeout: float = 10.0) -> None:
        WeComClient.__init__(self, corp_id, secret, timeout=timeout)
        self.agent_id = agent_id
        self._setup(api_base_url)

    def _token_params(self) -> dict[str, str]:
        return {"corpid": self.corp_id, "corpsecret": self.secret}

    def push_text(self, user: str, text: str) -> bool:
        return self.send_reliably(lambda: self.message.send_text(self.agent_id, user, text))
