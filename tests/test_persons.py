"""persons: table-driven cases in uk / ru / en, entity linking across cases and spellings."""

from __future__ import annotations

from functools import lru_cache

import pytest

from sitrep.names import fold, transliterate
from sitrep.pipeline import Pipeline, extract_doc


@lru_cache(maxsize=1)
def _pipe() -> Pipeline:
    return Pipeline.from_config(
        {
            "pipeline": {
                "components": [
                    "normalize",
                    "language",
                    "segment",
                    "dates",
                    "org_lexicon",
                    "persons",
                ]
            }
        }
    )


def run(text: str):
    return extract_doc(text, published="2022-01-06", pipeline=_pipe())


def persons(text: str) -> list[tuple[str, str]]:
    doc = run(text)
    out = []
    for m in sorted(doc.mentions_of("person"), key=lambda m: m.start):
        assert doc.text[m.start : m.end] == m.text
        out.append((m.text, m.norm))
    return out


# (text, [(span, norm)]) -- an empty list is a negative case
UK = [
    (
        "Президент Касим-Жомарт Токаєв заявив, що протести організували з-за кордону.",
        [("Касим-Жомарт Токаєв", "Kasim-Zhomart Tokaev")],
    ),
    (
        "Як розповіла журналістка Олена Петренко, поліція затримала 40 людей.",
        [("Олена Петренко", "Olena Petrenko")],
    ),
    (
        "Ми поговорили з Олександром Коваленком. Коваленко каже, що стріляли з даху.",
        [("Олександром Коваленком", "Oleksandr Kovalenko"), ("Коваленко", "Oleksandr Kovalenko")],
    ),
    ("Інша учасниця акції Гульнара повідомила, що її затримали.", [("Гульнара", "Gulnara")]),
    (
        "За словами Тетяни Шевченко, у лікарні 12 поранених.",
        [("Тетяни Шевченко", "Tetyana Shevchenko")],
    ),
    ("О. Петренко написав заяву до поліції.", [("О. Петренко", "O. Petrenko")]),
    ("У Львові активіст Тарас виступив перед натовпом.", [("Тарас", "Taras")]),
    (
        "Адвокат Марії Іванової заявив, що її били. Іванова перебуває в СІЗО.",
        [("Марії Іванової", "Mariya Ivanova"), ("Іванова", "Mariya Ivanova")],
    ),
    ("Зараз незрозуміло, хто стріляв першим.", []),
    ("Київ і Харків опинилися без світла в понеділок.", []),
    ("Верховна Рада ухвалила закон, а Радіо Свобода повідомило про це.", []),
    ("Площа Незалежності була порожньою, Відео з місця події з'явилося ввечері.", []),
]

RU = [
    ("Президент Казахстана Касым-Жомарт Токаев заявил о введении режима ЧП.",
     [("Касым-Жомарт Токаев", "Kasym-Zhomart Tokaev")]),
    ("Как сообщила корреспондент Анна Смирнова, в городе слышны выстрелы.",
     [("Анна Смирнова", "Anna Smirnova")]),
    ("Правозащитник Сергей Иванович Петров сказал, что задержанных били. Петров призвал к диалогу.",
     [("Сергей Иванович Петров", "Sergei Ivanovich Petrov"),
      ("Петров", "Sergei Ivanovich Petrov")]),
    ("Жительница Алматы Динара рассказала, что ночью слышала выстрелы.", [("Динара", "Dinara")]),
    ("По словам Ирины Сидоровой, полиция применила газ. Сидорова в больнице.",
     [("Ирины Сидоровой", "Irina Sidorova"), ("Сидорова", "Irina Sidorova")]),
    ("Депутат Госдумы Пётр Толстой предложил запретить митинги.",
     [("Пётр Толстой", "Petr Tolstoi")]),
    ("В.В. Путин провёл совещание.", [("В.В. Путин", "V. V. Putin")]),
    ("Вчера Марта Ивановна Кузнецова вышла на площадь.",
     [("Марта Ивановна Кузнецова", "Marta Ivanovna Kuznetsova")]),
    ("Навального задержали в аэропорту. Алексей Навальный назвал это беззаконием.",
     [("Навального", "Aleksei Navalnyi"), ("Алексей Навальный", "Aleksei Navalnyi")]),
    ("Как сообщает Азаттык, Ержан Карабек был задержан.", [("Ержан Карабек", "Yerzhan Karabek")]),
    ("Москва и Санкт-Петербург присоединились к акции.", []),
    ("Роза ветров показывает северный ветер.", []),
    ("Сегодня Площадь Свободы была пуста.", []),
]  # fmt: skip

