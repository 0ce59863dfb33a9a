"""The persons word lists: verbs of saying, words that are never names, surname endings."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...names.fold import low as _low
from ...names.lists import LANGS, name_lists
from ...resources import load_list, load_yaml


@dataclass(frozen=True)
class _Res:
    female: frozenset[str]
    male: frozenset[str]
    titles: frozenset[str]
    speech: frozenset[str]
    speech_pairs: frozenset[tuple[str, str]]
    not_names: frozenset[str]
    suffix_cyr: tuple[str, ...]
    suffix_lat: tuple[str, ...]
    endings: dict[str, dict[str, list[tuple[str, str]]]]
    calendar: frozenset[str]
    particles: frozenset[str]
    place_words: frozenset[str]
    role_links: frozenset[str]  # "of", "to", "the" between a title and its body
    role_articles: frozenset[str]  # of those, the ones that link nothing alone ("the")
    apposition: frozenset[str]  # words that open a description after a name ("a", "who")
    streets: frozenset[str]  # "улица Михаила Грушевского" is a street, not a person
    ages: frozenset[str]  # "летний" of "22-летний": an age before a name
    named_after: frozenset[str]  # "имени", "ім.": an institution's namesake follows
    naming: frozenset[str]  # "по имени", "зовут": what a person is called follows


@lru_cache(maxsize=1)
def resources() -> _Res:
    names = name_lists()
    speech: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    not_names: set[str] = set()
    endings: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for lang in LANGS:
        for v in load_list(lang, "persons_speech_verbs"):
            words = _low(v).split()
            if len(words) == 2:
                pairs.add((words[0], words[1]))
            else:
                speech.add(words[0])
        not_names.update(load_list(lang, "persons_not_names", optional=True))
        data = load_yaml(lang, "names_surname_endings", optional=True) or {}
        endings[lang] = {
            g: sorted(
                ((str(k), str(v)) for k, v in (data.get(g) or {}).items()),
                key=lambda kv: -len(kv[0]),
            )
            for g in ("feminine", "masculine")
        }
    from ..dates import lexicon

    lex = lexicon()
    calendar = frozenset(lex.months) | frozenset(lex.weekdays)
    return _Res(
        female=names.female,
        male=names.male,
        titles=names.titles,
        speech=frozenset(speech),
        speech_pairs=frozenset(pairs),
        not_names=frozenset(not_names),
        suffix_cyr=names.suffix_cyr,
        suffix_lat=names.suffix_lat,
        endings=endings,
        calendar=calendar,
        particles=_words("names_particles"),
        place_words=frozenset(
            _low(w) for lang in LANGS for w in load_list(lang, "persons_place_words")
        ),
        role_links=_words("persons_role_links"),
        role_articles=_words("persons_role_articles"),
        apposition=_words("persons_apposition"),
        streets=_words("persons_street_words"),
        ages=_words("persons_age_words"),
        named_after=_words("orgs_named_after"),
        naming=_words("persons_naming_words"),
    )


def _words(name: str) -> frozenset[str]:
    """One optional word list, all languages together, lower case."""
    return frozenset(_low(w) for lang in LANGS for w in load_list(lang, name, optional=True))
