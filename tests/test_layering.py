"""The import rule: data flows one way, so a stage imports only what comes before it.

sources → extract → enrich → stories → store → pipeline/scheduler → web → cli, and every
module may use the base modules (model, errors, settings). model and errors use the
standard library only. The web layer never calls the pipeline: it marks, the scheduler acts.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "newsdesk"

ORDER = ["sources", "extract", "enrich", "stories", "store", "pipeline", "web", "cli"]
BASE = {"model", "errors", "settings", "__init__"}
SAME_RANK = {"scheduler": "pipeline", "server": "cli", "__main__": "cli", "commands": "cli"}


def _unit(module: str) -> str:
    """`newsdesk.sources.http` → `sources`; `newsdesk.model` → `model`."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def _rank(unit: str) -> int:
    return ORDER.index(SAME_RANK.get(unit, unit))


def _allowed(importer: str, imported: str) -> bool:
    if importer in ("model", "errors"):
        return importer == imported == "model"  # the model package's modules use each other
    if imported in BASE:
        return importer != "settings" or imported in ("errors", "__init__")
    if importer in BASE:
        return False
    if importer == "web" and imported in ("pipeline", "scheduler"):
        return False  # the web layer marks feeds; the scheduler acts
    return _rank(imported) <= _rank(importer)


def _modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if "migrations" not in p.parts)


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
            found += [f"{node.module}.{a.name}" for a in node.names if node.module == "newsdesk"]
    return [m for m in found if m.startswith("newsdesk.")]


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_stage_imports_only_earlier_stages(path: Path) -> None:
    rel = path.relative_to(SRC).with_suffix("")
    importer = _unit("newsdesk." + ".".join(rel.parts))
    for module in _imports(path):
        imported = _unit(module)
        if imported == "__version__":
            continue
        assert _allowed(importer, imported), f"{rel}: {importer} must not import {module}"


def test_model_and_errors_use_stdlib_only() -> None:
    """The shared values import nothing but the standard library (and each other)."""
    for path in [SRC / "errors.py", *sorted((SRC / "model").glob("*.py"))]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                assert node.module.startswith("newsdesk.model") or node.module.split(".")[0] in {
                    "__future__", "dataclasses", "datetime", "typing", "collections"}, node.module
