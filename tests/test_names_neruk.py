"""Person, organisation and place rules of issue 14 (Ukrainian, NER-UK round), table-driven
in uk / ru / en on sentences written for them: a legal-form acronym before a quoted name,
compound council and court nouns, adjectival and oblique surnames, lone dictionary surnames,
a capitalized word read as often as a noun as a verb, and the NER-UK convention for a
place's region after it."""

from __future__ import annotations

import pytest

from helpers import mention_texts as mentions
from sitrep.eval.conventions import to_convention
from sitrep.mentions.orgs.lexicon import is_legal_form

# (lang, text, kind, expected spans in order; [] means none of that kind)
# fmt: off
CASES = [
    # a Cyrillic acronym right before a quoted name is its legal form: the name is the org
    # (GUIDE 9.1: descriptor out), the acronym is no org of its own
    ("uk", "Підряд отримало ПП «Зоряне поле» з Полтави.", "org", ["Зоряне поле"]),
    ("uk", "Обладнання постачало НВП «Техносфера», а монтувало ТОВ «Арка».", "org",
     ["Техносфера", "Арка"]),
    ("uk", "Депутатом його висунуло ВО «Народна сила».", "org", ["Народна сила"]),
    ("uk", "Кріплення виготовило КГПС «Обрій» ще у 2012 році.", "org", ["Обрій"]),
    ("ru", "Контракт выиграло ЧП «Северный ветер».", "org", ["Северный ветер"]),
    ("ru", "Поставки вело НПП «Импульс» из Харькова.", "org", ["Импульс"]),
    # a listed body stays one; a quoted lower-case word is no name
    ("uk", "Про це повідомили ЗСУ «у своєму каналі».", "org", ["ЗСУ"]),
    ("uk", "Фірма ПП «нова» не існує.", "org", []),
    ("uk", "Підрозділ ЗРК «Оса» збив ракету.", "org", []),  # a weapon system
    ("ru", "Расчет ПТРК «Корнет» уничтожил танк.", "org", []),
    # compound-abbreviated names of bodies and companies, no type word needed
    ("uk", "Про це повідомили у Київраді та Мінекономіки.", "org", ["Київраді", "Мінекономіки"]),
    ("uk", "Держпраці оштрафувала фірму, а Укрзалізниця оскаржила штраф.", "org",
     ["Держпраці", "Укрзалізниця"]),
    ("uk", "Кошти повернули до Нацбанку.", "org", ["Нацбанку"]),
    ("uk", "Лист надіслали до Мінсоцполітики України.", "org", ["Мінсоцполітики України"]),
    ("uk", "Держава має дбати про громадян.", "org", []),  # a common noun
    ("uk", "Він жив у Мінську, потім у Петрограді.", "org", []),  # places
    ("ru", "Об этом сообщили в Минюсте и Росгвардии.", "org", ["Минюсте", "Росгвардии"]),
    ("ru", "Государство должно помогать людям.", "org", []),
    ("ru", "Он переехал в Ростов, затем в Минск.", "org", []),
    # compound council, administration and court nouns after a capitalized adjective
    ("uk", "Він був депутатом Полтавської облради два скликання.", "org",
     ["Полтавської облради"]),
    ("uk", "Рішення ухвалила Бучанська міськрада у вівторок.", "org", ["Бучанська міськрада"]),
    ("uk", "Голова Ірпінської райдержадміністрації Олег Мороз подав у відставку.", "org",
     ["Ірпінської райдержадміністрації"]),
    ("uk", "Позов розглядав Одеський апеляційний госпсуд.", "org",
     ["Одеський апеляційний госпсуд"]),
    ("uk", "Головою Сокальської райради обрали Івана Дяченка.", "person", ["Івана Дяченка"]),
    ("uk", "Засідання, на якому облрада мала голосувати, зірвали.", "org", []),
    ("ru", "Он был депутатом Херсонского облсовета.", "org", ["Херсонского облсовета"]),
    ("ru", "Решение отменил Одесский горсовет.", "org", ["Одесский горсовет"]),
    # adjectival surnames in every case, oblique masculine endings
    ("uk", "Лист надіслали Богданові Вишенському та Оксані Зарицькій.", "person",
     ["Богданові Вишенському", "Оксані Зарицькій"]),
    ("uk", "Ділянку отримав брат губернатора Полтавщини Андрія Коломацького.", "person",
     ["Андрія Коломацького"]),
    ("uk", "Фірма належить родині Матвійчука.", "person", ["Матвійчука"]),
    ("ru", "Письмо передали Петру Вишневскому.", "person", ["Петру Вишневскому"]),
    ("ru", "С Анной Жуковской встретились журналисты.", "person", ["Анной Жуковской"]),
    ("uk", "Вибух стався в Херсонській області.", "person", []),
    ("ru", "Взрыв произошел в Белгородской области.", "person", []),
    # a word the dictionary reads only as a surname stands alone inside a sentence
    ("uk", "Він цитував праці Гегеля і Шеллінга.", "person", ["Гегеля", "Шеллінга"]),
    ("uk", "Він цитував праці Канта.", "person", []),  # also a word: кант, an edging
    ("ru", "Он цитировал работы Гегеля.", "person", ["Гегеля"]),
    ("uk", "У провінції Північне Ківу тривають бої.", "person", []),
    ("en", "He quoted Hegel at length.", "person", []),
    # a capitalized word with as many noun as verb readings is the noun ("Польщу")
    ("uk", "Хто в Польщу поїхав, той і виграв.", "place", ["Польщу"]),
    ("uk", "Вони відвідали Польщу та Литву.", "place", ["Польщу", "Литву"]),
    ("uk", "Має бути рішення до вечора.", "place", []),
    ("ru", "Будет принято решение.", "place", []),
    ("en", "They visited Poland and Lithuania.", "place", ["Poland", "Lithuania"]),
    # a capitalized word with a pronoun, adverb or particle reading is no place
    # (GeoNames' Usi, Dali), unless a place noun stands before it
    ("uk", "Він прийшов. Далі все пішло швидше.", "place", []),
    ("uk", "Добре. Усі вони поїхали до Львова.", "place", ["Львова"]),
    ("uk", "Судна стоять у порту міста Поти.", "place", ["Поти"]),
    ("ru", "Итак, делегация прибыла в Минск.", "place", ["Минск"]),
    ("ru", "Они прибыли в город Поти.", "place", ["Поти"]),
    # continents, historical regions, rivers, seas and former states
    # (resources/common/gazetteer_areas.yaml)
    ("uk", "Товари везуть з Азії до Європи.", "place", ["Азії", "Європи"]),
    ("uk", "Бої тривають на Донбасі, а на Поділлі спокійно.", "place", ["Донбасі", "Поділлі"]),
    ("uk", "Кораблі стоять у Чорному морі.", "place", ["Чорному морі"]),
    ("uk", "Місто входило до Австро-Угорщини.", "place", ["Австро-Угорщини"]),
    ("ru", "Грузы идут из Сибири на Урал.", "place", ["Сибири", "Урал"]),
    ("ru", "Конфликт на Ближнем Востоке обострился.", "place", ["Ближнем Востоке"]),
    ("en", "Exports from Asia to Europe rose.", "place", ["Asia", "Europe"]),
    ("en", "Fighting in the Donbas continued.", "place", ["Donbas"]),
    # a street's or square's noun (also abbreviated) is part of its name; a hotel's is not
    ("uk", "Мітинг зібрався на площі Свободи.", "place", ["площі Свободи"]),
    ("uk", "Офіс стоїть на вул. Шкільній у Бучі.", "place", ["вул. Шкільній", "Бучі"]),
    ("uk", "Він мешкає на просп. Перемоги, 12.", "place", ["просп. Перемоги"]),
    ("uk", "Гості жили в готелі «Дніпро».", "place", ["Дніпро"]),
    ("uk", "Це сталося у 2001 р. Петро поїхав.", "place", []),
    ("ru", "Дом стоит на ул. Садовой в Одессе.", "place", ["ул. Садовой", "Одессе"]),
    ("ru", "Митинг прошел на площади Свободы.", "place", ["площади Свободы"]),
    ("en", "Protesters gathered in Freedom Square.", "place", ["Freedom Square"]),
]
# fmt: on


