"""Typing rules of issue 12 (fourth session): who acted, and what a later word refers to.

One table per rule in docs/events.md (section 3, "Rules added for real reports, fourth
session"), in uk, ru and en, with negative cases. Sentences written for these tests; none
is taken from eval/real.
"""

from __future__ import annotations

import pytest

import sitrep

PUB = "2022-03-10"


def subs(lang: str, text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published=PUB, lang=lang).events]


# -- state forces that shoot one attacker end his attack: no battle ----------------------------
POLICE_END = [
    ("en", "Police shot dead a gunman who had stabbed three shoppers in the mall.", False),
    ("en", "Officers shot the gunman after he wounded two women in the square.", False),
    ("ru", "Полицейские застрелили нападавшего, который ранил ножом троих прохожих.", False),
    ("ru", "Полиция застрелила стрелка у торгового центра после нападения на покупателей.", False),
    ("uk", "Поліцейські застрелили стрільця, який поранив трьох перехожих.", False),
    ("uk", "Поліція застрелила стрільця біля торгового центру після нападу на покупців.", False),
    # negative: the attacker shoots the police, who are his victims: an Armed clash
    ("en", "A gunman shot two police officers outside the station.", True),
    ("ru", "Нападавший застрелил двух полицейских у здания суда.", True),
    ("uk", "Нападник застрелив двох поліцейських біля будівлі суду.", True),
]


@pytest.mark.parametrize("lang,text,battle", POLICE_END)
def test_police_firing_at_one_attacker_is_no_battle(lang, text, battle):
    got = subs(lang, text)
    assert ("Armed clash" in got) == battle, got
    if not battle:
        assert "Attack" in got, got


# -- looting told with an attack is the attack's ------------------------------------------------
LOOTING = [
    ("en", "Gunmen attacked the village, killing residents and looting homes.", True),
    ("ru", "Боевики напали на село, убили жителей и разграбили дома.", True),
    ("uk", "Бойовики напали на село, вбили жителів і пограбували будинки.", True),
    # negative: looting alone is typed (a riot, or looting)
    ("en", "Rioters looted shops in the city centre on Monday.", False),
    ("ru", "Мародеры разграбили магазины в центре города.", False),
    ("uk", "Мародери пограбували магазини в центрі міста.", False),
]


@pytest.mark.parametrize("lang,text,in_attack", LOOTING)
def test_looting_in_an_attack_is_the_attacks(lang, text, in_attack):
    got = subs(lang, text)
    looted = {"Looting/property destruction", "Violent demonstration"} & set(got)
    if in_attack:
        assert got == ["Attack"], got
    else:
        assert looted, got


# -- killings next to a mob's clashes are the mob's --------------------------------------------
MOB = [
    (
        "en",
        "Ethnic clashes broke out in the valley on Sunday.\n\n"
        "Villagers were hacked to death and shot with arrows.",
        False,
    ),
    (
        "ru",
        "В долине вспыхнули межэтнические столкновения.\n\nЖителей застрелили и сожгли в их домах.",
        False,
    ),
    (
        "uk",
        "У долині спалахнули міжетнічні сутички.\n\nЖителів застрелили і спалили в їхніх будинках.",
        False,
    ),
    # negative: an armed group named in the report shoots: an attack of its own
    (
        "en",
        "Rival clans clashed in the valley on Sunday.\n\nRebels shot two villagers nearby.",
        True,
    ),
    (
        "ru",
        "В долине вспыхнули межэтнические столкновения.\n\nБоевики застрелили двух жителей у рынка.",
        True,
    ),
    (
        "uk",
        "У долині спалахнули міжетнічні сутички.\n\nБойовики застрелили двох жителів біля ринку.",
        True,
    ),
]


@pytest.mark.parametrize("lang,text,attack", MOB)
def test_killings_next_to_a_mob_are_the_mobs(lang, text, attack):
    got = subs(lang, text)
    assert "Mob violence" in got, got
    assert ("Attack" in got) == attack, got


