"""ACLED typing by who acted against whom, and the lead's event as the primary one (issue 12).

Sentences written for these tests, in uk, ru and en.
"""

from __future__ import annotations

import pytest

import sitrep

# (lang, text, primary type, a sub-type expected among the events)
CASES = [
    # an armed group against police or soldiers: two armed sides, a battle
    (
        "en",
        "A gunman attacked a police patrol near the station and was killed by officers.",
        "Battles",
        "Armed clash",
    ),
    (
        "ru",
        "Нападавший открыл огонь по полицейским у здания суда, после чего был ликвидирован.",
        "Battles",
        "Armed clash",
    ),
    (
        "uk",
        "Нападник відкрив вогонь по поліцейських біля відділку, його затримали.",
        "Battles",
        "Armed clash",
    ),
    # named armed groups fighting the army
    (
        "en",
        "Heavy fighting broke out between Boko Haram and the army near the lake.",
        "Battles",
        "Armed clash",
    ),
    (
        "ru",
        "Боевики Талибана вступили в бой с армией на окраине города.",
        "Battles",
        "Armed clash",
    ),
    # two state forces at war: our troops and the occupiers
    (
        "uk",
        "На сході тривають запеклі бої: наші війська відбивають наступ окупантів.",
        "Battles",
        "Armed clash",
    ),
    (
        "en",
        "Our troops repelled an offensive by the occupiers near the river.",
        "Battles",
        "Armed clash",
    ),
    # a shootout is two armed sides by definition, whoever they are
    (
        "ru",
        "В пригороде произошла перестрелка между полицией и преступниками.",
        "Battles",
        "Armed clash",
    ),
    (
        "uk",
        "Під час затримання сталася перестрілка, загинув поліцейський.",
        "Battles",
        "Armed clash",
    ),
    (
        "en",
        "A shootout between officers and the suspects lasted an hour.",
        "Battles",
        "Armed clash",
    ),
    # state forces as the victims of an armed group named elsewhere in the report
    (
        "en",
        "Two police officers were shot dead near the market.\n\nThe gunman fled on foot.",
        "Battles",
        "Armed clash",
    ),
    # police storming a hideout of armed men is no riot
    (
        "en",
        "Police stormed the warehouse where the gunmen were hiding.",
        "Battles",
        "Armed clash",
    ),
    # an armed actor against civilians
    (
        "ru",
        "Неизвестные напали на мирных жителей деревни и убили троих.",
        "Violence against civilians",
        "Attack",
    ),
    # the lead's event stays primary when protests are told later
    (
        "en",
        "Artillery shelling hit the market on Monday.\n\nLater, residents held a protest. "
        "The protest continued. Another protest was held in the evening.",
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    ),
    (
        "uk",
        "Поліція затримала двох депутатів міської ради за підозрою у хабарі. "
        "Обидва депутати заперечують провину.\n\nЧерез тиждень відбувся мітинг. "
        "На мітинг прийшли сотні людей. Ще один мітинг провели ввечері.",
        "Strategic developments",
        "Arrests",
    ),
]


@pytest.mark.parametrize("lang,text,primary,sub", CASES)
def test_acled_by_actors_and_lead(lang, text, primary, sub):
    r = sitrep.extract(text, published="2021-06-01", lang=lang)
    s = r.summary
    assert s.event_types and s.event_types[0] == primary, (s.event_types, s.sub_event_types)
    assert sub in s.sub_event_types, s.sub_event_types
    for ev in r.events:
        for sp in ev.evidence:
            assert r.document.text[sp.start : sp.end]


ACTORS = [
    ("en", "The Taliban attacked a checkpoint.", {"named armed group": "armed group"}),
    ("en", "The shooter fled the scene.", {"lone attacker": "armed group"}),
    ("ru", "Нападавший скрылся.", {"lone attacker": "armed group"}),
    ("ru", "Оккупанты обстреляли село.", {"occupying forces": "state forces"}),
    ("uk", "Окупанти обстріляли село.", {"occupying forces": "state forces"}),
    ("uk", "Бойовики ХАМАС обстріляли місто.", {"named armed group": "armed group"}),
]


@pytest.mark.parametrize("lang,text,expected", ACTORS)
def test_armed_actors(lang, text, expected):
    r = sitrep.extract(text, published="2021-06-01", lang=lang)
    got = {m.norm: m.role for m in r.mentions if m.kind == "actor"}
    for name, role in expected.items():
        assert got.get(name) == role, got