@pytest.mark.parametrize("lang,text,kind,expected", CASES)
def test_names(lang: str, text: str, kind: str, expected: list[str]) -> None:
    assert mentions(text, lang, kind) == expected


@pytest.mark.parametrize(
    "word,after,legal",
    [
        ("ПП", " «Нирт»", True),
        ("НВП", "«Енергокомплект»", True),
        ("ТОВ", " «Арка»", True),
        ("ПП", " нова", False),  # no quote after
        ("ПП", " «нова»", False),  # a lower-case word in quotes
        ("ПРИВАТНЕ", " «Нирт»", False),  # too long for an acronym
        ("LLC", " «Nirt»", False),  # Latin: listed types only
        ("ЗСУ", " «Азов»", False),  # a listed organization
    ],
)
def test_is_legal_form(word: str, after: str, legal: bool) -> None:
    assert is_legal_form(word, after) is legal


# NER-UK's convention: the legal form and the quotes are inside the ORG; a region right
# after a place is a LOC of its own (not the inside of an outer name)
CONVENTION = [
    ("uk", "Замовлення виконало ПП «Нирт» у 2011 році.", "Нирт", "ORG", "ПП «Нирт»"),
    (
        "uk",
        "Фірма зареєстрована в Ірпіні Київської області.",
        "Київської області",
        "LOC",
        "Київської області",
    ),
    (
        "uk",
        "Народився в селі Садове Арцизького району.",
        "Арцизького району",
        "LOC",
        "Арцизького району",
    ),
]


