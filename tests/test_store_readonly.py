"""Readers open the store read-only: reading works, writing fails in the database itself."""

from __future__ import annotations

import pytest
from sqlalchemy import insert, text
from sqlalchemy.exc import DBAPIError

from sitrep.store import Store, StoreError
from sitrep.store.models import Document
from test_store import full_report

WRITES = [
    pytest.param(
        lambda s: s.execute(
            insert(Document).values(id="x", raw_hash="x", status="ok", ingested_at="now")
        ),
        id="insert",
    ),
    pytest.param(lambda s: s.execute(text("DELETE FROM incidents")), id="delete"),
    pytest.param(lambda s: s.execute(text("CREATE TABLE scratch (x INTEGER)")), id="ddl"),
]


@pytest.fixture
def filled(db_url) -> str:
    with Store(db_url) as st:
        st.add_report(full_report("uk"))
        st.add_report(full_report("en"))
    return db_url


def test_a_reader_reads_everything(filled):
    with Store(filled) as writer:
        want = (writer.incidents(), writer.incident(1), writer.report("doc-uk"), writer.counts())
    with Store(filled, readonly=True) as reader:
        got = (reader.incidents(), reader.incident(1), reader.report("doc-uk"), reader.counts())
    assert got == want and len(got[0]) == 1 and got[3]["documents"] == 2


@pytest.mark.parametrize("write", WRITES)
def test_a_reader_cannot_write_in_the_database(filled, write):
    with Store(filled, readonly=True) as reader:
        with pytest.raises(DBAPIError), reader.read() as s:
            write(s)
        assert reader.counts()["documents"] == 2 and len(reader.incidents()) == 1


def test_a_reader_refuses_store_writes_with_a_clear_error(filled):
    with Store(filled, readonly=True) as reader:
        with pytest.raises(StoreError, match="read-only"):
            reader.add_report(full_report("ru"))
        with pytest.raises(StoreError, match="read-only"):
            reader.add_failure("f1", error="x")


def test_a_reader_does_not_create_a_store(tmp_path):
    with pytest.raises(StoreError, match="no store at"):
        Store(tmp_path / "absent.db", readonly=True)
    assert not (tmp_path / "absent.db").exists()


@pytest.mark.parametrize("args", [["incidents", "list"], ["incidents", "show", "1"],
                                  ["export", "--format", "csv"]])  # fmt: skip
def test_reader_commands_open_read_only(filled, args, monkeypatch):
    from typer.testing import CliRunner

    import sitrep.store.db as db
    from sitrep.cli import _register, app

    opened: list[bool] = []
    real = db.Store.__init__

    def spy(self, *a, **kw):
        opened.append(kw.get("readonly", False))
        real(self, *a, **kw)

    monkeypatch.setattr(db.Store, "__init__", spy)
    if not app.registered_commands:
        _register()
    res = CliRunner().invoke(app, [*args, "--db", filled])
    assert res.exit_code == 0, res.output
    assert opened == [True]
