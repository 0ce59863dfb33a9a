"""The West and the East as regions: capitalized inside a sentence ("лідери Заходу", "на
Сході") they are areas (gazetteer_areas.yaml); first in a sentence the ordinary word
("Захід відбувся", "Схід сонця") is meant (places_stop: ^Захід). uk / ru / en."""

from __future__ import annotations

import pytest

from helpers import place_texts as places

# fmt: off
CASES = [
    ("uk", "Політики на Заході досі вагаються.", ["Заході"]),
    ("uk", "Санкції підтримали уряди Заходу.", ["Заходу"]),
    ("uk", "Ситуація на Сході погіршилась.", ["Сході"]),
    ("uk", "Захід відбувся у суботу.", []),
    ("uk", "Схід сонця був гарний.", []),
    ("uk", "Вітер дув із заходу на схід.", []),
    ("ru", "Лидеры Запада молчат.", ["Запада"]),
    ("ru", "На Востоке снова стреляют.", ["Востоке"]),
    ("ru", "Запад солнца не виден.", []),
    ("ru", "Ветер дул с запада на восток.", []),
    ("en", "The wind blew from west to east.", []),
]
# fmt: on


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_cardinal_regions(lang: str, text: str, expected: list[str]) -> None:
    assert places(text, lang) == expected
