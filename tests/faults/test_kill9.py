"""kill -9 at random points of an ingest, ten times, each followed by a resume (itself
killed, up to the last, which finishes): the store ends with exactly the documents,
claims and incidents of an uninterrupted run. Seeded; docs/reliability.md has figures."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import time

from faultkit import SITREP, content, differences, no_traceback, write_corpus
from typer.testing import CliRunner

from sitrep.cli import _register, app
from sitrep.store import Store

if not app.registered_commands:
    _register()

N, KILLS, SEED = 36, 10, 16


def test_kill9_ten_times_then_resume_equals_an_uninterrupted_run(tmp_path):
    src = write_corpus(tmp_path / "c.jsonl", N, seed=SEED)
    ref = str(tmp_path / "ref.db")
    res = CliRunner().invoke(app, ["ingest", str(src), "--db", ref, "-q"])
    assert res.exit_code == 0, res.stderr
    want = content(ref)
    assert len(want["documents"]) == N and want["incidents"]

    db = str(tmp_path / "killed.db")
    Store(db).close()  # the schema, so that the poll below can count
    rng = random.Random(SEED)
    cmd = [*SITREP, "ingest", str(src), "--db", db, "-q"]
    env = {**os.environ, "SITREP_INGEST_BATCH": "1"}  # one document per commit: kills land between
    killed = 0
    with Store(db) as st:
        for _ in range(KILLS):
            before = st.counts()["ok"]
            if before >= N:
                break
            # a random point: during start-up (0 more stored) or after 1-3 more documents
            more = rng.choice([0, 1, 1, 2, 3])
            delay = rng.uniform(0.0, 1.5)
            proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
            t0 = time.monotonic()
            while proc.poll() is None and time.monotonic() - t0 < 300:
                if more == 0 and time.monotonic() - t0 >= delay:
                    break
                if more and st.counts()["ok"] >= before + more:
                    break
                time.sleep(0.01)
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                killed += 1
            proc.wait()
            no_traceback(proc.stderr.read().decode("utf-8", "replace"))
    final = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert final.returncode == 0, final.stderr
    no_traceback(final.stderr)
    assert killed >= KILLS - 1  # (the last resume may have finished on its own)
    got = content(db)
    assert differences(got, want) == {"documents": 0, "claims": 0, "incidents": 0}
    assert got == want
