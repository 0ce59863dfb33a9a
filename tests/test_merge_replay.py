"""The in-memory re-clustering (merge/replay.py) decides what the query path decides.

A late report's closure used to be taken apart and placed again through the database;
`store.incidents._recluster` now replays the same decisions in memory and writes back only
what moved. These tests ingest streams out of order and settle them both ways (the query
path forced by making the replay decline), and against a rebuild of the ordered stream:
members, fields, estimates and explanations must be the same. The streams mix what the
replay must answer for like the queries: translations (uk / ru / en versions naming the
same people and figures: twins), country-level digests (weak members), week-precise dates,
two events in one report, and claims (the estimates are rebuilt from them).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from sqlalchemy import select

import sitrep.store.incidents as incidents
from conftest import build_report
from sitrep.merge.replay import replay
from sitrep.store import Store
from sitrep.store.db import utcnow
from sitrep.store.models import Incident, IncidentMember
from test_merge_order import snapshot

CITIES = {
    "Kharkiv": dict(geonameid=706483, lat=49.98081, lon=36.25272, country="UA", admin1="Kharkiv"),
    "Odesa": dict(geonameid=698740, lat=46.47747, lon=30.73262, country="UA", admin1="Odesa"),
    "Osh": dict(geonameid=1527534, lat=40.52828, lon=72.7985, country="KG", admin1="Osh"),
}
COUNTRY = {"UA": dict(name="Ukraine", country="UA"), "KG": dict(name="Kyrgyzstan", country="KG")}
TYPES = ("Explosions/Remote violence", "Protests", "Battles")
# one official per incident, as each language writes the name (our own invented names)
PEOPLE = [
    {"uk": "Олег Карпенко", "ru": "Олег Карпенко", "en": "Oleh Karpenko"},
    {"uk": "Ірина Гнатюк", "ru": "Ирина Гнатюк", "en": "Iryna Hnatiuk"},
    {"uk": "Ігор Савчук", "ru": "Игорь Савчук", "en": "Ihor Savchuk"},
]
TEXT = {
    "uk": "У місті {c} загинули {k} людей, поранені {w}. Про це заявили {p}.",
    "ru": "В городе {c} погибли {k} человек, ранены {w}. Об этом заявили {p}.",
    "en": "In {c}, {k} people were killed and {w} injured, said {p}.",
}


def stream(n: int, seed: int) -> list[tuple]:
    """(published, doc id, text, lang, events, claims, persons), in publication order."""
    rnd = random.Random(seed)
    start = date(2023, 5, 1)
    out = []
    for i in range(n):
        city = rnd.choice(sorted(CITIES))
        day = start + timedelta(days=rnd.randint(0, n // 2))
        typ = rnd.choice(TYPES)
        k, w = rnd.randint(1, 9), rnd.randint(10, 40)
        people = rnd.sample(PEOPLE, 3)
        for lang in rnd.sample(["uk", "ru", "en"], rnd.randint(1, 3)):
            pub = day + timedelta(days=rnd.choice([0, 0, 1, 2]))
            persons = [p[lang] for p in people]
            text = TEXT[lang].format(c=city, k=k, w=w, p=", ".join(persons))
            claims = [
                dict(id="c1", kind="killed", phrase=str(k), value=k, qualifier="exact", low=k,
                     high=k),
                dict(id="c2", kind="injured", phrase=str(w), value=w, qualifier="exact", low=w,
                     high=w),
            ]  # fmt: skip
            ev = dict(id="e1", type=typ, date=day.isoformat(), claims=["c1", "c2"],
                      place={"name": city, **CITIES[city]})  # fmt: skip
            if rnd.random() < 0.2:  # the item read as a week, not a day
                ev["precision"] = "week"
            events = [ev]
            if rnd.random() < 0.2:  # and a second event, the day after, in the same report
                events.append(dict(id="e2", type=rnd.choice(TYPES),
                                   date=(day + timedelta(days=1)).isoformat(),
                                   place={"name": city, **CITIES[city]}))  # fmt: skip
            out.append(
                (f"{pub.isoformat()}T{rnd.randint(6, 20):02d}:00:00Z", f"r{i:03d}-{lang}", text,
                 lang, events, claims, persons)
            )  # fmt: skip
        if rnd.random() < 0.25:  # a country-level digest the same day: a weak member
            country = CITIES[city]["country"]
            ev = dict(id="e1", type=typ, date=day.isoformat(), place=COUNTRY[country])
            out.append((f"{day.isoformat()}T22:00:00Z", f"r{i:03d}-digest", "A digest.", "en",
                        [ev], [], []))  # fmt: skip
    out.sort()
    return out


def ingest(st: Store, reports, *, settle: bool) -> None:
    for pub, doc, text, lang, events, claims, persons in reports:
        report = build_report(
            doc, text, lang=lang, published=pub, events=events, claims=claims, persons=persons
        )
        st.add_report(report, settle=settle)


def settled(path, reports, *, query_path: bool, monkeypatch) -> dict:
    with Store(str(path)) as st:
        ingest(st, reports, settle=False)
        with monkeypatch.context() as m:
            if query_path:
                m.setattr(incidents, "replay", lambda *a, **k: None)
            st.settle()
        return snapshot(st)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_replay_settles_as_the_query_path_and_a_rebuild(tmp_path, monkeypatch, seed):
    reports = stream(40, seed)
    with Store(str(tmp_path / "ordered.db")) as st:
        ingest(st, reports, settle=False)
        with st.write() as s:
            incidents.rebuild(s, now=utcnow())
        reference = snapshot(st)
    assert any(len(members) > 2 for members in reference)  # merging was exercised
    assert any("twin" in repr(f["why"]) for f in reference.values())  # and translations
    shuffled = list(reports)
    random.Random(seed).shuffle(shuffled)
    fast = settled(tmp_path / "fast.db", shuffled, query_path=False, monkeypatch=monkeypatch)
    slow = settled(tmp_path / "slow.db", shuffled, query_path=True, monkeypatch=monkeypatch)
    assert fast == slow
    assert fast == reference


def test_late_report_at_once_replays_as_a_rebuild(tmp_path):
    """`add_report` without an ingest run settles a late report at once, the same way."""
    reports = stream(25, 4)
    with Store(str(tmp_path / "a.db")) as a, Store(str(tmp_path / "b.db")) as b:
        ingest(a, reports, settle=True)
        ingest(b, reports[::-1], settle=True)
        assert snapshot(a) == snapshot(b)


def test_a_settled_store_is_left_as_it_is(tmp_path):
    """Re-clustering incidents that are already what a rebuild gives writes nothing:
    no member moves, no incident is rewritten, every id stays."""
    reports = stream(30, 5)
    with Store(str(tmp_path / "s.db")) as st:
        ingest(st, reports, settle=True)
        with st.read() as s:
            before = sorted(s.execute(select(IncidentMember.id, IncidentMember.incident_id,
                                             IncidentMember.joined_at)).all())  # fmt: skip
            stamps = dict(s.execute(select(Incident.id, Incident.updated_at)).all())
        with st.write() as s:
            changed = incidents._recluster(s, sorted(stamps), now="2099-01-01T00:00:00Z")
        assert changed == []
        with st.read() as s:
            after = sorted(s.execute(select(IncidentMember.id, IncidentMember.incident_id,
                                            IncidentMember.joined_at)).all())  # fmt: skip
            assert dict(s.execute(select(Incident.id, Incident.updated_at)).all()) == stamps
        assert after == before


def _features(doc, day, *, lang="en", d0=True):
    return {
        "doc_id": doc, "event_id": "e1", "seq": 0, "event_type": "Protests",
        "sub_event_type": None, "tags": [], "d0": day if d0 else None, "d1": day if d0 else None,
        "date_precision": "day" if d0 else "unknown", "location": "Osh", "geonameid": 1527534,
        "lat": 40.52828, "lon": 72.7985, "country": "KG", "admin1": "Osh",
        "geo_precision": "exact", "actor1": None, "actor2": None, "actors": [], "persons": [],
        "figures": [], "lang": lang, "published_at": f"{day}T09:00:00Z", "evidence": [],
    }  # fmt: skip


def test_replay_declines_undated_events():
    """An undated event looks at the latest incidents whatever their dates: only the
    database can answer that, so the store takes the query path."""
    recs = [(_features("a", "2024-02-01"), 1), (_features("b", "2024-02-01", d0=False), 1)]
    assert replay(recs, reuse=[1]) is None


def test_replay_keeps_ids_and_numbers_new_incidents():
    """Two reports of one protest and one of another a week later: the first cluster keeps
    its stored id, a cluster no stored id is left for gets a negative (new) one."""
    recs = [
        (_features("a", "2024-02-01"), 7),
        (_features("b", "2024-02-01"), 7),
        (_features("c", "2024-02-09"), 7),  # stored in 7 provisionally: a late report
    ]
    plan = replay(recs, reuse=[7])
    assert sorted(plan.clusters) == [-1, 7]
    assert sorted(plan.clusters[7].members) == [0, 1]
    assert [p.cluster for p in sorted(plan.placed, key=lambda p: p.index)] == [7, 7, -1]
    assert plan.placed[1].why["matched"] == "incident 7 (core)"


def test_an_incident_outside_the_set_sends_the_query_path(tmp_path, monkeypatch):
    """If an incident outside the closure lies in a candidate window, a query would have
    offered it: the replay's answer is not used, the members are placed by queries."""
    reports = stream(12, 6)
    with Store(str(tmp_path / "o.db")) as st:
        ingest(st, reports, settle=True)
        before = snapshot(st)
        with st.write() as s:
            ids = sorted(s.scalars(select(Incident.id)))
            starts = dict(s.execute(select(Incident.id, Incident.date_start)).all())
            window = [(starts[ids[0]], starts[ids[0]])]
            assert incidents._within_reach(s, window, set(ids[1:]))  # ids[0] is outside
            assert not incidents._within_reach(s, window, set(ids))
            calls = []
            real = incidents._detach
            monkeypatch.setattr(incidents, "_detach", lambda s, i: calls.append(i) or real(s, i))
            monkeypatch.setattr(incidents, "_within_reach", lambda *a: True)
            incidents._recluster(s, ids, now=utcnow())
        assert calls == [ids]
        assert snapshot(st) == before


