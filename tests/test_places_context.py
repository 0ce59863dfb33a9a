"""Common words are not places; the report's own countries outweigh a foreign namesake (issue 12).

Sentences written for these tests, in uk, ru and en.
"""

from __future__ import annotations

import pytest

import sitrep


def _places(text: str, lang: str) -> dict[str, str | None]:
    r = sitrep.extract(text, published="2021-06-01", lang=lang)
    return {m.text: m.place.country for m in r.mentions if m.kind == "place" and m.place}


# (lang, text, a surface string that must not be a place)
NOT_PLACES = [
    # a sentence-initial word that is an ordinary English word
    ("en", "No injuries were reported after the fire in the warehouse.", "No"),
    ("en", "Hope remains that the talks in Geneva will resume.", "Hope"),
    ("en", "Reading the statement, the minister said nothing new.", "Reading"),
    ("en", "Mission accomplished, the general told reporters in Kabul.", "Mission"),
    ("en", "REPORTER: Can you tell us what happened in Hong Kong today?", "Can"),
    # a verb at the start of a sentence
    ("uk", "Має бути проведене розслідування, заявив прокурор у Львові.", "Має"),
    ("ru", "Будет проведено расследование, заявил прокурор в Казани.", "Будет"),
    # an adjective that begins a longer name the gazetteer lacks
    ("uk", "Представники Червоного Хреста прибули до Херсона.", "Червоного"),
    ("ru", "Волонтёры Красного Креста прибыли в Курск.", "Красного"),
]


@pytest.mark.parametrize("lang,text,word", NOT_PLACES)
def test_common_words_are_not_places(lang, text, word):
    assert word not in _places(text, lang)


# (lang, text, place, expected country): the country the report names decides
IN_CONTEXT = [
    ("en", "Clashes in Lagos, Nigeria, spread to the Delta overnight.", "Lagos", "NG"),
    ("en", "Residents of Mariupol in Ukraine fled west; Ukraine asked for help.", "Mariupol", "UA"),
    ("ru", "Жители Мариуполя на Украине бежали на запад.", "Мариуполя", "UA"),
    ("uk", "У Бучі на Київщині знайшли тіла цивільних.", "Бучі", "UA"),
    # a city of millions gives the report its country even with namesakes
    ("en", "Thousands marched in Hong Kong. Will the city calm down?", "Hong Kong", "HK"),
]


@pytest.mark.parametrize("lang,text,place,country", IN_CONTEXT)
def test_context_country(lang, text, place, country):
    got = _places(text, lang)
    assert got.get(place) == country, got
    # the ordinary word "Delta" is no Canadian town when the report is about Nigeria
    assert all(c in (country, None) for c in got.values()), got


def test_foreign_namesake_needs_a_big_city():
    # a report about Nigeria: a small foreign town of the same name as a word is dropped
    got = _places(
        "Gunmen attacked a village in Nigeria. Police in Nigeria said Delta was calm.", "en"
    )
    assert "Delta" not in got
    # a big foreign city still counts
    got = _places("Officials in Nigeria met envoys from London.", "en")
    assert got.get("London") == "GB"
