"""PostgreSQL stopped in the middle of an ingest, then started again: the run stops with
one line and no traceback, the resumed run ends with the store an uninterrupted run
gives (same documents, claims and incidents)."""

from __future__ import annotations

import subprocess
import time

import pytest
from faultkit import SITREP, content, differences, no_traceback, write_corpus
from typer.testing import CliRunner

from conftest import ROOT
from sitrep.cli import _register, app
from sitrep.store import Store

if not app.registered_commands:
    _register()
N = 100  # enough that the run is still storing when the server stops (a store got faster)


def _pg(script: str) -> None:
    proc = subprocess.run(["bash", str(ROOT / "scripts" / script)], capture_output=True,
                          text=True, timeout=300)  # fmt: skip
    assert proc.returncode == 0, proc.stderr


@pytest.mark.postgres
def test_postgres_stopped_mid_run_then_restarted(pg_database, tmp_path):
    src = write_corpus(tmp_path / "c.jsonl", N, seed=5)
    ref = str(tmp_path / "ref.db")
    assert CliRunner().invoke(app, ["ingest", str(src), "--db", ref, "-q"]).exit_code == 0
    want = content(ref)

    cmd = [*SITREP, "ingest", str(src), "--db", pg_database, "-q"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        with Store(pg_database) as st:
            t0 = time.monotonic()
            while proc.poll() is None and st.counts()["ok"] < 4 and time.monotonic() - t0 < 300:
                time.sleep(0.02)
        _pg("pg-stop.sh")
        err = proc.communicate(timeout=300)[1]
    finally:
        _pg("pg-start.sh")
    assert proc.returncode == 2, err
    no_traceback(err)
    errors = [ln for ln in err.splitlines() if ln.startswith("sitrep: error:")]
    assert len(errors) == 1 and "resume" in errors[0], err
    assert "[SQL" not in err and "SELECT" not in err and "INSERT" not in err

    again = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert again.returncode == 0, again.stderr
    no_traceback(again.stderr)
    assert differences(content(pg_database), want) == {
        "documents": 0, "claims": 0, "incidents": 0,
    }  # fmt: skip
