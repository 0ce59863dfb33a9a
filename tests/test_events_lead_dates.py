"""Which day dates the report's event (issue 12): nights, history words, the lead, salutations.

Every sentence here was written for these tests; none comes from eval/real.
"""

from __future__ import annotations

from datetime import date

import pytest

import sitrep
from sitrep.mentions.dates import find_dates

PUB = "2021-06-03"  # a Thursday

# (lang, text, expected event date): the night that just ended is the day it ended on;
# "yesterday's" as an adjective dates its noun
NIGHTS = [
    ("en", "Last night a missile hit a warehouse in Lviv, officials said.", "2021-06-03"),
    ("en", "Shelling hit Kharkiv last night, the governor said.", "2021-06-03"),
    ("en", "Yesterday's shelling of Kharkiv killed two people.", "2021-06-02"),
    ("uk", "Минулої ночі ракета влучила у склад у Львові.", "2021-06-03"),
    ("uk", "Харків обстріляли минулої ночі, повідомив голова області.", "2021-06-03"),
    ("uk", "Внаслідок вчорашнього обстрілу Харкова загинули двоє людей.", "2021-06-02"),
    ("uk", "Учорашній обстріл Херсона забрав життя трьох людей.", "2021-06-02"),
    ("ru", "Прошлой ночью ракета попала в склад во Львове.", "2021-06-03"),
    ("ru", "Минувшей ночью Харьков обстреляли из артиллерии.", "2021-06-03"),
    ("ru", "Во время вчерашнего обстрела Харькова погибли два человека.", "2021-06-02"),
    ("ru", "Вчерашняя атака на Херсон унесла жизни трёх человек.", "2021-06-02"),
]


@pytest.mark.parametrize("lang,text,expected", NIGHTS)
def test_night_and_yesterday_adjective(lang, text, expected):
    s = sitrep.extract(text, published=PUB, lang=lang).summary
    assert s.event_date == expected, s


# a date that a history word introduces ("Earlier, on ...", "Напомним, ...") is background
HISTORY = [
    ("en", "Gunmen attacked a police post in the town. Earlier, on 30 May, a bus was hit.", PUB),
    (
        "en",
        "A protest was dispersed in the capital. Previously, on 1 June, police arrested 5.",
        PUB,
    ),
    ("en", "Troops shelled the village. Recall that on 31 May the same village was hit.", PUB),
    ("uk", "Село знову обстріляли. Раніше, 30 травня, там загинули двоє людей.", PUB),
    ("uk", "У місті розігнали мітинг. Нагадаємо, 1 червня поліція затримала п'ятьох.", PUB),
    ("uk", "Вибух пролунав у центрі міста. Раніше, у вівторок, там стріляли.", PUB),
    ("ru", "Город снова обстреляли. Ранее, 30 мая, там погибли два человека.", PUB),
    ("ru", "В столице разогнали митинг. Напомним, 1 июня полиция задержала пятерых.", PUB),
    ("ru", "Боевики напали на блокпост. Ранее, во вторник, там был бой.", PUB),
    (
        "ru",
        "Полиция разогнала протест. Начиная с апреля 2021 года, протесты идут каждую неделю.",
        PUB,
    ),
    # "since" is no history word: "missing since Tuesday" dates the abduction
    ("en", "Gunmen abducted two aid workers, who have been missing since Tuesday.", "2021-06-01"),
]


@pytest.mark.parametrize("lang,text,expected", HISTORY)
def test_history_words_make_a_date_background(lang, text, expected):
    s = sitrep.extract(text, published=PUB, lang=lang).summary
    assert s.event_date == expected, s


# the lead dates the event: a day it names even ten days back; no day in a lead that
# tells the event means the day published; salutations do not use up the lead
LEAD = [
    (
        "en",
        "Rocket hits school bus\n\nOn 24 May a rocket hit a school bus near the border. "
        "Rescuers came from the city. On 1 June the wounded boy died.",
        "2021-05-24",
    ),
    (
        "ru",
        "Ракета попала в автобус\n\n24 мая ракета попала в школьный автобус у границы. "
        "Спасатели приехали из города. 1 июня раненый подросток скончался.",
        "2021-05-24",
    ),
    (
        "uk",
        "Ракета влучила в автобус\n\n24 травня ракета влучила в шкільний автобус біля "
        "кордону. Рятувальники приїхали з міста. 1 червня поранений підліток помер.",
        "2021-05-24",
    ),
    (
        "en",
        "Oil worker kidnapped\n\nAnother oil worker has been kidnapped by gunmen in the "
        "delta. Last month, two engineers were freed.",
        PUB,
    ),
    (
        "ru",
        "Похищен нефтяник\n\nВ дельте боевики похитили ещё одного нефтяника. "
        "В прошлом месяце освободили двух инженеров.",
        PUB,
    ),
    (
        "uk",
        "Викрали нафтовика\n\nУ дельті бойовики викрали ще одного нафтовика. "
        "Минулого місяця звільнили двох інженерів.",
        PUB,
    ),
    (
        "uk",
        "Звернення\n\n**Українці!**\n\n**Шановні захисники!**\n\nСьогодні вранці ракети "
        "влучили у вокзал. Вчора ми говорили з партнерами. Позавчора був саміт.",
        PUB,
    ),
    (
        "en",
        "Address\n\n**Dear friends!**\n\n**Dear defenders!**\n\nThis morning missiles hit "
        "the station. Yesterday we spoke with partners. On Tuesday there was a summit.",
        PUB,
    ),
    (
        "ru",
        "Обращение\n\n**Дорогие друзья!**\n\n**Уважаемые защитники!**\n\nСегодня утром "
        "ракеты попали в вокзал. Вчера мы говорили с партнёрами. Во вторник был саммит.",
        PUB,
    ),
    (
        "en",
        "Police shoot attacker in London\n\nWednesday, June 2, 2021\n\nOn Sunday in "
        "London a man stabbed two people before police shot him.",
        "2021-05-30",
    ),
]


@pytest.mark.parametrize("lang,text,expected", LEAD)
def test_the_lead_dates_the_event(lang, text, expected):
    s = sitrep.extract(text, published=PUB, lang=lang).summary
    assert s.event_date == expected, s


@pytest.mark.parametrize(
    "text,lang,spans",
    [
        (
            "Wednesday, June 2, 2021\n\nOn Sunday in London",
            "en",
            ["Wednesday, June 2, 2021", "On Sunday"],
        ),
        ("on Wednesday, June 2, 2021 in London", "en", ["on Wednesday, June 2, 2021"]),
        ("у середу, 2 червня\n\nУ неділю в Києві", "uk", ["у середу, 2 червня", "У неділю"]),
        ("в среду, 2 июня\n\nВ воскресенье в Киеве", "ru", ["в среду, 2 июня", "В воскресенье"]),
    ],
)
def test_a_weekday_never_joins_a_date_across_a_line_break(text, lang, spans):
    hits = find_dates(text, date(2021, 6, 3), lang)
    assert [text[h.start : h.end] for h in hits] == spans