# -- workers or activists are a crowd only at a protest -----------------------------------------
CROWD = [
    ("en", "Gunmen stormed the bar and kidnapped three oil workers.", False),
    ("ru", "Боевики разгромили бар и похитили трех нефтяников.", False),
    ("uk", "Бойовики розгромили бар і викрали трьох нафтовиків.", False),
    ("en", "Gunmen stormed the hotel and seized two students.", False),
    # negative: at a protest the workers are its crowd
    ("en", "Striking workers stormed the factory office during the protest.", True),
    ("ru", "Бастующие рабочие разгромили здание администрации во время протеста.", True),
    ("uk", "Страйкарі розгромили будівлю адміністрації під час протесту.", True),
]


@pytest.mark.parametrize("lang,text,crowd", CROWD)
def test_workers_are_a_crowd_only_at_a_protest(lang, text, crowd):
    got = subs(lang, text)
    assert "Mob violence" not in got, got
    if crowd:
        assert {"Peaceful protest", "Violent demonstration"} & set(got), got


# -- a blast the lead tells owns the attack named later, both sides named or not ----------------
LEAD_BLAST = [
    (
        "en",
        "A suicide bomber rammed a convoy near the city.\n\n"
        "The convoy was carrying food. The Taliban claimed the attack on the soldiers.",
        ["Suicide bomb"],
    ),
    (
        "ru",
        "Смертник врезался в колонну у города.\n\n"
        "Колонна везла продукты. Талибы взяли ответственность за атаку на военных.",
        ["Suicide bomb"],
    ),
    (
        "uk",
        "Смертник врізався в колону біля міста.\n\n"
        "Колона везла продукти. Таліби взяли відповідальність за атаку на військових.",
        ["Suicide bomb"],
    ),
    # negative: no blast: militants attacking soldiers fight a battle
    (
        "en",
        "Militants attacked an army convoy near the town on Monday.\n\n"
        "Soldiers returned fire, officials said.",
        ["Armed clash"],
    ),
    ("ru", "Боевики атаковали колонну военных у города в понедельник.", ["Armed clash"]),
    ("uk", "Бойовики атакували колону військових біля міста в понеділок.", ["Armed clash"]),
]


@pytest.mark.parametrize("lang,text,want", LEAD_BLAST)
def test_a_lead_blast_owns_the_attack_named_later(lang, text, want):
    assert subs(lang, text) == want


# -- attacks told as repeated, or a series, are no event ---------------------------------------
HABITUAL = [
    ("en", "Insurgents have repeatedly attacked bases in the province, officials said.", False),
    ("en", "The convoy was hit in the latest of a series of attacks on the road.", False),
    ("ru", "Базы в провинции неоднократно подвергались нападениям со стороны повстанцев.", False),
    ("uk", "Бази в провінції неодноразово зазнавали нападів з боку повстанців.", False),
    # negative: one attack on a day
    ("en", "Insurgents attacked a base in the province on Monday.", True),
    ("ru", "Повстанцы напали на базу в провинции в понедельник.", True),
    ("uk", "Повстанці напали на базу в провінції в понеділок.", True),
]


@pytest.mark.parametrize("lang,text,event", HABITUAL)
def test_repeated_attacks_are_no_event(lang, text, event):
    got = subs(lang, text)
    assert bool(got) == event, got


# -- the burned-out shell of a car is no shelling -----------------------------------------------
HUSK = [
    ("en", "Photos showed the burned-out shell of a car near the station.", False),
    ("en", "Only the charred shell of the bus was left on the road.", False),
    ("ru", "На фото виден обгоревший остов автомобиля у вокзала.", False),
    ("uk", "На фото видно обгорілий остов автомобіля біля вокзалу.", False),
    # negative: artillery shelling
    ("en", "Artillery shelled the station overnight.", True),
    ("ru", "Артиллерия обстреляла вокзал ночью.", True),
    ("uk", "Артилерія обстріляла вокзал уночі.", True),
]


