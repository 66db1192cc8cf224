"""The web server `dosti serve` runs: one FastAPI app hosting every configured channel.

The server itself adds /healthz and /metrics; every channel in handlers/ mounts itself: the browser chat
at / and POST /api/ask (docs at /docs) always, and when configured /wechat, /wecom and /telegram (webhook
mode; polling runs beside the server in its lifespan). The Telegram webhook route follows python-telegram-bot's
customwebhookbot example: check the secret header, then hand the update to the Application's queue.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from typing import TYPE_CHECKING

from fastapi import FastAPI, Response
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from handlers import Lifespan, mount_channels

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

    api = FastAPI(title="Dosti", lifespan=lifespan)

    @api.get("/metrics", include_in_schema=False)
    async def prometheus_metrics() -> Response:
        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    @api.get("/healthz")
    async def healthz() -> dict[str, object]:
        reachable = await asyncio.to_thread(app.kb.index.heartbeat)
        chunks, companies = app.kb.catalog.counts()
        return {"ok": reachable, "chunks": chunks, "companies": companies}

    lifespans.extend(mount_channels(api, app))
    return api
