"""The web server `dosti serve` runs: one FastAPI app hosting every configured channel.

The server itself adds /healthz and /metrics; every channel in handlers/ mounts itself: the browser chat
at / and POST /api/ask (docs at /docs) always, and when configured /wechat, /wecom and /telegram (webhook
mode; polling runs beside the server in its lifespan). The Telegram webhook route follows python-telegram-bot's
customwebhookbot example: check the secret header, then hand the update to the Application's queue.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from typing import TYPE_CHECKING

from fastapi import FastAPI, Response
from prometheus_client import CONTENT_TYPE_LATEST

from bot import metrics
from bot.channels import mount_channels
from handlers import Lifespan

if TYPE_CHECKING:
    from bot.wiring import App


def create_server(app: App) -> FastAPI:
    lifespans: list[Lifespan] = []

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await asyncio.to_thread(app.engine.warm_up)
        async with AsyncExitStack() as stack:
            for channel_lifespan in lifespans:
                await stack.enter_async_context(channel_lifespan())
            yield
        # After the channels: their last answers (pushes a clean shutdown still sends) are recorded too.
        await asyncio.to_thread(app.records.close)
        metrics.worker_exited()

    api = FastAPI(title="Dosti", lifespan=lifespan)

    @api.get("/metrics", include_in_schema=False)
    async def prometheus_metrics() -> Response:
        return Response(metrics.exposition(), media_type=CONTENT_TYPE_LATEST)

    @api.get("/healthz")
    async def healthz(response: Response) -> dict[str, object]:
        """Each store this worker needs, reachable or not; 503 when any is not."""
        checks = {
            "vectors": await asyncio.to_thread(app.kb.index.heartbeat),
            "state": await app.state.ping(),
            "catalog": True,
        }
        try:
            chunks, companies = app.kb.catalog.counts()
        except Exception:  # a database that went away
            checks["catalog"], chunks, companies = False, 0, 0
        ok = all(checks.values())
        if not ok:
            response.status_code = 503
        return {"ok": ok, "checks": checks, "chunks": chunks, "companies": companies, "worker": os.getpid()}

    lifespans.extend(mount_channels(api, app))
    return api


def worker_server() -> FastAPI:
    """One worker of `dosti serve --workers N` (uvicorn's factory): the config from DOSTI_CONFIG."""
    from bot.config import load_settings
    from bot.redaction import configure_logging
    from bot.wiring import App

    settings = load_settings()
    configure_logging(settings)
    return create_server(App(settings))
