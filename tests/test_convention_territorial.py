"""NER-UK's convention for a body's territorial office: the ORG takes its region or its town
after "м." (eval/conventions.py, ner_uk_territorial); other places after a body stay a LOC."""

from __future__ import annotations

import pytest

from sitrep.eval.conventions import ner_uk_territorial, to_convention


def _ents(text: str, spans: list[tuple[str, str]]) -> list[dict]:
    out, pos = [], 0
    for label, word in spans:
        s = text.index(word, pos)
        out.append({"start": s, "end": s + len(word), "label": label})
        pos = s + len(word)
    return out


# (text, our spans, NER-UK's spans)
# fmt: off
CASES = [
    ("Справу веде ГУ Нацполіції у Рівненській області.",
     [("ORG", "ГУ Нацполіції"), ("LOC", "Рівненській області")],
     [("ORG", "ГУ Нацполіції у Рівненській області")]),
    ("Запит надіслали до Держпраці в Одеській області.",
     [("ORG", "Держпраці"), ("LOC", "Одеській області")],
     [("ORG", "Держпраці в Одеській області")]),
    ("Перевірку провело управління ДСНС у м. Полтаві.",
     [("ORG", "ДСНС"), ("LOC", "Полтаві")],
     [("ORG", "ДСНС у м. Полтаві")]),
    ("Рішення ухвалила Служба доріг по Сумському району.",
     [("ORG", "Служба доріг"), ("LOC", "Сумському району")],
     [("ORG", "Служба доріг по Сумському району")]),
    ("Протокол склало ГУ СБУ в м. Черкасах та Черкаській області.",
     [("ORG", "ГУ СБУ"), ("LOC", "Черкасах"), ("LOC", "Черкаській області")],
     [("ORG", "ГУ СБУ в м. Черкасах та Черкаській області")]),
    ("Позов розглядав суддя Шевченківського районного суду м. Львова торік.",
     [("ORG", "Шевченківського районного суду"), ("LOC", "Львова")],
     [("ORG", "Шевченківського районного суду м. Львова")]),
    ("Рішення Господарського суду міста Одеси оскаржили.",
     [("ORG", "Господарського суду"), ("LOC", "Одеси")],
     [("ORG", "Господарського суду міста Одеси")]),
    ("Суддя Ленінського райсуду м. Запоріжжя Запорізької області відмовив.",
     [("ORG", "Ленінського райсуду"), ("LOC", "Запоріжжя"), ("LOC", "Запорізької області")],
     [("ORG", "Ленінського райсуду м. Запоріжжя Запорізької області")]),
    # a town without "м.", a country, a list: the body and the place stay apart
    ("Він працював у посольстві Польщі у Києві.",
     [("ORG", "посольстві Польщі"), ("LOC", "Києві")],
     [("ORG", "посольстві Польщі"), ("LOC", "Києві")]),
    ("Фонд діє в Україні з 2010 року.",
     [("ORG", "Фонд"), ("LOC", "Україні")],
     [("ORG", "Фонд"), ("LOC", "Україні")]),
    ("Склади НАТО, Київ і Одеська область.",
     [("ORG", "НАТО"), ("LOC", "Київ"), ("LOC", "Одеська область")],
     [("ORG", "НАТО"), ("LOC", "Київ"), ("LOC", "Одеська область")]),
]
# fmt: on


@pytest.mark.parametrize("text,ours,theirs", CASES)
def test_territorial_office(text: str, ours: list, theirs: list) -> None:
    got = ner_uk_territorial(text, _ents(text, ours))
    assert [(e["label"], text[e["start"] : e["end"]]) for e in got] == theirs


@pytest.mark.parametrize(
    "lang,text,ours",
    [
        (
            "ru",
            "Дело ведет ГУ МВД по Ростовской области.",
            [("ORG", "ГУ МВД"), ("LOC", "Ростовской области")],
        ),  # fmt: skip
        ("en", "The SBU office in Kyiv region said.", [("ORG", "SBU"), ("LOC", "Kyiv region")]),
    ],
)
def test_only_ukrainian_text(lang: str, text: str, ours: list) -> None:
    got = to_convention({"entities": _ents(text, ours)}, text, "ner-uk", lang)["entities"]
    assert [(e["label"], text[e["start"] : e["end"]]) for e in got] == ours


# a place after a capitalized word and a genitive chain of one or two lower-case words is
# the inside of an outer name under NER-UK (ner_uk_nested_loc); a preposition breaks it
CHAINS = [
    ("Указ підписав Міністр охорони здоров'я Польщі.", "Польщі", True),
    ("Так вимагає стаття Цивільного кодексу Молдови.", "Молдови", True),
    ("Вид занесли до Червоної книги Литви.", "Литви", True),
    ("Делегація Міністерства закордонних справ Естонії прибула.", "Естонії", True),
    ("Вони поїхали з Винників до Львова.", "Львова", False),
    ("Японія пропонує Варшаві допомогу.", "Варшаві", False),
    ("Про це сказав Іван у Києві.", "Києві", False),
    ("Робітники заводу Рівного протестували.", "Рівного", False),  # no capitalized word
]


@pytest.mark.parametrize("text,place,nested", CHAINS)
def test_genitive_chain(text: str, place: str, nested: bool) -> None:
    from sitrep.eval.conventions import ner_uk_nested_loc

    assert ner_uk_nested_loc(text, text.index(place)) is nested
