"""The headline figure's town may be named a few sentences before the figure (issue 12).

"Ракети вдарили по Миколаєву ... Внаслідок удару зруйновано будівлю ... Семеро
людей загинули": the figure's own sentence names no town, the sentences just
before it do. That town places the lead's trigger too when the lead names none
("40 ракет на добу"), before the town the report names most. Sentences written
for these tests.
"""

from __future__ import annotations

import pytest

from helpers import event_town

PUB = "2022-06-10"

# (lang, text, expected location): the town named most is not where the figure is told
CASES = [
    (
        "uk",
        "Звернення до партнерів\n\n30 ракет. Щодня стільки ракет окупанти випускають по "
        "наших містах.\n\nСьогодні вранці ракета влучила в Полтаву. Внаслідок удару "
        "зруйновано школу. Відомо, що четверо людей загинули.\n\nРакети знову обстріляли Харків. "
        "Харків тримається. Харків живе.",
        "Poltava",
    ),
    (
        "uk",
        "Промова в парламенті\n\nЩоночі обстріли. Ракети летять на наші міста.\n\nУчора "
        "ракети вдарили по Вінниці. Зруйновано торговий центр. На цей час відомо, що "
        "загинули 12 людей.\n\nРакети обстріляли Одесу. Одеса допомагає, Одеса приймає людей.",
        "Vinnytsya",
    ),
    (
        "ru",
        "Обращение к партнерам\n\n30 ракет. Каждый день столько ракет оккупанты выпускают "
        "по нашим городам.\n\nСегодня утром ракета попала в Полтаву. В результате удара "
        "разрушена школа. Известно, что четыре человека погибли.\n\nРакеты снова обстреляли Харьков. "
        "Харьков держится. Харьков живет.",
        "Poltava",
    ),
    (
        "ru",
        "Речь в парламенте\n\nКаждую ночь обстрелы. Ракеты летят на наши города.\n\nВчера "
        "ракеты ударили по Виннице. Разрушен торговый центр. На данный момент известно, "
        "что погибли 12 человек.\n\nРакеты обстреляли Одессу. Одесса помогает, Одесса принимает людей.",
        "Vinnytsya",
    ),
    (
        "en",
        "Address to partners\n\n30 missiles. Every day the invaders fire that many missiles "
        "at our cities.\n\nThis morning a missile hit Poltava. The strike destroyed a "
        "school. It is known that four people were killed.\n\nMissiles shelled Kharkiv again. "
        "Kharkiv is holding on. Kharkiv lives.",
        "Poltava",
    ),
    (
        "en",
        "Speech to parliament\n\nShelling every night. Missiles fly at our cities.\n\n"
        "Yesterday missiles struck Vinnytsia. A shopping centre was destroyed. So far 12 "
        "people are known to have been killed.\n\nMissiles shelled Odesa. Odesa helps, Odesa "
        "takes people in.",
        "Vinnytsya",
    ),
]

# negative cases: more than three sentences between the town and the figure
FAR = [
    (
        "uk",
        "Звернення\n\nЩоночі обстріли.\n\nУчора згадували Вінницю. Ми пам'ятаємо. Ми "
        "знаємо. Ми віримо. Ми боремося. Відомо, що загинули 12 людей.\n\nОдеса "
        "допомагає, Одеса приймає людей, Одеса тримається.",
        "Vinnytsya",
    ),
    (
        "en",
        "Address\n\nShelling every night.\n\nYesterday we remembered Vinnytsia. We "
        "remember. We know. We believe. We fight. So far 12 people are known to have been "
        "killed.\n\nOdesa helps, Odesa takes people in, Odesa holds on.",
        "Vinnytsya",
    ),
]


def _town(lang: str, text: str) -> str | None:
    return event_town(lang, text, PUB)


@pytest.mark.parametrize("lang,text,town", CASES)
def test_the_figure_town_named_just_before(lang, text, town):
    assert _town(lang, text) == town


@pytest.mark.parametrize("lang,text,town", FAR)
def test_a_town_far_before_the_figure_is_not_its_town(lang, text, town):
    assert _town(lang, text) != town
