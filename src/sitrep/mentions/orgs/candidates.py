"""The org candidates known before persons run: lexicon, bodies, named; no nesting."""

from __future__ import annotations

from ...doc import Doc, OrgCandidate, Token
from ...spans import Disjoint, Spans
from .aliases import _lexicon_hits
from .bodies import _body_hits
from .context import _overlaps
from .lexicon import resources
from .named import _named_hits, _quoted_repeats


def early_hits(doc: Doc, toks: list[Token]) -> list[OrgCandidate]:
    """Lexicon, official bodies and named organizations: known before persons run."""
    res = resources()
    lows = [t.text.lower() for t in toks]
    cands = (
        _lexicon_hits(doc, toks, lows, res)
        + _body_hits(doc, toks, res, lows)
        + _named_hits(doc, toks, lows, res)
    )
    # no nesting: the longest name wins ("Повітряних сил ЗСУ" over "ЗСУ"), the lexicon on ties
    order = {"lexicon": 0, "quoted": 1, "body": 2, "named": 3}
    lex = Spans((h.start, h.end) for h in cands if h.rule == "lexicon")
    out: list[OrgCandidate] = []
    taken = Disjoint()
    for h in sorted(cands, key=lambda h: (h.start - h.end, order.get(h.rule, 9), h.start)):
        if h.rule == "body" and " and " in doc.text[h.start : h.end]:
            if any(h.start <= s and e <= h.end for s, e in lex.overlapping(h.start, h.end)):
                continue  # "Human Rights Watch and Amnesty International": two names
        if h.end > h.start and not _overlaps(h, taken):
            out.append(h)
            taken.add(h.start, h.end)
    out += _quoted_repeats(doc, out)
    out.sort(key=lambda h: h.start)
    return out
