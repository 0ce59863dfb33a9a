"""Who did it: the perpetrator of a casualty or arrest figure; the counted are the victims.

The nearest state-force, armed-group or rioter actor in the sentence, not the
source itself; only state forces arrest and detain.
"""

from __future__ import annotations

from ..doc import Doc
from ..schema.models import Source
from .context import SentenceContext

PERPETRATOR_ROLES = {"state forces", "armed group", "rioters"}


def perpetrator(doc: Doc, ctx: SentenceContext, kind: str, ev: tuple[int, int], source: Source):
    """(name, span) of the actor who did what the claim counts, or (None, None)."""
    if kind not in ("killed", "injured", "casualties", "arrested", "detained", "missing"):
        return None, None
    src = (source.span.start, source.span.end) if source.span else (-1, -1)
    best = None
    for m in ctx.mentions:
        if m.kind != "actor" or m.role not in PERPETRATOR_ROLES:
            continue
        if src[0] <= m.start < src[1] or ev[0] <= m.start < ev[1] and m.role != "state forces":
            continue
        if kind in ("arrested", "detained") and m.role != "state forces":
            continue
        d = abs(m.start - ev[0])
        if best is None or d < best[0]:
            best = (d, m)
    if best is None:
        return None, None
    m = best[1]
    return m.norm, doc.span(m.start, m.end)
