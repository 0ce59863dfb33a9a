"""Low / best / high per claim kind and the timeline of figures (SPEC "Estimates").

The rule (also in docs/store.md):
- low  = the highest `low` among claims whose certainty is `reported` or `confirmed`;
- high = the highest figure any non-denied claim supports (its `high`, or its
  `low` when it has no high);
- best = the figure of the most recent claim (by document publication time)
  from the most reliable certainty class present (confirmed > reported >
  unconfirmed); denied claims never give best. A claim's figure is its `high`
  for at_most / less_than, else its `low` (else its `high`).
Each estimate lists the ids ("<doc_id>:<claim_id>") of the claims it came from.
"""

from __future__ import annotations

from typing import Any

RELIABILITY = {"confirmed": 3, "reported": 2, "unconfirmed": 1, "denied": 0}
KIND_ORDER = (
    "killed", "injured", "casualties", "arrested", "detained", "missing", "displaced",
    "participants",
)  # fmt: skip


def figure(claim: dict[str, Any]) -> int | None:
    """The single number a claim stands for."""
    low, high = claim.get("low"), claim.get("high")
    if claim.get("qualifier") in ("at_most", "less_than") and high is not None:
        return high
    return low if low is not None else high


def _order(c: dict[str, Any]) -> tuple:
    """Publication time, then document, then position in the text."""
    span = c.get("span") or [0]
    return (c.get("published_at") or "", c.get("doc_id") or "", span[0], c["id"])


def estimate(claims: list[dict[str, Any]]) -> dict[str, Any]:
    """low / best / high of claims of one kind, each with the claim ids behind it."""
    out: dict[str, Any] = {
        "low": None, "best": None, "high": None,
        "low_claims": [], "best_claims": [], "high_claims": [],
        "n_claims": len(claims),
    }  # fmt: skip
    solid = [c for c in claims if c.get("certainty") in ("reported", "confirmed")]
    lows = [c["low"] for c in solid if c.get("low") is not None]
    if lows:
        out["low"] = max(lows)
        out["low_claims"] = sorted(c["id"] for c in solid if c.get("low") == out["low"])
    supported = [
        (c["high"] if c.get("high") is not None else c.get("low"), c)
        for c in claims
        if c.get("certainty") != "denied"
    ]
    supported = [(v, c) for v, c in supported if v is not None]
    if supported:
        out["high"] = max(v for v, _ in supported)
        out["high_claims"] = sorted(c["id"] for v, c in supported if v == out["high"])
    usable = [c for c in claims if c.get("certainty") != "denied" and figure(c) is not None]
    if usable:
        top = max(RELIABILITY.get(c.get("certainty", "reported"), 0) for c in usable)
        cls = [c for c in usable if RELIABILITY.get(c.get("certainty", "reported"), 0) == top]
        latest = max(cls, key=_order)
        out["best"] = figure(latest)
        out["best_claims"] = [latest["id"]]
        out["best_certainty"] = latest.get("certainty")
    if out["best"] is not None and out["low"] is not None and out["best"] < out["low"]:
        out["note"] = "best is below low: the most reliable source gives a lower figure"
    return out


def estimates(claims: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Estimates for every claim kind present, in a stable kind order."""
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for c in claims:
        by_kind.setdefault(c["kind"], []).append(c)
    order = {k: i for i, k in enumerate(KIND_ORDER)}
    return {k: estimate(by_kind[k]) for k in sorted(by_kind, key=lambda k: order.get(k, 99))}


def timeline(claims: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every figure by publication time, with who said it and how sure."""
    keys = (
        "published_at", "kind", "value", "qualifier", "low", "high", "certainty", "source",
        "source_kind", "lang", "doc_id", "outlet", "url", "evidence", "id",
    )  # fmt: skip
    return [{k: c.get(k) for k in keys} for c in sorted(claims, key=_order)]
