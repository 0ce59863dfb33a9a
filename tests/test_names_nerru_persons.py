"""Person rules of issue 14 (Russian round 2), table-driven in uk / ru / en on sentences
written for them: a foreign name glossed in Latin in brackets ("Сорайя Белкакеми (Soraya
Belkacemi)"); an age before a name ("22-летний ...", "a 22-year-old ..."); a naming phrase
("по имени Антон", "на ім'я Антон"); religious titles ("проповедника ..."); the namesake of an
institution after "имени / імені / им." is no person; a gazetteer place that the dictionary
does not know, right after a given name, is the surname ("Эрика Гарнера")."""

from __future__ import annotations

import pytest

from helpers import case_param, mention_rows
from helpers import mention_texts as mentions

# (lang, text, kind, expected spans in order; [] means none of that kind[, known gap])
# fmt: off
GLOSSED = [
    # unknown Cyrillic words, then the same number of capitalized Latin words in brackets
    ("ru", "В давке пострадала Ифеома Нвачукву (Ifeoma Nwachukwu) из Лагоса.", "person",
     ["Ифеома Нвачукву", "Ifeoma Nwachukwu"]),
    ("ru", "Среди раненых оказался Тиаго Барбоза (Tiago Barbosa), водитель автобуса.",
     "person", ["Тиаго Барбоза", "Tiago Barbosa"]),
    ("ru", "Ответственность взял на себя Абдулрахим Хаккани (Abdulrahim Haqqani).",
     "person", ["Абдулрахим Хаккани", "Abdulrahim Haqqani"]),
    ("uk", "Серед поранених був Тьяґо Барбоза (Tiago Barbosa), водій автобуса.",
     "person", ["Тьяґо Барбоза", "Tiago Barbosa"]),
    ("uk", "Відповідальність узяв на себе Абдулрахім Хаккані (Abdulrahim Haqqani).",
     "person", ["Абдулрахім Хаккані", "Abdulrahim Haqqani"]),
    # not a person: a different number of words, an acronym, ordinary words
    ("ru", "Взрыв произошёл у Тиаго Барбоза (Tiago) вчера.", "person", []),
    ("ru", "Об этом сообщила Всемирная Организация (WHO).", "person", []),
    ("uk", "Вибух стався біля Нова Пошта (Nova Poshta) вчора.", "person", []),
    # English: a known given name finds the name; a bracketed Latin name proves nothing
    ("en", "Rescuers found Maria Lopez (Mary Lopez) alive.", "person",
     ["Maria Lopez", "Mary Lopez"]),
    ("en", "The Nova Poshta (Nova Poshta) office was hit.", "person", []),
]

AGES = [
    # a number and an age word before a name announce a person
    ("ru", "Погиб 22-летний Абдулрахим Хаккани, водитель автобуса.", "person",
     ["Абдулрахим Хаккани"]),
    ("ru", "Власти требуют выдать 75-летнего Хаккани.", "person", ["Хаккани"]),
    ("ru", "В больницу доставили 19-летнюю Ифеому Нвачукву.", "person", ["Ифеому Нвачукву"]),
    ("uk", "Загинув 22-річний Абдулрахім Хаккані, водій автобуса.", "person",
     ["Абдулрахім Хаккані"]),
    ("uk", "Влада вимагає видати 75-річного Хаккані.", "person", ["Хаккані"]),
    ("en", "The victim, a 22-year-old Tiago Barbosa, drove the bus.", "person",
     ["Tiago Barbosa"]),
    # not an age before a name: a summer (летний), a place after the age
    ("ru", "Летний лагерь закрыли, 20-летний юбилей отменили.", "person", []),
    ("ru", "На 10-летний юбилей в Москве пришли сотни людей.", "person", []),
    ("uk", "На 10-річний ювілей у Києві прийшли сотні людей.", "person", []),
    ("en", "A 10-year-old building in Kyiv was hit.", "person", []),
]

