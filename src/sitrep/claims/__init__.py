"""claims: figures of killed / injured / arrested / ... with qualifier, certainty, source.

One module per decision: `finding` (is a figure a claim), `unit` (what it
counts), `kind` (which claim word it belongs to), `sums` (subsets, lists,
second voices), `figure` (value, qualifier, low, high), `negation` (zeros),
`certainty` (also from a follow-up sentence), `attribution` (the source and
its span), `roles` (perpetrator vs victims; counted attackers), `victims` (one
victim without a number), `scope` (event or background), `carried` (background
carried from the sentence before: "others", a posthumous award), `update` (a new
total: "rose to 12"), `sums` (also parts with no total: "38 ... ще 12"),
`coordinated` (one more victim beside a figure: "six soldiers and a
cameraman"), `rescue` (people rescued in an evacuation are displaced), `link`
(the place and date a claim is about) and `headline` (the report's headline
figure, read by the summary). Word lists are
data: resources/<lang>/claims.yaml (phrases, lemmatized) and claims_words.yaml
(closed-class words, compared as written).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ..doc import Doc
from ..lexicon import lang_of, sentence_token_ranges
from ..registry import component
from .carried import carry_scope
from .certainty import follow_up
from .context import SentenceContext
from .coordinated import coordinated_ones, included_ones
from .finding import claim_for
from .lexicon import claim_lexicon
from .link import link
from .negation import negated_claims
from .sums import adds_to, listed_parts, ordinal_total, sum_claim
from .victims import KINDS as VICTIM_KINDS
from .victims import NOUN_KINDS, single_victims


def quantities(doc: Doc) -> list[dict]:
    """The quantity mentions with their token range: {start, end (token indexes), mention}."""
    return [
        {"mention": m, "start": a, "end": b}
        for m in doc.mentions_of("quantity")
        for a, b in (doc.token_range(m.start, m.end),)
    ]


class ClaimsConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    window: int = 8


@component(
    "claims",
    requires=("tokens", "mentions.quantity"),
    reads=(
        "mentions.date",
        "mentions.place",
        "mentions.person",
        "mentions.org",
        "mentions.actor",
        "mentions.resolved",
    ),
    assigns=("claims",),
    config=ClaimsConfig,
)
def make_claims(window: int = 8):
    def claims(doc: Doc) -> None:
        found = quantities(doc)
        if not doc.tokens:
            return
        toks = doc.tokens
        by_sent: dict[int, list[dict]] = {}
        for q in found:
            by_sent.setdefault(toks[q["start"]].sent, []).append(q)
        ranges = sentence_token_ranges(doc)
        prev: tuple[int, int] | None = None
        para = -1
        last: list = []  # claims of the previous sentence in the paragraph
        para_claims: list = []  # claims of the paragraph so far, for "another 12"
        for si, (a, b) in enumerate(ranges):
            if a >= b:
                continue
            if doc.sents[si].para != para:
                para, prev, last, para_claims = doc.sents[si].para, None, [], []
            lang = lang_of(doc, toks[a].start)
            lex = claim_lexicon(lang)
            qs = by_sent.get(si, [])
            if not qs and last:  # "Officials have not confirmed this."
                cues = lex.certainty.find_in(doc, a, b)
                if cues:
                    follow_up(doc, a, b, cues, last, lex.kinds.find_all_in(doc, a, b))
            ctx = None
            for q in qs:
                ctx = ctx or SentenceContext(doc, a, b, lang, lex, prev)
                claim = claim_for(doc, ctx, q, qs, window)
                if claim:
                    doc.claims.append(claim)
                    ctx.claims.append(claim)
            if ctx is None and (
                any(m.label in VICTIM_KINDS + NOUN_KINDS for m in lex.kinds.find_all_in(doc, a, b))
                or lex.condition.find_in(doc, a, b)  # "Водитель находится в реанимации"
            ):
                ctx = SentenceContext(doc, a, b, lang, lex, prev)
            if ctx is not None:  # "загинув водій": one victim, no number
                for claim in single_victims(doc, ctx):
                    doc.claims.append(claim)
                    ctx.claims.append(claim)
            if ctx is not None:  # parts with no total: one more claim for the sum
                doc.claims.extend(sum_claim(doc, g) for g in listed_parts(ctx.claims, doc))
                doc.claims.extend(coordinated_ones(doc, ctx, qs))  # "six soldiers and a cameraman"
                doc.claims.extend(included_ones(doc, ctx))  # "three people, including lawmaker X"
                for c in ctx.claims:
                    earlier = adds_to(doc, c, para_claims)
                    if earlier is not None:
                        doc.claims.append(sum_claim(doc, [earlier, c]))
                    para_claims.append(c)
            negated_claims(doc, a, b, lang, lex, qs, prev)
            last = ctx.claims if ctx is not None else []
            if ctx is not None and ctx.sources:
                prev = ctx.sources[-1][1]
        for c in list(doc.claims):  # "stabbed two people ... A third person was injured"
            earlier = ordinal_total(doc, c, doc.claims)
            if earlier is not None:
                doc.claims.append(sum_claim(doc, [earlier, c]))
        carry_scope(doc)  # "Hundreds of others were injured" after a running total
        link(doc)

    return claims
