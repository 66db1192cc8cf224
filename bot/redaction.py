"""Configured secrets never reach a log line, whichever library writes it.

python-telegram-bot logs its Bot API URL (which holds the token) at DEBUG, httpx logs request URLs at
INFO, and an exception message can quote a URL too. Rather than chase each logger, every log record
is redacted where it is made: one record factory, so uvicorn's own handlers are covered as well.
"""

from __future__ import annotations

import logging
import traceback
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, SecretStr

if TYPE_CHECKING:
    from bot.config import Settings

REDACTED = "***"
MIN_SECRET_CHARS = 6  # shorter values would redact ordinary words


def settings_secrets(model: BaseModel) -> list[str]:
    """Every SecretStr value in a settings tree."""
    found: list[str] = []
    for name in type(model).model_fields:
        value = getattr(model, name)
        if isinstance(value, SecretStr):
            found.append(value.get_secret_value())
        elif isinstance(value, BaseModel):
            found.extend(settings_secrets(value))
    return found


class SecretRedactor:
    def __init__(self, secrets: Iterable[str]) -> None:
        self.secrets = sorted({s for s in secrets if len(s) >= MIN_SECRET_CHARS}, key=len, reverse=True)

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, REDACTED)
        return text

    def scrub(self, record: logging.LogRecord) -> logging.LogRecord:
        message = record.getMessage()
        clean = self.redact(message)
        if clean != message:
            record.msg, record.args = clean, ()
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = self.redact("".join(traceback.format_exception(*record.exc_info)).rstrip())
        return record


def install(secrets: Iterable[str]) -> SecretRedactor:
    """Redact these secrets from every log record made from now on, by any logger."""
    redactor = SecretRedactor(secrets)
    make_record = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        return redactor.scrub(make_record(*args, **kwargs))

    logging.setLogRecordFactory(factory)
    return redactor


def configure_logging(settings: Settings) -> None:
    """The log setup of every process we start (the CLI and each server worker)."""
    logging.basicConfig(level=settings.log_level.upper(), format="%(levelname)s %(name)s: %(message)s")
    # httpx logs every request URL at INFO, and Telegram's URLs carry the bot token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    install(settings_secrets(settings))
