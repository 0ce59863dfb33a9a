"""Shared fixtures: a `store` on SQLite and on a real PostgreSQL, and the scenario as Reports.

PostgreSQL is started once per session by scripts/pg-start.sh (which installs
Debian's postgresql when absent). SITREP_TEST_PG=skip skips the PostgreSQL
half; outside CI a server that cannot start is skipped with the reason, in CI
(CI=true) it fails.
"""

from __future__ import annotations

import json
import os
import subprocess
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from sitrep.schema.models import (
    Actor,
    Claim,
    DocumentOut,
    Entity,
    Event,
    EventDate,
    EventLocation,
    Report,
    Source,
    Span,
)

ROOT = Path(__file__).resolve().parent.parent
SCENARIO = ROOT / "examples" / "scenario" / "reports.jsonl"


# ---------------------------------------------------------------- PostgreSQL


def _pg_unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"PostgreSQL is required in CI: {reason}")
    pytest.skip(f"PostgreSQL not available: {reason}")


@pytest.fixture(scope="session")
def pg_url() -> str:
    """URL of the `sitrep` database on the throwaway cluster (started once per session)."""
    if os.environ.get("SITREP_TEST_PG", "").lower() == "skip":
        pytest.skip("SITREP_TEST_PG=skip")
    try:
        proc = subprocess.run(
            ["bash", str(ROOT / "scripts" / "pg-start.sh")],
            capture_output=True,
            text=True,
            timeout=600,
        )
    except (OSError, subprocess.TimeoutExpired) as e:
        _pg_unavailable(str(e))
    if proc.returncode != 0 or not proc.stdout.strip():
        _pg_unavailable(f"scripts/pg-start.sh failed: {proc.stderr.strip()[-500:]}")
    return proc.stdout.strip().splitlines()[-1]


