"""Table-driven claim tests: each sentence in tests/data/claims/<lang>.yaml through the real pipeline.

The tables state what a careful human coder would code under SPEC.md, not what the extractor
does today: a failure here is a gap in the extractor (or a case to argue about), never a reason
to edit the expectation to match the output.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any, get_args

import pytest
import yaml

import sitrep
from sitrep.schema.models import Certainty, Claim, ClaimKind, Qualifier

DATA = Path(__file__).parent / "data" / "claims"
LANGS = ("uk", "ru", "en")
MIN_CASES = 35

CASE_KEYS = {"id", "text", "published", "claims", "known_gap"}
CLAIM_KEYS = {
    "kind", "low", "high", "qualifier", "certainty", "source", "accept_kinds", "accept_qualifiers",
}  # fmt: skip
KINDS = set(get_args(ClaimKind))
QUALIFIERS = set(get_args(Qualifier))
CERTAINTIES = set(get_args(Certainty))


def load_cases(lang: str) -> list[dict[str, Any]]:
    with (DATA / f"{lang}.yaml").open(encoding="utf-8") as fh:
        cases = yaml.safe_load(fh)
    assert isinstance(cases, list), f"{lang}.yaml must be a list of cases"
    return cases


def _params() -> list:
    out = []
    for lang in LANGS:
        for i, case in enumerate(load_cases(lang), 1):
            # `known_gap: why` documents a case the extractor does not handle yet; strict, so
            # the mark has to go as soon as it passes
            marks = (
                [pytest.mark.xfail(reason=case["known_gap"], strict=True)]
                if case.get("known_gap")
                else []
            )
            out.append(
                pytest.param(lang, case, id=f"{lang}-{i:02d}-{case.get('id', 'case')}", marks=marks)
            )
    return out


# --------------------------------------------------------------------- matching


def accepts(exp: dict[str, Any], got: Claim) -> bool:
    """Does the predicted claim satisfy the expected one (kind, low, high, qualifier, ...)?"""
    kinds = {exp["kind"], *exp.get("accept_kinds", [])}
    quals = {exp["qualifier"], *exp.get("accept_qualifiers", [])}
    if got.kind not in kinds or got.qualifier not in quals:
        return False
    if got.low != exp["low"] or got.high != exp["high"]:
        return False
    if "certainty" in exp and got.certainty != exp["certainty"]:
        return False
    if "source" in exp:
        want = str(exp["source"])
        if want == "author":
            return got.source.name == "author"
        return want.casefold() in got.source.name.casefold()
    return True


def match(expected: list[dict[str, Any]], got: list[Claim]) -> tuple[list[int], list[int]]:
    """Maximum one-to-one matching; returns the unmatched expected and predicted indexes."""
    owner: dict[int, int] = {}  # predicted index -> expected index

    def augment(e: int, seen: set[int]) -> bool:
        for g, claim in enumerate(got):
            if g in seen or not accepts(expected[e], claim):
                continue
            seen.add(g)
            if g not in owner or augment(owner[g], seen):
                owner[g] = e
                return True
        return False

    for e in range(len(expected)):
        augment(e, set())
    matched_e = set(owner.values())
    return (
        [e for e in range(len(expected)) if e not in matched_e],
        [g for g in range(len(got)) if g not in owner],
    )


def _fmt_exp(c: dict[str, Any]) -> str:
    extra = " ".join(f"{k}={c[k]}" for k in ("certainty", "source", "accept_kinds") if k in c)
    return f"{c['kind']} [{c['low']}, {c['high']}] {c['qualifier']} {extra}".rstrip()


def _fmt_got(c: Claim) -> str:
    return (
        f"{c.kind} [{c.low}, {c.high}] {c.qualifier} certainty={c.certainty} "
        f"source={c.source.name!r} evidence={c.evidence.text!r}"
    )


# --------------------------------------------------------------------- tests


@pytest.mark.parametrize("lang", LANGS)
def test_table_is_well_formed(lang: str) -> None:
    """Typos in the table would silently turn a case into nonsense; check it against the SPEC."""
    cases = load_cases(lang)
    assert len(cases) >= MIN_CASES
    ids = [c.get("id") for c in cases]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    for case in cases:
        cid = case.get("id")
        assert set(case) <= CASE_KEYS and {"id", "text", "claims"} <= set(case), cid
        assert isinstance(case["text"], str) and case["text"].strip(), cid
        if "published" in case:
            assert isinstance(case["published"], date), cid
        for c in case["claims"]:
            assert set(c) <= CLAIM_KEYS, (cid, c)
            assert c["kind"] in KINDS and set(c.get("accept_kinds", [])) <= KINDS, cid
            assert c["qualifier"] in QUALIFIERS, cid
            assert set(c.get("accept_qualifiers", [])) <= QUALIFIERS, cid
            assert c.get("certainty", "reported") in CERTAINTIES, cid
            low, high, q = c["low"], c["high"], c["qualifier"]
            # the SPEC's qualifier table
            if q in ("exact", "about"):
                assert low == high is not None, cid
            elif q in ("at_least", "more_than", "vague"):
                assert low is not None and high is None, cid
            elif q in ("at_most", "less_than"):
                assert low == 0 and high is not None, cid
            elif q == "range":
                assert low is not None and high is not None and low < high, cid


@pytest.mark.parametrize(("lang", "case"), _params())
def test_claims(lang: str, case: dict[str, Any]) -> None:
    report = sitrep.extract(case["text"], published=case.get("published"), lang=lang)
    expected = case["claims"]
    missing, extra = match(expected, report.claims)
    if missing or extra:
        lines = [f"text: {case['text']}"]
        lines += [f"  missing:   {_fmt_exp(expected[e])}" for e in missing]
        lines += [f"  unexpected: {_fmt_got(report.claims[g])}" for g in extra]
        lines += ["  predicted:"] + [f"    {_fmt_got(c)}" for c in report.claims]
        pytest.fail("\n".join(lines), pytrace=False)


# a few checks of the matcher itself, so that a bug in it cannot hide extractor failures


def _claim(kind: str, low: int | None, high: int | None, qualifier: str, **kw: Any) -> Claim:
    from sitrep.schema.models import Source, Span

    return Claim(
        id="c1", kind=kind, value=low, qualifier=qualifier, low=low, high=high,
        certainty=kw.get("certainty", "reported"),
        source=Source(name=kw.get("source", "author")),
        evidence=Span(start=0, end=1, text="x"),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("exp", "got", "ok"),
    [
        ({"kind": "killed", "low": 5, "high": 5, "qualifier": "exact"},
         _claim("killed", 5, 5, "exact"), True),
        ({"kind": "killed", "low": 5, "high": 5, "qualifier": "exact"},
         _claim("casualties", 5, 5, "exact"), False),
        ({"kind": "killed", "low": 5, "high": 5, "qualifier": "exact",
          "accept_kinds": ["casualties"]}, _claim("casualties", 5, 5, "exact"), True),
        ({"kind": "killed", "low": 5, "high": None, "qualifier": "at_least"},
         _claim("killed", 5, 5, "exact"), False),
        ({"kind": "killed", "low": 5, "high": 5, "qualifier": "exact", "source": "МВС"},
         _claim("killed", 5, 5, "exact", source="МВС України"), True),
        ({"kind": "killed", "low": 5, "high": 5, "qualifier": "exact", "source": "author"},
         _claim("killed", 5, 5, "exact", source="МВС"), False),
        ({"kind": "killed", "low": 5, "high": 5, "qualifier": "exact", "certainty": "denied"},
         _claim("killed", 5, 5, "exact"), False),
    ],
)  # fmt: skip
def test_accepts(exp: dict[str, Any], got: Claim, ok: bool) -> None:
    assert accepts(exp, got) is ok


def test_match_is_one_to_one() -> None:
    exp = [{"kind": "killed", "low": 2, "high": 2, "qualifier": "exact"}] * 2
    one = [_claim("killed", 2, 2, "exact")]
    assert match(exp, one) == ([1], [])
    assert match(exp[:1], one * 2) == ([], [1])
