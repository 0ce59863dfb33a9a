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


# ---------------------------------------------------------------- read-only media


@pytest.fixture
def readonly_copy(tmp_path):
    """A WAL-mode store copied into a folder that cannot be written (chmod a-w: even as
    root, `writable` reads the mode bits), as on a CD, a read-only mount or an archive."""
    import shutil
    import sqlite3

    src = tmp_path / "made" / "s.db"
    src.parent.mkdir()
    with Store(src) as st:
        st.add_report(full_report("uk"))
        st.add_report(full_report("en"))
    with sqlite3.connect(src) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    ro = tmp_path / "ro"
    ro.mkdir()
    shutil.copy2(src, ro / "s.db")
    (ro / "s.db").chmod(0o444)
    ro.chmod(0o555)
    yield ro / "s.db"
    ro.chmod(0o755)


def test_a_store_on_read_only_media_is_listed_and_exported(readonly_copy):
    from typer.testing import CliRunner

    from sitrep.cli import _register, app

    if not app.registered_commands:
        _register()
    runner = CliRunner()
    db = str(readonly_copy)
    listed = runner.invoke(app, ["incidents", "list", "--db", db, "-f", "json"])
    assert listed.exit_code == 0, listed.stderr
    assert len(__import__("json").loads(listed.stdout)) == 1
    shown = runner.invoke(app, ["incidents", "show", "1", "--db", db])
    assert shown.exit_code == 0, shown.stderr
    for fmt in ("csv", "jsonl", "geojson"):
        out = runner.invoke(app, ["export", "-f", fmt, "--db", db])
        assert out.exit_code == 0 and out.stdout.strip(), out.stderr
    assert runner.invoke(app, ["failures", "--db", db]).exit_code == 0
    # nothing was written beside it: no -wal, no -shm
    assert sorted(p.name for p in readonly_copy.parent.iterdir()) == ["s.db"]


def test_writing_to_read_only_media_is_one_line(readonly_copy, tmp_path):
    from typer.testing import CliRunner

    from sitrep.cli import _register, app

    if not app.registered_commands:
        _register()
    report = tmp_path / "r.txt"
    report.write_text("Protest in Osh on 2 May.", "utf-8")
    res = CliRunner().invoke(app, ["ingest", str(report), "--db", str(readonly_copy), "-q"])
    assert res.exit_code == 2 and res.stderr.startswith("sitrep: error:"), res.stderr
    assert "Traceback" not in res.stderr and len(res.stderr.strip().splitlines()) == 1


def test_the_web_view_reads_a_store_on_read_only_media(readonly_copy):
    pytest.importorskip("fastapi")
    from fastapi.testclient import TestClient

    from sitrep.store.db import on_readonly_media
    from sitrep.web import create_app

    assert on_readonly_media(str(readonly_copy))
    with TestClient(create_app(str(readonly_copy))) as c:
        r = c.get("/api/incidents")
        assert r.status_code == 200, r.text
    assert sorted(p.name for p in readonly_copy.parent.iterdir()) == ["s.db"]
