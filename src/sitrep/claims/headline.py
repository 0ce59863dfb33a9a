"""The report's headline figure of a kind (SPEC "The report's headline figure").

The author's own current figure for the primary event: never background,
denied, a subset or a part whose sum is there, nor unconfirmed when a reported
one exists, nor one dated to a time before the event's day (an earlier
incident: `told_earlier`). A later update ("rose to 12", "возросло до пяти")
supersedes earlier figures. Otherwise the author's first figure in the body; the title's
only when the body has none (a title rounds: "Nearly two dozen killed"); when
the author gives none, the most reliable attributed figure, first in the body.
Never simply the largest number.
"""

from __future__ import annotations

from datetime import date, timedelta

from ..doc import Doc
from ..schema.models import Claim, DateValue
from .words import HARM_KINDS

TITLE_MAX = 200  # characters: a longer first line is body text, not a title
_RANK = {"confirmed": 0, "reported": 1, "unconfirmed": 2}


def title_end(doc: Doc) -> int:
    """End offset of the report's title line (a short first line without a full stop), or 0."""
    text = doc.text
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    if end < 0 or not text[end:].strip():
        return 0
    line = text[start:end].strip()
    if not line or len(line) > TITLE_MAX or line[-1] in ".!?":
        return 0
    return end


def usable(claims: list[Claim], kinds: tuple[str, ...]) -> list[Claim]:
    """Event-scope, non-denied claims of `kinds` with a figure; unconfirmed only when alone."""
    cands = [
        c
        for c in claims
        if c.kind in kinds and c.low is not None and c.scope == "event" and c.certainty != "denied"
    ]
    solid = [c for c in cands if c.certainty in ("reported", "confirmed")]
    return solid or cands


def _period_end(d: DateValue) -> str | None:
    """The last day (ISO) a date can mean: a week runs from its Monday, a month to its end."""
    if d.precision == "day" and len(d.iso) == 10:
        return d.iso
    if d.precision == "week" and len(d.iso) == 10:
        return (date.fromisoformat(d.iso) + timedelta(days=6)).isoformat()
    if d.precision == "month" and len(d.iso) == 7:
        return d.iso + "-31"
    return None  # a year is scope's (claims/scope.py); coarser or odd forms say nothing


def told_earlier(doc: Doc, claims: list[Claim], day: str | None) -> set[str]:
    """Ids of the claims dated, in their own sentence, to a time over before the event's `day`.

    "Clashes on Saturday left two dozen injured" in a report of Sunday's march,
    "убиты неделю назад" beside today's attack: the figure is an earlier
    incident's. Only a date in the claim's sentence: one carried over from an
    earlier sentence may be the lead's, and the event's own day may be wrong. A
    later day may be the event's own update ("died in hospital on Tuesday").
    Without the event's day, a week or month over before publication still is.
    """
    published = doc.published.isoformat() if doc.published else None
    dates = {m.id: m for m in doc.mentions if m.kind == "date" and m.date is not None}
    out = set()
    for c in claims:
        m = dates.get(c.date) if c.date else None
        if m is None or doc.sent_index(m.start) != doc.sent_index(c.evidence.start):
            continue
        end = _period_end(m.date)
        if end is None:
            continue
        if day and len(day) == 10:
            if end < day:
                out.add(c.id)
        elif m.date.precision != "day" and published and end < published:
            out.add(c.id)
    return out


def headline(
    doc: Doc, claims: list[Claim], kinds: tuple[str, ...], day: str | None = None
) -> Claim | None:
    """The headline claim of `kinds` among `claims`, or None (`day`: the event's ISO day)."""
    earlier = told_earlier(doc, claims, day)
    cands = usable([c for c in claims if c.id not in earlier], kinds)
    if not cands:
        return None
    summed = any(c.relation == "sum" for c in cands)
    cands = [c for c in cands if c.relation != "subset" and not (summed and c.relation == "part")]
    cands = [c for c in cands if c.low] or cands  # "no deaths" only when nothing else is said
    if not set(kinds) & set(HARM_KINDS):
        # a crowd's count beats one named arrest, which is context ("Navalny was arrested")
        cands = [c for c in cands if c.quantity is not None or c.relation == "sum"] or cands
    if not cands:
        return None
    cands.sort(key=lambda c: c.evidence.start)
    counted = "participants" not in kinds  # a crowd is counted in vague words ("thousands marched")
    cands = _precise(cands, counted)
    updates = [c for c in cands if c.relation == "update"]
    if updates:
        return updates[-1]
    end = title_end(doc)
    author = [c for c in cands if c.source.kind == "author"]
    body = [c for c in author if c.evidence.start >= end]
    if body or author:
        return (body or author)[0]
    body = [c for c in cands if c.evidence.start >= end]  # the title rounds for sources too
    return min(body or cands, key=lambda c: (_RANK.get(c.certainty, 3), c.evidence.start))


def _precise(cands: list[Claim], counted: bool) -> list[Claim]:
    """Without the vague claims a number stands in for: "dozens were wounded ... more than
    30 wounded", "thousands detained ... more than 5,000 arrests". A number below the
    vague word's floor does not ("several wounded" beside "two soldiers wounded" counts
    more than the two), so the vague figure stays."""
    if not counted:
        return cands
    lows = [c.low for c in cands if c.qualifier != "vague" and c.low is not None]
    return [c for c in cands if c.qualifier != "vague" or not any(n >= c.low for n in lows)]