NAMING = [
    # "по имени X", "зовут X", "на ім'я X": what a person is called
    ("ru", "С ним был мальчик по имени Антон.", "person", ["Антон"]),
    ("ru", "Нападавший по имени Бенджамин Херман вышел из тюрьмы.", "person",
     ["Бенджамин Херман"]),
    ("ru", "Второго задержанного зовут Ильдар.", "person", ["Ильдар"]),
    ("uk", "З ним був хлопчик на ім'я Антон.", "person", ["Антон"]),
    ("uk", "Другого затриманого звати Ільдар.", "person", ["Ільдар"]),
    # English "named" names boats and operations as often: no cue there
    ("en", "The 9-ton boat named Dolphin capsized overnight.", "person", []),
]

TITLES = [
    # religious titles announce a name
    ("ru", "Власти обвинили проповедника Фетхуллу Гюлена.", "person", ["Фетхуллу Гюлена"]),
    ("ru", "Заявление сделал муфтий Равиль Гайнутдин.", "person", ["Равиль Гайнутдин"]),
    ("ru", "Паломники шли к обители преподобного Варлаама.", "person", ["Варлаама"]),
    ("uk", "Влада звинуватила проповідника Фетхуллу Гюлена.", "person", ["Фетхуллу Гюлена"]),
    ("uk", "Заяву зробив муфтій Саїд Ісмагілов.", "person", ["Саїд Ісмагілов"]),
    ("en", "The authorities blamed the preacher Fethullah Gulen.", "person",
     ["Fethullah Gulen"]),
    ("en", "The statement came from mufti Said Ismagilov.", "person", ["Said Ismagilov"]),
]

NAMESAKES = [
    # the namesake of an institution is part of its name, no person mention
    ("ru", "Он учился в университете имени Тараса Шевченко.", "person", []),
    ("ru", "Боец батальона имени шейха Мансура погиб.", "person", []),
    ("ru", "Рядом находится аэропорт имени Шарля де Голля.", "person", []),
    ("ru", "Раненого доставили в институт им. Склифосовского.", "person", []),
    ("uk", "Він навчався в університеті імені Тараса Шевченка.", "person", []),
    ("uk", "Поранених доставили до лікарні ім. Мечникова.", "person", []),
    # the person stays a person elsewhere, and "по имени" is no namesake
    ("ru", "Именем Тараса Шевченко назвали улицу, сказал Иван Петренко.", "person",
     ["Тараса Шевченко", "Иван Петренко"]),
    ("ru", "Им Тарас Петренко ничего не сказал.", "person", ["Тарас Петренко"]),
    ("en", "He studied at the Taras Shevchenko University, said Ivan Petrenko.", "person",
     ["Ivan Petrenko"]),
]

SURNAME_PLACES = [
    # a gazetteer place the dictionary does not know, after a given name, is a surname
    ("ru", "Полиция причастна к гибели Эрика Гарнера.", "person", ["Эрика Гарнера"]),
    ("uk", "Поліція причетна до загибелі Еріка Гарнера.", "person", ["Еріка Гарнера"]),
    ("en", "Police were involved in the death of Eric Garner.", "person", ["Eric Garner"]),
    # ... and an unknown word the gazetteer reads as a place, before a surname's ending,
    # is a given name
    ("ru", "Сообщили о ранении имама Курмана Исмаилова.", "person", ["Курмана Исмаилова"]),
    ("ru", "Дом Курмана Исмаилова сгорел ночью.", "person", ["Курмана Исмаилова"],
     "two unknown words with no title, no verb of saying and no dictionary surname"),
    ("uk", "Повідомили про поранення імама Курмана Ісмаїлова.", "person",
     ["Курмана Ісмаїлова"]),
    ("en", "The car of deputy mufti Kurman Ismailov was blown up.", "person",
     ["Kurman Ismailov"]),
    # not after a preposition of place, not a place the dictionary knows
    ("ru", "В Курмана Исмаилов не приезжал.", "person", ["Исмаилов"]),
    ("ru", "Жительница Москвы Иванова пострадала.", "person", ["Иванова"]),
    # a known place after a given name stays a place
    ("ru", "Иван поехал в Гарнер вчера.", "place", ["Гарнер"]),
    ("ru", "Ивана Москва встретила дождём.", "place", ["Москва"]),
]
# fmt: on


