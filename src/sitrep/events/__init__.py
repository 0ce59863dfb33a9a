"""events: ACLED-typed events with tags, date, location, actors and claims; the summary.

One module per decision: `signals` (trigger words found), `classify` (ACLED
type and sub-type, the codebook in resources/common/acled.yaml), `group` (one
event per sub-type and place), `primary` (which event leads), `secondary` (which other events are told
where they happened), `anchors` (the
event's date and place), `actors` (actor1 and actor2), `attach` (which event
a claim or tag belongs to) and `summary` (the report as a whole).
"""

from __future__ import annotations

from ..doc import Doc, Signal
from ..registry import component
from ..schema.models import Event
from .actors import event_actors
from .anchors import event_date, event_location, main_date, main_place
from .attach import attach
from .classify import drop_milder, signal_context
from .group import LEAD_SENTS, group_hits
from .headline import headline_end
from .lead import lead_sentences
from .primary import primary_first
from .secondary import told_events
from .signals import Hit, event_signals
from .summary import summarize


def _put_hits(doc: Doc, hits: list[Hit]) -> None:
    """Hand the event signals to the summary through the typed Doc field."""
    doc.signals = [Signal(h.signal, h.sent, h.start, h.end) for h in hits]


@component(
    "events",
    requires=("tokens",),
    reads=("mentions.actor", "mentions.place", "mentions.date", "mentions.resolved", "claims"),
    assigns=("events", "signals"),
)
def make_events():
    def events(doc: Doc) -> None:
        hits = event_signals(doc)
        _put_hits(doc, hits)
        ctx = signal_context(doc, hits)
        groups, where, tag_hits = group_hits(
            doc, hits, ctx, main_place(doc, hits), main_date(doc, hits)
        )
        drop_milder(groups, ctx)
        actors = [m for m in doc.mentions if m.kind == "actor"]
        lead = lead_sentences(doc, LEAD_SENTS)
        order = primary_first(groups, lead, headline_end(doc))
        for k in told_events(doc, order, groups, lead, where):
            t, sub, pk = k
            place, date = where[k]
            ev_hits = groups[k]
            sents = {h.sent for h in ev_hits}
            ev = Event(
                id=doc.next_id("e"),
                event_type=t,
                sub_event_type=sub,
                date=event_date(date, doc),
                location=event_location(place),
                evidence=[doc.span(h.start, h.end) for h in ev_hits[:8]],
                confidence=min(0.4 + 0.15 * len(ev_hits), 0.9),
            )
            ev.actor1, ev.actor2 = event_actors(actors, sub, t, sents, doc)
            doc.events.append(ev)
        attach(doc, tag_hits)

    return events


@component(
    "summary",
    requires=("signals",),
    reads=("events", "claims", "mentions.place", "mentions.date"),
    assigns=("summary",),
)
def make_summary():
    def summary(doc: Doc) -> None:
        doc.summary = summarize(doc, doc.signals)
        doc.mentions.sort(key=lambda m: (m.start, m.end))

    return summary