def test_replay_leaves_out_the_whys_the_store_already_has():
    """`same_why` says a record's stored why equals the new one: the plan keeps None for it
    (the settle's memory), and the dict for the others."""
    recs = [(_features("a", "2024-02-01"), 7), (_features("b", "2024-02-01"), 7)]
    kept = replay(recs, reuse=[7], same_why=lambda i, why: i == 0)
    whys = {p.index: p.why for p in kept.placed}
    assert whys[0] is None and whys[1]["matched"] == "incident 7 (core)"
    assert all(p.why is not None for p in replay(recs, reuse=[7]).placed)


@pytest.mark.parametrize(
    "stored, new, equal",
    [
        ('{"b": 1, "a": [1, 2]}', {"a": [1, 2], "b": 1}, True),  # JSONB reorders keys
        ('{"reason":"joined","score":1.15}', {"score": 1.15, "reason": "joined"}, True),
        ('{"matched": "incident 3 (core)"}', {"matched": "incident 4 (core)"}, False),
        ('{"shared_persons": ["Олег Карпенко"]}', {"shared_persons": ["Олег Карпенко"]}, True),
        ('{"a": [1, 2]}', {"a": [2, 1]}, False),
    ],
)
def test_why_keys_compare_whys_not_their_text(stored, new, equal):
    assert (incidents._why_key(stored) == incidents._why_key(new)) is equal
