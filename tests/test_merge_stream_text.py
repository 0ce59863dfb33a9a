"""Merging measured through the extractor on a synthetic stream (scripts/merge_stream.py).

Short reports in uk / ru / en about strikes and protests in a few cities over months, with
late updates and country-level digests, scored by `sitrep eval --incidents` as a user would.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_text_stream_bcubed_through_the_cli(tmp_path):
    gold = tmp_path / "stream.jsonl"
    out = tmp_path / "scores.json"
    script = ROOT / "scripts" / "merge_stream.py"
    r = subprocess.run([sys.executable, str(script), "-n", "25", "--seed", "3", "-o", str(gold)],
                       capture_output=True, text=True, timeout=120)  # fmt: skip
    assert r.returncode == 0, r.stderr
    r = subprocess.run(
        [sys.executable, "-m", "sitrep", "eval", str(gold), "--incidents", "-f", "json",
         "-o", str(out)],
        capture_output=True, text=True, timeout=600, cwd=ROOT,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr[-2000:]
    scores = json.loads(out.read_text())
    inc = scores["incidents"] if "incidents" in scores else scores["sets"][0]["incidents"]
    assert inc["gold_groups"] >= 10  # many items told in several languages
    assert inc["bcubed"]["f1"] >= 0.90, inc
    assert inc["pairwise"]["precision"] >= 0.90, inc
