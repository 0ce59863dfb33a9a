"""Place and organisation rules of issue 14 (Russian round), table-driven in uk / ru / en
on sentences written for them: sites named by a capitalized adjective and a place noun
("Храмовая гора", "Пушкинской улице"), and a country that ends an honour's, a code's or a
holiday's name ("Героя Украины", "УК РФ", "Hero of Ukraine"), which is no place; a lone
word that inflects the surname of a full name in the report ("Кернес", "Мадуро"); a
country after a person cue ("гражданин Грузии"); a name no gazetteer holds after a
settlement, district, river or province noun ("села Хушаб", "реку Тарнак")."""

from __future__ import annotations

import pytest

from helpers import mention_rows, ner_pipeline
from helpers import mention_texts as mentions
from sitrep.pipeline import extract_doc


def norms(text: str, lang: str) -> list[str]:
    doc = extract_doc(text, published="2022-01-06", lang=lang, pipeline=ner_pipeline())
    return [m.norm for m in sorted(doc.mentions_of("place"), key=lambda m: m.start)]


# (lang, text, kind, expected spans in order; [] means none of that kind[, known gap])
# fmt: off
ADJECTIVAL = [
    # a capitalized adjective agreeing with a site or area noun: the noun is in the name
    ("ru", "Паломники поднялись на Храмовую гору утром.", "place", ["Храмовую гору"]),
    ("ru", "Толпа собралась на Соборной площади и прошла по Пушкинской улице.", "place",
     ["Соборной площади", "Пушкинской улице"]),
    ("ru", "Пробка растянулась по Белгородскому шоссе на три километра.", "place",
     ["Белгородскому шоссе"]),
    ("ru", "Митингующие стояли у Львиных ворот до вечера.", "place", ["Львиных ворот"]),
    ("ru", "Стрельба началась в Головинском районе вечером.", "place", ["Головинском районе"]),
    ("ru", "Забастовка охватила шахты в Берёзовском районе.", "place",
     ["Берёзовском районе"]),
    ("uk", "Мітинг відбувся на Софіївській площі біля собору.", "place",
     ["Софіївській площі"]),
    ("uk", "Затор утворився на Житомирському шосе вранці.", "place", ["Житомирському шосе"]),
    ("uk", "Туристи піднялися на Замкову гору у Києві.", "place", ["Замкову гору", "Києві"]),
    ("uk", "Вибух пролунав на Пушкінській вулиці, біля метро.", "place",
     ["Пушкінській вулиці"]),
    # English names its sites with a capitalized noun (the existing facility rule)
    ("en", "Protesters gathered on Independence Square at noon.", "place",
     ["Independence Square"]),
    ("en", "Traffic stopped on Pushkinska Street after the blast.", "place",
     ["Pushkinska Street"]),
    # not a site: a lower-case adjective, a sentence's first word, an ordinal, a quoted
    # title, an adjective that does not agree with the noun
    ("ru", "Люди собрались на центральной площади города.", "place", []),
    ("ru", "Соборная площадь была полна людей.", "place", []),
    ("ru", "Об этом сообщил Пятый канал.", "place", []),
    ("ru", "Об этом пишет газета «Горняцкий край».", "place", []),
    ("uk", "Люди зібралися на центральній площі міста.", "place", []),
    ("uk", "Про це повідомив П'ятий канал.", "place", [],
     "Ukrainian morphology tags no ordinal (Anum): the channel reads as a canal"),
    ("en", "People gathered on the central square of the town.", "place", []),
]

