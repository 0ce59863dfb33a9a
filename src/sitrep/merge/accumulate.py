"""An incident's running totals, so a join costs the same whatever the incident's size.

Pure: a JSON-able state in, a state out. `add_member` and `add_claims` fold one member
(and its claims) in; `core_of` and `fields_of` read what `candidates.core` and
`aggregate.incident_fields` compute from the full member list, and give the same
answer (tests/test_merge_accumulate.py checks this on random incidents). Every total is
a count, a min / max or a set, each value remembering the stream key of the member that
brought it first: ties then go to the first in stream order, whatever the join order,
so an incident read from its totals does not depend on the order members arrived in.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Mapping
from typing import Any

from .estimates import KIND_ORDER, RELIABILITY, figure, put_estimates
from .score import level

VERSION = 1
_DATE_RANK = {"week": 0, "published": 1, "month": 2, "year": 3}
_LEVEL_RANK = {"exact": 0, "district": 1, None: 2, "unknown": 2, "region": 3, "country": 4}
_PLACE_KEYS = ("location", "geonameid", "lat", "lon", "country", "admin1", "geo_precision")

Tally = dict[str, list]  # str(value) -> [count, first stream key, value or payload]
EMPTY = "\x1f"  # the key of members without a value, where the first of them may matter


def stream_key(f: Mapping[str, Any]) -> list:
    """Where an event sits in the canonical stream (as decide.stream_key, JSON-able)."""
    return [f.get("published_at") or "", f.get("doc_id") or "", int(f.get("seq") or 0)]


def _tally(t: Tally, value: Any, key: list, payload: Any = None) -> None:
    if value in (None, ""):
        return
    k = str(value)
    e = t.get(k)
    if e is None:
        t[k] = [1, key, value if payload is None else payload]
        return
    e[0] += 1
    if key < e[1]:
        e[1] = key
        e[2] = value if payload is None else payload


def _merged(*tallies: Tally) -> Tally:
    out: Tally = {}
    for t in tallies:
        for k, (n, key, val) in t.items():
            e = out.get(k)
            if e is None:
                out[k] = [n, key, val]
            else:
                e[0] += n
                if key < e[1]:
                    e[1], e[2] = key, val
    return out


def _named(t: Tally) -> list[list]:
    """The entries with a value; the no-value entry (key EMPTY) only when it is alone."""
    named = [e for k, e in t.items() if k != EMPTY]
    return named or list(t.values())


def _mode_first(t: Tally) -> Any:
    """Most frequent; a tie goes to the value seen first in stream order."""
    if not t:
        return None
    return min(_named(t), key=lambda e: (-e[0], e[1]))[2]


def _mode_sorted_key(t: Tally) -> list | None:
    """Most frequent; a tie goes to the smallest value (as candidates._mode_sorted)."""
    if not t:
        return None
    vals = _named(t)
    top = max(e[0] for e in vals)
    return min((e for e in vals if e[0] == top), key=lambda e: _sort_key(e[2]))


def _sort_key(v: Any) -> tuple:
    v = v["_v"] if isinstance(v, dict) and "_v" in v else v
    return (str(type(v)), v)


def _group() -> dict[str, Any]:
    """Totals over one side (strong or weak members)."""
    return {
        "n": 0,
        "type": {}, "days": {}, "dated": {},  # dated: precision rank -> first member's dates
        "d0_min": None, "d0_max": None, "d1_min": None, "d1_max": None,
        "prec": {},  # first dated member's precision
        "level": {"city": {}, "region": {}, "other": {}},  # place key -> first member's place
        "rank": {},  # _LEVEL_RANK -> place key tally (located members)
        "country": {}, "actors": [], "persons": [],
    }  # fmt: skip


def new_state() -> dict[str, Any]:
    return {
        "v": VERSION,
        "n": 0,
        "first": None,
        "last": None,
        "strong": _group(),
        "weak": _group(),
        "type": {}, "sub": {}, "types": [], "subs": [], "tags": [], "langs": [],
        "actor1": {}, "actor2": {}, "pub_min": None, "pub_max": None,
        "claims": {},
    }  # fmt: skip


def _add_sorted(lst: list, values: Iterable[Any]) -> None:
    for v in values:
        if v not in (None, "") and v not in lst:
            lst.append(v)
    lst.sort()


def _min(a: Any, b: Any) -> Any:
    return b if a is None else (a if b is None else min(a, b))


def _max(a: Any, b: Any) -> Any:
    return b if a is None else (a if b is None else max(a, b))


def add_member(state: dict[str, Any], f: Mapping[str, Any]) -> dict[str, Any]:
    """Fold one member's feature record (with its `weak` flag) into the totals; O(1)."""
    key = stream_key(f)
    state["n"] += 1
    state["first"] = key if state["first"] is None else min(state["first"], key)
    state["last"] = key if state["last"] is None else max(state["last"], key)
    g = state["weak" if f.get("weak") else "strong"]
    g["n"] += 1
    _tally(g["type"], f.get("event_type"), key)
    if f.get("d0"):
        if f.get("date_precision") == "day":
            _tally(g["days"], f["d0"], key)
        rank = str(_DATE_RANK.get(f.get("date_precision"), 9))
        _tally(g["dated"], rank, key, [f["d0"], f.get("date_precision")])
        g["d0_min"], g["d0_max"] = _min(g["d0_min"], f["d0"]), _max(g["d0_max"], f["d0"])
        g["d1_min"], g["d1_max"] = _min(g["d1_min"], f["d1"]), _max(g["d1_max"], f["d1"])
        _tally(g["prec"], "p", key, f.get("date_precision"))
    place = {k: f.get(k) for k in _PLACE_KEYS}
    lvl = level(f)
    pkey = str(f.get("geonameid") or f.get("location") or "")
    side = "city" if lvl == "city" else "region" if lvl == "region" else "other"
    _tally(g["level"][side], pkey or EMPTY, key, {"_v": pkey, **place})
    if f.get("location") or f.get("country"):
        rank = str(_LEVEL_RANK.get(f.get("geo_precision"), 2))
        t = g["rank"].setdefault(rank, {})
        _tally(t, f.get("geonameid") or f.get("location") or EMPTY, key, place)
    _tally(g["country"], f.get("country"), key)
    _add_sorted(g["actors"], f.get("actors") or [])
    _add_sorted(g["persons"], f.get("persons") or [])
    _tally(state["type"], f.get("event_type"), key)
    if f.get("sub_event_type"):
        _tally(state["sub"], f"{f.get('event_type')}\x1f{f['sub_event_type']}", key,
               [f.get("event_type"), f["sub_event_type"]])  # fmt: skip
    _add_sorted(state["types"], [f.get("event_type")])
    _add_sorted(state["subs"], [f.get("sub_event_type")])
    _add_sorted(state["tags"], f.get("tags") or [])
    _add_sorted(state["langs"], [f.get("lang")])
    _tally(state["actor1"], f.get("actor1"), key)
    _tally(state["actor2"], f.get("actor2"), key)
    if f.get("published_at"):
        state["pub_min"] = _min(state["pub_min"], f["published_at"])
        state["pub_max"] = _max(state["pub_max"], f["published_at"])
    return state


