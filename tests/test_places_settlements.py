"""A settlement the gazetteer may not list: the capitalized name after "село", "селище",
"хутір", "місто" or their abbreviations "с.", "м." (ru "деревня", "пос.", "г.") is a place
(places/facilities.py); a one-letter abbreviation after a number is a unit, not a trigger.
Sentences written for the rules, uk / ru / en."""

from __future__ import annotations

import pytest

from helpers import place_texts as places

# (lang, text, the place mentions in order)
# fmt: off
CASES = [
    ("uk", "У селі Половинкине народився поет.", ["Половинкине"]),
    ("uk", "Мешканці с. Заріччя та села Мала Вільшанка протестували.",
     ["Заріччя", "Мала Вільшанка"]),
    ("uk", "На хуторі Глибокий Яр згоріла хата.", ["Глибокий Яр"]),
    ("uk", "Висота стіни 5 м. Далі йде рів.", []),  # metres
    ("uk", "Він приїхав з Петром, а потім с. Далі.", ["Далі"]),  # "с." before a name
    ("ru", "Жители деревни Малая Костромка вышли на акцию.", ["Малая Костромка"]),
    ("ru", "В селе Кутах и г. Бор прошли обыски.", ["Кутах", "Бор"]),
    ("ru", "Длина 5 м. Потом дорога.", []),
    ("ru", "Он шел с Петром вечером.", []),  # "с" is no abbreviation here
    ("en", "People protested in the village of Ruska Buda.", []),  # English: no such rule
]
# fmt: on


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_settlements(lang: str, text: str, expected: list[str]) -> None:
    assert places(text, lang) == expected
