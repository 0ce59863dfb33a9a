"""Table tests of the claim rules that real reports exposed (eval/real, December 2026).

One table per rule, tests/data/claims_real/<rule>.yaml, a mapping {uk: [...], ru: [...],
en: [...]} of sentences written for sitrep (never eval/real text), with negative cases. The
case format, matcher and strict `known_gap` marks are those of test_issue11_points.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from helpers import case_param
from test_issue11_points import check_case

DATA = Path(__file__).parent / "data" / "claims_real"
LANGS = ("uk", "ru", "en")
MIN_CASES = 4


def _tables() -> dict[str, dict[str, list[dict[str, Any]]]]:
    return {
        p.stem: yaml.safe_load(p.read_text(encoding="utf-8")) for p in sorted(DATA.glob("*.yaml"))
    }


def _params() -> list:
    return [
        case_param(lang, case, f"{rule}-{lang}-{case['id']}")
        for rule, table in _tables().items()
        for lang in LANGS
        for case in table[lang]
    ]


@pytest.mark.parametrize("rule", sorted(_tables()))
def test_every_language(rule: str) -> None:
    """Each rule has cases in uk, ru and en, ids unique per language."""
    table = _tables()[rule]
    assert set(table) == set(LANGS)
    for lang in LANGS:
        ids = [c["id"] for c in table[lang]]
        assert len(ids) == len(set(ids)), (rule, lang)
        assert sum(not c.get("known_gap") for c in table[lang]) >= MIN_CASES, (rule, lang)


@pytest.mark.parametrize(("lang", "case"), _params())
def test_case(lang: str, case: dict[str, Any]) -> None:
    check_case(lang, case)
