"""Running totals (merge/accumulate.py) give what the full member list gives, in any join order.

Random incidents: members of random types, dates at every precision, places at every level
(some unplaced), weak members, actors, persons and claims of every certainty. Each is
folded in a shuffled order and read back; the core must equal `candidates.core` and the
fields `aggregate.incident_fields` computed over the members in stream order.
"""

from __future__ import annotations

import random

import pytest

from sitrep.merge.accumulate import (
    add_claims,
    add_member,
    core_of,
    estimates_of,
    fields_of,
    new_state,
    stream_key,
)
from sitrep.merge.aggregate import incident_fields
from sitrep.merge.candidates import core
from sitrep.merge.estimates import estimates

TYPES = [None, "Protests", "Riots", "Battles", "Explosions/Remote violence"]
PLACES = [
    dict(location="Kharkiv", geonameid=706483, lat=49.98, lon=36.25, country="UA",
         admin1="Kharkiv", geo_precision="exact"),
    dict(location="Saltivka", geonameid=9000001, lat=50.03, lon=36.35, country="UA",
         admin1="Kharkiv", geo_precision="district"),
    dict(location="Kharkiv Oblast", geonameid=706482, lat=49.5, lon=36.5, country="UA",
         admin1="Kharkiv", geo_precision="region"),
    dict(location="Ukraine", geonameid=None, lat=None, lon=None, country="UA", admin1=None,
         geo_precision="country"),
    dict(location=None, geonameid=None, lat=None, lon=None, country=None, admin1=None,
         geo_precision=None),
    dict(location="Хаpків", geonameid=None, lat=None, lon=None, country="UA", admin1=None,
         geo_precision="exact"),
]  # fmt: skip
DATES = [
    ("2022-03-01", "2022-03-01", "day"),
    ("2022-03-02", "2022-03-02", "day"),
    ("2022-03-03", "2022-03-03", "day"),
    ("2022-02-27", "2022-03-05", "week"),
    ("2022-03-01", "2022-03-31", "month"),
    ("2022-02-25", "2022-03-02", "published"),
    (None, None, "unknown"),
]
CERTAINTY = ["confirmed", "reported", "unconfirmed", "denied", None]


def member(rnd: random.Random, i: int) -> dict:
    d0, d1, prec = rnd.choice(DATES)
    return {
        "doc_id": f"d{rnd.randint(0, 30):02d}",
        "event_id": f"e{i}",
        "seq": rnd.randint(0, 2),
        "event_type": rnd.choice(TYPES),
        "sub_event_type": rnd.choice([None, "Shelling", "Peaceful protest"]),
        "tags": rnd.sample(["a", "b", "c"], rnd.randint(0, 2)),
        "d0": d0, "d1": d1, "date_precision": prec,
        **rnd.choice(PLACES),
        "actor1": rnd.choice([None, "Police", "Protesters"]),
        "actor2": rnd.choice([None, "Civilians"]),
        "actors": sorted(rnd.sample(["Police", "Protesters", "Army"], rnd.randint(0, 2))),
        "persons": sorted(rnd.sample(["Ivan Petrenko", "Olena Koval"], rnd.randint(0, 1))),
        "lang": rnd.choice(["uk", "ru", "en"]),
        "published_at": rnd.choice([None, "2022-03-01T08:00:00Z", "2022-03-02T09:00:00Z",
                                    "2022-03-03T10:00:00Z"]),
        "weak": rnd.random() < 0.25,
    }  # fmt: skip


def claim(rnd: random.Random, i: int) -> dict:
    low = rnd.choice([None, 1, 3, 5, 12])
    high = rnd.choice([None, low, 20]) if low is not None else rnd.choice([None, 7])
    return {
        "id": f"d{rnd.randint(0, 9)}:c{i}",
        "doc_id": f"d{rnd.randint(0, 9)}",
        "kind": rnd.choice(["killed", "injured", "participants", "arrested"]),
        "qualifier": rnd.choice(["exact", "at_least", "at_most", "about"]),
        "low": low,
        "high": high,
        "certainty": rnd.choice(CERTAINTY),
        "span": [rnd.randint(0, 500), 0],
        "published_at": rnd.choice([None, "2022-03-01T08:00:00Z", "2022-03-02T09:00:00Z"]),
    }


CORE_KEYS = ("event_type", "d0", "d1", "date_precision", "location", "geonameid", "lat", "lon",
             "country", "admin1", "geo_precision", "actors", "persons")  # fmt: skip


@pytest.mark.parametrize("seed", range(300))
def test_totals_equal_the_full_recompute_in_any_join_order(seed):
    rnd = random.Random(seed)
    ms = [member(rnd, i) for i in range(rnd.randint(1, 12))]
    if all(m["weak"] for m in ms) and rnd.random() < 0.7:
        ms[0]["weak"] = False
    cs = [claim(rnd, i) for i in range(rnd.randint(0, 10))]
    in_stream = sorted(ms, key=stream_key)
    state = new_state()
    shuffled = list(ms)
    rnd.shuffle(shuffled)
    for m in shuffled:
        add_member(state, m)
    add_claims(state, rnd.sample(cs, len(cs)))
    want_core, got_core = core(in_stream), core_of(state)
    for k in CORE_KEYS:
        assert got_core.get(k) == want_core.get(k), k
    assert (got_core.get("date_start") or got_core["d0"]) == (
        want_core.get("date_start") or want_core["d0"]
    )
    want = incident_fields(in_stream, [m["doc_id"] for m in in_stream], cs)
    got = fields_of(state)
    want.pop("n_documents")
    assert got == want
    assert estimates_of(state) == estimates(cs)
