"""The report coded as a whole: types, tags, date, place, country and the four figures.

A figure is the report's headline figure (claims/headline.py): the author's own
current figure for the primary event, never background, denied or a subset.
When the lead tells no event (an address, a digest), only a figure tied to the
primary event by sentence or place is its (`tied_claims`); without events the main place and date still code the report.
"""

from __future__ import annotations

from collections import Counter

from ..claims.headline import headline
from ..claims.words import HARM_KINDS
from ..doc import Doc
from ..schema.models import Claim, EventLocation, Figure, Mention, PlaceValue, Summary
from .anchors import event_date, event_location, main_date, main_place
from .classify import STRATEGIC, tag_for
from .group import LEAD_SENTS
from .lead import lead_sentences
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
    best = headline(doc, tied_claims(doc), kinds, day)
    if best is None:
        return None
    return Figure(
        low=best.low, high=best.high, qualifier=best.qualifier, value=best.value, claims=[best.id]
    )


def tied_claims(doc: Doc) -> list[Claim]:
    """The claims that may give the report's figure: all when the lead tells the primary
    event; otherwise only those tied to it by sentence or place.

    An address or a digest whose lead tells no incident goes on to many: a strike in
    one region, a death in another, a running toll of the war. Its primary event is
    then chosen from the body, and a figure is that event's only when told in the lead,
    in one of the event's sentences or the one right after, or at its place (the same
    town, or a region or country-level place that holds it; a region stands for the
    towns its sentence names). A figure with no place, or one at another town or
    region, is another incident's or a tally, not the report's.
    """
    if not doc.events:
        return doc.claims
    primary = doc.events[0]
    lead = lead_sentences(doc, LEAD_SENTS)
    if primary.event_type == STRATEGIC:
        return [
            c
            for c in doc.claims
            if c.kind not in HARM_KINDS or doc.sent_index(c.evidence.start) in lead
        ]
    if primary.location is None:
        return doc.claims
    own = {doc.sent_index(sp.start) for sp in primary.evidence}
    if own & lead:
        return doc.claims
    near = own | {si + 1 for si in own} | lead
    mentions = {m.id: m for m in doc.mentions if m.kind == "place" and m.place is not None}
    return [
        c
        for c in doc.claims
        if doc.sent_index(c.evidence.start) in near
        or any(_holds(pl, primary.location) for pl in _scene(doc, mentions.get(c.place or "")))
    ]


def _scene(doc: Doc, m: Mention | None) -> list[PlaceValue]:
    """Where a figure happened: its place, or for a region the towns its sentence names
    ("between Vasylivka and Kamianske in Zaporizhzhia region": those towns, not the region)."""
    if m is None or m.place is None:
        return []
    if m.place.feature != "region":
        return [m.place]
    si = doc.sent_index(m.start)
    towns = [
        o.place
        for o in doc.mentions_by_sentence().get(si, [])
        if o.kind == "place"
        and o.place is not None
        and o.place.feature == "city"
        and o.place.admin1 == m.place.admin1
    ]
    return towns or [m.place]


def _holds(pl: PlaceValue | None, loc: EventLocation) -> bool:
    """Whether a figure's place `pl` is, or holds, the event's place `loc`: a country-level
    place (it names a side more often than a scene: "Russia's strike"), the same town (another
    town of the same region is another incident), a region holding it, or a place the
    gazetteer cannot put in a country."""
    if pl is None:
        return False
    if pl.feature == "country" or not pl.country or not loc.country:
        return True
    if pl.country != loc.country:
        return False
    if pl.feature == "city" and pl.geonameid and loc.geonameid and loc.precision == "exact":
        return pl.geonameid == loc.geonameid
    return not (pl.admin1 and loc.admin1 and pl.admin1 != loc.admin1)


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
