"""End-to-end through the CLI, as a user runs it."""

from __future__ import annotations

import json

from helpers import run_cli

RU = "В пятницу в Минске задержаны более 200 участников акции протеста, сообщили правозащитники."


def test_help_lists_commands():
    res = run_cli("--help")
    assert res.returncode == 0
    out = res.stdout.decode()
    for cmd in (
        "extract",
        "eval",
        "ingest",
        "incidents",
        "export",
        "bench",
        "schema",
        "components",
    ):
        assert cmd in out


def test_extract_help_explains_options():
    out = run_cli("extract", "--help").stdout.decode()
    assert "--published" in out and "--lang" in out and "--format" in out


def test_extract_stdin_json():
    res = run_cli("extract", "-", "--published", "2020-08-14", input=RU.encode())
    assert res.returncode == 0, res.stderr.decode()
    report = json.loads(res.stdout)
    assert report["schema"] == "sitrep/1"
    assert report["document"]["lang"] == "ru"
    c = [c for c in report["claims"] if c["kind"] in ("detained", "arrested")]
    assert c and c[0]["low"] == 201 and c[0]["qualifier"] == "more_than"
    assert c[0]["source"]["name"] != "author"
    # the evidence points at the words in the input
    s, e = c[0]["evidence"]["orig"]
    assert "200" in RU[s:e]
    assert (
        report["summary"]["event_date"] == "2020-08-14"
    )  # "в пятницу" before a Friday publication


def test_extract_table(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("At least 12 people were killed in Aleppo on Friday, activists said.", "utf-8")
    res = run_cli("extract", str(f), "--published", "2016-05-01", "--format", "table")
    assert res.returncode == 0, res.stderr.decode()
    out = res.stdout.decode()
    assert "killed" in out and "at_least" in out and "activists" in out


def test_markup_in_report_is_not_interpreted(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text("According to [red]Amnesty[/red], 12 protesters were detained.", "utf-8")
    res = run_cli("extract", str(f), "--format", "table")
    assert res.returncode == 0
    assert "[red]Amnesty[/red]" in res.stdout.decode()  # shown literally, not rendered


def test_unknown_language_forced_is_refused_with_the_list():
    res = run_cli("extract", "-", "--lang", "de", input=b"Die Polizei nahm 12 Personen fest.")
    assert res.returncode == 2
    assert b"unknown language 'de'" in res.stderr and b"uk, ru, en" in res.stderr


def test_config_swaps_pipeline(tmp_path):
    cfg = tmp_path / "p.toml"
    cfg.write_text('[pipeline]\ncomponents = ["normalize", "language", "segment", "quantities"]\n')
    res = run_cli("extract", "-", "--config", str(cfg), input=RU.encode())
    assert res.returncode == 0, res.stderr.decode()
    report = json.loads(res.stdout)
    assert report["claims"] == [] and any(m["kind"] == "quantity" for m in report["mentions"])


def test_bad_config_is_a_clear_error(tmp_path):
    cfg = tmp_path / "p.toml"
    cfg.write_text('[pipeline]\ncomponents = ["normalize", "no-such-thing"]\n')
    res = run_cli("extract", "-", "--config", str(cfg), input=RU.encode())
    assert res.returncode != 0
    err = res.stderr.decode()
    assert "no-such-thing" in err and "Traceback" not in err