@pytest.mark.parametrize("lang,text,shelling", HUSK)
def test_the_shell_of_a_car_is_no_shelling(lang, text, shelling):
    got = subs(lang, text)
    assert ("Shelling/artillery/missile attack" in got) == shelling, got


# -- a thrown explosive device is a grenade -----------------------------------------------------
THROWN = [
    ("en", "Unknown men threw an explosive device at the police station.", "Grenade"),
    ("en", "Someone hurled an explosive device into the courtyard of the embassy.", "Grenade"),
    ("ru", "Неизвестные бросили взрывное устройство в здание полиции.", "Grenade"),
    ("uk", "Невідомі кинули вибуховий пристрій у будівлю поліції.", "Grenade"),
    # negative: a device that goes off where it was left is an IED
    (
        "en",
        "An explosive device went off under a car in the city.",
        "Remote explosive/landmine/IED",
    ),
    ("ru", "Под автомобилем сработало взрывное устройство.", "Remote explosive/landmine/IED"),
    ("uk", "Під автомобілем спрацював вибуховий пристрій.", "Remote explosive/landmine/IED"),
]


@pytest.mark.parametrize("lang,text,want", THROWN)
def test_a_thrown_explosive_device_is_a_grenade(lang, text, want):
    assert subs(lang, text) == [want]


# -- the organisers or perpetrators of an attack name it, they tell none ------------------------
INVOLVED = [
    ("en", "Police detained the organizers of the bombing in the capital.", ["Arrests"]),
    ("ru", "Полиция задержала организаторов теракта в столице.", ["Arrests"]),
    ("uk", "Поліція затримала організаторів теракту в столиці.", ["Arrests"]),
    # negative: the attack itself told
    ("en", "A bombing hit the capital on Monday.", ["Remote explosive/landmine/IED"]),
    ("ru", "В столице произошел теракт.", ["Attack"]),
    ("uk", "У столиці стався теракт.", ["Attack"]),
]


@pytest.mark.parametrize("lang,text,want", INVOLVED)
def test_the_organisers_of_an_attack_tell_no_attack(lang, text, want):
    assert subs(lang, text) == want


# -- an attack named after a lead battle is that battle ------------------------------------------
BATTLE_AGAIN = [
    (
        "en",
        "Gunmen shot dead two police officers at a checkpoint in Mosul.\n\n"
        "The officers had been on duty since dawn. After the attack in Mosul the road was closed.",
        ["Armed clash"],
    ),
    (
        "ru",
        "Боевики застрелили двух полицейских на блокпосту в Мосуле.\n\n"
        "Полицейские дежурили с утра. После нападения в Мосуле дорогу перекрыли.",
        ["Armed clash"],
    ),
    (
        "uk",
        "Бойовики застрелили двох поліцейських на блокпосту в Мосулі.\n\n"
        "Поліцейські чергували з ранку. Після нападу в Мосулі дорогу перекрили.",
        ["Armed clash"],
    ),
    # negative: a new attack on villagers told by its verb
    (
        "en",
        "Gunmen shot dead two police officers at a checkpoint.\n\n"
        "The officers had been on duty since dawn. Later gunmen attacked villagers nearby.",
        ["Armed clash", "Attack"],
    ),
    (
        "ru",
        "Боевики застрелили двух полицейских на блокпосту.\n\n"
        "Полицейские дежурили с утра. Позже боевики напали на жителей соседнего села.",
        ["Armed clash", "Attack"],
    ),
    (
        "uk",
        "Бойовики застрелили двох поліцейських на блокпосту.\n\n"
        "Поліцейські чергували з ранку. Пізніше бойовики напали на жителів сусіднього села.",
        ["Armed clash", "Attack"],
    ),
]


@pytest.mark.parametrize("lang,text,want", BATTLE_AGAIN)
def test_an_attack_named_after_a_lead_battle_is_the_battle(lang, text, want):
    assert subs(lang, text) == want


