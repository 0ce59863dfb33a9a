"""A Roman numeral right after a name numbers a monarch or a pope and is part of the name
("Катерини II", "Франц Йосиф І" with the Ukrainian letter), Latin after a Cyrillic name
included (persons/evidence._regnal); no numeral after a word that is no name. Sentences
written for the rule."""

from __future__ import annotations

import pytest

from helpers import case_param, mention_texts

# fmt: off
CASES = [
    ("uk", {"text": "Фігуру Катерини II хотіли встановити в сквері.", "persons": ["Катерини II"]}),
    ("uk", {"text": "Коли цісар Франц Йосиф І приїхав, усі раділи.", "persons": ["Франц Йосиф І"]}),
    ("uk", {"text": "Лекцію прочитав Петро Іваненко.", "persons": ["Петро Іваненко"]}),
    ("uk", {"text": "Друга світова війна почалася у 1939 році.", "persons": []}),
    ("ru", {"text": "Памятник Екатерине II открыли в сквере.", "persons": ["Екатерине II"]}),
    ("ru", {"text": "Указ подписал Николай II в феврале.", "persons": ["Николай II"]}),
    ("en", {"text": "Pope Benedict XVI resigned in 2013.", "persons": ["Benedict XVI"]}),
    ("en", {"text": "The summit was in Rome. World War II ended in 1945.", "persons": []}),
]
# fmt: on


@pytest.mark.parametrize(
    "lang,case", [case_param(lang, c, f"{lang}-{i}") for i, (lang, c) in enumerate(CASES)]
)
def test_regnal_numbers(lang: str, case: dict) -> None:
    assert mention_texts(case["text"], lang, "person") == case["persons"]
