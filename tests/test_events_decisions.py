"""The events stage's decisions one by one: ACLED typing, escalation, the primary event."""

from __future__ import annotations

import itertools

import pytest

from sitrep.eval import gold
from sitrep.events.classify import ACLED, classify, drop_milder
from sitrep.events.primary import primary_first
from sitrep.events.signals import Hit
from sitrep.resources import load_yaml

SIGNALS = sorted({s for lang in ("uk", "ru", "en") for s in load_yaml(lang, "events")})
CONTEXTS = ["protest", "strike", "riot", "shelling", "airstrike", "explosion", "role:armed group"]


def test_one_codebook() -> None:
    assert gold.ACLED == ACLED
    assert "Peaceful protest" in ACLED["Protests"]


def test_every_type_coded_is_in_the_codebook() -> None:
    for signal in SIGNALS:
        for n in range(3):
            for ctx in itertools.combinations(CONTEXTS, n):
                typed = classify(signal, set(ctx))
                if typed is not None:
                    assert typed[1] in ACLED[typed[0]], (signal, ctx, typed)


@pytest.mark.parametrize(
    ("signal", "ctx", "expected"),
    [
        ("fire_on_crowd", set(), ("Violence against civilians", "Attack")),
        ("armed_clash", set(), ("Riots", "Mob violence")),
        ("armed_clash", {"role:armed group"}, ("Battles", "Armed clash")),
        ("explosion", {"shelling"}, None),
        ("armed_clash", {"sides:2"}, ("Battles", "Armed clash")),
        # a strike told elsewhere: arrests not next to it are Arrests (see
        # test_events_types_real.py for arrests where the protest is)
        ("arrest", {"strike"}, ("Strategic developments", "Arrests")),
        ("arrest", set(), ("Strategic developments", "Arrests")),
        ("looting", {"riot"}, ("Riots", "Violent demonstration")),
        ("curfew", set(), None),
    ],
)
def test_classify(signal: str, ctx: set[str], expected) -> None:
    assert classify(signal, ctx) == expected


@pytest.mark.parametrize(
    ("here", "expected"),
    [
        # shots at a crowd are force against protesters where the protest is told
        ({"near:protest"}, ("Protests", "Excessive force against protesters")),
        ({"role:protesters"}, ("Protests", "Excessive force against protesters")),
        ({"lead:protest"}, ("Protests", "Excessive force against protesters")),
        # a protest told elsewhere in the report: police shooting a man is an Attack
        (set(), ("Violence against civilians", "Attack")),
    ],
)
def test_excessive_force_needs_the_protest_there(here: set[str], expected) -> None:
    assert classify("fire_on_crowd", {"protest"}, here) == expected


GUNMEN, POLICE, CIVILIANS = "role:armed group", "role:state forces", "role:civilians"


@pytest.mark.parametrize(
    ("here", "expected"),
    [
        # who acted against whom in the attack's own sentence
        ({GUNMEN, POLICE}, ("Battles", "Armed clash")),
        ({GUNMEN, CIVILIANS}, ("Violence against civilians", "Attack")),
        ({GUNMEN, POLICE, CIVILIANS}, ("Violence against civilians", "Attack")),
        ({POLICE}, ("Violence against civilians", "Attack")),
        ({CIVILIANS}, ("Violence against civilians", "Attack")),
        (set(), ("Violence against civilians", "Attack")),
    ],
)
def test_attack_by_actors(here: set[str], expected) -> None:
    assert classify("attack_civilians", set(), here) == expected


def test_armed_group_named_elsewhere() -> None:
    # police shot in this sentence, the gunman named in another one
    lead = {POLICE, "lead"}
    assert classify("attack_civilians", {GUNMEN}, lead) == ("Battles", "Armed clash")
    assert classify("riot", {GUNMEN}, lead) == ("Battles", "Armed clash")
    # later, troops deployed "after the attack" only refer back to it
    assert classify("attack_civilians", {GUNMEN}, {POLICE}) == (
        "Violence against civilians",
        "Attack",
    )
    # a shooting told next to a battle is the battle's
    assert classify("attack_civilians", {GUNMEN}, {"near:armed_clash"}) is None
    # police storming with no crowd named is no mob; with rioters there it is
    assert classify("riot", set(), {POLICE}) is None
    assert classify("riot", set(), {POLICE, "role:rioters"}) == ("Riots", "Mob violence")
    assert classify("firefight", set()) == ("Battles", "Armed clash")


def _groups(*keys: tuple[str, str, str]) -> dict:
    return {k: [Hit("x", i, 10 * i, 10 * i + 5)] for i, k in enumerate(keys)}


PEACEFUL = ("Protests", "Peaceful protest", "A")
INTERVENTION = ("Protests", "Protest with intervention", "A")
FORCE = ("Protests", "Excessive force against protesters", "A")
ELSEWHERE = ("Protests", "Peaceful protest", "B")
VIOLENT = ("Riots", "Violent demonstration", "A")


@pytest.mark.parametrize(
    ("keys", "ctx", "kept"),
    [
        ((PEACEFUL, INTERVENTION), set(), {INTERVENTION}),
        # force against a crowd the report calls peaceful is one event, the intervention
        ((PEACEFUL, INTERVENTION), {"peaceful"}, {INTERVENTION}),
        # a peaceful rally whose crowd turned violent: two phases, both coded
        ((PEACEFUL, VIOLENT), {"peaceful"}, {PEACEFUL, VIOLENT}),
        ((PEACEFUL, VIOLENT), set(), {VIOLENT}),
        ((INTERVENTION, FORCE), set(), {FORCE}),
        ((PEACEFUL, FORCE, ELSEWHERE), set(), {FORCE, ELSEWHERE}),
    ],
)
def test_drop_milder(keys, ctx: set[str], kept: set) -> None:
    groups = _groups(*keys)
    drop_milder(groups, ctx)
    assert set(groups) == kept


ARRESTS = ("Strategic developments", "Arrests", "A")
RIOT = ("Riots", "Violent demonstration", "A")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack", "A")


@pytest.mark.parametrize(
    ("groups", "first"),
    [
        # the lead's arrests are the report's event; a riot told later is secondary
        ({ARRESTS: [Hit("arrest", 0, 0, 5)], RIOT: [Hit("riot", 4, 90, 95)]}, ARRESTS),
        # arrests and a riot both in the lead: the riot leads
        ({ARRESTS: [Hit("arrest", 0, 0, 5)], RIOT: [Hit("riot", 1, 30, 35)]}, RIOT),
        # a protest told three times later does not replace the lead's shelling
        (
            {
                SHELLING: [Hit("shelling", 1, 20, 25)],
                PEACEFUL: [Hit("protest", 5, 90, 95), Hit("protest", 6, 99, 105)],
            },
            SHELLING,
        ),
        # told twice beats told once, both in the lead
        (
            {
                PEACEFUL: [Hit("protest", 0, 0, 5)],
                RIOT: [Hit("riot", 1, 20, 25), Hit("riot", 3, 60, 65)],
            },
            RIOT,
        ),
        # nothing else happened: the arrests lead
        ({ARRESTS: [Hit("arrest", 3, 50, 55)]}, ARRESTS),
    ],
)
def test_primary_first(groups: dict, first) -> None:
    order = primary_first(groups)
    assert order[0] == first and sorted(order) == sorted(groups)
