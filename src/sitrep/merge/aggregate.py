"""An incident from its members: place, dates, types, figures. Pure: records in, fields out.

The store writes the fields; `estimates.py` holds the low / best / high rule.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from .estimates import estimates, put_estimates

_DATE_RANK = {"week": 0, "published": 1, "month": 2, "year": 3}
_LEVEL_RANK = {"exact": 0, "district": 1, None: 2, "unknown": 2, "region": 3, "country": 4}


def widen(
    date_start: str | None, date_end: str | None, country: str | None, f: Mapping[str, Any]
) -> tuple[str | None, str | None, str | None]:
    """The fields candidate search uses, widened so later events of the same report find it.

    A weak member (a vaguer mention) never widens them."""
    if f.get("d0") and not f.get("weak"):
        date_start = min(filter(None, (date_start, f["d0"])))
        date_end = max(filter(None, (date_end, f["d1"])))
    return date_start, date_end, country or f.get("country")


def _mode(values: list[Any]) -> Any:
    vals = [v for v in values if v not in (None, "")]
    if not vals:
        return None
    counts = Counter(vals)
    top = max(counts.values())
    return next(v for v in vals if counts[v] == top)  # first seen wins a tie


def incident_fields(
    fs: Sequence[Mapping[str, Any]], doc_ids: Sequence[str], claims: list[dict[str, Any]]
) -> dict[str, Any]:
    """An incident's fields from its members' records (in join order) and their claims.

    Place fields are only given when a member is placed, and event_date only
    when one is dated: otherwise the incident keeps what it has.
    """
    out: dict[str, Any] = {}
    out["event_type"] = _mode([f.get("event_type") for f in fs])
    out["sub_event_type"] = _mode(
        [f.get("sub_event_type") for f in fs if f.get("event_type") == out["event_type"]]
    )
    out["event_types"] = sorted({f["event_type"] for f in fs if f.get("event_type")})
    out["sub_event_types"] = sorted({f["sub_event_type"] for f in fs if f.get("sub_event_type")})
    out["tags"] = sorted({t for f in fs for t in f.get("tags") or []})
    out["languages"] = sorted({f["lang"] for f in fs if f.get("lang")})
    dated = [f for f in fs if f.get("d0") and not f.get("weak")] or [f for f in fs if f.get("d0")]
    out["date_start"] = min((f["d0"] for f in dated), default=None)
    out["date_end"] = max((f["d1"] for f in dated), default=None)
    days = [f["d0"] for f in dated if f["date_precision"] == "day"]
    if days:
        out["event_date"], out["date_precision"] = _mode(sorted(days)), "day"
    elif dated:  # no day-precise member: the most precise one
        best = min(dated, key=lambda f: _DATE_RANK.get(f["date_precision"], 9))
        out["event_date"], out["date_precision"] = best["d0"], best["date_precision"]
    located = [f for f in fs if f.get("location") or f.get("country")]
    if located:
        rank = min(_LEVEL_RANK.get(f.get("geo_precision"), 2) for f in located)
        top = [f for f in located if _LEVEL_RANK.get(f.get("geo_precision"), 2) == rank]
        key = _mode([f.get("geonameid") or f.get("location") for f in top])
        place = next(f for f in top if (f.get("geonameid") or f.get("location")) == key)
        out["location"], out["geonameid"] = place.get("location"), place.get("geonameid")
        out["lat"], out["lon"] = place.get("lat"), place.get("lon")
        out["country"] = place.get("country") or _mode([f.get("country") for f in fs])
        out["admin1"] = place.get("admin1")
        out["geo_precision"] = place.get("geo_precision")
    out["actor1"] = _mode([f.get("actor1") for f in fs])
    out["actor2"] = _mode([f.get("actor2") for f in fs])
    out["n_events"] = len(fs)
    out["n_documents"] = len(set(doc_ids))
    pubs = sorted(f["published_at"] for f in fs if f.get("published_at"))
    out["first_published"] = pubs[0] if pubs else None
    out["last_published"] = pubs[-1] if pubs else None
    put_estimates(out, estimates(claims))
    return out
