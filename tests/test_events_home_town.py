"""A quoted name's home town and a qualified surname-like town (issue 12, "Where").

"«Жилина» (Жилина, Словакия)": a team's home town never places an event by
itself, but when a sentence places the event in that town's country and the
report names no other town there, the home side's town is the best guess. And a
town that also reads as a surname ("Жилина", "Чехов") is a place when its country
or region follows it. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import sitrep
from helpers import event_town

PUB = "2015-01-09"

# (lang, text, the event's place)
HOME = [
    (
        "ru",
        "В Польше из-за драки болельщиков прерван матч между «Динамо» (Киев) и «Лехом» "
        "(Познань, Польша).",
        "Poznań",
    ),
    (
        "ru",
        "В Чехии фанаты устроили беспорядки на матче «Зенита» (Санкт-Петербург) и "
        "«Баника» (Острава, Чехия).",
        "Ostrava",
    ),
    (
        "uk",
        "У Польщі через бійку вболівальників перервано матч між «Динамо» (Київ) і «Лехом» "
        "(Познань, Польща).",
        "Poznań",
    ),
    (
        "uk",
        "У Чехії через бійку вболівальників перервано матч «Зеніту» (Санкт-Петербург) і "
        "«Баніка» (Острава, Чехія).",
        "Ostrava",
    ),
    (
        "en",
        'In Poland, a match between "Dynamo" (Kyiv) and "Lech" (Poznan, Poland) was '
        "stopped after a riot by fans.",
        "Poznań",
    ),
    (
        "en",
        'In the Czech Republic, fans rioted at the match of "Zenit" (St. Petersburg) and '
        '"Banik" (Ostrava, Czech Republic).',
        "Ostrava",
    ),
]

# negative cases: a town the report names in that country outranks the home town; a home
# town in another country is not used
HOME_NOT = [
    (
        "ru",
        "В Польше из-за драки болельщиков в Варшаве прерван матч между «Динамо» (Киев) и "
        "«Лехом» (Познань, Польша).",
        "Warsaw",
    ),
    (
        "uk",
        "У Польщі через бійку вболівальників у Варшаві перервано матч між «Динамо» (Київ) "
        "і «Лехом» (Познань, Польща).",
        "Warsaw",
    ),
    (
        "en",
        'In Slovakia, fans rioted at a match between "Dynamo" (Kyiv) and "Lech" (Poznan, Poland).',
        "Slovakia",
    ),
]

# (lang, text, the place names): a surname-like town with its country or region after it
QUALIFIED = [
    ("ru", "Митинг прошел в Жилине, Словакия.", ["Žilina", "Slovakia"]),
    ("ru", "Акция протеста прошла в Чехове, Московская область.", ["Chekhov", "Moscow Oblast"]),
    ("uk", "Мітинг відбувся в Жиліні, Словаччина.", ["Žilina", "Slovakia"]),
    ("uk", "Акція протесту відбулася в Чехові, Московська область.", ["Chekhov", "Moscow Oblast"]),
    ("en", "A rally was held in Zilina, Slovakia.", ["Žilina", "Slovakia"]),
    # negative: a surname with no place after it stays a person
    ("ru", "Писатель Антон Чехов родился давно.", []),
    ("uk", "Письменник Антон Чехов народився давно.", []),
]


def _town(lang: str, text: str) -> str | None:
    return event_town(lang, text, PUB)


@pytest.mark.parametrize("lang,text,town", HOME + HOME_NOT)
def test_home_town_in_the_event_country(lang, text, town):
    assert _town(lang, text) == town


@pytest.mark.parametrize("lang,text,names", QUALIFIED)
def test_a_qualified_surname_like_town_is_a_place(lang, text, names):
    r = sitrep.extract(text, published=PUB, lang=lang)
    assert [m.place.name for m in r.mentions if m.kind == "place"] == names
