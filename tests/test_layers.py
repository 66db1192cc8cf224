"""The engine's layer does not reach into the application: `knowledge/` imports nothing from `bot/`."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT


def _imported_modules(path: Path) -> set[str]:
    """Every module a file imports, type-checking-only imports included."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_module_under_knowledge_imports_bot() -> None:
    offenders = {
        str(path.relative_to(ROOT)): sorted(m for m in _imported_modules(path) if m == "bot" or m.startswith("bot."))
        for path in sorted((ROOT / "knowledge").rglob("*.py"))
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_check_sees_type_checking_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from bot.config import Settings\n")
    assert "bot.config" in _imported_modules(sample)
