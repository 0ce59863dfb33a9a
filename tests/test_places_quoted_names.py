"""A place's name alone in quotes names a club, a company or a channel (issue 12).

«Днепр», «Жилина», "Dynamo": between a pair of quotes with nothing else, a
gazetteer name is no place; after a facility noun it is a named site ("у парку
«Дубки»"), found as a facility. A facility noun pymorphy3 lemmatizes wrongly
("парку" -> "парка") is met through its stem. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import sitrep

# (lang, text, the place mentions' texts)
SENTENCES = [
    ("ru", "Фанаты клубов «Днепр» и «Металлист» подрались в Харькове.", ["Харькове"]),
    ("ru", "Болельщики «Жилины» перекрыли улицу в Москве.", ["Москве"]),
    ("ru", "Телеканал «Россия» показал репортаж из Казани.", ["Казани"]),
    ("uk", "Фанати клубів «Дніпро» і «Металіст» побилися у Харкові.", ["Харкові"]),
    ("uk", "Телеканал «Україна» показав репортаж з Одеси.", ["Одеси"]),
    ("uk", "Уболівальники «Полтави» зібралися у Львові.", ["Львові"]),
    ("en", 'Fans of "Dnipro" and "Metalist" fought in Kharkiv.', ["Kharkiv"]),
    ("en", 'The channel "Russia" aired a report from Kazan.', ["Kazan"]),
    # negative cases: without quotes the town stays a place
    ("ru", "Фанаты подрались в Днепре и в Харькове.", ["Днепре", "Харькове"]),
    ("uk", "Уболівальники зібралися в Полтаві і у Львові.", ["Полтаві", "Львові"]),
    ("en", "Fans fought in Dnipro and in Kharkiv.", ["Dnipro", "Kharkiv"]),
]


@pytest.mark.parametrize("lang,text,places", SENTENCES)
def test_a_quoted_place_name_is_no_place(lang, text, places):
    r = sitrep.extract(text, published="2021-06-03", lang=lang)
    got = [m.text for m in r.mentions if m.kind == "place"]
    assert got == places, got


# (lang, text, the facility's text): the facility noun in an inflected form
FACILITIES = [
    ("uk", "Акція відбулася у парку «Дубки» на півночі міста.", "Дубки"),
    ("uk", "Протестувальники зібралися біля парку «Сосновий бір».", "Сосновий бір"),
    ("ru", "Акция прошла в парке «Дубки» на севере города.", "Дубки"),
    ("ru", "Протестующие собрались у парка «Сосновый бор».", "Сосновый бор"),
]


@pytest.mark.parametrize("lang,text,site", FACILITIES)
def test_a_quoted_site_after_its_noun_is_a_facility(lang, text, site):
    r = sitrep.extract(text, published="2021-06-03", lang=lang)
    got = {m.text: m.place.feature for m in r.mentions if m.kind == "place"}
    assert got.get(site) == "facility", got
