"""Whether two events describe the same incident, and why: place, date, type, actors.

Two feature records (see `features.py`) are compared. A pair is vetoed when places are
incompatible (different countries, two different towns or districts, different admin1), dates are more than DATE_TOLERANCE days
apart given their precision, or the types are incompatible (Battles vs
Protests). Otherwise the score is a weighted sum; JOIN_THRESHOLD decides.
"""

from __future__ import annotations

import math
from datetime import date
from typing import Any

from .translit import name_key, name_similarity

MAX_KM = 50.0  # unnamed coordinates further apart are different incidents
SAME_PLACE_KM = 2.0  # two gazetteer entries this close are one place (a city and its PPLA twin)
REGION_KM = 200.0  # city vs region precision without admin1: same region if this close
DATE_TOLERANCE = 2  # days: reports trail events and dates are often "yesterday"
W_PLACE, W_DATE, W_TYPE = 0.45, 0.30, 0.25
BONUS_ACTOR, BONUS_PERSON, BONUS_MAX = 0.05, 0.10, 0.20
JOIN_THRESHOLD = 0.65

# symmetric compatibility of ACLED event types; 0 vetoes, a missing pair is 0.3
_COMPAT: dict[frozenset[str], float] = {
    frozenset({"Protests", "Riots"}): 0.8,
    frozenset({"Riots", "Violence against civilians"}): 0.6,
    frozenset({"Protests", "Violence against civilians"}): 0.0,  # ACLED: two events
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


# ---------------------------------------------------------------- scoring


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(min(1.0, a)))


def level(f: Any) -> str:
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
    la, lb = level(a), level(b)
    dist = None
    if None not in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        dist = round(haversine_km(a["lat"], a["lon"], b["lat"], b["lon"]), 1)
    if la == lb == "city":
        named = a.get("geonameid") is not None and b.get("geonameid") is not None
        if named and dist is not None and dist > SAME_PLACE_KM:
            # granularity: two towns (or two districts) are two incidents, however close
            return None, {"place": f"different places {dist:g} km apart", "distance_km": dist}
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
        return None, {"place": "different place names, no coordinates"}
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
    if ts < 1 and new.get("event_type") in (old.get("types") or ()):
        ts = 1.0  # the incident already holds this type (a protest that turned into a riot)
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
