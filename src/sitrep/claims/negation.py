"""Zero statements: 'no one was killed', 'жертв немає', 'погибших нет' -> a claim of 0.

A "nobody" or "absent" word next to a casualty word makes a zero for that
kind, unless a figure sits inside the phrase ("no more than 20 were killed")
or a claim already covers it.
"""

from __future__ import annotations

from ..doc import Doc, Token
from ..lexicon import doc_keys, key
from .context import SentenceContext
from .figure import exact_claim
from .lexicon import ClaimLexicon
from .words import ZERO_JOINERS


def negated_claims(
    doc: Doc, a: int, b: int, lang: str, lex: ClaimLexicon, qs: list[dict], prev=None
) -> None:
    """'no one was killed', 'жертв немає', 'погибших нет' -> a claim of 0."""
    toks = doc.tokens
    doc_keys(doc)
    kinds = None
    negated: set[str] = set()
    for neg in lex.nobody.find_in(doc, a, b) + lex.absent.find_in(doc, a, b):
        kinds = (
            kinds
            if kinds is not None
            else lex.kinds.find_all_in(doc, a, b) + lex.units.find_all_in(doc, a, b)
        )
        near = [
            m
            for m in kinds
            if m.label != "participants"
            and -3 <= m.start - neg.end <= 4
            or m.label != "participants"
            and 0 <= neg.start - m.end <= 2
            and neg.label == "absent"
        ]
        if not near:
            continue
        near = [m for m in near if m.label not in negated and not _other_clause(toks, neg, m)]
        if not near:
            continue
        m = min(near, key=lambda m: abs(m.start - neg.start))
        # "затриманих і постраждалих немає": every kind named before "немає" is a zero
        for other in near:
            if (
                other.label != m.label
                and neg.label == "absent"
                and other.label not in negated
                and other.end <= neg.start
                and m.end <= neg.start
                # joined by a conjunction alone: "затриманих і постраждалих немає"
                and _joined(toks[min(other.end, m.end) : max(other.start, m.start)])
            ):
                negated.add(other.label)
                ctx = SentenceContext(doc, a, b, lang, lex, prev)
                _add_zero(doc, ctx, other.label, other.start, neg.end)
        s_tok, e_tok = min(neg.start, m.start), max(neg.end, m.end)
        if any(s_tok <= q["start"] < e_tok or q["start"] <= s_tok < q["end"] for q in qs):
            continue  # "no more than 20 were killed" is a figure, not a zero
        s, e = toks[s_tok].start, toks[e_tok - 1].end
        if any(c.evidence.start < e and s < c.evidence.end for c in doc.claims[-len(qs) - 3 :]):
            continue
        negated.add(m.label)
        _add_zero(doc, SentenceContext(doc, a, b, lang, lex, prev), m.label, s_tok, e_tok)


def _other_clause(toks: list[Token], neg, m) -> bool:
    """ "no one justifies Nazism, kills children": past a comma the word is another verb's.

    Paired commas close an aside ("No one, officials said, was killed"), a lone one does not.
    """
    lo, hi = (neg.end, m.start) if neg.end <= m.start else (m.end, neg.start)
    between = [t.text for t in toks[lo:hi]]
    return ";" in between or between.count(",") % 2 == 1


def _joined(between: list[Token]) -> bool:
    """Two kinds joined by one conjunction alone ("затриманих і постраждалих")."""
    return len(between) == 1 and key(between[0].text) in ZERO_JOINERS


def _add_zero(doc: Doc, ctx: SentenceContext, kind: str, s_tok: int, e_tok: int) -> None:
    """A claim of 0 ("no one was killed") over tokens [s_tok, e_tok)."""
    toks = doc.tokens
    doc.claims.append(
        exact_claim(
            doc,
            kind,
            0,
            certainty=ctx.certainty_for(s_tok, e_tok),
            source=ctx.source_for(s_tok, e_tok),
            evidence=doc.span(toks[s_tok].start, toks[e_tok - 1].end),
        )
    )
