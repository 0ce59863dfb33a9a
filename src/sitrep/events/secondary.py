"""Which secondary events are coded: those told where they happened.

ACLED codes an event at a location. Besides the report's primary event, a
mention whose sentences name no place and no one who acted, and stand outside
the lead ("heavy fighting continues", "Protest!", "the shelling must stop" deep
in an address)
is talk about the war or a call, not an event the report tells; it adds no
event. The primary event always stands, and so does what the lead tells ("the
rally went on for two hours, then the crowd overturned a police car").

Arrests told after the lead of a report whose lead tells violence (a blast, an
attack, a battle, a riot) are its aftermath ("police detained five suspects after
the blast"): the investigation of the event, not a development of its own. An
event told after the lead in another country than the report's own ("protests in
Amman" in a report on Jerusalem) is context, not an event the report tells.
"""

from __future__ import annotations

from ..doc import Doc
from .anchors import is_area
from .classify import acled
from .group import GroupKey
from .signals import Hit


def placed(doc: Doc, hits: list[Hit], parties: bool = False) -> bool:
    """Some sentence of the event's triggers names a place (an area such as "на Донбасі"
    places nothing), or who acted there (an actor other than the authorities: "the angry
    crowd overturned a police car"; for an agreement (`parties`), also an organisation or
    a person: "the Red Cross and everyone who reached an agreement")."""
    by_sent = doc.mentions_by_sentence()
    if parties and any(m.kind in ("org", "person") for h in hits for m in by_sent.get(h.sent, [])):
        return True

    def own_word(m) -> bool:  # "Протестуйте!": the trigger itself read as an actor
        return any(m.start < h.end and h.start < m.end for h in hits)

    return any(
        (m.kind == "place" and not is_area(m))
        or (m.kind == "actor" and m.role != "political" and not own_word(m))
        for h in hits
        for m in by_sent.get(h.sent, [])
    )


ARRESTS = acled("Arrests")[1]
AGREEMENT = acled("Agreement")[1]
# the types of a violent event: arrests after it are its aftermath
VIOLENT = frozenset(acled(s)[0] for s in ("Armed clash", "Attack", "Mob violence", "Suicide bomb"))


def aftermath(k: GroupKey, primary: GroupKey, hits: list[Hit], lead: frozenset[int]) -> bool:
    """Arrests told only after the lead of a report that leads with violence."""
    return k[1] == ARRESTS and primary[0] in VIOLENT and not any(h.sent in lead for h in hits)


def _country(where: dict, k: GroupKey) -> str | None:
    place = (where.get(k) or (None, None))[0]
    return place.place.country if place is not None and place.place is not None else None


def _lead_countries(doc: Doc, lead: frozenset[int]) -> set[str]:
    by_sent = doc.mentions_by_sentence()
    return {
        m.place.country
        for si in lead
        for m in by_sent.get(si, [])
        if m.kind == "place" and m.place is not None and m.place.country
    }


def abroad(
    doc: Doc, k: GroupKey, primary: GroupKey, where: dict, lead: frozenset[int], hits
) -> bool:
    """An event outside the lead in another country than the report's own event, a
    country the lead does not name ("protests in Amman" in a report on Jerusalem):
    context, not an event it tells. A digest whose headline names both towns tells both."""
    if any(h.sent in lead for h in hits):
        return False
    mine, theirs = _country(where, primary), _country(where, k)
    if mine is None or theirs is None or mine == theirs:
        return False
    return theirs not in _lead_countries(doc, lead)


def told_events(
    doc: Doc,
    order: list[GroupKey],
    groups: dict[GroupKey, list[Hit]],
    lead: frozenset[int],
    where: dict | None = None,
) -> list[GroupKey]:
    """The primary event, then the secondary events told in the lead, or with where they
    happened or who acted."""
    if not order:
        return []
    return order[:1] + [
        k
        for k in order[1:]
        if (
            any(h.sent in lead for h in groups[k])
            or placed(doc, groups[k], parties=k[1] == AGREEMENT)
        )
        and not aftermath(k, order[0], groups[k], lead)
        and not (where and abroad(doc, k, order[0], where, lead, groups[k]))
    ]
