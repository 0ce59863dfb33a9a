"""Token tests every org rule asks: capitalized, adjacent, first in its sentence, in a place."""

from __future__ import annotations

import re

from ...doc import Doc, OrgCandidate, Token
from ...lang.letters import cyrillic_lang, letters
from ...resources import load_list
from ...spans import Disjoint, Spans

_QUOTES = {"«": "»", "„": "“", "“": "”", '"': '"', "‹": "›"}

_OF = re.compile(r"\s*(?:of\s+(?:the\s+)?)?")

_EN_LINK = frozenset(load_list("en", "orgs_name_links"))

# conjunctions inside a Cyrillic org name ("Міністерство праці та соціальної політики")
_CONJ = frozenset(w for lang in ("uk", "ru") for w in load_list(lang, "conjunctions"))

_FUNCTION = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "ADVB", "PRED", "INTJ"})

_ARTICLES = load_list("en", "orgs_articles")

# sentence-initial words that open no name ("But the ...", "Our Armed Forces")
_NOT_FIRST = frozenset(load_list("en", "orgs_not_first"))


def _headline_at(text: str, pos: int) -> bool:
    """The line at pos is an English Title Case headline ("Police Fire Tear Gas To Disperse
    Protesters"): its capitals mark no name, so a name there ends at its head word."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)]
    if not letters("cyrillic").isdisjoint(line) or line.rstrip().endswith("."):
        return False  # a Cyrillic line, or a sentence: headlines end without a full stop
    words = [w for w in line.split() if len(w) >= 4 and w[:1].isalpha()]
    return len(words) >= 5 and all(w[:1].isupper() for w in words)


def _lang_of(doc: Doc, t: Token) -> str:
    """uk / ru / en of the paragraph a token is in (morphology needs uk or ru for Cyrillic)."""
    lang = doc.lang_at(t.start)
    if lang in ("uk", "ru") or t.text.isascii():
        return lang or "en"
    return cyrillic_lang(t.text)


def _capitalized(w: str) -> bool:
    return w[:1].isupper()


def _adjacent(a: Token, b: Token, text: str) -> bool:
    """b follows a in the same sentence with at most spaces between."""
    if a.sent != b.sent:
        return False
    gap = text[a.end : b.start]
    return gap == "" or (gap.isspace() and "\n" not in gap)


def _first_word(toks: list[Token], i: int) -> bool:
    """Token i starts its sentence (only punctuation before it)."""
    j = i - 1
    while j >= 0 and toks[j].sent == toks[i].sent:
        if toks[j].text[:1].isalnum():
            return False
        j -= 1
    return True


def _place_spans(doc: Doc) -> Spans:
    return Spans((m.start, m.end) for m in doc.mentions if m.kind == "place")


def _in_place(t: Token, places: Spans) -> bool:
    return places.covers(t.start, t.end)


def _en_word(w: str) -> bool:
    return w[:1].isupper() and w[:1].isalpha() and w.isascii() and w not in _ARTICLES


def _overlaps(h: OrgCandidate, spans: Spans | Disjoint) -> bool:
    return spans.overlaps(h.start, h.end)
