"""The store on SQLite and PostgreSQL: faithful, idempotent, migrated, clear errors."""

from __future__ import annotations

import threading

import pytest

from conftest import build_report
from sitrep.schema.models import Mention, PlaceValue, QualityFlag
from sitrep.store import Store, StoreError, resolve_url, to_utc
from sitrep.store.migrate import current, head

TEXTS = {
    "uk": "У Жанаозені 16 грудня поліція відкрила вогонь, загинули щонайменше 12 людей.",
    "ru": "В Жанаозене 16 декабря полиция открыла огонь, погибли не менее 12 человек.",
    "en": "In Zhanaozen on 16 December police opened fire, killing at least 12 people.",
}
PHRASES = {"uk": "щонайменше 12 людей", "ru": "не менее 12 человек", "en": "at least 12 people"}
PLACE = {"uk": "Жанаозені", "ru": "Жанаозене", "en": "Zhanaozen"}
ZH = dict(geonameid=607610, lat=43.34116, lon=52.86192, country="KZ", admin1="Mangystau")


def full_report(lang: str, doc_id: str | None = None):
    """A report with a mention, a claim, an event, an entity, quality flags and a summary."""
    text = TEXTS[lang]
    rep = build_report(
        doc_id or f"doc-{lang}",
        text,
        lang=lang,
        published="2011-12-16",
        claims=[dict(id="c1", kind="killed", phrase=PHRASES[lang], value=12,
                     qualifier="at_least", low=12, high=None)],
        events=[dict(id="e1", type="Protests", sub="Excessive force against protesters",
                     date="2011-12-16", place={"name": "Zhanaozen", **ZH}, claims=["c1"],
                     actor1="police", phrase=PLACE[lang])],
        persons=["Айман Унгарбаева"],
    )  # fmt: skip
    i = text.index(PLACE[lang])
    rep.mentions.append(
        Mention(
            id="m1",
            kind="place",
            start=i,
            end=i + len(PLACE[lang]),
            text=PLACE[lang],
            norm="Zhanaozen",
            place=PlaceValue(name="Zhanaozen", **ZH),
        )  # fmt: skip
    )
    rep.document.quality.append(QualityFlag(flag="lost_characters", span=[0, 2], detail="??"))
    rep.summary.killed = None
    rep.warnings.append("test warning")
    return rep


@pytest.mark.parametrize("lang", ["uk", "ru", "en"])
def test_report_is_stored_faithfully(store, lang):
    rep = full_report(lang)
    res = store.add_report(rep, published_at="2011-12-16T15:00:00+06:00", url="u", outlet="o")
    assert res.stored and len(res.incidents) == 1
    assert store.report(rep.document.id) == rep  # every field survives the round trip
    doc = store.document(rep.document.id)
    assert doc["status"] == "ok" and doc["lang"] == lang and doc["text"] == TEXTS[lang]
    assert doc["published_at"] == "2011-12-16T09:00:00Z" and doc["outlet"] == "o"
    c = store.counts()
    assert (c["mentions"], c["claims"], c["events"], c["incidents"]) == (1, 1, 1, 1)


def test_same_document_twice_is_stored_once(store):
    rep = full_report("uk")
    assert store.add_report(rep).stored
    again = store.add_report(rep)
    assert not again.stored and again.incidents == []
    c = store.counts()
    assert (c["documents"], c["claims"], c["members"]) == (1, 1, 1)


def test_reports_in_three_languages_merge_into_one_incident(store):
    for lang in ("uk", "ru", "en"):
        store.add_report(full_report(lang))
    (inc,) = store.incidents()
    assert inc["languages"] == ["en", "ru", "uk"] and inc["n_documents"] == 3
    full = store.incident(inc["id"])
    assert all(m["why"].get("shared_persons") == ["Айман Унгарбаева"] for m in full["members"][1:])


def test_failures_are_recorded_once_and_superseded_by_success(store):
    assert store.add_failure("f1", error="x.bin: looks like a binary file", raw_hash="h1")
    assert not store.add_failure("f1", error="x.bin: looks like a binary file", raw_hash="h1")
    (row,) = store.failures()
    assert {k: row[k] for k in ("id", "source", "error", "stage", "position")} == {
        "id": "f1", "source": None, "error": "x.bin: looks like a binary file", "stage": None,
        "position": None,
    }  # fmt: skip
    assert not store.has_raw("h1")  # a failure is retried on the next run
    store.add_report(full_report("en"), raw_hash="h1")
    assert store.has_raw("h1") and store.failures() == []


def test_concurrent_writers_lose_nothing(store):
    """Threads with their own Store on the same database: every report once, one incident."""
    errors: list[Exception] = []

    def work(k: int) -> None:
        try:
            with Store(store.url) as st:
                for i in range(6):
                    st.add_report(full_report(("uk", "ru", "en")[i % 3], f"doc-{(k * 3 + i) % 12}"))
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    c = store.counts()
    assert (c["documents"], c["members"], c["incidents"]) == (12, 12, 1)


def test_opening_a_new_store_at_once_from_many_threads(db_url):
    errors: list[Exception] = []

    def work() -> None:
        try:
            Store(db_url).close()
        except Exception as e:  # pragma: no cover - reported below
            errors.append(e)

    threads = [threading.Thread(target=work) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store(db_url) as st:
        assert current(st.engine) == head()


def test_migrations_are_at_head_and_idempotent(store):
    assert current(store.engine) == head() == "0004_i13"
    Store(store.url).close()  # opening again migrates nothing and fails nothing
    assert current(store.engine) == "0004_i13"


@pytest.mark.parametrize(
    "value, expected",
    [
        ("postgresql://u@h:5/db", "postgresql+psycopg://u@h:5/db"),
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
        ("sqlite:////tmp/x.db", "sqlite:////tmp/x.db"),
    ],
)
def test_resolve_url(value, expected):
    assert resolve_url(value) == expected


def test_resolve_url_paths_and_environment(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("SITREP_DATABASE_URL", raising=False)
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'sitrep.db'}"
    assert resolve_url("a/b.db") == f"sqlite:///{tmp_path / 'a' / 'b.db'}"
    monkeypatch.setenv("SITREP_DATABASE_URL", "postgresql://x@y/z")
    assert resolve_url(None) == "postgresql+psycopg://x@y/z"


@pytest.mark.parametrize(
    "db, message",
    [
        ("/nonexistent-dir/sub/x.db", "does not exist"),
        ("mysql://u@h/db", "unsupported database"),
        ("postgresql://nobody@127.0.0.1:1/none", "cannot open store"),
    ],
)
def test_bad_store_gives_a_clear_error(db, message):
    with pytest.raises(StoreError, match=message):
        Store(db)


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2025-03-14", "2025-03-14T00:00:00Z"),
        ("2025-03-14T11:20:00+05:00", "2025-03-14T06:20:00Z"),
        ("2025-03-14T11:20:00Z", "2025-03-14T11:20:00Z"),
        (None, None),
    ],
)
def test_to_utc(value, expected):
    assert to_utc(value) == expected


def test_to_utc_rejects_garbage():
    with pytest.raises(ValueError, match="cannot parse publication time"):
        to_utc("yesterday")
