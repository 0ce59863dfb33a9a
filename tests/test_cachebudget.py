"""Per-word caches kept within a budget of entries (cachebudget.py): the memory of long runs.

Emptying a cache must change nothing but time: an ingest that empties every cache after each
batch (budget 1) stores exactly what one that never empties them (budget 0) stores, in one
process and in the fork pool, on the uk/ru/en scenario reports.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from conftest import SCENARIO
from sitrep import cachebudget
from sitrep.cli import _register, app
from sitrep.gazetteer.keys import fold, single_keys
from sitrep.store import Store
from sitrep.store.models import Document, IncidentMember

_register()
runner = CliRunner()


@pytest.mark.parametrize(
    "value, expected",
    [("", 20_000), ("500", 500), ("0", 0), ("lots", 20_000), ("-5", 20_000)],
)
def test_budget_from_the_environment(monkeypatch, value, expected):
    monkeypatch.setenv("SITREP_CACHE_ENTRIES", value)
    assert cachebudget.budget() == expected


def test_trim_empties_only_the_caches_over_the_limit():
    fold.cache_clear()
    single_keys.cache_clear()
    for w in ("Київ", "Харків", "Одеса", "Львів", "Дніпро", "Суми"):
        fold(w)
    single_keys("мосул")
    assert fold in cachebudget.caches() and single_keys in cachebudget.caches()
    assert cachebudget.trim(3) >= 1
    assert fold.cache_info().currsize == 0  # 6 entries > 3: emptied
    assert single_keys.cache_info().currsize == 1  # within the limit: kept
    fold("Київ")
    assert cachebudget.trim(0) == 0 and fold.cache_info().currsize == 1  # 0: trimming off


def test_release_empties_every_cache_whatever_its_size():
    """The end of an ingest run empties them all: the settle reuses their memory."""
    fold.cache_clear()
    single_keys.cache_clear()
    fold("Київ")
    single_keys("мосул")
    assert cachebudget.release() >= 2
    assert fold.cache_info().currsize == 0 and single_keys.cache_info().currsize == 0
    assert cachebudget.release() == 0  # nothing left to empty


def _stored(db: str) -> dict:
    with Store(db, readonly=True) as st, st.read() as s:
        docs = sorted(s.execute(select(Document.id, Document.report)).all())
        members = sorted(
            (m.incident_id, m.doc_id, m.event_id, tuple(m.claims), json.dumps(m.why))
            for m in s.scalars(select(IncidentMember))
        )
    with Store(db, readonly=True) as st:
        incidents = [
            {k: v for k, v in i.items() if k not in ("created_at", "updated_at")}
            for i in st.incidents()
        ]
    return {"documents": docs, "members": members, "incidents": incidents}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_emptying_the_caches_after_every_batch_changes_no_result(tmp_path, monkeypatch, jobs):
    monkeypatch.setenv("SITREP_INGEST_BATCH", "2")  # many batches, so many trims
    import sitrep.store.executor as executor

    emptied = []
    monkeypatch.setattr(executor, "trim", lambda: emptied.append(cachebudget.trim()))
    out = {}
    for budget in ("0", "1"):
        monkeypatch.setenv("SITREP_CACHE_ENTRIES", budget)
        db = str(tmp_path / f"b{budget}.db")
        res = runner.invoke(app, ["ingest", str(SCENARIO), "--db", db, "-q", "-j", jobs])
        assert res.exit_code == 0, res.output
        out[budget] = _stored(db)
    assert len(out["0"]["documents"]) == 11 and out["0"]["members"]
    assert out["1"] == out["0"]
    if jobs == "1":  # in this process: the caches were emptied between batches
        assert sum(emptied) > 10


def test_an_ingest_drops_the_gazetteer_index_and_the_next_extraction_loads_it(tmp_path):
    """The end of an ingest run drops the gazetteer index before the settle (its memory is
    the settle's, issue 18); the next look-up loads it again, with the same answers, and a
    place matcher made before the drop uses the reloaded index, not the dropped one."""
    from sitrep import gazetteer
    from sitrep.mentions.places.matcher import PlaceMatcher

    matcher = PlaceMatcher()
    before = [(p.name, p.country) for p in gazetteer.lookup("Харків")]
    assert before and matcher.index is gazetteer.get_index()
    res = runner.invoke(app, ["ingest", str(SCENARIO), "--db", str(tmp_path / "a.db"), "-q"])
    assert res.exit_code == 0, res.output
    assert gazetteer._index is None  # dropped at the end of the run
    assert [(p.name, p.country) for p in gazetteer.lookup("Харків")] == before
    assert gazetteer._index is not None and matcher.index is gazetteer.get_index()
    assert gazetteer.release_index() is True and gazetteer.release_index() is False
    assert isinstance(cachebudget.return_memory(), bool)
