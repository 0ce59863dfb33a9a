"""Language data lives in resources/<lang>/, not in code: no Cyrillic string literals.

Docstrings and comments may quote examples; any other str constant with a Cyrillic
letter (a word list, a regex alternation, a word compared inline) fails.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "sitrep"
# the packages held to the rule; add "mentions" once its word lists have moved
PACKAGES = ("claims", "events")
CYRILLIC = re.compile("[\u0400-\u052f]")


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the Constant nodes that are docstrings (module, class, function)."""
    out = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                out.add(id(body[0].value))
    return out


def cyrillic_literals(source: str) -> list[tuple[int, str]]:
    """(line, text) of every non-docstring str constant that contains a Cyrillic letter."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skip
        and CYRILLIC.search(node.value)
    ]


def _files(packages: tuple[str, ...]) -> list[Path]:
    return sorted(p for pkg in packages for p in (SRC / pkg).rglob("*.py"))


@pytest.mark.parametrize(
    "path", [pytest.param(p, id=str(p.relative_to(SRC))) for p in _files(PACKAGES)]
)
def test_no_cyrillic_literal(path: Path) -> None:
    found = cyrillic_literals(path.read_text("utf-8"))
    assert not found, f"{path.relative_to(SRC)}: move to resources/<lang>/: {found}"


def test_every_package_is_scanned() -> None:
    for pkg in PACKAGES:
        assert _files((pkg,)), f"no Python files under src/sitrep/{pkg}"


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ('WORDS = {"вбито", "killed"}', 1),
        ('if w in ("до", "to"):\n    pass', 1),
        ('x = f"{n} осіб"', 1),
        ("x = 'ёж'", 1),
        ('"""Модуль: "загиблих" in a docstring is an example."""', 0),
        ('def f():\n    """Так."""\n    return "killed"', 0),
        ('class C:\n    """Клас."""', 0),
        ("# коментар\nx = 1", 0),
        ('x = "killed"', 0),
        ('def f():\n    x = 1\n    "не докстрінг"', 1),
    ],
)
def test_scanner(source: str, found: int) -> None:
    assert len(cyrillic_literals(source)) == found
