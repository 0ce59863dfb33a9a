"""Victims without a number: "загинув водій", "убит мирный житель", "a farmer was killed".

One victim counts as one (issue 11). The claim word must be a singular verb
or participle whose victim is in reach: a person noun, a person's name or a
singular pronoun as its subject, or for an active verb a singular object
("розстріляли чоловіка", "shot dead a farmer"). A death noun counts only the one
person in the genitive right after it ("смерть Кернеса", "вбивство журналіста"; uk/ru);
otherwise nouns ("смерть", "death") and negated verbs ("не загинув", "no one was
killed") make no claim.
"""

from __future__ import annotations

from ..doc import Doc, Token
from ..lexicon import key
from ..schema.models import Claim
from .context import SentenceContext
from .words import (
    CAPTURE_VERBS,
    NEGATORS,
    NO_ONE,
    OBJECT_PRONOUNS,
    SINGULAR_ARTICLES,
    SINGULAR_BE,
    SINGULAR_DIED,
    SINGULAR_PRONOUNS,
)

KINDS = ("killed", "injured", "arrested", "detained", "missing")
# kinds whose own noun in the singular is one victim: "took a hostage", "захватили заложника"
NOUN_KINDS = ("missing",)
REACH = 4  # tokens between the claim word and its victim
_GENDERS = {"masc", "femn", "neut"}
_VERBAL = {"VERB", "PRTS", "PRTF", "ADJS", "ADJF", "INFN"}


def _singular(t: Token) -> bool:
    """uk/ru: singular by grammemes (a Ukrainian past verb carries gender, not number)."""
    tags = t.tags
    return "plur" not in tags and ("sing" in tags or bool(tags & _GENDERS))


def _en_singular(t: Token) -> bool:
    return t.text.lower() == t.lemma or t.text.lower() in SINGULAR_PRONOUNS


def single_victims(doc: Doc, ctx: SentenceContext) -> list[Claim]:
    """Claims of one victim in the sentence, for kinds no figure of the sentence has claimed."""
    toks = doc.tokens
    have = {c.kind for c in ctx.claims}
    out = _single_nouns(doc, ctx, have)
    have |= {c.kind for c in out}
    words = [
        m
        for m in ctx.kinds
        if m.label in KINDS and m.label not in have and not _inside_longer(m, ctx.kinds)
    ]
    if not words:
        return out
    persons = [(m.start, m.end) for m in ctx.lex.persons.find_all_in(doc, ctx.a, ctx.b)]
    persons += [doc.token_range(m.start, m.end) for m in ctx.mentions if m.kind == "person"]
    persons += [(i, i + 1) for i in range(ctx.a, ctx.b) if key(toks[i].text) in SINGULAR_PRONOUNS]
    if ctx.lang in ("uk", "ru"):  # any common animate noun: "загинула журналістка"
        persons += [
            (i, i + 1)
            for i in range(ctx.a, ctx.b)
            # a lowercase "name" is a misparse ("люди" as a female name): not one victim
            if {"NOUN", "anim"} <= toks[i].tags
            and not toks[i].tags & {"Name", "Surn", "Patr", "Infr"}
        ]
    persons.sort()
    for m in words:
        if m.label in have:
            continue
        before = {key(t.text) for t in toks[max(ctx.a, m.start - 4) : m.start]}
        if before & (NEGATORS | NO_ONE) or ctx.lex.nobody.find_in(doc, ctx.a, m.start):
            continue
        victim = _victim(doc, ctx, m.start, m.end, persons)
        if victim is None:
            continue
        if (
            key(toks[m.start].lemma) in CAPTURE_VERBS
            and key(toks[victim[0]].text) in OBJECT_PRONOUNS
        ):
            continue  # "захватили его": a town is captured as often as a person
        s_tok, e_tok = min(m.start, victim[0]), max(m.end, victim[1])
        s, e = toks[s_tok].start, toks[e_tok - 1].end
        have.add(m.label)
        out.append(
            Claim.fast(
                id=doc.next_id("c"),
                kind=m.label,
                value=1,
                qualifier="exact",
                low=1,
                high=1,
                certainty=ctx.certainty_for(m.start, m.end),
                scope=ctx.scope_for(m.start, m.end),
                source=ctx.source_for(m.start, m.end),
                evidence=doc.span(s, e),
            )
        )
    return out


def _inside_longer(m, kinds) -> bool:
    """ "смертельно поранив" is killed: its "поранив" is no injured word of its own."""
    return any(
        o.start <= m.start and m.end <= o.end and o.end - o.start > m.end - m.start for o in kinds
    )


