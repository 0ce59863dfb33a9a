"""Spelling-insensitive forms of names: apostrophes unified, Latin variants folded."""

from __future__ import annotations

import re
from functools import lru_cache

_APOS_TR = str.maketrans({c: "'" for c in "’ʼ`´"})
_DOUBLE = re.compile(r"(.)\1+")


def unify_apostrophes(s: str) -> str:
    """’ ʼ ` ´ -> ' (Ukrainian words are spelled with any of them)."""
    return s.translate(_APOS_TR)


@lru_cache(maxsize=100_000)
def low(s: str) -> str:
    """Lower case with one apostrophe: the lookup form of a name word."""
    return s.translate(_APOS_TR).lower()


def fold(latin: str) -> str:
    """A spelling-insensitive key: Ayman/Aiman, Ungarbayeva/Ungarbaeva, Assel/Asel."""
    s = latin.lower().replace("'", "").replace("-", " ")
    s = s.replace("kh", "h").replace("y", "i").replace("j", "i")
    s = s.replace("ie", "e").replace("ii", "i")
    return _DOUBLE.sub(r"\1", s)


def is_latin(word: str) -> bool:
    """Latin script, diacritics included (Cárdenas, Jovanović, Öztürk)."""
    return all(ord(c) < 0x250 for c in word if c.isalpha())
