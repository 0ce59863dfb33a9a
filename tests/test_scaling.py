"""`sitrep bench --scaling`: time per 1k characters by text length, through the CLI (issue 16)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import sitrep.scaling as scaling
from sitrep.cli import _register, app

ROOT = Path(__file__).resolve().parent.parent
if not any(c.name == "bench" for c in app.registered_commands):
    _register()


@pytest.fixture
def small(monkeypatch):
    """Two short sizes instead of 10k / 100k / 1M: the test checks the command, not the speed."""
    monkeypatch.setattr(scaling, "SIZES", (3_000, 12_000))
    monkeypatch.setattr(scaling, "WORK_CHARS", 12_000)
    monkeypatch.chdir(ROOT)


def test_scaling_json_rows(small) -> None:
    res = CliRunner().invoke(app, ["bench", "--scaling", "-f", "json", "-q"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert [r["runs"] for r in out["rows"]] == [4, 1]  # the same work at each size
    for r, size in zip(out["rows"], (3_000, 12_000), strict=True):
        assert size - 5_000 < r["chars"] <= size  # cut at a paragraph break
        assert r["ms_per_1k"] == pytest.approx(r["seconds"] / r["chars"] * 1e6, rel=0.01)
        assert r["windows"] == 1
    assert out["ratio"] == pytest.approx(
        out["rows"][-1]["ms_per_1k"] / out["rows"][0]["ms_per_1k"], abs=0.01
    )
    assert "eval/real" in out["text"]  # says what text it uses


def test_scaling_text_names_its_text(small) -> None:
    res = CliRunner().invoke(app, ["bench", "--scaling", "-q"])
    assert res.exit_code == 0, res.output
    assert "ms per 1k chars" in res.stdout and "real reports" in res.stdout
    assert "longest text / at the shortest" in res.stdout


def test_scaling_help_teaches() -> None:
    res = CliRunner().invoke(app, ["bench", "--help"])
    assert "--scaling" in res.stdout and "1M characters" in res.stdout


@pytest.mark.parametrize("chars", [3_000, 50_000])
def test_text_of_repeats_the_unit(chars: int) -> None:
    unit, what = scaling.unit_text(ROOT / "eval" / "real")
    assert 8_000 <= len(unit) <= 12_000 and "uk.jsonl" in what
    text = scaling.text_of(unit, chars)
    assert len(text) <= chars and text.startswith(unit[:1000])
    assert not text.endswith("\n")


def test_unit_from_example_reports_or_a_clear_error(tmp_path) -> None:
    unit, what = scaling.unit_text(ROOT / "examples" / "reports")
    assert len(unit) >= 8_000 and "examples" in what and not unit.startswith("#")
    with pytest.raises(ValueError, match="no report text"):
        scaling.unit_text(tmp_path)


def test_scaling_without_texts_is_one_line(small, monkeypatch, tmp_path) -> None:
    import sitrep.cli.scaling as cli_scaling

    monkeypatch.setattr(cli_scaling, "SOURCES", (tmp_path / "none",))
    res = CliRunner().invoke(app, ["bench", "--scaling", "-q"])
    assert res.exit_code == 2
    assert res.output.strip().startswith("sitrep: error:") and "Traceback" not in res.output
