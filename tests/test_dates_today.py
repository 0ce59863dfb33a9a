"""The text's own "today" (issue 12): a dateline above the body, or "the 9th day of war".

Pages are often stored a day or more after their text was written: a statement
re-posted two days later, an evening address stored after midnight. Relative
words count from the day the text names for itself. Every sentence here was
written for these tests; none comes from eval/real.
"""

from __future__ import annotations

from datetime import date

import pytest

import sitrep
from sitrep.mentions.dates import find_dates
from sitrep.mentions.dates.today import dateline, own_today, war_day

# (lang, text, published, expected event date)
DATELINES = [
    (
        "en",
        "Statement on the attack in Mosul\nMarch 12, 2019\n\nBaghdad\nMarch 10, 2019\n\n"
        "We condemn the bombing today in Mosul that killed nine people at a market.",
        "2019-03-12",
        "2019-03-10",
    ),
    (
        "en",
        "Embassy statement\nTuesday, June 4, 2019\n\n"
        "Gunmen attacked a police post today in the north, killing two officers there.",
        "2019-06-06",
        "2019-06-04",
    ),
    (
        "en",
        "Press release\n3 April 2020\n\n"
        "Yesterday militants stormed a village near the border and abducted five farmers.",
        "2020-04-05",
        "2020-04-02",
    ),
    (
        "en",
        "Governor's statement\nNovember 2, 2021 09:15 AM\n\n"
        "Last night a drone struck an oil depot on the outskirts of the regional capital.",
        "2021-11-03",
        "2021-11-02",
    ),
    (
        "uk",
        "Заява МЗС\n14 квітня 2021 р.\n\n"
        "Сьогодні бойовики обстріляли позиції військових біля села, поранено двох бійців.",
        "2021-04-16",
        "2021-04-14",
    ),
    (
        "uk",
        "Звернення голови області\n2 липня 2022\n\n"
        "Учора ввечері ракета влучила в елеватор на околиці міста, загинув охоронець.",
        "2022-07-03",
        "2022-07-01",
    ),
    (
        "uk",
        "Повідомлення поліції\n**5 березня 2020 року**\n\n"
        "Сьогодні вранці невідомі підпалили автомобіль активіста біля його будинку в місті.",
        "2020-03-06",
        "2020-03-05",
    ),
    (
        "ru",
        "Заявление министерства\n7 мая 2019 года\n\n"
        "Сегодня боевики атаковали блокпост у въезда в город, ранены трое полицейских.",
        "2019-05-09",
        "2019-05-07",
    ),
    (
        "ru",
        "Сообщение пресс-службы\n20 октября 2020 г.\n\n"
        "Вчера вечером неизвестные бросили гранату во двор здания администрации района.",
        "2020-10-21",
        "2020-10-19",
    ),
    (
        "ru",
        "Обращение мэра\n1 августа 2021\n\n"
        "Этой ночью в центре города прогремел взрыв, пострадали четыре человека.",
        "2021-08-02",
        "2021-08-01",
    ),
    # not datelines: the page's own date, a date more than a week old
    (
        "en",
        "Statement on the attack\nMay 20, 2019\n\n"
        "We condemn the bombing today in the capital that killed nine people at a market.",
        "2019-05-20",
        "2019-05-20",
    ),
    (
        "en",
        "Archive note\nJanuary 3, 2019\n\n"
        "We condemn the bombing today in the capital that killed nine people at a market.",
        "2019-05-20",
        "2019-05-20",
    ),
]


@pytest.mark.parametrize("lang,text,pub,expected", DATELINES)
def test_dateline_is_the_texts_today(lang, text, pub, expected):
    s = sitrep.extract(text, published=pub, lang=lang).summary
    assert s.event_date == expected, s


