"""Which claim word a figure belongs to, and so what kind of claim it is.

A figure whose noun names its kind ("500 поранених") keeps it unless a worse
fate follows ("двое раненых скончались"); otherwise the nearest claim word in
the sentence wins, casualty words before participation words, with penalties
for a comma, a conjunction or another figure in between. "Killed or injured" (two kinds joined
by "or") counts casualties.
"""

from __future__ import annotations

from ..doc import Doc
from ..lexicon import key
from ..mentions.quantities import number_lexicon
from ..schema.models import QuantityValue
from .context import SentenceContext
from .sums import across_figures, second_voice, subset_of
from .words import (
    AMBIGUOUS_OF,
    CONJUNCTIONS,
    COUNT_AT,
    COUNT_NOUNS,
    OF_WORDS,
    OR_WORDS,
    PLURAL_BE,
    RISE_TO,
    STOP_PUNCT,
    SUBSET_OPENERS,
)

CROWD = 100  # protesters counted alone are a crowd from "hundreds" up
# (start token, end token, kind) of the claim word a figure belongs to
ClaimWord = tuple[int, int, str]


def _counted_by_noun(toks, a: int, i: int) -> bool:
    """ "кількість загиблих", "the number of dead", "death toll": the figure is far after."""
    for n in (1, 2):
        if i - n >= a and key(toks[i - n].lemma) in COUNT_NOUNS:
            return n == 1 or key(toks[i - 1].text) in OF_WORDS
    return False


PREDICATE_TAGS = {"VERB", "PRTS", "ADVB"}  # "сотні захоплено", "сотни взяты", "hundreds fled"


def _own_clause(ctx: SentenceContext, word_end: int, q: dict) -> bool:
    """ "тисячі убиті, сотні захоплено в полон", "were killed, hundreds were captured": past a
    comma that closes the claim word's clause, a figure with a predicate of its own opens
    the next clause and is not that word's."""
    toks = ctx.doc.tokens
    if word_end >= q["start"] or toks[word_end].text != ",":
        return False
    for t in toks[q["end"] : min(ctx.b, q["end"] + 2)]:
        if t.text in STOP_PUNCT:
            return False
        if t.tags & PREDICATE_TAGS or key(t.text) in PLURAL_BE:
            return True
    return False


