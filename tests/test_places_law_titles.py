"""A country after a law's head word is part of the law's name, no place (GUIDE §12.7:
"a country inside an award, holiday or law title"; names/titled.py,
resources/<lang>/names_title_heads.txt: закон, Law). Sentences written for the rule."""

from __future__ import annotations

import pytest

from helpers import case_param, place_texts

# fmt: off
CASES = [
    ("uk", {"text": "Проєкт відповідає Конституції та законам України.", "places": []}),
    ("uk", {"text": "Внести зміни до Закону України «Про місцеве самоврядування».",
            "places": []}),
    ("uk", {"text": "Закон набрав чинності в Україні.", "places": ["Україні"]}),
    ("ru", {"text": "Проект соответствует законам Российской Федерации.", "places": []}),
    ("ru", {"text": "Закон вступил в силу в России.", "places": ["России"]}),
    ("en", {"text": "The Law of Ukraine on local government was amended.", "places": []}),
    ("en", {"text": "The law was passed in Ukraine.", "places": ["Ukraine"]}),
]
# fmt: on


@pytest.mark.parametrize(
    "lang,case", [case_param(lang, c, f"{lang}-{i}") for i, (lang, c) in enumerate(CASES)]
)
def test_law_titles(lang: str, case: dict) -> None:
    assert place_texts(case["text"], lang) == case["places"]
