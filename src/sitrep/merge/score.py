"""Whether two events describe the same incident, and why: place, date, type, actors.

An event is reduced to a small JSON-able feature dict (`features`) that is stored
with each incident member, so scoring a new event never re-reads old Reports.
A pair is vetoed when places are incompatible (different countries, cities more
than MAX_KM apart, different admin1), dates are more than DATE_TOLERANCE days
apart given their precision, or the types are incompatible (Battles vs
Protests). Otherwise the score is a weighted sum; JOIN_THRESHOLD decides.
"""

from __future__ import annotations

import calendar
import math
from datetime import date, timedelta
from typing import Any

from ..schema.models import Event, EventLocation, Report
from .translit import name_key, name_similarity

MAX_KM = 50.0  # two city-precision places further apart are different incidents
REGION_KM = 200.0  # city vs region precision without admin1: same region if this close
DATE_TOLERANCE = 2  # days: reports trail events and dates are often "yesterday"
UNDATED_LOOKBACK = 3  # an undated event happened within this many days before publication
W_PLACE, W_DATE, W_TYPE = 0.45, 0.30, 0.25
BONUS_ACTOR, BONUS_PERSON, BONUS_MAX = 0.05, 0.10, 0.20
JOIN_THRESHOLD = 0.65

# symmetric compatibility of ACLED event types; 0 vetoes, a missing pair is 0.3
_COMPAT: dict[frozenset[str], float] = {
    frozenset({"Protests", "Riots"}): 0.8,
    frozenset({"Riots", "Violence against civilians"}): 0.6,
    frozenset({"Protests", "Violence against civilians"}): 0.4,
    frozenset({"Battles", "Explosions/Remote violence"}): 0.7,
    frozenset({"Battles", "Violence against civilians"}): 0.5,
    frozenset({"Explosions/Remote violence", "Violence against civilians"}): 0.5,
    frozenset({"Battles", "Protests"}): 0.0,
    frozenset({"Battles", "Riots"}): 0.0,
    frozenset({"Explosions/Remote violence", "Protests"}): 0.0,
    frozenset({"Explosions/Remote violence", "Riots"}): 0.2,
}


def type_compat(a: str | None, b: str | None) -> float:
    if not a or not b:
        return 0.5
    if a == b:
        return 1.0
    if "Strategic developments" in (a, b):
        return 0.5  # arrests, shutdowns and blockades accompany any incident
    return _COMPAT.get(frozenset({a, b}), 0.3)


# ---------------------------------------------------------------- features


def date_interval(iso: str | None, precision: str | None, published: str | None) -> tuple:
    """[start, end] ISO dates an event may have happened on, and the precision used."""
    if iso:
        try:
            if len(iso) >= 10 and precision in (None, "day", "exact"):
                d = date.fromisoformat(iso[:10])
                return d.isoformat(), d.isoformat(), "day"
            if len(iso) >= 10 and precision == "week":
                d = date.fromisoformat(iso[:10])
                return d.isoformat(), (d + timedelta(days=6)).isoformat(), "week"
            if len(iso) >= 7 and precision != "year":
                y, m = int(iso[:4]), int(iso[5:7])
                last = calendar.monthrange(y, m)[1]
                return f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{last:02d}", "month"
            y = int(iso[:4])
            return f"{y:04d}-01-01", f"{y:04d}-12-31", "year"
        except ValueError:
            pass
    if published:
        d = date.fromisoformat(published[:10])
        return (d - timedelta(days=UNDATED_LOOKBACK)).isoformat(), d.isoformat(), "published"
    return None, None, "unknown"


def event_features(
    report: Report, event: Event, *, published_at: str | None, lang: str | None
) -> dict[str, Any]:
    """What merging needs to know about one event, JSON-able."""
    loc = event.location or summary_location(report)
    d0, d1, dprec = date_interval(
        event.date.iso if event.date else None,
        event.date.precision if event.date else None,
        published_at or report.document.published,
    )
    actors = sorted(
        {a.name for a in (event.actor1, event.actor2) if a is not None and name_key(a.name)}
    )
    persons = sorted(
        {e.name for e in report.entities if e.kind == "person" and e.name}
        | {m.norm or m.text for m in report.mentions if m.kind == "person" and not m.entity}
    )
    return {
        "doc_id": report.document.id,
        "event_id": event.id,
        "event_type": event.event_type or None,
        "sub_event_type": event.sub_event_type or None,
        "tags": list(event.tags),
        "d0": d0,
        "d1": d1,
        "date_precision": dprec,
        "location": loc.name if loc else None,
        "geonameid": loc.geonameid if loc else None,
        "lat": loc.lat if loc else None,
        "lon": loc.lon if loc else None,
        "country": (loc.country or None) if loc else report.summary.country,
        "admin1": loc.admin1 if loc else None,
        "geo_precision": loc.precision if loc else None,
        "actor1": event.actor1.name if event.actor1 else None,
        "actor2": event.actor2.name if event.actor2 else None,
        "actors": actors,
        "persons": persons,
        "lang": lang,
        "published_at": published_at,
        "evidence": [[s.start, s.end] for s in event.evidence],
    }


