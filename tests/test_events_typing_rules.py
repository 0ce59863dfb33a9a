"""ACLED typing rules of issue 12, one table per rule, in uk, ru and en.

Sentences written for these tests (none is taken from eval/real). Each table
names the rule in docs/events.md it checks.
"""

from __future__ import annotations

import pytest

import sitrep

PUB = "2022-03-10"


def run(lang: str, text: str):
    return sitrep.extract(text, published=PUB, lang=lang)


def primary_sub(r) -> str | None:
    return r.events[0].sub_event_type if r.events else None


# -- 1. the headline's event leads ------------------------------------------------------------
# A title line names what the report is about; the body's first sentence may open with
# what led to it. Arrests weigh one less than violence, so without the headline's weight
# the body's shooting would lead.
HEADLINE = [
    ("en", "Police detain five suspects in Lagos\n\nGunmen opened fire on a bus on Monday."),
    ("en", "Army arrests village elders\n\nUnknown gunmen opened fire on a market last week."),
    ("en", "Security forces detain dozens in night raids\n\nGunmen opened fire on a patrol car."),
    (
        "en",
        "Authorities arrest local journalist\n\nMasked men opened fire on the newspaper's office.",
    ),
    ("uk", "Поліція затримала п'ятьох підозрюваних\n\nНевідомі відкрили вогонь по автобусу."),
    ("uk", "У Києві затримали трьох чоловіків\n\nБойовики відкрили вогонь по блокпосту вночі."),
    ("uk", "Силовики затримали журналістів\n\nНевідомі відкрили вогонь по офісу партії."),
    ("uk", "Поліція затримала двох озброєних людей\n\nУвечері хтось відкрив вогонь по кафе."),
    ("ru", "Полиция задержала пятерых подозреваемых\n\nНеизвестные открыли огонь по автобусу."),
    ("ru", "В Казани задержаны трое мужчин\n\nБоевики открыли огонь по посту ночью."),
    ("ru", "Силовики задержали журналистов\n\nНеизвестные открыли огонь по офису партии."),
    ("ru", "Полиция задержала двух вооружённых людей\n\nВечером кто-то открыл огонь по кафе."),
]


@pytest.mark.parametrize("lang,text", HEADLINE)
def test_the_headlines_event_leads(lang, text):
    r = run(lang, text)
    assert primary_sub(r) == "Arrests", [e.sub_event_type for e in r.events]


# -- 2. force against protesters needs the protest where the shots fell -----------------------
FORCE = [
    # the protest told in or next to the shooting: Excessive force against protesters
    ("en", "Thousands marched to parliament. Police opened fire on the crowd.", "Excessive"),
    ("en", "Police opened fire on striking workers outside the mine.", "Excessive"),
    ("uk", "Тисячі людей вийшли на мітинг. Поліція відкрила вогонь по натовпу.", "Excessive"),
    ("uk", "Силовики відкрили вогонь по протестувальниках біля мерії.", "Excessive"),
    ("ru", "Тысячи людей вышли на митинг. Полиция открыла огонь по толпе.", "Excessive"),
    ("ru", "Силовики открыли огонь по протестующим у мэрии.", "Excessive"),
    # a shooting with the protest told only later, apart from it: an Attack
    (
        "en",
        "Police officers opened fire on a young man in a car park on Tuesday.\n\n"
        "He died in hospital. His family asked for calm. The officers were suspended. "
        "On Friday a protest was held outside the police station.",
        "Attack",
    ),
    (
        "en",
        "A policeman opened fire on a teenager at a petrol station.\n\nThe boy died. "
        "Witnesses said he was unarmed. The city was quiet. Days later a rally was held.",
        "Attack",
    ),
    (
        "uk",
        "Поліцейський відкрив вогонь по підлітку на заправці.\n\nХлопець помер у лікарні. "
        "Родина просить спокою. Поліцейського відсторонили. У п'ятницю відбувся мітинг.",
        "Attack",
    ),
    (
        "uk",
        "Поліцейські відкрили вогонь по водієві на трасі.\n\nВодій загинув на місці. "
        "Прокуратура відкрила справу. Слідство триває. Згодом родичі провели пікет.",
        "Attack",
    ),
    (
        "ru",
        "Полицейский открыл огонь по подростку на заправке.\n\nЮноша умер в больнице. "
        "Семья просит спокойствия. Полицейского отстранили. В пятницу прошёл митинг.",
        "Attack",
    ),
    (
        "ru",
        "Полицейские открыли огонь по водителю на трассе.\n\nВодитель погиб на месте. "
        "Прокуратура возбудила дело. Следствие продолжается. Позже родные провели пикет.",
        "Attack",
    ),
]


