"""Whether a figure in a sentence is a claim, and the claim it makes.

A quantity becomes a claim when it counts people or no unit (not things) and a
claim word of one kind belongs to it; the claim then takes its figure, source,
certainty and perpetrator from the modules named for each.
"""

from __future__ import annotations

from ..doc import Doc
from ..lexicon import key
from ..schema.models import Claim, Mention
from .context import SentenceContext
from .figure import counts_anyone, figure_of, is_figure
from .kind import claim_word
from .roles import counts_agents, counts_attackers, counts_suspects, perpetrator
from .sums import one_of, subset_of
from .unit import unit
from .update import is_update
from .words import AGE_WORDS, CAPTURE_VERBS, CAUSAL_VERBS, GROUP_PRONOUNS, MODAL_WORDS, OF_WORDS


def is_age(doc: Doc, ctx: SentenceContext, q: dict) -> bool:
    """ "Sudesh Amman, 20", "Айман Унгарбаева, 34", "a man aged 47": the number is an age."""
    i = q["start"]
    if i > ctx.a and key(doc.tokens[i - 1].text) in AGE_WORDS:
        return True  # "a man aged 47"
    if i - 2 < ctx.a or doc.tokens[i - 1].text != ",":
        return False
    toks, j = doc.tokens, q["end"]
    end = toks[i - 2].end
    if any(m.kind == "person" and m.end == end for m in ctx.mentions):
        return True
    # an unknown name in apposition: "..., shot dead Sudesh Amman, 20, on Sunday"
    closed = j >= ctx.b or toks[j].text in {",", ")", "."}
    return closed and i - 2 > ctx.a and toks[i - 2].text[:1].isupper()


def is_line_end_year(doc: Doc, q: dict) -> bool:
    """ "Hong Kong, June 16, 2019\nProtesters ...": a year that ends its line (a dateline)
    counts nothing on the next line, even when the people quantities allow follow."""
    toks, i, j = doc.tokens, q["start"], q["end"]
    t = toks[i]
    if j != i + 1 or not (t.text.isdigit() and len(t.text) == 4 and 1900 <= int(t.text) <= 2100):
        return False
    return j < len(toks) and "\n" in doc.text[t.end : toks[j].start]


def counterfactual(doc: Doc, ctx: SentenceContext, start: int) -> bool:
    """ "могли привести к гибели десятков", "could have led to dozens of deaths": a modal
    before a verb of causing tells what was avoided or feared, not what happened."""
    toks = doc.tokens
    for c in range(max(ctx.a, start - 3), start + 1):
        if key(toks[c].lemma) in CAUSAL_VERBS:
            return any(key(t.text) in MODAL_WORDS for t in toks[max(ctx.a, c - 3) : c])
    return False


def _of_group(doc: Doc, ctx: SentenceContext, q: dict) -> bool:
    """ "eight of them", "двоє з них", "в том числе двое": a part of a group told before."""
    toks, j = doc.tokens, q["end"]
    if j + 1 < ctx.b and key(toks[j].text) in OF_WORDS and key(toks[j + 1].text) in GROUP_PRONOUNS:
        return True
    return subset_of(doc, ctx, q) is not None


def claim_for(doc: Doc, ctx: SentenceContext, q: dict, qs: list[dict], window: int) -> Claim | None:
    """The claim figure `q` makes (`qs`: every figure of its sentence), or None."""
    toks = doc.tokens
    mention: Mention = q["mention"]
    qv = mention.quantity
    if not is_figure(qv) or is_line_end_year(doc, q):
        return None
    counted = unit(ctx, q["end"])
    unit_kind, _, u = counted
    if unit_kind == "thing" or (unit_kind == "none" and is_age(doc, ctx, q)):
        return None
    kw = claim_word(doc, ctx, q, qs, qv, counted, window)
    if kw is None:
        return None
    kind = kw[2]
    if (kw[0], kw[1]) in ctx.condition_words and _of_group(doc, ctx, q):
        return None  # "eight of them in critical condition": the state of wounded counted before
    if not counts_anyone(kind, qv) or counts_attackers(doc, ctx, q, qs, kw):
        return None
    if counts_agents(doc, ctx, q, kw, u) or counts_suspects(ctx, q, kw):
        return None
    if unit_kind == "none" and kw[1] <= q["start"] and key(toks[kw[0]].lemma) in CAPTURE_VERBS:
        return None  # "seized two towns", "seized 20 rifles": no person counted
    s_tok = min(q["start"], kw[0])
    if counterfactual(doc, ctx, s_tok):
        return None
    e_tok = max(q["end"], kw[1], u + 1 if unit_kind in ("person", "kind") else 0)
    s, e = toks[s_tok].start, toks[e_tok - 1].end
    source = ctx.source_for(q["start"], q["end"])
    certainty = ctx.certainty_for(q["start"], q["end"])
    value, qualifier, low, high, words = figure_of(qv)
    noun_end = toks[u].end if unit_kind in ("person", "kind") else mention.end
    perp, perp_span = perpetrator(doc, ctx, kind, (s, e), source, (mention.start, noun_end))
    relation = None
    if subset_of(doc, ctx, q) == kind or one_of(ctx, q, kind):
        relation = "subset"  # "ранены 17, в том числе шестеро", "one of those killed"
    elif is_update(doc, ctx.a, q["start"], ctx.lang):
        relation = "update"  # "the toll rose to 12"
    return Claim.fast(
        id=doc.next_id("c"),
        kind=kind,
        value=value,
        qualifier=qualifier,
        low=low,
        high=high,
        certainty=certainty,
        scope=ctx.scope_for(q["start"], q["end"], kind, low, (kw[0], kw[1])),
        source=source,
        perpetrator=perp,
        perpetrator_span=perp_span,
        evidence=doc.span(s, e),
        quantity=mention.id,
        words=words,
        relation=relation,
    )
