"""Which incidents an event could join: the search window, the type windows, the core.

The window is plain data that the store turns into SQL; nothing here queries.
An event is compared with an incident's core (its precise members' place, date
and type), never with one member at the edge: that is what stops chaining.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from .score import DATE_TOLERANCE, level

MAX_SPAN_DAYS = 3  # the widest type window (below); kept for callers of the old name
RECENT_LIMIT = 500  # an undated event only looks at this many of the latest incidents

# days an incident's day-precise dates may span, by ACLED type: a strike is one night
# (reported "yesterday"), a protest or a battle may run into a second or third day
TYPE_WINDOW_DAYS: dict[str, int] = {
    "Explosions/Remote violence": 1,
    "Violence against civilians": 1,
    "Strategic developments": 2,
    "Protests": 2,
    "Riots": 2,
    "Battles": 3,
}
DEFAULT_WINDOW_DAYS = 2


def type_window(event_type: str | None) -> int:
    return TYPE_WINDOW_DAYS.get(event_type or "", DEFAULT_WINDOW_DAYS)


@dataclass(frozen=True)
class Window:
    """Incidents to look at: overlapping [date_from, date_to], or at this place, in this country.

    country: incidents in it or with no country; `recent`: only the latest N by id.
    """

    date_from: str | None = None
    date_to: str | None = None
    geonameid: int | None = None
    country: str | None = None
    recent: int | None = None


def window(f: Mapping[str, Any]) -> Window | None:
    """The incidents an event could belong to; None when it cannot join any."""
    date_from = date_to = geonameid = None
    if f["d0"]:
        date_from = (date.fromisoformat(f["d0"]) - timedelta(days=DATE_TOLERANCE)).isoformat()
        date_to = (date.fromisoformat(f["d1"]) + timedelta(days=DATE_TOLERANCE)).isoformat()
    elif f["geonameid"] is not None:  # undated and unpublished: the same place only
        geonameid = f["geonameid"]
    elif not f["country"]:
        return None
    return Window(
        date_from=date_from,
        date_to=date_to,
        geonameid=geonameid,
        country=f["country"] or None,
        recent=None if f["d0"] else RECENT_LIMIT,  # bounded: undated looks at recent ones
    )


def _mode_sorted(values: list[Any]) -> Any:
    """The most frequent value; ties go to the smallest, so join order never matters."""
    vals = [v for v in values if v not in (None, "")]
    if not vals:
        return None
    counts = Counter(vals)
    top = max(counts.values())
    return min((v for v in counts if counts[v] == top), key=lambda v: (str(type(v)), v))


def _mode_first(members: Sequence[Mapping[str, Any]], key: str) -> Any:
    """The most frequent value; a tie goes to the one reported first in stream order
    (publication, document, position), so the type, and with it the window, is what the
    incident was first reported as, whatever the join order."""
    first: dict[Any, tuple] = {}
    counts: Counter = Counter()
    for m in members:
        v = m.get(key)
        if v in (None, ""):
            continue
        counts[v] += 1
        k = (m.get("published_at") or "", m.get("doc_id") or "", int(m.get("seq") or 0))
        first[v] = min(first.get(v, k), k)
    if not counts:
        return None
    return min(counts, key=lambda v: (-counts[v], first[v]))


def core(members: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The incident as a whole: place, dates and type of its strong (non-weak) members.

    A one-record list is its own core, so the store can pass a core it keeps.
    """
    if len(members) == 1:
        return dict(members[0])
    strong = [m for m in members if not m.get("weak")] or list(members)
    out: dict[str, Any] = {"doc_id": "core", "event_id": "core", "actors": [], "persons": []}
    out["event_type"] = _mode_first(strong, "event_type")
    out["types"] = sorted({m["event_type"] for m in strong if m.get("event_type")})
    days = sorted(m["d0"] for m in strong if m.get("date_precision") == "day" and m.get("d0"))
    dated = [m for m in strong if m.get("d0")]
    if days:
        mid = days[(len(days) - 1) // 2]  # the lower median: one outlier cannot drag it
        out.update(d0=mid, d1=mid, date_precision="day", date_start=days[0], date_end=days[-1])
    elif dated:
        out.update(
            d0=max(m["d0"] for m in dated),
            d1=min(m["d1"] for m in dated),
            date_precision=dated[0].get("date_precision"),
        )
        if out["d0"] > out["d1"]:
            out["d0"], out["d1"] = min(m["d0"] for m in dated), max(m["d1"] for m in dated)
    else:
        out.update(d0=None, d1=None, date_precision="unknown")
    precise = (
        [m for m in strong if level(m) == "city"]
        or [m for m in strong if level(m) == "region"]
        or strong
    )
    key = _mode_sorted([str(m.get("geonameid") or m.get("location") or "") for m in precise])
    place = next(
        (m for m in precise if str(m.get("geonameid") or m.get("location") or "") == key),
        precise[0],
    )
    for k in ("location", "geonameid", "lat", "lon", "country", "admin1", "geo_precision"):
        out[k] = place.get(k)
    out["country"] = out["country"] or _mode_sorted([m.get("country") for m in strong])
    out["actors"] = sorted({a for m in strong for a in m.get("actors") or []})
    out["persons"] = sorted({p for m in strong for p in m.get("persons") or []})
    return out


def within_window(f: Mapping[str, Any], c: Mapping[str, Any]) -> tuple[bool, str]:
    """Whether a day-precise event stays in the incident's type window, measured on the core.

    A vague date (a week, a month, "around publication") already spans its uncertainty:
    against a day-precise side it must contain that day, with no extra tolerance, or a
    "this week" report would bridge two strikes on consecutive days.
    """
    fday, cday = f.get("date_precision") == "day", c.get("date_precision") == "day"
    if fday != cday and f.get("d0") and c.get("d0"):
        lo = c.get("date_start") or c["d0"]
        hi = c.get("date_end") or c["d1"]
        if f["d1"] < lo or f["d0"] > hi:
            vague = f if not fday else c
            return False, (
                f"a {vague.get('date_precision')}-precise date ({vague['d0']}..{vague['d1']})"
                " does not contain the other side's day"
            )
    if not (fday and cday):
        return True, ""
    win = type_window(c.get("event_type") or f.get("event_type"))
    gap = abs((date.fromisoformat(f["d0"]) - date.fromisoformat(c["d0"])).days)
    if gap > win:
        return False, f"{gap} days from the incident's core date (window {win})"
    lo = min(f["d0"], c.get("date_start") or c["d0"])
    hi = max(f["d1"], c.get("date_end") or c["d1"])
    span = (date.fromisoformat(hi) - date.fromisoformat(lo)).days
    if span > win:
        return False, f"the incident would span {span} days (window {win})"
    return True, ""


def span_days(members: list[Mapping[str, Any]], f: Mapping[str, Any]) -> int:
    """Days between the first and last day-precise date if `f` joined these members."""
    days = [m["d0"] for m in members if m.get("date_precision") == "day"]
    days += [m["d1"] for m in members if m.get("date_precision") == "day"]
    if f.get("date_precision") == "day":
        days += [f["d0"], f["d1"]]
    if not days:
        return 0
    return (date.fromisoformat(max(days)) - date.fromisoformat(min(days))).days
