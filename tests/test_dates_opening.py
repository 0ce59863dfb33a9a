"""The explicit day a lead sentence opens with dates its event (issue 12).

"19 April: police hunt the suspect of the 15 April bombing" is about the 19th;
the earlier day sits in a subordinate phrase. A relative opener ("Вчора") and a
dateline set off by a dash keep the older rule (the lead's earliest recent day).
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from sitrep.events.anchors import main_date
from sitrep.events.signals import event_signals
from sitrep.pipeline import extract_doc

PUB = "2021-06-10"

# (lang, text, expected event date)
OPENING = [
    (
        "en",
        "On 9 June 2021 police stormed a flat in the suburbs, hunting a suspect in the "
        "bombing of 6 June.",
        "2021-06-09",
    ),
    (
        "en",
        "June 9, 2021 police searched the suburbs for the gunman of the June 7 attack.",
        "2021-06-09",
    ),
    (
        "en",
        "On June 8 troops surrounded the village where rebels had fought on June 5.",
        "2021-06-08",
    ),
    (
        "uk",
        "9 червня 2021 року в передмісті триває спецоперація із затримання підозрюваного "
        "у вибуху 6 червня.",
        "2021-06-09",
    ),
    ("uk", "8 червня поліція оточила село, де 5 червня стався напад бойовиків.", "2021-06-08"),
    ("uk", "У середу, 9 червня, військові оточили квартал, де бій ішов 7 червня.", "2021-06-09"),
    (
        "ru",
        "9 июня 2021 года в пригороде проходит спецоперация по поимке подозреваемого "
        "во взрыве 6 июня.",
        "2021-06-09",
    ),
    ("ru", "8 июня полиция оцепила село, где 5 июня произошло нападение боевиков.", "2021-06-08"),
    ("ru", "В среду, 9 июня, военные окружили квартал, где бой шёл 7 июня.", "2021-06-09"),
    ("en", "On Wednesday, June 9, police arrested two men over the riot of June 6.", "2021-06-09"),
]


def _main_date(text: str, lang: str) -> str | None:
    """The report's main date: what a trigger without a day of its own takes."""
    doc = extract_doc(text, PUB, lang)
    m = main_date(doc, event_signals(doc))
    return m.date.iso if m is not None and m.date else None


@pytest.mark.parametrize("lang,text,expected", OPENING)
def test_opening_date_dates_the_lead(lang, text, expected):
    assert _main_date(text, lang) == expected


# the older rule stands: a relative opener, or a dateline set off by a dash
EARLIEST = [
    ("uk", "Сьогодні стало відомо, що 8 червня бойовики обстріляли село.", "2021-06-08"),
    ("ru", "Сегодня стало известно, что 8 июня боевики обстреляли село.", "2021-06-08"),
    (
        "en",
        "June 10, 2021 — Gunmen attacked a police post on June 8, officials said.",
        "2021-06-08",
    ),
]


@pytest.mark.parametrize("lang,text,expected", EARLIEST)
def test_relative_opener_or_dateline(lang, text, expected):
    assert _main_date(text, lang) == expected
