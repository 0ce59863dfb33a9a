"""Join or start: which incident an event joins, given its candidates' members or cores.

Pure: feature records in, a decision (incident id or none, score, why) out. The event is
scored against each incident's core (`candidates.core`), inside the type window measured
on that core, so a chain of members each a day apart never grows one incident.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from .candidates import core, within_window
from .score import JOIN_THRESHOLD, level, pair_score
from .twins import best_twin

_PRECISE = {"city"}
WEAK_DATE_DAYS = 1  # a vague place needs a close date: at most a "yesterday" slip


@dataclass
class Decision:
    """incident None: start a new incident. `why` is stored with the member.

    weak: the event is vaguer (country / region) than the incident it joins; it never
    widens the incident's place or dates.
    """

    incident: int | None
    score: float | None
    why: dict[str, Any]
    weak: bool = False


def match(f: Mapping[str, Any], c: Mapping[str, Any]) -> tuple[float | None, dict[str, Any], bool]:
    """Score an event against an incident's core: (score or None when vetoed, why, weak)."""
    lf, lc = level(f), level(c)
    if lc not in _PRECISE and lf in _PRECISE:
        return None, {"place": f"a {lf}-level incident never absorbs a precise event"}, False
    ok, reason = within_window(f, c)
    if not ok:
        return None, {"date": reason}, False
    score, why = pair_score(dict(f), dict(c))
    weak = lc in _PRECISE and lf not in _PRECISE
    if weak:
        why["weak"] = f"{lf}-level mention: a weak member"
        gap = why.get("date_gap_days") or 0
        if score is not None and gap > WEAK_DATE_DAYS:
            why["date"] = (
                f"a {lf}-level mention {gap} days from the incident (at most {WEAK_DATE_DAYS})"
            )
            return None, why, weak
    return score, why, weak


def best_incident(
    f: Mapping[str, Any], candidates: Mapping[int, Sequence[Mapping[str, Any]]]
) -> tuple[int, float, dict[str, Any], bool] | None:
    """The incident whose core scores highest above the threshold, given their members."""
    cores = {i: (core(ms), min(stream_key(m) for m in ms)) for i, ms in candidates.items() if ms}
    return best_core(f, cores)


def best_core(
    f: Mapping[str, Any], cores: Mapping[int, tuple[Mapping[str, Any], Sequence[Any]]]
) -> tuple[int, float, dict[str, Any], bool] | None:
    """The incident whose core scores highest above the threshold; cores: id -> (core, first).

    Ties go to the incident whose first member comes first in stream order, not to the
    lower id: ids depend on arrival order, and a rebuild must decide the same.
    """
    best: tuple[int, float, dict[str, Any], bool] | None = None
    best_key: tuple = ()
    for inc_id in sorted(cores):
        c, first = cores[inc_id]
        score, why, weak = match(f, c)
        if score is None or score < JOIN_THRESHOLD:
            continue
        why.pop("matched", None)
        why["matched"] = f"incident {inc_id} (core)"
        key = (-round(score, 9), tuple(first), inc_id)
        if best is None or key < best_key:
            best, best_key = (inc_id, score, why, weak), key
    return best


def stream_key(f: Mapping[str, Any]) -> tuple[str, str, int]:
    """Where an event sits in the canonical stream: publication time, document, position."""
    return (f.get("published_at") or "", f.get("doc_id") or "", int(f.get("seq") or 0))


def decide(
    f: Mapping[str, Any],
    candidates: Mapping[int, Sequence[Mapping[str, Any]]] | None = None,
    *,
    cores: Mapping[int, tuple[Mapping[str, Any], Sequence[Any]]] | None = None,
    twins: Sequence[tuple[int, Mapping[str, Any]]] = (),
) -> Decision:
    """Join the best incident above the threshold, else start a new one.

    Give the candidates' members, or their `cores` (id -> (core, first stream key)) as the
    store keeps them in its running totals. `twins`: (incident id, member) of reports in
    other languages published the same day; a translation of one of them joins its
    incident as a weak member when the score would put it elsewhere (twins.py)."""
    found = best_core(f, cores) if cores is not None else best_incident(f, candidates or {})
    twin = best_twin(f, twins) if twins else None
    if twin is not None and found is not None:
        twin_doc = twin[1]["twin_doc"]
        if any(i == found[0] and g.get("doc_id") == twin_doc for i, g in twins):
            twin = None  # the score already joins an incident of the twin report
    if twin is not None:
        why = {"reason": "joined", "matched": f"incident {twin[0]} (twin)", **twin[1]}
        why["weak"] = "a translation of a member: a weak member"
        return Decision(twin[0], None, why, True)
    if found is None:
        return Decision(None, None, {"reason": "first report of this incident"})
    inc_id, score, why, weak = found
    return Decision(inc_id, score, {"reason": "joined", **why}, weak)
