"""What a number counts: people of a claim kind ("50 загиблих"), people, or things.

"500 поранених" names its kind; "200 горняків" counts people whose kind a
claim word elsewhere in the sentence gives; "3 машини" counts things and is no
claim. Up to four words after the number are read past adjectives and quotes.
"""

from __future__ import annotations

from ..lexicon import key
from .context import SentenceContext
from .words import (
    AMBIGUOUS_OF,
    EN_FUNCTION,
    LIFE_NOUNS,
    LIFE_TAKERS,
    NOT_NOUNS,
    QUOTES,
    SUBSET_OPENERS,
)

READ = 4  # words read past the number: "five South Korean gas workers"


def _taken(ctx: SentenceContext, j: int) -> bool:
    """A verb of taking ("claimed", "унесла", "забрав") shortly before the number ending at `j`."""
    toks = ctx.doc.tokens
    return any(key(t.lemma) in LIFE_TAKERS for t in toks[max(ctx.a, j - 5) : j])


def unit(ctx: SentenceContext, j: int) -> tuple[str, str | None, int]:
    """What the number counts: ('kind', kind, idx) | ('person', None, idx) | ('none'|'thing', None, j)."""
    toks, b, lex = ctx.doc.tokens, ctx.b, ctx.lex
    k = j
    for _ in range(READ):
        if k >= b:
            return "none", None, j
        t = toks[k]
        if t.text in ("(", ")"):
            return "none", None, j
        if t.text in QUOTES:
            k += 1
            continue
        if (
            key(t.text) in AMBIGUOUS_OF
            and k + 1 < b
            and key(toks[k + 1].text) not in SUBSET_OPENERS
        ):
            k += 1  # "thousands of protesters"
            continue
        if LIFE_NOUNS & {key(t.lemma), key(t.text)} and _taken(ctx, j):
            return "kind", "killed", k  # "claimed at least 20 lives"
        m = lex.units.match_at(ctx.keys, k, b)
        if m:
            return "kind", m.label, k
        if lex.persons.match_at(ctx.keys, k, b):
            return "person", None, k
        if (
            "NOUN" in t.tags
            and "anim" in t.tags
            and (t.text[0].islower() or not t.tags & {"Name", "Surn", "Patr"})
        ):
            return "person", None, k  # any animate noun counts people: "горняків", "киян"
        if not t.text[0].isalpha():
            return "none", None, j
        tags = t.tags
        if ctx.lang in ("uk", "ru") and not t.text.isascii():
            if "ADJF" in tags or "PRTF" in tags or "NUMR" in tags:
                k += 1  # "мирних жителів", "загиблих" handled above
                continue
            if "NOUN" in tags and key(t.text) not in NOT_NOUNS:
                if {"Coll", "anim"} <= toks[j - 1].tags:
                    return "person", None, k  # "двоих стражей": an animate collective counts people
                return "thing", None, k
            return "none", None, j
        if key(t.text) in EN_FUNCTION:
            return "none", None, j
        event = lex.kinds.match_at(ctx.keys, k, b)
        plural = t.text.lower() != t.lemma and t.text.lower().endswith("s")
        if plural and event is not None and event.label == "participants":
            return "thing", None, k  # "three protests", "56 missile strikes": events, not people
        k += 1  # English adjective-ish word ("unarmed protesters")
    return "thing", None, j
