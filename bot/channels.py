"""Each configured channel, given the parts it uses: the one place handlers/ meets the application."""

from __future__ import annotations

from typing import TYPE_CHECKING

from handlers import Lifespan, admin, telegram, web
from handlers.wechat import wechat_router
from handlers.wecom import wecom_router

if TYPE_CHECKING:
    from fastapi import FastAPI

    from bot.wiring import App


def mount_channels(api: FastAPI, app: App) -> list[Lifespan]:
    """Mount every configured channel; returns the lifespans the server must run."""
    settings = app.settings
    api.include_router(
        web.web_router(
            app.engine,
            app.admission,
            app.records,
            app.state,
            settings.server.rate_limit_per_minute,
            settings.contact.office_hours,
            deadline_s=settings.server.answer_deadline_s,  # the one default lives in bot/config.py
        )
    )
    admin.mount(
        api,
        admin.ConsoleParts(
            staff=app.staff,
            state=app.state,
            records=app.records,
            engine=app.engine,
            kb=app.kb,
            desk=app.desk,
            server=settings.server,
            uploads=settings.data_path / "uploads",
            judged=settings.llm.provider != "none",
        ),
    )
    lifespans = []
    if settings.telegram.token is not None:
        lifespans.append(telegram.mount(api, app.telegram_application(), settings.telegram))
    if settings.wechat.token is not None:
        api.include_router(wechat_router(app.wechat))
        lifespans.append(app.wechat.lifespan())
    if settings.wecom.token is not None:
        api.include_router(wecom_router(app.wecom))
        lifespans.append(app.wecom.lifespan())
    return lifespans
