""" "Напередодні виборів" is the eve of the elections, not yesterday.

"напередодні" / "накануне" alone say "the day before" ("Накануне боевики обстреляли
село"); followed by a noun phrase in the genitive ("напередодні безумовно важливих
днів", "накануне выборов") they name the eve of that thing, and no day of their own.
Words per language: `eve_words` in resources/<lang>/dates_lexicon.yaml; the case comes
from the tokens' morphology (adverbs in between are skipped).
"""

from __future__ import annotations

from functools import lru_cache

from ...doc import Doc
from ...resources import load_yaml
from .hit import DateHit
from .vocabulary import LANGS, _key

_NOMINAL = frozenset({"NOUN", "ADJF", "PRTF", "NPRO", "NUMR"})
LOOK_WORDS = 3  # adverbs that may stand between the word and its noun ("безумовно")


@lru_cache(maxsize=1)
def _eve_words() -> frozenset[str]:
    out: set[str] = set()
    for lang in LANGS:
        data = load_yaml(lang, "dates_lexicon") or {}
        out.update(_key(w) for w in data.get("eve_words") or [])
    return frozenset(out)


def eve_of_something(doc: Doc, h: DateHit) -> bool:
    """A relative "the day before" word followed by a genitive noun phrase: an eve."""
    if not h.relative or _key(doc.text[h.start : h.end]) not in _eve_words():
        return False
    _, j = doc.token_range(h.start, h.end)
    for t in doc.tokens[j : j + LOOK_WORDS + 1]:
        if not any(c.isalpha() for c in t.text):
            return False  # "Накануне, ..." / "накануне." : the day before
        if "ADVB" in t.tags:
            continue
        return "gent" in t.tags and bool(_NOMINAL & t.tags)
    return False
