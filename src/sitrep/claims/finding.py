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
from .words import AGE_WORDS


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


def claim_for(doc: Doc, ctx: SentenceContext, q: dict, qs: list[dict], window: int) -> Claim | None:
    """The claim figure `q` makes (`qs`: every figure of its sentence), or None."""
    toks = doc.tokens
    mention: Mention = q["mention"]
    qv = mention.quantity
    if not is_figure(qv):
        return None
    counted = unit(ctx, q["end"])
    unit_kind, _, u = counted
    if unit_kind == "thing" or (unit_kind == "none" and is_age(doc, ctx, q)):
        return None
    kw = claim_word(doc, ctx, q, qs, qv, counted, window)
    if kw is None:
        return None
    kind = kw[2]
    if not counts_anyone(kind, qv) or counts_attackers(doc, ctx, q, qs, kw):
        return None
    if counts_agents(doc, ctx, q, kw, u) or counts_suspects(ctx, q, kw):
        return None
    s_tok = min(q["start"], kw[0])
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
