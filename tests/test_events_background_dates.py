"""Dates from history never date a current report's event (issue 12). Sentences written for these tests."""

from __future__ import annotations

import pytest

import sitrep

# (lang, text, published, expected event date)
CASES = [
    (
        "en",
        "Police detained ten protesters on Tuesday. The movement has protested since 2014.",
        "2021-06-03",
        "2021-06-01",
    ),
    (
        "en",
        "The town was shelled again. It was last shelled in 1944.",
        "2021-06-03",
        "2021-06-03",
    ),
    (
        "en",
        "Gunmen attacked the village. A similar attack happened on 12 March 2019.",
        "2021-06-03",
        "2021-06-03",
    ),
    (
        "ru",
        "В городе снова прошёл митинг. Впервые жители вышли на улицы в 2011 году.",
        "2021-06-03",
        "2021-06-03",
    ),
    (
        "ru",
        "Полиция разогнала митинг в субботу. Такой же митинг прошёл 5 мая 2018 года.",
        "2021-06-03",
        "2021-05-29",
    ),
    (
        "uk",
        "Село знову обстріляли. Востаннє його обстрілювали в 1943 році.",
        "2021-06-03",
        "2021-06-03",
    ),
    (
        "uk",
        "Протест відбувся у вівторок. Рух існує з 2014 року.",
        "2021-06-03",
        "2021-06-01",
    ),
    # a recent day told in a digest weeks later still dates its event
    (
        "en",
        "Ten people detained after the market riot of 2 May are still in custody.",
        "2021-06-22",
        "2021-05-02",
    ),
]


@pytest.mark.parametrize("lang,text,published,expected", CASES)
def test_background_years_never_date_the_event(lang, text, published, expected):
    s = sitrep.extract(text, published=published, lang=lang).summary
    assert s.event_date == expected, s
