"""A place where someone was born or buried is no event's place (issue 12, "Where").

Every sentence here was written for these tests; none comes from eval/real.
"""

from __future__ import annotations

import pytest

from helpers import event_town

PUB = "2021-06-03"

# (lang, text, the event's town): the birthplace (and its new name in brackets) or the
# burial place is named more often, the event's town once
CASES = [
    (
        "ru",
        "Журналиста застрелили вчера. Убийца родился в Харькове (сейчас город Харьков)."
        "\n\nВсё случилось в центре Львова.",
        "Lviv",
    ),
    (
        "ru",
        "Подросток погиб при обстреле. Он был похоронен в Полтаве, на кладбище Полтавы."
        "\n\nСнаряд упал во дворе в Сумах.",
        "Sumy",
    ),
    (
        "ru",
        "Охранника застрелили у банка. Уроженец Николаева, в Николаеве он жил до войны."
        "\n\nБанк стоит в центре Одессы.",
        "Odesa",
    ),
    (
        "uk",
        "Журналіста застрелили вчора. Вбивця народився у Харкові (нині місто Харків)."
        "\n\nУсе сталося в центрі Львова.",
        "Lviv",
    ),
    (
        "uk",
        "Підліток загинув під час обстрілу. Його поховано, він похований у Полтаві, Полтава "
        "прощалася з ним.\n\nСнаряд упав у дворі в Сумах.",
        "Sumy",
    ),
    (
        "uk",
        "Охоронця застрелили біля банку. Уродженець Миколаєва, у Миколаєві він жив до війни."
        "\n\nБанк стоїть у центрі Одеси.",
        "Odesa",
    ),
    (
        "en",
        "Gunmen shot dead a guard outside his office. One gunman was born in Leeds (Leeds, "
        "England).\n\nIt all happened in central Manchester.",
        "Manchester",
    ),
    (
        "en",
        "A teenager died in shelling. He was buried in Poltava, in the Poltava cemetery."
        "\n\nThe shell fell in a yard in Sumy.",
        "Sumy",
    ),
    (
        "en",
        "Gunmen shot dead a guard outside a bank. A native of Mykolaiv (Mykolaiv, Ukraine), "
        "he had worked there a year.\n\nThe bank stands in central Odesa.",
        "Odesa",
    ),
]

# negative cases: with no birth or burial word the town named most stays the event's place
PLAIN = [
    ("ru", "Журналиста застрелили в Харькове. В Харькове прошла акция. Львов молчит.", "Kharkiv"),
    ("uk", "Журналіста застрелили в Харкові. У Харкові пройшла акція. Львів мовчить.", "Kharkiv"),
    (
        "en",
        "A reporter was shot dead in Leeds. In Leeds people gathered. Manchester was quiet.",
        "Leeds",
    ),
]


def _town(lang: str, text: str) -> str | None:
    return event_town(lang, text, PUB)


@pytest.mark.parametrize("lang,text,town", CASES)
def test_a_birth_or_burial_place_is_not_the_event_place(lang, text, town):
    assert _town(lang, text) == town


@pytest.mark.parametrize("lang,text,town", PLAIN)
def test_without_a_birth_word_the_town_stays(lang, text, town):
    assert _town(lang, text) == town
