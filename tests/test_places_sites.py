"""A site named for a place it does not stand in resolves to its own town (issue 12).

"Запорізька АЕС" is at Enerhodar, not in Zaporizhzhia; "Kursk NPP" at Kurchatov.
The sites and the nouns of each kind are data (resources/common/gazetteer_sites.yaml).
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import sitrep

# (lang, text, the place names resolved, in order)
SITES = [
    ("uk", "Окупанти обстріляли Запорізьку атомну станцію вночі.", ["Enerhodar"]),
    ("uk", "На Запорізькій АЕС знову зникло зовнішнє живлення.", ["Enerhodar"]),
    ("uk", "Біля Хмельницької атомної електростанції впав дрон.", ["Netishyn"]),
    ("uk", "Ракета влучила у греблю Кременчуцької ГЕС.", ["Svitlovodsk"]),
    ("ru", "Российские военные обстреляли Запорожскую атомную станцию.", ["Enerhodar"]),
    ("ru", "Беспилотник упал у Курской АЭС.", ["Kurchatov"]),
    ("ru", "На Ростовской атомной электростанции отключили энергоблок.", ["Volgodonsk"]),
    ("ru", "Удар пришелся по ДнепроГЭС.", ["Zaporizhzhya"]),
    ("en", "Shells landed near the Zaporizhzhia nuclear power plant.", ["Enerhodar"]),
    ("en", "A drone fell close to the Kursk NPP on Monday.", ["Kurchatov"]),
    ("en", "Inspectors visited the Rivne nuclear power station.", ["Varash"]),
    ("en", "A missile struck the Kremenchuk hydroelectric power plant.", ["Svitlovodsk"]),
]

# negative cases: the region, the city and other nouns after the adjective stay as before
PLAIN = [
    ("uk", "Окупанти обстріляли Запоріжжя вночі.", ["Zaporizhzhya"]),
    ("uk", "Дрон впав у Хмельницькій області.", ["Khmelnytskyi"]),
    ("ru", "Беспилотник упал в Курской области.", ["Kursk"]),
    ("ru", "Взрывы прогремели в Курске.", ["Kursk"]),
    ("en", "Shells landed in Zaporizhzhia overnight.", ["Zaporizhzhya"]),
    ("en", "A drone fell in the Kursk region on Monday.", ["Kursk"]),
]


@pytest.mark.parametrize("lang,text,names", SITES + PLAIN)
def test_a_site_resolves_to_its_town(lang, text, names):
    r = sitrep.extract(text, published="2022-09-05", lang=lang)
    got = [m.place.name for m in r.mentions if m.kind == "place"]
    assert got == names, [(m.text, m.place.name) for m in r.mentions if m.kind == "place"]


@pytest.mark.parametrize(
    "lang,text",
    [
        ("uk", "Російські війська обстріляли Запорізьку АЕС, загинули двоє охоронців."),
        ("ru", "Российские войска обстреляли Запорожскую АЭС, погибли два охранника."),
        ("en", "Russian forces shelled the Zaporizhzhia NPP, killing two guards."),
    ],
)
def test_an_event_at_a_site_is_at_its_town(lang, text):
    r = sitrep.extract(text, published="2022-09-05", lang=lang)
    assert r.events and r.events[0].location is not None
    assert r.events[0].location.name == "Enerhodar"
