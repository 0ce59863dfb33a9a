"""What merging knows about an event: a small typed, JSON-able record per event.

The record is stored with each incident member, so scoring a new event never
re-reads old Reports. `report_events` decides which events a report
contributes and which claims each one carries.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from typing import TypedDict

from ..schema.models import Event, EventDate, EventLocation, Report
from .translit import name_key
from .twins import figure_keys

UNDATED_LOOKBACK = 3  # an undated event happened within this many days before publication


class EventFeatures(TypedDict):
    """One event as merging sees it (also the `features` JSON of an incident member)."""

    doc_id: str
    event_id: str
    event_type: str | None
    sub_event_type: str | None
    tags: list[str]
    d0: str | None  # the interval of days the event may have happened on
    d1: str | None
    date_precision: str  # day | week | month | year | published | unknown
    location: str | None
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    geo_precision: str | None
    actor1: str | None
    actor2: str | None
    actors: list[str]
    persons: list[str]
    figures: list[str]  # the report's stated figures, "kind:low:high" (twins.py)
    lang: str | None
    published_at: str | None
    evidence: list[list[int]]


def date_interval(iso: str | None, precision: str | None, published: str | None) -> tuple:
    """[start, end] ISO dates an event may have happened on, and the precision used.

    A vague interval (a week, a month, a year) that holds the publication day ends there:
    a report tells what has happened, so "this week" in a Tuesday report means up to Tuesday.
    """
    d0, d1, prec = _interval(iso, precision, published)
    if published and d0 and prec in ("week", "month", "year") and d0 <= published[:10] < d1:
        d1 = published[:10]
    return d0, d1, prec


def _interval(iso: str | None, precision: str | None, published: str | None) -> tuple:
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
) -> EventFeatures:
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
        "figures": figure_keys(report.claims),
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


def report_events(report: Report) -> list[tuple[Event, list[str]]]:
    """The events of a report with the claim ids each one carries.

    Claims no event links are given to the event that shares their place
    mention, else the only event, else the event whose evidence is nearest.
    A report without events but with a located / dated / typed summary yields
    one event built from the summary.
    """
    events = list(report.events)
    if not events:
        s = report.summary
        if not (s.location or s.country or s.event_date or s.event_types):
            return []
        events = [
            Event(
                id="summary",
                event_type=s.event_types[0] if s.event_types else "",
                sub_event_type=s.sub_event_types[0] if s.sub_event_types else "",
                tags=list(s.tags),
                date=EventDate(iso=s.event_date, precision=s.date_precision or "day")
                if s.event_date
                else None,
                location=summary_location(report),
                claims=[c.id for c in report.claims],
            )
        ]
    known = {c.id for c in report.claims}
    per_event = {e.id: [c for c in e.claims if c in known] for e in events}
    linked = {c for ids in per_event.values() for c in ids}
    for claim in report.claims:
        if claim.id in linked:
            continue
        target = _home_event(claim.place, claim.evidence.start, events)
        if target is not None:
            per_event[target.id].append(claim.id)
    return [(e, per_event[e.id]) for e in events]


def _home_event(place: str | None, pos: int, events: list[Event]) -> Event | None:
    if place:
        for e in events:
            if e.location is not None and e.location.mention == place:
                return e
    if len(events) == 1:
        return events[0]
    near = [
        (min(abs(s.start - pos) for s in e.evidence), i) for i, e in enumerate(events) if e.evidence
    ]
    return events[min(near)[1]] if near else None
