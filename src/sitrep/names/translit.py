"""Cyrillic -> Latin: the one table (resources/common/translit.yaml) every part of sitrep uses."""

from __future__ import annotations

from functools import lru_cache

from ..resources import load_yaml
from .fold import unify_apostrophes


@lru_cache(maxsize=1)
def table() -> tuple[dict[str, str], dict[str, str]]:
    """(letters, word-initial letters), lower case."""
    data = load_yaml("common", "translit")
    letters = {str(k): str(v) for k, v in (data.get("letters") or {}).items()}
    initial = {str(k): str(v) for k, v in (data.get("initial") or {}).items()}
    return letters, initial


@lru_cache(maxsize=20_000)
def transliterate(name: str, initial: bool = True) -> str:
    """Deterministic Latin form of a Cyrillic name; Latin input is returned unchanged.

    initial=False spells word-initial letters like any other ("є" -> "e", not "ye"):
    the form for lossy comparison keys.
    """
    letters, first = table()
    if not initial:
        first = {}
    out: list[str] = []
    prev_alpha = False
    for ch in unify_apostrophes(name):
        low = ch.lower()
        if low in letters or low in first:
            rep = first.get(low) if not prev_alpha else None
            if rep is None:
                rep = letters.get(low, low)
            if ch.isupper() and rep:
                rep = rep[0].upper() + rep[1:]
            out.append(rep)
        else:
            out.append(ch)
        prev_alpha = ch.isalpha()
    return "".join(out)