@pytest.mark.parametrize("lang,text,expected", FORCE)
def test_excessive_force_needs_the_protest_there(lang, text, expected):
    r = run(lang, text)
    sub = primary_sub(r)
    assert sub is not None and sub.startswith(expected), [e.sub_event_type for e in r.events]


# -- 3. a gunman against a security service or a post of state forces is a battle -------------
SERVICE = [
    ("en", "A gunman opened fire on FSB officers outside their headquarters."),
    ("en", "An attacker opened fire at a police station, wounding two officers."),
    ("en", "Militants attacked a military base near the border at dawn."),
    ("en", "Gunmen attacked a checkpoint on the highway overnight."),
    ("uk", "Стрілець відкрив вогонь по будівлі СБУ в центрі міста."),
    ("uk", "Бойовики атакували блокпост на трасі вночі."),
    ("uk", "Невідомі озброєні люди напали на військову базу біля кордону."),
    ("uk", "Стрілець відкрив вогонь біля відділку поліції, поранено двох."),
    ("ru", "Нападавший открыл огонь по зданию ФСБ на Лубянке."),
    ("ru", "Стрелок обстреливал здание ФСБ из автомата."),
    ("ru", "Боевики атаковали блокпост на трассе ночью."),
    ("ru", "Вооружённые люди напали на военную базу у границы."),
]


@pytest.mark.parametrize("lang,text", SERVICE)
def test_armed_attack_on_state_forces_is_a_battle(lang, text):
    r = run(lang, text)
    assert primary_sub(r) == "Armed clash", [e.sub_event_type for e in r.events]
    assert any(m.kind == "actor" and m.role == "state forces" for m in r.mentions)


# -- 4. an army attacking a whole town strikes from afar ----------------------------------------
TOWN = [
    ("en", "The enemy attacked the capital again! Four people were killed."),
    ("en", "Russian troops attacked the city overnight, damaging a school."),
    ("en", "The occupiers attacked the town at dawn. Two residents died."),
    ("en", "Enemy forces attacked the city of Kharkiv before sunrise."),
    ("uk", "Ворог знову атакував столицю! Загинули четверо людей."),
    ("uk", "Окупанти вночі атакували місто, пошкоджено школу."),
    ("uk", "Російські війська атакували містечко на світанку."),
    ("uk", "Ворог атакував місто Харків перед світанком."),
    ("ru", "Враг снова атаковал столицу! Погибли четыре человека."),
    ("ru", "Оккупанты ночью атаковали город, повреждена школа."),
    ("ru", "Оккупанты атаковали городок на рассвете."),
    ("ru", "Враг атаковал город Харьков перед рассветом."),
]


@pytest.mark.parametrize("lang,text", TOWN)
def test_an_army_attacking_a_town_is_shelling(lang, text):
    r = run(lang, text)
    assert primary_sub(r) == "Shelling/artillery/missile attack", [
        e.sub_event_type for e in r.events
    ]


# and not an armed group or gunmen raiding a village: that stays an attack
NOT_TOWN = [
    ("en", "Militants attacked the village and killed ten villagers."),
    ("uk", "Бойовики напали на село і вбили десятьох селян."),
    ("ru", "Боевики напали на деревню и убили десять жителей."),
]


@pytest.mark.parametrize("lang,text", NOT_TOWN)
def test_armed_group_raiding_a_village_stays_an_attack(lang, text):
    assert primary_sub(run(lang, text)) == "Attack"


# -- 5. two armies in one sentence, fighting: a battle ----------------------------------------
ARMIES = [
    ("en", "Our troops are destroying the occupiers on every front."),
    ("en", "The army repelled the invaders near the river overnight."),
    ("en", "Our soldiers held back the enemy troops north of the city."),
    ("en", "The armed forces fought the occupiers near two villages."),
    ("uk", "Наші війська знищують окупантів на всіх напрямках."),
    ("uk", "Армія відбила загарбників біля річки вночі."),
    ("uk", "Наші військові стримують ворога на півночі міста."),
    ("uk", "Збройні сили відкинули окупантів від двох сіл."),
    ("ru", "Наши войска уничтожают оккупантов на всех направлениях."),
    ("ru", "Армия отбила захватчиков у реки ночью."),
    ("ru", "Наши военные сдерживают врага к северу от города."),
    ("ru", "Вооружённые силы отбросили оккупантов от двух сёл."),
]


