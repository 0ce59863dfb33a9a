"""Initials written with a spaced full stop, as tokenized corpora print them ("О . П .
Гнатюк"), are a person's initials and no sentence end (segment.split_sentences,
persons/evidence._is_initial); an initial before a word the gazetteer reads as a town
makes it a surname ("Г. Львов"). Sentences written for the rule."""

from __future__ import annotations

import pytest

from helpers import case_param, mention_texts

# fmt: off
CASES = [
    ("uk", {"text": "Статтю підготував О . П . Гнатюк для журналу.", "persons": ["О . П . Гнатюк"]}),
    ("uk", {"text": "Лист до С . Кравченка надіслали вчора.", "persons": ["С . Кравченка"]}),
    ("uk", {"text": "Словник уклали Т . Р . Лисенко та Н . Бойчук.",
            "persons": ["Т . Р . Лисенко", "Н . Бойчук"]}),
    ("uk", {"text": "Це був план Б . Наступного дня все змінилося.", "persons": []}),
    ("uk", {"text": "Я прийшов сюди і я . Далі було темно.", "persons": []}),
    ("ru", {"text": "Статью подготовил О . П . Гнатюк для журнала.", "persons": ["О . П . Гнатюк"]}),
    ("ru", {"text": "Правительство возглавил Г. Львов весной.", "persons": ["Г. Львов"]}),
    ("ru", {"text": "Это был план Б . Следующий день все изменил.", "persons": []}),
    ("en", {"text": "The paper by J . R . Smith appeared in 1999.", "persons": ["J . R . Smith"]}),
    ("en", {"text": "It was plan B . Next day everything changed.", "persons": [],
            "known_gap": "en: a capital letter and a capitalized word after its stop read as an "
                         "initial and a surname, spaced or not (B. Next)"}),
]
# fmt: on


@pytest.mark.parametrize(
    "lang,case", [case_param(lang, c, f"{lang}-{i}") for i, (lang, c) in enumerate(CASES)]
)
def test_spaced_initials(lang: str, case: dict) -> None:
    assert mention_texts(case["text"], lang, "person") == case["persons"]
