"""docs/architecture.md shows the contracts the registry holds, row for row."""

from __future__ import annotations

from helpers import ROOT
from sitrep import registry
from sitrep.pipeline import default_config

DOC = ROOT / "docs" / "architecture.md"


def _row(name: str) -> str:
    s = registry.get_spec(name)

    def cell(xs) -> str:
        return ", ".join(xs) or "–"

    return f"| `{name}` | {cell(s.requires)} | {cell(s.reads)} | {cell(s.assigns)} | {cell(s.config.model_fields)} |"


def test_the_component_table_matches_the_registry():
    text = DOC.read_text("utf-8")
    table = text.split("<!-- components")[1].split("<!-- /components -->")[0]
    rows = [ln for ln in table.splitlines() if ln.startswith("| `")]
    assert rows == [_row(n) for n in default_config()["pipeline"]["components"]]