@pytest.mark.parametrize("lang,text", ARMIES)
def test_two_armies_fighting_are_a_battle(lang, text):
    r = run(lang, text)
    assert primary_sub(r) == "Armed clash", [e.sub_event_type for e in r.events]


# -- 6. agreements between the sides ----------------------------------------------------------
AGREEMENT = [
    ("en", "The two sides agreed to open a humanitarian corridor from the city."),
    ("en", "Negotiators reached an agreement on a prisoner exchange."),
    ("en", "The parties signed a ceasefire in the capital on Friday."),
    ("en", "Both armies agreed a truce for the holiday."),
    ("uk", "Сторони домовилися відкрити гуманітарний коридор з міста."),
    ("uk", "Відбувся обмін полоненими між сторонами."),
    ("uk", "Делегації погодили припинення вогню на тиждень."),
    ("uk", "Сторони досягли домовленості про евакуацію."),
    ("ru", "Стороны договорились открыть гуманитарный коридор из города."),
    ("ru", "Состоялся обмен пленными между сторонами."),
    ("ru", "Делегации согласовали прекращение огня на неделю."),
    ("ru", "Стороны заключили перемирие на праздники."),
]


@pytest.mark.parametrize("lang,text", AGREEMENT)
def test_agreements_are_strategic_developments(lang, text):
    r = run(lang, text)
    assert r.events and r.events[0].event_type == "Strategic developments"
    assert primary_sub(r) == "Agreement"


# a truce only talked about is no agreement
NO_AGREEMENT = [
    ("en", "He said a truce was impossible."),
    ("uk", "Він сказав, що перемир'я неможливе."),
    ("ru", "Он сказал, что перемирие невозможно."),
]


@pytest.mark.parametrize("lang,text", NO_AGREEMENT)
def test_a_truce_named_is_no_agreement(lang, text):
    assert not run(lang, text).events


# -- 7. words that only look like triggers ------------------------------------------------------
NOT_TRIGGERS = [
    ("en", "An enemy aircraft was shot down near the town."),
    ("en", "Air defence shot down two drones over the region.", "Air/drone strike"),
    ("en", "Three men were charged over the bombing of the station last year."),
    ("en", "Police found explosives in a garage during a search."),
    ("en", "Every year in March the town holds a fair."),
    ("uk", "Біля міста збили ворожий літак."),
    ("uk", "Трьом чоловікам оголосили підозру у вбивстві журналіста."),
    ("uk", "Під час обшуку в гаражі знайшли вибухівку."),
    ("ru", "Около города сбит вражеский самолёт."),
    ("ru", "Трое мужчин задержаны по подозрению в убийстве журналиста."),
    ("ru", "При обыске в гараже обнаружена взрывчатка."),
    ("ru", "Следователи продолжают расследование теракта."),
]


@pytest.mark.parametrize("case", NOT_TRIGGERS)
def test_words_that_only_look_like_triggers(case):
    lang, text, *allowed = case
    r = run(lang, text)
    violent = {
        "Attack",
        "Armed clash",
        "Remote explosive/landmine/IED",
        "Peaceful protest",
        "Shelling/artillery/missile attack",
    } - set(allowed)
    assert not {e.sub_event_type for e in r.events} & violent, [e.sub_event_type for e in r.events]


# -- 8. bombs that fall or are dropped come from the air ---------------------------------------
BOMBS = [
    ("en", "Bombs fell on a hospital in the city overnight."),
    ("en", "The invaders dropped heavy bombs on the port."),
    ("en", "Two aviation bombs fell near the school."),
    ("en", "Aircraft dropped bombs on the bridge at dawn."),
    ("uk", "Бомби впали на лікарню в місті вночі."),
    ("uk", "Окупанти скинули бомби на порт."),
    ("uk", "Дві авіабомби впали біля школи."),
    ("uk", "Літаки скинули бомбу на міст на світанку."),
    ("ru", "Бомбы упали на больницу в городе ночью."),
    ("ru", "Оккупанты сбросили бомбы на порт."),
    ("ru", "Две авиабомбы упали возле школы."),
    ("ru", "Самолёты сбросили бомбу на мост на рассвете."),
]


