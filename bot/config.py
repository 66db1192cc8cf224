"""Typed settings: config.yaml, overridden by DOSTI_<SECTION>__<KEY> environment variables.

Unknown keys are refused (pydantic's ``extra="forbid"``) so a typo in config.yaml fails loudly
instead of silently falling back to a default.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, ValidationError
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    YamlConfigSettingsSource,
)

from knowledge.settings import ChromaSettings, EmbeddingSettings, RetrievalSettings, Section

CONFIG_ENV = "DOSTI_CONFIG"


class KnowledgeSettings(Section):
    sources: list[Path] = Field(default_factory=list)
    chroma: ChromaSettings = Field(default_factory=ChromaSettings)
    embeddings: EmbeddingSettings = Field(default_factory=EmbeddingSettings)
    retrieval: RetrievalSettings = Field(default_factory=RetrievalSettings)


class LLMSettings(Section):
    provider: Literal["none", "openai", "ollama"] = "none"
    base_url: str | None = None
    model: str = ""
    api_key: SecretStr | None = None
    timeout_s: float = 8.0
    temperature: float = 0.1


class TelegramSettings(Section):
    token: SecretStr | None = None
    mode: Literal["polling", "webhook"] = "polling"
    webhook_url: str | None = None
    webhook_secret: SecretStr | None = None
    base_url: str | None = None
    base_file_url: str | None = None
    staff_chat_id: int | None = None
    staff_user_ids: list[int] = Field(default_factory=list)
    rate_limit_per_minute: int = 12
    max_message_chars: int = 1000
    busy_after_s: float = Field(default=3.0, gt=0)  # expected wait past this: say "busy" first, then answer
    busy_backlog: int = Field(default=200, ge=0)  # questions told "busy" and waiting; past it: "try again later"


class CallbackSettings(Section):
    """What WeChat and WeCom callbacks share."""

    token: SecretStr | None = None
    encoding_aes_key: SecretStr | None = None
    passive_timeout_s: float = 4.0
    platform_wait_s: float = 5.0
    menu: dict[str, str] = Field(default_factory=dict)


class WeChatSettings(CallbackSettings):
    app_id: str = ""
    app_secret: SecretStr | None = None
    api_base_url: str = "https://api.weixin.qq.com"
    can_push: bool = False


class WeComSettings(CallbackSettings):
    corp_id: str = ""
    agent_id: int = 0
    secret: SecretStr | None = None
    api_base_url: str = "https://qyapi.weixin.qq.com"


class ServerSettings(Section):
    host: str = "127.0.0.1"
    port: int = 8080
    workers: int = Field(default=1, ge=1, le=64)
    rate_limit_per_minute: int = Field(default=30, ge=1)  # per browser session (or address) on /api/ask
    public_url: str = ""  # how users reach the server, e.g. https://dosti.example.org; https → Secure cookies
    trusted_proxies: list[str] = Field(default_factory=list)  # whose X-Forwarded-* uvicorn believes; none = 127.0.0.1
    login_failures_per_name: int = Field(default=10, ge=1)  # failed sign-ins at one name, from any address…
    login_pause_s: int = Field(default=900, ge=1)  # …pause that name this long (shared state: every worker)
    parallel_answers: int = Field(default=0, ge=0)  # answers at a time per worker; 0: twice the cores
    answer_deadline_s: float = Field(default=5.0, gt=0)  # /api/ask: past this expected wait, 503 + Retry-After


class DatabaseSettings(Section):
    # SQLAlchemy URL, e.g. postgresql://dosti:PASSWORD@db-host/dosti. Unset: SQLite files in data_dir.
    url: SecretStr | None = None


class StateSettings(Section):
    redis_url: str | None = None  # set for several workers: claims, answers in flight, rate limits


class ContactSettings(Section):
    email: str = ""
    phone: str = ""
    wechat: str = ""
    telegram: str = ""
    office_hours: str = ""  # when staff answer hand-offs, e.g. "Mon–Fri 9:00–17:00 PKT"; said to the asker


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="DOSTI_",
        env_nested_delimiter="__",
        extra="forbid",
    )

    data_dir: Path = Path(".dosti-data")
    log_level: str = "WARNING"
    knowledge: KnowledgeSettings = Field(default_factory=KnowledgeSettings)
    llm: LLMSettings = Field(default_factory=LLMSettings)
    contact: ContactSettings = Field(default_factory=ContactSettings)
    server: ServerSettings = Field(default_factory=ServerSettings)
    state: StateSettings = Field(default_factory=StateSettings)
    database: DatabaseSettings = Field(default_factory=DatabaseSettings)
    telegram: TelegramSettings = Field(default_factory=TelegramSettings)
    wechat: WeChatSettings = Field(default_factory=WeChatSettings)
    wecom: WeComSettings = Field(default_factory=WeComSettings)

    # Set by load_settings(); relative paths in the file are read against its folder.
    config_dir: Path = Field(default=Path(), exclude=True)

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        yaml_file = settings_cls.model_config.get("yaml_file")
        sources: list[PydanticBaseSettingsSource] = [init_settings, env_settings]
        if yaml_file:
            sources.append(YamlConfigSettingsSource(settings_cls, yaml_file=yaml_file))
        return tuple(sources)

    def resolve(self, path: Path) -> Path:
        return path if path.is_absolute() else (self.config_dir / path).resolve()

    @property
    def data_path(self) -> Path:
        return self.resolve(self.data_dir)

    def database_for(self, file_name: str) -> str | Path:
        """Where a relational store lives: database.url when set, else its own SQLite file in data_dir."""
        return self.database.url.get_secret_value() if self.database.url else self.data_path / file_name

    @property
    def source_paths(self) -> list[Path]:
        return [self.resolve(p) for p in self.knowledge.sources]


class ConfigError(ValueError):
    """A config file or environment variable that cannot be used; the message names the key."""


def _describe(error: ValidationError) -> str:
    lines = []
    for item in error.errors():
        key = ".".join(str(p) for p in item["loc"])
        if item["type"] == "extra_forbidden":
            lines.append(f"unknown setting '{key}'")
        else:
            lines.append(f"setting '{key}': {item['msg']}")
    return "; ".join(lines)


def default_config_path() -> Path | None:
    """DOSTI_CONFIG, else ./config.yaml if present."""
    env = os.environ.get(CONFIG_ENV)
    if env:
        return Path(env)
    local = Path("config.yaml")
    return local if local.is_file() else None


def load_settings(path: Path | None = None, **overrides: object) -> Settings:
    path = path if path is not None else default_config_path()
    if path is not None and not path.is_file():
        raise ConfigError(f"config file not found: {path}")

    class FileSettings(Settings):
        model_config = SettingsConfigDict(yaml_file=path)

    try:
        settings = FileSettings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        where = f" in {path}" if path else ""
        raise ConfigError(f"invalid configuration{where}: {_describe(exc)}") from None
    base = path.parent.resolve() if path else Path.cwd()
    return settings.model_copy(update={"config_dir": base})
