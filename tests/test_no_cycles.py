"""The import graph of src/ has no cycles, function-level imports included (static, with ast)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from helpers import ROOT

SRC = ROOT / "src"
ALLOWED_PACKAGE_PAIRS: set[frozenset[str]] = set()  # no exception: store and merge are layered


def _name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_name(p): p for p in SRC.rglob("*.py")}


def _imports(name: str, path: Path, known: set[str]) -> list[tuple[str, list[str]]]:
    """(imported module, names) for every import statement, at any depth of the file."""
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    out = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.Import):
            out += [(a.name, []) for a in node.names if a.name.split(".")[0] == "sitrep"]
        elif isinstance(node, ast.ImportFrom):
            base = package[: len(package) - node.level + 1] if node.level else []
            mod = ".".join(base + ([node.module] if node.module else []))
            if mod.split(".")[0] != "sitrep":
                continue
            for a in node.names:  # "from . import x" imports the module x
                sub = f"{mod}.{a.name}"
                out.append((sub, []) if sub in known else (mod, [a.name]))
    return out


def _graph() -> dict[str, set[str]]:
    mods = _modules()
    known = set(mods)
    return {
        n: {m for m, _ in _imports(n, p, known) if m in known and m != n} for n, p in mods.items()
    }


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one node (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []
    for root in graph:
        if root in index:
            continue
        work = [(root, iter(sorted(graph.get(root, ()))))]
        index[root] = low[root] = len(index)
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            w = next(it, None)
            if w is not None:
                if w not in index:
                    index[w] = low[w] = len(index)
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(sorted(graph.get(w, ())))))
                elif w in on:
                    low[v] = min(low[v], index[w])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    x = stack.pop()
                    on.discard(x)
                    comp.append(x)
                    if x == v:
                        break
                if len(comp) > 1:
                    out.append(sorted(comp))
    return out


def _package(mod: str) -> str:
    return ".".join(mod.split(".")[:2])


@pytest.mark.parametrize(
    ("graph", "cycles"),
    [
        ({"a": {"b"}, "b": {"a"}, "c": {"a"}}, [["a", "b"]]),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}, [["a", "b", "c"]]),
        ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
    ],
)
def test_the_cycle_finder_finds_cycles(graph, cycles):
    assert _cycles(graph) == cycles


def test_no_module_imports_itself_back():
    assert _cycles(_graph()) == []


def test_no_package_cycles():
    pkg: dict[str, set[str]] = {}
    for a, bs in _graph().items():
        for b in bs:
            pa, pb = _package(a), _package(b)
            if pa != pb and frozenset({pa, pb}) not in ALLOWED_PACKAGE_PAIRS:
                pkg.setdefault(pa, set()).add(pb)
    assert _cycles(pkg) == []


def test_no_private_name_is_imported_from_another_package():
    """`_name` stays inside its package (segment._morph was imported by persons and orgs)."""
    mods = _modules()
    known = set(mods)
    bad = []
    for name, path in mods.items():
        home = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
        for mod, names in _imports(name, path, known):
            private = [n for n in names if n.startswith("_") and not n.startswith("__")]
            if private and not (mod == home or mod.startswith(home + ".")):
                bad.append(f"{name} imports {', '.join(private)} from {mod}")
    assert bad == []