EN = [
    ("President Kassym-Jomart Tokayev said the protests were organized from abroad.",
     [("Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev")]),
    ("Police detained activist Aigul Utepova, her lawyer said. Utepova was released.",
     [("Aigul Utepova", "Aigul Utepova"), ("Utepova", "Aigul Utepova")]),
    ('"We are surrounded," said Roza, a striking oil worker.', [("Roza", "Roza")]),
    ("Human Rights Watch researcher Mihra Rittmann said 15 people died.",
     [("Mihra Rittmann", "Mihra Rittmann")]),
    ("Mr. Smith said the police fired first. John Smith is a teacher.",
     [("Smith", "John Smith"), ("John Smith", "John Smith")]),
    ("According to Olga Petrova, the square was sealed off.", [("Olga Petrova", "Olga Petrova")]),
    ("Giorgi Kvirikashvili and Nino Burjanadze met in Tbilisi.",
     [("Giorgi Kvirikashvili", "Giorgi Kvirikashvili"), ("Nino Burjanadze", "Nino Burjanadze")]),
    ("Mohammed al-Sayed said his brother was among those killed.",
     [("Mohammed al-Sayed", "Mohammed al-Sayed")]),
    ("The Roman Catholic Church called for calm in New York.", []),
    ("Kyiv Post reported the clashes on Friday.", []),
    ("Witnesses in Almaty told reporters that troops opened fire.", []),
    ("The March for Freedom began in May.", []),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", UK + RU + EN)
def test_persons_table(text, expected):
    assert persons(text) == expected


def test_seed_variants_share_one_entity():
    text = (
        "Сказала по телефону Айман Унгарбаева, учасниця страйкового руху.\n\n"
        "Останнім повідомленням був крик Айман Унгарбаєвої: «У нас почалася війна!»\n\n"
        "Пізніше Унгарбаєва не відповідала. Reuters quoted Aiman Ungarbaeva as well.\n\n"
        "*Dasha Bakay*, NewsMarket"
    )
    doc = run(text)
    ms = doc.mentions_of("person")
    by_text = {m.text: m for m in ms}
    ids = {by_text[t].entity for t in ("Айман Унгарбаева", "Айман Унгарбаєвої", "Унгарбаєва")}
    ids.add(by_text["Aiman Ungarbaeva"].entity)
    assert len(ids) == 1
    ent = next(e for e in doc.entities if e.id in ids)
    assert ent.kind == "person" and ent.name == "Aiman Ungarbaeva"
    assert set(ent.variants) >= {"Айман Унгарбаева", "Айман Унгарбаєвої"}
    assert by_text["Dasha Bakay"].entity not in ids
    # spans are the name tokens only: no markup, title or punctuation
    assert by_text["Dasha Bakay"].start == text.index("Dasha")


def test_different_people_stay_apart():
    doc = run("Олена Петренко і Олег Петренко прийшли на мітинг. Ірина Коваль теж.")
    ents = {m.text: m.entity for m in doc.mentions_of("person")}
    assert len(set(ents.values())) == 3


def test_entity_ids_and_mentions_are_consistent():
    doc = run("Анна Смирнова сказала, что Смирнова не уйдёт. Иван Петров молчал.")
    for e in doc.entities:
        assert e.id.startswith("per:")
        for mid in e.mentions:
            m = next(m for m in doc.mentions if m.id == mid)
            assert m.entity == e.id and m.norm == e.name


@pytest.mark.parametrize(
    "cyr,latin",
    [("Айман Унгарбаєва", "Aiman Ungarbaeva"), ("Жанаозень", "Zhanaozen"),
     ("Юлія Щербак", "Yuliya Shcherbak"), ("Єрлан", "Yerlan"), ("Қайрат Әбілов", "Kairat Abilov"),
     ("Dasha Bakay", "Dasha Bakay")],
)  # fmt: skip
def test_transliteration(cyr, latin):
    assert transliterate(cyr) == latin


def test_fold_unifies_spellings():
    assert fold("Ungarbayeva") == fold("Ungarbaeva")
    assert fold("Ayman") == fold("Aiman")
    assert fold("Assel") == fold("Asel")
    assert fold("Petrov") != fold("Petrova")


WORLD = [
    ("The student, Luis Alberto Pérez, 20, died in hospital, said Carla Ramírez.",
     [("Luis Alberto Pérez", "Luis Alberto Pérez"), ("Carla Ramírez", "Carla Ramírez")]),
    ("Заступник мера міста Андрій Сотник вийшов до людей.", [("Андрій Сотник", "Andrii Sotnik")]),
    ("Владелец кафе Драган Петрович рассказал, что фанаты ворвались внутрь.",
     [("Драган Петрович", "Dragan Petrovich")]),
    ("У боях під Бені загинули троє, повідомили мешканців Бені.", []),
    ("Police detained 14 people near Turgenevskaya metro station.", []),
    ("Traffic stopped on the Francisco Fajardo highway.", []),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", WORLD)
def test_world_names_and_places(text, expected):
    assert persons(text) == expected


def test_a_surname_beats_a_place_of_the_same_name():
    comps = [
        "normalize",
        "language",
        "segment",
        "places",
        "org_lexicon",
        "persons",
        "resolve_overlaps",
    ]
    pipe = Pipeline.from_config({"pipeline": {"components": comps}})
    text = "— заявила одна з лідерок руху Камила Рохас. Її підтримав Хосе Лопес."
    doc = extract_doc(text, published="2022-01-06", pipeline=pipe)
    pers = {m.text for m in doc.mentions_of("person")}
    assert pers == {"Камила Рохас", "Хосе Лопес"}
    for m in doc.mentions_of("place"):
        assert not any(p.start < m.end and m.start < p.end for p in doc.mentions_of("person"))


def test_empty_and_markup_only_documents():
    assert persons("") == []
    assert persons("*** --- ***") == []


# Latin names that no list holds, licensed by what stands around them (a title with its
# body, a verb of saying, a description after a comma), and words that only look like names
CUED = [
    # a title, with the body or country it belongs to between title and name
    ("Talks with Prime Minister of Malta Teodor Vasquillo ended late.",
     ["Teodor Vasquillo"]),
    ("The Ambassador of the Kingdom of Norway to Chile Sunniva Brekkaholt arrived.",
     ["Sunniva Brekkaholt"]),
    ("He met the Deputy Governor of Kassala Okello Namukasa on Monday.",
     ["Okello Namukasa"]),
    ("The Secretary-General Amadou Kintagoro called for a ceasefire.", ["Amadou Kintagoro"]),
    ('"We have no water," said Brigadier Ravindu Perakumbura, a spokesman for the army.',
     ["Ravindu Perakumbura"]),
    ("A local elder, Alhaji Musa Dantoroko, said the gunmen came at night.",
     ["Musa Dantoroko"]),
    # a verb of saying next to the name
    ('"It is only the beginning," said Tiemoko Baradji.', ["Tiemoko Baradji"]),
    ("Crowds filled Freedom Square and Unity Park on Sunday.", []),  # no cue at all
    ("Green Square filled quickly, witnesses said.", []),  # first words: saying is not enough
    # a description after the name
    ("Police shot dead Ravish Tendulkarn, 24, who carried a knife.", ["Ravish Tendulkarn"]),
    ("Zainab Okonjiro, a nurse at the clinic, counted eleven bodies.", ["Zainab Okonjiro"]),
    ("Aid reached Bondoukou Kessi, a town near the border, on Friday.", []),
    # nationality words and the bodies after a title are not people
    ("Nigerian police said three officers were wounded.", []),
    ("The Somali army retook the town; Somalis fled north.", []),
    ("He thanked the Minister of Foreign Affairs for the visit.", []),
    ("The President of the German Bundestag visited Kyiv.", []),
    ("Russian Defense officials denied the report.", []),
    ("South Korean rescuers searched the coast.", []),
    # a headline's capitals are not a name
    ("Gunmen Storm Village Market, Kill Farmers\n\nFighting went on.", []),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", CUED)
def test_unlisted_latin_names_need_a_cue(text, expected):
    assert [span for span, _ in persons(text)] == expected


@pytest.mark.parametrize(
    "word,is_demonym",
    [("Nigerian", True), ("Somalis", True), ("Pakistani", True), ("Kenyan", True),
     ("Korean", True), ("Sudanese", True), ("Ghani", False), ("Annan", False),
     ("Georgia", False), ("Jordan", False)],
)  # fmt: skip
def test_demonyms_come_from_country_names(word, is_demonym):
    from sitrep.names.demonyms import is_demonym as check

    assert check(word) is is_demonym


# Cyrillic names with particles, streets named after people, a region's adjective before its
# noun, and a surname-like word after a role a few words back
CYRILLIC = [
    ("Генпрокурор страны Халид аль-Рашиди заявил об арестах.", ["Халид аль-Рашиди"]),
    ("Принц Фейсал ибн Мансур встретился с министром.", ["Фейсал ибн Мансур"]),
    ("Речь мэра Антонио де Сантиса прервали протестующие.", ["Антонио де Сантиса"]),
    ("Шейх Омар бін Заїд закликав до спокою.", ["Омар бін Заїд"]),
    ("Колонна прошла по улице Михаила Лермонтова к площади.", []),
    ("Вибух стався на вулиці Лесі Українки близько полудня.", []),
    ("Протестувальники зібралися на проспекті Степана Бандери.", []),
    ("Пробки образовались на бульваре Тараса Шевченко.", []),
    ("Губернатор Курганского края Ольга Белова рассказала о пожаре.", ["Ольга Белова"]),
    ("Заступник голови Полтавського краю Оксана Мельник відвідала лікарню.", ["Оксана Мельник"]),
    ("Помощник муфтия Ставропольского края Руслана Абдуллаева задержали.",
     ["Руслана Абдуллаева"]),
    # the same name in Latin letters in brackets, as the source writes it
    ("Похищена гражданка Германии Марта Штольце (Marta Stolze), сообщил МИД.",
     ["Марта Штольце", "Marta Stolze"]),
    ("Заяву зробив речник Юсеф Карімі (Yusef Karimi) у вівторок.", ["Юсеф Карімі", "Yusef Karimi"]),
    ("Мэр Анна Вальтер (CDU) выступила против.", ["Анна Вальтер"]),  # a party, not a name
    ("Президент Касим-Жомарт Токаєв (Астана) заявив про протести.", ["Касим-Жомарт Токаєв"]),
    # a street word after the name does not stop it ("Иван Петров, улица которого ...")
    ("Иван Петров живёт на этой улице давно.", ["Иван Петров"]),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", CYRILLIC)
def test_cyrillic_particles_streets_and_regions(text, expected):
    assert [span for span, _ in persons(text)] == expected


# a lone given name on morphology alone, even first in its sentence; never an ordinary word,
# a place the document names, or a word after a preposition of place
LONE_GIVEN = [
    ("Уляна підійшла до вікна і мовчала.", ["Уляна"]),
    ("Марічка хитнула головою.", ["Марічка"]),
    ("Потім Наталочка довго сміялася.", ["Наталочка"]),
    ("Оксана кивнула і вийшла.", ["Оксана"]),
    ("Люди вийшли на площу.", []),
    ("Віра в перемогу допомагає.", []),
    ("Слава героям, сказали вони.", []),
    ("Мы приехали к Нилу на рассвете.", []),
    ("Потом Катя молча кивнула.", ["Катя"]),  # also a gerund: only inside a sentence
    ("Потом Серёжа ушёл домой.", ["Серёжа"]),
    ("Люди стояли у здания суда.", []),
    ("Бойовики напали на околиці Бені вночі.", []),
]  # fmt: skip


@pytest.mark.parametrize("text,expected", LONE_GIVEN)
def test_lone_given_names_by_morphology(text, expected):
    assert [span for span, _ in persons(text)] == expected
