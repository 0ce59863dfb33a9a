"""Whether a report is the same item as a stored one in another language (a translation).

Outlets publish one item in two or three languages on the same day. The versions name the
same people and give the same figures, but extraction may place or type them differently
(a town read in one language, its region in the other), so the place / date / type score
can keep them apart. A twin is recognized by its specifics instead: published the same
day, in another language, event dates within the date tolerance, and sharing at least
MIN_SHARED of its named persons and exact figures, which are at least half of the smaller
side's. The event then joins its twin's incident as a weak member: a translation confirms
the incident but never widens its place or dates.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from .score import DATE_TOLERANCE, pair_score
from .translit import name_key, name_similarity

MIN_SHARED = 3  # persons + figures in common: one shared official is common, three are not
MIN_SHARE = 0.5  # of the smaller side's specifics
MAX_SPECIFICS = 40  # bounded comparison per pair


def figure_keys(claims: Iterable[Any]) -> list[str]:
    """Exact figures of a report as "kind:low:high" (stated figures only)."""
    return sorted({f"{c.kind}:{c.low}:{c.high}" for c in claims if c.low is not None})


def pub_day(f: Mapping[str, Any]) -> str:
    return (f.get("published_at") or "")[:10]


def shared_specifics(a: Mapping[str, Any], b: Mapping[str, Any]) -> tuple[int, int, list[str]]:
    """(shared count, smaller side's count, what is shared): persons across scripts, figures."""
    pa = (a.get("persons") or [])[:MAX_SPECIFICS]
    pb = (b.get("persons") or [])[:MAX_SPECIFICS]
    fa, fb = set(a.get("figures") or []), set(b.get("figures") or [])
    keys_b = {name_key(p) for p in pb}
    by_stem: dict[str, list[str]] = {}  # fuzzy only within the surname's first letters
    for q in pb:
        by_stem.setdefault(_stem(q), []).append(q)
    persons = [
        p
        for p in pa
        if name_key(p) in keys_b
        or any(name_similarity(p, q) >= 88 for q in by_stem.get(_stem(p), ()))
    ]
    figures = sorted(fa & fb)
    smaller = min(len(pa) + len(fa), len(pb) + len(fb))
    return len(persons) + len(figures), smaller, sorted(persons) + figures


def _stem(name: str) -> str:
    key = name_key(name)
    return key.rsplit(" ", 1)[-1][:3]


def is_twin(f: Mapping[str, Any], g: Mapping[str, Any]) -> tuple[bool, dict[str, Any]]:
    """Whether event `f` is the same item as stored member `g` in another language."""
    if f.get("doc_id") == g.get("doc_id") or not pub_day(f) or pub_day(f) != pub_day(g):
        return False, {}
    if not f.get("lang") or not g.get("lang") or f["lang"] == g["lang"]:
        return False, {}
    if f.get("d0") and g.get("d0"):
        gap = max(
            0,
            (date.fromisoformat(g["d0"]) - date.fromisoformat(f["d1"])).days,
            (date.fromisoformat(f["d0"]) - date.fromisoformat(g["d1"])).days,
        )
        if gap > DATE_TOLERANCE:
            return False, {}
    n, smaller, what = shared_specifics(f, g)
    if n < MIN_SHARED or n < MIN_SHARE * smaller:
        return False, {}
    return True, {
        "twin": f"{g['doc_id']} ({g.get('lang')}, same day): {n} of {smaller} specifics shared",
        "shared_specifics": what,
        "twin_doc": g.get("doc_id"),
    }


def best_twin(
    f: Mapping[str, Any], members: Sequence[tuple[int, Mapping[str, Any]]]
) -> tuple[int, dict[str, Any]] | None:
    """The incident of the twin member that shares most; among one twin report's events,
    the one that scores best against `f` (then the same position in the report, then the
    first in stream order; never the incident id, which follows arrival)."""
    best = None
    best_key: tuple = ()
    for inc_id, g in members:
        ok, why = is_twin(f, g)
        if not ok:
            continue
        n = len(why["shared_specifics"])
        ps, _ = pair_score(dict(f), dict(g))  # of the twin's events, the one most like f
        seq_gap = abs(int(f.get("seq") or 0) - int(g.get("seq") or 0))
        key = (-n, -(ps if ps is not None else -1.0), seq_gap, g.get("published_at") or "",
               g.get("doc_id") or "", int(g.get("seq") or 0))  # fmt: skip
        if best is None or key < best_key:
            best, best_key = (inc_id, why), key
    return best