def summary_location(report: Report) -> EventLocation | None:
    """An unlocated event is placed where the report as a whole is (if it says)."""
    s = report.summary
    if not (s.location or s.country):
        return None
    return EventLocation(
        name=s.location or s.country or "",
        geonameid=s.geonameid,
        lat=s.lat,
        lon=s.lon,
        country=s.country,
        admin1=s.admin1,
        precision="exact" if s.location else "country",
    )


# ---------------------------------------------------------------- scoring


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def _level(f: dict[str, Any]) -> str:
    """city | region | country | none: how precisely an event is placed."""
    prec = f.get("geo_precision")
    has_place = f.get("geonameid") is not None or f.get("lat") is not None or f.get("location")
    if prec == "region" and (has_place or f.get("admin1")):
        return "region"
    if prec != "country" and has_place:
        return "city"
    return "country" if f.get("country") else "none"


def place_score(a: dict[str, Any], b: dict[str, Any]) -> tuple[float | None, dict[str, Any]]:
    """(score, why); score None is a veto."""
    ca, cb = a.get("country"), b.get("country")
    if ca and cb and ca != cb:
        return None, {"place": f"different countries {ca} / {cb}"}
    if a.get("geonameid") is not None and a.get("geonameid") == b.get("geonameid"):
        return 1.0, {"place": f"same place (geonameid {a['geonameid']})", "distance_km": 0.0}
    la, lb = _level(a), _level(b)
    dist = None
    if None not in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        dist = round(haversine_km(a["lat"], a["lon"], b["lat"], b["lon"]), 1)
    if la == lb == "city":
        if dist is not None:
            if dist <= MAX_KM:
                return max(0.5, 1 - dist / 100), {
                    "place": f"{dist:g} km apart",
                    "distance_km": dist,
                }
            return None, {"place": f"{dist:g} km apart (> {MAX_KM:g})", "distance_km": dist}
        sim = name_similarity(a.get("location") or "", b.get("location") or "")
        if sim >= 88:
            return 0.9, {"place": f"names match ({round(sim)})"}
        return 0.1, {"place": "different names, no coordinates"}
    if "none" in (la, lb):
        return 0.0, {"place": "place unknown"}
    if "country" in (la, lb):
        return 0.2, {"place": f"same country {ca or cb}" if ca or cb else "country unknown"}
    # one or both at region precision
    aa, ab = a.get("admin1"), b.get("admin1")
    if aa and ab:
        if name_similarity(aa, ab) >= 88:
            return 0.6, {"place": f"same region {aa}"}
        return None, {"place": f"different regions {aa} / {ab}"}
    if dist is not None and dist <= REGION_KM:
        return 0.5, {"place": f"{dist:g} km apart (region precision)", "distance_km": dist}
    return 0.2, {"place": "same country, region unclear"}


def date_score(a: dict[str, Any], b: dict[str, Any]) -> tuple[float | None, dict[str, Any]]:
    if not (a.get("d0") and b.get("d0")):
        return 0.3, {"date": "date unknown"}
    a0, a1 = date.fromisoformat(a["d0"]), date.fromisoformat(a["d1"])
    b0, b1 = date.fromisoformat(b["d0"]), date.fromisoformat(b["d1"])
    gap = max(0, (b0 - a1).days, (a0 - b1).days)
    if gap > DATE_TOLERANCE:
        return None, {"date": f"{gap} days apart", "date_gap_days": gap}
    exact = a["date_precision"] == b["date_precision"] == "day"
    s = (1 - gap / (DATE_TOLERANCE + 1)) * (1.0 if exact else 0.6)
    return s, {"date_gap_days": gap, "date": f"{gap} days apart" if gap else "same dates"}


def pair_score(new: dict[str, Any], old: dict[str, Any]) -> tuple[float | None, dict[str, Any]]:
    """Score a new event against one member of an incident; None when vetoed."""
    why: dict[str, Any] = {"matched": f"{old['doc_id']}/{old['event_id']}"}
    ps, w = place_score(new, old)
    why.update(w)
    if ps is None:
        return None, why
    ds, w = date_score(new, old)
    why.update(w)
    if ds is None:
        return None, why
    ts = type_compat(new.get("event_type"), old.get("event_type"))
    why["type"] = f"{new.get('event_type')} ~ {old.get('event_type')}: {ts:g}"
    why["type_compat"] = ts
    if ts == 0:
        return None, why
    old_actors = {name_key(a) for a in old.get("actors", [])}
    shared_actors = sorted({a for a in new.get("actors", []) if name_key(a) in old_actors})
    shared_persons = sorted(
        {
            p
            for p in new.get("persons", [])
            for q in old.get("persons", [])
            if name_similarity(p, q) >= 88
        }
    )
    bonus = min(BONUS_MAX, BONUS_ACTOR * len(shared_actors) + BONUS_PERSON * len(shared_persons))
    score = W_PLACE * ps + W_DATE * ds + W_TYPE * ts + bonus
    why.update(
        place_score=round(ps, 3),
        date_score=round(ds, 3),
        shared_actors=shared_actors,
        shared_persons=shared_persons,
        score=round(score, 3),
    )
    return score, why
