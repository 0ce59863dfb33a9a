"""An address naming many towns is placed where its headline figure is told (issue 12).

A trigger outside the lead whose sentence names no town ("the enemy keeps shelling
our cities") takes the town named in the sentence of the report's headline killed
figure (else injured), before the town the report names most. Sentences written
for these tests.
"""

from __future__ import annotations

import pytest

import sitrep

PUB = "2022-06-10"

# (lang, text, expected location): the town named most is not where the figure is told
CASES = [
    (
        "uk",
        "Звернення до народу\n\nДорогі українці! Сьогодні говорив з партнерами про Харків. "
        "Харків чекає на допомогу, Харків відбудуємо. Ворог продовжує обстріли наших міст. "
        "У Краматорську загинули 30 людей.",
        "Kramatorsk",
    ),
    (
        "uk",
        "Вечірнє звернення\n\nДобрий вечір! Дякую Одесі та Києву. Київ тримається, Київ "
        "працює. Окупанти знову обстрілювали наші міста з артилерії. У Слов'янську "
        "загинули семеро людей.",
        "Slovyansk",
    ),
    (
        "uk",
        "Звернення\n\nСлава нашим захисникам! Львів прийняв тисячі переселенців, Львів "
        "допомагає. Росія знову била ракетами. У Миколаєві загинули четверо людей.",
        "Mykolayiv",
    ),
    (
        "uk",
        "Звернення\n\nМи вистояли ще один день. Дніпро, Дніпро і ще раз Дніпро допомагає "
        "фронту. Обстріли не припиняються. У Сумах поранено дев'ятьох людей.",
        "Sumy",
    ),
    (
        "ru",
        "Обращение\n\nДобрый вечер! Сегодня говорил о Харькове. Харьков держится, Харьков "
        "восстановим. Враг продолжает обстрелы наших городов. В Краматорске погибли "
        "30 человек.",
        "Kramatorsk",
    ),
    (
        "ru",
        "Обращение к гражданам\n\nСпасибо Одессе и Киеву. Киев работает, Киев помогает. "
        "Оккупанты снова обстреливали наши города из артиллерии. В Славянске погибли семь "
        "человек.",
        "Slovyansk",
    ),
    (
        "ru",
        "Вечернее обращение\n\nМы выстояли ещё один день. Днепр, Днепр и Днепр помогает "
        "фронту. Обстрелы не прекращаются. В Сумах ранены девять человек.",
        "Sumy",
    ),
    (
        "en",
        "Evening address\n\nGood evening! Today I spoke about Kharkiv. Kharkiv holds, "
        "Kharkiv will be rebuilt. The enemy keeps shelling our cities. In Kramatorsk, "
        "30 people were killed.",
        "Kramatorsk",
    ),
    (
        "en",
        "Address to the nation\n\nThank you, Odesa and Kyiv. Kyiv works, Kyiv helps. The "
        "occupiers shelled our cities again. Seven people were killed in Sloviansk.",
        "Slovyansk",
    ),
    (
        "en",
        "Address\n\nWe have held out one more day. Dnipro, Dnipro and again Dnipro helps the "
        "front. The shelling goes on. Nine people were injured in Sumy.",
        "Sumy",
    ),
]


@pytest.mark.parametrize("lang,text,place", CASES)
def test_headline_figure_town_places_the_event(lang, text, place):
    s = sitrep.extract(text, published=PUB, lang=lang).summary
    assert s.location == place, s


# the figure's sentence names no town: the town named most still places the event
NO_TOWN = [
    (
        "uk",
        "Звернення\n\nДякую Харкову. Харків тримається, Харків працює. Ворог продовжує "
        "обстріли наших міст. Загинули 30 людей.",
        "Kharkiv",
    ),
    (
        "en",
        "Address\n\nThank you, Kharkiv. Kharkiv holds, Kharkiv works. The enemy keeps "
        "shelling our cities. Thirty people were killed.",
        "Kharkiv",
    ),
]


@pytest.mark.parametrize("lang,text,place", NO_TOWN)
def test_no_town_with_the_figure(lang, text, place):
    s = sitrep.extract(text, published=PUB, lang=lang).summary
    assert s.location == place, s
