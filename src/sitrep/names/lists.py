"""Name word lists of every language: given names, surname suffixes, titles."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..resources import load_list, load_yaml
from .fold import low

LANGS = ("uk", "ru", "en")


@dataclass(frozen=True)
class NameLists:
    female: frozenset[str]
    male: frozenset[str]
    titles: frozenset[str]  # "президент", "учасниця", "Mr": a name may follow
    suffix_cyr: tuple[str, ...]  # surname suffixes, longest first
    suffix_lat: tuple[str, ...]
    patronymic: tuple[str, ...]  # patronymic endings
    patronymic_feminine: tuple[str, ...]


@lru_cache(maxsize=1)
def name_lists() -> NameLists:
    female: set[str] = set()
    male: set[str] = set()
    titles: set[str] = set()
    suffix_cyr: set[str] = set()
    suffix_lat: set[str] = set()
    for lang in LANGS:
        female.update(low(n) for n in load_list(lang, "names_female"))
        male.update(low(n) for n in load_list(lang, "names_male"))
        titles.update(low(t) for t in load_list(lang, "persons_titles"))
        for s in load_list(lang, "names_surname_suffixes"):
            (suffix_lat if s.isascii() else suffix_cyr).add(low(s))
    patr = load_yaml("common", "names_patronymics")
    return NameLists(
        female=frozenset(female),
        male=frozenset(male),
        titles=frozenset(titles),
        suffix_cyr=tuple(sorted(suffix_cyr, key=len, reverse=True)),
        suffix_lat=tuple(sorted(suffix_lat, key=len, reverse=True)),
        patronymic=tuple(str(e) for e in patr["endings"]),
        patronymic_feminine=tuple(str(e) for e in patr["feminine"]),
    )


def is_title(word: str) -> bool:
    """A title or role a name may follow ("президент", "Mr")."""
    return word.lower() in name_lists().titles
