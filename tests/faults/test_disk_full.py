"""A full disk, simulated with RLIMIT_FSIZE (no loop device or small tmpfs in CI): the
ingest process may not grow any file past a few hundred KB, so SQLite meets EFBIG and
reports SQLITE_FULL ("database or disk is full"). The run stops with one line, no
traceback; run again with space, it resumes and the store equals an uninterrupted run."""

from __future__ import annotations

import os
import resource
import signal
import subprocess

import pytest
from faultkit import SITREP, content, differences, no_traceback, write_corpus
from typer.testing import CliRunner

from sitrep.cli import _register, app

if not app.registered_commands:
    _register()
N = 16


def _limited(max_bytes: int):
    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of death
        resource.setrlimit(resource.RLIMIT_FSIZE, (max_bytes, max_bytes))

    return limit


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs RLIMIT_FSIZE")
def test_disk_full_stops_cleanly_and_resumes(tmp_path):
    src = write_corpus(tmp_path / "c.jsonl", N, seed=3)
    ref = str(tmp_path / "ref.db")
    runner = CliRunner()
    assert runner.invoke(app, ["ingest", str(src), "--db", ref, "-q"]).exit_code == 0
    want = content(ref)

    db = tmp_path / "full.db"
    head = tmp_path / "head.jsonl"
    head.write_text("".join(src.read_text("utf-8").splitlines(True)[:3]), "utf-8")
    assert runner.invoke(app, ["ingest", str(head), "--db", str(db), "-q"]).exit_code == 0
    # the WAL, where new pages go, starts empty: it may not pass 128 KiB
    assert not os.path.exists(f"{db}-wal") or os.path.getsize(f"{db}-wal") == 0
    full = subprocess.run(
        [*SITREP, "ingest", str(src), "--db", str(db), "-q"], capture_output=True, text=True,
        timeout=600, preexec_fn=_limited(128 * 1024),
    )  # fmt: skip
    assert full.returncode == 2, full.stderr
    no_traceback(full.stderr)
    errors = [ln for ln in full.stderr.splitlines() if ln.startswith("sitrep: error:")]
    # EFBIG is "disk I/O error" to SQLite; ENOSPC would be "database or disk is full"
    assert len(errors) == 1 and "resume" in errors[0], full.stderr
    assert "storing" in errors[0] and "disk I/O error" in errors[0], errors  # a batch or one
    assert "INSERT" not in full.stderr and "[SQL" not in full.stderr
    partial = content(str(db))
    assert 3 <= len(partial["documents"]) < N  # stopped in the middle, nothing half-stored

    again = subprocess.run([*SITREP, "ingest", str(src), "--db", str(db), "-q"],
                           capture_output=True, text=True, timeout=600)  # fmt: skip
    assert again.returncode == 0, again.stderr
    assert differences(content(str(db)), want) == {"documents": 0, "claims": 0, "incidents": 0}


def test_a_full_database_is_one_line_and_the_run_resumes(tmp_path, monkeypatch):
    """A true SQLITE_FULL, in process: the store may not grow past its current pages
    (PRAGMA max_page_count), as on a full disk."""
    from sqlalchemy import event

    import sitrep.store.db as dbmod

    src = write_corpus(tmp_path / "c.jsonl", 8, seed=4)
    db = str(tmp_path / "cap.db")
    runner = CliRunner()
    head = tmp_path / "head.jsonl"
    head.write_text("".join(src.read_text("utf-8").splitlines(True)[:2]), "utf-8")
    assert runner.invoke(app, ["ingest", str(head), "--db", db, "-q"]).exit_code == 0
    real = dbmod._make_engine

    def capped(url, **kw):
        engine = real(url, **kw)

        @event.listens_for(engine, "connect")
        def _cap(conn, _rec) -> None:
            pages = conn.execute("PRAGMA page_count").fetchone()[0]
            conn.execute(f"PRAGMA max_page_count={pages + 2}")

        return engine

    monkeypatch.setattr(dbmod, "_make_engine", capped)
    res = runner.invoke(app, ["ingest", str(src), "--db", db, "-q"])
    assert res.exit_code == 2, res.stderr
    no_traceback(res.stderr)
    assert res.stderr.count("sitrep: error:") == 1 and "database or disk is full" in res.stderr
    monkeypatch.setattr(dbmod, "_make_engine", real)
    again = runner.invoke(app, ["ingest", str(src), "--db", db, "-q"])
    assert again.exit_code == 0, again.stderr
    assert len(content(db)["documents"]) == 8
