"""The report's headline figure of a kind (SPEC "The report's headline figure").

The author's own current figure for the primary event: never background,
denied, a subset or a part whose sum is there, nor unconfirmed when a reported
one exists. A later update ("rose to 12", "возросло до пяти") supersedes
earlier figures. Otherwise the author's first figure in the body; the title's
only when the body has none (a title rounds: "Nearly two dozen killed"); when
the author gives none, the most reliable attributed figure, first in the text.
Never simply the largest number.
"""

from __future__ import annotations

from ..doc import Doc
from ..schema.models import Claim

TITLE_MAX = 200  # characters: a longer first line is body text, not a title
_RANK = {"confirmed": 0, "reported": 1, "unconfirmed": 2}
# kinds where one victim without a number may be the report's event ("a child was killed")
_ONE_IS_THE_EVENT = ("killed", "injured", "casualties")


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


def headline(doc: Doc, claims: list[Claim], kinds: tuple[str, ...]) -> Claim | None:
    """The headline claim of `kinds` among `claims`, or None."""
    cands = usable(claims, kinds)
    if not cands:
        return None
    summed = any(c.relation == "sum" for c in cands)
    cands = [c for c in cands if c.relation != "subset" and not (summed and c.relation == "part")]
    cands = [c for c in cands if c.low] or cands  # "no deaths" only when nothing else is said
    if not set(kinds) & set(_ONE_IS_THE_EVENT):
        # a crowd's count beats one named arrest, which is context ("Navalny was arrested")
        cands = [c for c in cands if c.quantity is not None or c.relation == "sum"] or cands
    if not cands:
        return None
    if "participants" not in kinds:
        # "dozens were wounded ... more than 30 wounded": a vague word stands in for a number;
        # a crowd is counted in vague words as its figure ("thousands marched")
        cands = [c for c in cands if c.qualifier != "vague"] or cands
    cands.sort(key=lambda c: c.evidence.start)
    updates = [c for c in cands if c.relation == "update"]
    if updates:
        return updates[-1]
    end = title_end(doc)
    author = [c for c in cands if c.source.kind == "author"]
    body = [c for c in author if c.evidence.start >= end]
    if body or author:
        return (body or author)[0]
    return min(cands, key=lambda c: (_RANK.get(c.certainty, 3), c.evidence.start))
