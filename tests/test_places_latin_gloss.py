"""A Latin name in brackets after the Cyrillic name it spells is a place (issue 12).

"Шамони (Chamonix)": the report names one small town twice, in two scripts; the
gloss vouches for the Latin name as a place noun ("в городе") does, whatever the
town's size. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import sitrep

PUB = "2021-06-03"

# (lang, text, the Latin name, its GeoNames name, its country)
GLOSSED = [
    ("ru", "Во французском Шамони (Chamonix; курорт в Альпах) задержали двоих.", "Chamonix"),
    ("ru", "В Обераммергау (Oberammergau) в Германии прошла акция протеста.", "Oberammergau"),
    ("ru", "Полиция оцепила центр Миттенвальда (Mittenwald) в Германии.", "Mittenwald"),
    ("ru", "В Церматте (Zermatt) в Швейцарии сошла лавина.", "Zermatt"),
    ("uk", "У французькому Шамоні (Chamonix; курорт в Альпах) затримали двох.", "Chamonix"),
    ("uk", "В Обераммергау (Oberammergau) у Німеччині відбулася акція протесту.", "Oberammergau"),
    ("uk", "Поліція оточила центр Міттенвальда (Mittenwald) у Німеччині.", "Mittenwald"),
    ("uk", "У Церматті (Zermatt) у Швейцарії зійшла лавина.", "Zermatt"),
]

# negative cases: a Latin word in brackets that spells another name is no place; in
# English text the rule has nothing to do (no Cyrillic name before the bracket)
NOT_GLOSSED = [
    ("ru", "Компания «Северсталь» (Chamonix Holdings) заявила о сделке.", "Chamonix"),
    ("uk", "Компанія «Оболонь» (Mittenwald) заявила про угоду.", "Mittenwald"),
    ("en", "The resort company (Zermatt) denied the reports.", "Zermatt"),
]


@pytest.mark.parametrize("lang,text,latin", GLOSSED)
def test_a_latin_gloss_is_a_place(lang, text, latin):
    r = sitrep.extract(text, published=PUB, lang=lang)
    got = {m.text: m.place.name for m in r.mentions if m.kind == "place"}
    assert latin in got, got


@pytest.mark.parametrize("lang,text,latin", NOT_GLOSSED)
def test_a_bracket_that_spells_another_name_is_no_gloss(lang, text, latin):
    r = sitrep.extract(text, published=PUB, lang=lang)
    got = {m.text for m in r.mentions if m.kind == "place"}
    assert latin not in got, got