@pytest.mark.parametrize("lang,text,ours,label,theirs", CONVENTION)
def test_ner_uk_convention(lang: str, text: str, ours: str, label: str, theirs: str) -> None:
    ents = []
    if label == "LOC":
        place = text[: text.index(ours)].split()[-1]
        s = text.index(place)
        ents.append({"start": s, "end": s + len(place), "label": "LOC"})
    s = text.index(ours)
    ents.append({"start": s, "end": s + len(ours), "label": label})
    got = to_convention({"entities": ents}, text, "ner-uk", lang)["entities"]
    assert theirs in [text[e["start"] : e["end"]] for e in got if e["label"] == label]
    # the same region after a capitalized word that is no place is inside an outer name
    if label == "LOC":
        alone = to_convention({"entities": ents[1:]}, text, "ner-uk", lang)["entities"]
        assert alone == []


def test_an_area_inside_an_outlet_name_is_no_place_of_its_own() -> None:
    """ "Голосу Америки": the outlet is one name; the continent inside it is no entity."""
    from sitrep.eval.predict import report_to_prediction
    from sitrep.pipeline import extract

    text = "Кореспондент Голосу Америки поїхав до Києва."
    got = report_to_prediction(extract(text, lang="uk"))["entities"]
    assert [(e["label"], e["text"]) for e in got] == [("ORG", "Голосу Америки"), ("LOC", "Києва")]


@pytest.mark.parametrize(
    "lang,text,town",
    [
        ("uk", "Бахмут, Донбас. Після обстрілу в Бахмуті загинули двоє людей.", "Bakhmut"),
        ("uk", "На Донбасі тривають бої. У Краматорську вибухнула ракета, загинули двоє.",
         "Kramatorsk"),
        ("ru", "В Европе спокойно. В Харькове ракета попала в дом, погибли двое.", "Kharkiv"),
        ("en", "Europe watched as a missile hit a house in Kharkiv, killing two.", "Kharkiv"),
    ],
)  # fmt: skip
def test_an_area_is_no_event_place(lang: str, text: str, town: str) -> None:
    """A continent or historical region names no event's place; the town does."""
    from sitrep.pipeline import extract

    report = extract(text, lang=lang, published="2023-05-01")
    assert report.events, text
    assert report.events[0].location is not None
    assert report.events[0].location.name == town


# NER-UK draws a street with its noun and, after an abbreviated noun, its house number
STREETS = [
    ("Офіс на вул. Шкільна, 11. Поруч школа.", "вул. Шкільна", "вул. Шкільна, 11"),
    ("Склад на вул. Ювілейна, 60А у місті.", "Ювілейна", "вул. Ювілейна, 60А"),
    ("Бар на вул . Лаврська , 12 ) о 13.", "Лаврська", "вул . Лаврська , 12"),
    ("Садки вулиці Чумацької видно здалеку.", "Чумацької", "вулиці Чумацької"),
    ("На мості Патона стояв чоловік.", "Патона", "мості Патона"),
    ("Вона живе у м. Києві, 5 років.", "Києві", "Києві"),  # a town's "м." stays out
    ("Він приїхав до Одеси, 25 травня.", "Одеси", "Одеси"),
]


@pytest.mark.parametrize("text,ours,theirs", STREETS)
def test_ner_uk_street(text: str, ours: str, theirs: str) -> None:
    s = text.index(ours)
    pred = {"entities": [{"start": s, "end": s + len(ours), "label": "LOC"}]}
    got = to_convention(pred, text, "ner-uk", "uk")["entities"]
    assert [text[e["start"] : e["end"]] for e in got] == [theirs]
