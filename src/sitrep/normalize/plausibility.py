"""How plausible a text reads as uk/ru prose: the score that picks a code page.

Shared by ingest (which decoding of unknown bytes is right) and normalize
(which re-decoding repairs mojibake); it lives here because normalize owns the
text repair and ingest already depends on normalize.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache

from ..resources import load_yaml

_PUNCT = set("«»—–…‘’‚“”„№•°±§©®€™‰·×\u00a0\u00ad")
_MIXED = re.compile(r"[A-Za-z][\u0400-\u04ff]|[\u0400-\u04ff][A-Za-z]")


@lru_cache(maxsize=1)
def _weights() -> dict[str, float]:
    """Log-weight of each character worth scoring; built once from the data file."""
    table = load_yaml("common", "cyrillic_letters") or {}
    freq: dict[str, float] = {}
    for letters in table.values():
        for ch, f in letters.items():
            freq[ch] = max(freq.get(ch, 0.0), float(f))
    w: dict[str, float] = {}
    for ch, f in freq.items():
        w[ch] = math.log(f)
        # capitals are rare in prose; a wrong code page often flips the case
        w[ch.upper()] = math.log(f) + math.log(0.12)
    for ch in _PUNCT:
        w[ch] = -4.5
    return w


def _char_weight(ch: str) -> float:
    w = _weights().get(ch)
    if w is not None:
        return w
    o = ord(ch)
    if o < 0xA0 or ch == "\ufffd":
        return -14.0  # C1 controls, replacement character
    if 0xC0 <= o <= 0x24F and ch.isalpha():
        return -5.5  # accented Latin letters: plausible, but less than a Cyrillic match
    if 0x400 <= o <= 0x4FF:
        return -9.0  # Cyrillic letters that uk/ru prose does not use
    if ch.isalpha():
        return -7.0
    return -10.0  # box drawing, odd symbols


def plausibility(text: str) -> float:
    """Mean log-weight per non-ASCII character (0.0 when there is none); higher reads better."""
    total = 0
    score = 0.0
    for ch, n in Counter(text).items():
        if ch >= "\x80":
            score += n * _char_weight(ch)
            total += n
    if not total:
        return 0.0
    return (score - 8.0 * len(_MIXED.findall(text))) / total
