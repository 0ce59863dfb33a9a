"""A text published just after midnight was written the evening before (issue 12).

An evening address stored at 00:29 that says "today", "сьогодні", "сегодня" speaks of
the day before its publication date; the rule needs the publication's clock time
(mentions/dates/today.night_publication). A bare date, a daytime publication, or a
dateline of its own leave the day as it was.

Every sentence here was written for these tests; none comes from eval/real.
"""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

import sitrep
from sitrep.pipeline import parse_published_time

TEXTS = {
    "en": "Evening address\n\nToday Russian missiles struck the port of the city. "
    "Three people were killed. Yesterday the bridge was hit.",
    "uk": "Вечірнє звернення\n\nСьогодні російські ракети вдарили по порту міста. "
    "Загинули троє людей. Вчора влучили в міст.",
    "ru": "Вечернее обращение\n\nСегодня российские ракеты ударили по порту города. "
    "Погибли три человека. Вчера попали в мост.",
}

CASES = [
    ("2021-06-04T00:40", "2021-06-03"),  # stored after midnight: written on the 3rd
    ("2021-06-04T02:59:00+03:00", "2021-06-03"),  # with the source's offset
    ("2021-06-04 01:15", "2021-06-03"),
    ("2021-06-04T03:00", "2021-06-04"),  # from three o'clock on: the day published
    ("2021-06-04T21:30", "2021-06-04"),  # the same evening
    ("2021-06-04", "2021-06-04"),  # no time given: the date alone serves
]


@pytest.mark.parametrize("lang", sorted(TEXTS))
@pytest.mark.parametrize("published,expected", CASES)
def test_published_just_after_midnight_is_the_evening_before(lang, published, expected):
    s = sitrep.extract(TEXTS[lang], published=published, lang=lang).summary
    assert s.event_date == expected, s


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "Statement\n\nJune 4, 2021\n\nToday missiles struck the port. Three were killed."),
        ("uk", "Заява\n\n4 червня 2021 року\n\nСьогодні ракети вдарили по порту. Загинули троє."),
        ("ru", "Заявление\n\n4 июня 2021 года\n\nСегодня ракеты ударили по порту. Погибли трое."),
    ],
)
def test_a_dateline_outranks_the_publication_time(lang, text):
    s = sitrep.extract(text, published="2021-06-04T00:40", lang=lang).summary
    assert s.event_date == "2021-06-04", s


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2022-05-05T00:29", time(0, 29)),
        ("2022-05-05T00:29:00Z", time(0, 29)),
        ("2022-05-05 23:10:05+03:00", time(23, 10, 5)),
        ("2022-05-05", None),
        ("2022-05-05T24:09:29", None),  # no such time: the date alone serves
        (date(2022, 5, 5), None),
        (datetime(2022, 5, 5, 1, 2), time(1, 2)),
        (None, None),
    ],
)
def test_parse_published_time(value, expected):
    got = parse_published_time(value)
    assert (got.replace(tzinfo=None) if got else got) == expected


def test_the_document_keeps_its_publication_date():
    r = sitrep.extract(TEXTS["en"], published="2021-06-04T00:40", lang="en")
    assert r.document.published == "2021-06-04"


def test_gold_keeps_the_publication_time_for_the_pipeline():
    import json

    from sitrep.eval.gold import parse_line

    obj = {"id": "x", "lang": "en", "text": TEXTS["en"], "published": "2021-06-04T00:40"}
    obj["gold"] = {"event_date": "2021-06-03"}
    d = parse_line(json.dumps(obj), "f.jsonl", 1, [])
    assert d is not None
    assert (d.published, d.published_at) == ("2021-06-04", "2021-06-04T00:40")
    obj["published"] = "2021-06-04"
    d = parse_line(json.dumps(obj), "f.jsonl", 1, [])
    assert d is not None and d.published_at is None
