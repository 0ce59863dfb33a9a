"""A place adjective before the noun it agrees with is that noun's attribute (issue 12).

"Запорізькій атомній електростанції" is a power plant, not the village of
Запорізьке; "Одесского порта" a port, not a town called Одесское. A place's head
noun ("Азовського моря", "Сретенском районе") keeps the adjective a place, and a
town whose name also reads as a noun ("у Миколаєві тривала ...") stays a town.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import sitrep
from sitrep.mentions.places.words import modifies_next


def _places(text: str, lang: str) -> dict[str, str]:
    r = sitrep.extract(text, published="2022-03-05", lang=lang)
    return {m.text: m.place.name for m in r.mentions if m.kind == "place" and m.place}


# (lang, text, the adjective that is no place, the town the sentence does name or None)
ATTRIBUTES = [
    (
        "uk",
        "Вночі окупанти обстріляли Запорізьку атомну станцію у місті Енергодар.",
        "Запорізьку",
        "Енергодар",
    ),
    ("uk", "Пожежа на Запорізькій атомній електростанції вже загашена.", "Запорізькій", None),
    (
        "uk",
        "Речник Рівненської обласної адміністрації повідомив про вибух у Сарнах.",
        "Рівненської",
        "Сарнах",
    ),
    (
        "uk",
        "Працівники Херсонського морського порту евакуювались до Миколаєва.",
        "Херсонського",
        "Миколаєва",
    ),
    ("uk", "Вибух пролунав біля Московської районної ради в Києві.", "Московської", "Києві"),
    (
        "uk",
        "Прокурори Шевченківської окружної прокуратури відкрили справу в Києві.",
        "Шевченківської",
        "Києві",
    ),
    ("ru", "Обстрел Одесского морского порта начался утром.", "Одесского", None),
    (
        "ru",
        "Сотрудники Московской областной прокуратуры приехали в Подольск.",
        "Московской",
        "Подольск",
    ),
    (
        "ru",
        "На Запорожской атомной станции произошёл пожар, сообщили в Энергодаре.",
        "Запорожской",
        "Энергодаре",
    ),
    (
        "ru",
        "Представитель Киевской городской администрации выступил в Одессе.",
        "Киевской",
        "Одессе",
    ),
]


@pytest.mark.parametrize("lang,text,word,town", ATTRIBUTES)
def test_attribute_adjective_is_no_place(lang, text, word, town):
    got = _places(text, lang)
    assert word not in got, got
    if town is not None:
        assert town in got, got


# (lang, text, place that stays): a head noun of places, or a town that also reads as a noun
STAYS = [
    ("uk", "Кораблі обстріляли узбережжя Азовського моря біля Бердянська.", "Бердянська"),
    ("uk", "Протягом дня у Миколаєві тривала рятувальна операція.", "Миколаєві"),
    ("uk", "Удар по Краматорську завдали вранці.", "Краматорську"),
    ("uk", "Вибух стався у Рівному вранці.", "Рівному"),
    ("uk", "У Кривому Розі загинули двоє людей.", "Кривому Розі"),
    ("ru", "Взрыв прогремел в Мирном вечером.", "Мирном"),
    ("ru", "Пожар в Забайкальском крае тушили трое суток.", "Забайкальском"),
    ("ru", "Жителей Запорожской области эвакуировали из села Каменское.", "Каменское"),
]


@pytest.mark.parametrize("lang,text,place", STAYS)
def test_place_stays(lang, text, place):
    got = _places(text, lang)
    assert any(k.startswith(place) for k in got), got


@pytest.mark.parametrize(
    "word,nxt,lang,expected",
    [
        ("Запорізькій", "атомній", "uk", True),
        ("Одесского", "порта", "ru", True),
        ("Азовського", "моря", "uk", False),  # head noun of a place
        ("Жовтневої", "площі", "uk", False),
        ("Сретенском", "районе", "ru", False),
        ("Миколаєві", "тривала", "uk", False),  # also a noun: the town
        ("Запорізькій", "Атомній", "uk", False),  # capitalized: a longer name, other rule
        ("Kharkiv", "nuclear", "en", False),  # English: no morphology, no rule
    ],
)
def test_modifies_next(word, nxt, lang, expected):
    assert modifies_next(word, nxt, lang) is expected