@pytest.mark.parametrize("lang,text", BOMBS)
def test_dropped_bombs_are_air_strikes(lang, text):
    r = run(lang, text)
    assert "Air/drone strike" in {e.sub_event_type for e in r.events}, [
        e.sub_event_type for e in r.events
    ]


# -- 9. a fire caused by a strike is no arson --------------------------------------------------
FIRES = [
    # (lang, text, arson tagged)
    ("en", "A missile hit the depot and a fire broke out.", False),
    ("en", "Shelling continued all day. Several houses burned in the village.", False),
    ("en", "A drone struck the refinery, which was set ablaze.", False),
    ("uk", "Ракета влучила у склад, виникла пожежа.", False),
    ("uk", "Обстріли тривали весь день. У селі горіли будинки.", False),
    ("uk", "Безпілотник атакував НПЗ, там спалахнула пожежа.", False),
    ("ru", "Ракета попала в склад, возник пожар.", False),
    ("ru", "Обстрелы продолжались весь день. В селе горели дома.", False),
    # people setting fire: arson stays
    ("en", "Rioters set fire to the police station.", True),
    ("uk", "Учасники погрому підпалили будівлю акімату.", True),
    ("ru", "Погромщики подожгли здание полиции.", True),
    ("en", "Protesters torched cars outside the ministry.", True),
]


@pytest.mark.parametrize("lang,text,arson", FIRES)
def test_a_fire_from_a_strike_is_no_arson(lang, text, arson):
    r = run(lang, text)
    assert ("arson" in r.summary.tags) is arson, (r.summary.tags, r.summary.sub_event_types)


# -- 10. only the state arrests: an armed group detaining people abducts them ------------------
DETAINED = [
    # (lang, text, sub-type)
    ("en", "The Taliban detained four women at their homes in Kabul.", "Abduction"),
    ("en", "Rebels arrested two aid workers on the road to the camp.", "Abduction"),
    ("en", "Militants detained a village elder and his son overnight.", "Abduction"),
    ("uk", "Бойовики затримали двох журналістів біля ринку.", "Abduction"),
    ("uk", "Сепаратисти заарештували вчителя у селищі.", "Abduction"),
    ("ru", "Боевики задержали двух журналистов у рынка.", "Abduction"),
    ("ru", "Сепаратисты арестовали учителя в посёлке.", "Abduction"),
    # the arrested named, or the state arresting them: Arrests
    ("en", "Three militants were arrested in the capital.", "Arrests"),
    ("en", "Police arrested two rebels near the border.", "Arrests"),
    ("uk", "Поліція затримала двох бойовиків біля кордону.", "Arrests"),
    ("ru", "Трое боевиков задержаны в столице.", "Arrests"),
    ("ru", "Полиция задержала двух боевиков у границы.", "Arrests"),
]


@pytest.mark.parametrize("lang,text,expected", DETAINED)
def test_only_the_state_arrests(lang, text, expected):
    r = run(lang, text)
    sub = primary_sub(r)
    assert sub is not None and sub.startswith(expected), [e.sub_event_type for e in r.events]


# -- 11. an attack on a demonstration by no one of the crowd or the state ----------------------
ON_PROTEST = [
    # (lang, text, an Attack among the events)
    ("en", "A gun attack on a peaceful demonstration killed dozens in the capital.", True),
    ("en", "Unknown gunmen carried out an attack on the rally outside the mosque.", True),
    ("en", "An attack on the protest camp left four people dead.", True),
    ("uk", "Напад на мирну демонстрацію забрав життя десятків людей.", True),
    ("uk", "Невідомі здійснили напад на мітинг біля мечеті.", True),
    ("uk", "Атака на протестний табір забрала життя чотирьох людей.", True),
    ("ru", "Нападение на мирную демонстрацию унесло жизни десятков людей.", True),
    ("ru", "Неизвестные совершили нападение на митинг у мечети.", True),
    ("ru", "Атака на протестный лагерь унесла жизни четырёх человек.", True),
    # police or rioters at the protest: the protest's own escalation, no Attack
    ("en", "Police attacked the protesters at the rally with batons.", False),
    ("uk", "Поліція напала на протестувальників на мітингу.", False),
    ("ru", "Полиция напала на протестующих на митинге.", False),
]