# -- "Protesters" in a headline names people: the headline tells arrests ------------------------
HEADLINE_PEOPLE = [
    (
        "en",
        "Authorities Detain Protesters and Opposition Leaders\n\n"
        "The opposition said its offices were searched on Sunday.",
        True,
    ),
    (
        "ru",
        "Власти задержали протестующих и лидеров оппозиции\n\n"
        "Оппозиция заявила, что в воскресенье обыскали ее офисы.",
        True,
    ),
    (
        "uk",
        "Влада затримала протестувальників і лідерів опозиції\n\n"
        "Опозиція заявила, що в неділю обшукали її офіси.",
        True,
    ),
    # negative: a headline that tells the protest: its arrests are the intervention
    (
        "en",
        "Protest in the capital: police detain protesters\n\n"
        "Thousands marched through the capital on Sunday.",
        False,
    ),
    (
        "ru",
        "Протест в столице: полиция задержала протестующих\n\n"
        "Тысячи людей вышли на марш в воскресенье.",
        False,
    ),
    (
        "uk",
        "Протест у столиці: поліція затримала протестувальників\n\n"
        "Тисячі людей вийшли на марш у неділю.",
        False,
    ),
]


@pytest.mark.parametrize("lang,text,arrests", HEADLINE_PEOPLE)
def test_protesters_in_a_headline_are_people(lang, text, arrests):
    got = subs(lang, text)
    assert ("Arrests" in got) == arrests, got


# -- detentions told in the passive after a lead of an armed group detaining are its own -------
DETAINED_AGAIN = [
    (
        "en",
        "Taliban Detain Four Women in Kabul\n\nThe women were taken from their homes on "
        "Sunday. Two more activists are believed to have been detained in Herat.",
        True,
    ),
    (
        "ru",
        "Талибы задержали четырех женщин в Кабуле\n\nЖенщин увезли из их домов в "
        "воскресенье. Позже в Герате были задержаны еще две активистки.",
        True,
    ),
    (
        "uk",
        "Таліби затримали чотирьох жінок у Кабулі\n\nЖінок забрали з їхніх домівок у "
        "неділю. Пізніше в Гераті були затримані ще дві активістки.",
        True,
    ),
    # negative: the police detain: arrests, before and after
    (
        "en",
        "Police Detain Four Women in Kabul\n\nThe women were taken from their homes on "
        "Sunday. Two more activists are believed to have been detained in Herat.",
        False,
    ),
    (
        "ru",
        "Полиция задержала четырех женщин в Кабуле\n\nЖенщин увезли из их домов в "
        "воскресенье. Позже в Герате были задержаны еще две активистки.",
        False,
    ),
    (
        "uk",
        "Поліція затримала чотирьох жінок у Кабулі\n\nЖінок забрали з їхніх домівок у "
        "неділю. Пізніше в Гераті були затримані ще дві активістки.",
        False,
    ),
]


@pytest.mark.parametrize("lang,text,abducted", DETAINED_AGAIN)
def test_passive_detentions_after_an_armed_groups_are_its_own(lang, text, abducted):
    got = subs(lang, text)
    assert ("Abduction/forced disappearance" in got) == abducted, got
    assert ("Arrests" in got) != abducted, got


# -- force against a mob that is no protest is the riot's ---------------------------------------
FORCE_AT_MOB = [
    (
        "en",
        "Football fans rampaged through the market and smashed shop windows.\n\n"
        "Police fired tear gas to disperse the mob.",
        ["Mob violence"],
    ),
    (
        "ru",
        "Футбольные фанаты устроили погром на рынке.\n\n"
        "Полиция применила слезоточивый газ, чтобы разогнать толпу.",
        ["Mob violence"],
    ),
    (
        "uk",
        "Футбольні фанати влаштували погром на ринку.\n\n"
        "Поліція застосувала сльозогінний газ, щоб розігнати натовп.",
        ["Mob violence"],
    ),
    # negative: force against a protest is its intervention
    (
        "en",
        "Thousands marched through the market against the new tax.\n\n"
        "Police fired tear gas to disperse the crowd.",
        ["Protest with intervention"],
    ),
    (
        "ru",
        "Тысячи людей вышли на митинг против нового налога.\n\n"
        "Полиция применила слезоточивый газ, чтобы разогнать толпу.",
        ["Protest with intervention"],
    ),
    (
        "uk",
        "Тисячі людей вийшли на мітинг проти нового податку.\n\n"
        "Поліція застосувала сльозогінний газ, щоб розігнати натовп.",
        ["Protest with intervention"],
    ),
]


