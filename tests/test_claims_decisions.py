"""Claim decisions that the sentence tables only reach through the whole pipeline."""

from __future__ import annotations

import pytest

from sitrep.claims.figure import counts_anyone, figure_of, is_figure
from sitrep.claims.sums import across_figures
from sitrep.doc import Token
from sitrep.lexicon import Match
from sitrep.schema.models import QuantityValue


def _tokens(text: str) -> list[Token]:
    out, pos = [], 0
    for w in text.split():
        out.append(Token(pos, pos + len(w), w))
        pos += len(w) + 1
    return out


def _figure(i: int) -> dict:
    return {"start": i, "end": i + 1}


@pytest.mark.parametrize(
    ("text", "figures", "word", "extra"),
    [
        # "семеро дітей і дві жінки загинули": one verb for both figures of the list
        ("7 дітей і 2 жінки загинули", (0, 3), 5, 3),
        # past a comma the verb belongs to the next item alone
        ("7 дітей , 2 жінки загинули", (0, 3), 5, None),
        ("7 children and 2 women died", (0, 3), 5, 3),
        # a longer list shares the verb too (issue 11: "4 policemen, between 20 and 25
        # attackers and 2 bystanders were killed"); its length is no distance
        ("7 дітей і 2 жінки і 3 чоловіки загинули", (0, 3, 6), 8, -3),
        ("7 дітей , 2 жінки і 3 чоловіки загинули", (0, 3, 6), 8, -3),
        # nothing in between
        ("7 дітей загинули", (0,), 2, 0),
        # a claim word before a list is shared too ("загинули двоє військових і троє цивільних")
        ("загинули 2 жінки і 7 дітей", (1, 4), 0, 3),
        ("killed 2 soldiers and 3 civilians", (1, 4), 0, 3),
        # ... but not past another verb: "arrested 14 suspects and seized 32"
        ("arrested 14 suspects and seized 32", (1, 5), 0, None),
        ("загинули 2 жінки , 7 дітей", (1, 4), 0, None),
    ],
)
def test_across_figures(text: str, figures: tuple[int, ...], word: int, extra) -> None:
    toks = _tokens(text)
    qs = [_figure(i) for i in figures]
    q = qs[0] if word > figures[0] else qs[-1]
    m = Match(word, word + 1, "killed", toks[word].text)
    assert across_figures(toks, q, qs, m, word > q["start"]) == extra


@pytest.mark.parametrize(
    ("qv", "figure", "kinds_counted"),
    [
        (QuantityValue(value=12, qualifier="exact", low=12, high=12), True, {"participants"}),
        (QuantityValue(value=1, qualifier="exact", low=1, high=1), True, set()),
        (QuantityValue(value=0, qualifier="exact", low=0, high=0), False, set()),
        (QuantityValue(value=None, qualifier="vague", words="десятки"), False, set()),
    ],
)
def test_figure_and_crowd(qv: QuantityValue, figure: bool, kinds_counted: set[str]) -> None:
    assert is_figure(qv) == figure
    assert counts_anyone("participants", qv) == ("participants" in kinds_counted)
    assert counts_anyone("killed", qv)  # one killed is a claim; one protester is no crowd


@pytest.mark.parametrize(
    ("qv", "expected"),
    [
        (QuantityValue(value=[5, 7], qualifier="range", low=5, high=7), ([5, 7], "range", 5, 7)),
        (QuantityValue(value=20, qualifier="exact", low=20, high=20), (20, "exact", 20, 20)),
        (QuantityValue(value=30, qualifier="more_than"), (30, "more_than", 31, None)),
    ],
)
def test_figure_of(qv: QuantityValue, expected: tuple) -> None:
    assert figure_of(qv)[:4] == expected
