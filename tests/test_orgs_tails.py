"""Where an official body's name ends (orgs/tails.py): a verb, an abbreviation opening a
place ("м.", "г."), a companion after "з" in another case, a conjunction after a proper
name end it; a kind-of-place word before a name is trimmed, an ordinary noun before a
person's name is kept. Sentences written for the rules, uk / ru / en."""

from __future__ import annotations

import pytest

from helpers import ner_pipeline
from sitrep.pipeline import extract_doc


def orgs(text: str, lang: str) -> list[str]:
    doc = extract_doc(text, published="2022-01-06", lang=lang, pipeline=ner_pipeline())
    return [m.text for m in sorted(doc.mentions_of("org"), key=lambda m: m.start)]


# (lang, text, the org mentions in order)
# fmt: off
CASES = [
    ("uk", "Рішення Міністерства культури України з місцевими громадами погоджено.",
     ["Міністерства культури України"]),
    ("uk", "Представники Збройних Сил України та волонтерів зустрілися.",
     ["Збройних Сил України"]),
    ("uk", "Справу розглядав суддя Печерського районного суду м. Києва торік.",
     ["Печерського районного суду"]),
    ("uk", "Директор Центру досліджень визвольного руху Олександр Іщук виступив.",
     ["Центру досліджень визвольного руху"]),
    ("uk", "Речник Міністерства охорони здоров'я провінції Джавед Хан заявив.",
     ["Міністерства охорони здоров'я"]),
    # kept: a genitive field after "з", a conjunction between common nouns
    ("uk", "Комітет з питань охорони здоров'я зібрався.", ["Комітет з питань охорони здоров'я"]),
    ("uk", "Міністерство освіти і науки України повідомило.",
     ["Міністерство освіти і науки України"]),
    ("ru", "Представители Вооруженных сил Украины и командиров встретились.",
     ["Вооруженных сил Украины"]),
    ("ru", "Дело рассматривал Печерский районный суд г. Киева в прошлом году.",
     ["Печерский районный суд"]),
    ("ru", "Директор Института истории Иван Петров выступил.", ["Института истории"]),
    # a tail that runs into a date or a person ends before it; a plural kind of place stays
    ("uk", "Про це заявили в Партії зелених минулого тижня.", ["Партії зелених"]),
    ("uk", "Депутат від Партії регіонів Віктор Гришанов прийшов.", ["Партії регіонів"]),
    ("ru", "Об этом заявили в Партии зеленых прошлой осенью.", ["Партии зеленых"]),
    ("ru", "Депутат от Партии регионов Виктор Гришанов пришел.", ["Партии регионов"]),
    ("en", "The Ministry of Culture of Ukraine met with local authorities.",
     ["Ministry of Culture of Ukraine"]),
]
# fmt: on


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_tails(lang: str, text: str, expected: list[str]) -> None:
    assert orgs(text, lang) == expected
