"""Victims without a number: "загинув водій", "убит мирный житель", "a farmer was killed".

One victim counts as one (issue 11). The claim word must be a singular verb
or participle whose victim is in reach: a person noun, a person's name or a
singular pronoun as its subject, or for an active verb a singular object
("розстріляли чоловіка", "shot dead a farmer"). A death noun counts only the one
person in the genitive right after it ("смерть Кернеса", "вбивство журналіста"; uk/ru);
otherwise nouns ("смерть", "death") and negated verbs ("не загинув", "no one was
killed") make no claim.

Coordinated victims add up: "a woman and her son were killed", "загинули жінка та її син" is two
(each a person noun, joined by "and" and an optional possessive). An active verb's victim may also
come first in uk/ru ("Активіста вбили"), as may the object of an impersonal "-но" form.
"""

from __future__ import annotations

from bisect import bisect_right

from ..doc import Doc, Token
from ..lexicon import key
from ..schema.models import Claim
from .context import SentenceContext
from .figure import exact_claim
from .words import (
    BE_ADVERBS,
    CAPTURE_VERBS,
    CONJUNCTIONS,
    FATAL_VERBS,
    FATE_AFTER,
    GROUP_NOUNS,
    MODAL_WORDS,
    NEGATORS,
    NO_ONE,
    OBJECT_PRONOUNS,
    OF_WORDS,
    PLURAL_BE,
    PLURAL_DIED,
    RECEIVE_VERBS,
    SINGULAR_ARTICLES,
    SINGULAR_BE,
    SINGULAR_DIED,
    SINGULAR_PRONOUNS,
    STOP_PUNCT,
    VICTIM_JOINERS,
    VICTIM_POSSESSIVES,
    WOUND_NOUNS,
    WOUND_VERBS,
)

