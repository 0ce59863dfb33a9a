"""Where the event happened: the place its trigger's sentence names (issue 12).

Every sentence here was written for these tests; none comes from eval/real.
"""

from __future__ import annotations

import pytest

import sitrep

PUB = "2021-06-03"

# a town in brackets right after a quoted name is that name's home, not the event's place;
# a trigger's sentence that names only a country places the event in that country
QUALIFIERS = [
    (
        "ru",
        "В Словакии фанаты клуба «Динамо» (Москва) устроили беспорядки на стадионе в Жилине.",
        "SK",
    ),
    (
        "ru",
        "В Польше болельщики «Спартака» (Москва) устроили беспорядки. Матч шёл в Познани.",
        "PL",
    ),
    (
        "uk",
        "У Словаччині фанати клубу «Динамо» (Київ) влаштували заворушення на стадіоні в Жиліні.",
        "SK",
    ),
    (
        "uk",
        "У Польщі вболівальники «Шахтаря» (Донецьк) влаштували заворушення. Матч "
        "проходив у Познані.",
        "PL",
    ),
    ("en", 'In Slovakia fans of "Dynamo" (Moscow) rioted at the stadium in Zilina.', "SK"),
    (
        "en",
        'In Poland supporters of "Spartak" (Moscow) rioted. The match was played in Poznan.',
        "PL",
    ),
]


@pytest.mark.parametrize("lang,text,country", QUALIFIERS)
def test_a_bracketed_home_town_is_not_the_event_place(lang, text, country):
    s = sitrep.extract(text, published=PUB, lang=lang).summary
    assert s.country == country, s


# a trigger whose sentence names no town takes the town where the same kind of event was
# placed by its own sentence, in the main place's country; never a town abroad named
# only for talks or a bureau
SAME_KIND = [
    (
        "en",
        "Missiles again\n\nForty missiles a day hit the country. This morning missiles hit "
        "Mykolaiv. Mariupol has been under siege for weeks and Mariupol needs help. "
        "People in Mariupol hide in basements.",
        "Mykolayiv",
    ),
    (
        "uk",
        "Знову ракети\n\nСорок ракет на день б'ють по країні. Сьогодні вранці ракети "
        "вдарили по Миколаєву. Маріуполь у блокаді кілька тижнів, Маріуполю потрібна допомога. "
        "Люди в Маріуполі ховаються в підвалах.",
        "Mykolayiv",
    ),
    (
        "ru",
        "Снова ракеты\n\nСорок ракет в день бьют по стране. Сегодня утром ракеты ударили "
        "по Николаеву. Мариуполь в блокаде несколько недель, Мариуполю нужна помощь. "
        "Люди в Мариуполе прячутся в подвалах.",
        "Mykolayiv",
    ),
    (
        "en",
        "Barrel bombs hit Aleppo\n\nHelicopters dropped barrel bombs on Aleppo on Sunday. "
        "Mortar fire continued overnight. Diplomats met in Geneva as the shelling went on in "
        "Geneva talks' shadow.",
        "Aleppo",
    ),
    (
        "ru",
        "Бомбы на Алеппо\n\nВертолёты сбросили бочковые бомбы на Алеппо в воскресенье. "
        "Ночью продолжался обстрел. В Женеве дипломаты обсуждали обстрел.",
        "Aleppo",
    ),
    (
        "uk",
        "Бомби на Алеппо\n\nГелікоптери скинули бочкові бомби на Алеппо в неділю. "
        "Уночі тривав обстріл. У Женеві дипломати обговорювали обстріл.",
        "Aleppo",
    ),
]


@pytest.mark.parametrize("lang,text,place", SAME_KIND)
def test_a_trigger_without_a_town_takes_its_kinds_town(lang, text, place):
    s = sitrep.extract(text, published=PUB, lang=lang).summary
    assert s.location == place, s


# "Gilbert da Costa" is a person; "города Мармариса" a place despite a first-name reading
NAMES = [
    ("en", "Gilbert da Costa reports for VOA from Lagos.", ["Lagos"]),
    ("en", "Victoria van Dijk said the village was calm.", []),
    ("en", "Fighting was reported near Gilbert, Arizona.", ["Gilbert", "Arizona"]),
    ("ru", "Задержания произошли в районе курортного города Мармариса.", ["Marmaris"]),
    ("ru", "Военные задержаны в городе Мармарис.", ["Marmaris"]),
    ("uk", "Затримання відбулися в районі курортного міста Мармарис.", ["Marmaris"]),
]


