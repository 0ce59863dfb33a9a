"""Language data lives in resources/<lang>/: no Cyrillic string literal in the checked packages.

Docstrings may quote examples; any other string with a Cyrillic letter is a word list (or a
regex of letters) that belongs in a data file. Add a package to CHECKED when it is clean.
"""

from __future__ import annotations

import ast
import re

import pytest

from helpers import ROOT

SRC = ROOT / "src" / "sitrep"
# packages (or modules) of src/sitrep; normalize/ keeps its code-page letter tables (mojibake
# signatures, not words) and claims/ and events/ join when their word lists have moved
CHECKED = ["mentions", "names", "lang", "segment", "lexicon.py"]
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def cyrillic_literals(source: str) -> list[tuple[int, str]]:
    """(line, text) of every string constant with a Cyrillic letter, docstrings excepted."""
    tree = ast.parse(source)
    docstrings = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            first = body[0] if body else None
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(id(first.value))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
        and _CYRILLIC.search(node.value)
    ]


@pytest.mark.parametrize(
    ("source", "found"),
    [
        ('"""Доки можна: "Камила Рохас"."""\nX = 1\n', []),
        ('NEGATED = {"no", "ні"}\n', [(1, "ні")]),
        ('def f():\n    """Приклад."""\n    return "до"\n', [(3, "до")]),
        ('R = r"\\s+[а-я]"\n', [(1, "\\s+[а-я]")]),
        ('S = f"{x} тисяч"\n', [(1, " тисяч")]),
        ("# коментар\nX = 'latin only'\n", []),
    ],
)
def test_the_check_finds_literals(source, found):
    assert cyrillic_literals(source) == found


@pytest.mark.parametrize("package", CHECKED)
def test_no_cyrillic_literals(package):
    found = [
        f"{p.relative_to(SRC)}:{line}: {text!r}"
        for p in (
            [SRC / package] if package.endswith(".py") else sorted((SRC / package).rglob("*.py"))
        )
        for line, text in cyrillic_literals(p.read_text("utf-8"))
    ]
    assert found == [], "move these to resources/<lang>/:\n" + "\n".join(found)


def test_checked_packages_exist():
    assert all((SRC / p).exists() for p in CHECKED)