TITLES = [
    # a country that ends an honour's, a code's or a holiday's name is no place there
    ("ru", "Ему посмертно присвоили звание Героя Украины.", "place", []),
    ("ru", "Дело возбуждено по статье 105 УК РФ.", "place", []),
    ("ru", "Ему грозит срок по статье 115 Уголовного кодекса Украины.", "place", []),
    ("ru", "Приём прошёл в День работника органов безопасности Российской Федерации.",
     "place", []),
    ("ru", "Приём прошёл в День работника органов безопасности Российской Федерации.",
     "org", []),
    ("ru", "Это противоречит Конституции России, заявил адвокат.", "place", []),
    ("uk", "Йому присвоїли звання Героя України посмертно.", "place", []),
    ("uk", "Справу відкрито за статтею 115 Кримінального кодексу України.", "place", []),
    ("uk", "День Незалежності України відзначили скромно.", "place", []),
    ("uk", "Підозру оголошено за статтею 111 КК України.", "place", []),
    ("en", "He was awarded the title Hero of Ukraine.", "place", []),
    ("en", "Under the Criminal Code of Ukraine he faces life in prison.", "place", []),
    ("en", "The Constitution of Ukraine forbids it, the court said.", "place", []),
    # ... also when the report names that country as a place elsewhere
    ("ru", "Президент Украины наградил его званием Героя Украины.", "place", ["Украины"]),
    ("uk", "Президент України присвоїв йому звання Героя України.", "place", ["України"]),
    ("en", "The President of Ukraine made him a Hero of Ukraine.", "place", ["Ukraine"]),
    # the same country elsewhere is a place: after a preposition, a lower-case hero, a
    # word that is no title
    ("ru", "День памяти прошёл в России и Беларуси.", "place", ["России", "Беларуси"]),
    ("ru", "Он стал настоящим героем Украины, писали газеты.", "place", ["Украины"]),
    ("ru", "Президент Украины выступил в Киеве.", "place", ["Украины", "Киеве"]),
    ("uk", "Він став справжнім героєм України, писали газети.", "place", ["України"]),
    ("uk", "Уряд України засудив обстріл.", "place", ["України"]),
    ("en", "He became a hero of Ukraine, the papers wrote.", "place", ["Ukraine"]),
    ("en", "The President of Ukraine spoke in Kyiv.", "place", ["Ukraine", "Kyiv"]),
]
REPEATS = [
    # a lone word that inflects the surname of a full name in the report is that person,
    # whatever else its morphology reads (a verb, a place); the nearest full name wins
    ("ru", "Мэр Геннадий Кернес был ранен. Позже Кернес перенёс операцию.", "person",
     ["Геннадий Кернес", "Кернес"]),
    ("ru", "Президент Николас Мадуро выступил по ТВ. Их цель — переворот, сказал Мадуро.",
     "person", ["Николас Мадуро", "Мадуро"]),
    ("ru", "Задержан Павел Паршов. Сосед Денис Паршов родился в Днепре. С 2011 года "
     "Паршов был в розыске.", "person", ["Павел Паршов", "Денис Паршов", "Паршов"]),
    ("ru", "Депутат Игорь Мосийчук ранен. Охранник Мосийчука погиб.", "person",
     ["Игорь Мосийчук", "Мосийчука"]),
    ("uk", "Мер Геннадій Кернес був поранений. Пізніше Кернес переніс операцію.", "person",
     ["Геннадій Кернес", "Кернес"]),
    ("uk", "Речник Олег Савченко заявив про обстріл. Савченка підтримали колеги.", "person",
     ["Олег Савченко", "Савченка"]),
    ("en", "President Nicolas Maduro spoke on TV. Maduro blamed the opposition.", "person",
     ["Nicolas Maduro", "Maduro"]),
    ("en", "Mayor Ivan Fedorov was seized. Fedorov was later freed.", "person",
     ["Ivan Fedorov", "Fedorov"]),
    # not a repeat: part of a longer capitalized name, a word that only starts alike, no
    # full name to repeat
    ("en", "The student Luis Alberto Pérez died at the Pérez Carreño hospital.", "person",
     ["Luis Alberto Pérez"]),
    ("ru", "Депутат Игорь Мосийчук ранен. Рядом стоял Мосин.", "person", ["Игорь Мосийчук"]),
    ("uk", "Пізніше Кернес переніс операцію.", "person", []),
    ("ru", "Позже Кернес перенёс операцию.", "person", []),
]
CITIZENS = [
    # a person cue before a country names the person's country ("гражданин Грузии")
    ("ru", "В машине погиб гражданин Грузии, боец батальона.", "place", ["Грузии"]),
    ("ru", "Заложницей стала гражданка Германии Анна Мюллер.", "place", ["Германии"]),
    ("uk", "Затримано громадянина Молдови на кордоні.", "place", ["Молдови"]),
    ("uk", "Загинула громадянка Польщі, повідомила поліція.", "place", ["Польщі"]),
    ("en", "A citizen of Georgia was killed in the blast.", "place", ["Georgia"]),
    # still no place: the cue before a surname
    ("ru", "Задержан гражданин Иванов, сообщила полиция.", "place", []),
    ("uk", "Затримано громадянина Іваненка.", "place", []),
]

