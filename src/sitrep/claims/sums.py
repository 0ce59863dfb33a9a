"""Figures that relate to another figure of the sentence: subsets, lists, second voices.

"ранены 17, в том числе шестеро полицейских" is a subset and takes the kind of
the figure it is part of; "семеро дітей і дві жінки загинули" is a list that
shares one verb; "organisers said 15,000, police counted 4,000" is a second
voice on the same figure.
"""

from __future__ import annotations

from ..doc import Doc, Token
from ..lexicon import Match, key
from .context import SentenceContext
from .words import CONJUNCTIONS, SUBSET_CUES


def subset_of(doc: Doc, ctx: SentenceContext, q: dict) -> str | None:
    """The kind of the figure a subset phrase before this one refers to ("в том числе двое")."""
    toks = doc.tokens
    for n in (3, 2, 1):
        i = q["start"] - n
        if i < ctx.a:
            continue
        words = tuple(key(t.text) for t in toks[i : q["start"]])
        if words in SUBSET_CUES:
            before = [c for c in ctx.claims if c.evidence.start < toks[i].start]
            if not before or before[-1].kind == "participants":
                return None
            # "погибли три человека — два сотрудника": the dash must follow that very figure
            if words[0] in ("—", "–") and before[-1].evidence.end < toks[i - 1].start:
                return None
            return before[-1].kind
    return None


def second_voice(doc: Doc, ctx: SentenceContext, q: dict) -> tuple[int, int, str] | None:
    """ "organisers said 15,000 came, police counted 4,000": another voice on the same figure."""
    toks = doc.tokens
    before = [c for c in ctx.claims if c.evidence.end <= toks[q["start"]].start]
    if not before:
        return None
    last = before[-1]
    voices = [
        pos
        for pos, _, _ in ctx.sources
        if last.evidence.end <= toks[pos].start and pos < q["start"]
    ]
    if not voices:
        return None
    return (q["start"], q["end"], last.kind)


def across_figures(toks: list[Token], q: dict, qs: list[dict], m: Match, after: bool) -> int | None:
    """Extra distance to claim word `m` past other figures; None if one of them owns it."""
    # a word beyond another quantity belongs to that one
    lo, hi = (m.end, q["start"]) if m.end <= q["start"] else (q["end"], m.start)
    blockers = [o for o in qs if o is not q and lo <= o["start"] and o["end"] <= hi]
    if not blockers:
        return 0
    # "семеро дітей і дві жінки загинули" shares the verb; a comma ends the list
    between = [key(t.text) for t in toks[q["end"] : m.start]]
    shared = after and len(blockers) == 1 and "," not in between
    if not (shared and any(w in CONJUNCTIONS for w in between)):
        return None
    return 3
