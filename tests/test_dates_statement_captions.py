"""Which day dates the event (issue 12): statement days, photo captions, a lead with no day.

- a day next to a verb of saying or publishing dates the statement, not the event
  (events/when.statement_day);
- a photo caption (a line repeated as its alt text, or an archive mark) is not the lead,
  and its day serves only when the lead tells no event (events/captions.py);
- a lead that tells the event and names no day takes a later day told next to a trigger
  of the lead's family, with a casualty figure, or with a verb of happening
  (events/anchors.tells_again); otherwise the day published.

Every sentence here was written for these tests; none comes from eval/real.
"""

from __future__ import annotations

from datetime import date

import pytest

import sitrep
from sitrep.events.anchors import main_date
from sitrep.mentions.dates import find_dates
from sitrep.pipeline import extract_doc

PUB = "2021-06-03"  # a Thursday: Wednesday 2 June, Tuesday 1 June, Sunday 30 May


def _date(text: str, lang: str) -> str | None:
    return sitrep.extract(text, published=PUB, lang=lang).summary.event_date


# a day right next to a verb of saying dates the statement; the event keeps its own day
STATEMENT = [
    (
        "en",
        "Officials said Wednesday that an air strike had hit a house in the valley. "
        "The coalition confirmed the strike. The house was hit by the air strike on "
        "Tuesday, the army said.",
        "2021-06-01",
    ),
    (
        "en",
        "A police spokesman on Wednesday said gunmen had attacked a checkpoint on Tuesday.",
        "2021-06-01",
    ),
    (
        "en",
        "Militants stormed a village school. The governor told reporters on Wednesday "
        "that the militants attacked the school on Sunday.",
        "2021-05-30",
    ),
    (
        "ru",
        "Генпрокурор в среду, 2 июня, подтвердил, что во вторник полиция задержала "
        "двадцать человек.",
        "2021-06-01",
    ),
    (
        "ru",
        "Боевики атаковали блокпост, сообщили в среду в полиции. Нападение произошло во вторник.",
        "2021-06-01",
    ),
    (
        "ru",
        "Заявление опубликовано агентством в среду. Ночью 30 мая неизвестный открыл "
        "огонь по людям у клуба.",
        "2021-05-30",
    ),
    (
        "uk",
        "Поліція у середу заявила, що затримала у вівторок трьох підпалювачів.",
        "2021-06-01",
    ),
    (
        "uk",
        "Окупанти обстріляли Харків, повідомив у середу голова області. Обстріл стався у вівторок.",
        "2021-06-01",
    ),
    (
        "uk",
        "Заяву оприлюднено в середу. У неділю окупанти обстріляли школу в селі.",
        "2021-05-30",
    ),
    # a day that opens its sentence, its comma, then the subject and the verb of saying
    (
        "ru",
        "В среду, 2 июня, МВД сообщило о нападении на блокпост. Боевики атаковали его во вторник.",
        "2021-06-01",
    ),
    (
        "uk",
        "У середу, 2 червня, МВС повідомило про напад на блокпост. Бойовики атакували його у "
        "вівторок.",
        "2021-06-01",
    ),
    (
        "en",
        "On Wednesday, June 2, the ministry said gunmen had attacked a checkpoint. The "
        "checkpoint was attacked on Monday.",
        "2021-05-31",
    ),
    # negative: a day and then "police said": the day is the event's
    ("en", "Three people were killed on Tuesday, police said.", "2021-06-01"),
    # negative: the verb of saying stands too far from the day
    ("en", "Officials said the attack on the market on Tuesday killed four.", "2021-06-01"),
    # negative: another verb stands between the day and the verb of saying
    ("ru", "В полиции сообщили, что боевики во вторник атаковали блокпост.", "2021-06-01"),
    ("uk", "У поліції повідомили, що бойовики у вівторок атакували блокпост.", "2021-06-01"),
]


@pytest.mark.parametrize("lang,text,expected", STATEMENT)
def test_a_statement_day_does_not_date_the_event(lang, text, expected):
    assert _date(text, lang) == expected


