"""Whole pipeline: no Entity points at a mention that is not in the output."""

from __future__ import annotations

import json

import pytest

from helpers import ROOT
from sitrep import registry
from sitrep.ingest import load_path
from sitrep.pipeline import Pipeline, extract_doc

REPORTS = ROOT / "examples" / "reports"


def _dev() -> list[tuple[str, str, str | None, str | None, str]]:
    rows = []
    for line in (ROOT / "eval" / "dev.jsonl").read_text("utf-8").splitlines():
        d = json.loads(line)
        rows.append((d["id"], d["text"], d.get("published"), d.get("lang"), "text"))
    return rows


def _examples() -> list[tuple[str, str, str | None, str | None, str]]:
    published = dict(
        ln.split("\t")[:2]
        for ln in (REPORTS / "published.tsv").read_text("utf-8").splitlines()
        if "\t" in ln
    )
    rows = []
    for p in sorted(REPORTS.iterdir()):
        if p.name in ("README.md", "published.tsv"):
            continue
        loaded = load_path(str(p))
        rows.append((p.name, loaded.text, published.get(p.name), None, loaded.content_type))
    return rows


@pytest.mark.parametrize("corpus", [_dev, _examples], ids=["eval/dev.jsonl", "examples/reports"])
def test_every_entity_mention_exists(corpus):
    docs = corpus()
    assert len(docs) >= 10
    broken = []
    for name, text, published, lang, ctype in docs:
        doc = extract_doc(text, published, lang, content_type=ctype)
        ids = {m.id for m in doc.mentions}
        for e in doc.entities:
            assert e.mentions, f"{name}: {e.id} has no mentions"
            broken += [f"{name}: {e.id} -> {i}" for i in e.mentions if i not in ids]
        for m in doc.mentions:
            if m.entity and m.kind in ("person", "org", "place"):
                assert any(e.id == m.entity for e in doc.entities), f"{name}: {m.entity}"
    assert broken == []


@pytest.mark.parametrize(
    ("text", "person", "gone_place"),
    [
        (
            "— заявила одна з лідерок руху Камила Рохас. Її підтримав Хосе Лопес.",
            "Камила Рохас",
            "Rojas",
        ),
        (
            "Protest leader Luis Alberto Pérez was arrested on Monday.",
            "Luis Alberto Pérez",
            "Pérez",
        ),
    ],
)
def test_resolve_overlaps_removes_the_place_and_its_entity(text, person, gone_place):
    base = ["normalize", "language", "segment", "places", "org_lexicon", "persons"]
    before = extract_doc(
        text, "2022-01-06", pipeline=Pipeline.from_config({"pipeline": {"components": base}})
    )
    after = extract_doc(
        text,
        "2022-01-06",
        pipeline=Pipeline.from_config({"pipeline": {"components": base + ["resolve_overlaps"]}}),
    )
    assert person in {m.text for m in after.mentions_of("person")}
    # without the component the place is still there; with it, neither mention nor entity is
    assert any(e.name == gone_place for e in before.entities)
    assert not any(e.name == gone_place for e in after.entities)
    assert not any(
        p.start < m.end and m.start < p.end
        for m in after.mentions_of("place")
        for p in after.mentions_of("person")
    )


def test_resolve_overlaps_runs_before_claims_and_events():
    with pytest.raises(registry.PipelineError, match="put 'resolve_overlaps' before 'claims'"):
        registry.check_order(
            ["normalize", "language", "segment", "quantities", "claims", "resolve_overlaps"]
        )
