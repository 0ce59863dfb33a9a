"""Span questions by bisect give the answers of a scan over every span (issue 16)."""

from __future__ import annotations

import random

import pytest

from sitrep.doc import Doc, Para
from sitrep.spans import Disjoint, Spans


def _random_spans(rng: random.Random, n: int) -> list[tuple[int, int]]:
    out = []
    for _ in range(n):
        s = rng.randrange(0, 200)
        out.append((s, s + rng.choice((0, 1, 2, 5, 12, 40))))
    return out


@pytest.mark.parametrize("seed", range(12))
def test_spans_answer_as_a_scan_does(seed: int) -> None:
    rng = random.Random(seed)
    spans = _random_spans(rng, rng.randrange(0, 30))
    index = Spans(spans)
    for start, end in _random_spans(rng, 200):
        assert index.overlaps(start, end) == any(s < end and start < e for s, e in spans)
        assert index.covers(start, end) == any(s <= start and end <= e for s, e in spans)
        want = sorted(p for p in spans if p[0] < end and start < p[1])
        assert sorted(index.overlapping(start, end)) == want


@pytest.mark.parametrize(
    "spans, query, overlaps, covers",
    [
        ([], (0, 5), False, False),
        ([(3, 8)], (8, 10), False, False),  # touching is not overlapping
        ([(3, 8)], (0, 3), False, False),
        ([(3, 8)], (7, 9), True, False),
        ([(3, 8)], (3, 8), True, True),
        ([(0, 100), (10, 12)], (50, 60), True, True),  # a long span early covers a late query
        ([(10, 12), (0, 100)], (99, 100), True, True),  # order of the input does not matter
        ([(5, 5)], (4, 6), True, False),  # an empty span inside the query
    ],
)
def test_spans_table(spans, query, overlaps, covers) -> None:
    index = Spans(spans)
    assert index.overlaps(*query) is overlaps
    assert index.covers(*query) is covers


def test_spans_join_with_a_list() -> None:
    joined = Spans([(0, 2)]) + [(10, 20)]
    assert len(joined) == 2 and joined.overlaps(15, 16) and not joined.overlaps(3, 9)


@pytest.mark.parametrize("seed", range(8))
def test_disjoint_answers_as_a_growing_list(seed: int) -> None:
    rng = random.Random(seed)
    grown = Disjoint()
    plain: list[tuple[int, int]] = []
    for s, e in _random_spans(rng, 80):
        hit = any(ps < e and s < pe for ps, pe in plain)
        assert grown.overlaps(s, e) == hit
        if not hit:  # as the rules use it: add only what overlaps nothing
            grown.add(s, e)
            plain.append((s, e))


@pytest.mark.parametrize(
    "pos, lang",
    [(0, "uk"), (9, "uk"), (10, "xx"), (12, "ru"), (25, "xx"), (30, "en"), (39, "en"), (99, "xx")],
)
def test_lang_at_by_paragraph(pos: int, lang: str) -> None:
    """The paragraph's language, the document's between paragraphs and after the last."""
    doc = Doc(raw="x" * 100, lang="xx")
    doc.paras = [Para(0, 10, "uk"), Para(12, 25, "ru"), Para(30, 40, None)]
    doc.paras[2].lang = "en"
    assert doc.lang_at(pos) == lang
    doc.paras = [Para(0, 100, "ru")]  # a new paragraph list is seen, not a stale cache
    assert doc.lang_at(pos) == "ru"
