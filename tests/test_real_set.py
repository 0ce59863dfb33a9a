"""eval/real: the committed real reports validate, cover the languages, form incident groups,
keep their provenance, and `sitrep eval eval/real/*.jsonl --by-lang` runs on them offline."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from helpers import load_validator

ROOT = Path(__file__).resolve().parent.parent
REAL = ROOT / "eval" / "real"
FILES = [REAL / f"{lang}.jsonl" for lang in ("uk", "ru", "en")]
MIN_PER_LANG = 30
MIN_GROUPS = 15


def _records() -> list[dict]:
    return [
        json.loads(line)
        for f in FILES
        for line in f.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]


def test_every_real_file_validates() -> None:
    problems, docs = load_validator().validate(FILES)
    assert problems == []
    assert len(docs) == len(_records())


def test_each_language_has_enough_reports() -> None:
    per_lang = Counter(r["lang"] for r in _records())
    for lang in ("uk", "ru", "en"):
        assert per_lang[lang] >= MIN_PER_LANG, per_lang


def test_each_file_holds_one_language_and_unique_ids() -> None:
    ids = Counter()
    for f in FILES:
        lang = f.stem
        for line in f.read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            assert rec["lang"] == lang
            assert rec["id"].startswith(f"real-{lang}-")
            ids[rec["id"]] += 1
    assert max(ids.values()) == 1


def test_incident_groups_span_reports_and_languages() -> None:
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in _records():
        groups[r["gold"]["incident"]].append(r)
    multi = {k: v for k, v in groups.items() if len(v) > 1}
    assert len(multi) >= MIN_GROUPS, sorted(multi)
    assert all(len(v) <= 6 for v in multi.values())
    cross = [k for k, v in multi.items() if len({r["lang"] for r in v}) > 1]
    assert len(cross) >= MIN_GROUPS // 2, cross


def test_provenance_is_open_and_never_a_test_split() -> None:
    for r in _records():
        assert r["licence"].startswith(("CC BY", "CC0", "Public domain")), r["id"]
        assert "/test/" not in r["url"] and "acleddata" not in r["url"], r["id"]
        assert r["source"].endswith(r["url"]), r["id"]


def test_background_figures_exist_to_measure_scope() -> None:
    scopes = Counter(c["scope"] for r in _records() for c in r["gold"]["claims"])
    assert scopes["background"] >= 20 and scopes["event"] >= 100, scopes


@pytest.mark.skipif(not FILES[0].exists(), reason="no real set")
def test_eval_runs_on_the_committed_real_files() -> None:
    r = subprocess.run(
        [sys.executable, "-m", "sitrep", "eval", *map(str, FILES), "--by-lang", "--json", "-"],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr[-2000:]
    res = json.loads(r.stdout)
    assert res["documents"] == len(_records())
    assert set(res["by_lang"]) == {"uk", "ru", "en"}
    assert res["pipeline_errors"] == 0
