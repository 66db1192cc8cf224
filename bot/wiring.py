"""Building the knowledge base, ingestor and engine from settings: the one place that wires them."""

from __future__ import annotations

import errno
import logging
import os
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot import database, metrics
from bot.admission import Admission
from bot.config import Settings
from bot.records import Records
from bot.staff import StaffStore
from bot.state import SharedState, build_state
from knowledge.base import KnowledgeBase
from knowledge.embeddings import build_embeddings
from knowledge.engine import AnswerEngine
from knowledge.ingest import Ingestor, IngestReport
from knowledge.llm import LLMAnswerer, build_chat_model

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from telegram.ext import Application

    from handlers.wechat import WeChatOfficialAccount
    from handlers.wecom import WeComApp


def offline_environment() -> None:
    """Nothing may download a model at run time: make every hub client fail fast instead of trying."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")


class App:
    """The application's parts, each built on first use: `dosti kb list` never builds the engine."""

    def __init__(self, settings: Settings) -> None:
        offline_environment()
        self.settings = settings

    @cached_property
    def kb(self) -> KnowledgeBase:
        embeddings, model_id = build_embeddings(self.settings.knowledge.embeddings)
        catalog = self.settings.database_for("catalog.sqlite3")
        database.upgrade(catalog)
        cache = self.settings.knowledge.embeddings.cache_file
        return KnowledgeBase(
            self.settings.data_path,
            embeddings,
            model_id,
            self.settings.knowledge.chroma,
            catalog,
            embedding_cache=self.settings.resolve(cache) if cache else None,
        )

    @cached_property
    def ingestor(self) -> Ingestor:
        return Ingestor(self.kb, self.settings.knowledge.retrieval.chunk_chars)

    @cached_property
    def engine(self) -> AnswerEngine:
        engine = AnswerEngine(
            self.kb,
            contact=contact_line(self.settings),
            top_k=self.settings.knowledge.retrieval.top_k,
            candidates=self.settings.knowledge.retrieval.candidates,
            llm=self._llm(),
            observers=[metrics.record_answer],
        )
        engine.observers.append(metrics.EngineCounts(engine))
        return engine

    @cached_property
    def admission(self) -> Admission:
        """What the channels ask: the engine behind a bounded queue (bot/admission.py)."""
        return Admission(self.engine, self.settings.server.parallel_answers)

    def ingest(self, paths: list[Path], **progress: Any) -> IngestReport:
        """Ingest and count the results for /metrics; the CLI and the channels' staff uploads use this."""
        report = self.ingestor.ingest(paths, **progress)
        for result in report.results:
            metrics.INGESTS.labels(result.status).inc()
        return report

    @cached_property
    def staff(self) -> StaffStore:
        return StaffStore(self.settings.database_for("records.sqlite3"))

    @cached_property
    def desk(self) -> KnowledgeDesk:
        return KnowledgeDesk(self)

    @cached_property
    def state(self) -> SharedState:
        return build_state(self.settings.state.redis_url)

    @cached_property
    def records(self) -> Records:
        return Records(self.settings.database_for("records.sqlite3"))

    def telegram_application(self) -> Application:
        from handlers.telegram import build_application

        return build_application(
            self.settings.telegram,
            self.engine,
            self.admission,
            self.records,
            self.desk,
            self.state,
        )

    @cached_property
    def wechat(self) -> WeChatOfficialAccount:
        from handlers.wechat import WeChatOfficialAccount
        from handlers.wechat_api import WeChatAPI

        wechat = self.settings.wechat
        api = None
        if wechat.can_push and wechat.app_secret is not None:
            session, lock = self._token_store(wechat.app_id)
            api = WeChatAPI(
                wechat.app_id, wechat.app_secret.get_secret_value(), wechat.api_base_url, session=session, lock=lock
            )
        return WeChatOfficialAccount(wechat, self.admission, self.records, api, self.state)

    @cached_property
    def wecom(self) -> WeComApp:
        from handlers.wechat_api import WeComAPI
        from handlers.wecom import WeComApp

        wecom = self.settings.wecom
        api = None
        if wecom.secret is not None:
            session, lock = self._token_store(wecom.corp_id)
            secret = wecom.secret.get_secret_value()
            api = WeComAPI(wecom.corp_id, secret, wecom.agent_id, wecom.api_base_url, session=session, lock=lock)
        return WeComApp(wecom, self.admission, self.records, api, self.state)

    def _token_store(self, appid: str) -> tuple[Any, Any]:
        """Where access tokens live: shared through Redis across workers, else wechatpy's defaults."""
        if not self.settings.state.redis_url:
            return None, None
        from handlers.wechat_api import shared_token_store

        return shared_token_store(self.settings.state.redis_url, appid)

    def _llm(self) -> LLMAnswerer | None:
        llm = self.settings.llm
        if llm.provider == "none":
            return None
        key = llm.api_key.get_secret_value() if llm.api_key else None
        model = build_chat_model(llm.provider, llm.model, llm.base_url, key, llm.timeout_s, llm.temperature)
        return LLMAnswerer(model, llm.timeout_s)


class KnowledgeDesk:
    """Staff-facing knowledge-base operations for the channels (the port in handlers/telegram.py)."""

    def __init__(self, app: App) -> None:
        self.app = app

    def store_upload(self, name: str, data: bytes) -> tuple[bool, str]:
        """Save an upload whole or not at all (a full disk says so and leaves nothing behind), then ingest it."""
        uploads = self.app.settings.data_path / "uploads"
        target = uploads / name
        partial = target.with_name(f".{name}.part")
        try:
            uploads.mkdir(parents=True, exist_ok=True)
            partial.write_bytes(data)
            partial.replace(target)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            full = exc.errno in {errno.ENOSPC, errno.EDQUOT, errno.EFBIG}
            why = "the server's disk is full" if full else f"it could not be saved ({exc.strerror})"
            log.error("upload %s not saved: %s", name, exc.strerror)
            return False, f"{name}: not added: {why}. Nothing was changed; free some space and send it again."
        return self.ingest_upload(target)

    def ingest_upload(self, path: Path) -> tuple[bool, str]:
        report = self.app.ingest([path])
        result = report.results[0]
        if result.status == "unchanged":
            return True, f"{path.name}: unchanged, nothing to do."
        if result.status == "superseded":
            return True, f"{path.name}: saved, but {'; '.join(result.errors)}."
        if result.failed:
            errors = "; ".join(result.errors[:5])
            return False, f"{path.name}: {result.status} — {errors}"
        unit = "rows" if result.kind == "directory" else "chunks"
        return True, f"{path.name}: {result.status}, {result.items} {unit} ({result.language})."

    def list_sources(self) -> str:
        sources = self.app.kb.catalog.sources()
        if not sources:
            return "The knowledge base is empty."
        return "\n".join(f"{s.name} — {s.kind}, {s.items}, {s.language}" for s in sources)

    def remove_source(self, name: str) -> tuple[bool, str]:
        found = self.app.kb.catalog.find_sources(name)
        if len(found) != 1:
            return False, f"No single source named {name!r}; see /kb."
        self.app.kb.remove(found[0])
        return True, f"Removed {found[0].name}."


def contact_line(settings: Settings) -> str:
    c = settings.contact
    parts = [c.email, c.phone, f"WeChat {c.wechat}" if c.wechat else "", f"Telegram {c.telegram}" if c.telegram else ""]
    return " · ".join(p for p in parts if p)
