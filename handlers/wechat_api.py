"""WeChat's server API through wechatpy's WeChatClient, with the API host configurable.

Two things wechatpy leaves to us: the token URL is hard-coded to api.weixin.qq.com (we need proxies
and a local stand-in in tests), and two threads that find the token missing or expired both fetch a
new one. WeChat invalidates the older token when a newer one is issued, so concurrent fetches make
requests fail; here one fetch runs at a time and the others reuse its result.
"""

from __future__ import annotations

import logging
import threading
import time

import requests
from wechatpy import WeChatClient
from wechatpy.exceptions import WeChatClientException

log = logging.getLogger(__name__)

SEND_ATTEMPTS = 3
TRANSIENT_ERRCODES = {-1, 45009}  # -1: system busy; 45009: API frequency limit reached


class WeChatAPI(WeChatClient):
    def __init__(self, appid: str, secret: str, api_base_url: str, timeout: float = 10.0) -> None:
        super().__init__(appid, secret, timeout=timeout)
        self.base = api_base_url.rstrip("/")
        self.API_BASE_URL = f"{self.base}/cgi-bin/"
        self._token_lock = threading.Lock()
        self._fetched_at = 0.0
        self.token_fetches = 0

    def fetch_access_token(self) -> dict[str, object]:
        waiting_since = time.monotonic()
        with self._token_lock:
            if self._fetched_at > waiting_since:  # another request fetched while this one waited
                return {"access_token": self.session.get(self.access_token_key)}
            result = self._fetch_access_token(
                url=f"{self.base}/cgi-bin/token",
                params={"grant_type": "client_credential", "appid": self.appid, "secret": self.secret},
            )
            self._fetched_at = time.monotonic()
            self.token_fetches += 1
            return result

    def send_text_reliably(self, openid: str, text: str) -> bool:
        """Customer-service text message; retried on network errors and WeChat's transient codes."""
        for attempt in range(1, SEND_ATTEMPTS + 1):
            try:
                self.message.send_text(openid, text)
                return True
            except WeChatClientException as exc:
                if exc.errcode not in TRANSIENT_ERRCODES and exc.errcode is not None:
                    log.error("WeChat custom send failed: errcode %s", exc.errcode)
                    return False
            except requests.RequestException as exc:
                log.warning("WeChat custom send, attempt %s: %s", attempt, type(exc).__name__)
            time.sleep(0.2 * attempt)
        log.error("WeChat custom send failed after %s attempts", SEND_ATTEMPTS)
        return False
