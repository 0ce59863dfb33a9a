"""The report coded as a whole: types, tags, date, place, country and the four figures.

A figure is the report's headline figure (claims/headline.py): the author's own
current figure for the primary event, never background, denied or a subset;
without events the main place and date still code the report.
"""

from __future__ import annotations

from collections import Counter

from ..claims.headline import headline
from ..doc import Doc
from ..schema.models import Figure, Summary
from .anchors import event_date, event_location, main_date, main_place
from .classify import tag_for
from .signals import Hit

FIGURE_KINDS = {
    "killed": ("killed",),
    "injured": ("injured",),
    "participants": ("participants",),
    "arrested": ("arrested", "detained"),
}


def figure(doc: Doc, kinds: tuple[str, ...]) -> Figure | None:
    """The document's figure: the report's headline claim (claims/headline.py, SPEC)."""
    when = doc.events[0].date if doc.events else None
    day = when.iso if when is not None and when.precision == "day" else None
    best = headline(doc, doc.claims, kinds, day)
    if best is None:
        return None
    return Figure(
        low=best.low, high=best.high, qualifier=best.qualifier, value=best.value, claims=[best.id]
    )


def summarize(doc: Doc, hits: list[Hit]) -> Summary:
    """The summary of a document whose events are coded (`hits`: its event signals)."""
    s = Summary()
    if doc.events:
        primary = doc.events[0]
        for ev in doc.events:
            if ev.event_type not in s.event_types:
                s.event_types.append(ev.event_type)
            if ev.sub_event_type not in s.sub_event_types:
                s.sub_event_types.append(ev.sub_event_type)
        near: dict[int, set[str]] = {}
        told = {h.signal for h in hits}
        for h in hits:
            for k in (h.sent - 1, h.sent, h.sent + 1):
                near.setdefault(k, set()).add("near:" + h.signal)
        for h in hits:
            tag = tag_for(h.signal, near.get(h.sent, set()), told)
            if tag and tag not in s.tags:
                s.tags.append(tag)
        loc, date = primary.location, primary.date
    else:
        loc = event_location(main_place(doc, hits))
        date = event_date(main_date(doc, hits), doc)
    if date:
        s.event_date, s.date_precision = date.iso, date.precision
    if loc:
        s.location, s.geonameid, s.lat, s.lon = loc.name, loc.geonameid, loc.lat, loc.lon
        s.country, s.admin1 = loc.country, loc.admin1
    if not s.country:
        countries = Counter(
            m.place.country
            for m in doc.mentions
            if m.kind == "place" and m.place and m.place.country
        )
        if countries:
            s.country = countries.most_common(1)[0][0]
    for name, kinds in FIGURE_KINDS.items():
        setattr(s, name, figure(doc, kinds))
    return s
