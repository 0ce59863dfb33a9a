"""The incident estimate rule (SPEC "Estimates") holds over random claim sets.

low <= best <= high whenever they are set; unconfirmed claims never set low;
denied and background claims never count; every figure names its claims.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.merge.estimates import estimate

QUALS = ("exact", "at_least", "more_than", "at_most", "about", "range", "vague")


@st.composite
def a_claim(draw, i: int):
    q = draw(st.sampled_from(QUALS))
    low = draw(st.integers(0, 5000))
    if q in ("at_least", "more_than", "vague"):
        high = None
    elif q == "at_most":
        low, high = 0, max(low, 1)
    elif q == "range":
        high = low + draw(st.integers(1, 500))
    else:
        high = low
    return {
        "id": f"d{draw(st.integers(0, 3))}:c{i}",
        "kind": "killed",
        "low": low,
        "high": high,
        "qualifier": q,
        "certainty": draw(st.sampled_from(("confirmed", "reported", "unconfirmed", "denied"))),
        "scope": draw(st.sampled_from(("event", "event", "background"))),
        "published_at": f"2025-03-{draw(st.integers(10, 20))}T00:00:00Z",
        "span": [draw(st.integers(0, 900))],
    }


@st.composite
def claim_sets(draw):
    n = draw(st.integers(0, 8))
    return [draw(a_claim(i)) for i in range(n)]


@settings(max_examples=400, deadline=None)
@given(claim_sets())
def test_low_best_high_ordered(claims):
    e = estimate(claims)
    low, best, high = e["low"], e["best"], e["high"]
    if low is not None and best is not None:
        assert low <= best
    if best is not None and high is not None:
        assert best <= high
    if low is not None and high is not None:
        assert low <= high


@settings(max_examples=300, deadline=None)
@given(claim_sets())
def test_only_counted_claims_give_figures(claims):
    e = estimate(claims)
    counted = {c["id"] for c in claims if c["certainty"] != "denied" and c["scope"] != "background"}
    for key in ("low_claims", "high_claims", "best_claims"):
        assert set(e[key]) <= counted
    solid = {c["id"] for c in claims if c["certainty"] in ("confirmed", "reported")}
    assert set(e["low_claims"]) <= solid  # unconfirmed claims never set low
    if not counted:
        assert (e["low"], e["best"], e["high"]) == (None, None, None)


def test_confirmed_floor_and_reported_ceiling():
    """The Aktobe shape: unconfirmed 7-8, confirmed 14, then activists' 'at least 50'."""
    claims = [
        {"id": "a", "low": 7, "high": 8, "qualifier": "range", "certainty": "unconfirmed",
         "published_at": "2025-03-14T06:00:00Z"},
        {"id": "b", "low": 14, "high": 14, "qualifier": "exact", "certainty": "confirmed",
         "published_at": "2025-03-14T13:00:00Z"},
        {"id": "c", "low": 50, "high": None, "qualifier": "at_least", "certainty": "reported",
         "published_at": "2025-03-15T09:00:00Z"},
        {"id": "d", "low": 9000, "high": 9000, "qualifier": "exact", "certainty": "reported",
         "scope": "background", "published_at": "2025-03-16T09:00:00Z"},
    ]  # fmt: skip
    e = estimate(claims)
    assert (e["low"], e["best"], e["high"]) == (14, 14, 50)
    assert e["low_claims"] == ["b"] and e["high_claims"] == ["c"] and e["best_claims"] == ["b"]
