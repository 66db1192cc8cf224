"""The web server `dosti serve` runs: one FastAPI app hosting every configured channel.

Always: the browser chat at /, POST /api/ask (OpenAPI docs at /docs), /healthz and /metrics. When
configured: /wechat (Official Account callbacks), /wecom (WeCom app callbacks), /telegram (webhook mode;
polling runs inside the same process). The Telegram webhook route follows python-telegram-bot's
customwebhookbot example: check the secret header, then hand the update to the Application's queue.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING

from fastapi import FastAPI, Request, Response

if TYPE_CHECKING:
    from telegram.ext import Application

    from bot.wiring import App

log = logging.getLogger(__name__)

TELEGRAM_SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def create_server(app: App) -> FastAPI:
    settings = app.settings
    telegram_app: Application | None = app.telegram_application() if settings.telegram.token else None
    wechat = app.wechat if settings.wechat.token else None
    wecom = app.wecom if settings.wecom.token else None

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        await asyncio.to_thread(app.engine.warm_up)
        if telegram_app is None:
            yield
            return
        async with telegram_app:
            await telegram_app.post_init(telegram_app)  # type: ignore[misc]
            await telegram_app.start()
            if settings.telegram.mode == "webhook":
                secret = settings.telegram.webhook_secret
                await telegram_app.bot.set_webhook(
                    url=settings.telegram.webhook_url or "",
                    secret_token=secret.get_secret_value() if secret else None,
                    allowed_updates=["message", "callback_query", "edited_message"],
                )
            else:
                await telegram_app.updater.start_polling()  # type: ignore[union-attr]
            try:
                yield
            finally:
                if telegram_app.updater is not None and telegram_app.updater.running:
                    await telegram_app.updater.stop()
                await telegram_app.stop()

    api = FastAPI(title="Dosti", lifespan=lifespan)

    from handlers.web import web_router

    api.include_router(web_router(app.engine, app.records))

    @api.get("/metrics", include_in_schema=False)
    async def prometheus_metrics() -> Response:
        from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

        return Response(generate_latest(), media_type=CONTENT_TYPE_LATEST)

    @api.get("/healthz")
    async def healthz() -> dict[str, object]:
        reachable = await asyncio.to_thread(app.kb.index.heartbeat)
        chunks, companies = app.kb.catalog.counts()
        return {"ok": reachable, "chunks": chunks, "companies": companies}

    if wechat is not None:
        from handlers.wechat import wechat_router

        api.include_router(wechat_router(wechat))

    if wecom is not None:
        from handlers.wecom import wecom_router

        api.include_router(wecom_router(wecom))

    if telegram_app is not None and settings.telegram.mode == "webhook":
        from telegram import Update

        expected = settings.telegram.webhook_secret.get_secret_value() if settings.telegram.webhook_secret else None

        @api.post("/telegram", include_in_schema=False)
        async def telegram_webhook(request: Request) -> Response:
            if expected is None or request.headers.get(TELEGRAM_SECRET_HEADER) != expected:
                return Response("forbidden", status_code=403)
            try:
                update = Update.de_json(await request.json(), telegram_app.bot)
            except ValueError:
                return Response("bad request", status_code=400)
            await telegram_app.update_queue.put(update)
            return Response("ok")

    return api
