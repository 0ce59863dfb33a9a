"""Merging events into incidents, the estimate rule and the timeline.

Deterministic: hand-built Reports (see conftest.SCENARIO_CODING) mirroring the
scenario in examples/scenario/reports.jsonl, on SQLite and PostgreSQL.
"""

from __future__ import annotations

import pytest

from conftest import PLACES, add_scenario, build_report
from sitrep.merge.estimates import estimate, figure
from sitrep.merge.features import date_interval
from sitrep.merge.score import JOIN_THRESHOLD, pair_score, type_compat
from sitrep.merge.translit import name_key, name_similarity

# ---------------------------------------------------------------- names across scripts


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("Жанаозень", "Zhanaozen", True),  # uk / en
        ("Жанаозен", "Zhanaozen", True),  # ru / en
        ("Жанаозені", "Жанаозень", True),  # uk locative
        ("Унгарбаева", "Ungarbaeva", True),  # ru spelling in a uk text / en
        ("Унгарбаєва", "Унгарбаева", True),  # uk є vs ru е
        ("Унгарбаєвої", "Ungarbaeva", True),  # uk genitive
        ("Харків", "Kharkiv", True),
        ("Кутаїсі", "Kutaisi", True),
        ("Ош", "Osh", True),
        ("Aktobe", "Aktau", False),
        ("Ош", "Оренбург", False),
        ("Бишкек", "Batumi", False),
    ],
)
def test_names_match_across_scripts(a, b, same):
    assert (name_similarity(a, b) >= 88) is same


def test_name_key_is_latin_and_case_free():
    assert name_key("Жанаозень") == name_key("ZHANAOZEN") == "zhanaozen"
    assert name_key("Ungarbaeva").isascii()


# ---------------------------------------------------------------- scoring pairs


@pytest.mark.parametrize(
    "a, b, expected",
    [
        ("Protests", "Protests", 1.0),
        ("Protests", "Riots", 0.8),
        ("Riots", "Protests", 0.8),
        ("Battles", "Protests", 0.0),
        ("Explosions/Remote violence", "Protests", 0.0),
        ("Strategic developments", "Battles", 0.5),
        ("", "Riots", 0.5),
    ],
)
def test_type_compatibility_matrix(a, b, expected):
    assert type_compat(a, b) == expected


def feat(**kw):
    base = dict(
        doc_id="d",
        event_id="e1",
        event_type="Protests",
        d0="2025-03-14",
        d1="2025-03-14",
        date_precision="day",
        location=None,
        geonameid=None,
        lat=None,
        lon=None,
        country=None,
        admin1=None,
        geo_precision="exact",
        actors=[],
        persons=[],
    )
    place = kw.pop("place", None)
    if place:
        base.update(location=place, **PLACES[place])
    base.update(kw)
    return base


@pytest.mark.parametrize(
    "new, old, joins, why_key, why_value",
    [
        # same geonameid, same day
        (feat(place="Aktobe"), feat(place="Aktobe"), True, "distance_km", 0.0),
        # a report a day late still joins
        (feat(place="Aktobe", d0="2025-03-15", d1="2025-03-15"), feat(place="Aktobe"), True,
         "date_gap_days", 1),
        # five days apart: another incident
        (feat(place="Aktobe", d0="2025-03-19", d1="2025-03-19"), feat(place="Aktobe"), False,
         "date_gap_days", 5),
        # Aktobe vs Aktau: same country, same day, ~800 km apart
        (feat(place="Aktau"), feat(place="Aktobe"), False, "place", None),
        # different countries never merge
        (feat(place="Osh"), feat(place="Aktobe"), False, "place", "different countries KG / KZ"),
        # Battles vs Protests at the same place and day: incompatible
        (feat(place="Aktobe", event_type="Battles"), feat(place="Aktobe"), False, "type_compat",
         0.0),
        # Protests ~ Riots at the same place: joins
        (feat(place="Aktobe", event_type="Riots"), feat(place="Aktobe"), True, "type_compat", 0.8),
        # no gazetteer hit, names in two scripts
        (feat(location="Жанаозень", country="KZ"), feat(location="Zhanaozen", country="KZ"),
         True, "place", "names match (100)"),
        # coordinates 20 km apart, no geonameid
        (feat(location="A", lat=43.34, lon=52.86), feat(location="B", lat=43.34, lon=53.107),
         True, "distance_km", 20.0),
    ],
)  # fmt: skip
def test_pair_scores_and_explains(new, old, joins, why_key, why_value):
    score, why = pair_score(new, old)
    assert (score is not None and score >= JOIN_THRESHOLD) is joins
    if why_value is None:
        assert why_key in why
    elif isinstance(why_value, float):
        assert why[why_key] == pytest.approx(why_value, abs=0.6)
    else:
        assert why[why_key] == why_value


