"""An ordinary noun that meets a place name only through its stem is the noun (issue 12).

"Бомбы"/"Бомби" (bombs) share a stem with Бомбей (Mumbai): opening a sentence, with
no preposition or place noun before it, they are bombs. The town each sentence
names stays. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import sitrep

# (lang, text, the town that must be the only place)
SENTENCES = [
    ("ru", "Бомбы упали на окраине Харькова ночью.", "Харькова"),
    ("ru", "Бомбы снова падают на жилые кварталы Херсона.", "Херсона"),
    ("ru", "Ракеты летели над Киевом всю ночь.", "Киевом"),
    ("ru", "Снаряды попали в школу в Харькове.", "Харькове"),
    ("ru", "Пожары вспыхнули в Херсоне после обстрела.", "Херсоне"),
    ("ru", "Цены выросли в Москве.", "Москве"),
    ("ru", "Выборы прошли в Казани спокойно.", "Казани"),
    ("ru", "Танки двигались к Сумам.", "Сумам"),
    ("ru", "Дети погибли в Мариуполе.", "Мариуполе"),
    ("uk", "Бомби впали на околиці Харкова вночі.", "Харкова"),
    ("uk", "Бомби знову падають на житлові квартали Херсона.", "Херсона"),
    ("uk", "Ракети летіли над Києвом усю ніч.", "Києвом"),
    ("uk", "Снаряди влучили у школу в Харкові.", "Харкові"),
    ("uk", "Пожежі спалахнули в Херсоні після обстрілу.", "Херсоні"),
    ("uk", "Ціни зросли в Одесі.", "Одесі"),
    ("uk", "Танки рухалися до Сум.", "Сум"),
    ("uk", "Діти загинули в Маріуполі.", "Маріуполі"),
]


@pytest.mark.parametrize("lang,text,town", SENTENCES)
def test_ordinary_noun_is_no_place(lang, text, town):
    r = sitrep.extract(text, published="2022-03-05", lang=lang)
    got = [m.text for m in r.mentions if m.kind == "place"]
    assert got == [town], got


def test_after_a_preposition_the_stem_match_stands():
    # "в Сумах": an inflected town after a preposition is the town, though "сумах" is
    # also a form of an ordinary noun
    r = sitrep.extract("Вибух пролунав у Сумах вночі.", published="2022-03-05", lang="uk")
    assert [m.place.name for m in r.mentions if m.kind == "place"] == ["Sumy"]
