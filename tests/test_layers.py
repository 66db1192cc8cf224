"""The layers stay apart: `knowledge/` imports nothing from `bot/`; a channel in `handlers/` is given its parts and
never imports the application's wiring; no import cycle runs between `bot/` and `handlers/`."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGES = ("bot", "handlers", "knowledge")


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imported_modules(path: Path, known: set[str] = frozenset()) -> set[str]:  # type: ignore[assignment]
    """Every module a file imports, type-checking-only and in-function imports included; `from pkg import mod`
    counts as importing pkg.mod when that is one of the `known` modules."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            submodules = {f"{node.module}.{alias.name}" for alias in node.names} & known
            names.update(submodules or {node.module})
    return names


def _graph() -> dict[str, set[str]]:
    files = {_module_name(p): p for package in PACKAGES for p in (ROOT / package).rglob("*.py")}
    known = set(files)
    return {name: _imported_modules(path, known) & known for name, path in files.items()}


def test_no_module_under_knowledge_imports_bot() -> None:
    offenders = {
        name: sorted(m for m in imports if m == "bot" or m.startswith("bot."))
        for name, imports in _graph().items()
        if name.startswith("knowledge")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_no_module_under_handlers_imports_the_wiring() -> None:
    offenders = {name for name, imports in _graph().items() if name.startswith("handlers") and "bot.wiring" in imports}
    assert offenders == set()


def test_no_import_cycle_between_bot_and_handlers() -> None:
    graph = _graph()
    cycles = [path for path in _cycles(graph) if {p.split(".")[0] for p in path} >= {"bot", "handlers"}]
    assert cycles == []


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One path per cycle found by depth-first search."""
    found: list[list[str]] = []
    done: set[str] = set()

    def visit(node: str, path: list[str]) -> None:
        if node in path:
            found.append([*path[path.index(node) :], node])
            return
        if node in done:
            return
        for nxt in sorted(graph.get(node, ())):
            visit(nxt, [*path, node])
        done.add(node)

    for start in sorted(graph):
        visit(start, [])
    return found


def test_the_checks_see_type_checking_imports_and_cycles(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from bot.config import Settings\n")
    assert "bot.config" in _imported_modules(sample)
    assert _cycles({"bot.a": {"handlers.b"}, "handlers.b": {"bot.a"}}) == [["bot.a", "handlers.b", "bot.a"]]