def test_country_precision_needs_shared_people_to_join():
    vague = feat(location="Kazakhstan", country="KZ", geo_precision="country")
    city = feat(place="Aktobe")
    score, _ = pair_score(vague, city)
    assert score is not None and score < JOIN_THRESHOLD
    persons = ["Айман Унгарбаева"]
    score, why = pair_score(
        {**vague, "persons": persons, "actors": ["police"]},
        {**city, "persons": ["Aiman Ungarbaeva"], "actors": ["police"]},
    )
    assert score >= JOIN_THRESHOLD
    assert why["shared_persons"] == persons and why["shared_actors"] == ["police"]


@pytest.mark.parametrize(
    "iso, precision, published, expected",
    [
        ("2011-12-16", "day", None, ("2011-12-16", "2011-12-16", "day")),
        ("2011-12", "month", None, ("2011-12-01", "2011-12-31", "month")),
        ("2024-02", "month", None, ("2024-02-01", "2024-02-29", "month")),
        ("2011", "year", None, ("2011-01-01", "2011-12-31", "year")),
        (None, None, "2025-03-16", ("2025-03-13", "2025-03-16", "published")),
        (None, None, None, (None, None, "unknown")),
    ],
)
def test_date_interval_follows_precision(iso, precision, published, expected):
    assert date_interval(iso, precision, published) == expected


# ---------------------------------------------------------------- the estimate rule


def claim(id, low, high, certainty="reported", at="2025-01-01T00:00:00Z", qualifier="exact"):
    return dict(id=id, kind="killed", low=low, high=high, certainty=certainty,
                published_at=at, qualifier=qualifier)  # fmt: skip


@pytest.mark.parametrize(
    "claims, low, best, high, best_from",
    [
        # the scenario's killed figures: unconfirmed range, confirmed 14, activists' >= 50
        ([claim("a", 7, 8, "unconfirmed", "2025-03-14T06:00:00Z", "range"),
          claim("b", 14, 14, "confirmed", "2025-03-14T13:00:00Z"),
          claim("c", 50, None, "reported", "2025-03-15T09:00:00Z", "at_least")],
         14, 14, 50, "b"),
        # only unconfirmed: no low, best from the latest unconfirmed
        ([claim("a", 7, 8, "unconfirmed", "2025-03-14T06:00:00Z", "range"),
          claim("b", 10, 10, "unconfirmed", "2025-03-14T07:00:00Z")], None, 10, 10, "b"),
        # denied claims give neither best nor high
        ([claim("a", 5, 5, "denied")], None, None, None, None),
        ([claim("a", 3, 3), claim("b", 90, 90, "denied", "2025-02-01T00:00:00Z")], 3, 3, 3, "a"),
        # the most recent of the best class wins, not the largest; low: the lowest reported
        ([claim("a", 30, 30, at="2025-01-01T00:00:00Z"),
          claim("b", 20, 20, at="2025-01-02T00:00:00Z")], 20, 20, 30, "b"),
        # "up to 5000": figure is the high, low stays 0
        ([claim("a", 0, 5000, qualifier="at_most")], 0, 5000, 5000, "a"),
    ],
)  # fmt: skip
def test_estimate_rule(claims, low, best, high, best_from):
    est = estimate(claims)
    assert (est["low"], est["best"], est["high"]) == (low, best, high)
    assert est["best_claims"] == ([best_from] if best_from else [])


def test_estimate_lists_its_claims():
    est = estimate([claim("a", 50, None, qualifier="at_least"), claim("b", 50, 50)])
    assert est["low_claims"] == ["a", "b"] and est["high_claims"] == ["a", "b"]


@pytest.mark.parametrize(
    "qualifier, low, high, expected",
    [("exact", 14, 14, 14), ("at_least", 50, None, 50), ("more_than", 21, None, 21),
     ("range", 7, 8, 7), ("at_most", 0, 20, 20), ("about", 20, 20, 20), ("vague", 12, None, 12)],
)  # fmt: skip
def test_claim_figure(qualifier, low, high, expected):
    assert figure({"qualifier": qualifier, "low": low, "high": high}) == expected


