"""Which incidents an event could join: the search window, and the no-chaining rule.

The window is plain data that the store turns into SQL; nothing here queries.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from .score import DATE_TOLERANCE

MAX_SPAN_DAYS = 3  # an incident's day-precise dates stay within this many days
RECENT_LIMIT = 500  # an undated event only looks at this many of the latest incidents


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


def span_days(members: list[Mapping[str, Any]], f: Mapping[str, Any]) -> int:
    """Days between the first and last day-precise date if `f` joined these members."""
    days = [m["d0"] for m in members if m.get("date_precision") == "day"]
    days += [m["d1"] for m in members if m.get("date_precision") == "day"]
    if f.get("date_precision") == "day":
        days += [f["d0"], f["d1"]]
    if not days:
        return 0
    return (date.fromisoformat(max(days)) - date.fromisoformat(min(days))).days
