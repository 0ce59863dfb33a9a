"""actors, events and summary: table-driven in Ukrainian, Russian and English."""

from __future__ import annotations

import pytest

import sitrep

EVENT_CASES = [
    # lang, text, event types (primary first), sub-event types, tags
    (
        "uk",
        "У суботу близько двох тисяч людей вийшли на мирний мітинг у центрі Львова.",
        ["Protests"],
        {"Peaceful protest"},
        set(),
    ),
    (
        "uk",
        "Поліція розігнала акцію протесту сльозогінним газом і затримала 30 активістів.",
        ["Protests"],
        {"Protest with intervention"},
        set(),
    ),
    (
        "uk",
        "Військові відкрили вогонь по протестувальниках, загинули семеро людей.",
        ["Protests"],
        {"Excessive force against protesters"},
        set(),
    ),
    (
        "uk",
        "Після мітингу натовп перевернув поліцейську машину і підпалив адміністрацію.",
        ["Riots"],
        {"Violent demonstration"},
        {"arson"},
    ),
    (
        "uk",
        "Мирний мітинг тривав дві години, а потім натовп перевернув поліцейську машину.",
        ["Protests", "Riots"],
        {"Peaceful protest", "Violent demonstration"},
        set(),
    ),
    (
        "uk",
        "Унаслідок нічного обстрілу Харкова загинули троє мирних жителів.",
        ["Explosions/Remote violence"],
        {"Shelling/artillery/missile attack"},
        set(),
    ),
    (
        "uk",
        "Шахтарі оголосили страйк, у місті відключили мобільний зв'язок та інтернет.",
        ["Protests"],
        {"Peaceful protest"},
        {"strike", "communications_shutdown"},
    ),
    (
        "uk",
        "Місто в блокаді, до центру стягуються війська, запроваджено комендантську годину.",
        ["Strategic developments"],
        {"Other"},
        {"blockade", "security_forces_deployment", "curfew"},
    ),
    (
        "ru",
        "В воскресенье около тысячи человек вышли на митинг у здания мэрии Бишкека.",
        ["Protests"],
        {"Peaceful protest"},
        set(),
    ),
    (
        "ru",
        "Силовики открыли огонь по толпе митингующих, погибли не менее десяти человек.",
        ["Protests"],
        {"Excessive force against protesters"},
        set(),
    ),
    (
        "ru",
        "Беспилотник нанес удар по автобусу, погибли четыре пассажира.",
        ["Explosions/Remote violence"],
        {"Air/drone strike"},
        set(),
    ),
    (
        "ru",
        "Неизвестные вооруженные люди напали на деревню и убили шестерых жителей.",
        ["Violence against civilians"],
        {"Attack"},
        set(),
    ),
    (
        "ru",
        "Полиция провела обыски и задержала пятерых журналистов.",
        ["Strategic developments"],
        {"Arrests"},
        set(),
    ),
    (
        "ru",
        "Погромщики разграбили магазины и подожгли несколько автомобилей.",
        ["Riots"],
        {"Mob violence"},
        {"arson"},
    ),
    (
        "en",
        "Thousands of people rallied peacefully in the capital on Saturday.",
        ["Protests"],
        {"Peaceful protest"},
        set(),
    ),
    (
        "en",
        "Riot police fired tear gas and water cannon to disperse the protesters.",
        ["Protests"],
        {"Protest with intervention"},
        set(),
    ),
    (
        "en",
        "A roadside bomb exploded near a checkpoint, killing two soldiers.",
        ["Explosions/Remote violence"],
        {"Remote explosive/landmine/IED"},
        set(),
    ),
    (
        "en",
        "Gunmen attacked a village overnight and abducted twelve residents.",
        ["Violence against civilians"],
        {"Attack", "Abduction/forced disappearance"},
        set(),
    ),
    (
        "en",
        "Authorities shut down the internet and deployed troops after the protest.",
        ["Protests"],
        {"Peaceful protest"},
        {"communications_shutdown", "security_forces_deployment"},
    ),
    (
        "en",
        "Fighting between the army and rebels left 20 fighters dead.",
        ["Battles"],
        {"Armed clash"},
        set(),
    ),
]


@pytest.mark.parametrize("lang,text,types,subs,tags", EVENT_CASES)
def test_event_typing(lang, text, types, subs, tags):
    s = sitrep.extract(text, published="2021-06-01", lang=lang).summary
    if types:
        assert s.event_types[0] == types[0], s.event_types
        assert set(types) <= set(s.event_types)
    else:
        assert s.event_types == []
    assert subs <= set(s.sub_event_types), s.sub_event_types
    assert set(s.tags) == tags


ACTOR_CASES = [
    (
        "uk",
        "Поліцейськими були затримані місцеві жителі.",
        {"police": "state forces", "local residents": "civilians"},
    ),
    (
        "uk",
        "Внутрішні війська оточили страйкуючих нафтовиків.",
        {"internal troops": "state forces", "striking oil workers": "protesters"},
    ),
    (
        "uk",
        "Бойовики обстріляли позиції військових.",
        {"armed group": "armed group", "military": "state forces"},
    ),
    (
        "ru",
        "Омоновцы избили протестующих.",
        {"special police": "state forces", "protesters": "protesters"},
    ),
    (
        "ru",
        "Мирные жители укрылись от боевиков.",
        {"civilians": "civilians", "armed group": "armed group"},
    ),
    (
        "ru",
        "Бастующие нефтяники встретились с властями.",
        {"striking oil workers": "protesters", "government": "political"},
    ),
    (
        "en",
        "Riot police clashed with demonstrators.",
        {"special police": "state forces", "protesters": "protesters"},
    ),
    (
        "en",
        "Unidentified gunmen shot at villagers.",
        {"unknown gunmen": "armed group", "local residents": "civilians"},
    ),
    (
        "en",
        "Soldiers and national guard units blocked the road.",
        {"military": "state forces", "national guard": "state forces"},
    ),
]


@pytest.mark.parametrize("lang,text,expected", ACTOR_CASES)
def test_actors(lang, text, expected):
    r = sitrep.extract(text, published="2021-06-01", lang=lang)
    got = {m.norm: m.role for m in r.mentions if m.kind == "actor"}
    for name, role in expected.items():
        assert got.get(name) == role, got
    for m in r.mentions:
        if m.kind == "actor":
            assert r.document.text[m.start : m.end] == m.text


def test_two_incidents_two_events():
    text = (
        "У п'ятницю в Харкові поліція затримала 20 учасників мітингу.\n\n"
        "Того ж дня в Одесі внаслідок ракетного удару загинули троє людей."
    )
    r = sitrep.extract(text, published="2022-03-05", lang="uk")
    kinds = {(e.event_type, e.location.name if e.location else None) for e in r.events}
    assert ("Explosions/Remote violence", "Odesa") in kinds or (
        "Explosions/Remote violence",
        "Odessa",
    ) in kinds
    assert any(t == "Protests" for t, _ in kinds)
    locs = {e.location.name for e in r.events if e.location}
    assert len(locs) == 2


def test_figures_follow_estimate_rule():
    text = (
        "За непідтвердженою інформацією, загинули 40 людей. "
        "МОЗ підтвердило загибель 14 осіб. Активісти кажуть про щонайменше 20 загиблих."
    )
    r = sitrep.extract(text, published="2022-03-05", lang="uk")
    assert (
        r.summary.killed.low == 20
    )  # highest low among reported/confirmed, not the unconfirmed 40
    certainties = {c.value: c.certainty for c in r.claims if c.kind == "killed"}
    assert certainties[40] == "unconfirmed"
    assert certainties[14] == "confirmed"
