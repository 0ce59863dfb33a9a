"""A town named as a reference point places no event while another town is named (issue 12).

"A raid north of Paris", "в 40 километрах от Харькова", "на північ від Києва": the
event is near that town, not in it. When the report names another town, that
one places the event; when it names none, the reference town still does
(ACLED codes the nearest town). Phrases in resources/<lang>/places_reference_words.txt.
Sentences written for these tests.
"""

from __future__ import annotations

import pytest

from helpers import event_town

PUB = "2022-06-10"

# (lang, text, the event's town)
CASES = [
    (
        "uk",
        "Бойовики атакували блокпост за 30 кілометрів від Харкова. Блокпост стоїть біля "
        "Чугуєва, повідомила поліція.",
        "Chuhuyiv",
    ),
    (
        "uk",
        "Вибух пролунав на складі на північ від Києва. Склад розташований у Вишгороді.",
        "Vyshhorod",
    ),
    (
        "ru",
        "Боевики атаковали блокпост в 30 километрах от Харькова. Блокпост стоит у Чугуева, "
        "сообщила полиция.",
        "Chuhuyiv",
    ),
    (
        "ru",
        "Взрыв прогремел на складе к северу от Киева. Склад расположен в Вышгороде.",
        "Vyshhorod",
    ),
    (
        "en",
        "Gunmen attacked a checkpoint 30 km from Kharkiv. The checkpoint stands by "
        "Chuhuiv, police said.",
        "Chuhuyiv",
    ),
    (
        "en",
        "An explosion hit a warehouse north of Kyiv. The warehouse is in Vyshhorod.",
        "Vyshhorod",
    ),
]

# negative cases: the only town named, a reference point still places the event
ONLY = [
    ("uk", "Вибух пролунав на складі на північ від Києва.", "Kyiv"),
    ("ru", "Взрыв прогремел на складе к северу от Киева.", "Kyiv"),
    ("en", "An explosion hit a warehouse north of Kyiv.", "Kyiv"),
]


def _town(lang: str, text: str) -> str | None:
    return event_town(lang, text, PUB)


@pytest.mark.parametrize("lang,text,town", CASES)
def test_a_reference_town_yields_to_the_named_town(lang, text, town):
    assert _town(lang, text) == town


@pytest.mark.parametrize("lang,text,town", ONLY)
def test_a_reference_town_alone_places_the_event(lang, text, town):
    assert _town(lang, text) == town
