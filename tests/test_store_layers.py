"""Layers of the store: merge decides (pure), the store runs SQL; nothing imports upwards."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "sitrep"


def _imports(path: Path) -> set[str]:
    """Absolute names of every module a file imports (relative imports resolved)."""
    package = ["sitrep", *path.relative_to(SRC).with_suffix("").parts][:-1]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            mod = ".".join([*base, *(node.module or "").split(".")]).strip(".")
            out.add(mod)
            out.update(f"{mod}.{a.name}" for a in node.names)
    return out


def _files(package: str) -> list[Path]:
    return sorted((SRC / package).rglob("*.py"))


@pytest.mark.parametrize(
    "package, forbidden",
    [
        ("merge", "sitrep.store"),
        ("merge", "sqlalchemy"),
        ("merge", "alembic"),
        ("merge", "rich"),
        ("store", "sitrep.cli"),
        ("store", "rich"),
    ],
)
def test_package_does_not_import(package, forbidden):
    bad = {
        f"{p.relative_to(SRC)}: {name}"
        for p in _files(package)
        for name in _imports(p)
        if name == forbidden or name.startswith(forbidden + ".")
    }
    assert not bad, f"{package}/ must not import {forbidden}: {sorted(bad)}"


def test_the_checker_sees_relative_imports():
    """The rule above could fail: store/ does import merge/ (relatively)."""
    names = set().union(*(_imports(p) for p in _files("store")))
    assert "sitrep.merge" in names and "sqlalchemy" in names


def test_test_fixtures_live_in_tests():
    assert not (SRC / "store" / "synth.py").exists()
    assert (SRC.parent.parent / "tests" / "synth.py").exists()


class _Recorder:
    """A minimal Progress: what an ingest told it."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def start(self, total):
        self.calls.append(("start", total))

    def advance(self, summary):
        self.calls.append(("advance", summary.seen))

    def close(self):
        self.calls.append(("close",))


def test_ingest_reports_progress_to_whoever_listens(tmp_path):
    from sitrep.store import Store
    from sitrep.store.ingest import ingest_paths

    for i in range(3):
        (tmp_path / f"r{i}.txt").write_text(f"Report {i}.", encoding="utf-8")
    rec = _Recorder()
    with Store(tmp_path / "s.db") as st:
        ingest_paths(st, [str(tmp_path / "*.txt")], extract=False, progress=rec)
    assert rec.calls == [("start", 3), ("advance", 1), ("advance", 2), ("advance", 3), ("close",)]
