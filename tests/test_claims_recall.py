"""Table tests of the recall rules of issue 11: tests/data/claims_recall/<lang>.yaml.

Kept apart from tests/data/claims so that each table states one branch's rules; the
format, matcher and strict `known_gap` marks are those of test_claims_table.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

import sitrep
from helpers import case_param
from test_claims_table import _fmt_exp, _fmt_got, match

DATA = Path(__file__).parent / "data" / "claims_recall"
LANGS = ("uk", "ru", "en")


def _params() -> list:
    out = []
    for lang in LANGS:
        cases = yaml.safe_load((DATA / f"{lang}.yaml").read_text(encoding="utf-8"))
        for case in cases:
            out.append(case_param(lang, case, f"{lang}-{case['id']}"))
    return out


@pytest.mark.parametrize(("lang", "case"), _params())
def test_recall_claims(lang: str, case: dict[str, Any]) -> None:
    report = sitrep.extract(case["text"], published=case.get("published"), lang=lang)
    missing, extra = match(case["claims"], report.claims)
    if missing or extra:
        lines = [f"text: {case['text']}"]
        lines += [f"  missing:   {_fmt_exp(case['claims'][e])}" for e in missing]
        lines += [f"  unexpected: {_fmt_got(report.claims[g])}" for g in extra]
        pytest.fail("\n".join(lines), pytrace=False)


@pytest.mark.parametrize(
    ("lang", "text", "kind", "low"),
    [
        # a crowd's count is the arrests' headline; one named arrest is context
        ("en", "He was detained at the airport. Police later detained more than 300 "
         "protesters.", "arrested", 301),
        ("ru", "Лидер оппозиции задержан в аэропорту. Позже полиция задержала 120 его "
         "сторонников.", "arrested", 120),
        ("uk", "Лідер опозиції затриманий в аеропорту. Згодом поліція затримала 45 "
         "протестувальників.", "arrested", 45),
        # ... but one victim killed may be the whole event, and stays the headline
        ("en", "A farmer was killed in the raid. Last year 40 people died in similar raids.",
         "killed", 1),
    ],
)  # fmt: skip
def test_headline_prefers_stated_figures(lang: str, text: str, kind: str, low: int) -> None:
    summary = sitrep.extract(text, lang=lang).summary
    figure = getattr(summary, kind)
    assert figure is not None and figure.low == low


@pytest.mark.parametrize(
    ("lang", "text", "low"),
    [
        # a vague word stands in for a number: the number is the headline
        ("en", "Dozens were wounded in the shooting. Doctors said more than 30 wounded were "
         "in hospital.", 31),
        ("ru", "Десятки человек ранены. По данным врачей, ранены 34 человека.", 34),
        ("uk", "Десятки людей поранені. За даними лікарів, поранено 27 людей.", 27),
        # ... and with nothing else the vague figure stays
        ("en", "Dozens were wounded in the shooting.", 12),
    ],
)  # fmt: skip
def test_headline_prefers_a_number_to_a_vague_word(lang: str, text: str, low: int) -> None:
    figure = sitrep.extract(text, lang=lang).summary.injured
    assert figure is not None and figure.low == low


def test_headline_crowd_keeps_its_vague_figure() -> None:
    """A crowd is counted in vague words; a later small group is no better figure."""
    text = (
        "Thousands of protesters marched through the capital on Sunday. Later about 200 "
        "protesters gathered outside parliament."
    )
    figure = sitrep.extract(text, lang="en").summary.participants
    assert figure is not None and figure.low == 1000
