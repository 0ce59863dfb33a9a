"""Figures that relate to another figure of the sentence: subsets, lists, second voices.

"ранены 17, в том числе шестеро полицейских" is a subset and takes the kind of
the figure it is part of; "семеро дітей і дві жінки загинули" is a list that
shares one verb; "organisers said 15,000, police counted 4,000" is a second
voice on the same figure.
"""

from __future__ import annotations

from ..doc import Doc, Token
from ..lexicon import Match, key
from ..schema.models import Claim
from .context import SentenceContext
from .words import (
    AMBIGUOUS_OF,
    ANOTHER,
    ANOTHER_AFTER,
    CONJUNCTIONS,
    GROUP_PRONOUNS,
    OF_WORDS,
    ORDINALS,
    SPLIT_CUES,
    STOP_PUNCT,
    SUBSET_CUES,
    SUBSET_OPENERS,
)


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


def one_of(ctx: SentenceContext, q: dict, kind: str) -> bool:
    """ "one of those killed", "одна з загиблих": a figure out of the claim's own group."""
    toks, j = ctx.doc.tokens, q["end"]
    if j + 1 >= ctx.b or key(toks[j].text) not in OF_WORDS:
        return False
    # "thousands of protesters" counts them; "one of those killed" / "одна из жертв" picks one
    if key(toks[j].text) in AMBIGUOUS_OF and key(toks[j + 1].text) not in SUBSET_OPENERS:
        return False
    if key(toks[j + 1].text) in GROUP_PRONOUNS:
        return False  # "один из них умер": the group's kind is not said, the verb is the claim's
    return any(m.label == kind and j < m.start <= j + 3 for m in ctx.kinds)


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


LIST_ITEM = 5  # tokens between two figures of a list (the noun, adjectives, "and")


def across_figures(toks: list[Token], q: dict, qs: list[dict], m: Match, after: bool) -> int | None:
    """Extra distance to claim word `m` past other figures; None if one of them owns it."""
    # a word beyond another quantity belongs to that one
    lo, hi = (m.end, q["start"]) if m.end <= q["start"] else (q["end"], m.start)
    blockers = [o for o in qs if o is not q and lo <= o["start"] and o["end"] <= hi]
    if not blockers:
        return 0
    # "семеро дітей і дві жінки загинули", "загинули двоє військових і троє цивільних"
    # share the verb; a comma ends the list
    if after:
        between = [key(t.text) for t in toks[q["end"] : m.start]]
        joined = any(w in CONJUNCTIONS for w in between)
    else:  # the conjunction right before this figure: "... і троє", not "... and seized 32"
        between = [key(t.text) for t in toks[m.end : q["start"]]]
        joined = bool(between) and between[-1] in CONJUNCTIONS
        if between and between[-1] == ",":  # a middle item: "3 police, 10 attackers and 2 ..."
            joined = any(
                o["start"] > q["end"] and key(toks[o["start"] - 1].text) in CONJUNCTIONS for o in qs
            )
    if not joined:
        return None
    if len(blockers) == 1 and "," not in between:
        return 3
    if not any(w in CONJUNCTIONS and w[:1].isalpha() for w in between) and not (
        between and between[-1] == ","
    ):
        return None  # a list needs a word "and": "7 дітей , 2 жінки загинули" is two clauses
    # a longer list: "4 policemen, between 20 and 25 attackers and 2 bystanders were killed";
    # every comma in it opens the next figure, no other mark, no item longer than LIST_ITEM
    if any(w in STOP_PUNCT and w != "," for w in between):
        return None  # "9 people: 4 soldiers and 5 attackers": a total and its split
    starts = {o["start"] for o in qs}
    first = q["end"] if after else m.end
    commas = [first + i for i, w in enumerate(between) if w == ","]
    if not all(i + 1 in starts for i in commas):
        return None
    edges = sorted(
        [q["start"], q["end"], m.start, m.end]
        + [e for o in blockers for e in (o["start"], o["end"])]
    )
    if any(b - a > LIST_ITEM for a, b in zip(edges[1::2], edges[2::2], strict=False)):
        return None
    return 4 - len(between)  # the list's length is no distance: the word is shared


# -- sums of parts (GUIDE 12.7): "семеро дітей і дві жінки загинули", "38 died ... another 12" --

_OPEN = {"at_least", "more_than", "vague"}


