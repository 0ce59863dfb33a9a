"""Which secondary events are coded: those told where they happened.

ACLED codes an event at a location. Besides the report's primary event, a
mention whose sentences name no place and no one who acted, and stand outside
the lead ("heavy fighting continues", "Protest!", "the shelling must stop" deep
in an address)
is talk about the war or a call, not an event the report tells; it adds no
event. The primary event always stands, and so does what the lead tells ("the
rally went on for two hours, then the crowd overturned a police car").
"""

from __future__ import annotations

from ..doc import Doc
from .anchors import is_area
from .group import GroupKey
from .signals import Hit


def placed(doc: Doc, hits: list[Hit]) -> bool:
    """Some sentence of the event's triggers names a place (an area such as "на Донбасі"
    places nothing), or who acted there (an actor other than the authorities: "the angry
    crowd overturned a police car")."""
    by_sent = doc.mentions_by_sentence()

    def own_word(m) -> bool:  # "Протестуйте!": the trigger itself read as an actor
        return any(m.start < h.end and h.start < m.end for h in hits)

    return any(
        (m.kind == "place" and not is_area(m))
        or (m.kind == "actor" and m.role != "political" and not own_word(m))
        for h in hits
        for m in by_sent.get(h.sent, [])
    )


def told_events(
    doc: Doc, order: list[GroupKey], groups: dict[GroupKey, list[Hit]], lead: frozenset[int]
) -> list[GroupKey]:
    """The primary event, then the secondary events told in the lead, or with where they
    happened or who acted."""
    return order[:1] + [
        k for k in order[1:] if any(h.sent in lead for h in groups[k]) or placed(doc, groups[k])
    ]
