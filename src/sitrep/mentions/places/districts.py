"""Districts the gazetteer cannot know: a capitalized adjective before an administrative noun.

GeoNames lists regions and towns but few of Ukraine's and Russia's districts and
communities; "Бориспільського району", "Перевальский район" name a place all the same,
the adjective agreeing with the noun. The span is both words (eval/GUIDE.md §9: "Keep the
generic word when the name needs it": "Київському району")."""

from __future__ import annotations

import re
from functools import lru_cache

from ...doc import Token
from ...segment import word_parses

_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct"})
_GENDERS = frozenset({"masc", "femn", "neut"})


@lru_cache(maxsize=4)
def _district_nouns(lang: str) -> frozenset[str]:
    from ...resources import load_list

    return frozenset(load_list(lang, "places_district_nouns", optional=True))


@lru_cache(maxsize=4)
def _toponymic(lang: str) -> re.Pattern[str] | None:
    """An adjective made from a place name, by its suffix and ending ("-ському", "-ском"):
    resources/<lang>/places_toponymic_adjectives.txt."""
    from ...resources import load_list

    pats = load_list(lang, "places_toponymic_adjectives", optional=True)
    return re.compile("|".join(f"(?:{p})" for p in pats)) if pats else None


@lru_cache(maxsize=4)
def district_prefixes(lang: str) -> frozenset[str]:
    """First four letters of the nouns: most words are ruled out without a parse."""
    return frozenset(n[:4] for n in _district_nouns(lang))


def _forms(word: str, lang: str, pos: str, lemmas: frozenset[str] | None = None) -> frozenset:
    """(case, number or gender) pairs of the word's `pos` readings (of `lemmas` if given)."""
    out = set()
    for p in word_parses(word, lang):
        if p.tag.POS != pos or (lemmas is not None and p.normal_form not in lemmas):
            continue
        g = p.tag.grammemes
        kinds = {"plur"} if "plur" in g else _GENDERS & g
        out.update((c, k) for c in _CASES & g for k in kinds)
    return frozenset(out)


def district_at(text: str, wt: list[Token], j: int, lang: str) -> int | None:
    """Index of the adjective that names a district with the noun at `j`, or None.

    The adjective is capitalized, right before the noun in the same sentence, and agrees
    with it in case and number or gender ("Бориспільського району", not "Хмельницької
    областей"); first in its sentence only with a place adjective's suffix (-ськ-, -цьк-)."""
    if lang not in ("uk", "ru") or j == 0:
        return None
    t, a = wt[j], wt[j - 1]
    if not t.text[:1].islower() or a.sent != t.sent or text[a.end : t.start] != " ":
        return None
    if t.text[:4] not in district_prefixes(lang):
        return None
    w = a.text
    if not (w[:1].isupper() and w[1:2].islower()) or w.isascii():
        return None
    noun = _forms(t.text.lower(), lang, "NOUN", _district_nouns(lang))
    if not noun:
        return None
    pat = _toponymic(lang)
    toponymic = pat is not None and pat.search(w.lower()) is not None
    if not toponymic and (j == 1 or wt[j - 2].sent != a.sent):
        return None  # "Добрий район для життя": a sentence's first word is capitalized anyway
    adj = _forms(w.lower(), lang, "ADJF")
    if not adj and toponymic:
        return (
            j - 1
        )  # "Перевальском": the dictionary reads only the town; the ending says adjective
    return j - 1 if noun & adj else None