def _total(parts: list[Claim]) -> tuple[object, str, int, int | None]:
    """(value, qualifier, low, high) of the sum: exact only when every part is exact."""
    low = sum(c.low or 0 for c in parts)
    quals = {c.qualifier for c in parts}
    if quals & _OPEN or any(c.high is None for c in parts):
        return low, "at_least", low, None
    high = sum(c.high or 0 for c in parts)
    if quals <= {"exact"}:
        return low, "exact", low, high
    if quals & {"range"} or low != high:
        return [low, high], "range", low, high
    return low, "about", low, high


def sum_claim(doc: Doc, parts: list[Claim]) -> Claim:
    """One more claim for the total of `parts`, which become its parts."""
    value, qualifier, low, high = _total(parts)
    first, last = parts[0], parts[-1]
    for c in parts:
        c.relation = "part"
    return Claim.fast(
        id=doc.next_id("c"),
        kind=first.kind,
        value=value,
        qualifier=qualifier,
        low=low,
        high=high,
        certainty=first.certainty,
        scope="event" if all(c.scope == "event" for c in parts) else "background",
        source=first.source,
        perpetrator=first.perpetrator,
        perpetrator_span=first.perpetrator_span,
        evidence=doc.span(first.evidence.start, last.evidence.end),
        relation="sum",
    )


def listed_parts(claims: list[Claim], doc: Doc | None = None) -> list[list[Claim]]:
    """Groups of a sentence's claims that share one claim word after them (a list of victims).

    A list that a split cue opens ("the kidnapped include three Americans and two Britons",
    "зокрема") splits a total given elsewhere: no group, so no sum.
    """
    out: list[list[Claim]] = []
    free = [c for c in claims if c.relation is None and c.low is not None and c.low > 0]
    # the word after the list ends every part's evidence; the word before it starts them
    for edge in (lambda c: c.evidence.end, lambda c: c.evidence.start):
        groups: dict[tuple[str, int], list[Claim]] = {}
        for c in free:
            groups.setdefault((c.kind, edge(c)), []).append(c)
        found = [g for g in groups.values() if len(g) > 1 and not _split(doc, g)]
        out += found
        taken = {id(c) for g in found for c in g}
        free = [c for c in free if id(c) not in taken]
    return out


def _split(doc: Doc | None, parts: list[Claim]) -> bool:
    """Is the list of `parts` opened by a split cue ("include", "зокрема") right before it?"""
    if doc is None:
        return False
    first = min(c.evidence.start for c in parts)
    last = min((c.evidence.end for c in parts), default=first)
    i, j = doc.token_range(first, last)
    return any(key(t.text) in SPLIT_CUES for t in doc.tokens[i:j])


def adds_to(doc: Doc, claim: Claim, before: list[Claim]) -> Claim | None:
    """The earlier claim that "ще 12" / "another 12" adds to: the last of its kind, or None."""
    if claim.relation is not None or claim.quantity is None or not claim.low:
        return None
    by_id = doc.user.get("_quantity_by_id")
    if by_id is None or len(by_id) == 0:
        by_id = doc.user["_quantity_by_id"] = {m.id: m for m in doc.mentions_of("quantity")}
    m = by_id.get(claim.quantity)
    if m is None:
        return None
    i, j = doc.token_range(m.start, m.end)
    toks = doc.tokens
    before_word = i > 0 and key(toks[i - 1].text) in ANOTHER
    after_word = j < len(toks) and key(toks[j].text) in ANOTHER_AFTER  # "two more died"
    if not (before_word or after_word):
        return None
    same = [c for c in before if c.kind == claim.kind and c.evidence.end <= claim.evidence.start]
    if not same or same[-1].relation is not None or not same[-1].low:
        return None
    return same[-1]


def ordinal_total(doc: Doc, claim: Claim, before: list[Claim]) -> Claim | None:
    """The earlier claim that one more victim named by an ordinal completes: "stabbed two
    people ... A third person was slightly injured" makes three, "Третя людина ..." after
    two. The earlier figure must be exactly one less than the ordinal, of the same kind."""
    if claim.relation is not None or claim.quantity is not None or claim.low != 1:
        return None
    toks = doc.tokens
    i, _ = doc.token_range(claim.evidence.start, claim.evidence.end)
    rank = next(
        (
            r
            for t in toks[max(0, i - 1) : i + 1]
            if (r := ORDINALS.get(key(t.lemma)) or ORDINALS.get(key(t.text)))
        ),
        None,
    )
    if rank is None:
        return None
    same = [
        c
        for c in before
        if c.kind == claim.kind
        and c.relation is None
        and c.scope == claim.scope
        and (c.low, c.high) == (rank - 1, rank - 1)
        and c.evidence.end <= claim.evidence.start
    ]
    return same[-1] if same else None
