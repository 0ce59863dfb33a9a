"""A word for a town's inhabitants places an event its sentence names no town for (issue 12).

"Загинули 5 мирних киян" is about Kyiv though no place is named. The word is no
place name: it makes no place mention. Words in resources/<lang>/places_demonyms.yaml.
Every sentence here was written for these tests; none comes from eval/real.
"""

from __future__ import annotations

import pytest

import sitrep

PUB = "2022-03-05"

# (lang, text, the event's town, its country)
CASES = [
    ("uk", "Унаслідок нічного обстрілу загинули троє киян.", "Kyiv", "UA"),
    ("uk", "Ракетний удар: поранено двох харків'ян, ще одного шукають.", "Kharkiv", "UA"),
    ("uk", "Одесити вийшли на мітинг проти окупації.", "Odesa", "UA"),
    ("uk", "Поліція затримала кількох москвичів після акції.", "Moscow", "RU"),
    ("ru", "При ночном обстреле погибли трое киевлян.", "Kyiv", "UA"),
    ("ru", "Полиция задержала десятки москвичей на акции протеста.", "Moscow", "RU"),
    ("ru", "Ракетный удар: ранены двое харьковчан.", "Kharkiv", "UA"),
    ("ru", "Сотни петербуржцев вышли на митинг.", "Saint Petersburg", "RU"),
    ("en", "Three Kyivans were killed in overnight shelling.", "Kyiv", "UA"),
    ("en", "Police detained dozens of Muscovites at the rally.", "Moscow", "RU"),
    ("en", "Thousands of Londoners marched against the war.", "London", "GB"),
]

# negative cases: a town the sentence names outranks the inhabitants of another; a word
# that only looks like one is none
PLAIN = [
    ("uk", "У Львові під час обстрілу загинули двоє киян.", "Lviv"),
    ("ru", "В Одессе при обстреле погибли двое киевлян.", "Odesa"),
    ("en", "Two Kyivans were killed by shelling in Odesa.", "Odesa"),
    ("en", "Police detained dozens of protesters at the rally.", None),
    ("uk", "Поліція затримала кількох киянок на акції протесту в Харкові.", "Kharkiv"),
]


def _loc(lang: str, text: str):
    r = sitrep.extract(text, published=PUB, lang=lang)
    assert r.events, r
    return r, r.events[0].location


@pytest.mark.parametrize("lang,text,town,cc", CASES)
def test_inhabitants_place_the_event(lang, text, town, cc):
    r, loc = _loc(lang, text)
    assert loc is not None and loc.name == town and loc.country == cc
    assert loc.mention is None
    assert r.summary.country == cc
    assert not [m for m in r.mentions if m.kind == "place"]  # no place name in the text


@pytest.mark.parametrize("lang,text,town", PLAIN)
def test_a_named_town_outranks_inhabitants(lang, text, town):
    _r, loc = _loc(lang, text)
    assert (loc.name if loc else None) == town
