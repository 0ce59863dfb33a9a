"""A sentence's first word that the uk dictionary knows only as a common noun ("Решта",
"Тема", "Мить") is that noun, not a foreign city of the same spelling (Rasht, Tema);
towns, regions and countries whose dictionary entry is a proper noun's stay places
(places/evidence.py, words.uk_common_noun). Sentences written for the rule."""

from __future__ import annotations

import pytest

from helpers import case_param, place_texts

# fmt: off
CASES = [
    ("uk", {"text": "Він пішов. Решта людей залишилась удома.", "places": []}),
    ("uk", {"text": "Лист прийшов. Тема була складна.", "places": []}),
    ("uk", {"text": "Хвилина минула. Мить тривала довго.", "places": []}),
    ("uk", {"text": "Сусіди пішли. Мати плакала на ґанку.", "places": []}),
    # proper nouns in the dictionary stay places, also first in a sentence
    ("uk", {"text": "Одеса прокинулася рано. Харків теж.", "places": ["Одеса", "Харків"]}),
    ("uk", {"text": "Україна перемогла в матчі.", "places": ["Україна"]}),
    ("uk", {"text": "Суми обстріляли вночі.", "places": ["Суми"]}),
    # Russian and English: the dictionary tags proper nouns itself / no such rule
    ("ru", {"text": "Одесса проснулась рано.", "places": ["Одесса"]}),
    ("ru", {"text": "Он ушёл. Тема была сложная.", "places": [],
            "known_gap": "ru: the dictionary also reads Тема as a given name (Тёма)"}),
    ("en", {"text": "The meeting ended. Reading the report took an hour.", "places": []}),
    ("en", {"text": "Tema port reopened on Monday.", "places": ["Tema"]}),
]
# fmt: on


@pytest.mark.parametrize(
    "lang,case", [case_param(lang, c, f"{lang}-{i}") for i, (lang, c) in enumerate(CASES)]
)
def test_opener_nouns(lang: str, case: dict) -> None:
    assert place_texts(case["text"], lang) == case["places"]
