"""The gold files pass eval/tools/validate_gold.py, and the validator names broken lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import load_validator

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "eval" / "dev.jsonl"
DEV_PARTS = [ROOT / "eval" / "dev" / f"{lang}.jsonl" for lang in ("uk", "ru", "en")]
SEED = ROOT.parent / "shared" / "gold" / "seed.jsonl"


validate_gold = load_validator()


def test_dev_set_is_the_concatenation_of_the_language_files() -> None:
    assert DEV.read_bytes() == b"".join(p.read_bytes() for p in DEV_PARTS)


def test_dev_set_passes(capsys: pytest.CaptureFixture[str]) -> None:
    rc = validate_gold.main([str(DEV)])
    out = capsys.readouterr().out
    assert rc == 0, out
    assert out.rstrip().endswith("OK")
    assert "documents: 60" in out


@pytest.mark.skipif(not SEED.exists(), reason=f"shared seed gold not present at {SEED}")
def test_seed_passes(capsys: pytest.CaptureFixture[str]) -> None:
    rc = validate_gold.main([str(SEED)])
    out = capsys.readouterr().out
    assert rc == 0, out


def test_broken_file_fails_naming_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = json.loads(DEV_PARTS[0].read_text(encoding="utf-8").splitlines()[0])
    bad = json.loads(json.dumps(good))
    bad["id"] = "broken-01"
    claim = bad["gold"]["claims"][0]
    claim["low"] = claim["low"] + 1 if isinstance(claim["low"], int) else 1
    broken = tmp_path / "broken.jsonl"
    lines = [
        json.dumps(good, ensure_ascii=False),
        json.dumps(bad, ensure_ascii=False),
        '{"id": "x", "text": ',
        json.dumps({"id": "y", "text": "t", "gold": {"claims": [{"qualifier": ["about"]}]}}),
    ]
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")

    rc = validate_gold.main([str(broken)])
    out = capsys.readouterr().out
    assert rc == 1
    assert "Traceback" not in out
    assert f"{broken}:2: claims[0].low/high: " in out
    assert f"{broken}:3: json: " in out
    assert f"{broken}:4: " in out
    assert f"{broken}:1: " not in out


def test_unreadable_file_is_a_problem_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc = validate_gold.main([str(tmp_path / "missing.jsonl")])
    out = capsys.readouterr().out
    assert rc == 1
    assert f"{tmp_path / 'missing.jsonl'}:0: file: no such file" in out
