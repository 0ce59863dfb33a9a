"""Three ingests at once into one store give the incidents one serial ingest gives.

Nothing is lost or stored twice (tests/test_ingest_cli.py), and the incidents do not
depend on the interleaving (issue 16 item 3; docs/merging.md: canonical order, late
reports settled at the end of each run). tests/test_merge_order.py runs the same on ~300
reports and on PostgreSQL."""

from __future__ import annotations

import subprocess

from faultkit import SITREP, content, write_corpus
from typer.testing import CliRunner

from sitrep.cli import _register, app
from sitrep.store import Store

if not app.registered_commands:
    _register()
N = 30


def test_three_concurrent_ingests_give_the_serial_incidents(tmp_path):
    src = write_corpus(tmp_path / "all.jsonl", N, seed=21)
    lines = src.read_text("utf-8").splitlines(True)
    parts = []
    for k in range(3):
        p = tmp_path / f"part{k}.jsonl"
        p.write_text("".join(lines[k::3]), "utf-8")
        parts.append(p)
    serial = str(tmp_path / "serial.db")
    assert CliRunner().invoke(app, ["ingest", str(src), "--db", serial, "-q"]).exit_code == 0
    db = str(tmp_path / "concurrent.db")
    Store(db).close()
    procs = [
        subprocess.Popen([*SITREP, "ingest", str(p), "--db", db, "-q"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        for p in parts
    ]  # fmt: skip
    errs = [p.communicate(timeout=600)[1] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], errs
    got, want = content(db), content(serial)
    assert got["documents"] == want["documents"] and got["claims"] == want["claims"]
    assert got["incidents"] == want["incidents"]
