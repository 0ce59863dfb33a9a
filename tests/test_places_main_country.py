"""Which country a report is about when it names countries only (issue 12).

Two rules: a country after "near", "біля", "возле" is a neighbour, not where the
event happened; and among countries the one named most wins (a country pays its
rank below towns once, not per mention). Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import sitrep

PUB = "2021-06-03"

# (lang, text, expected country of the report)
NEAR = [
    (
        "en",
        "An air strike destroyed a compound near Pakistan, killing six people. "
        "It was the third strike this month in Afghanistan.",
        "AF",
    ),
    (
        "en",
        "Militants shelled a border post near Syria overnight. Troops in Iraq returned fire.",
        "IQ",
    ),
    (
        "en",
        "A drone exploded in a field outside Belarus, police said. Ukraine opened an inquiry.",
        "UA",
    ),
    (
        "en",
        "Gunmen ambushed a convoy near Niger on Sunday. Mali's army said four soldiers died.",
        "ML",
    ),
    (
        "uk",
        "Ракета впала біля Польщі, загинули двоє людей. В Україні оголосили тривогу.",
        "UA",
    ),
    (
        "uk",
        "Дрон вибухнув поблизу Молдови, поранено водія. Прикордонники України шукають уламки.",
        "UA",
    ),
    (
        "ru",
        "Беспилотник упал возле Пакистана, погибли шесть человек. Власти Афганистана "
        "начали расследование.",
        "AF",
    ),
    (
        "ru",
        "Снаряд разорвался вблизи Сирии, ранены двое пограничников. В Турции объявили тревогу.",
        "TR",
    ),
    (
        "ru",
        "Боевики обстреляли пост около Нигера. Армия Мали сообщила о четырёх погибших.",
        "ML",
    ),
    (
        "uk",
        "Вибух пролунав неподалік Білорусі, загинув прикордонник. Україна вимагає пояснень.",
        "UA",
    ),
]


@pytest.mark.parametrize("lang,text,country", NEAR)
def test_country_after_near_is_a_neighbour(lang, text, country):
    s = sitrep.extract(text, published=PUB, lang=lang).summary
    assert s.country == country, s


# a town after "near" still places the event (ACLED codes the nearest town)
NEAR_TOWN = [
    ("en", "A missile struck a depot near Kharkiv, killing two workers.", "Kharkiv"),
    ("uk", "Ракета влучила у склад біля Харкова, загинули двоє працівників.", "Kharkiv"),
    ("ru", "Ракета попала в склад возле Харькова, погибли двое рабочих.", "Kharkiv"),
]


@pytest.mark.parametrize("lang,text,town", NEAR_TOWN)
def test_town_after_near_places_the_event(lang, text, town):
    s = sitrep.extract(text, published=PUB, lang=lang).summary
    assert s.location == town, s


# (lang, text, expected country): only countries are named; the one named most wins,
# even when another is in the headline
MOST_NAMED = [
    (
        "en",
        "A message to the people of Denmark\n\nRussia has fired missiles at Ukraine again. "
        "Ukraine holds. Ukraine needs air defence. Russia used 2,000 missiles against Ukraine.",
        "UA",
    ),
    (
        "en",
        "Letter to Canada\n\nThe war goes on in Ukraine. Ukraine counts its dead. "
        "Ukraine asks for help: 1,300 missiles have been fired at it.",
        "UA",
    ),
    (
        "en",
        "Statement for France\n\nThe strikes continue across Syria. Syria's hospitals are full. "
        "Bombs fell on Syria all week.",
        "SY",
    ),
    (
        "uk",
        "Звернення до народу Данії\n\nРосія знову випустила ракети. Україна тримається. "
        "Україні потрібна протиповітряна оборона. Україну обстрілюють щодня.",
        "UA",
    ),
    (
        "uk",
        "Лист до Канади\n\nВійна триває. Україна рахує загиблих. Україні потрібна зброя. "
        "Ракети знову вдарили, Україна не здається.",
        "UA",
    ),
    (
        "ru",
        "Обращение к жителям Франции\n\nБомбы снова падают. Сирия страдает. "
        "Сирии нужна помощь. Сирию бомбят каждую ночь.",
        "SY",
    ),
    (
        "ru",
        "Письмо в Германию\n\nИдёт война. Украина держится. Украине нужны ракеты. "
        "По Украине выпустили сотни ракет.",
        "UA",
    ),
]


@pytest.mark.parametrize("lang,text,country", MOST_NAMED)
def test_country_named_most(lang, text, country):
    s = sitrep.extract(text, published=PUB, lang=lang).summary
    assert s.country == country, s


def test_a_town_still_outranks_countries():
    text = (
        "A message to Denmark\n\nUkraine holds. Ukraine fights. Ukraine asks for help. "
        "A missile hit a school in Kharkiv."
    )
    s = sitrep.extract(text, published=PUB, lang="en").summary
    assert s.location == "Kharkiv", s
