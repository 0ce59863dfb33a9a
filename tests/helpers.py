"""Shared test helpers: where ../shared is, and running the CLI as a user would."""

from __future__ import annotations

import json
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "zhanaozen-2011-12-16.uk.md"
SEED_GOLD = SHARED / "gold" / "seed.jsonl"


def need_shared() -> None:
    if not SEED_GOLD.exists():
        pytest.skip(f"../shared is not beside the repository ({SHARED})")


def seed_gold() -> dict:
    need_shared()
    return json.loads(SEED_GOLD.read_text("utf-8").splitlines()[0])


def run_cli(
    *args: str, input: bytes | None = None, timeout: int = 300
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sitrep", *args],
        input=input,
        capture_output=True,
        timeout=timeout,
        cwd=ROOT,
    )


def load_validator():
    """eval/tools/validate_gold.py as a module (it is a script, not part of the package)."""
    import importlib.util

    path = ROOT / "eval" / "tools" / "validate_gold.py"
    spec = importlib.util.spec_from_file_location("validate_gold", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def case_param(lang: str, case: dict, id_: str):
    """One table case as a pytest param: a case with `known_gap` is a strict xfail (it must
    keep failing until the gap is closed, and is not counted as covered)."""
    marks = (
        [pytest.mark.xfail(reason=case["known_gap"], strict=True)] if case.get("known_gap") else []
    )
    return pytest.param(lang, case, id=id_, marks=marks)


def mention_rows(rows: list[tuple]) -> list:
    """(lang, text, kind, expected mention texts[, known gap]) rows as `case_param` cases
    with the keys text, kind, expected and known_gap."""
    return [
        case_param(
            c[0],
            {"text": c[1], "kind": c[2], "expected": c[3], "known_gap": (c[4:] or [None])[0]},
            f"{c[0]}-{i}",
        )
        for i, c in enumerate(rows)
    ]


SUMMARY_FIGURES = ("killed", "injured", "participants", "arrested")


def summary_problems(report, expected: dict | None) -> list[str]:
    """Where a report's headline figures differ from a table case's `summary` ([low, high]
    per figure; an absent figure is None)."""
    if expected is None:
        return []
    problems = []
    for name in SUMMARY_FIGURES:
        fig = getattr(report.summary, name)
        have = [fig.low, fig.high] if fig else None
        if have != expected.get(name):
            problems.append(f"summary.{name} {have}, expected {expected.get(name)}")
    return problems


# the mention stages only: what the NER and place tables ask of a sentence
NER_COMPONENTS = ["normalize", "language", "segment", "quantities", "dates", "places",
                  "org_lexicon", "persons", "orgs"]  # fmt: skip


@lru_cache(maxsize=1)
def ner_pipeline():
    from sitrep.pipeline import Pipeline

    return Pipeline.from_config({"pipeline": {"components": NER_COMPONENTS}})


def mention_texts(text: str, lang: str, kind: str, published: str = "2022-01-06") -> list[str]:
    """The texts of the mentions of `kind` in `text`, in reading order."""
    from sitrep.pipeline import extract_doc

    doc = extract_doc(text, published=published, lang=lang, pipeline=ner_pipeline())
    return [m.text for m in sorted(doc.mentions_of(kind), key=lambda m: m.start)]


def place_texts(text: str, lang: str) -> list[str]:
    return mention_texts(text, lang, "place")


def event_town(lang: str, text: str, published: str) -> str | None:
    """The place name of the report's first (primary) event; the report must tell one."""
    import sitrep

    r = sitrep.extract(text, published=published, lang=lang)
    assert r.events, r
    loc = r.events[0].location
    return loc.name if loc else None