# a caption repeated as its alt text (or an archive caption) does not use up the lead
CAPTIONS = [
    (
        "en",
        "Ferry sinks off the coast\n\nRescuers search the water near the harbour, June 3, "
        "2021.\nRescuers search the water near the harbour, June 3, 2021.\n\nGunmen fired "
        "on a ferry off the coast. Five people died. The ferry was attacked late Tuesday "
        "night.",
        "2021-06-01",
    ),
    (
        "en",
        "Market attacked\n\nFILE - Police stand guard at a market in the town, June 2, "
        "2021.\n\nGunmen attacked a market in the town. Four people died. The attack came "
        "on Sunday.",
        "2021-05-30",
    ),
    (
        "ru",
        "Нападение на рынок\n\nПолицейские у рынка в городе, 3 июня 2021 года.\n"
        "Полицейские у рынка в городе, 3 июня 2021 года.\n\nБоевики напали на рынок в "
        "городе. Рынок атаковали во вторник.",
        "2021-06-01",
    ),
    (
        "ru",
        "Обстрел села\n\nАрхивное фото: разрушенный дом в селе, 2 июня 2021 года.\n\n"
        "Село обстреляли из артиллерии. Ранены три человека. Обстрел начался в воскресенье.",
        "2021-05-30",
    ),
    (
        "uk",
        "Напад на ринок\n\nПоліцейські біля ринку в місті, 3 червня 2021 року.\n"
        "Поліцейські біля ринку в місті, 3 червня 2021 року.\n\nБойовики напали на ринок "
        "у місті. Ринок атакували у вівторок.",
        "2021-06-01",
    ),
    (
        "uk",
        "Обстріл села\n\nАрхівне фото: зруйнований будинок у селі, 2 червня 2021 року.\n\n"
        "Село обстріляли з артилерії. Поранені троє людей. Обстріл почався в неділю.",
        "2021-05-30",
    ),
    # negative: a lead that tells the event and names no day is news of the day
    # published; the photo may be of the night before
    (
        "en",
        "Hostages freed\n\nFreed hostages leave the bank in the city, June 2, 2021.\n"
        "Freed hostages leave the bank in the city, June 2, 2021.\n\nPolice stormed a bank "
        "where gunmen held hostages.",
        PUB,
    ),
    (
        "uk",
        "Заручників звільнено\n\nЗвільнені заручники виходять з банку в місті, 2 червня "
        "2021 року.\nЗвільнені заручники виходять з банку в місті, 2 червня 2021 року.\n\n"
        "Поліція штурмувала банк, де бойовики тримали заручників.",
        PUB,
    ),
    (
        "ru",
        "Заложники освобождены\n\nОсвобождённые заложники выходят из банка в городе, 2 июня "
        "2021 года.\nОсвобождённые заложники выходят из банка в городе, 2 июня 2021 года.\n\n"
        "Полиция штурмовала банк, где боевики удерживали заложников.",
        PUB,
    ),
    # a lead that tells no event and names no day: the photo's day is the best there is
    (
        "en",
        "Calm returns to the city\n\nResidents walk past a burnt bus in the city, June 2, "
        "2021.\nResidents walk past a burnt bus in the city, June 2, 2021.\n\nResidents "
        "came back to the streets. Shops opened again.\n\nGunmen had attacked the bus "
        "station.",
        "2021-06-02",
    ),
    (
        "uk",
        "У місто повертається спокій\n\nМешканці йдуть повз згорілий автобус у місті, "
        "2 червня 2021 року.\nМешканці йдуть повз згорілий автобус у місті, 2 червня "
        "2021 року.\n\nМешканці повернулися на вулиці. Крамниці знову відчинилися.\n\n"
        "Бойовики напали на автовокзал.",
        "2021-06-02",
    ),
    (
        "ru",
        "В город возвращается спокойствие\n\nЖители идут мимо сгоревшего автобуса в "
        "городе, 2 июня 2021 года.\nЖители идут мимо сгоревшего автобуса в городе, 2 июня "
        "2021 года.\n\nЖители вернулись на улицы. Магазины снова открылись.\n\n"
        "Боевики напали на автовокзал.",
        "2021-06-02",
    ),
]


@pytest.mark.parametrize("lang,text,expected", CAPTIONS)
def test_a_photo_caption_is_not_the_lead(lang, text, expected):
    assert _date(text, lang) == expected


# the lead tells the event and names no day: a later sentence that tells it again dates it
AGAIN = [
    (
        "en",
        "Gunmen kidnap engineers\n\nGunmen have kidnapped three engineers in the delta. "
        "The company confirmed it.\n\nThe engineers were at a bar late Sunday when gunmen "
        "stormed in and kidnapped them.",
        "2021-05-30",
    ),
    (
        "en",
        "Bomb hits bus\n\nA roadside bomb hit a bus in the north. The army blamed the "
        "rebels.\n\nOn Tuesday six passengers were killed in the blast.",
        "2021-06-01",
    ),
    (
        "ru",
        "Застрелен депутат\n\nБывшего депутата застрелили у гостиницы. Убийцу ранил "
        "охранник.\n\nУбийство было совершено 1 июня в центре города.",
        "2021-06-01",
    ),
    (
        "ru",
        "Теракт в столице\n\nВ столице произошёл теракт. Власти закрыли центр города.\n\n"
        "Во вторник у рынка были убиты пять человек.",
        "2021-06-01",
    ),
    (
        "uk",
        "Обстріл міста\n\nОкупанти обстріляли місто з артилерії. Влада закликала людей "
        "ховатися.\n\nУ неділю внаслідок обстрілу загинули троє людей.",
        "2021-05-30",
    ),
    (
        "uk",
        "Викрадено журналіста\n\nБойовики викрали журналіста на сході. Колеги шукають "
        "його.\n\nВикрадення сталося у вівторок біля його дому.",
        "2021-06-01",
    ),
    # negative: a later day told with an event of another family (arrests in a report of
    # a strike) dates that event, not the lead's
    (
        "en",
        "Unions call a general strike\n\nThe unions called a general strike across the "
        "country. Shops stayed open.\n\nThe strike demands the release of leaders who were "
        "arrested Tuesday.",
        PUB,
    ),
    (
        "ru",
        "Забастовка профсоюзов\n\nПрофсоюзы объявили всеобщую забастовку. Магазины "
        "работали.\n\nЛидеров профсоюза полиция задержала во вторник.",
        PUB,
    ),
    (
        "uk",
        "Страйк профспілок\n\nПрофспілки оголосили загальний страйк. Магазини працювали.\n\n"
        "Лідерів профспілки поліція затримала у вівторок.",
        PUB,
    ),
    # negative: the trigger stands far from the day in its sentence
    (
        "ru",
        "Подозреваемые в нападении захватили заложника\n\nСиловики окружили склад. Жителей "
        "попросили не выходить.\n\nТретий участник нападения на редакцию журнала после "
        "долгого преследования властями сдался полиции во вторник.",
        PUB,
    ),
]


