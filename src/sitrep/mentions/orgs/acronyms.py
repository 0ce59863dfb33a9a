"""CamelCase names and unknown acronyms (lower confidence)."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from ...doc import Doc, OrgCandidate, Token
from ...resources import load_list
from .lexicon import _CAMEL, _Res, is_legal_form, latin_name

_NOT_CAMEL = load_list("common", "names_prefixes")

_ROMAN = re.compile(r"[IVXLCDM]+")


@lru_cache(maxsize=1)
def _currencies() -> frozenset[str]:
    """ISO 4217 currency codes (pycountry): UAH, USD, KZT are amounts' units, not bodies."""
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.currencies)


def _token_hits(doc: Doc, toks: list[Token], res: _Res) -> list[OrgCandidate]:
    """CamelCase names and acronyms outside the lexicon."""
    hits = []
    sent_caps: dict[int, float] = {}
    sent_ids = [t.sent for t in toks]
    # an upper-case letter after the first: CamelCase or an acronym
    for t in [t for t in toks if t.text[:1].isupper() and not t.text[1:].islower()]:
        w = t.text
        if len(w) < 3:
            continue
        if _CAMEL.fullmatch(w):
            if not w.startswith(_NOT_CAMEL):
                hits.append(OrgCandidate(t.start, t.end, latin_name(w), 0.8, "camel"))
            continue
        if not (w.isupper() and w.isalpha() and len(w) <= 8) or w in res.not_acronyms:
            continue
        if w in _currencies():
            continue  # "UAH 2 billion": an ISO 4217 currency code
        if is_legal_form(w, doc.text[t.end : t.end + 4]):
            continue  # "КГПС «Супутник»": the form of the quoted name, no body of its own
        if _ROMAN.fullmatch(w) or _dateline(toks, t, doc.text) or _speaker(toks, t, doc.text):
            continue
        if t.sent not in sent_caps:
            lo, hi = bisect_left(sent_ids, t.sent), bisect_right(sent_ids, t.sent)
            words = [x.text for x in toks[lo:hi] if x.text[:1].isalpha()]
            caps = sum(1 for x in words if x.isupper() and len(x) > 1)
            sent_caps[t.sent] = caps / max(1, len(words))
        if sent_caps[t.sent] > 0.4:
            continue  # an all-caps headline, not an acronym
        hits.append(OrgCandidate(t.start, t.end, w, 0.6, "acronym"))
    return hits


def _dateline(toks: list[Token], t: Token, text: str) -> bool:
    """ "KARAGANDA, March 3 -" / "GOMA (Reuters) -": a place at the head of a paragraph."""
    line_start = text.rfind("\n", 0, t.start) + 1
    if text[line_start : t.start].strip(" *_"):
        return False
    rest = text[t.end : t.end + 3]
    return rest[:1] in (",", "(", "—", "–", "-") or rest.startswith(" (") or rest.startswith(" —")


def _speaker(toks: list[Token], t: Token, text: str) -> bool:
    """ "LAPUT: There is a tense standoff": a transcript's speaker label, not an acronym."""
    line_start = text.rfind("\n", 0, t.start) + 1
    return not text[line_start : t.start].strip(" *_>#-") and text[t.end : t.end + 1] == ":"
