"""Translations of one item published the same day join one incident (merge/twins.py).

The table gives a new event and a stored member of another report; the rule must tell a
translation (same day, other language, the same people and figures) from a different item
that happens to name one official. Every sentence below was written for this test.
"""

from __future__ import annotations

import pytest

from sitrep.merge import decide
from sitrep.merge.features import date_interval
from sitrep.merge.twins import is_twin


def ev(doc, lang, *, name="Kharkiv", gid=706483, day="2022-03-01", pub="2022-03-01",
       persons=(), figures=(), typ="Explosions/Remote violence"):  # fmt: skip
    return dict(
        doc_id=doc, event_id="e1", seq=0, event_type=typ, sub_event_type=None, tags=[],
        d0=day, d1=day, date_precision="day", location=name, geonameid=gid, lat=None, lon=None,
        country="UA", admin1=None, geo_precision="exact", actor1=None, actor2=None, actors=[],
        persons=list(persons), figures=list(figures), lang=lang,
        published_at=f"{pub}T10:00:00Z", evidence=[],
    )  # fmt: skip


OFFICIALS_UK = ["Олег Синєгубов", "Ігор Терехов", "Ірина Венедіктова"]
OFFICIALS_EN = ["Oleh Syniehubov", "Ihor Terekhov", "Iryna Venediktova"]
OFFICIALS_RU = ["Олег Синегубов", "Игорь Терехов", "Ирина Венедиктова"]
FIGS = ["killed:9:9", "injured:37:37"]

# name: (new event, stored member, twin?)
CASES = {
    "uk / en, three officials named in both": (
        ev("n", "uk", persons=OFFICIALS_UK), ev("o", "en", name="Kherson", gid=706448,
                                                  persons=OFFICIALS_EN), True),
    "ru / en, two people and two figures": (
        ev("n", "ru", persons=OFFICIALS_RU[:2], figures=FIGS),
        ev("o", "en", name="Chuhuiv", gid=710374, persons=OFFICIALS_EN[:2], figures=FIGS), True),
    "uk / ru, the same four figures and no names": (
        ev("n", "uk", figures=FIGS + ["detained:4:4", "displaced:120:120"]),
        ev("o", "ru", gid=None, figures=FIGS + ["detained:4:4", "displaced:120:120"]), True),
    "en / uk, one official in common is not a translation": (
        ev("n", "en", persons=OFFICIALS_EN[:1] + ["Vitalii Klychko"]),
        ev("o", "uk", persons=OFFICIALS_UK[:1] + ["Віталій Кім"]), False),
    "same language, same names: two reports, not a translation": (
        ev("n", "uk", persons=OFFICIALS_UK), ev("o", "uk", persons=OFFICIALS_UK), False),
    "published a day apart: a follow-up, not a translation": (
        ev("n", "uk", persons=OFFICIALS_UK, pub="2022-03-02"),
        ev("o", "en", persons=OFFICIALS_EN), False),
    "event dates a week apart: the same people, another event": (
        ev("n", "ru", persons=OFFICIALS_RU, day="2022-02-22"),
        ev("o", "en", persons=OFFICIALS_EN), False),
    "three shared of twelve: a long digest naming the officials of the day": (
        ev("n", "en", persons=OFFICIALS_EN + [f"Person{i} Surname{i}" for i in range(9)]),
        ev("o", "uk", persons=OFFICIALS_UK + [f"Особа{i} Прізвище{i}" for i in range(9)]),
        False),
}  # fmt: skip


@pytest.mark.parametrize("name", CASES)
def test_twin_decision(name):
    new, old, twin = CASES[name]
    assert is_twin(new, old)[0] is twin
    d = decide(new, {}, twins=[(7, old)])
    assert (d.incident == 7) is twin, d.why
    if twin:
        assert d.weak and "twin" in d.why["matched"] and d.why["shared_specifics"]


def test_a_twin_whose_incident_the_score_picks_stays_strong():
    new = ev("n", "uk", persons=OFFICIALS_UK)
    old = ev("o", "en", persons=OFFICIALS_EN)
    d = decide(new, {7: [old]}, twins=[(7, old)])
    assert d.incident == 7 and not d.weak and "core" in d.why["matched"]


@pytest.mark.parametrize(
    "iso,prec,published,expected",
    [
        ("2022-03-01", "week", "2022-03-01", ("2022-03-01", "2022-03-01", "week")),
        ("2022-02-27", "week", "2022-03-01", ("2022-02-27", "2022-03-01", "week")),
        ("2022-03", "month", "2022-03-10", ("2022-03-01", "2022-03-10", "month")),
        ("2022-03", "month", "2022-04-02", ("2022-03-01", "2022-03-31", "month")),
        ("2022-03-20", "day", "2022-03-10", ("2022-03-20", "2022-03-20", "day")),  # announced
    ],
)
def test_a_vague_interval_ends_at_publication(iso, prec, published, expected):
    assert date_interval(iso, prec, published) == expected


TWIN_TEXTS = {
    "uk": "Харків, 14 березня. Уночі російська ракета влучила в гуртожиток на Салтівці. "
    "Загинули 4 людини, ще 11 поранені, повідомив голова ОВА Олег Синєгубов. "
    "Мер Ігор Терехов сказав, що рятувальники розбирають завали.",
    "en": "Kharkiv, 14 March. A Russian missile hit a dormitory in Saltivka overnight. "
    "Four people were killed and 11 were injured, regional governor Oleh Syniehubov said. "
    "Mayor Ihor Terekhov said rescuers were clearing the rubble.",
    "ru": "Харьков, 14 марта. Ночью российская ракета попала в общежитие на Салтовке. "
    "Погибли 4 человека, еще 11 ранены, сообщил глава ОВА Олег Синегубов. "
    "Мэр Игорь Терехов сказал, что спасатели разбирают завалы.",
}


def test_one_item_in_three_languages_is_one_incident(store):
    """Each version's strike lands in one incident (an extra event read from one version
    may stand apart: incidents are per event)."""
    from sitrep import extract

    docs = set()
    for lang, text in TWIN_TEXTS.items():
        res = store.add_report(extract(text, published="2023-03-14", lang=lang),
                               published="2023-03-14T09:00:00Z")  # fmt: skip
        docs.add(res.doc_id)
    held = [{m["doc_id"] for m in store.incident(i["id"])["members"]} for i in store.incidents()]
    assert docs in held, held
