"""Compound-abbreviated names ("Мінекономіки", "Укрзалізниці", "Київради", "Минюста"): bodies
and companies named in one capitalized word, with no type word or list behind them."""

from __future__ import annotations

from functools import lru_cache

from ...doc import Doc, OrgCandidate, Token
from ...resources import load_yaml
from ...segment import morph, word_parses
from .context import _lang_of
from .lexicon import latin_name

_NOT_PROPER = frozenset({"anim", "Name", "Surn", "Patr", "Geox"})
_MIN_LEN = 6


@lru_cache(maxsize=4)
def _parts(lang: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    data = load_yaml(lang, "orgs_compounds", optional=True) or {}
    return tuple(
        tuple(str(x) for x in data.get(k) or ()) for k in ("prefixes", "parts", "not_parts")
    )


@lru_cache(maxsize=50_000)
def compound_name(word: str, lang: str) -> bool:
    """A capitalized word that names a body as a compound abbreviation.

    Only nouns qualify: no adjective, person, place or animate reading. The ru dictionary
    tags such names (Orgn); otherwise the word must open with a listed prefix or hold a
    listed part, and be unknown or, in uk, have an inanimate proper-noun lexeme (the uk
    dictionary writes gender before animacy for those: "NOUN,femn,inan" for Київрада,
    "NOUN,inan" for the common noun держава)."""
    if lang not in ("uk", "ru") or len(word) < _MIN_LEN or word.isascii():
        return False
    if not (word[:1].isupper() and word[1:].replace("'", "").replace("’", "").islower()):
        return False
    parses = word_parses(word, lang)
    if not parses or any(p.tag.POS != "NOUN" or _NOT_PROPER & p.tag.grammemes for p in parses):
        return False
    if "Orgn" in parses[0].tag.grammemes:
        return True
    prefixes, parts, not_parts = _parts(lang)
    low = word.lower()
    if any(n in low for n in not_parts):
        return False
    if not (
        any(low.startswith(p) and len(low) - len(p) >= 4 for p in prefixes)
        or any(p in low[3:] for p in parts)
    ):
        return False
    if not morph(lang).word_is_known(low):
        return True
    return lang == "uk" and any(not str(p.tag).startswith("NOUN,inan") for p in parses)


def compound_hits(doc: Doc, toks: list[Token]) -> list[OrgCandidate]:
    """Org candidates for the compound-abbreviated names among the tokens."""
    out = []
    for t in toks:
        w = t.text
        if not w[:1].isupper() or not w[1:2].islower() or len(w) < _MIN_LEN:
            continue
        if compound_name(w, _lang_of(doc, t)):
            out.append(OrgCandidate(t.start, t.end, latin_name(w), 0.65, "compound"))
    return out
