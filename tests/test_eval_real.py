"""Scoring what real reports add to gold: scope, headline figures over all documents,
coarse places, no political violence, incident merging, named sets, provenance checks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import load_validator
from sitrep.eval.incidents import cluster_scores, gold_labels
from sitrep.eval.metrics import figure_all, finalize, score_claims, score_document

ROOT = Path(__file__).resolve().parents[1]
SITREP = [sys.executable, "-m", "sitrep"]


# -- incident merging ------------------------------------------------------------------------

CLUSTERS = [
    # (gold, predicted, pairwise P, R, B-cubed P, R)
    ({"a": 1, "b": 1, "c": 2}, {"a": "x", "b": "x", "c": "y"}, 1.0, 1.0, 1.0, 1.0),
    # everything merged into one incident: every pair predicted, one of three right
    (
        {"a": 1, "b": 1, "c": 2},
        {"a": "x", "b": "x", "c": "x"},
        1 / 3,
        1.0,
        (2 / 3 * 2 + 1 / 3) / 3,
        1.0,
    ),
    # nothing merged: no predicted pair while one was due (precision 0, the prf convention)
    ({"a": 1, "b": 1, "c": 2}, {"a": "x", "b": "y", "c": "z"}, 0.0, 0.0, 1.0, (0.5 * 2 + 1) / 3),
    # a document missing from the prediction is alone
    ({"a": 1, "b": 1}, {"a": "x"}, 0.0, 0.0, 1.0, 0.5),
    # singletons only, on both sides: perfect
    ({"a": 1, "b": 2}, {"a": "x", "b": "y"}, 1.0, 1.0, 1.0, 1.0),
]


@pytest.mark.parametrize(("gold", "pred", "pp", "pr", "bp", "br"), CLUSTERS)
def test_cluster_scores(gold, pred, pp, pr, bp, br):
    got = cluster_scores(gold, pred)
    assert got["pairwise"]["precision"] == pytest.approx(pp)
    assert got["pairwise"]["recall"] == pytest.approx(pr)
    assert got["bcubed"]["precision"] == pytest.approx(bp)
    assert got["bcubed"]["recall"] == pytest.approx(br)
    assert got["documents"] == len(gold)


def test_documents_without_incident_are_alone():
    class D:
        def __init__(self, id_, inc=None):
            self.id = id_
            self.gold = {"incident": inc} if inc else {}

    labels = gold_labels([D("a", "x"), D("b", "x"), D("c"), D("d")])
    assert labels["a"] == labels["b"]
    assert len({labels["a"], labels["c"], labels["d"]}) == 3


# -- scope, headline figures, coarse places, no type ------------------------------------------


def _claim(kind="killed", low=5, high=5, q="exact", scope=None, ev=(0, 5)):
    c = {"kind": kind, "value": low, "qualifier": q, "low": low, "high": high}
    c["evidence"] = list(ev)
    if scope:
        c["scope"] = scope
    return c


def test_scope_and_background_counts():
    gold = [_claim(scope="event"), _claim(low=900, high=900, scope="background", ev=(10, 20))]
    pred_no_scope = [_claim(), _claim(low=900, high=900, ev=(10, 20))]
    counts, errors = score_claims(gold, pred_no_scope)
    assert (counts["scope_n"], counts["scope_correct"]) == (2, 1)
    assert counts["background_fn"] == 1 and counts["background_tp"] == 0
    assert any(e.get("error") == "scope" or "scope" in json.dumps(e) for e in errors)
    pred = [_claim(scope="event"), _claim(low=900, high=900, scope="background", ev=(10, 20))]
    counts, _ = score_claims(gold, pred)
    assert counts["scope_correct"] == 2 and counts["background_tp"] == 1
    out = finalize({"documents": 1, "claims": counts})
    assert out["claims"]["background"]["precision"] == 1.0
    assert out["claims"]["scope_accuracy"] == 1.0


@pytest.mark.parametrize(
    ("gold", "pred", "ok"),
    [
        (None, None, True),  # no figure in the report, none predicted
        (None, {"low": 3, "high": 3}, False),  # a figure from nowhere (e.g. background)
        ({"low": 3, "high": 3, "qualifier": "exact"}, {"low": 3, "high": 3}, True),
        ({"low": 3, "high": 3, "qualifier": "exact"}, None, False),
        ({"low": 3, "high": None, "qualifier": "at_least"}, {"low": 3, "high": 3}, False),
    ],
)
def test_figure_all(gold, pred, ok):
    assert figure_all(gold, pred)["exact"] == int(ok)


def test_arrested_over_all_docs_only_in_guide_12_files():
    pred = {"arrested": {"low": 4, "high": 4}}
    old = score_document({"claims": []}, pred)[0]
    assert "arrested" not in old["figures_all"]
    new = score_document({"claims": [], "incident": "x"}, pred)[0]
    assert new["figures_all"]["arrested"]["exact"] == 0


def test_location_is_not_scored_for_coarse_places():
    gold = {"lat": 50.0, "lon": 30.0, "geonameid": 1, "geo_precision": "region"}
    counts, _ = score_document(gold, {"lat": 10.0, "lon": 10.0})
    assert "location" not in counts
    gold["geo_precision"] = "place"
    counts, _ = score_document(gold, {"lat": 10.0, "lon": 10.0})
    assert counts["location"]["correct"] == 0


@pytest.mark.parametrize(
    ("gold_types", "pred_types", "ok"),
    [
        ([], [], True),  # an accident: no ACLED type, none given
        ([], ["Protests"], False),  # the old default of typing everything
        (["Battles"], ["Battles", "Protests"], True),
        (["Battles"], [], False),
    ],
)
def test_primary_type_with_no_political_violence(gold_types, pred_types, ok):
    counts, _ = score_document({"event_types": gold_types}, {"event_types": pred_types})
    assert counts["event_type"]["correct"] == int(ok)


# -- the validator's rules for real reports ---------------------------------------------------

TEXT = "Двоє людей загинули у Харкові. Від початку року загинули 120 людей."


def _real_doc(**over):
    d = {
        "id": "real-uk-t01",
        "lang": "uk",
        "published": "2024-05-01",
        "retrieved": "2026-12-03",
        "url": "https://example.org/a/1.html",
        "licence": "CC BY 4.0",
        "outlet": "Wikinews",
        "source": "Wikinews, https://example.org/a/1.html",
        "text": TEXT,
        "gold": {
            "event_date": "2024-05-01",
            "country": "UA",
            "geo_precision": "region",
            "incident": "ua-kharkiv-2024-05-01",
            "event_types": [],
            "sub_event_types": [],
            "tags": [],
            "claims": [
                {
                    "kind": "killed",
                    "value": 2,
                    "qualifier": "exact",
                    "low": 2,
                    "high": 2,
                    "certainty": "reported",
                    "source": "author",
                    "evidence": [0, TEXT.index(" у Харкові")],
                    "scope": "event",
                },
                {
                    "kind": "killed",
                    "value": 120,
                    "qualifier": "exact",
                    "low": 120,
                    "high": 120,
                    "certainty": "reported",
                    "source": "author",
                    "evidence": [TEXT.index("загинули 120"), TEXT.index(" людей.", 40) + 6],
                    "scope": "background",
                },
            ],
            "killed": {"low": 2, "high": 2, "qualifier": "exact"},
            "actors": [],
            "entities": [],
            "persons_same": [],
            "quality_flags": [],
        },
    }
    for k, v in over.items():
        if k.startswith("gold_"):
            d["gold"][k[5:]] = v
        else:
            d[k] = v
    return d


def _problems(tmp_path, doc, licences="| Wikinews | CC BY |\n"):
    (tmp_path / "LICENSES.md").write_text(licences, encoding="utf-8")
    f = tmp_path / "uk.jsonl"
    f.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    problems, _ = load_validator().validate([f])
    return problems


def test_a_valid_real_report_passes(tmp_path):
    assert _problems(tmp_path, _real_doc()) == []


@pytest.mark.parametrize(
    ("over", "needle"),
    [
        ({"licence": "All rights reserved"}, "licence"),
        ({"url": "not a url"}, "url"),
        ({"retrieved": "yesterday"}, "retrieved"),
        ({"gold_killed": {"low": 120, "high": 120, "qualifier": "exact"}}, "killed"),
        ({"gold_geo_precision": "place"}, "geonameid"),
        ({"gold_geo_precision": "street"}, "geo_precision"),
        ({"gold_incident": ""}, "incident"),
    ],
)
def test_real_report_rules(tmp_path, over, needle):
    problems = _problems(tmp_path, _real_doc(**over))
    assert any(f": {needle}" in p for p in problems), problems


def test_background_figure_is_never_the_headline(tmp_path):
    doc = _real_doc()
    doc["gold"]["claims"][0]["scope"] = "background"
    problems = _problems(tmp_path, doc)
    assert any("killed" in p for p in problems), problems


def test_every_real_claim_needs_a_scope(tmp_path):
    doc = _real_doc()
    del doc["gold"]["claims"][1]["scope"]
    assert any("claims[1].scope" in p for p in _problems(tmp_path, doc))


def test_outlet_must_be_listed_in_licenses(tmp_path):
    problems = _problems(tmp_path, _real_doc(), licences="| Voice of America | PD |\n")
    assert any("outlet" in p and "LICENSES.md" in p for p in problems), problems


# -- the CLI: named sets side by side, --incidents ----------------------------------------------


def test_named_sets_side_by_side_and_incidents(tmp_path):
    (tmp_path / "LICENSES.md").write_text("Wikinews\n", encoding="utf-8")
    a = _real_doc()
    b = _real_doc(id="real-uk-t02")
    b["text"] = TEXT.replace("Двоє", "Двоє цивільних")
    b["gold"]["claims"] = []
    del b["gold"]["killed"]
    c = _real_doc(id="real-uk-t03", gold_incident="ua-other")
    c["text"] = "Троє людей загинули в Одесі."
    c["gold"]["claims"] = []
    del c["gold"]["killed"]
    f = tmp_path / "real.jsonl"
    f.write_text(
        "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in (a, b, c)), encoding="utf-8"
    )
    if not (ROOT.parent / "shared/gold/seed.jsonl").exists():
        pytest.skip("../shared is not beside the checkout")
    out = tmp_path / "res.json"
    r = subprocess.run(
        [*SITREP, "eval", f"real={f}", f"seed={ROOT.parent / 'shared/gold/seed.jsonl'}",
         "--by-lang", "--incidents", "--json", str(out)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert r.returncode == 0, r.stderr
    assert "real all (n=3)" in r.stdout and "seed uk (n=1)" in r.stdout
    assert "real incidents" in r.stdout and "B-cubed" in r.stdout
    res = json.loads(out.read_text("utf-8"))
    assert set(res["sets"]) == {"real", "seed"}
    inc = res["sets"]["real"]["incidents"]
    assert (inc["documents"], inc["gold_incidents"], inc["gold_groups"]) == (3, 2, 1)
    assert 0.0 <= inc["bcubed"]["f1"] <= 1.0


def test_mixing_named_and_plain_gold_files_is_refused(tmp_path):
    r = subprocess.run(
        [*SITREP, "eval", "dev=a.jsonl", str(tmp_path / "b.jsonl")],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert r.returncode != 0
    assert "NAME=PATH" in r.stderr
