"""Table-driven figure tests for issue 11: scope, the headline figure, sums, victims.

Each case in tests/data/figures/<lang>.yaml runs through the real pipeline; its
`claims` must be among the predicted claims (kind, low, high, and scope when
given) and its `summary` figures must equal the report's headline ([low, high]).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import sitrep
from helpers import case_param, summary_problems

DATA = Path(__file__).parent / "data" / "figures"
LANGS = ("uk", "ru", "en")


def load(lang: str) -> list[dict[str, Any]]:
    with (DATA / f"{lang}.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _params() -> list:
    out = []
    for lang in LANGS:
        for case in load(lang):
            out.append(case_param(lang, case, f"{lang}-{case['id']}"))
    return out


@pytest.mark.parametrize("lang", LANGS)
def test_enough_scope_cases(lang: str) -> None:
    """The issue asks for at least 15 cases per language for scope."""
    cases = load(lang)
    assert len({c["id"] for c in cases}) == len(cases)
    assert sum(c["id"].startswith("bg-") for c in cases) >= 15


@pytest.mark.parametrize(("lang", "case"), _params())
def test_figures(lang: str, case: dict[str, Any]) -> None:
    report = sitrep.extract(case["text"], published=case.get("published"), lang=lang)
    got = [
        (c.kind, c.low, c.high, c.scope, c.certainty, c.source.name, c.perpetrator)
        for c in report.claims
    ]
    problems = []
    for exp in case.get("claims") or []:
        want = (exp["kind"], exp["low"], exp["high"])
        hits = [g for g in got if g[:3] == want]
        if not hits:
            problems.append(f"missing {want}")
        elif "scope" in exp and all(g[3] != exp["scope"] for g in hits):
            problems.append(f"{want}: scope {hits[0][3]}, expected {exp['scope']}")
        elif "certainty" in exp and all(g[4] != exp["certainty"] for g in hits):
            problems.append(f"{want}: certainty {hits[0][4]}, expected {exp['certainty']}")
        elif "source" in exp and all(exp["source"].casefold() not in g[5].casefold() for g in hits):
            problems.append(f"{want}: source {hits[0][5]!r}, expected {exp['source']!r}")
        elif "perpetrator" in exp and all(g[6] != exp["perpetrator"] for g in hits):
            problems.append(f"{want}: perpetrator {hits[0][6]}, expected {exp['perpetrator']}")
    problems += summary_problems(report, case.get("summary"))
    if problems:
        pytest.fail(f"{case['text']}\n  " + "\n  ".join(problems) + f"\n  claims: {got}")