# ---------------------------------------------------------------- the core


def core_of(state: Mapping[str, Any]) -> dict[str, Any]:
    """The incident as a whole, from its totals: what `candidates.core` gives for its members."""
    g = state["strong"] if state["strong"]["n"] else state["weak"]
    out: dict[str, Any] = {"doc_id": "core", "event_id": "core"}
    out["event_type"] = _mode_first(g["type"])  # a tie: the type reported first
    out["types"] = sorted({e[2] for e in g["type"].values()})
    days = g["days"]
    dated = bool(g["dated"])
    if days:
        order = sorted(days)
        n = sum(days[d][0] for d in order)
        target, seen, mid = (n - 1) // 2, 0, order[0]
        for d in order:  # the lower median over the day counts
            seen += days[d][0]
            if seen > target:
                mid = d
                break
        out.update(d0=mid, d1=mid, date_precision="day", date_start=order[0], date_end=order[-1])
    elif dated:
        out.update(d0=g["d0_max"], d1=g["d1_min"], date_precision=g["prec"]["p"][2])
        if out["d0"] > out["d1"]:
            out["d0"], out["d1"] = g["d0_min"], g["d1_max"]
    else:
        out.update(d0=None, d1=None, date_precision="unknown")
    lv = g["level"]
    precise = lv["city"] or lv["region"] or _merged(lv["city"], lv["region"], lv["other"])
    e = _mode_sorted_key(precise)
    place = dict(e[2]) if e else {}
    place.pop("_v", None)
    for k in _PLACE_KEYS:
        out[k] = place.get(k)
    if not out["country"]:
        c = _mode_sorted_key(g["country"])
        out["country"] = c[2] if c else None
    out["actors"] = list(g["actors"])
    out["persons"] = list(g["persons"])
    return out


# ---------------------------------------------------------------- the fields