@pytest.mark.parametrize(
    "lang,case",
    mention_rows(GLOSSED + AGES + NAMING + TITLES + NAMESAKES + SURNAME_PLACES),
)
def test_names_nerru_persons(lang: str, case: dict) -> None:
    assert mentions(case["text"], lang, case["kind"]) == case["expected"]


# fmt: off
OUTLETS = [
    # an org word first in its sentence still names the body after it; a Latin name after
    # it is the body's own name even with a given name in it; "St." is no sentence end
    ("ru", "Издание Paris Match Belgique сообщает об этом.", "org", ["Paris Match Belgique"]),
    ("ru", "Газета St. Louis Post-Dispatch опознала погибшего.", "org",
     ["St. Louis Post-Dispatch"]),
    ("ru", "Об этом пишет газета St. Louis Post-Dispatch.", "org", ["St. Louis Post-Dispatch"]),
    ("ru", "Телеканал Fox Nation показал запись.", "org", ["Fox Nation"]),
    ("uk", "Видання Paris Match Belgique повідомляє про це.", "org", ["Paris Match Belgique"]),
    ("uk", "Газета St. Louis Post-Dispatch впізнала загиблого.", "org",
     ["St. Louis Post-Dispatch"]),
    ("en", "The newspaper St. Louis Post-Dispatch identified him.", "org",
     ["St. Louis Post-Dispatch"]),
    # not a body: a person after a capitalized org word, a sentence that only starts with
    # a capital, a person in Latin letters
    ("ru", "Газета сообщила, что Иван Петров ранен.", "org", []),
    ("ru", "Издание Louis Martin не комментирует.", "org", []),
    ("uk", "Газета повідомила, що Іван Петренко поранений.", "org", []),
    ("en", "Newspaper John Smith said nothing.", "org", []),
]
# fmt: on


@pytest.mark.parametrize(
    "lang,case",
    [
        case_param(c[0], {"text": c[1], "kind": c[2], "expected": c[3]}, f"{c[0]}-{i}")
        for i, c in enumerate(OUTLETS)
    ],
)
def test_outlet_after_org_word(lang: str, case: dict) -> None:
    assert mentions(case["text"], lang, case["kind"]) == case["expected"]


# fmt: off
LINE_START = [
    # a settlement / river / district noun opening a line (a caption, a headline) still
    # says that the capitalized name after it is a place
    ("ru", "Автобус упал с моста в Забайкалье\nРека Куэнга летом мелеет.", "place",
     ["Забайкалье", "Куэнга"]),
    ("ru", "Мужчина напал на прохожих\nРайон Стретем\nНеизвестный ранил двоих.", "place",
     ["Стретем"]),
    ("ru", "Паводок после ливней\nСело Хушаб отрезано от дорог.", "place", ["Хушаб"]),
    ("uk", "Автобус упав з мосту на Закарпатті\nРічка Куенга влітку міліє.", "place",
     ["Закарпатті", "Куенга"]),
    ("uk", "Повінь після злив\nСело Хушаб відрізане від доріг.", "place", ["Хушаб"]),
    # inside a line a capitalized noun is part of a longer name
    ("ru", "Ночью Река Куэнга вышла из берегов.", "place", []),
    ("uk", "Вночі Річка Куенга вийшла з берегів.", "place", []),
    # English names the place first ("the Kuenga River"): no such noun rule
    ("en", "The bus fell from a bridge\nRiver Kuenga is shallow in summer.", "place", []),
]
# fmt: on


@pytest.mark.parametrize(
    "lang,case",
    [
        case_param(c[0], {"text": c[1], "kind": c[2], "expected": c[3]}, f"{c[0]}-{i}")
        for i, c in enumerate(LINE_START)
    ],
)
def test_place_noun_opening_a_line(lang: str, case: dict) -> None:
    assert mentions(case["text"], lang, case["kind"]) == case["expected"]