@pytest.mark.parametrize("lang,text,expected", AGAIN)
def test_a_lead_without_a_day_takes_the_day_told_again(lang, text, expected):
    # the report's main date (an event's own sentence may still date that event: the
    # arrests of Tuesday are an event of their own)
    doc = extract_doc(text, published=PUB, lang=lang)
    m = main_date(doc, doc.signals)
    assert (m.date.iso if m is not None else PUB) == expected


# "напередодні"/"накануне" before a genitive noun phrase is an eve, no day (dates/eve.py)
EVE = [
    ("uk", "Напередодні виборів поліція затримала активіста.", []),
    ("uk", "Напередодні окупанти обстріляли село.", ["2021-06-02"]),
    ("uk", "Армія стріляла й зараз, напередодні дуже важливих днів.", []),
    ("ru", "Накануне выборов полиция задержала активиста.", []),
    ("ru", "Накануне боевики обстреляли село.", ["2021-06-02"]),
    ("ru", "Накануне праздника в городе задержали активистов.", []),
]


@pytest.mark.parametrize("lang,text,expected", EVE)
def test_the_eve_of_something_is_no_day(lang, text, expected):
    r = sitrep.extract(text, published=PUB, lang=lang)
    assert [m.date.iso for m in r.mentions if m.kind == "date"] == expected


# what a date expression means (find_dates): a vague count, a day of the month
PUBD = date(2021, 6, 3)
EXPRESSIONS = [
    ("en", "Shops were shut a few days ago.", [("2021-05-31", "week")]),
    ("en", "Two days ago shops were shut.", [("2021-06-01", "day")]),
    ("uk", "Кілька днів тому поліція затримала активіста.", [("2021-05-31", "week")]),
    ("ru", "Несколько дней назад полиция задержала активиста.", [("2021-05-31", "week")]),
    ("en", "Police arrested him on the 1st, officials said.", [("2021-06-01", "day")]),
    ("en", "The raid took place on the 28th of last month.", None),
    ("en", "He lives on the 5th floor.", []),
    ("uk", "Затримання відбулося 2-го числа.", [("2021-06-02", "day")]),
    ("ru", "Обстрел произошёл 30-го числа, сообщили власти.", [("2021-05-30", "day")]),
    ("ru", "Полиция задержала его 25 числа.", [("2021-05-25", "day")]),
]


@pytest.mark.parametrize("lang,text,expected", EXPRESSIONS)
def test_vague_counts_and_days_of_the_month(lang, text, expected):
    got = [(h.iso, h.precision) for h in find_dates(text, PUBD, lang)]
    if expected is None:  # "the 28th of last month" is in May
        assert got[0] == ("2021-05-28", "day")
    else:
        assert got == expected


# a day of the war counted in words is the text's own day, as in digits (dates/today.py)
WAR_DAY_WORDS = [
    ("en", "As of the morning of the ninth day of the war, we hold.", "2022-03-05", "2022-03-04"),
    ("en", "The twenty-first day of the invasion is ending.", "2022-03-16", "2022-03-16"),
    ("en", "It was my second day of work at the plant.", "2022-02-25", None),
    ("uk", "Ранок дев’ятого дня війни. Ми тримаємося.", "2022-03-05", "2022-03-04"),
    ("uk", "Завершується двадцять перший день нашої оборони.", "2022-03-17", "2022-03-16"),
    ("uk", "Другий день війни минув у боях.", "2022-02-26", "2022-02-25"),
    ("uk", "Дев'ятий день війни, каже він, був найважчим.", "2022-06-01", None),
    ("ru", "Утро девятого дня войны. Мы держимся.", "2022-03-05", "2022-03-04"),
    ("ru", "Идёт тридцать третий день войны.", "2022-03-28", "2022-03-28"),
    ("ru", "Это был второй день отпуска.", "2022-02-26", None),
]


@pytest.mark.parametrize("lang,text,published,expected", WAR_DAY_WORDS)
def test_a_day_of_war_in_words(lang, text, published, expected):
    from sitrep.mentions.dates.today import war_day

    got = war_day(text, date.fromisoformat(published))
    assert (got.isoformat() if got else None) == expected
