"""A photo caption a page prints twice places no event (issue 12, "Where").

Every sentence here was written for these tests; none comes from eval/real.
"""

from __future__ import annotations

import pytest

from helpers import event_town
from sitrep.doc import Doc
from sitrep.events.captions import caption_spans, in_caption

PUB = "2021-06-03"

# (lang, text, the event's town): the caption names another town twice (alt text cut
# short with an ellipsis, then in full, or the same line twice); the body names the
# event's town once
CASES = [
    (
        "uk",
        "Обстріл міста вночі\n\n"
        "Люди біля будинку, куди влучила ракета у Полтаві, фото…\n"
        "Люди біля будинку, куди влучила ракета у Полтаві, фото агенції.\n\n"
        "Уночі ракета влучила у житловий будинок, загинули двоє людей. Будинок стоїть у Сумах.",
        "Sumy",
    ),
    (
        "uk",
        "Затримання активістів\n\n"
        "Поліцейські затримали активіста біля суду в Харкові.\n"
        "Поліцейські затримали активіста біля суду в Харкові.\n\n"
        "Поліція затримала трьох активістів. Акція відбулася в Черкасах.",
        "Cherkasy",
    ),
    (
        "ru",
        "Обстрел города ночью\n\n"
        "Люди у дома, куда попала ракета в Полтаве, снимок…\n"
        "Люди у дома, куда попала ракета в Полтаве, снимок агентства.\n\n"
        "Ночью ракета попала в жилой дом, погибли два человека. Дом стоит в Сумах.",
        "Sumy",
    ),
    (
        "ru",
        "Задержание активистов\n\n"
        "Полицейские задержали активиста у здания суда в Харькове.\n"
        "Полицейские задержали активиста у здания суда в Харькове.\n\n"
        "Полиция задержала трех активистов. Акция прошла в Черкассах.",
        "Cherkasy",
    ),
    (
        "en",
        "Rocket Hits Apartment Block\n\n"
        "Residents stand near a house hit by a rocket in Poltava, in a photo…\n"
        "Residents stand near a house hit by a rocket in Poltava, in a photo of last spring.\n\n"
        "A rocket hit an apartment block overnight, killing two people. The block stands in Sumy.",
        "Sumy",
    ),
    (
        "en",
        "Police Detain Activists\n\n"
        "Police officers detain an activist outside a court in Kharkiv.\n"
        "Police officers detain an activist outside a court in Kharkiv.\n\n"
        "Police detained three activists on Sunday. The rally was held in Cherkasy.",
        "Cherkasy",
    ),
]

# negative cases: a line printed once is text, and its town places the event
PLAIN = [
    (
        "uk",
        "Обстріл міста вночі\n\nУночі ракета влучила у будинок у Полтаві.\n\n"
        "Люди з Сум приїхали допомагати.",
        "Poltava",
    ),
    (
        "ru",
        "Обстрел города ночью\n\nНочью ракета попала в дом в Полтаве.\n\n"
        "Жители Сум приехали помогать.",
        "Poltava",
    ),
    (
        "en",
        "Rocket Hits Apartment Block\n\nA rocket hit a house in Poltava overnight.\n\n"
        "Volunteers from Sumy came to help.",
        "Poltava",
    ),
]


def _town(lang: str, text: str) -> str | None:
    return event_town(lang, text, PUB)


@pytest.mark.parametrize("lang,text,town", CASES)
def test_a_caption_printed_twice_places_no_event(lang, text, town):
    assert _town(lang, text) == town


@pytest.mark.parametrize("lang,text,town", PLAIN)
def test_a_line_printed_once_places_the_event(lang, text, town):
    assert _town(lang, text) == town


@pytest.mark.parametrize(
    "text,captions",
    [
        ("A long caption line about the photo\nA long caption line about the photo\nBody.", 2),
        ("A long caption line about…\nA long caption line about the photo, in full.\nBody.", 2),
        ("Short\nShort\nBody text follows.", 0),  # too short to be a caption
        ("One line of text here.\nAnother line of text here.", 0),
    ],
)
def test_caption_lines(text, captions):
    doc = Doc(raw=text)
    spans = caption_spans(doc)
    assert len(spans) == captions
    assert all(in_caption(doc, s) for s, _ in spans)
    assert not in_caption(doc, len(text) - 1)
