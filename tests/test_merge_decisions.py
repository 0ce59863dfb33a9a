"""Merge decisions, table-driven, in uk / ru / en: a new event against an incident's members.

Each row names the pattern it checks. Places are given with or without gazetteer ids:
without coordinates the names are compared across scripts (merge/translit.py).
"""

from __future__ import annotations

import pytest

from sitrep.merge import decide
from sitrep.merge.candidates import core
from sitrep.merge.decide import match


def ev(doc="n", name="Kharkiv", lang="en", gid=None, lat=None, lon=None, day="2022-03-01",
       typ="Explosions/Remote violence", prec="exact", country="UA", admin1=None, persons=()):  # fmt: skip
    return dict(
        doc_id=doc, event_id="e1", event_type=typ, sub_event_type=None, tags=[], d0=day,
        d1=day, date_precision="day", location=name, geonameid=gid, lat=lat, lon=lon,
        country=country, admin1=admin1, geo_precision=prec, actor1=None, actor2=None,
        actors=[], persons=list(persons), lang=lang,
        published_at=f"{day}T12:00:00Z", evidence=[],
    )  # fmt: skip


def vague(e, d0, d1, prec="week"):
    """The event with a date known only to an interval (a week, a month, near publication)."""
    return {**e, "d0": d0, "d1": d1, "date_precision": prec}


def first(e, published):
    """The event as published at this time (stream order: ties of type go to the first)."""
    return {**e, "published_at": published}


KH = dict(gid=706483, lat=49.98081, lon=36.25272, admin1="Kharkiv")
SALT = dict(gid=9000001, lat=50.0294, lon=36.3503, admin1="Kharkiv")
ODESA = dict(gid=698740, lat=46.47747, lon=30.73262, admin1="Odesa")

