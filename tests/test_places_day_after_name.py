"""A day or month name after an English place is no part of a longer name (issue 12).

"Austin Tice" and "Moscow Times" are names, but "Minsk Sunday" is a town and a
day. Weekdays and months come from resources/en/dates_lexicon.yaml. Ukrainian
and Russian write weekdays and months in lower case, so the rule is English
only; the uk/ru cases check that their towns before a day stay places.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import sitrep

# (lang, text, the places found)
SENTENCES = [
    ("en", "Thousands marched through the streets of Tbilisi Sunday.", ["Tbilisi"]),
    ("en", "Riot police dispersed a rally in central Yerevan Monday evening.", ["Yerevan"]),
    ("en", "Protesters gathered outside parliament in Bishkek Friday.", ["Bishkek"]),
    ("en", "The strike in Kharkiv March 3 damaged a school.", ["Kharkiv"]),
    ("en", "Police detained dozens in Almaty January 5, witnesses said.", ["Almaty"]),
    ("uk", "Тисячі людей вийшли на вулиці Тбілісі в неділю.", ["Тбілісі"]),
    ("uk", "Поліція розігнала мітинг у Єревані в понеділок увечері.", ["Єревані"]),
    ("ru", "Тысячи людей вышли на улицы Тбилиси в воскресенье.", ["Тбилиси"]),
    ("ru", "Полиция разогнала митинг в Ереване в понедельник вечером.", ["Ереване"]),
]

# negative cases: a capitalized word that is no day still makes a longer name
NAMES = [
    ("en", "The Moscow Times reported the arrests.", []),
    ("en", "Austin Tice was seen in Damascus.", ["Damascus"]),
    ("en", "The Kyiv Independent said the blast shook windows.", []),
]


@pytest.mark.parametrize("lang,text,places", SENTENCES + NAMES)
def test_a_day_after_a_place_is_no_name(lang, text, places):
    r = sitrep.extract(text, published="2021-03-08", lang=lang)
    got = [m.text for m in r.mentions if m.kind == "place"]
    assert got == places, got