KINDS = ("killed", "injured", "arrested", "detained", "missing")
# kinds whose own noun in the singular is one victim: "took a hostage", "захватили заложника"
NOUN_KINDS = ("missing",)
REACH = 4  # tokens between the claim word and its victim
WOUND_GAP = 3  # words ("тяжёлое огнестрельное", "serious gunshot") between a wound verb and noun
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
    # an unpunctuated title joins the body's first sentence: what the title claimed does not
    # stop the body's own victim ("Мэр ранен\nМэр получил тяжёлое ранение ..."); per line
    text = doc.text
    a_pos, b_pos = toks[ctx.a].start, toks[ctx.b - 1].end
    breaks = [i for i in range(a_pos, b_pos) if text[i] == "\n"]

    def line(pos: int) -> int:
        return bisect_right(breaks, pos)

    claimed = {(c.kind, line(c.evidence.start)) for c in [*ctx.claims, *out]}
    words = [
        m
        for m in ctx.kinds
        if m.label in KINDS
        and (m.label, line(toks[m.start].start)) not in claimed
        and not _inside_longer(m, ctx.kinds)
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
            # a lowercase "name" is a misparse ("люди" as a female name): not one victim; a
            # lowercase singular "surname" is a common noun ("сторож")
            if {"NOUN", "anim"} <= toks[i].tags
            and (
                not toks[i].tags & {"Name", "Surn", "Patr", "Infr"}
                or toks[i].text.islower()
                and "Surn" in toks[i].tags
                and "plur" not in toks[i].tags
                and not toks[i].tags & {"Name", "Patr"}
            )
        ]
    persons.sort()
    for m in words:
        ln = line(toks[m.start].start)
        if (m.label, ln) in claimed:
            continue
        before = {key(t.text) for t in toks[max(ctx.a, m.start - 4) : m.start]}
        if before & (NEGATORS | NO_ONE | MODAL_WORDS) or ctx.lex.nobody.find_in(
            doc, ctx.a, m.start
        ):
            continue
        victim = _victim(doc, ctx, m.start, m.end, persons)
        count = 1
        if victim is not None:  # "розстріляли чоловіка та його дружину"
            pair = _coordinated(doc, ctx, victim, {p[0]: p for p in persons}, {})
            if pair is not None:
                victim, count = pair, 2
        if victim is None:
            victim = _pair_near(doc, ctx, m.start, m.end, persons)
            count = 2
        if victim is None:
            continue
        if (
            key(toks[m.start].lemma) in CAPTURE_VERBS
            and key(toks[victim[0]].text) in OBJECT_PRONOUNS
        ):
            continue  # "захватили его": a town is captured as often as a person
        s_tok, e_tok = min(m.start, victim[0]), max(m.end, victim[1])
        s, e = toks[s_tok].start, toks[e_tok - 1].end
        claimed.add((m.label, ln))
        out.append(
            exact_claim(
                doc,
                m.label,
                count,
                certainty=ctx.certainty_for(m.start, m.end),
                scope=ctx.scope_for(s_tok, e_tok, m.label, word=(m.start, m.end)),
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
            exact_claim(
                doc,
                m.label,
                1,
                certainty=ctx.certainty_for(s, e),
                scope=ctx.scope_for(s, e, m.label, word=(s, e)),
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


def _receiver(doc: Doc, ctx: SentenceContext, a: int, b: int, near) -> tuple[int, int] | None:
    """ "Кернес получил тяжёлое ранение", "Поранення дістала й дівчина", "the mayor suffered a
    gunshot wound": the one person who receives the injury noun at [a, b) by a receive verb."""
    toks = doc.tokens
    lo, hi = max(ctx.a, a - REACH), min(ctx.b, b + 2)
    # a finite verb: "Фарид Ахмед, получивший ранения" describes someone counted elsewhere
    r = next(
        (
            i
            for i in range(lo, hi)
            if key(toks[i].lemma) in RECEIVE_VERBS
            and (ctx.lang == "en" or ("VERB" in toks[i].tags and "PRTF" not in toks[i].tags))
        ),
        None,
    )
    if r is None:
        return None
    before = [p for p in near if r - REACH < p[1] <= r]
    after = [p for p in near if r < p[0] <= r + 2 and not (a <= p[0] < b)]
    for p in before[-1:] + after[:1]:
        t = toks[p[1] - 1]
        if key(t.text) in SINGULAR_PRONOUNS:
            continue  # "він отримав поранення" speaks of someone counted before
        if ctx.lang == "en":
            ok = _en_singular(t)
        else:
            oblique = t.tags & {"gent", "datv", "accs", "ablt", "loct"}
            ok = "plur" not in t.tags and ("nomn" in t.tags or not oblique)
        if ok:
            return p
    return None


def _victim(doc: Doc, ctx: SentenceContext, a: int, b: int, persons) -> tuple[int, int] | None:
    """The token range of the one victim of the claim word at [a, b), or None."""
    toks = doc.tokens
    w = toks[a]
    near = [p for p in persons if abs(p[0] - a) <= REACH or abs(a - p[1]) <= REACH]
    if (
        ("NOUN" in w.tags or ctx.lang == "en")
        and b - a == 1
        and any(k.label == "injured" and (k.start, k.end) == (a, b) for k in ctx.kinds)
    ):
        received = _receiver(doc, ctx, a, b, near)
        if received is not None:
            return received
    if ctx.lang in ("uk", "ru") and (a, b) in ctx.condition_words:
        # "Водитель находится в реанимации": the one singular subject noun before the condition;
        # "он в критическом состоянии" speaks of a victim counted before
        subj = [p for p in near if p[1] <= a and "nomn" in toks[p[1] - 1].tags]
        t = toks[subj[-1][1] - 1] if subj else None
        return subj[-1] if t and _singular(t) and key(t.text) not in SINGULAR_PRONOUNS else None
    if ctx.lang in ("uk", "ru"):
        if "NOUN" in w.tags and b - a == 1:  # "смерть Кернеса", "вбивство журналіста"
            killed = any(k.label == "killed" and (k.start, k.end) == (a, b) for k in ctx.kinds)
            if killed:
                return _of_whom(doc, b, near) if _singular(w) else None
            v = _wound_verb(doc, ctx, a)  # "дівчина отримала поранення": the verb's subject
            if v is None or not _singular(toks[v]):
                return None
            return _subject(doc, near)
        if not w.tags & _VERBAL and b - a > 1:
            w = toks[b - 1]  # "смертельно поранив": the phrase's verb is its last word
        if not w.tags & _VERBAL:
            return None
        if "VERB" in w.tags and "intr" not in w.tags and b < ctx.b:
            if key(toks[b].text) in OBJECT_PRONOUNS:
                return b, b + 1  # "застрелила його"
        if "VERB" in w.tags and ("tran" in w.tags or "plur" in w.tags or "Impe" in w.tags):
            # active: "розстріляли чоловіка" - the singular object after the verb (an animate
            # accusative is parsed as genitive as often as not)
            for p in near:
                t = toks[p[1] - 1]
                obj = "accs" in t.tags or {"gent", "anim"} <= t.tags
                if b <= p[0] <= b + 1 and obj and _singular(t):
                    return p
                # "Активіста вбили": the object first, opening the sentence
                if p[1] == a and p[0] == ctx.a and obj and "nomn" not in t.tags and _singular(t):
                    return p
            return None
        if not _singular(w):
            return None
        return _subject(doc, near) or _shared_subject(doc, ctx, a, persons)
    # en: "a farmer was killed", "he died", "shot dead a farmer", "a girl was also wounded",
    # "the mayor suffered gunshot wounds"
    i = a - 1
    while i > ctx.a and key(toks[i].text) in BE_ADVERBS:
        i -= 1
    prev = key(toks[i].text) if i >= ctx.a else ""
    if prev in SINGULAR_BE or key(w.text) in SINGULAR_DIED:
        subj = [p for p in near if p[1] <= a and _en_singular(toks[p[1] - 1])]
        if subj:
            return subj[-1]
        return _opening_subject(doc, ctx, i, persons) or _shared_subject(doc, ctx, a, persons)
    v = _wound_verb(doc, ctx, a) if b - a == 1 else None
    if v is not None:
        subj = [p for p in near if p[1] <= v and _en_singular(toks[p[1] - 1])]
        return subj[-1] if subj else None
    if b < ctx.b and key(toks[b].text) in SINGULAR_ARTICLES:
        obj = [p for p in near if p[0] > b and p[0] - b <= 3 and _en_singular(toks[p[1] - 1])]
        return obj[0] if obj else None
    return _object_before_fate(doc, ctx, a, near)


def _opening_subject(doc: Doc, ctx: SentenceContext, i: int, persons) -> tuple[int, int] | None:
    """en: "The mayor of the second-largest city, Kharkiv, is in serious condition": the
    person opening the sentence is the subject of the "be" at `i` past an of-phrase or an
    apposition, when no other verb of "be" comes between."""
    toks = doc.tokens
    first = [p for p in persons if p[0] <= ctx.a + 1 and p[1] < i]
    if not first or not _en_singular(toks[first[0][1] - 1]):
        return None
    p = first[0]
    between = toks[p[1] : i]
    if key(between[0].text) not in OF_WORDS and between[0].text != ",":
        return None
    if any(key(t.text) in SINGULAR_BE | PLURAL_BE or t.text in (".", ";", ":") for t in between):
        return None
    return p


def _shared_subject(doc: Doc, ctx: SentenceContext, a: int, persons) -> tuple[int, int] | None:
    """ "Водій був поранений у перестрілці і згодом помер", "was wounded ... and later died": a verb joined by a
    conjunction to an earlier claim word of the same clause shares that word's victim."""
    toks = doc.tokens
    prev = [m for m in ctx.kinds if m.end <= a and a - m.end <= 2 * REACH]
    if not prev:
        return None
    m = prev[-1]
    between = toks[m.end : a]
    if any(t.text in STOP_PUNCT for t in between) or not any(
        key(t.text) in CONJUNCTIONS for t in between
    ):
        return None
    near = [p for p in persons if abs(p[0] - m.start) <= REACH or abs(m.start - p[1]) <= REACH]
    if ctx.lang == "en":  # "the guard was wounded ... and later died"
        subj = [p for p in near if p[1] <= m.start and _en_singular(toks[p[1] - 1])]
        return subj[-1] if subj else None
    return _subject(doc, near) if toks[m.end - 1].tags & _VERBAL else None


def _object_before_fate(doc: Doc, ctx: SentenceContext, a: int, near) -> tuple[int, int] | None:
    """en: "police shoot man dead", "a mob beat a suspected thief to death": the one
    object between a fatal verb and the fate word at `a` is the victim."""
    toks = doc.tokens
    for fate in FATE_AFTER:
        i = a - len(fate) + 1
        if i <= ctx.a or tuple(key(t.text) for t in toks[i : a + 1]) != fate:
            continue
        for p in near:
            if p[1] != i or not _en_singular(toks[p[1] - 1]):
                continue
            for j in range(p[0] - 1, max(ctx.a, p[0] - 3) - 1, -1):
                if key(toks[j].lemma) in FATAL_VERBS:
                    return p
    return None


def _subject(doc: Doc, near: list[tuple[int, int]]) -> tuple[int, int] | None:
    """uk/ru: the one person near the claim word that can be its subject (nominative)."""
    toks = doc.tokens
    for p in near:
        t = toks[p[1] - 1]
        if key(t.text) in SINGULAR_PRONOUNS:  # their parses are unreliable ("вона": Surn)
            return p
        oblique = t.tags & {"gent", "datv", "accs", "ablt", "loct"}
        if "plur" not in t.tags and ("nomn" in t.tags or not oblique):
            return p
        # "Даниэль Вифлих скончался": a foreign surname parses as any case; the given name tells
        first = toks[p[0]]
        if p[1] - p[0] > 1 and {"Name", "nomn", "sing"} <= first.tags:
            return p
    return None


def _wound_verb(doc: Doc, ctx: SentenceContext, a: int) -> int | None:
    """The token of the verb that takes the wound noun at `a` as its object ("отримала
    тяжке поранення", "получил огнестрельное ранение", "suffered gunshot wounds"), or
    None. Only the nouns that name a wound: "відвідав лікарню" gives no one hurt."""
    toks = doc.tokens
    if key(toks[a].lemma) not in WOUND_NOUNS:
        return None
    for i in range(a - 1, max(ctx.a, a - 1 - WOUND_GAP) - 1, -1):
        if key(toks[i].lemma) in WOUND_VERBS:
            # "в результате полученных ранений скончался": a participle names the wound, no
            # one who has it
            return None if "PRTF" in toks[i].tags else i
        if not toks[i].text[:1].isalpha():
            return None
    if a + 1 < ctx.b and key(toks[a + 1].lemma) in WOUND_VERBS:  # "Поранення дістала ..."
        return a + 1
    return None


def _pair_near(doc: Doc, ctx: SentenceContext, a: int, b: int, persons) -> tuple[int, int] | None:
    """Two coordinated victims of the plural claim word at [a, b): "жінка та її син загинули".

    The pair is the subject right before the word (en: before "were"), or right after it in
    uk/ru; each part one person noun, no number, singular.
    """
    toks = doc.tokens
    starts = {p[0]: p for p in persons}
    w = toks[a]
    if ctx.lang in ("uk", "ru"):
        if not w.tags & _VERBAL or "plur" not in w.tags:
            return None
        if "VERB" in w.tags and "tran" in w.tags and "pssv" not in w.tags:
            return None  # an active verb's subject is the perpetrator
        cands = [p for p in persons if p[0] == b]
        ends = {p[1]: p for p in persons}
        if a in ends:
            cands.append(ends[a])
    else:
        i = a - 1
        while i > ctx.a and key(toks[i].text) in PLURAL_BE:
            i -= 1
        if i == a - 1 and key(w.text) not in PLURAL_DIED:
            return None
        ends = {p[1]: p for p in persons if p[1] == i + 1}
        cands = list(ends.values())
    for first in cands:
        pair = _coordinated(doc, ctx, first, starts, ends if ctx.lang == "en" else None)
        if pair is not None:
            return pair
    return None


def _coordinated(doc: Doc, ctx: SentenceContext, p, starts, ends) -> tuple[int, int] | None:
    """[first, second) when person `p` is one half of "X and [his] Y", or None."""
    toks = doc.tokens

    def one(q) -> bool:
        t = toks[q[1] - 1]
        prev = toks[q[0] - 1] if q[0] > ctx.a else None
        if prev is not None and "NUMR" in prev.tags or prev is not None and prev.text.isdigit():
            return False
        if ctx.lang == "en":
            return _en_singular(t) and key(t.text) not in GROUP_NOUNS
        return _singular(t)

    # p is the first part: "жінка та її син"
    j = p[1]
    if j < ctx.b and key(toks[j].text) in VICTIM_JOINERS:
        k = j + 1
        if k < ctx.b and key(toks[k].text) in VICTIM_POSSESSIVES:
            k += 1
        if k in starts and one(p) and one(starts[k]):
            return p[0], starts[k][1]
    # en: p is the second part, right before the verb: "a woman and her son were killed"
    if ends is not None:
        for q in starts.values():
            j = q[1]
            if j < ctx.b and key(toks[j].text) in VICTIM_JOINERS:
                k = j + 1
                if k < ctx.b and key(toks[k].text) in VICTIM_POSSESSIVES:
                    k += 1
                if k == p[0] and one(p) and one(q):
                    return q[0], p[1]
    return None