@pytest.mark.parametrize("lang,text,attack", ON_PROTEST)
def test_an_attack_on_a_demonstration(lang, text, attack):
    r = run(lang, text)
    subs = {e.sub_event_type for e in r.events}
    assert ("Attack" in subs) is attack, subs


# -- 12. secondary events are told where they happened ----------------------------------------
# Besides the primary event, a mention deep in the report that names no place is talk,
# not an event; one that names its place, or is told in the lead, is coded.
FILLER = "The day was long. Everyone worked hard. We thank our partners. "
SECONDARY = [
    # (lang, text, sub-type that must be absent (None) or present (its name))
    ("en", "Missiles hit Kharkiv overnight. " + FILLER + "Heavy fighting continues.", None),
    ("en", "Missiles hit Kharkiv overnight. " + FILLER + "Protest against the war!", None),
    (
        "en",
        "Missiles hit Kharkiv overnight. "
        + FILLER
        + "Heavy fighting between our troops and the occupiers near Izium.",
        "Armed",
    ),
    (
        "en",
        "Missiles hit Kharkiv overnight. " + FILLER + "A rally was held in Lviv.",
        "Peaceful",
    ),
    (
        "uk",
        "Ракети влучили в Харків уночі. День був довгий. Дякуємо партнерам. Тривають бої.",
        None,
    ),
    ("uk", "Ракети влучили в Харків уночі. День був довгий. Дякуємо партнерам. Протестуйте!", None),
    (
        "uk",
        "Ракети влучили в Харків уночі. День був довгий. Дякуємо партнерам. Тривають бої наших військ з окупантами біля Ізюма.",
        "Armed",
    ),
    (
        "uk",
        "Ракети влучили в Харків уночі. День був довгий. Дякуємо партнерам. У Львові пройшов мітинг.",
        "Peaceful",
    ),
    ("ru", "Ракеты попали в Харьков ночью. День был долгим. Спасибо партнёрам. Идут бои.", None),
    ("ru", "Ракеты попали в Харьков ночью. День был долгим. Спасибо партнёрам. Протестуйте!", None),
    (
        "ru",
        "Ракеты попали в Харьков ночью. День был долгим. Спасибо партнёрам. Идут бои наших войск с оккупантами под Киевом.",
        "Armed",
    ),
    (
        "ru",
        "Ракеты попали в Харьков ночью. День был долгим. Спасибо партнёрам. Во Львове прошёл митинг.",
        "Peaceful",
    ),
]


@pytest.mark.parametrize("lang,text,present", SECONDARY)
def test_secondary_events_are_told_where_they_happened(lang, text, present):
    r = run(lang, text)
    subs = [e.sub_event_type for e in r.events]
    assert subs and subs[0] == "Shelling/artillery/missile attack", subs
    if present is None:
        assert len(subs) == 1, subs
    else:
        assert any(s.startswith(present) for s in subs[1:]), subs


# -- 13. hostage-taking is an abduction --------------------------------------------------------
HOSTAGES = [
    ("en", "The gunmen took hostages at a supermarket on the edge of town."),
    ("en", "Two suspects seized hostages in a printing works."),
    ("en", "Hostage-taking at the school ended after six hours."),
    ("en", "The attackers were holding hostages in the bank."),
    ("uk", "Нападники захопили заручників у супермаркеті на околиці."),
    ("uk", "Двоє підозрюваних захопили заручника в друкарні."),
    ("uk", "Захоплення заручників у школі тривало шість годин."),
    ("uk", "Бойовики утримують заручників у банку."),
    ("ru", "Подозреваемые захватили заложника в типографии."),
    ("ru", "Нападавшие захватили заложников в супермаркете."),
    ("ru", "Захват заложников в школе длился шесть часов."),
    ("ru", "Боевики удерживают заложников в банке."),
]


@pytest.mark.parametrize("lang,text", HOSTAGES)
def test_hostage_taking_is_an_abduction(lang, text):
    r = run(lang, text)
    assert "Abduction/forced disappearance" in {e.sub_event_type for e in r.events}, [
        e.sub_event_type for e in r.events
    ]
