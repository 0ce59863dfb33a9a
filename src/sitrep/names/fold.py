"""Spelling-insensitive forms of names: apostrophes unified, Latin variants folded."""

from __future__ import annotations

import re
from functools import lru_cache

from ..normalize.chars import unify_apostrophes

_DOUBLE = re.compile(r"(.)\1+")

__all__ = ["fold", "is_latin", "low", "unify_apostrophes"]


@lru_cache(maxsize=100_000)
def low(s: str) -> str:
    """Lower case with one apostrophe: the lookup form of a name word."""
    return unify_apostrophes(s).lower()


def fold(latin: str) -> str:
    """A spelling-insensitive key: Ayman/Aiman, Ungarbayeva/Ungarbaeva, Assel/Asel."""
    s = latin.lower().replace("'", "").replace("-", " ")
    s = s.replace("kh", "h").replace("y", "i").replace("j", "i")
    s = s.replace("ie", "e").replace("ii", "i")
    return _DOUBLE.sub(r"\1", s)


def is_latin(word: str) -> bool:
    """Latin script, diacritics included (Cárdenas, Jovanović, Öztürk)."""
    return all(ord(c) < 0x250 for c in word if c.isalpha())
