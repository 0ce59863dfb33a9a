"""One mechanism decides "an unknown name after a settlement, district or river noun is a
place" (places/unlisted.py, resources/<lang>/places_unlisted_nouns.txt): the name is
capitalized or quoted, the noun stays outside, a settlement noun vouches for an ordinary
word ("селі Тихе"), a person's name after the noun is no place, and a one-letter
abbreviation after a number and a unit word is a unit. Sentences written for the rules."""

from __future__ import annotations

import pytest

from helpers import case_param, mention_texts

# (lang, text, expected place mentions, expected person mentions or None)
# fmt: off
CASES = [
    # a settlement noun: the name after it, even an ordinary word, is the place
    ("uk", "Вибух пролунав у селі Тихе вночі.", ["Тихе"], None),
    ("uk", "Жителі смт Зорянівка перекрили дорогу.", ["Зорянівка"], None),
    ("uk", "Біля селища «Сонячне» горів ліс.", ["Сонячне"], None),
    ("uk", "Сторожа знайшли у селі Вишняки Хорольського району.",
     ["Вишняки", "Хорольського району"], None),
    ("ru", "Взрыв прогремел в селе Тихое ночью.", ["Тихое"], None),
    ("ru", "Жители пгт Зорянка перекрыли дорогу.", ["Зорянка"], None),
    ("ru", "Возле посёлка «Солнечный» горел лес.", ["Солнечный"], None),
    ("ru", "Сторожа нашли в селе Вишняки Хорольского района.",
     ["Вишняки", "Хорольского района"], None),
    # a person after the noun: the town left unsaid
    ("uk", "Заяву зробив голова міста Ігор Петренко.", [], ["Ігор Петренко"]),
    ("ru", "Заявление сделал глава города Игорь Петренко.", [], ["Игорь Петренко"]),
    # "м." after a number and a unit word is metres, no town
    ("uk", "Площа ділянки 12 кв м. Працює там охоронець.", [], None),
    ("ru", "Площадь участка 12 кв м. Работает там сторож.", [], None),
    # English has no such nouns in the list: the gazetteer decides
    ("en", "Protesters gathered in the village of Zoryanka.", [], None),
    ("en", "Shots were heard near the town of Tykhe.", [], None),
]
# fmt: on


@pytest.mark.parametrize(
    "lang,case", [case_param(c[0], {"c": c}, f"{c[0]}-{i}") for i, c in enumerate(CASES)]
)
def test_unlisted(lang: str, case: dict) -> None:
    _, text, places, persons = case["c"]
    assert mention_texts(text, lang, "place") == places
    if persons is not None:
        assert mention_texts(text, lang, "person") == persons
