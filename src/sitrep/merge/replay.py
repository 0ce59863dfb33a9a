"""Place a closed set of events again in stream order, in memory: what a rebuild decides.

A late report makes the store take the incidents within its reach apart and place their
events again in stream order (`store/incidents.py`, docs/merging.md). Run as queries, each
event cost a candidate query, a twin query and an incident write, and the reach of the
late reports of a long ingest is often most of the store (76 s of CPU on the 10k
benchmark). Here the same decisions (`decide`, on the same cores and twins) run against
the incidents as they grow in memory; the store then writes back only the members and
incidents that come out different. Pure: records in, a plan out.

What the store's query path would ask the database is answered from the set itself:
candidates are the clusters made so far whose dates (and country) a query would match,
twins the members placed so far from other-language reports of the same day. Events the
set cannot answer for (undated ones look at the most recent incidents, whatever their
dates) make `replay` return None, and the store takes the query path.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from .accumulate import add_member, core_of, fields_of, new_state
from .candidates import window
from .decide import decide, stream_key


@dataclass
class Placed:
    """One event after the replay: the cluster it joined and why (as `decide` said)."""

    index: int  # position in the records given
    cluster: int
    score: float | None
    why: dict[str, Any] | None  # None: as stored (`same_why`)
    weak: bool
    was_weak: bool  # the weak flag it was stored with
    features: dict[str, Any] | None = None  # its new feature record, when `weak` changed


@dataclass
class Cluster:
    """An incident as the replay leaves it: totals without claims (the store adds them)."""

    id: int  # an id given in `reuse`, or a negative number: a new incident to create
    state: dict[str, Any] = field(default_factory=new_state)
    members: list[int] = field(default_factory=list)  # indices into the records
    docs: set[str] = field(default_factory=set)
    span: tuple[str | None, str | None, str | None] = (None, None, None)  # start, end, country


@dataclass
class Plan:
    placed: list[Placed]
    clusters: dict[int, Cluster]
    windows: list[tuple[str, str]]  # every event's candidate date window (the store checks
    # that no incident outside the set lies in one)


def _days(lo: str, hi: str) -> list[str]:
    d, end = date.fromisoformat(lo), date.fromisoformat(hi)
    out = []
    while d <= end:
        out.append(d.isoformat())
        d += timedelta(days=1)
    return out


class _Index:
    """Clusters by the days their date range covers: the candidate query's date test."""

    def __init__(self) -> None:
        self.by_day: dict[str, set[int]] = {}

    def move(self, cid: int, old: tuple, new: tuple) -> None:
        if old[:2] == new[:2]:
            return
        if old[0] and old[1]:
            for d in _days(old[0], old[1]):
                self.by_day[d].discard(cid)
        if new[0] and new[1]:
            for d in _days(new[0], new[1]):
                self.by_day.setdefault(d, set()).add(cid)

    def overlapping(self, lo: str, hi: str) -> set[int]:
        out: set[int] = set()
        for d in _days(lo, hi):
            out |= self.by_day.get(d, set())
        return out


def replay(
    records: Sequence[tuple[str | dict[str, Any], int]],
    *,
    reuse: Sequence[int],
    same_why: Callable[[int, dict[str, Any]], bool] | None = None,
) -> Plan | None:
    """Place every (feature record or its JSON text, stored incident id) in stream order.

    A new cluster takes the stored incident id of its first event when no cluster has it
    yet, else the smallest unused id of `reuse`, else a new negative id: an incident left as
    it was keeps its id, so the store rewrites nothing for it. None: an event is undated.
    `same_why(index, why)`: whether that record's stored why equals this one; then the
    plan holds None for it (thousands of why dicts were a tenth of a large settle's memory).
    """
    keyed = []
    for i, (raw, _) in enumerate(records):
        f = json.loads(raw) if isinstance(raw, str) else raw
        if not f.get("d0"):
            return None
        keyed.append((stream_key(f), i))
    keyed.sort()
    free = sorted(set(reuse), reverse=True)
    taken: set[int] = set()
    clusters: dict[int, Cluster] = {}
    index = _Index()
    placed: list[Placed] = []
    windows: list[tuple[str, str]] = []
    reusable = set(reuse)
    today, today_members = "", []  # members published on the day being placed: its twins
    next_new = -1
    for _, i in keyed:
        raw, stored_inc = records[i]
        f = json.loads(raw) if isinstance(raw, str) else dict(raw)
        was_weak = bool(f.pop("weak", False))
        w = window(f)
        cores: dict[int, tuple[dict[str, Any], list]] = {}
        if w is not None:
            windows.append((w.date_from, w.date_to))
            for cid in index.overlapping(w.date_from, w.date_to):
                start, end, country = clusters[cid].span
                if start > w.date_to or end < w.date_from:
                    continue
                if w.country and country is not None and country != w.country:
                    continue
                st = clusters[cid].state
                cores[cid] = (core_of(st), st["first"])
        day = (f.get("published_at") or "")[:10]
        if day != today:  # stream order is by publication time: that day is over
            today, today_members = day, []
        twins: list[tuple[int, dict[str, Any]]] = []
        if day and f.get("lang") and (f.get("persons") or f.get("figures")):
            twins = [
                (cid, g)
                for cid, g in today_members
                if g.get("lang") and g["lang"] != f["lang"] and g["doc_id"] != f["doc_id"]
            ]
        d = decide(f, cores=cores, twins=twins)
        if d.weak:
            f["weak"] = True
        if d.incident is None:
            if stored_inc in reusable and stored_inc not in taken:
                cid = stored_inc
            else:
                while free and free[-1] in taken:
                    free.pop()
                if free:
                    cid = free.pop()
                else:
                    cid, next_new = next_new, next_new - 1
            taken.add(cid)
            clusters[cid] = Cluster(cid)
        else:
            cid = d.incident
        c = clusters[cid]
        add_member(c.state, f)
        c.members.append(i)
        c.docs.add(f["doc_id"])
        fields = fields_of(c.state)
        span = (fields.get("date_start"), fields.get("date_end"), fields.get("country"))
        index.move(cid, c.span, span)
        c.span = span
        if day:
            today_members.append((cid, f))
        score = round(d.score, 3) if d.score is not None else None
        why = None if same_why is not None and same_why(i, d.why) else d.why
        placed.append(
            Placed(i, cid, score, why, d.weak, was_weak, f if d.weak != was_weak else None)
        )
    return Plan(placed, clusters, windows)
