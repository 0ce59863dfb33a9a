"""An existing store stays readable: a revision-0001 store with data, upgraded, reads the same.

tests/data/store_0001.json holds every row of a store written by sitrep at
revision 0001 and what that version read back from it (incidents, filters,
incidents in full, Reports).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import MetaData, text

from conftest import build_report
from sitrep.store import Store
from sitrep.store.db import _make_engine, resolve_url
from sitrep.store.migrate import _config, current, head

OLD = json.loads((Path(__file__).parent / "data" / "store_0001.json").read_text("utf-8"))
EXPECTED = OLD["expected"]


def _at(url: str, revision: str) -> None:
    """Move the schema to `revision` (up or down) the way Store does."""
    from alembic import command

    engine = _make_engine(url)
    try:
        with engine.execution_options(sitrep_write=True).connect() as conn:
            cfg = _config(conn)
            if current(engine) in (None, "0001") or revision == "head":
                command.upgrade(cfg, revision)
            else:
                command.downgrade(cfg, revision)
            conn.commit()
    finally:
        engine.dispose()


def _rows(url: str) -> dict[str, list[dict]]:
    """Every row of the tables that revision 0001 had, in a comparable order."""
    engine = _make_engine(url)
    meta = MetaData()
    try:
        with engine.connect() as conn:
            meta.reflect(conn, only=list(OLD["tables"]))
            return {
                name: sorted(
                    (dict(r) for r in conn.execute(meta.tables[name].select()).mappings()),
                    key=lambda r: json.dumps(r, sort_keys=True, default=str),
                )
                for name in OLD["tables"]
            }
    finally:
        engine.dispose()


@pytest.fixture
def old_store(db_url) -> str:
    """A store at revision 0001 holding the rows of the fixture."""
    url = resolve_url(db_url)
    _at(url, OLD["revision"])
    engine = _make_engine(url)
    meta = MetaData()
    try:
        with engine.execution_options(sitrep_write=True).begin() as conn:
            meta.reflect(conn)
            for name, rows in OLD["tables"].items():
                if rows:
                    conn.execute(meta.tables[name].insert(), rows)
            if conn.dialect.name == "postgresql":  # ids were given: move the sequences on
                for name in ("incidents", "incident_members"):
                    conn.execute(
                        text(
                            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                            f"(SELECT max(id) FROM {name}))"
                        )
                    )
        assert current(engine) == OLD["revision"]
    finally:
        engine.dispose()
    return db_url


def _sorted(rows):
    return sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))


@pytest.mark.parametrize("readonly", [False, True], ids=["writer", "reader"])
def test_an_upgraded_store_reads_the_same(old_store, readonly):
    with Store(old_store, readonly=readonly) as st:
        assert current(st.engine) == head() != OLD["revision"]
        assert st.incidents() == EXPECTED["incidents"]
        assert st.counts() == EXPECTED["counts"]
        for inc_id, full in EXPECTED["shown"].items():
            shown = st.incident(int(inc_id))
            assert shown.pop("campaign") is None  # added since (issue 13); none in this store
            assert shown == full
        for doc_id, report in EXPECTED["reports"].items():
            # fields added since (claim `scope` and `relation`, issue 11) read back as defaults
            claims = [{"scope": "event", "relation": None, **c} for c in report.get("claims") or []]
            report = {**report, "claims": claims} if "claims" in report else report
            assert st.report(doc_id).model_dump(by_alias=True, mode="json") == report


@pytest.mark.parametrize(
    "filters, ids", EXPECTED["filters"], ids=[json.dumps(f) for f, _ in EXPECTED["filters"]]
)
def test_an_upgraded_store_filters_the_same(old_store, filters, ids):
    with Store(old_store, readonly=True) as st:
        assert [i["id"] for i in st.incidents(**filters)] == ids


def test_the_fixture_has_list_fields_to_migrate():
    """The tests above could fail: the old rows carry ',a,b,' lists, tags included."""
    incs = OLD["tables"]["incidents"]
    assert any(i["tags"] == ",blockade,communications_shutdown," for i in incs)
    assert all(i["languages"].startswith(",") for i in incs)


@pytest.mark.parametrize(
    "place, date, incidents",
    [("Aktobe", "2025-03-14", [1]), ("Osh", "2025-05-03", [2]), ("Aktau", "2025-03-14", [5])],
)
def test_an_upgraded_store_keeps_merging(old_store, place, date, incidents):
    body = f"Police dispersed a rally in {place}."
    rep = build_report(
        "doc-new", body, lang="en", published=date,
        events=[dict(id="e1", type="Protests", date=date, place=place, phrase="rally")],
    )  # fmt: skip
    with Store(old_store) as st:
        # the report joins (or starts) the incident of its place; a same-day incident nearby
        # may be re-clustered with it in stream order, so ids are looked up, not assumed
        touched = st.add_report(rep).incidents
        assert touched
        (inc,) = [
            i
            for i in st.incidents()
            if "doc-new" in (st.incident(i["id"]) or {}).get("documents", [])
        ]
        assert inc["location"] == place
        if incidents == [5]:  # a new place: a new incident of its own
            assert inc["n_documents"] == 1
        assert "en" in inc["languages"] and "Protests" in inc["event_types"]


def test_downgrade_gives_back_the_old_rows(old_store):
    before = _rows(resolve_url(old_store))
    Store(old_store).close()
    _at(resolve_url(old_store), OLD["revision"])
    assert _rows(resolve_url(old_store)) == before


@pytest.mark.parametrize(
    "table, gone",
    [("mentions", "data"), ("claims", "data"), ("events", "data"), ("incidents", "event_types"),
     ("incidents", "sub_event_types"), ("incidents", "tags"), ("incidents", "languages")],
)  # fmt: skip
def test_an_upgraded_store_keeps_each_thing_once(old_store, table, gone):
    from sqlalchemy import inspect

    with Store(old_store) as st, st.engine.connect() as conn:
        names = {c["name"] for c in inspect(conn).get_columns(table)}
        assert names and gone not in names
