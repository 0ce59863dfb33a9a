"""A first name that meets a town only through an inflection ("Наталя" ~ Natal, "Романові"
~ Romaniv) is the name, unless a preposition or a place noun stands before it or the text
spells the town exactly (places/evidence.py). Sentences written for the rule, uk / ru / en."""

from __future__ import annotations

import pytest

from helpers import place_texts as places

# (lang, text, the place mentions in order)
# fmt: off
CASES = [
    ("uk", "Прогулянка нагадала Романові дитинство.", []),
    ("uk", "Наталя, котра не довіряла людям, мовчала.", []),
    ("uk", "Тоді Маня намалювала червоний хрест.", []),
    ("ru", "Вечером Маня позвонила подруге.", []),
    ("ru", "Прогулка напомнила Наталье детство.", []),
    # a preposition, a place noun or the exact name keeps the place
    ("uk", "Він жив у Романові на Житомирщині.", ["Романові", "Житомирщині"]),
    ("uk", "Петро приїхав до Києва, а Оксана лишилась у Львові.", ["Києва", "Львові"]),
    ("ru", "Он отдыхал в Натале прошлым летом.", ["Натале"]),
    ("ru", "Ольга вернулась в Москву.", ["Москву"]),
    ("en", "They flew to Natal in Brazil.", ["Natal", "Brazil"]),
    ("en", "Natalia said Mania was late.", []),
]
# fmt: on


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_first_name_is_no_town(lang: str, text: str, expected: list[str]) -> None:
    assert places(text, lang) == expected
