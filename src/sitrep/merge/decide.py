"""Join or start: which incident an event joins, given the members of its candidates.

Pure: feature records in, a decision (incident id or none, score, why) out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .candidates import MAX_SPAN_DAYS, span_days
from .score import JOIN_THRESHOLD, pair_score


@dataclass
class Decision:
    """incident None: start a new incident. `why` is stored with the member."""

    incident: int | None
    score: float | None
    why: dict[str, Any]


def best_incident(
    f: Mapping[str, Any], candidates: Mapping[int, list[Mapping[str, Any]]]
) -> tuple[int, float, dict[str, Any]] | None:
    """The incident whose closest member scores highest above the threshold, with why."""
    best: tuple[int, float, dict[str, Any]] | None = None
    for inc_id, members in candidates.items():
        if span_days(members, f) > MAX_SPAN_DAYS:
            continue  # no chaining day after day into one endless incident
        for m in members:
            score, why = pair_score(f, m)
            if score is None or score < JOIN_THRESHOLD:
                continue
            if best is None or score > best[1] or (score == best[1] and inc_id < best[0]):
                best = (inc_id, score, why)
    return best


def decide(f: Mapping[str, Any], candidates: Mapping[int, list[Mapping[str, Any]]]) -> Decision:
    """Join the best incident above the threshold, else start a new one."""
    found = best_incident(f, candidates)
    if found is None:
        return Decision(None, None, {"reason": "first report of this incident"})
    inc_id, score, why = found
    return Decision(inc_id, score, {"reason": "joined", **why})
