"""resolve_overlaps: the one place where a mention loses to another it overlaps.

Mention components only add; when two of them claim the same words, this
component decides, after the last mention component and before claims and
events read the mentions. Policy, in order (kind that wins, kind that loses,
how sure the winner must be):

- a person name (confidence >= 0.85) wins over a place inside or across it:
  "Камила Рохас", "Luis Alberto Pérez" are people, not Rojas or Pérez on the map.

A losing mention is removed, its id is dropped from its Entity, and an Entity
left without mentions is dropped, so no Entity points at a removed mention.
Other overlaps are allowed (a place inside an org name: "МВС Білорусі").
"""

from __future__ import annotations

from ..doc import Doc
from ..registry import component
from ..spans import Spans

# (winner kind, loser kind, minimum winner confidence)
POLICY: tuple[tuple[str, str, float], ...] = (("person", "place", 0.85),)


def losers(doc: Doc) -> set[str]:
    """Ids of the mentions that lose under POLICY."""
    out: set[str] = set()
    for win, lose, sure in POLICY:
        spans = Spans(
            (m.start, m.end) for m in doc.mentions if m.kind == win and m.confidence >= sure
        )
        if not spans:
            continue
        for m in doc.mentions:
            if m.kind == lose and spans.overlaps(m.start, m.end):
                out.add(m.id)
    return out


@component(
    "resolve_overlaps",
    reads=(
        "mentions.quantity",
        "mentions.date",
        "mentions.place",
        "mentions.person",
        "mentions.org",
        "mentions.actor",
    ),
    assigns=("mentions.resolved",),
)
def make_resolve_overlaps():
    def resolve_overlaps(doc: Doc) -> None:
        gone = losers(doc)
        if not gone:
            return
        text = {m.id: m.text for m in doc.mentions}
        doc.mentions[:] = [m for m in doc.mentions if m.id not in gone]
        kept = []
        for e in doc.entities:
            if any(i in gone for i in e.mentions):
                e.mentions = [i for i in e.mentions if i not in gone]
                if not e.mentions:
                    continue
                left = {text[i] for i in e.mentions}
                e.variants = [v for v in e.variants if v in left]
            kept.append(e)
        doc.entities[:] = kept

    return resolve_overlaps