@pytest.fixture
def pg_database(pg_url: str):
    """A fresh, empty PostgreSQL database for one test; dropped afterwards."""
    import psycopg

    base, _, _ = pg_url.rpartition("/")
    name = f"sitrep_test_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    yield f"{base}/{name}"
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path) -> str:
    """A database URL or SQLite path for an empty store, on both dialects."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    return request.getfixturevalue("pg_database")


@pytest.fixture
def store(db_url):
    from sitrep.store import Store

    st = Store(db_url)
    yield st
    st.close()


# ---------------------------------------------------------------- hand-built reports

# the places of the scenario, as a gazetteer would resolve them
PLACES: dict[str, dict[str, Any]] = {
    "Aktobe": dict(geonameid=610611, lat=50.27969, lon=57.20718, country="KZ", admin1="Aktobe"),
    "Aktau": dict(geonameid=610612, lat=43.66105, lon=51.17392, country="KZ", admin1="Mangystau"),
    "Osh": dict(geonameid=1527534, lat=40.52828, lon=72.7985, country="KG", admin1="Osh"),
    "Kutaisi": dict(geonameid=613607, lat=42.26791, lon=42.69459, country="GE", admin1="Imereti"),
}


def find(text: str, phrase: str) -> Span:
    i = text.index(phrase)
    return Span(start=i, end=i + len(phrase), text=phrase)


def build_report(
    doc_id: str,
    text: str,
    *,
    lang: str,
    published: str | None,
    events: list[dict[str, Any]] = (),
    claims: list[dict[str, Any]] = (),
    persons: list[str] = (),
) -> Report:
    """A Report as the extractor would produce it; spans are found in `text`.

    claims: {id, kind, phrase, value, qualifier, low, high, certainty?, source?}
    events: {id, type, sub, date?, precision?, place? (a PLACES key or a dict), claims?, phrase?,
             actor1?, actor2?}
    """
    cl = []
    for c in claims:
        src = c.get("source", "author")
        cl.append(
            Claim(
                id=c["id"],
                kind=c["kind"],
                value=c["value"],
                qualifier=c["qualifier"],
                low=c["low"],
                high=c["high"],
                certainty=c.get("certainty", "reported"),
                source=Source(name=src, kind="author" if src == "author" else "other"),
                evidence=find(text, c["phrase"]),
            )
        )
    ev = []
    for e in events:
        place = e.get("place")
        loc = None
        if isinstance(place, str):
            loc = EventLocation(name=place, **PLACES[place])
        elif isinstance(place, dict):
            loc = EventLocation(**place)
        ev.append(
            Event(
                id=e["id"],
                event_type=e["type"],
                sub_event_type=e.get("sub", ""),
                tags=e.get("tags", []),
                date=EventDate(iso=e["date"], precision=e.get("precision", "day"))
                if e.get("date")
                else None,
                location=loc,
                actor1=Actor(name=e["actor1"]) if e.get("actor1") else None,
                actor2=Actor(name=e["actor2"]) if e.get("actor2") else None,
                claims=e.get("claims", []),
                evidence=[find(text, e["phrase"])] if e.get("phrase") else [],
            )
        )
    ents = [
        Entity(id=f"p{i}", kind="person", name=name, mentions=[])
        for i, name in enumerate(persons, 1)
    ]
    return Report(
        document=DocumentOut(id=doc_id, text=text, lang=lang, published=published),
        claims=cl,
        events=ev,
        entities=ents,
    )


def _c(id, kind, phrase, value, qualifier, low, high, certainty="reported", source="author"):
    return dict(id=id, kind=kind, phrase=phrase, value=value, qualifier=qualifier, low=low,
                high=high, certainty=certainty, source=source)  # fmt: skip


# what a good extractor finds in each scenario report (examples/scenario/reports.jsonl)
SCENARIO_CODING: dict[str, dict[str, Any]] = {
    "a1-uk": dict(
        claims=[
            _c("c1", "participants", "близько тисячі робітників", 1000, "about", 1000, 1000),
            _c("c2", "injured", "постраждало 7-8 осіб", [7, 8], "range", 7, 8, "unconfirmed"),
        ],
        events=[dict(id="e1", type="Protests", sub="Excessive force against protesters",
                     date="2025-03-14", place="Aktobe", claims=["c1", "c2"], actor1="police",
                     actor2="workers", phrase="поліція розганяє мітинг")],
    ),
    "a2-ru": dict(
        claims=[
            _c("c1", "killed", "погибли 14 человек", 14, "exact", 14, 14, "confirmed",
               "министерство внутренних дел Казахстана"),
            _c("c2", "participants", "около двух тысяч человек", 2000, "about", 2000, 2000),
        ],
        events=[dict(id="e1", type="Protests", sub="Excessive force against protesters",
                     date="2025-03-14", place="Aktobe", claims=["c1", "c2"], actor1="police",
                     actor2="workers", phrase="полиция открыла огонь")],
    ),
    "a3-en": dict(
        claims=[
            _c("c1", "killed", "at least 50 people were killed", 50, "at_least", 50, None,
               "reported", "rights activists"),
        ],
        events=[dict(id="e1", type="Protests", sub="Excessive force against protesters",
                     date="2025-03-14", place="Aktobe", claims=["c1"], actor1="police",
                     phrase="police broke up a workers' rally")],
    ),
    "a4-uk": dict(
        claims=[
            _c("c1", "arrested", "затримано 120 учасників", 120, "exact", 120, 120, "reported",
               "правозахисники"),
            _c("c2", "killed", "загинули понад 40 людей", 40, "more_than", 41, None, "reported",
               "правозахисники"),
        ],
        events=[dict(id="e1", type="Protests", sub="Excessive force against protesters",
                     date="2025-03-14", place="Aktobe", phrase="розгону")],
    ),
    "b1-ru": dict(
        claims=[
            _c("c1", "injured", "пострадали 23 человека", 23, "exact", 23, 23, "confirmed",
               "министерство здравоохранения"),
        ],
        events=[dict(id="e1", type="Riots", sub="Violent demonstration", date="2025-05-02",
                     place="Osh", claims=["c1"], actor1="traders", actor2="police",
                     phrase="вступили в столкновение")],
    ),
    "b2-en": dict(
        claims=[
            _c("c1", "detained", "detained 35 people", 35, "exact", 35, 35),
            _c("c2", "injured", "Dozens were injured", None, "vague", 12, None, "reported",
               "witnesses"),
        ],
        events=[dict(id="e1", type="Riots", sub="Violent demonstration", date="2025-05-02",
                     place="Osh", claims=["c1", "c2"], actor1="traders", actor2="police",
                     phrase="traders fought with officers")],
    ),
    "b3-uk": dict(
        claims=[_c("c1", "injured", "поранено близько 30 людей", 30, "about", 30, 30)],
        events=[dict(id="e1", type="Riots", sub="Violent demonstration", date="2025-05-02",
                     place="Osh", claims=["c1"], actor1="traders", actor2="police",
                     phrase="побилися з міліцією")],
    ),
    "c1-en": dict(
        claims=[_c("c1", "participants", "About 3,000 students", 3000, "about", 3000, 3000)],
        events=[dict(id="e1", type="Protests", sub="Peaceful protest", date="2025-06-20",
                     place="Kutaisi", claims=["c1"], actor1="students",
                     phrase="students marched")],
    ),
    "c2-ru": dict(
        claims=[
            _c("c1", "detained", "задержала 18 участников", 18, "exact", 18, 18),
            _c("c2", "participants", "до пяти тысяч человек", 5000, "at_most", 0, 5000,
               "reported", "организаторы"),
        ],
        events=[dict(id="e1", type="Protests", sub="Protest with intervention",
                     date="2025-06-20", place="Kutaisi", claims=["c1", "c2"], actor1="students",
                     actor2="police", phrase="акции протеста")],
    ),
    "c3-uk": dict(
        claims=[
            _c("c1", "injured", "5 поранених студентів", 5, "exact", 5, 5, "denied",
               "МВС Грузії"),
        ],
        events=[dict(id="e1", type="Protests", sub="Protest with intervention",
                     date="2025-06-20", place="Kutaisi", claims=["c1"], phrase="під час акції")],
    ),
    "d1-en": dict(
        claims=[
            _c("c1", "detained", "35 people detained", 35, "exact", 35, 35, "reported",
               "lawyers"),
            _c("c2", "detained", "police detained 18 students", 18, "exact", 18, 18),
        ],
        # no claim links: the merger must give each claim to the nearest event
        events=[
            dict(id="e1", type="Riots", sub="Violent demonstration", date="2025-05-02",
                 place="Osh", phrase="the market riot of 2 May"),
            dict(id="e2", type="Protests", sub="Protest with intervention", date="2025-06-20",
                 place="Kutaisi", phrase="at the protest of 20 June"),
        ],
    ),
}  # fmt: skip


@dataclass
class ScenarioDoc:
    key: str
    record: dict[str, Any]
    report: Report


def load_scenario() -> list[ScenarioDoc]:
    out = []
    with SCENARIO.open(encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            coding = SCENARIO_CODING[rec["id"]]
            rep = build_report(
                f"doc-{rec['id']}",
                rec["text"],
                lang=rec["id"].split("-")[1],
                published=rec["published"][:10],
                **coding,
            )
            rep.document.title, rep.document.outlet = rec["title"], rec["outlet"]
            out.append(ScenarioDoc(rec["id"], rec, rep))
    return out


@pytest.fixture(scope="session")
def scenario() -> list[ScenarioDoc]:
    return load_scenario()


def add_scenario(store, docs: list[ScenarioDoc]) -> dict[str, list[int]]:
    """Store the scenario reports in publication order; incident ids each joined."""
    out = {}
    for d in docs:
        r = d.record
        res = store.add_report(
            d.report, published_at=r["published"], url=r["url"], title=r["title"],
            outlet=r["outlet"],
        )  # fmt: skip
        assert res.stored
        out[d.key] = res.incidents
    return out
