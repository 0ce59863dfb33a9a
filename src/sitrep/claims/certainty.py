"""How sure the report is of a figure: the nearest certainty cue in the sentence.

A sentence without figures that points back ("Officials have not confirmed
this.", "Police denied it.") sets the certainty of the previous sentence's claims.

A confirmation that is denied or absent ("не підтвердилася", "no source
confirms", "підтвердження не має") makes the figure unconfirmed; at equal
distance a denial outranks doubt, and doubt outranks confirmation.
"""

from __future__ import annotations

from ..doc import Doc
from ..lexicon import Match, key
from ..schema.models import Claim
from .words import ABSENCE_AFTER, BACK_REFERENCE, NEGATORS, NO_ONE, NOT_HAVE, VOICE_ABOUT


def certainty_for(doc: Doc, a: int, b: int, cues: list[Match], q_start: int, q_end: int) -> str:
    """The certainty of the figure at tokens [q_start, q_end) of sentence tokens [a, b)."""
    toks = doc.tokens
    best, best_d = "reported", None
    for m in cues:
        label = m.label
        if label == "confirmed":
            # "не підтвердилася", "no independent source confirms", "підтвердження не має"
            before = {key(t.text) for t in toks[max(a, m.start - 4) : m.start]}
            after = [key(t.text) for t in toks[m.end : min(b, m.end + 3)]]
            if (
                before & (NEGATORS | NO_ONE)
                or ABSENCE_AFTER & set(after)
                or any(set(p) <= set(after) for p in NOT_HAVE)
            ):
                label = "unconfirmed"
        d = q_start - m.end if m.end <= q_start else max(m.start - q_end, 0)
        rank = {"denied": 0, "unconfirmed": 1, "confirmed": 2}[label]
        if best_d is None or (d, rank) < best_d:
            best, best_d = label, (d, rank)
    return best


def follow_up(
    doc: Doc,
    a: int,
    b: int,
    cues: list[Match],
    before: list[Claim],
    kinds: list[Match] = (),
) -> None:
    """Apply a figure-less sentence's certainty cue to the claims of the sentence before.

    "заперечив інформацію про викрадення" names its topic: the cue then holds only for
    claims of the kinds the topic names (`kinds`: the claim words of the sentence).
    """
    if not cues or not before:
        return
    toks = doc.tokens
    refs = [i for i in range(a, b) if key(toks[i].text) in BACK_REFERENCE]
    if not refs:
        return
    topic = None
    r = refs[0]
    if r + 1 < b and key(toks[r + 1].text) in VOICE_ABOUT:
        topic = {m.label for m in kinds if m.start > r + 1}
    label = certainty_for(doc, a, b, cues, b, b)
    for c in before:
        if c.certainty != "denied" and (topic is None or c.kind in topic):
            c.certainty = label
