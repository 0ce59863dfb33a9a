"""A department's abbreviation before a body joins it ("ГУ ДФС", "ВП ГУ Нацполіції";
orgs/resolve.py), and an abbreviated legal form is no place ("ПрАТ" is not Prato;
places/evidence.py). Sentences written for the rules, uk / ru / en."""

from __future__ import annotations

import pytest

from helpers import mention_texts as mentions

# (lang, text, kind, expected mentions of that kind)
# fmt: off
CASES = [
    ("uk", "Про перевірку повідомили в ГУ ДФС та прокуратурі.", "org", ["ГУ ДФС"]),
    ("uk", "Лист надіслали до ГУ Держгеокадастру минулого тижня.", "org",
     ["ГУ Держгеокадастру"]),
    ("uk", "Справу відкрив ВП ГУ Нацполіції.", "org", ["ВП ГУ Нацполіції"]),
    ("uk", "ГУ не відповіло, а СБУ мовчить.", "org", ["СБУ"]),  # no body after it
    ("ru", "Об этом сообщило ГУ МВД вечером.", "org", ["ГУ МВД"]),
    ("ru", "ГУ промолчало, а ФСБ ответила.", "org", ["ФСБ"]),
    ("en", "The GU of the SBU said nothing.", "org", ["SBU"]),
    # a legal form's abbreviation is no place
    ("uk", "Автобуси передали ПрАТ «Автотранс» і ТОВ «Рух».", "place", []),
    ("uk", "Акції ПрАТ «Світанок» подорожчали в Києві.", "place", ["Києві"]),
    ("ru", "Акции ЗАО «Прогресс» подешевели в Москве.", "place", ["Москве"]),
    ("en", "The firm moved from Prato to Milan.", "place", ["Prato", "Milan"]),
]
# fmt: on


@pytest.mark.parametrize("lang,text,kind,expected", CASES)
def test_departments_and_legal_forms(lang: str, text: str, kind: str, expected: list) -> None:
    assert mentions(text, lang, kind) == expected