@pytest.mark.parametrize("lang,text,places", NAMES)
def test_names_with_particles_and_place_nouns(lang, text, places):
    r = sitrep.extract(text, published=PUB, lang=lang)
    got = [m.place.name for m in r.mentions if m.kind == "place" and m.place]
    assert got == places


# a village the gazetteer lacks, or a namesake in another region: the smallest enclosing
# unit the text names (the region, precision region), never a far-away namesake
ENCLOSING = [
    ("uk", "Уночі окупанти обстріляли село Вишневе Харківської області, загинули двоє людей."),
    ("uk", "Вранці ворог обстріляв Вишневе Харківської області."),
    ("uk", "У селі Вишневе Харківської області снаряд влучив у школу."),
    ("ru", "Ночью обстреляли село Вишневое Харьковской области, погибли два человека."),
    ("ru", "Утром враг обстрелял Вишневое Харьковской области."),
    ("ru", "В селе Вишневое Харьковской области снаряд попал в школу."),
    ("en", "Overnight shelling hit the village of Vyshneve in the Kharkiv region, killing two."),
    ("en", "Shelling hit Vyshneve, Kharkiv region, on Tuesday."),
    ("en", "A shell hit a school in the village of Vyshneve in the Kharkiv region."),
]


@pytest.mark.parametrize("lang,text", ENCLOSING)
def test_the_enclosing_region_stands_in_for_a_village_elsewhere(lang, text):
    r = sitrep.extract(text, published=PUB, lang=lang)
    loc = r.events[0].location
    assert loc is not None and loc.admin1 == "Kharkiv" and loc.precision == "region", loc


# the admin chain picks the right namesake when the gazetteer has it
CHAIN = [
    ("uk", "Обстріляли Балаклію Харківської області.", "Balakliya"),
    ("ru", "Обстреляли Балаклею Харьковской области.", "Balakliya"),
    ("en", "Shelling hit Balakliia in the Kharkiv region.", "Balakliya"),
]


@pytest.mark.parametrize("lang,text,place", CHAIN)
def test_an_admin_chain_keeps_a_place_of_that_region(lang, text, place):
    s = sitrep.extract(text, published=PUB, lang=lang).summary
    assert s.location == place and s.admin1 == "Kharkiv", s


# a country named after a preposition where the trigger is told and no town: the event is
# in that country; a country named as the actor ("Росія обстріляла") places nothing
COUNTRY = [
    ("ru", "В Словакии болельщики «Динамо» (Москва) устроили беспорядки.", "SK"),
    ("uk", "У Словаччині вболівальники «Динамо» (Київ) влаштували заворушення.", "SK"),
    ("en", 'In Slovakia fans of "Dynamo" (Moscow) rioted after the match.', "SK"),
    ("uk", "Київ\n\nУ Києві ввечері тривога. Росія знову обстріляла мирних людей.", "UA"),
    ("ru", "Киев\n\nВ Киеве вечером тревога. Россия снова обстреляла мирных людей.", "UA"),
    ("en", "Kyiv\n\nIn Kyiv sirens sounded at night. Russia again shelled civilians.", "UA"),
]


@pytest.mark.parametrize("lang,text,country", COUNTRY)
def test_a_country_after_a_preposition_places_the_event(lang, text, country):
    s = sitrep.extract(text, published=PUB, lang=lang).summary
    assert s.country == country, s


# "вдарили по вокзалу в Краматорську": a strike at a target is a strike
STRIKES = [
    ("uk", "Російські військові вдарили по вокзалу в Краматорську.", "Kramatorsk"),
    ("uk", "Окупанти завдали удару по нафтобазі в Дніпрі.", "Dnipro"),
    ("ru", "Российские военные ударили по вокзалу в Краматорске.", "Kramatorsk"),
    ("ru", "Войска нанесли удар по нефтебазе в Днепре.", "Dnipro"),
]


@pytest.mark.parametrize("lang,text,place", STRIKES)
def test_a_strike_at_a_target(lang, text, place):
    r = sitrep.extract(text, published=PUB, lang=lang)
    ev = r.events[0]
    assert ev.event_type == "Explosions/Remote violence" and ev.location.name == place, ev
