"""Low / best / high per claim kind and the timeline of figures (SPEC "Estimates").

The rule (also in docs/store.md); only event-scope claims count, denied never:
- low  = the highest `low` among `confirmed` claims; if none is confirmed, the
  lowest `low` among `reported` claims; unconfirmed claims never set it;
- high = the highest figure (a claim's `high`, or its `low` when open-ended)
  among confirmed and reported claims; only when there are none, among
  unconfirmed ones;
- best = the figure of the most recent claim (by document publication time)
  from the most reliable certainty class present (confirmed > reported >
  unconfirmed), clamped into [low, high]. A claim's figure is its `high` for
  at_most / less_than, else its `low` (else its `high`).
So low <= best <= high always holds. Each estimate lists the ids
("<doc_id>:<claim_id>") of the claims it came from.
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


def _high(c: dict[str, Any]) -> int | None:
    return c["high"] if c.get("high") is not None else c.get("low")


def estimate(claims: list[dict[str, Any]]) -> dict[str, Any]:
    """low / best / high of claims of one kind, each with the claim ids behind it."""
    out: dict[str, Any] = {
        "low": None, "best": None, "high": None,
        "low_claims": [], "best_claims": [], "high_claims": [],
        "n_claims": len(claims),
    }  # fmt: skip
    usable = [
        c
        for c in claims
        if c.get("certainty") != "denied"
        and c.get("scope", "event") != "background"
        and figure(c) is not None
    ]
    by_cls: dict[str, list[dict[str, Any]]] = {}
    for c in usable:
        by_cls.setdefault(c.get("certainty") or "reported", []).append(c)
    confirmed, reported = by_cls.get("confirmed", []), by_cls.get("reported", [])
    lows = [c for c in confirmed if c.get("low") is not None]
    if lows:
        out["low"] = max(c["low"] for c in lows)
    else:
        lows = [c for c in reported if c.get("low") is not None]
        out["low"] = min((c["low"] for c in lows), default=None)
    out["low_claims"] = sorted(c["id"] for c in lows if c["low"] == out["low"])
    highs = [c for c in confirmed + reported if _high(c) is not None] or [
        c for c in by_cls.get("unconfirmed", []) if _high(c) is not None
    ]
    if highs:
        out["high"] = max(_high(c) for c in highs)
        out["high_claims"] = sorted(c["id"] for c in highs if _high(c) == out["high"])
    if out["low"] is not None and out["high"] is not None and out["low"] > out["high"]:
        # confirmed lows above every stated high: the confirmed figure is the floor
        out["high"], out["high_claims"] = out["low"], out["low_claims"]
    if usable:
        top = max(RELIABILITY.get(c.get("certainty") or "reported", 0) for c in usable)
        cls = [c for c in usable if RELIABILITY.get(c.get("certainty") or "reported", 0) == top]
        latest = max(cls, key=_order)
        best = figure(latest)
        if out["low"] is not None and best < out["low"]:
            best, out["note"] = out["low"], "best raised to low"
        if out["high"] is not None and best > out["high"]:
            best, out["note"] = out["high"], "best lowered to high"
        out["best"] = best
        out["best_claims"] = [latest["id"]]
        out["best_certainty"] = latest.get("certainty")
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


# the figures an incident keeps as low/best/high columns
FIGURE_COLUMNS = ("killed", "injured", "participants")


def put_estimates(out: dict[str, Any], est: dict[str, Any]) -> None:
    """The estimates and their low/best/high columns into an incident's fields."""
    out["estimates"] = est
    for kind in FIGURE_COLUMNS:
        e = est.get(kind, {})
        out[f"{kind}_low"] = e.get("low")
        out[f"{kind}_best"] = e.get("best")
        out[f"{kind}_high"] = e.get("high")