def fields_of(state: Mapping[str, Any]) -> dict[str, Any]:
    """An incident's fields from its totals: `aggregate.incident_fields` without n_documents."""
    s, w = state["strong"], state["weak"]
    out: dict[str, Any] = {}
    out["event_type"] = _mode_first(state["type"])
    subs = {k: v for k, v in state["sub"].items() if v[2][0] == out["event_type"]}
    sub = _mode_first(subs)
    out["sub_event_type"] = sub[1] if sub else None
    out["event_types"] = list(state["types"])
    out["sub_event_types"] = list(state["subs"])
    out["tags"] = list(state["tags"])
    out["languages"] = list(state["langs"])
    groups = [s] if s["dated"] else [s, w]
    out["date_start"] = min((g["d0_min"] for g in groups if g["d0_min"]), default=None)
    out["date_end"] = max((g["d1_max"] for g in groups if g["d1_max"]), default=None)
    days = _merged(*(g["days"] for g in groups))
    dated = _merged(*(g["dated"] for g in groups))
    if days:
        top = max(e[0] for e in days.values())
        out["event_date"] = min(e[2] for e in days.values() if e[0] == top)
        out["date_precision"] = "day"
    elif dated:
        best = dated[min(dated, key=int)]
        out["event_date"], out["date_precision"] = best[2]
    ranks = {r: _merged(s["rank"].get(r, {}), w["rank"].get(r, {})) for r in
             set(s["rank"]) | set(w["rank"])}  # fmt: skip
    ranks = {r: t for r, t in ranks.items() if t}
    if ranks:
        place = _mode_first(ranks[min(ranks, key=int)])
        out["location"], out["geonameid"] = place.get("location"), place.get("geonameid")
        out["lat"], out["lon"] = place.get("lat"), place.get("lon")
        out["country"] = place.get("country") or _mode_first(_merged(s["country"], w["country"]))
        out["admin1"] = place.get("admin1")
        out["geo_precision"] = place.get("geo_precision")
    out["actor1"] = _mode_first(state["actor1"])
    out["actor2"] = _mode_first(state["actor2"])
    out["n_events"] = state["n"]
    out["first_published"] = state["pub_min"]
    out["last_published"] = state["pub_max"]
    put_estimates(out, estimates_of(state))
    return out


# ---------------------------------------------------------------- estimates


def _claim_order(c: Mapping[str, Any]) -> list:
    span = c.get("span") or [0]
    return [c.get("published_at") or "", c.get("doc_id") or "", span[0], c["id"]]


def _extreme(slot: list | None, value: int, cid: str, *, high: bool) -> list:
    """[value, sorted ids] keeping the max (high) or min value and every claim at it."""
    if slot is None or (value > slot[0] if high else value < slot[0]):
        return [value, [cid]]
    if value == slot[0]:
        i = bisect_left(slot[1], cid)
        if i == len(slot[1]) or slot[1][i] != cid:
            slot[1].insert(i, cid)
    return slot


def add_claims(state: dict[str, Any], claims: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Fold claims into the per-kind totals the SPEC estimate rule needs; O(1) per claim."""
    for c in claims:
        k = state["claims"].setdefault(c["kind"], {"n": 0, "latest": {}})
        k["n"] += 1
        if c.get("certainty") == "denied" or c.get("scope", "event") == "background":
            continue
        fig = figure(c)
        if fig is None:
            continue
        cert = c.get("certainty") or "reported"
        low = c.get("low")
        high = c["high"] if c.get("high") is not None else low
        if cert in ("confirmed", "reported") and low is not None:
            slot = "conf_low" if cert == "confirmed" else "rep_low"
            k[slot] = _extreme(k.get(slot), low, c["id"], high=cert == "confirmed")
        if high is not None and cert in ("confirmed", "reported", "unconfirmed"):
            slot = "unc_high" if cert == "unconfirmed" else "cr_high"
            k[slot] = _extreme(k.get(slot), high, c["id"], high=True)
        rel = str(RELIABILITY.get(cert, 0))
        order = _claim_order(c)
        cur = k["latest"].get(rel)
        if cur is None or order > cur[0]:
            k["latest"][rel] = [order, fig, c["id"], c.get("certainty")]
    return state


def _estimate(k: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "low": None, "best": None, "high": None,
        "low_claims": [], "best_claims": [], "high_claims": [],
        "n_claims": k["n"],
    }  # fmt: skip
    low = k.get("conf_low") or k.get("rep_low")
    if low:
        out["low"], out["low_claims"] = low[0], list(low[1])
    high = k.get("cr_high") or k.get("unc_high")
    if high:
        out["high"], out["high_claims"] = high[0], list(high[1])
    if out["low"] is not None and out["high"] is not None and out["low"] > out["high"]:
        out["high"], out["high_claims"] = out["low"], out["low_claims"]
    if k["latest"]:
        _, best, cid, cert = k["latest"][max(k["latest"], key=int)]
        if out["low"] is not None and best < out["low"]:
            best, out["note"] = out["low"], "best raised to low"
        if out["high"] is not None and best > out["high"]:
            best, out["note"] = out["high"], "best lowered to high"
        out["best"], out["best_claims"], out["best_certainty"] = best, [cid], cert
    return out


def estimates_of(state: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Low / best / high per claim kind, as `estimates.estimates` gives for the same claims."""
    order = {k: i for i, k in enumerate(KIND_ORDER)}
    kinds = sorted(state["claims"], key=lambda k: order.get(k, 99))
    return {k: _estimate(state["claims"][k]) for k in kinds}
