"""-j auto: how many workers, and output in input order whatever their number."""

from __future__ import annotations

import json
import os

import pytest
from typer.testing import CliRunner

from sitrep.cli import _register, app
from sitrep.jobs import JobsError, available_cores, ordered_map, resolve_jobs

runner = CliRunner()
_register()


@pytest.mark.parametrize(
    "spec,items,want",
    [
        ("auto", None, "cores"),
        ("AUTO", None, "cores"),
        (None, None, "cores"),
        ("3", None, 3),
        (1, None, 1),
        ("8", 2, 2),  # never more workers than items
        ("auto", 0, 1),
    ],
)
def test_resolve_jobs(spec, items, want):
    got = resolve_jobs(spec, items)
    assert got == (available_cores() if want == "cores" else want)


@pytest.mark.parametrize("spec", ["0", "-2", "many", "1.5"])
def test_resolve_jobs_rejects(spec):
    with pytest.raises(JobsError, match="positive number or 'auto'"):
        resolve_jobs(spec)


def _square_after_pause(x: int) -> tuple[int, int]:
    # the early items take longest, so unordered collection would come back reversed
    import time

    time.sleep(0.002 * (20 - x))
    return x, os.getpid()


def test_ordered_map_keeps_input_order_across_workers():
    out = list(ordered_map(_square_after_pause, range(20), 2))
    assert [x for x, _ in out] == list(range(20))
    assert len({pid for _, pid in out}) >= 1
    assert [x for x, _ in ordered_map(_square_after_pause, range(5), 1)] == list(range(5))


REPORTS = {
    "a.txt": "Поліція затримала 12 учасників акції у Львові в суботу.",
    "b.md": "# Протест\n\nПолиция задержала 30 человек в Минске в воскресенье.",
    "c/d.txt": "At least 4 people were killed in a shooting in Dallas on Friday.",
    "e.html": "<p>Троє людей загинули внаслідок обстрілу Харкова.</p>",
    "notes.csv": "not,a,report",
}


def _folder(tmp_path):
    for name, text in REPORTS.items():
        p = tmp_path / "in" / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, "utf-8")
    return tmp_path / "in"


def test_extract_folder_same_output_on_one_and_two_workers(tmp_path):
    folder = _folder(tmp_path)
    outs = []
    for j in ("1", "2", "auto"):
        out = tmp_path / f"j{j}.jsonl"
        res = runner.invoke(app, ["extract", str(folder), "-p", "2022-03-05", "-j", j,
                                  "-o", str(out), "-q"])  # fmt: skip
        assert res.exit_code == 0, res.output
        outs.append(out.read_bytes())
    assert outs[0] == outs[1] == outs[2]
    rows = [json.loads(x) for x in outs[0].decode().splitlines()]
    assert [r["document"]["source"].split("/in/")[-1] for r in rows] == [
        "a.txt",
        "b.md",
        "c/d.txt",
        "e.html",
    ]
    assert all(r["claims"] for r in rows)


def test_extract_folder_goes_on_after_a_bad_file(tmp_path):
    folder = _folder(tmp_path)
    (folder / "bad.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    res = runner.invoke(app, ["extract", str(folder), "-j", "2", "-p", "2022-03-05"])
    assert res.exit_code == 1
    assert "sitrep: warning:" in res.output and "bad.txt" in res.output
    lines = [x for x in res.stdout.splitlines() if x.startswith("{")]
    assert len(lines) == 4


def test_extract_folder_errors(tmp_path):
    (tmp_path / "empty").mkdir()
    res = runner.invoke(app, ["extract", str(tmp_path / "empty")])
    assert res.exit_code == 2 and "is a directory with no reports" in res.output
    res = runner.invoke(app, ["extract", str(_folder(tmp_path)), "-j", "zero"])
    assert res.exit_code == 2 and "positive number or 'auto'" in res.output
    res = runner.invoke(app, ["extract", str(tmp_path / "in"), "-f", "table"])
    assert res.exit_code == 2 and "JSON Lines only" in res.output


def test_ingest_rejects_a_bad_jobs_value(tmp_path):
    res = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path / "s.db"), "-j", "x"])
    assert res.exit_code == 2 and "-j 'x'" in res.output
