"""Nationality words ("Nigerian", "Somalis") that look like surnames but never name a person.

Derived from pycountry's country names by the regular English endings, so that every
country is covered without a hand list; the orgs demonym lexicons add the irregular ones.
"""

from __future__ import annotations

from functools import lru_cache

import pycountry

from ..resources import load_yaml
from .lists import LANGS

_VOWELS = "aeiouy"


def _forms(country: str) -> set[str]:
    """The regular adjective forms of one lower-case country name."""
    n = country
    out = {n + "n", n + "ian", n + "ese"}
    if n[-1:] in _VOWELS:
        stem = n[:-1]  # "kenya" -> "kenyan"; no "-i" here: "ghana" gives no "ghani"
        out |= {stem + "an", stem + "ian", stem + "ese"}
    else:
        out |= {n + "i", n + "ish"}  # "pakistani", "iraqi", "israeli"
    if n.endswith("ia"):
        out.add(n[:-1])  # "somalia" -> "somali"
    return out


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Lower-case one-word country names ("croatia"), common and official."""
    out: set[str] = set()
    for c in pycountry.countries:
        for name in {getattr(c, "common_name", None), c.name}:
            if name and " " not in name and name.isalpha():
                out.add(name.lower())
    return frozenset(out)


@lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Lower-case nationality adjectives and their plurals."""
    words: set[str] = set()
    for c in pycountry.countries:
        for name in {getattr(c, "common_name", None), c.name}:
            # every word of "South Korea", "Korea, Republic of"; generic words ("republic")
            # only give forms that are no one's name
            for word in (name or "").replace(",", " ").split():
                if len(word) >= 4 and word.isalpha():
                    words |= _forms(word.lower())
    for lang in LANGS:
        data = load_yaml(lang, "orgs_demonyms", optional=True) or {}
        words |= {str(k).lower() for k in data if str(k).isascii()}
    return frozenset(words | {w + "s" for w in words})


def is_demonym(word: str) -> bool:
    return word.lower() in demonyms()
