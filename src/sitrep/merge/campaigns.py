"""Campaigns: incidents of one kind at one place, days apart, over weeks (a siege, a protest wave).

A campaign is a grouping above incidents, never a bigger incident: each strike or
protest stays its own incident with its own date, figures and members. Pure: incident
records in, campaigns out. The partition is a function of the set of incidents (sorted
by date, then by their own key), so it does not depend on ids or on the order they were
stored in; the store computes it when an incident is read (`incidents show`, export).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Any

# incident types that make one campaign together, and what the campaign is called
FAMILIES: dict[str, str] = {
    "Explosions/Remote violence": "strikes",
    "Battles": "strikes",
    "Protests": "protests",
    "Riots": "protests",
    "Violence against civilians": "attacks on civilians",
}
GAP_DAYS = 7  # a pause longer than this ends the campaign
MIN_INCIDENTS = 3  # fewer incidents in a row are just incidents


@dataclass
class Campaign:
    id: str  # "<place key>/<family>/<first date>": stable, whatever the incident ids
    kind: str
    location: str | None
    date_start: str
    date_end: str
    incidents: list[int] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self) | {"n_incidents": len(self.incidents)}


def place_key(inc: Mapping[str, Any]) -> str | None:
    """The place an incident is at, for grouping: its gazetteer id, else its name."""
    if inc.get("geonameid") is not None:
        return f"g{inc['geonameid']}"
    name = (inc.get("location") or "").strip().lower()
    return f"n{name}" if name else None


def family(inc: Mapping[str, Any]) -> str | None:
    return FAMILIES.get(inc.get("event_type") or "")


def campaigns(incidents: Sequence[Mapping[str, Any]]) -> list[Campaign]:
    """Runs of >= MIN_INCIDENTS incidents of one family at one place, each within GAP_DAYS
    of the run so far. Incidents without a place, a date or a family are in none."""
    groups: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for inc in incidents:
        p, fam = place_key(inc), family(inc)
        if p and fam and inc.get("date_start"):
            groups.setdefault((p, fam), []).append(inc)
    out: list[Campaign] = []
    for (p, fam), incs in sorted(groups.items()):
        incs = sorted(incs, key=lambda i: (i["date_start"], i.get("date_end") or "", i["id"]))
        run: list[Mapping[str, Any]] = []
        end = None
        for inc in incs:
            start = date.fromisoformat(inc["date_start"])
            if run and end is not None and (start - end).days > GAP_DAYS:
                _close(run, p, fam, out)
                run = []
            run.append(inc)
            stop = date.fromisoformat(inc.get("date_end") or inc["date_start"])
            end = stop if not run[:-1] or end is None else max(end, stop)
        _close(run, p, fam, out)
    return out


def _close(run: list[Mapping[str, Any]], p: str, fam: str, out: list[Campaign]) -> None:
    if len(run) < MIN_INCIDENTS:
        return
    first = run[0]["date_start"]
    out.append(
        Campaign(
            id=f"{p}/{fam.replace(' ', '-')}/{first}",
            kind=fam,
            location=run[0].get("location"),
            date_start=first,
            date_end=max(i.get("date_end") or i["date_start"] for i in run),
            incidents=sorted(i["id"] for i in run),
        )
    )


def campaign_of(inc_id: int, incidents: Sequence[Mapping[str, Any]]) -> Campaign | None:
    """The campaign an incident belongs to among these (its place's incidents), or None."""
    for c in campaigns(incidents):
        if inc_id in c.incidents:
            return c
    return None
