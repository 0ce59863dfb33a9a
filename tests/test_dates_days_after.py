""" "<N> day(s) after <event>" dates the event N days before the sentence's day (issue 12).

"The streets were empty on Thursday, one day after police fired on the crowd":
the shooting was on Wednesday. Sentences written for these tests.
"""

from __future__ import annotations

import pytest

import sitrep

PUB = "2019-10-11"  # a Friday; Thursday is 2019-10-10

# (lang, text, the phrase, its date)
CASES = [
    (
        "en",
        "Shops stayed shut on Thursday, one day after police fired on protesters.",
        "one day after",
        "2019-10-09",
    ),
    (
        "en",
        "Schools were closed Thursday, two days after gunmen stormed a village.",
        "two days after",
        "2019-10-08",
    ),
    (
        "en",
        "The border reopened on Thursday, a day after militants shelled the crossing.",
        "a day after",
        "2019-10-09",
    ),
    (
        "en",
        "Troops patrolled the city on October 10, 3 days after the riot.",
        "3 days after",
        "2019-10-07",
    ),
    (
        "uk",
        "У четвер магазини не працювали, через день після того як поліція стріляла в натовп.",
        "через день після",
        "2019-10-09",
    ),
    (
        "uk",
        "У четвер вулиці були порожні наступного дня після розстрілу мітингу.",
        "наступного дня після",
        "2019-10-09",
    ),
    (
        "uk",
        "10 жовтня школи зачинили, через два дні після нападу бойовиків на село.",
        "через два дні після",
        "2019-10-08",
    ),
    (
        "ru",
        "В четверг улицы опустели на следующий день после расстрела митинга.",
        "на следующий день после",
        "2019-10-09",
    ),
    (
        "ru",
        "В четверг, спустя два дня после взрыва, рынок был закрыт.",
        "спустя два дня после",
        "2019-10-08",
    ),
    (
        "ru",
        "10 октября граница закрылась через день после обстрела пропускного пункта.",
        "через день после",
        "2019-10-09",
    ),
]


@pytest.mark.parametrize("lang,text,phrase,iso", CASES)
def test_days_after_is_a_date(lang, text, phrase, iso):
    r = sitrep.extract(text, published=PUB, lang=lang)
    got = {m.text: m.date.iso for m in r.mentions if m.kind == "date"}
    assert got.get(phrase) == iso, got


# nothing is added: no day named before it in the sentence, or no count ("a few days")
NOT_DATES = [
    ("en", "One day after the riot, police made arrests.", "after"),
    ("en", "Shops stayed shut on Thursday, a few days after police fired on protesters.", "after"),
    ("uk", "Через день після нападу поліція затримала підозрюваних.", "після"),
    ("ru", "На следующий день после взрыва полиция задержала подозреваемых.", "после"),
]


@pytest.mark.parametrize("lang,text,word", NOT_DATES)
def test_no_day_no_date(lang, text, word):
    r = sitrep.extract(text, published=PUB, lang=lang)
    assert not [m for m in r.mentions if m.kind == "date" and word in m.text]


def test_the_event_takes_the_earlier_day():
    text = "Streets in the capital were deserted Thursday, one day after troops fired on a crowd."
    s = sitrep.extract(text, published=PUB, lang="en").summary
    assert s.event_date == "2019-10-09", s
