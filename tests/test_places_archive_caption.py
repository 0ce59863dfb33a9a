"""An archive photo's caption places nothing (issue 12).

"FILE - Afghan women walk through a market in Herat" shows where an old photo was
taken; the report's event is where its body says. The mark opens a line, or follows
a space when a page's lines were joined. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import sitrep

PUB = "2022-01-20"

# (lang, text, content type, expected location)
CASES = [
    (
        "en",
        "Taliban detain activists\n\nFILE - Women walk through a market in Herat, "
        "Afghanistan.\n\nThe Taliban detained four activists on Wednesday, relatives "
        "said. They were taken from their homes in Kabul.",
        "text",
        "Kabul",
    ),
    (
        "en",
        "Taliban detain activists\n\nFILE - Women walk through a market in Herat, "
        "Afghanistan.\n\nThe Taliban detained four activists on Wednesday, relatives "
        "said. They were taken from their homes in Kabul.",
        "html",
        "Kabul",
    ),
    (
        "en",
        "Police disperse rally\n\nFILE PHOTO: Riot police stand guard in Lagos.\n\n"
        "Police fired tear gas at protesters on Tuesday. The crowd had gathered in Abuja.",
        "text",
        "Abuja",
    ),
    (
        "en",
        "Clashes in the north\n\n(FILE) Soldiers patrol a street in Maiduguri.\n\n"
        "Gunmen attacked a police post overnight, killing two officers. The post lies in Kano.",
        "text",
        "Kano",
    ),
    (
        "en",
        "Protest broken up\n\nFILE – Demonstrators march in Yerevan.\n\nPolice detained "
        "30 protesters on Monday. The rally was held in Gyumri.",
        "text",
        "Gyumri",
    ),
    (
        "uk",
        "Обстріл міста\n\nАрхівне фото: зруйнований будинок у Харкові.\n\nВнаслідок "
        "обстрілу загинули двоє людей. Снаряди впали в центрі Сум.",
        "text",
        "Sumy",
    ),
    (
        "uk",
        "Затримання активістів\n\nФото з архіву: мітинг у Львові.\n\nПоліція затримала "
        "п'ятьох активістів. Акція відбулася в Херсоні.",
        "text",
        "Kherson",
    ),
    (
        "uk",
        "Вибух на ринку\n\nАРХІВНЕ ФОТО: ринок в Одесі.\n\nНа ринку пролунав вибух, "
        "поранено трьох людей. Ринок розташований у Миколаєві.",
        "text",
        "Mykolayiv",
    ),
    (
        "ru",
        "Задержания в столице\n\nАрхивное фото: акция протеста в Санкт-Петербурге.\n\n"
        "Полиция задержала 40 человек. Акция прошла в Москве.",
        "text",
        "Moscow",
    ),
    (
        "ru",
        "Взрыв на рынке\n\nФото из архива: рынок в Казани.\n\nНа рынке прогремел взрыв, "
        "пострадали трое человек. Рынок находится в Уфе.",
        "text",
        "Ufa",
    ),
]


@pytest.mark.parametrize("lang,text,ctype,place", CASES)
def test_archive_caption_places_nothing(lang, text, ctype, place):
    s = sitrep.extract(text, published=PUB, lang=lang, content_type=ctype).summary
    assert s.location == place, s


def test_a_caption_without_the_mark_still_counts():
    # an ordinary caption is today's photo: its town may well be the event's
    text = (
        "Police disperse rally\n\nRiot police stand guard in Lagos.\n\n"
        "Police fired tear gas at protesters on Tuesday."
    )
    s = sitrep.extract(text, published=PUB, lang="en").summary
    assert s.location == "Lagos", s
