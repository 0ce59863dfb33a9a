"""One more victim named beside a figure: "six soldiers and a cameraman were killed" is 7.

One person named as a part of a figure or of a kind's group ("wounded three people, including
lawmaker X", "Among those killed was a baby") is a part of one (`included_ones`), never a total.

Coordinated victims add up (issue 11). When a singular person noun is joined to a
figure's noun by a list joiner - after it ("two officers and a third person", "троє
військових і журналіст") or before the figure ("a man and two women") - it is a part
of one, the figure another part, and their sum a claim of its own (relation "sum").
A person is a noun of the people lexicon or, in uk/ru, any singular animate common noun.
"""

from __future__ import annotations

from ..doc import Doc
from ..lexicon import key
from ..schema.models import Claim
from .context import SentenceContext
from .figure import exact_claim
from .sums import sum_claim
from .unit import unit
from .victims import _singular
from .words import (
    ANOTHER,
    LIST_JOINERS,
    NOT_NOUNS,
    OF_WORDS,
    ONE_WORDS,
    PASSIVE_BE,
    PLURAL_BE,
    SINGULAR_ARTICLES,
    SPLIT_CUES,
    SUBSET_CUES,
    VICTIM_JOINERS,
)

LEAD = 2  # adjectives or an ordinal between the article and the noun ("a third person")
_NAMES = {"Name", "Surn", "Patr", "Infr"}


def _words(ctx: SentenceContext, i: int, n: int) -> tuple[str, ...]:
    return tuple(key(t.text) for t in ctx.doc.tokens[i : min(i + n, ctx.b)])


def _joiner(ctx: SentenceContext, i: int) -> int:
    """The length of the list joiner at token i ("and", "а також"), or 0."""
    return next((n for n in (3, 2, 1) if _words(ctx, i, n) in LIST_JOINERS), 0)


def _noun_end(ctx: SentenceContext, u: int) -> int:
    """End of the counted noun at u: "police officers" is two tokens; in uk/ru with its
    genitive complement ("сотрудников спецслужб", "працівників Національної поліції")."""
    m = ctx.lex.persons.match_at(ctx.keys, u, ctx.b) or ctx.lex.units.match_at(ctx.keys, u, ctx.b)
    end = m.end if m else u + 1
    if ctx.lang == "en":
        return end
    toks = ctx.doc.tokens
    k = end
    while k < ctx.b and k - end < 3 and "ADJF" in toks[k].tags and "gent" in toks[k].tags:
        k += 1
    if k < ctx.b and {"NOUN", "gent"} <= toks[k].tags and not toks[k].tags & {"anim"}:
        return k + 1
    return end


def _person_noun(ctx: SentenceContext, k: int) -> int | None:
    """End token of a singular person noun at k, or None."""
    toks = ctx.doc.tokens
    m = ctx.lex.persons.match_at(ctx.keys, k, ctx.b)
    t = toks[(m.end if m else k + 1) - 1]
    if ctx.lang == "en":
        return m.end if m and t.text.lower() == t.lemma else None
    if m is None and not (
        {"NOUN", "anim"} <= t.tags and not t.tags & _NAMES and key(t.text) not in NOT_NOUNS
    ):
        return None
    return (m.end if m else k + 1) if _singular(t) else None


def _one_person(ctx: SentenceContext, k: int) -> tuple[int, int] | None:
    """Token range of "a cameraman", "another activist", "журналіст", "мирного жителя" at k."""
    toks = ctx.doc.tokens
    if k >= ctx.b:
        return None
    first = k
    if ctx.lang == "en":
        if key(toks[k].text) not in SINGULAR_ARTICLES | ANOTHER:
            return None
        k += 1
    else:  # "одного перехожого", "ще одну жінку"
        k += next((n for n in (2, 1) if _words(ctx, k, n) in ONE_WORDS), 0)
    for _ in range(LEAD + 1):
        if k >= ctx.b:
            return None
        end = _person_noun(ctx, k)
        if end is not None:
            if end < ctx.b and toks[end].text[:1].isdigit():
                return None  # "a man and 2 women": a figure follows, listed_parts' business
            return first, end
        t = toks[k]
        adjective = "ADJF" in t.tags if ctx.lang != "en" else t.text[:1].islower()
        if not adjective or key(t.text) in LIST_JOINERS or not t.text[:1].isalpha():
            return None
        k += 1
    return None


def _before(ctx: SentenceContext, q_start: int) -> tuple[int, int] | None:
    """ "a man and two women": the one person right before the joiner before the figure."""
    for n in (3, 2, 1):
        j = q_start - n
        if j <= ctx.a or _joiner(ctx, j) != n:
            continue
        for k in range(max(ctx.a, j - LEAD - 2), j):
            one = _one_person(ctx, k)
            if one is not None and one[1] == j:
                return one
    return None


