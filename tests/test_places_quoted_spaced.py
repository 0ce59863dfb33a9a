"""A place's name alone in quotes names a club, an album or a company, also when a
tokenized corpus spaces the quotes ("« Sofia »"); a place's name joined to a year names an
event ("Євро-2012", "Львів-2030") (places/evidence.quoted_name). Sentences written for the
rule."""

from __future__ import annotations

import pytest

from helpers import case_param, place_texts

# fmt: off
CASES = [
    ("uk", {"text": "Альбом « Sofia » вийшов восени.", "places": []}),
    ("uk", {"text": "Клуб « Одеса » виграв матч у Києві .", "places": ["Києві"]}),
    ("uk", {"text": "Закупівлі проводили до Євро-2012 у Києві.", "places": ["Києві"]}),
    ("uk", {"text": "Фестиваль Львів-2030 відкрили у Львові.", "places": ["Львові"]}),
    ("uk", {"text": "Він живе у Києві та працює у Львові .", "places": ["Києві", "Львові"]}),
    ("ru", {"text": "Клуб « Одесса » выиграл матч в Киеве .", "places": ["Киеве"]}),
    ("ru", {"text": "Закупки провели до Евро-2012 в Киеве.", "places": ["Киеве"]}),
    ("en", {"text": 'The band released " Sofia " in Kyiv .', "places": ["Kyiv"]}),
    ("en", {"text": "Tickets for Euro-2012 sold out in Lviv.", "places": ["Lviv"]}),
]
# fmt: on


@pytest.mark.parametrize(
    "lang,case", [case_param(lang, c, f"{lang}-{i}") for i, (lang, c) in enumerate(CASES)]
)
def test_quoted_spaced(lang: str, case: dict) -> None:
    assert place_texts(case["text"], lang) == case["places"]
