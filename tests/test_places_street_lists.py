"""Names listed after a street ("вул. Садова, Зарічна та Польова", "ремонт вулиць: Лугова,
Вишнева") are streets too (places/facilities._listed): each after a comma, a colon first
or a conjunction; a single name after a comma is no list ("вулиці Франка, Петренко
сказав"). Sentences written for the rule."""

from __future__ import annotations

import pytest

from helpers import case_param, place_texts

# fmt: off
CASES = [
    ("uk", {"text": "Підрядник відремонтує вул. Садову, Зарічну та Польову.",
            "places": ["вул. Садову", "Зарічну", "Польову"]}),
    ("uk", {"text": "Йдеться про ремонт вулиць: Лугова, Вишнева, Тараса Шевченка.",
            "places": ["Лугова", "Вишнева", "Тараса Шевченка"]}),
    ("uk", {"text": "Ремонт пройде на вул. Пирогова, Кірова і Довженка.",
            "places": ["вул. Пирогова", "Кірова", "Довженка"]}),
    ("uk", {"text": "На вулиці Франка, Петренко сказав, усе тихо.", "places": ["Франка"]}),
    ("uk", {"text": "Готель «Зоря», Петренко і Коваль відкрили вчора.", "places": ["Зоря"]}),
    # an initial inside a street's name
    ("uk", {"text": "Магазин на вулиці М. Грушевського закрили.",
            "places": ["вулиці М. Грушевського"]}),
    ("ru", {"text": "Офис находится на ул. М. Горького в центре.", "places": ["ул. М. Горького"]}),
    ("ru", {"text": "Отремонтируют ул. Садовую, Речную и Полевую.",
            "places": ["ул. Садовую", "Речную", "Полевую"]}),
    ("ru", {"text": "На улице Ленина, Петров сказал, все тихо.", "places": ["улице Ленина"]}),
    ("en", {"text": "Repairs on Main Street, Oak Street and Elm Street.",
            "places": ["Main Street", "Oak Street", "Elm Street"]}),
]
# fmt: on


@pytest.mark.parametrize(
    "lang,case", [case_param(lang, c, f"{lang}-{i}") for i, (lang, c) in enumerate(CASES)]
)
def test_street_lists(lang: str, case: dict) -> None:
    assert place_texts(case["text"], lang) == case["places"]