def coordinated_ones(doc: Doc, ctx: SentenceContext, qs: list[dict]) -> list[Claim]:
    """A part of one and the sum, for each figure claim of the sentence with one more victim."""
    toks = doc.tokens
    by_id = {q["mention"].id: q for q in qs}
    out: list[Claim] = []
    for c in list(ctx.claims):
        q = by_id.get(c.quantity or "")
        if q is None or c.relation is not None or not c.low or c.kind == "participants":
            continue
        counted, _, u = unit(ctx, q["end"])
        if counted not in ("person", "kind"):
            continue
        j = _noun_end(ctx, u)
        n = _joiner(ctx, j)
        one = _one_person(ctx, j + n) if n else None
        after = one is not None
        one = one or _before(ctx, q["start"])
        if one is None:
            continue
        s, e = toks[one[0]].start, toks[one[1] - 1].end
        part = exact_claim(
            doc,
            c.kind,
            1,
            certainty=c.certainty,
            scope=c.scope,
            source=c.source,
            perpetrator=c.perpetrator,
            perpetrator_span=c.perpetrator_span,
            evidence=doc.span(s, e),
        )
        if _among(ctx, q["start"], c.kind):
            part.relation = "subset"  # "Серед загиблих двоє дітей і водій": no total of its own
            out.append(part)
            continue
        out += [part, sum_claim(doc, [c, part] if after else [part, c])]
    return out


def _among(ctx: SentenceContext, q_start: int, kind: str) -> bool:
    """ "Среди погибших два ребёнка и водитель", "among the dead were": a subset's members."""
    toks = ctx.doc.tokens
    for m in ctx.kinds:
        if m.label == kind and 0 <= q_start - m.end <= 2 and m.start > ctx.a:
            prev = key(toks[m.start - 1].text)
            if prev in OF_WORDS or (
                m.start - 2 >= ctx.a and key(toks[m.start - 2].text) in OF_WORDS
            ):
                return True
    return False


INCLUDED_REACH = 6  # tokens from the subset cue to the end of the one person it names


def _named_one(ctx: SentenceContext, k: int) -> tuple[int, int] | None:
    """One person at token k: "a cameraman", "тримісячна дитинка", or a name with its title
    ("Ukrainian lawmaker Ihor Mosiychuk", "депутата Верховной Рады") up to the next comma."""
    toks = ctx.doc.tokens
    stop = next(
        (i for i in range(k, min(ctx.b, k + INCLUDED_REACH)) if toks[i].text in (",", ".", ";")),
        min(ctx.b, k + INCLUDED_REACH),
    )
    if (
        stop == k
        or any(
            t.text[:1].isdigit()  # "в том числе 17-летняя девушка": an age, the list's business
            or "NUMR" in t.tags
            or key(t.text) in VICTIM_JOINERS  # "X і Y": two people, not one
            or {"NOUN", "plur"} <= t.tags  # "співголови": a group
            for t in toks[k:stop]
        )
    ):
        return None
    one = _one_person(ctx, k)
    if one is not None:
        return one
    s, e = toks[k].start, toks[stop - 1].end
    if any(m.kind == "person" and s <= m.start and m.end <= e for m in ctx.mentions):
        return k, stop  # "including Lidetu Ayalew", "включая депутата Игоря Мосийчука"
    for i in range(k, stop):  # "тримісячна дитинка", "депутата Верховной Рады", "a baby girl"
        if _person_noun(ctx, i) is not None:
            return k, stop
    return None


def included_ones(doc: Doc, ctx: SentenceContext) -> list[Claim]:
    """One person named as part of a figure or a kind's group: "wounded three people, including
    lawmaker X", "ранены четыре человека, включая депутата", "Among those killed was a baby",
    "Серед убитих – тримісячна дитинка". A part of one (relation subset), never a new total."""
    toks = doc.tokens
    out: list[Claim] = []
    have = {c.kind for c in ctx.claims if c.low == 1}
    for c in list(ctx.claims):
        if c.relation is not None or not c.low or c.low < 2 or c.kind == "participants":
            continue
        _, j = doc.token_range(c.evidence.start, c.evidence.end)
        if j < ctx.b and toks[j].text == ",":
            j += 1
        n = next((n for n in (3, 2, 1) if _words(ctx, j, n) in SUBSET_CUES), 0)
        n = n or int(j < ctx.b and key(toks[j].text) in SPLIT_CUES)  # "включая", "зокрема"
        if not n or c.kind in have:
            continue
        one = _named_one(ctx, j + n)
        if one is not None:
            out.append(_part(doc, c.kind, one, c))
            have.add(c.kind)
    for m in ctx.kinds:  # "Among those killed was ...": no figure, the group's kind
        if m.label in have or m.label == "participants" or m.start <= ctx.a:
            continue
        if not _among(ctx, m.end, m.label):
            continue
        k = m.end
        while k < ctx.b and (
            toks[k].text in ("—", "–", ":") or key(toks[k].text) in PASSIVE_BE | PLURAL_BE
        ):
            k += 1
        one = _named_one(ctx, k) if k > m.end or ctx.lang != "en" else None
        if one is not None and not any(c.kind == m.label for c in ctx.claims):
            out.append(_part(doc, m.label, one, None, ctx, m.start))
            have.add(m.label)
    return out


def _part(doc: Doc, kind: str, one: tuple[int, int], c: Claim | None, ctx=None, s_tok=None):
    toks = doc.tokens
    s = toks[s_tok].start if s_tok is not None else toks[one[0]].start
    e = toks[one[1] - 1].end
    fields = (
        dict(certainty=c.certainty, scope=c.scope, source=c.source)
        if c is not None
        else dict(
            certainty=ctx.certainty_for(one[0], one[1]),
            scope=ctx.scope_for(one[0], one[1], kind),
            source=ctx.source_for(one[0], one[1]),
        )
    )
    part = exact_claim(doc, kind, 1, evidence=doc.span(s, e), **fields)
    part.relation = "subset"
    return part
