"""Lone names that are also ordinary words (issue 14): a given name or surname that is also
a common noun ("Соня", "Славко", "Коваль") is a person when the document gives the full
name elsewhere (before or after), or capitalizes the word inside a sentence twice and
never writes it in lower case. Sentences written for the rules, uk / ru / en."""

from __future__ import annotations

import pytest

from helpers import ner_pipeline
from sitrep.pipeline import extract_doc


def persons(text: str, lang: str) -> list[str]:
    doc = extract_doc(text, published="2022-01-06", lang=lang, pipeline=ner_pipeline())
    return [m.text for m in sorted(doc.mentions_of("person"), key=lambda m: m.start)]


# (lang, text, the person mentions in order)
# fmt: off
CASES = [
    # repeated inside sentences, never in lower case
    ("uk", "Вранці Соня прокинулась рано. Мати чекала, поки Соня вмиється.", ["Соня", "Соня"]),
    ("uk", "Учора Славко прийшов пізно, і мама сказала, що Славко втомився.",
     ["Славко", "Славко"]),
    ("uk", "На ринку Данко купив хліб. Потім Данка зустріли сусіди.", ["Данко", "Данка"]),
    ("ru", "Утром Соня проснулась рано. Мать ждала, пока Соня умоется.", ["Соня", "Соня"]),
    ("ru", "Мы ждали, и Славик пришёл только к ночи, а потом Славик уснул.",
     ["Славик", "Славик"]),
    # the full name given elsewhere, even after the lone word
    ("ru", "Об этом сообщил Иван Коваль. Позже Коваль добавил, что ждёт ответа.",
     ["Иван Коваль", "Коваль"]),
    ("uk", "Першою прийшла Соня. Соня Мельник очолює гурток.", ["Соня", "Соня Мельник"]),
    # not a name: once only, also written in lower case, after a capitalized word, in English
    ("uk", "Він написав роман. Потім Роман вийшов друком, а роман перекладуть.", []),
    ("uk", "Лише раз Соня з'явилася в тексті.", []),
    ("uk", "Ця повінь на Дніпрі. Провінція Північне Ківу і знову Північне Ківу.", []),
    ("ru", "Он написал роман. Потом Роман вышел в печати, а роман переведут.", []),
    ("en", "She bought a rose. Then Rose gardens and Rose bushes bloomed.", []),
    ("en", "The Dolphin sank, and the crew of the Dolphin swam ashore.", []),
]
# fmt: on


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_lone_names(lang: str, text: str, expected: list[str]) -> None:
    assert persons(text, lang) == expected
