"""No incident is wider than its type's window or than one city: on eval/real and a stream.

The check reads the stored members (strong ones: weak members never widen an incident),
so it holds for whatever the rules decide. eval/real goes through `sitrep ingest` as a user
would run it; the synthetic stream is tests/test_merge_stream.py's (few cities, three
languages, late updates, digests).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select
from typer.testing import CliRunner

from sitrep.cli import _register, app
from sitrep.merge.candidates import type_window
from sitrep.merge.score import SAME_PLACE_KM, haversine_km, level
from sitrep.merge.translit import name_key
from sitrep.store import Store
from sitrep.store.models import Incident, IncidentMember

ROOT = Path(__file__).resolve().parent.parent
REAL = [ROOT / "eval" / "real" / f"{lang}.jsonl" for lang in ("uk", "ru", "en")]


def too_wide(store: Store) -> list[str]:
    """Incidents whose strong members span more than the type window or more than one city."""
    members: dict[int, list[dict]] = {}
    with store.read() as s:
        types = {i: t for i, t in s.execute(select(Incident.id, Incident.event_type))}
        for inc_id, f in s.execute(select(IncidentMember.incident_id, IncidentMember.features)):
            members.setdefault(inc_id, []).append(f)
    bad = []
    for inc_id, fs in sorted(members.items()):
        strong = [f for f in fs if not f.get("weak")] or fs
        days = [date.fromisoformat(f["d0"]) for f in strong if f.get("date_precision") == "day"]
        win = max(type_window(t) for t in {types[inc_id]} | {f.get("event_type") for f in strong})
        if days and (max(days) - min(days)).days > win:
            bad.append(f"incident {inc_id}: {(max(days) - min(days)).days} days > {win}")
        cities = [f for f in strong if level(f) == "city"]
        for a in cities:
            for b in cities:
                if _two_places(a, b):
                    bad.append(f"incident {inc_id}: {a['location']} and {b['location']}")
                    break
    return bad


def _two_places(a: dict, b: dict) -> bool:
    if a.get("geonameid") is not None and a.get("geonameid") == b.get("geonameid"):
        return False
    if None not in (a.get("lat"), b.get("lat")):
        return haversine_km(a["lat"], a["lon"], b["lat"], b["lon"]) > SAME_PLACE_KM
    return name_key(a.get("location") or "") != name_key(b.get("location") or "")


def test_no_incident_of_eval_real_is_wider_than_its_window_or_one_city(tmp_path):
    db = tmp_path / "real.db"
    if not app.registered_commands:
        _register()
    r = CliRunner().invoke(app, ["ingest", *map(str, REAL), "--db", str(db), "-j", "1", "-q"])
    assert r.exit_code == 0, r.output
    store = Store(f"sqlite:///{db}")
    try:
        assert len(store.incidents()) > 50  # 125 reports, 28 groups: many incidents
        assert too_wide(store) == []
    finally:
        store.close()


def test_no_incident_of_the_synthetic_stream_is_wider(store):
    from test_merge_stream import ingest, stream

    reports, _ = stream(70, seed=13)
    ingest(store, reports)
    assert too_wide(store) == []


def test_the_check_tells_two_cities_from_one():
    a = dict(location="Kharkiv", geonameid=706483, lat=49.98, lon=36.25, geo_precision="exact",
             country="UA", d0="2022-03-01", date_precision="day")  # fmt: skip
    b = dict(a, location="Odesa", geonameid=698740, lat=46.48, lon=30.73)
    assert _two_places(a, b) and not _two_places(a, dict(a))
    assert _two_places(dict(a, lat=None, geonameid=None), dict(b, lat=None, geonameid=None))
