"""Districts GeoNames does not list: a capitalized adjective that agrees with an
administrative noun after it ("Бориспільського району") is a place, both words
(places/districts.py); sentences written for the rule, uk / ru / en."""

from __future__ import annotations

import pytest

from helpers import place_texts as places

# (lang, text, the place mentions in order)
# fmt: off
CASES = [
    ("uk", "Школи Макарівського району отримали нові автобуси.", ["Макарівського району"]),
    ("uk", "Вибори до Новоселицької громади відбулися в неділю.", ["Новоселицької громади"]),
    ("uk", "У Слобідському окрузі відкрили пункт обігріву.", ["Слобідському окрузі"]),
    ("uk", "Макарівський район отримав нові автобуси.", ["Макарівський район"]),
    ("uk", "Пожежа сталася в селі Олексіївка Перевальського району.",
     ["Олексіївка", "Перевальського району"]),
    ("uk", "Його перевели до Центрального району.", ["Центрального району"]),
    # not a district: an adjective of another noun, a lower-case adjective, a sentence opener
    ("uk", "Сесія Київської обласної ради ухвалила бюджет.", []),
    ("uk", "Вони шукали новий район для життя.", []),
    ("uk", "Добрий район для життя, сказав він.", []),
    ("uk", "Акцію провели у районі вокзалу.", []),
    ("ru", "Школы Тарутинского района получили автобусы.", ["Тарутинского района"]),
    ("ru", "Обыски прошли в Перевальском районе и Ленинском районе.",
     ["Перевальском районе", "Ленинском районе"]),
    ("ru", "Жители Красноармейского района вышли на акцию.", ["Красноармейского района"]),
    ("ru", "Заседание Центрального районного суда отложили.", []),
    ("ru", "Новый район для жизни, сказал он.", []),
    ("ru", "Акцию провели в районе вокзала.", []),
    # English keeps its own reading: the gazetteer's town, no new district span
    ("en", "Shelling hit villages in the Boryspil district.", ["Boryspil"]),
    ("en", "They were looking for a new district to live in.", []),
]
# fmt: on


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_districts(lang: str, text: str, expected: list[str]) -> None:
    assert places(text, lang) == expected