def _single_nouns(doc: Doc, ctx: SentenceContext, have: set[str]) -> list[Claim]:
    """One victim named by its kind's own singular noun: "took a hostage", "захватили заложника".

    English needs a singular article before the noun ("a hostage", not "hostage crisis");
    Cyrillic a singular noun by its grammemes. A number before it is a figure's, not this.
    """
    toks = doc.tokens
    out: list[Claim] = []
    for s, e in sorted(ctx.unit_spans):
        m = next((k for k in ctx.kinds if (k.start, k.end) == (s, e)), None)
        if m is None or m.label not in NOUN_KINDS or m.label in have:
            continue
        t, prev = toks[e - 1], key(toks[s - 1].text) if s > ctx.a else ""
        if ctx.lang == "en":
            if prev not in SINGULAR_ARTICLES or t.text.lower() != t.lemma:
                continue
            if e < ctx.b and "NOUN" in toks[e].tags:
                continue  # "a hostage crisis"
        elif "NOUN" not in t.tags or not _singular(t):
            continue
        if s > ctx.a and ("NUMR" in toks[s - 1].tags or toks[s - 1].text[:1].isdigit()):
            continue
        have.add(m.label)
        a = s - 1 if ctx.lang == "en" else s
        out.append(
            Claim.fast(
                id=doc.next_id("c"),
                kind=m.label,
                value=1,
                qualifier="exact",
                low=1,
                high=1,
                certainty=ctx.certainty_for(s, e),
                scope=ctx.scope_for(s, e),
                source=ctx.source_for(s, e),
                evidence=doc.span(toks[a].start, toks[e - 1].end),
            )
        )
    return out


def _of_whom(doc: Doc, b: int, near: list[tuple[int, int]]) -> tuple[int, int] | None:
    """uk/ru: the one person in the genitive right after a death noun ("убийство депутата")."""
    toks = doc.tokens
    for p in near:
        if not b <= p[0] <= b + 2 or any("ADJF" not in t.tags for t in toks[b : p[0]]):
            continue
        t = toks[p[0]]  # the head: "депутата" in "депутата Госдумы", "Кернеса"
        if "gent" in t.tags and _singular(t):
            return p
    return None


def _victim(doc: Doc, ctx: SentenceContext, a: int, b: int, persons) -> tuple[int, int] | None:
    """The token range of the one victim of the claim word at [a, b), or None."""
    toks = doc.tokens
    w = toks[a]
    near = [p for p in persons if abs(p[0] - a) <= REACH or abs(a - p[1]) <= REACH]
    if ctx.lang in ("uk", "ru"):
        if "NOUN" in w.tags and b - a == 1:  # "смерть Кернеса", "вбивство журналіста"
            killed = any(k.label == "killed" and (k.start, k.end) == (a, b) for k in ctx.kinds)
            return _of_whom(doc, b, near) if killed and _singular(w) else None
        if not w.tags & _VERBAL and b - a > 1:
            w = toks[b - 1]  # "смертельно поранив": the phrase's verb is its last word
        if not w.tags & _VERBAL:
            return None
        if "VERB" in w.tags and "intr" not in w.tags and b < ctx.b:
            if key(toks[b].text) in OBJECT_PRONOUNS:
                return b, b + 1  # "застрелила його"
        if "VERB" in w.tags and ("tran" in w.tags or "plur" in w.tags):
            # active: "розстріляли чоловіка" - the singular object after the verb (an animate
            # accusative is parsed as genitive as often as not)
            for p in near:
                t = toks[p[1] - 1]
                obj = "accs" in t.tags or {"gent", "anim"} <= t.tags
                if b <= p[0] <= b + 1 and obj and _singular(t):
                    return p
            return None
        if not _singular(w):
            return None
        for p in near:
            t = toks[p[1] - 1]
            if key(t.text) in SINGULAR_PRONOUNS:  # their parses are unreliable ("вона": Surn)
                return p
            oblique = t.tags & {"gent", "datv", "accs", "ablt", "loct"}
            if "plur" not in t.tags and ("nomn" in t.tags or not oblique):
                return p
        return None
    # en: "a farmer was killed", "he died", "shot dead a farmer"
    prev = key(toks[a - 1].text) if a > ctx.a else ""
    if prev in SINGULAR_BE or key(w.text) in SINGULAR_DIED:
        subj = [p for p in near if p[1] <= a and _en_singular(toks[p[1] - 1])]
        return subj[-1] if subj else None
    if b < ctx.b and key(toks[b].text) in SINGULAR_ARTICLES:
        obj = [p for p in near if p[0] > b and p[0] - b <= 3 and _en_singular(toks[p[1] - 1])]
        return obj[0] if obj else None
    return None
