"""Which event a claim or a tag belongs to: the event at its place, else the primary one."""

from __future__ import annotations

from ..doc import Doc
from ..schema.models import Event, Mention
from .anchors import place_key
from .signals import Hit


def attach(doc: Doc, tag_hits: list[tuple[str, Hit, Mention | None]]) -> None:
    """Add each tag and each claim of the document to its event."""
    if not doc.events:
        return
    by_place: dict[str, Event] = {}
    for ev in doc.events:
        by_place.setdefault(
            str(ev.location.geonameid or ev.location.name) if ev.location else "?", ev
        )
    primary = doc.events[0]
    for tag, _h, place in tag_hits:
        target = by_place.get(place_key(place), primary)
        if tag not in target.tags:
            target.tags.append(tag)
    _attach_claims(doc, by_place, primary)


def _attach_claims(doc: Doc, by_place: dict[str, Event], primary: Event) -> None:
    mentions = {m.id: m for m in doc.mentions}
    for c in doc.claims:
        if c.scope == "background":  # SPEC "Scope": never an event's figure nor an estimate
            continue
        target = primary
        if c.place and c.place in mentions:
            target = by_place.get(place_key(mentions[c.place]), primary)
        target.claims.append(c.id)