# ---------------------------------------------------------------- the scenario, in a store


def _by_place(store):
    return {i["location"]: i for i in store.incidents()}


def test_scenario_forms_three_incidents(store, scenario):
    joined = add_scenario(store, scenario)
    incs = _by_place(store)
    assert sorted(incs) == ["Aktobe", "Kutaisi", "Osh"]
    assert {i["country"] for i in incs.values()} == {"KZ", "KG", "GE"}
    for inc in incs.values():
        assert inc["languages"] == ["en", "ru", "uk"]
        assert inc["n_documents"] == 4
    # the digest mentions two incidents and contributes to both
    assert sorted(joined["d1-en"]) == sorted([incs["Osh"]["id"], incs["Kutaisi"]["id"]])
    assert incs["Aktobe"]["event_date"] == "2025-03-14"
    assert incs["Osh"]["event_types"] == ["Riots"]
    assert incs["Kutaisi"]["sub_event_types"] == ["Peaceful protest", "Protest with intervention"]


def test_scenario_estimates(store, scenario):
    add_scenario(store, scenario)
    incs = _by_place(store)

    def lbh(place, kind):
        e = incs[place]["estimates"][kind]
        return e["low"], e["best"], e["high"]

    # "7-8 injured, unconfirmed" -> "14 killed, confirmed" -> activists "at least 50 killed":
    # the confirmed 14 is the floor and the best, the reported 50 the ceiling (SPEC "Estimates")
    assert lbh("Aktobe", "killed") == (14, 14, 50)
    assert lbh("Aktobe", "injured") == (None, 7, 8)
    assert lbh("Aktobe", "participants") == (1000, 2000, 2000)  # reported lows: the lowest
    assert lbh("Aktobe", "arrested") == (120, 120, 120)
    k = incs["Aktobe"]["estimates"]["killed"]
    assert k["best_claims"] == ["doc-a2-ru:c1"] and k["low_claims"] == ["doc-a2-ru:c1"]
    assert k["high_claims"] == ["doc-a3-en:c1"]
    assert (incs["Aktobe"]["killed_low"], incs["Aktobe"]["killed_best"]) == (14, 14)
    assert lbh("Osh", "injured") == (23, 23, 30)
    assert lbh("Osh", "detained") == (35, 35, 35)
    assert incs["Osh"]["estimates"]["detained"]["best_claims"] == ["doc-d1-en:c1"]
    # "up to 5000" is a reported figure whose low is 0: the lowest reported low
    assert lbh("Kutaisi", "participants") == (0, 5000, 5000)
    assert lbh("Kutaisi", "injured") == (None, None, None)  # only a denied figure
    assert lbh("Kutaisi", "detained") == (18, 18, 18)


def test_scenario_timeline_and_explanations(store, scenario):
    add_scenario(store, scenario)
    inc = store.incident(_by_place(store)["Aktobe"]["id"])
    tl = [
        (t["published_at"], t["kind"], t["low"], t["certainty"], t["lang"]) for t in inc["timeline"]
    ]
    assert tl == [
        ("2025-03-14T06:20:00Z", "participants", 1000, "reported", "uk"),
        ("2025-03-14T06:20:00Z", "injured", 7, "unconfirmed", "uk"),
        ("2025-03-14T13:05:00Z", "killed", 14, "confirmed", "ru"),
        ("2025-03-14T13:05:00Z", "participants", 2000, "reported", "ru"),
        ("2025-03-15T09:30:00Z", "killed", 50, "reported", "en"),
        ("2025-03-16T06:00:00Z", "arrested", 120, "reported", "uk"),
        ("2025-03-16T06:00:00Z", "killed", 41, "reported", "uk"),
    ]
    assert inc["timeline"][2]["source"] == "министерство внутренних дел Казахстана"
    assert inc["timeline"][2]["outlet"] == "Вечерний Актобе"
    first, *rest = inc["members"]
    assert first["why"]["reason"] == "first report of this incident"
    for m in rest:
        assert m["why"]["reason"] == "joined"
        assert m["why"]["place"] == "same place (geonameid 610611)"
        assert m["why"]["date_gap_days"] == 0
        assert m["score"] >= JOIN_THRESHOLD
    assert rest[0]["why"]["shared_actors"] == ["police", "workers"]


