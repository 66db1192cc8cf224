"""WeChat's and WeCom's server APIs through wechatpy's clients, with the API host configurable.

Two things wechatpy leaves to us: the token URLs are hard-coded to Tencent's hosts (we need proxies
and a local stand-in in tests), and two threads that find the token missing or expired both fetch a
new one. WeChat invalidates the older token when a newer one is issued, so concurrent fetches make
requests fail; here one fetch runs at a time and the others reuse its result. wechatpy itself refetches
and retries once on 40001/42001/40014.

With several workers, the token lives in wechatpy's own ``RedisStorage`` session and the "one fetch at
a time" lock is a Redis lock, so the rule holds across processes; in one process they are wechatpy's
``MemoryStorage`` and a thread lock.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from typing import Any

import requests
from wechatpy import WeChatClient
from wechatpy.enterprise import WeChatClient as WeComClient
from wechatpy.exceptions import WeChatClientException
from wechatpy.session import SessionStorage

log = logging.getLogger(__name__)

SEND_ATTEMPTS = 3
TOKEN_TTL_S = 7200  # WeChat's access tokens live two hours
TRANSIENT_ERRCODES = {-1, 45009}  # -1: system busy; 45009: API frequency limit reached


class _ReliableClient:
    """Single-flight access tokens and retried sends, for either wechatpy client."""

    token_path: str

    def _setup(self, api_base_url: str, lock: AbstractContextManager[Any] | None) -> None:
        self.base = api_base_url.rstrip("/")
        self.API_BASE_URL = f"{self.base}/cgi-bin/"
        self._token_lock = lock or threading.Lock()
        self.token_fetches = 0

    def _token_params(self) -> dict[str, str]:
        raise NotImplementedError

    def fetch_access_token(self) -> dict[str, Any]:
        session = self.session  # type: ignore[attr-defined]
        fetched_key = f"{self.access_token_key}_fetched_at"  # type: ignore[attr-defined]
        waiting_since = time.time()
        with self._token_lock:
            token = session.get(self.access_token_key)  # type: ignore[attr-defined]
            if token and (session.get(fetched_key) or 0.0) > waiting_since:  # fetched while this one waited
                return {"access_token": token}
            result = self._fetch_access_token(url=f"{self.base}/cgi-bin/{self.token_path}", params=self._token_params())  # type: ignore[attr-defined]
            session.set(fetched_key, time.time(), TOKEN_TTL_S)
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


def shared_token_store(redis_url: str, appid: str) -> tuple[SessionStorage, AbstractContextManager[Any]]:
    """wechatpy's RedisStorage for the token and a Redis lock for fetching it: one fetch across workers."""
    import redis
    from wechatpy.session.redisstorage import RedisStorage

    client = redis.Redis.from_url(redis_url, socket_timeout=5.0)
    lock = client.lock(f"dosti:wechat-token-lock:{appid}", timeout=30, blocking_timeout=35)
    return RedisStorage(client, prefix="dosti:wechatpy"), lock


class WeChatAPI(_ReliableClient, WeChatClient):
    """Official Account: /cgi-bin/token and the customer-service message API."""

    token_path = "token"

    def __init__(
        self,
        appid: str,
        secret: str,
        api_base_url: str,
        timeout: float = 10.0,
        session: SessionStorage | None = None,
        lock: AbstractContextManager[Any] | None = None,
    ) -> None:
        WeChatClient.__init__(self, appid, secret, session=session, timeout=timeout)
        self._setup(api_base_url, lock)

    def _token_params(self) -> dict[str, str]:
        return {"grant_type": "client_credential", "appid": self.appid, "secret": self.secret}

    def push_text(self, user: str, text: str) -> bool:
        return self.send_reliably(lambda: self.message.send_text(user, text))


class WeComAPI(_ReliableClient, WeComClient):
    """WeCom self-built app: /cgi-bin/gettoken and /cgi-bin/message/send."""

    token_path = "gettoken"

    def __init__(
        self,
        corp_id: str,
        secret: str,
        agent_id: int,
        api_base_url: str,
        timeout: float = 10.0,
        session: SessionStorage | None = None,
        lock: AbstractContextManager[Any] | None = None,
    ) -> None:
        WeComClient.__init__(self, corp_id, secret, session=session, timeout=timeout)
        self.agent_id = agent_id
        self._setup(api_base_url, lock)

    def _token_params(self) -> dict[str, str]:
        return {"corpid": self.corp_id, "corpsecret": self.secret}

    def push_text(self, user: str, text: str) -> bool:
        return self.send_reliably(lambda: self.message.send_text(self.agent_id, user, text))