# (lang, text, published, expected event date): day 1 of the war is its first day
WAR_DAYS = [
    (
        "uk",
        "Іде 9-й день війни. Сьогодні вночі ворог обстріляв житлові квартали міста.",
        "2022-03-05",
        "2022-03-04",
    ),
    (
        "uk",
        "Минає 20-й день оборони від агресії. Ракета влучила в будинок, загинули троє людей.",
        "2022-03-15",
        "2022-03-15",
    ),
    (
        "uk",
        "Минає 20-й день оборони від агресії. Ракета влучила в будинок, загинули троє людей.",
        "2022-03-16",
        "2022-03-15",
    ),
    (
        "uk",
        "Минув 30-й день повномасштабного вторгнення. Сьогодні окупанти обстріляли порт.",
        "2022-03-26",
        "2022-03-25",
    ),
    (
        "ru",
        "Идёт 12-й день войны. Сегодня утром артиллерия обстреляла окраины города.",
        "2022-03-08",
        "2022-03-07",
    ),
    (
        "ru",
        "Сегодня 40-й день вторжения. Ночью ракеты попали в нефтебазу, горит резервуар.",
        "2022-04-04",
        "2022-04-04",
    ),
    (
        "en",
        "This is the 9th day of the war. Tonight the enemy shelled the power plant again.",
        "2022-03-05",
        "2022-03-04",
    ),
    (
        "en",
        "Day 15 of the Russian invasion. Today missiles hit a hospital in the east.",
        "2022-03-10",
        "2022-03-10",
    ),
    (
        "en",
        "This is the 50th day of the war. Today the enemy struck a railway station.",
        "2022-04-15",
        "2022-04-14",
    ),
    # no shift: the count does not fit publication, or it counts something else
    (
        "uk",
        "Іде 100-й день війни. Сьогодні вночі ворог обстріляв житлові квартали міста.",
        "2022-03-05",
        "2022-03-05",
    ),
    (
        "uk",
        "Минуло 9 днів героїчного протистояння. Сьогодні вночі ворог обстріляв місто.",
        "2022-03-05",
        "2022-03-05",
    ),
    (
        "en",
        "It was the 9th day of the strike. Today protesters blocked the port gates.",
        "2022-03-05",
        "2022-03-05",
    ),
]


@pytest.mark.parametrize("lang,text,pub,expected", WAR_DAYS)
def test_day_of_war_is_the_texts_today(lang, text, pub, expected):
    s = sitrep.extract(text, published=pub, lang=lang).summary
    assert s.event_date == expected, s


def test_relative_words_count_from_the_texts_day():
    text = "Заява\n2 липня 2022\n\nВчора ракета влучила в елеватор, сьогодні обстріл тривав."
    r = sitrep.extract(text, published="2022-07-04", lang="uk")
    got = {m.text: m.date.iso for m in r.mentions if m.kind == "date"}
    assert got["Вчора"] == "2022-07-01"
    assert got["сьогодні"] == "2022-07-02"


@pytest.mark.parametrize(
    "text",
    [
        # a caption: the date shares its line with other words
        "A soldier stands guard in the capital, May 18, 2019, after the blast there.\n\n"
        "We condemn the bombing today in the capital that killed nine people at a market.",
        # below the first body line: a date at the end is no dateline
        "We condemn the bombing today in the capital that killed nine people at a market.\n"
        "May 18, 2019\n",
        # a date without its year
        "Statement\nMay 18\n\nWe condemn the bombing today in the capital that killed nine.",
    ],
)
def test_not_a_dateline(text):
    pub = date(2019, 5, 20)
    assert dateline(text, find_dates(text, pub), pub) is None


def test_no_text_day_without_publication_date():
    assert own_today("Іде 9-й день війни.", [], None) is None
    assert war_day("Іде 9-й день війни.", date(2022, 3, 5)) == date(2022, 3, 4)
    assert war_day("Іде 9-й день війни.", date(2022, 6, 5)) is None


def test_the_page_date_above_the_dateline_is_no_event_date():
    text = (
        "Statement on the attack\nMay 22, 2019\n\nKabul\nMay 20, 2019\n\n"
        "We condemn the attack today in Kabul that killed nine people at a rally there."
    )
    s = sitrep.extract(text, published="2019-05-22", lang="en").summary
    assert s.event_date == "2019-05-20"
    hits = find_dates(text, date(2019, 5, 22))
    assert dateline(text, hits, date(2019, 5, 22)) == date(2019, 5, 20)