UNLISTED = [
    # a capitalized name after a settlement, district, river or province noun is a place
    # even when no gazetteer holds it; the noun stays outside
    ("ru", "Смертник напал вблизи села Хушаб на юге провинции.", "place", ["Хушаб"]),
    ("ru", "Мост через реку Тарнак обрушился после взрыва.", "place", ["Тарнак"]),
    ("ru", "Он жил в графстве Стаффордшир до ареста.", "place", ["Стаффордшир"]),
    ("ru", "Бой шёл в районе Лас-Кинтас до утра.", "place", ["Лас-Кинтас"]),
    ("uk", "Смертник напав біля села Хушаб на півдні країни.", "place", ["Хушаб"]),
    ("uk", "Міст через річку Тарнак зруйновано.", "place", ["Тарнак"]),
    ("uk", "Бій точився в районі Лас-Кінтас до ранку.", "place", ["Лас-Кінтас"]),
    # not a place: a person after the noun (the town left unsaid), an ordinary word, a
    # capitalized noun inside a longer name
    ("ru", "Сообщил начальник полиции города Рахим Шах.", "place", []),
    ("ru", "Встреча прошла в районе Центральный.", "place", []),
    ("uk", "Повідомив начальник поліції міста Рахім Шах.", "place", []),
    ("uk", "Візит першої леді Сполучених Штатів Джилл Байден тривав день.", "place", []),
    # the Latin spelling in brackets after a place is the same place; an acronym or
    # words in brackets are not
    ("ru", "Мост через реку Тарнак (Tarnak) обрушился.", "place", ["Тарнак", "Tarnak"]),
    ("ru", "В городе Даммартен-ан-Гоэль (Dammartin-en-Goële; север) тихо.", "place",
     ["Даммартен-ан-Гоэль", "Dammartin-en-Goële"]),
    ("ru", "Бои шли в Донецке (по данным ООН) весь день.", "place", ["Донецке"]),
    ("uk", "Міст через річку Тарнак (Tarnak) зруйновано.", "place", ["Тарнак", "Tarnak"]),
    ("uk", "Вибухи пролунали в Харкові (Kharkiv) вночі.", "place", ["Харкові", "Kharkiv"]),
    ("en", "Blasts were heard in Kharkiv (Kharkov) overnight.", "place",
     ["Kharkiv", "Kharkov"]),
    ("en", "Blasts were heard in Kharkiv (UA) overnight.", "place", ["Kharkiv"]),
    # English names the place first ("the village of Khushab"): the gazetteer's rule
    ("en", "The bomber struck near the village of Khushab.", "place", ["Khushab"]),
]
# fmt: on


@pytest.mark.parametrize(
    "lang,case",
    mention_rows(ADJECTIVAL + TITLES + REPEATS + CITIZENS + UNLISTED),
)
def test_names_nerru(lang: str, case: dict) -> None:
    assert mentions(case["text"], lang, case["kind"]) == case["expected"]


@pytest.mark.parametrize(
    "lang,text,expected",
    [
        ("ru", "Полиция закрыла Храмовую гору, а потом открыла Храмовую гору снова.",
         ["Храмовая гора", "Храмовая гора"]),
        ("ru", "Митинг у Львиных ворот.", ["Львиные ворота"]),
        ("uk", "Поліція перекрила Софіївську площу.", ["Софіївська площа"]),
    ],
)  # fmt: skip
def test_adjectival_site_is_named_in_the_nominative(lang: str, text: str, expected) -> None:
    """Inflected mentions of one site are one entity, named in the nominative."""
    assert norms(text, lang) == expected
