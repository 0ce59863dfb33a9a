"""Script-independent name keys: Жанаозень / Жанаозен / Zhanaozen -> one Latin skeleton.

Cyrillic goes through the one table (names/translit.py); the key is then
deliberately lossy (vowel variants і/и/ы/y/j fold to "i", є/е/э/ё to "e", soft
and hard signs vanish) because it is only used to compare names with
rapidfuzz, never shown.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from rapidfuzz import fuzz

from ..names.translit import transliterate

# Latin spelling variants that transliteration schemes disagree on
# ("g", "h"): Ukrainian г is h, Russian г is g (Ihor / Igor, Oleh / Oleg); ("ie", "e"):
# Ukrainian є after a consonant is "ie" in Latin, Russian е is "e" (Syniehubov / Sinegubov)
_LATIN_FOLD = [("kh", "h"), ("yu", "iu"), ("ya", "ia"), ("ye", "e"), ("y", "i"), ("j", "i"),
               ("w", "v"), ("g", "h"), ("ie", "e")]  # fmt: skip
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=50_000)
def name_key(name: str) -> str:
    """Lower-case Latin skeleton of a name in any of our scripts."""
    s = unicodedata.normalize("NFKC", name).lower()
    s = transliterate(s, initial=False)
    s = "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))
    s = _NON_ALNUM.sub(" ", s).strip()
    for a, b in _LATIN_FOLD:
        s = s.replace(a, b)
    return s


# Ukrainian і in a closed final syllable where Russian has о / е: Харків / Харьков,
# Львів / Львов, Глухів / Глухов (the Russian form is the exonym of many Ukrainian towns)
_CLOSED_I = re.compile(r"(?<=[a-z])[oe](?=v[a-z]{0,2}\b)")  # also with a case ending


def name_similarity(a: str, b: str) -> float:
    """0..100: how alike two names are across scripts and inflection."""
    ka, kb = name_key(a), name_key(b)
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 100.0
    best = max(fuzz.ratio(ka, kb), _prefix_score(ka, kb))
    va, vb = _CLOSED_I.sub("i", ka), _CLOSED_I.sub("i", kb)
    if (va, vb) != (ka, kb):
        best = max(best, fuzz.ratio(va, vb), _prefix_score(va, vb))
    return best


def _prefix_score(ka: str, kb: str) -> float:
    """Inflected forms share a long stem: Жанаозені / Жанаозеня vs Zhanaozen."""
    short, long_ = sorted((ka, kb), key=len)
    if len(short) >= 5 and long_.startswith(short[:-1]) and len(long_) - len(short) <= 3:
        return 92.0
    return 0.0


def same_name(a: str, b: str, threshold: float = 88.0) -> bool:
    return name_similarity(a, b) >= threshold