@pytest.mark.parametrize("lang,text,want", FORCE_AT_MOB)
def test_force_against_a_mob_is_the_riots(lang, text, want):
    assert subs(lang, text) == want


# -- bombing from the air is an air strike; a bombing on the ground is a blast -------------------
AERIAL = [
    (
        "en",
        "Hospitals and schools constantly come under aerial bombing in the city.",
        "Air/drone strike",
    ),
    ("en", "Carpet bombing destroyed the old town overnight.", "Air/drone strike"),
    (
        "ru",
        "Больницы и школы в городе постоянно попадают под бомбардировки с воздуха.",
        "Air/drone strike",
    ),
    (
        "uk",
        "Лікарні та школи в місті постійно потрапляють під бомбардування з повітря.",
        "Air/drone strike",
    ),
    # negative: a bombing at a station is a blast
    ("en", "A bombing at the bus station killed four people.", "Remote explosive/landmine/IED"),
    (
        "ru",
        "На автовокзале прогремел взрыв, погибли четыре человека.",
        "Remote explosive/landmine/IED",
    ),
    (
        "uk",
        "На автовокзалі пролунав вибух, загинули четверо людей.",
        "Remote explosive/landmine/IED",
    ),
]


@pytest.mark.parametrize("lang,text,want", AERIAL)
def test_aerial_bombing_is_an_air_strike(lang, text, want):
    assert subs(lang, text) == [want]


# -- hostages taken with words between the verb and the noun are an abduction ------------------
HOSTAGES = [
    ("en", "A gunman has taken four hostages inside a bank in the town centre.", True),
    ("en", "Militants seized dozens of hostages at the gas plant on Wednesday.", True),
    ("en", "The attackers are holding some of the passengers hostage on the bus.", True),
    ("ru", "Вооруженный мужчина взял в банке четырех заложников.", True),
    ("ru", "Боевики захватили в школе несколько десятков заложников.", True),
    ("uk", "Озброєний чоловік узяв у банку чотирьох заручників.", True),
    ("uk", "Бойовики захопили в школі кілька десятків заручників.", True),
    # negative: hostages released, or the word far from any taking verb, is no new taking
    ("en", "Negotiators said the talks on a prisoner exchange would take weeks.", False),
    ("ru", "Переговорщики сказали, что обмен пленными займет недели.", False),
    ("uk", "Переговірники сказали, що обмін полоненими триватиме тижні.", False),
]


@pytest.mark.parametrize("lang,text,abducted", HOSTAGES)
def test_hostages_taken_are_an_abduction(lang, text, abducted):
    got = subs(lang, text)
    assert ("Abduction/forced disappearance" in got) == abducted, got


FIGURATIVE_HOSTAGE = [
    ("en", "The minister said strikers would not take the whole country hostage.", False),
    ("en", "Critics say one party holds the budget hostage in parliament.", False),
    ("ru", "Министр заявил, что забастовщики не возьмут страну в заложники.", False),
    ("uk", "Міністр заявив, що страйкарі не візьмуть країну в заручники.", False),
    # negative: people taken hostage beside the word "country" are still an abduction
    ("en", "Gunmen took six tourists hostage in the north of the country.", True),
]


@pytest.mark.parametrize("lang,text,abducted", FIGURATIVE_HOSTAGE)
def test_a_country_held_hostage_is_no_abduction(lang, text, abducted):
    got = subs(lang, text)
    assert ("Abduction/forced disappearance" in got) == abducted, got
