"""No political violence, no event type (issue 12, GUIDE 12.5): accidents, disasters and
one attacker alone get no ACLED type; an organised armed group or a state force keeps it.

Every sentence here was written for these tests; none comes from eval/real.
"""

from __future__ import annotations

import pytest

import sitrep

PUB = "2021-06-03"

NO_TYPE = [
    ("en", "A gunman opened fire at a wedding party in a small town, killing six guests."),
    ("en", "A shooter killed four shoppers at a supermarket before he was arrested."),
    ("en", "A fishing boat capsized off the coast overnight; nine passengers were killed."),
    ("en", "An earthquake struck the province, killing 40 residents of two villages."),
    ("ru", "Стрелок открыл огонь на свадьбе в небольшом городе, погибли шесть гостей."),
    ("ru", "Нападавший убил четырёх покупателей в супермаркете."),
    ("ru", "У побережья опрокинулась рыболовецкая лодка, погибли девять пассажиров."),
    ("ru", "Землетрясение в провинции унесло жизни 40 жителей двух деревень."),
    ("uk", "Стрілець відкрив вогонь на весіллі в невеликому місті, загинули шестеро гостей."),
    ("uk", "Нападник убив чотирьох покупців у супермаркеті."),
    ("uk", "Землетрус у провінції забрав життя 40 жителів двох сіл."),
]


@pytest.mark.parametrize("lang,text", NO_TYPE)
def test_no_political_violence_no_type(lang, text):
    s = sitrep.extract(text, published=PUB, lang=lang).summary
    assert s.event_types == [], s.event_types


TYPED = [
    (
        "en",
        "Gunmen opened fire on villagers at a market, killing six people.",
        "Violence against civilians",
    ),
    (
        "en",
        "Militants attacked a wedding party in a village, killing six guests.",
        "Violence against civilians",
    ),
    ("en", "A gunman opened fire on a police patrol; two officers were wounded.", "Battles"),
    (
        "ru",
        "Боевики открыли огонь по жителям деревни, погибли шесть человек.",
        "Violence against civilians",
    ),
    ("ru", "Стрелок открыл огонь по полицейскому патрулю, ранены двое полицейских.", "Battles"),
    (
        "uk",
        "Бойовики відкрили вогонь по жителях села, загинули шестеро людей.",
        "Violence against civilians",
    ),
    (
        "uk",
        "Стрілець відкрив вогонь по поліцейському патрулю, поранені двоє поліцейських.",
        "Battles",
    ),
]


@pytest.mark.parametrize("lang,text,etype", TYPED)
def test_organised_or_against_state_forces_keeps_its_type(lang, text, etype):
    s = sitrep.extract(text, published=PUB, lang=lang).summary
    assert s.event_types[:1] == [etype], s.event_types


# both armed sides in the attack's own sentence, no civilians and no blast by it: a battle,
# even when the report tells strikes elsewhere; a suicide bomber is a blast
BOTH_SIDES = [
    (
        "en",
        "Militants attacked a military base near the town. It was quiet at night. Later, "
        "shelling hit a market.",
        "Battles",
    ),
    (
        "en",
        "Insurgents attacked an army checkpoint at dawn. The road was closed. Days ago an "
        "airstrike hit a bridge.",
        "Battles",
    ),
    (
        "en",
        "Militants attacked villagers near an army post, killing civilians.",
        "Violence against civilians",
    ),
    (
        "en",
        "A suicide bomber attacked a police checkpoint, killing six officers.",
        "Explosions/Remote violence",
    ),
    (
        "ru",
        "Боевики атаковали военную базу у города. Ночь прошла тихо. Позже обстрел попал по рынку.",
        "Battles",
    ),
    (
        "ru",
        "Боевики напали на военный блокпост на рассвете. Дорогу перекрыли. Днём ранее "
        "авиаудар разрушил мост.",
        "Battles",
    ),
    (
        "ru",
        "Смертник атаковал полицейский блокпост, погибли шесть полицейских.",
        "Explosions/Remote violence",
    ),
    (
        "uk",
        "Бойовики атакували військову базу біля міста. Ніч минула тихо. Пізніше обстріл "
        "влучив у ринок.",
        "Battles",
    ),
    (
        "uk",
        "Бойовики напали на військовий блокпост на світанку. Дорогу перекрили. Днем "
        "раніше авіаудар зруйнував міст.",
        "Battles",
    ),
    (
        "uk",
        "Смертник атакував поліцейський блокпост, загинули шестеро поліцейських.",
        "Explosions/Remote violence",
    ),
]


@pytest.mark.parametrize("lang,text,etype", BOTH_SIDES)
def test_both_sides_in_the_attacks_sentence(lang, text, etype):
    s = sitrep.extract(text, published=PUB, lang=lang).summary
    assert s.event_types[:1] == [etype], s.event_types
