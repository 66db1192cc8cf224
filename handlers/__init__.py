"""Channel adapters: one module per channel, each turning a platform update into an Inquiry and an Answer
back into the platform's reply. They call ``AnswerEngine.answer`` and never touch Chroma or LangChain.

A channel module has ``mount(api, app)``: it adds its routes to the FastAPI app when the channel is
configured and may return a lifespan (an async context manager factory) for work that must run beside the
server, such as Telegram polling. A new channel is a new module and one name in ``CHANNELS``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from contextlib import AbstractAsyncContextManager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fastapi import FastAPI

    from bot.wiring import App

Lifespan = Callable[[], AbstractAsyncContextManager[None]]

CHANNELS = ("web", "admin", "telegram", "wechat", "wecom")


def mount_channels(api: FastAPI, app: App) -> list[Lifespan]:
    """Mount every configured channel; returns the lifespans the server must run."""
    lifespans = []
    for name in CHANNELS:
        lifespan = importlib.import_module(f"handlers.{name}").mount(api, app)
        if lifespan is not None:
            lifespans.append(lifespan)
    return lifespans
