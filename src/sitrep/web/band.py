"""The low/best/high band over time: the incident's estimates as they stood after each report.

The store keeps only today's estimates; the incident page shows how they moved,
so the same rule (`sitrep.merge.estimates.estimate`) is replayed over the claims
known at each publication time.
"""

from __future__ import annotations

from typing import Any

from ..merge.estimates import KIND_ORDER, estimate


def band(claims: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Per claim kind: one step per publication time with low / best / high then."""
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for c in claims:
        by_kind.setdefault(c["kind"], []).append(c)
    order = {k: i for i, k in enumerate(KIND_ORDER)}
    out: dict[str, list[dict[str, Any]]] = {}
    for kind in sorted(by_kind, key=lambda k: order.get(k, 99)):
        cs = sorted(by_kind[kind], key=lambda c: c.get("published_at") or "")
        steps = []
        times = sorted({c.get("published_at") or "" for c in cs})
        for t in times:
            known = [c for c in cs if (c.get("published_at") or "") <= t]
            e = estimate(known)
            steps.append({"time": t or None, "low": e["low"], "best": e["best"], "high": e["high"]})
        out[kind] = steps
    return out
