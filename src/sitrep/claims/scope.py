"""Whether a figure is about the reported event or background (SPEC "Scope").

Reports mix the event's own figures with running totals ("since 24 February",
"за 20 днів війни"), earlier incidents and yearly statistics. Background
claims stay in the output but never feed the summary or an incident's
estimates, so a cue must be specific: a background phrase in the sentence, a
figure counted "since" a date, or a date in an earlier year than the report.
"""

from __future__ import annotations

from ..doc import Doc
from ..lexicon import Match, key
from ..schema.models import Mention
from .words import SINCE


def background_cue(
    doc: Doc, a: int, b: int, cues: list[Match], mentions: list[Mention]
) -> tuple[int, int] | None:
    """The character span of the first background cue in sentence tokens [a, b), or None."""
    toks = doc.tokens
    if cues:
        m = cues[0]
        return toks[m.start].start, toks[m.end - 1].end
    published = doc.published
    for m in mentions:
        if m.kind != "date" or m.date is None:
            continue
        i, _ = doc.token_range(m.start, m.end)
        # "since 24 February", "з 24 лютого", "с начала мая": counted from a date
        if i > a and key(toks[i - 1].text) in SINCE:
            return toks[i - 1].start, m.end
        # "in 2017 he was detained": a date in an earlier year is another incident
        year = m.date.iso[:4]
        if published and not m.date.relative and year.isdigit() and int(year) < published.year:
            return m.start, m.end
    return None