def claim_word(
    doc: Doc,
    ctx: SentenceContext,
    q: dict,
    qs: list[dict],
    qv: QuantityValue,
    counted: tuple[str, str | None, int],
    window: int,
) -> ClaimWord | None:
    """The claim word of figure `q`, given what it counts (see `unit.unit`)."""
    toks = doc.tokens
    unit_kind, kind, u = counted
    kw = None
    died = None
    if unit_kind == "kind" and kind != "killed":
        # "двое раненых скончались" (killed); "троє затриманих потрапили до лікарні" (injured)
        worse = ("killed",) if kind in ("injured", "casualties") else ("killed", "injured")
        died = next((m for m in ctx.kinds if m.label in worse and u < m.start <= u + 4), None)
        # "executed two prisoners": the worse fate is the verb right before the figure
        if died is None and kind in ("arrested", "detained"):
            died = next((m for m in ctx.kinds if m.label in worse and m.end == q["start"]), None)
    subset = subset_of(doc, ctx, q)
    if subset is not None and any(
        m.label not in (subset, "participants")
        and q["end"] <= m.start <= q["end"] + 2
        and not any(t.text in STOP_PUNCT for t in toks[q["end"] : m.start])
        for m in ctx.kinds
    ):
        subset = None  # "242 заложников, из них 43 были убиты": the verb's kind, not the group's
    if subset is not None and unit_kind in ("person", "none", "kind"):
        kw = (q["start"], q["end"], subset)  # "ранены 17, в том числе шестеро полицейских"
    elif died is not None:
        kw = (died.start, died.end, died.label)
    elif unit_kind == "kind" and kind != "participants":
        kw = (u, u + 1, kind)
    else:
        limit = window if unit_kind in ("person", "kind") else 4
        rose = (
            q["start"] >= ctx.a + 2
            and key(toks[q["start"] - 1].text) in RISE_TO
            and (
                key(toks[q["start"] - 2].lemma) in number_lexicon(ctx.lang).rise_verbs
                or key(toks[q["start"] - 2].text) in number_lexicon(ctx.lang).rise_verbs
            )
        )
        if rose:
            limit = 2 * window
        best = None
        # "seven of the wounded later died": the verb after the of-phrase tells the kind
        nxt = key(toks[q["end"]].text) if q["end"] < ctx.b else ""
        of_phrase = (
            q["end"] + 1 < ctx.b
            and nxt in OF_WORDS
            and (nxt not in AMBIGUOUS_OF or key(toks[q["end"] + 1].text) in SUBSET_OPENERS)
        )
        of_noun = None
        for m in ctx.kinds:
            if q["start"] <= m.start < q["end"]:
                continue
            if (
                of_phrase
                and q["end"] < m.start <= q["end"] + 3
                and (m.start, m.end) in ctx.unit_spans
            ):
                of_noun = of_noun or m  # the noun of "of the wounded", not a verb after it
                continue
            if unit_kind == "kind" and m.start == u:
                continue  # the counted noun itself ("двоє страйкарів") is not a participation
            after = m.start >= q["end"]
            if of_phrase and not after:
                continue
            if (
                m.label == "participants"
                and unit_kind == "none"
                and not after
                # "учасників було 10 тисяч" is a head count; "activists put it at 500" is not
                and not ((m.start, m.end) in ctx.unit_spans and q["start"] - m.end <= 1)
            ):
                # "на мітинг 20" is not a head count; "20 зібралися" is; "the crowd at 4,000" is
                prev_word = key(toks[q["start"] - 1].text) if q["start"] > ctx.a else ""
                if not (prev_word in COUNT_AT and q["start"] - m.end <= 2):
                    continue
            d = q["start"] - m.end if not after else m.start - q["end"]
            reach = limit + 4 if after and unit_kind == "person" else limit
            if not after and _counted_by_noun(toks, ctx.a, m.start):
                reach = (
                    2 * window
                )  # "Кількість знищених солдатів противника наближається до 14 тисяч"
            if d < 0:
                continue
            if not after and _own_clause(ctx, m.end, q):
                continue
            extra = across_figures(toks, q, qs, m, after)
            if extra is None:
                continue
            # a list of figures sharing the word is no distance (extra < 0 then)
            if d + min(extra, 0) > reach:
                continue
            if extra >= 0 and after and any(t.text == "," for t in toks[q["end"] : m.start]):
                d += 2  # "загиблих — 12, поранених — 40": past the comma is the next item
            if (
                extra == 0  # past a list the conjunction is the list's
                and not after
                and any(key(t.text) in CONJUNCTIONS for t in toks[m.end : q["start"]])
            ):
                d += 4  # "killed and 26 people were injured": that verb is the other clause's
            d += extra
            casualty = m.label != "participants"
            score = (d - (2 if casualty else 0), 0 if casualty else 1)
            if best is None or score < best[0]:
                best = (score, m)
        if best:
            m = best[1]
            kw = (m.start, m.end, either_kind(doc, ctx, m))
        elif of_noun is not None and (qv.low or 0) > 1:
            kw = (of_noun.start, of_noun.end, of_noun.label)  # "eight of the dead were ..."
        elif unit_kind == "kind" and (kind != "participants" or is_crowd(qv)):
            kw = (u, u + 1, kind)  # "more than 100,000 protesters were in the streets"
    if kw is None and unit_kind in ("none", "person"):
        kw = second_voice(doc, ctx, q)
    if kw is not None and kw[2] == "injured" and kw[1] <= q["start"]:
        # "stabbed two students to death": a death word right after the victims is their fate
        end = u + 1 if unit_kind in ("person", "kind") else q["end"]
        fate = next(
            (m for m in ctx.kinds if m.label == "killed" and end <= m.start <= end + 1), None
        )
        if fate is not None:
            kw = (fate.start, fate.end, "killed")
    return kw


def is_crowd(qv: QuantityValue) -> bool:
    """A head count of protesters with no verb of its own: a crowd ("thousands of protesters",
    "100,000 protesters were in the streets"); a few ("two protesters ...") are the subject
    of something else the sentence tells."""
    return (qv.low or 0) >= CROWD


def either_kind(doc: Doc, ctx: SentenceContext, m) -> str:
    """`m`'s kind, or casualties when "or" joins it to a word of the other casualty kind.

    "15 people were killed or injured", "вбито або поранено 40", "погибли или получили
    ранения": the figure counts both together, so neither kind alone.
    """
    if m.label not in ("killed", "injured"):
        return m.label
    toks = doc.tokens
    other = "injured" if m.label == "killed" else "killed"
    for n in ctx.kinds:
        if n.label != other:
            continue
        gap = toks[m.end : n.start] if n.start >= m.end else toks[n.end : m.start]
        if 1 <= len(gap) <= 2 and key(gap[0].text) in OR_WORDS:
            return "casualties"
    return m.label
