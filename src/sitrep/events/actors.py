"""Who acted and against whom: actor1 and actor2 of an event, by the roles its sub-type expects."""

from __future__ import annotations

from collections import Counter

from ..doc import Doc
from ..schema.models import Actor, Mention

# actors by sub-event type: (roles for actor1, roles for actor2)
ACTOR_ROLES = {
    "Peaceful protest": (("protesters",), ()),
    "Protest with intervention": (("protesters",), ("state forces",)),
    "Excessive force against protesters": (("state forces",), ("protesters", "civilians")),
    "Violent demonstration": (("rioters", "protesters"), ("state forces",)),
    "Mob violence": (("rioters", "civilians"), ("civilians",)),
    "Arrests": (("state forces",), ("protesters", "civilians", "political")),
}


def event_actors(actors: list[Mention], sub: str, etype: str, sents: set[int], doc: Doc):
    """(actor1, actor2): the most named actor of each expected role, near the event first."""
    roles1, roles2 = ACTOR_ROLES.get(
        sub, (("state forces", "armed group"), ("civilians", "protesters"))
    )

    def pick(roles: tuple[str, ...], exclude: str | None = None) -> Actor | None:
        cands = [m for m in actors if m.role in roles and m.norm != exclude]
        near = [m for m in cands if doc.sent_index(m.start) in sents] or cands
        if not near:
            return None
        name = Counter(m.norm for m in near).most_common(1)[0][0]
        ms = [m for m in cands if m.norm == name]
        return Actor(name=name, role=ms[0].role, mentions=[m.id for m in ms])

    a1 = pick(roles1)
    a2 = pick(roles2, exclude=a1.name if a1 else None) if roles2 else None
    return a1, a2
