"""Every database error is one line — `sitrep: error: <command>: <operation> failed: <cause>`
— without SQL or credentials; `--debug` adds the traceback (SQLite and PostgreSQL)."""

from __future__ import annotations

import sqlite3
import uuid

import pytest
from typer.testing import CliRunner

from sitrep.cli import _register, app
from sitrep.cli.errors import cause, without_credentials
from sitrep.store import Store
from test_store import full_report

if not app.registered_commands:
    _register()
runner = CliRunner()


def full_report_store(db: str) -> None:
    with Store(db) as st:
        st.add_report(full_report("uk"))
        st.add_report(full_report("en"))


def _one_line(res) -> str:
    assert res.exit_code == 2, (res.exit_code, res.stderr)
    lines = [ln for ln in res.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("sitrep: error: "), res.stderr
    for word in ("Traceback", "SELECT", "INSERT", "[SQL", "parameters", "secret"):
        assert word not in lines[0], lines[0]
    return lines[0]


@pytest.fixture
def broken_sqlite(tmp_path) -> str:
    """A store whose incidents table is gone (a damaged or hand-edited file)."""
    db = str(tmp_path / "s.db")
    full_report_store(db)
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("DROP TABLE incidents")
    return db


@pytest.mark.parametrize("args", [["incidents", "list"], ["incidents", "show", "1"],
                                  ["export", "-f", "csv"]])  # fmt: skip
def test_a_damaged_sqlite_store_is_one_line(broken_sqlite, args):
    line = _one_line(runner.invoke(app, [*args, "--db", broken_sqlite]))
    assert f"{args[0]}: reading incident" in line and "no such table: incidents" in line


def test_debug_shows_the_traceback(broken_sqlite):
    res = runner.invoke(app, ["--debug", "incidents", "list", "--db", broken_sqlite])
    assert res.exit_code == 2 and "Traceback" in res.stderr
    assert res.stderr.strip().splitlines()[-1].startswith("sitrep: error: incidents: ")


def test_the_cause_keeps_the_drivers_words_and_drops_sql_and_passwords():
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import IntegrityError

    engine = create_engine("sqlite://")
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE t (id INTEGER PRIMARY KEY)"))
        conn.execute(text("INSERT INTO t VALUES (1)"))
    with pytest.raises(IntegrityError) as info, engine.begin() as conn:
        conn.execute(text("INSERT INTO t VALUES (:v)"), {"v": 1})
    assert "INSERT" in str(info.value)  # what SQLAlchemy would have printed
    msg = cause(info.value)
    assert msg == "UNIQUE constraint failed: t.id (IntegrityError)"
    assert without_credentials("postgresql://bob:secret@db/x password=secret") == (
        "postgresql://***@db/x password=***"
    )


@pytest.mark.postgres
def test_postgres_permission_and_connection_errors_are_one_line(pg_database):
    import psycopg

    full_report_store(pg_database)
    role = f"sitrep_ro_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(pg_database, autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'secret'")
        conn.execute(f"GRANT SELECT ON alembic_version TO {role}")
    host = pg_database.split("@", 1)[1]
    url = f"postgresql://{role}:secret@{host}"
    try:
        line = _one_line(runner.invoke(app, ["incidents", "list", "--db", url]))
        assert "reading incidents failed: permission denied" in line
        line = _one_line(runner.invoke(app, ["export", "--db", url]))
        assert "permission denied" in line
        dead = f"postgresql://{role}:secret@127.0.0.1:1/nope"
        line = _one_line(runner.invoke(app, ["incidents", "list", "--db", dead]))
        assert "cannot open store" in line
    finally:
        with psycopg.connect(pg_database, autocommit=True) as conn:
            conn.execute(f"DROP OWNED BY {role}")
            conn.execute(f"DROP ROLE {role}")