def test_claims_without_links_go_to_the_nearest_event(store, scenario):
    add_scenario(store, scenario)
    incs = _by_place(store)
    osh = store.incident(incs["Osh"]["id"])
    kut = store.incident(incs["Kutaisi"]["id"])
    assert "doc-d1-en:c1" in {c["id"] for c in osh["claims"]}
    assert "doc-d1-en:c2" in {c["id"] for c in kut["claims"]}
    assert "doc-d1-en:c2" not in {c["id"] for c in osh["claims"]}


def test_merge_is_incremental_and_order_independent(store, scenario):
    """Reversed arrival order: same incidents, same estimates (they follow publication time)."""
    add_scenario(store, list(reversed(scenario)))
    incs = _by_place(store)
    assert sorted(incs) == ["Aktobe", "Kutaisi", "Osh"]
    assert incs["Aktobe"]["estimates"]["killed"]["best"] == 14
    assert incs["Osh"]["estimates"]["detained"]["best_claims"] == ["doc-d1-en:c1"]
    assert store.counts()["members"] == 12


@pytest.mark.parametrize(
    "event, lang, text, same",
    [
        # Aktau on the same day: another city far away
        (dict(id="e1", type="Protests", date="2025-03-14", place="Aktau"), "ru",
         "В Актау тоже прошел митинг.", False),
        # shooting battle in Aktobe the same day: incompatible type
        (dict(id="e1", type="Battles", sub="Armed clash", date="2025-03-14", place="Aktobe"), "en",
         "Two armed groups clashed near Aktobe.", False),
        # a month later in Aktobe: another incident
        (dict(id="e1", type="Protests", date="2025-04-14", place="Aktobe"), "uk",
         "В Актобе знову мітинг.", False),
        # riot, a day late, same city: the same incident
        (dict(id="e1", type="Riots", date="2025-03-15", place="Aktobe"), "uk",
         "В Актобе спалили автобус.", True),
        # undated: placed by the publication date
        (dict(id="e1", type="Protests", place="Aktobe"), "en", "Unrest goes on in Aktobe.", True),
    ],
)  # fmt: skip
def test_new_report_joins_or_starts_an_incident(store, scenario, event, lang, text, same):
    aktobe = add_scenario(store, scenario[:4])["a1-uk"][0]  # the Aktobe incident
    rep = build_report("doc-new", text, lang=lang, published="2025-03-16", events=[event])
    res = store.add_report(rep, published_at="2025-03-16T10:00:00Z")
    assert (res.incidents == [aktobe]) is same
    assert store.counts()["incidents"] == (1 if same else 2)


def test_summary_stands_in_for_missing_events(store):
    rep = build_report("doc-s", "Мітинг в Актобе.", lang="uk", published="2025-03-14")
    rep.summary.location, rep.summary.country = "Aktobe", "KZ"
    rep.summary.geonameid = PLACES["Aktobe"]["geonameid"]
    rep.summary.event_types = ["Protests"]
    rep.summary.event_date = "2025-03-14"
    res = store.add_report(rep)
    assert len(res.incidents) == 1
    inc = store.incident(res.incidents[0])
    assert inc["members"][0]["event_id"] == "summary" and inc["location"] == "Aktobe"


def test_report_without_events_or_summary_makes_no_incident(store):
    rep = build_report("doc-x", "Nothing happened.", lang="en", published="2025-03-14")
    assert store.add_report(rep).incidents == []
    assert store.counts()["incidents"] == 0


def test_daily_reports_do_not_chain_into_one_endless_incident(store):
    """Protests in one city six days running: a protest incident spans at most 2 days."""
    texts = {"uk": "Мітинг в Актобе.", "ru": "Митинг в Актобе.", "en": "Rally in Aktobe."}
    ids = []
    for day in range(1, 7):
        lang = ("uk", "ru", "en")[day % 3]
        rep = build_report(
            f"doc-day{day}",
            texts[lang],
            lang=lang,
            published=f"2025-04-0{day}",
            events=[dict(id="e1", type="Protests", date=f"2025-04-0{day}", place="Aktobe")],
        )
        ids.append(store.add_report(rep).incidents[0])
    assert ids[:3] == [ids[0]] * 3 and ids[3:] == [ids[3]] * 3 and ids[3] != ids[0]
    spans = sorted((i["date_start"], i["date_end"]) for i in store.incidents())
    assert spans == [("2025-04-01", "2025-04-03"), ("2025-04-04", "2025-04-06")]