# name: (new event, incident members, joins?, words in the reason)
CASES = {
    "uk name, en incident, same day (script-independent key)": (
        ev(name="Харків", lang="uk"), [ev("o", "Kharkiv")], True, "names match"),
    "ru name, en incident (same skeleton)": (
        ev(name="Одесса", lang="ru"), [ev("o", "Odessa")], True, "names match"),
    "ru locative (inflected), en incident": (
        ev(name="Одессе", lang="ru"), [ev("o", "Odesa")], True, "names match"),
    "ru inflected, uk incident": (
        ev(name="Мариуполе", lang="ru"), [ev("o", "Маріуполь", "uk")], True, "names match"),
    "two cities by name, no coordinates": (
        ev(name="Львів", lang="uk"), [ev("o", "Odesa")], False, "different place names"),
    "same gazetteer id, any language": (
        ev(name="Харкові", lang="uk", **KH), [ev("o", "Kharkiv", **KH)], True, "same place"),
    "a district 5 km away is another incident": (
        ev(name="Салтівка", lang="uk", **SALT), [ev("o", "Kharkiv", **KH)], False,
        "different places"),
    "another city, same day": (
        ev(name="Odesa", **ODESA), [ev("o", "Kharkiv", **KH)], False, "different places"),
    "a strike two days later is another strike": (
        ev(day="2022-03-03", **KH), [ev("o", **KH)], False, "window 1"),
    "a battle may run into a third day": (
        ev(day="2022-03-03", typ="Battles", **KH), [ev("o", typ="Battles", **KH)], True, ""),
    "protest and strike never merge": (
        ev(typ="Protests", **KH), [ev("o", **KH)], False, "type"),
    "country-level mention naming the same person joins, as a weak member": (
        ev(name="Україна", lang="uk", prec="country", persons=["Ігор Терехов"]),
        [ev("o", "Kharkiv", persons=["Ihor Terekhov"], **KH)], True, "weak member"),
    "country-level mention alone stays apart": (
        ev(name="Украина", lang="ru", prec="country"), [ev("o", "Kharkiv", **KH)], False,
        "same country"),
    "a region-level incident never absorbs a city": (
        ev(name="Kharkiv", **KH), [ev("o", "Kharkiv Oblast", prec="region", admin1="Kharkiv")],
        False, "never absorbs"),
    "different countries": (
        ev(name="Kharkiv", country="RU"), [ev("o", "Kharkiv")], False, "different countries"),
    "the core decides, not the member at the edge": (
        ev(day="2022-03-03", typ="Battles", **KH),
        [ev("a", typ="Battles", **KH), ev("b", typ="Battles", **KH),
         ev("c", typ="Battles", day="2022-03-04", **KH)],
        True, ""),
    "a chain of members a day apart does not stretch the incident": (
        ev(day="2022-03-05", typ="Battles", **KH),
        [ev("a", typ="Battles", **KH), ev("b", typ="Battles", day="2022-03-02", **KH),
         ev("c", typ="Battles", day="2022-03-03", **KH)],
        False, "window 3"),
    # Russian exonyms of Ukrainian towns: closed-syllable і ~ о / е, г ~ h (no coordinates)
    "ru exonym, en incident: Харьков ~ Kharkiv": (
        ev(name="Харьков", lang="ru"), [ev("o", "Kharkiv")], True, "names match"),
    "ru locative exonym, uk genitive: Харькове ~ Харкова": (
        ev(name="Харькове", lang="ru"), [ev("o", "Харкова", "uk")], True, "names match"),
    "ru locative, en: Львове ~ Lviv": (
        ev(name="Львове", lang="ru"), [ev("o", "Lviv")], True, "names match"),
    "uk, en: Глухові ~ Hlukhiv": (
        ev(name="Глухові", lang="uk"), [ev("o", "Hlukhiv")], True, "names match"),
    "ru, uk: Ростове is not Харків": (
        ev(name="Ростове", lang="ru"), [ev("o", "Харків", "uk")], False, "different place names"),
    "ru, en: Чернигове ~ Chernihiv (г is h in Ukrainian)": (
        ev(name="Чернигове", lang="ru"), [ev("o", "Chernihiv")], True, "names match"),
    # a vague date spans its own uncertainty: it must contain the incident's day
    "uk, 'цього тижня' from the 1st does not reach a strike on the 28th": (
        vague(ev(name="Харків", lang="uk", **KH), "2022-03-01", "2022-03-07"),
        [ev("o", day="2022-02-28", **KH)], False, "does not contain"),
    "ru, a week that holds the strike's day joins it": (
        vague(ev(name="Харьков", lang="ru", **KH), "2022-02-27", "2022-03-05"),
        [ev("o", **KH)], True, "same place"),
    "en, 'this month' report joins the day inside it": (
        vague(ev(**KH), "2022-03-01", "2022-03-31", "month"),
        [ev("o", day="2022-03-14", **KH)], True, "same place"),
    "en, an undated report (published the 5th) does not reach a strike on the 1st": (
        vague(ev(**KH), "2022-03-02", "2022-03-05", "published"),
        [ev("o", **KH)], False, "does not contain"),
    "uk, a day-precise report against a week-dated incident outside that week": (
        ev(name="Одеса", lang="uk", day="2022-03-09", **ODESA),
        [vague(ev("o", "Odesa", **ODESA), "2022-03-01", "2022-03-07")], False,
        "does not contain"),
    # a vague place needs a close date
    "uk, region-level mention two days after a city's strike stays apart": (
        ev(name="Харківщина", lang="uk", prec="region", admin1="Kharkiv", day="2022-03-03",
           typ="Battles", persons=["Олег Синєгубов"]),
        [ev("o", persons=["Oleh Syniehubov"], typ="Battles", **KH)], False, "at most 1"),
    "ru, region-level mention the next day joins as a weak member": (
        ev(name="Харьковская область", lang="ru", prec="region", admin1="Kharkiv",
           day="2022-03-02", persons=["Олег Синегубов"]),
        [ev("o", persons=["Oleh Syniehubov"], **KH)], True, "weak member"),
    "en, a country-level digest two days later stays apart even naming the person": (
        ev(name="Ukraine", prec="country", day="2022-03-03", persons=["Ihor Terekhov"]),
        [ev("o", persons=["Ihor Terekhov"], typ="Battles", **KH)], False, "at most 1"),
    # the incident's own types count: a protest that turned into a riot takes both reports
    "en, a new protest report joins a protest-and-riot incident led by the riot": (
        ev(typ="Protests", **KH),
        [ev("a", typ="Riots", **KH), ev("b", typ="Riots", **KH), ev("c", typ="Protests", **KH)],
        True, "Protests ~ Riots: 1"),
    "ru, an attack on civilians joins an incident that already holds one": (
        ev(name="Харькове", lang="ru", typ="Violence against civilians", **KH),
        [ev("a", typ="Protests", **KH), ev("b", typ="Violence against civilians", **KH)],
        True, "same place"),
    "uk, a type the incident never held is still vetoed by its main type": (
        ev(name="Харків", lang="uk", typ="Protests", **KH),
        [ev("a", **KH), ev("b", typ="Violence against civilians", **KH)], False, "type"),
    # a tie of types: the type reported first sets the window
    "en, strike reported first, then a battle: a battle two days on is another incident": (
        ev(day="2022-03-03", typ="Battles", **KH),
        [first(ev("a", **KH), "2022-03-01T08:00:00Z"),
         first(ev("b", typ="Battles", **KH), "2022-03-01T09:00:00Z")], False, "window 1"),
    "uk, battle reported first, then a strike: the battle's window holds": (
        ev(name="Харків", lang="uk", day="2022-03-03", typ="Battles", **KH),
        [first(ev("a", typ="Battles", **KH), "2022-03-01T08:00:00Z"),
         first(ev("b", **KH), "2022-03-01T09:00:00Z")], True, ""),
}  # fmt: skip


@pytest.mark.parametrize("name", CASES)
def test_merge_decision(name):
    new, members, joins, words = CASES[name]
    d = decide(new, {5: members})
    _, why, _ = match(new, core(members))  # the reasons, also when vetoed
    text = " ".join(f"{k}: {v}" for k, v in why.items())
    assert (d.incident == 5) is joins, text
    assert words in text, text
