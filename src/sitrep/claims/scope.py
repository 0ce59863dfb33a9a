"""Whether a figure is about the reported event or background (SPEC "Scope").

Reports mix the event's own figures with running totals ("since 24 February",
"за 20 днів війни"), earlier incidents and yearly statistics. Background
claims stay in the output but never feed the summary or an incident's
estimates, so a cue must be specific: a background phrase in the sentence, a
figure counted "since" a date or "since" something "began", a date in an earlier year than
the report or a month or day that ended months before it ("In June ..." in an October report),
or a crime a suspect is held for ("suspected of killing 12": `charged_before`). Two cues need no words: a toll in the thousands (`is_war_tally`) and the people
an evacuation rescued ("вдалося врятувати 300 людей": `context.scope_for`).
"""

from __future__ import annotations

from datetime import date, timedelta

from ..doc import Doc
from ..lexicon import Match, key
from ..schema.models import Mention
from .words import SINCE, SINCE_BEGAN

NEAR = 6  # tokens between an earlier-year date and the figure it dates
OLD_DAYS = 90  # a month or day that ended this long before publication is another incident
CHARGE_REACH = 2  # tokens between "suspected of" and the claim it names
# a toll of this many killed, hurt, missing or displaced is a war's or a campaign's running
# total, not one incident's (crowds and a protest day's arrests do run into the thousands)
TALLY = 1000
TALLY_KINDS = frozenset({"killed", "injured", "casualties", "missing", "displaced"})


def is_war_tally(kind: str | None, low: int | None) -> bool:
    """ "Almost 9,200 invaders were killed", "понад 60 тисяч врятовано": a running total."""
    return kind in TALLY_KINDS and low is not None and low >= TALLY


def background_cue(
    doc: Doc, a: int, b: int, cues: list[Match], mentions: list[Mention], q: tuple[int, int]
) -> tuple[int, int] | None:
    """The character span of a background cue for the figure at tokens `q`, or None.

    Phrases and "since <date>" hold for the sentence; a date of an earlier year
    only when it is the date nearest the figure (captions and datelines share
    sentences with the lede in scraped text).
    """
    toks = doc.tokens
    if cues:
        m = cues[0]
        return toks[m.start].start, toks[m.end - 1].end
    for i in range(a, b):  # "since the protests began": counted from the start of something
        if key(toks[i].text) in SINCE:
            began = next(
                (j for j in range(i + 1, min(b, i + 6)) if key(toks[j].text) in SINCE_BEGAN), None
            )
            if began is not None:
                return toks[i].start, toks[began].end
    published = doc.published
    nearest = None
    for m in mentions:
        if m.kind != "date":
            continue
        i, j = doc.token_range(m.start, m.end)
        # "since 24 February", "з 24 лютого", "с начала мая": counted from a date
        if i > a and key(toks[i - 1].text) in SINCE:
            return toks[i - 1].start, m.end
        if key(toks[i].text) in SINCE and i + 1 < j and m.date:
            # "С мая 2003 года", "since January": the date has it; "since Monday" is news
            if not m.date.relative or m.date.precision in ("month", "year"):
                return m.start, m.end
        if m.date is not None:
            d = q[0] - j if j <= q[0] else i - q[1]
            if nearest is None or d < nearest[0]:
                nearest = (d, m)
    if nearest is None or nearest[0] > NEAR or published is None:
        return None
    # "in 2017 he was detained", "In June a colonel was killed": an older date is another incident
    m = nearest[1]
    if (not m.date.relative or len(m.date.iso) > 4) and _ended_before(m.date.iso, published):
        return m.start, m.end
    return None


def _ended_before(iso: str, published: date) -> bool:
    """A year before the report's, or a month or day that ended OLD_DAYS before it."""
    try:
        if len(iso) == 4:
            return int(iso) < published.year
        if len(iso) == 7:
            y, mo = int(iso[:4]), int(iso[5:7])
            end = date(y + mo // 12, mo % 12 + 1, 1) - timedelta(days=1)
        else:
            end = date.fromisoformat(iso[:10])
    except ValueError:
        return False
    return end < published - timedelta(days=OLD_DAYS)


def charged_before(charges: list[Match], start: int) -> bool:
    """ "suspected of killing 12 people", "подозреваемых в убийстве 12 человек": the claim
    starting at token `start` names the crime a suspect is held for, an earlier incident."""
    return any(m.end <= start <= m.end + CHARGE_REACH for m in charges)
