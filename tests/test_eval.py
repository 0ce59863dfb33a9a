"""`sitrep eval`: gold validation, projection of a Report, metrics and the CLI."""

from __future__ import annotations

import copy
import json
import math
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from sitrep.cli import _register, app
from sitrep.eval import (
    GoldDoc,
    GoldFileError,
    evaluate,
    finalize,
    load_all,
    load_gold,
    merge_counts,
    report_to_prediction,
    score_document,
)
from sitrep.eval.metrics import derive_bounds, haversine_km, names_agree, prf, source_agrees
from sitrep.eval.render import describe, safe
from sitrep.schema.models import (
    Claim,
    DocumentOut,
    Entity,
    Figure,
    Mention,
    Report,
    Source,
    Span,
    Summary,
)

DATA = Path(__file__).parent / "data" / "eval"
CONSTRUCTED = DATA / "constructed.jsonl"
BROKEN = DATA / "broken.jsonl"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "gold" / "seed.jsonl"
needs_seed = pytest.mark.skipif(
    not SEED.is_file(), reason=f"shared seed gold not found at {SEED} (clone beside ../shared)"
)

RATE_KEYS = ("precision", "recall", "f1", "accuracy", "exact_rate", "macro_f1")


def _docs(path: Path = CONSTRUCTED) -> dict[str, GoldDoc]:
    gs = load_gold(path)
    return {d.id: d for d in gs.docs}


def _rates(m: Any, path: str = "") -> list[tuple[str, float]]:
    """Every (path, value) of a rate or error in finalized metrics that is not null."""
    out: list[tuple[str, float]] = []
    if isinstance(m, dict):
        for k, v in m.items():
            p = f"{path}.{k}"
            if isinstance(v, dict):
                out += _rates(v, p)
            elif v is not None and (k in RATE_KEYS or k.endswith("_accuracy") or k == "mae_low"):
                out.append((p, v))
    return out


def _score(gold: dict, pred: dict) -> dict:
    return finalize(score_document(gold, pred)[0])


def assert_perfect(metrics: dict) -> None:
    rates = _rates(metrics)
    assert len(rates) > 10, "nothing was scored"
    for path, v in rates:
        want = 0.0 if path.endswith("mae_low") else 1.0
        assert v == want, f"{path} = {v}, expected {want}"


# -- a Report built from gold, to test the projection ------------------------------------

KIND = {"LOC": "place", "PER": "person", "ORG": "org"}


def gold_to_report(doc: GoldDoc, shift: int = 1000, with_orig: bool = True) -> Report:
    """A Report whose normalized offsets are off by `shift` but whose `orig` is right."""
    g = doc.gold

    def span(sp: list[int]) -> Span:
        return Span(
            start=sp[0] + shift,
            end=sp[1] + shift,
            text=doc.text[sp[0] : sp[1]],
            orig=list(sp) if with_orig else None,
        )

    mentions = [
        Mention(
            id=f"m{i}",
            kind=KIND[e["label"]],
            start=e["start"] + shift,
            end=e["end"] + shift,
            text=e["text"],
            orig=[e["start"], e["end"]] if with_orig else None,
        )
        for i, e in enumerate(g.get("entities", []))
    ]
    entities = []
    for j, (a, b) in enumerate(g.get("persons_same", [])):
        ids = [m.id for m in mentions if m.kind == "person" and m.text in (a, b)]
        entities.append(Entity(id=f"e{j}", kind="person", name=a, mentions=ids))
    claims = [
        Claim(
            id=f"c{i}",
            kind=c["kind"],
            value=c.get("value"),
            qualifier=c["qualifier"],
            low=c["low"],
            high=c["high"],
            certainty=c.get("certainty", "reported"),
            source=Source(
                name=c["source"],
                kind="author" if c["source"] == "author" else "other",
                span=span(c["source_span"]) if c.get("source_span") else None,
            ),
            evidence=span(c["evidence"]),
        )
        for i, c in enumerate(g.get("claims", []))
    ]
    figs = {
        k: Figure(**{x: g[k][x] for x in ("low", "high", "qualifier")})
        for k in ("killed", "injured", "participants", "arrested")
        if k in g
    }
    summary = Summary(
        **{k: g.get(k) for k in ("event_date", "country", "location", "geonameid", "lat", "lon")},
        **{k: g.get(k, []) for k in ("event_types", "sub_event_types", "tags")},
        **figs,
    )
    return Report(
        document=DocumentOut(id="x", text=doc.text, lang=doc.lang),
        mentions=mentions,
        entities=entities,
        claims=claims,
        summary=summary,
    )


# -- perfect predictions ------------------------------------------------------------------


@needs_seed
def test_seed_gold_against_itself_is_perfect() -> None:
    gs = load_gold(SEED)
    assert gs.warnings == []
    (doc,) = gs.docs
    assert_perfect(_score(doc.gold, doc.gold))


@needs_seed
def test_seed_projected_report_is_perfect() -> None:
    (doc,) = load_gold(SEED).docs
    pred = report_to_prediction(gold_to_report(doc))
    assert_perfect(_score(doc.gold, pred))


@pytest.mark.parametrize("doc_id", ["con-en-odesa", "con-uk-lviv", "con-ru-bishkek"])
@pytest.mark.parametrize("with_orig", [True, False])
def test_constructed_projected_report_is_perfect(doc_id: str, with_orig: bool) -> None:
    doc = _docs()[doc_id]
    shift = 1000 if with_orig else 0  # without orig, start/end must already be input offsets
    pred = report_to_prediction(gold_to_report(doc, shift=shift, with_orig=with_orig))
    assert_perfect(_score(doc.gold, pred))


def test_projection_reads_orig_not_normalized_offsets() -> None:
    doc = _docs()["con-uk-lviv"]
    pred = report_to_prediction(gold_to_report(doc, shift=7))
    assert [(e["start"], e["end"]) for e in pred["entities"]] == [
        (e["start"], e["end"]) for e in doc.gold["entities"]
    ]
    assert pred["claims"][1]["source_span"] == doc.gold["claims"][1]["source_span"]
    # without orig the (shifted) normalized offsets are all there is, so exact matches fail
    bad = report_to_prediction(gold_to_report(doc, shift=7, with_orig=False))
    m = _score(doc.gold, bad)
    assert m["entities"]["exact"]["micro"]["tp"] == 0


def test_all_constructed_documents_aggregate_to_perfect() -> None:
    gs = load_all([CONSTRUCTED])
    res = evaluate(gs, lambda d: copy.deepcopy(d.gold))
    assert res["documents"] == 3
    assert set(res["by_lang"]) == {"en", "ru", "uk"}
    assert_perfect(res["overall"])
    for m in res["by_lang"].values():
        assert_perfect(m)
    assert all(d["errors"] == [] for d in res["per_document"])


# -- constructed errors give exact numbers ------------------------------------------------


def test_one_missed_entity_of_four_gives_recall_three_quarters() -> None:
    doc = _docs()["con-uk-lviv"]
    assert len(doc.gold["entities"]) == 4
    pred = copy.deepcopy(doc.gold)
    pred["entities"] = pred["entities"][:3]
    m = _score(doc.gold, pred)
    for mode in ("exact", "overlap"):
        assert m["entities"][mode]["micro"]["recall"] == 0.75
        assert m["entities"][mode]["micro"]["precision"] == 1.0
    assert m["entities"]["exact"]["PER"]["recall"] == 0.5
    assert m["entities"]["exact"]["LOC"]["recall"] == 1.0


@pytest.mark.parametrize("doc_id", ["con-en-odesa", "con-uk-lviv", "con-ru-bishkek"])
def test_off_by_one_span_counts_for_overlap_not_exact(doc_id: str) -> None:
    doc = _docs()[doc_id]
    n = len(doc.gold["entities"])
    pred = copy.deepcopy(doc.gold)
    pred["entities"][0]["end"] += 1
    counts, errors = score_document(doc.gold, pred, doc.text)
    m = finalize(counts)
    assert m["entities"]["overlap"]["micro"]["f1"] == 1.0
    assert m["entities"]["exact"]["micro"]["recall"] == (n - 1) / n
    assert m["entities"]["exact"]["micro"]["precision"] == (n - 1) / n
    assert [e["error"] for e in errors] == ["boundary"]


def test_wrong_label_is_one_label_error() -> None:
    doc = _docs()["con-ru-bishkek"]
    pred = copy.deepcopy(doc.gold)
    pred["entities"][1]["label"] = "LOC"  # Минздрава: ORG -> LOC
    counts, errors = score_document(doc.gold, pred, doc.text)
    m = finalize(counts)
    assert m["entities"]["exact"]["ORG"]["recall"] == 0.5
    assert m["entities"]["exact"]["LOC"]["fp"] == 1
    assert [(e["error"], e["expected"]["label"], e["predicted"]["label"]) for e in errors] == [
        ("label", "ORG", "LOC")
    ]


@pytest.mark.parametrize("doc_id", ["con-en-odesa", "con-uk-lviv", "con-ru-bishkek"])
def test_spurious_claim_lowers_precision_only(doc_id: str) -> None:
    doc = _docs()[doc_id]
    n = len(doc.gold["claims"])
    pred = copy.deepcopy(doc.gold)
    pred["claims"].append(
        {
            "kind": "missing",
            "qualifier": "exact",
            "value": 9,
            "low": 9,
            "high": 9,
            "evidence": [0, 3],
        }
    )
    counts, errors = score_document(doc.gold, pred, doc.text)
    m = finalize(counts)["claims"]
    assert (m["precision"], m["recall"]) == (n / (n + 1), 1.0)
    assert m["qualifier_accuracy"] == m["certainty_accuracy"] == m["source_accuracy"] == 1.0
    assert [e["error"] for e in errors] == ["spurious"]


def test_wrong_qualifier_only_lowers_qualifier_accuracy() -> None:
    doc = _docs()["con-en-odesa"]
    pred = copy.deepcopy(doc.gold)
    pred["claims"][1]["qualifier"] = "more_than"  # same low/high (12, None), other qualifier
    m = _score(doc.gold, pred)["claims"]
    assert m["f1"] == 1.0
    assert m["qualifier_accuracy"] == 0.5
    assert m["certainty_accuracy"] == m["source_accuracy"] == 1.0


def test_wrong_certainty_and_source() -> None:
    doc = _docs()["con-ru-bishkek"]
    pred = copy.deepcopy(doc.gold)
    pred["claims"][1]["certainty"] = "unconfirmed"
    pred["claims"][2]["source"] = "author"
    m = _score(doc.gold, pred)["claims"]
    assert m["f1"] == 1.0
    assert m["certainty_accuracy"] == pytest.approx(2 / 3)
    assert m["source_accuracy"] == pytest.approx(2 / 3)
    assert m["qualifier_accuracy"] == 1.0


@needs_seed
@pytest.mark.parametrize(
    ("kind", "matched"),
    [("killed", True), ("casualties", True), ("injured", True), ("arrested", False)],
)
def test_accept_kinds_honoured(kind: str, matched: bool) -> None:
    (doc,) = load_gold(SEED).docs
    gold = {"claims": [c for c in doc.gold["claims"] if c["qualifier"] == "range"]}
    pred = {"claims": [{**gold["claims"][0], "kind": kind}]}
    assert _score(gold, pred)["claims"]["matched"] == int(matched)


@pytest.mark.parametrize(
    ("qualifier", "low", "high", "matched", "qualifier_ok"),
    [
        ("at_least", 500, None, True, True),
        ("exact", 500, 500, True, True),  # accept_qualifiers ["exact"]
        ("about", 500, 500, True, False),  # same bounds as exact, but not accepted as qualifier
        ("more_than", 501, None, False, False),
    ],
)
def test_accept_qualifiers_on_seed_injured(
    qualifier: str, low: int, high: int | None, matched: bool, qualifier_ok: bool
) -> None:
    gold = {
        "claims": [
            {
                "kind": "injured",
                "value": 500,
                "qualifier": "at_least",
                "low": 500,
                "high": None,
                "accept_qualifiers": ["exact"],
                "evidence": [51, 64],
            }
        ]
    }
    pred = {
        "claims": [
            {
                "kind": "injured",
                "value": 500,
                "qualifier": qualifier,
                "low": low,
                "high": high,
                "evidence": [51, 64],
            }
        ]
    }
    m = _score(gold, pred)["claims"]
    assert m["matched"] == int(matched)
    if matched:
        assert m["qualifier_accuracy"] == float(qualifier_ok)


def test_greedy_claim_matching_prefers_evidence_overlap() -> None:
    gold = {
        "claims": [
            {
                "kind": "killed",
                "qualifier": "exact",
                "low": 3,
                "high": 3,
                "evidence": [0, 10],
                "certainty": "reported",
            },
            {
                "kind": "killed",
                "qualifier": "exact",
                "low": 3,
                "high": 3,
                "evidence": [50, 60],
                "certainty": "unconfirmed",
            },
        ]
    }
    pred = {
        "claims": [
            {
                "kind": "killed",
                "qualifier": "exact",
                "low": 3,
                "high": 3,
                "evidence": [52, 58],
                "certainty": "unconfirmed",
            },
            {
                "kind": "killed",
                "qualifier": "exact",
                "low": 3,
                "high": 3,
                "evidence": [1, 9],
                "certainty": "reported",
            },
        ]
    }
    m = _score(gold, pred)["claims"]
    assert m["f1"] == 1.0 and m["certainty_accuracy"] == 1.0


def test_location_30_km_away_scores_zero_and_10_km_scores_one() -> None:
    doc = _docs()["con-uk-lviv"]
    g = doc.gold
    for km, want in ((30.0, 0.0), (10.0, 1.0)):
        dlat = km / 111.195  # degrees of latitude per km on the mean sphere
        pred = {**g, "geonameid": None, "lat": g["lat"] + dlat}
        assert haversine_km(g["lat"], g["lon"], pred["lat"], g["lon"]) == pytest.approx(
            km, rel=1e-3
        )
        assert _score(g, pred)["location"]["accuracy"] == want
    # the same GeoNames id counts even when the coordinates are far off
    far = {**g, "lat": 0.0, "lon": 0.0}
    assert _score(g, far)["location"]["accuracy"] == 1.0


def test_figures_exact_and_mae_with_missing_as_zero() -> None:
    docs = _docs()
    total: dict = {}
    ru = docs["con-ru-bishkek"]
    pred = copy.deepcopy(ru.gold)
    pred["killed"] = {"low": 5, "high": 5, "qualifier": "exact"}  # off by 3
    del pred["injured"]  # missing: absolute error = 31
    merge_counts(total, score_document(ru.gold, pred)[0])
    uk = docs["con-uk-lviv"]
    merge_counts(total, score_document(uk.gold, copy.deepcopy(uk.gold))[0])
    f = finalize(total)["figures"]
    assert (f["killed"]["documents"], f["killed"]["exact_rate"], f["killed"]["mae_low"]) == (
        1,
        0.0,
        3.0,
    )
    assert f["injured"]["documents"] == 2
    assert f["injured"]["exact_rate"] == 0.5
    assert f["injured"]["missing"] == 1
    assert f["injured"]["mae_low"] == 15.5  # (31 + 0) / 2
    assert f["arrested"]["exact_rate"] == 1.0
    assert f["participants"]["exact_rate"] == 1.0


@pytest.mark.parametrize(
    ("field", "pred_value", "key", "want"),
    [
        ("event_date", "2022-04-04", "event_date", 0.0),
        ("event_date", "2022-04", "event_date", 0.0),
        ("country", "kg", "country", 1.0),
        ("country", "KZ", "country", 0.0),
        ("event_types", ["Protests", "Riots"], "event_type", 0.0),
        ("event_types", ["riots", "Protests"], "event_type", 1.0),
    ],
)
def test_document_fields(field: str, pred_value: Any, key: str, want: float) -> None:
    doc = _docs()["con-ru-bishkek"]
    pred = {**doc.gold, field: pred_value}
    assert _score(doc.gold, pred)[key]["accuracy"] == want


def test_set_f1_micro_and_macro() -> None:
    docs = _docs()
    total: dict = {}
    en, ru = docs["con-en-odesa"], docs["con-ru-bishkek"]
    merge_counts(total, score_document(en.gold, {**en.gold, "tags": ["strike", "curfew"]})[0])
    merge_counts(total, score_document(ru.gold, {**ru.gold, "tags": []})[0])
    t = finalize(total)["tags"]
    assert (t["tp"], t["fp"], t["fn"]) == (1, 1, 1)
    assert t["f1"] == 0.5
    assert t["macro_f1"] == pytest.approx((2 / 3 + 0.0) / 2)


def test_absent_fields_are_not_scored() -> None:
    m = _score({"country": "UA"}, {"country": "UA", "event_date": "2020-01-01"})
    assert m["country"]["accuracy"] == 1.0
    assert m["event_date"] == {"n": 0, "correct": 0, "accuracy": None}
    assert m["entities"]["exact"]["micro"]["f1"] is None
    assert m["claims"]["f1"] is None
    assert m["figures"]["killed"]["exact_rate"] is None


def test_persons_same_pairs() -> None:
    doc = _docs()["con-uk-lviv"]
    assert (
        _score(doc.gold, {"persons_same": [["коваль", "Олени  Коваль"]]})["persons_same"][
            "accuracy"
        ]
        == 1.0
    )
    assert _score(doc.gold, {"persons_same": []})["persons_same"]["accuracy"] == 0.0


# -- pure helpers, table-driven ------------------------------------------------------------


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "p", "r", "f"),
    [
        (3, 1, 0, 0.75, 1.0, 6 / 7),
        (0, 0, 0, 1.0, 1.0, 1.0),
        (0, 2, 0, 0.0, 0.0, 0.0),
        (0, 0, 2, 0.0, 0.0, 0.0),
    ],
)
def test_prf(tp: int, fp: int, fn: int, p: float, r: float, f: float) -> None:
    got = prf(tp, fp, fn)
    assert (got["precision"], got["recall"]) == (p, r)
    assert math.isclose(got["f1"], f)


@pytest.mark.parametrize(
    ("value", "qualifier", "bounds"),
    [
        (50, "exact", (50, 50)),
        (50, "at_least", (50, None)),
        (20, "more_than", (21, None)),
        (20, "at_most", (0, 20)),
        (20, "less_than", (0, 19)),
        (20, "about", (20, 20)),
        ([7, 8], "range", (7, 8)),
        ([7, 8], "exact", None),
        (3, "vague", None),
    ],
)
def test_derive_bounds(value: Any, qualifier: str, bounds: tuple | None) -> None:
    assert derive_bounds(value, qualifier) == bounds


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("робочі родовища «Каражанбас»", "робочих родовища Каражанбас", True),
        ("речниця поліції Олена Коваль", "Олени Коваль", True),
        ("Минздрав Киргизии", "Минздрава Киргизии", True),
        ("Министерство здравоохранения", "МВД", False),
        ("the Ministry of Health", "Health ministry", True),
        ("Petro Hnatenko", "Hnatenko", True),
        ("Petro Hnatenko", "city officials", False),
        ("", "author", False),
    ],
)
def test_names_agree(a: str, b: str, same: bool) -> None:
    assert names_agree(a, b) is same


@pytest.mark.parametrize(
    ("gold", "pred", "ok"),
    [
        ({"source": "author"}, {"source": "author"}, True),
        ({"source": "author"}, {"source": "Олена Коваль"}, False),
        ({"source": "Минздрав"}, {"source": "author"}, False),
        ({"source": "X", "source_span": [10, 20]}, {"source": "Y", "source_span": [15, 30]}, True),
        ({"source": "X", "source_span": [10, 20]}, {"source": "Y", "source_span": [20, 30]}, False),
        ({"source": "union spokesman"}, {"source": "a spokesman for the union"}, True),
    ],
)
def test_source_agrees(gold: dict, pred: dict, ok: bool) -> None:
    assert source_agrees(gold, pred) is ok


# -- gold validation -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "field", "words"),
    [
        (1, "event_date", "bad date '2021-02-30'"),
        (1, "event_type", "unknown gold field"),
        (1, "event_types", "unknown ACLED value 'Protest'"),
        (1, "entities[1].text", "does not match"),
        (1, "entities[2].start/end", "out of range"),
        (1, "entities[3].label", "unknown label 'ORGANIZATION'"),
        (1, "claims[1].kind", "unknown kind 'wounded'"),
        (1, "claims[2].qualifier", "unknown qualifier 'roughly'"),
        (2, "json", "malformed JSON"),
        (3, "text", "missing or empty text"),
        (4, "id", "missing id"),
        (4, "killed", "low 1 > high 0"),
        (5, "json", "expected a JSON object"),
        (6, "gold", "missing or not an object"),
        (8, "published", "bad date '09.01.2023'"),
        (8, "lat/lon", "only one of lat and lon"),
    ],
)
def test_gold_warnings_name_file_line_and_field(line: int, field: str, words: str) -> None:
    gs = load_gold(BROKEN)
    prefix = f"{BROKEN}:{line}: {field}: "
    hits = [w for w in gs.warnings if w.startswith(prefix)]
    assert hits, f"no warning starting {prefix!r} in {gs.warnings}"
    assert any(words in w for w in hits)


def test_broken_gold_keeps_what_is_usable() -> None:
    gs = load_gold(BROKEN)
    by_id = {d.id: d for d in gs.docs}
    assert set(by_id) == {"bad-parts", "broken.jsonl:4", "bad-date"}
    bad = by_id["bad-parts"].gold
    assert [c["kind"] for c in bad["claims"]] == ["participants"]  # two bad claims dropped
    assert [e["text"] for e in bad["entities"]] == ["Харкові"]
    assert bad["event_types"] == ["Protests"]
    assert "event_date" not in bad
    assert by_id["broken.jsonl:4"].gold == {"country": "GE"}
    assert by_id["bad-date"].published is None
    assert len(gs.warnings) == 16


@pytest.mark.parametrize("make", ["missing", "directory", "binary"])
def test_unreadable_gold_file_raises(tmp_path: Path, make: str) -> None:
    p = tmp_path / "gold.jsonl"
    if make == "directory":
        p.mkdir()
    elif make == "binary":
        p.write_bytes(b"\xff\xfe\x00\x81 not utf-8")
    with pytest.raises(GoldFileError, match=str(p.name)):
        load_gold(p)


def test_terminal_text_is_escaped() -> None:
    assert safe("a\x1b[31mb\u202ec\nd") == "a\\u001b[31mb\\u202ec d"
    line = describe(
        {
            "field": "entities",
            "error": "missed",
            "predicted": None,
            "expected": {"label": "PER", "span": [0, 9], "text": "[bold]x[/]"},
        }
    )
    assert "[bold]x[/]" in line


# -- CLI -----------------------------------------------------------------------------------

runner = CliRunner()
_register()


def _run(*args: str):
    return runner.invoke(app, ["eval", *args])


@needs_seed
def test_cli_runs_on_seed_and_prints_the_table(tmp_path: Path) -> None:
    out = tmp_path / "eval.json"
    r = _run(str(SEED), "--json", str(out), "--errors", "--by-lang")
    assert r.exit_code == 0, r.output
    for words in ("Entities, exact span", "Claims", "Figures", "Event", "all (n=1)", "uk (n=1)"):
        assert words in r.stdout
    res = json.loads(out.read_text("utf-8"))
    assert set(res) == {
        "schema",
        "files",
        "documents",
        "pipeline_errors",
        "warnings",
        "overall",
        "by_lang",
        "per_document",
    }
    assert res["schema"] == "sitrep-eval/1"
    assert res["documents"] == 1 and res["files"] == [str(SEED)]
    assert set(res["by_lang"]) == {"uk"}
    assert set(res["overall"]) == {
        "documents",
        "entities",
        "claims",
        "figures",
        "figures_all",
        "event_date",
        "location",
        "country",
        "event_type",
        "persons_same",
        "event_types",
        "sub_event_types",
        "tags",
    }
    assert res["overall"]["claims"]["gold"] == 5
    assert (
        res["overall"]["entities"]["exact"]["micro"]["tp"]
        + res["overall"]["entities"]["exact"]["micro"]["fn"]
        == 16
    )
    (doc,) = res["per_document"]
    assert set(doc) == {"id", "file", "line", "lang", "pipeline_error", "scores", "errors"}
    assert doc["id"] == "seed-zhanaozen-uk"


def test_cli_constructed_with_limit_and_json_stdout() -> None:
    r = _run(str(CONSTRUCTED), "--limit", "2", "--json", "-")
    assert r.exit_code == 0, r.output
    res = json.loads(r.stdout)
    assert res["documents"] == 2
    assert [d["lang"] for d in res["per_document"]] == ["en", "uk"]


def test_cli_broken_gold_warns_and_scores_the_rest() -> None:
    r = _run(str(BROKEN))
    assert r.exit_code == 0, r.output
    assert f"{BROKEN}:2: json: malformed JSON" in r.stderr
    assert "n=3" in r.stdout


@pytest.mark.parametrize("content", [None, "", "{broken\n", '{"id": "x", "gold": {}}\n'])
def test_cli_exit_2_without_usable_gold(tmp_path: Path, content: str | None) -> None:
    p = tmp_path / "g.jsonl"
    if content is not None:
        p.write_text(content, encoding="utf-8")
    r = _run(str(p))
    assert r.exit_code == 2
    assert "sitrep: error:" in r.stderr
    assert "Traceback" not in r.output


def test_cli_escapes_markup_in_gold(tmp_path: Path) -> None:
    p = tmp_path / "g.jsonl"
    # the pair names are not in the text, so no extractor can group them: always listed
    row = {
        "id": "[red]evil[/red]",
        "lang": "[b]x",
        "text": "Protest in Kyiv.",
        "gold": {"persons_same": [["[i]Anna[/i]", "Anya\x1b[2J"]]},
    }
    p.write_text(json.dumps(row) + "\n", encoding="utf-8")
    r = _run(str(p), "--errors", "--by-lang")
    assert r.exit_code == 0, r.output
    assert "[red]evil[/red]" in r.stdout
    assert "'[i]Anna[/i]' and 'Anya\\u001b[2J'" in r.stdout
    assert "\x1b" not in r.stdout
    assert "[b]x (n=1)" in r.stdout


def test_pipeline_crash_scores_that_document_as_empty() -> None:
    gs = load_all([CONSTRUCTED])

    def predict(d: GoldDoc) -> dict:
        if d.lang == "ru":
            raise RuntimeError("boom")
        return copy.deepcopy(d.gold)

    res = evaluate(gs, predict)
    assert res["pipeline_errors"] == 1
    assert any(":3: pipeline: RuntimeError: boom" in w for w in res["warnings"])
    assert res["by_lang"]["ru"]["claims"]["recall"] == 0.0
    assert res["by_lang"]["uk"]["claims"]["recall"] == 1.0
    assert res["overall"]["country"]["accuracy"] == pytest.approx(2 / 3)


def test_duplicate_ids_warn(tmp_path: Path) -> None:
    p = tmp_path / "dup.jsonl"
    row = json.dumps({"id": "a", "text": "Мітинг у Києві.", "gold": {"country": "UA"}})
    p.write_text(row + "\n\n" + row + "\n", encoding="utf-8")
    gs = load_gold(p)
    assert len(gs.docs) == 2
    assert gs.warnings == [f"{p}:3: id: duplicate id 'a' (first on line 1); scored twice"]


def test_cli_unwritable_json_exits_2(tmp_path: Path) -> None:
    r = _run(str(CONSTRUCTED), "--limit", "1", "--json", str(tmp_path / "no" / "such" / "x.json"))
    assert r.exit_code == 2
    assert "cannot write" in r.stderr


@pytest.mark.parametrize(
    "field,value",
    [
        ("kind", ["killed"]),
        ("qualifier", {"a": 1}),
        ("certainty", ["reported"]),
        ("accept_kinds", 5),
        ("accept_qualifiers", True),
        ("accept_certainties", 3),
    ],
)
def test_malformed_claim_fields_are_warnings_not_crashes(tmp_path, field, value):
    """Unhashable or non-list values in a claim drop that claim with a message."""
    import copy
    import json as _json

    from sitrep.eval.gold import load_gold

    base = {
        "id": "x",
        "lang": "en",
        "published": "2020-01-01",
        "text": "At least 5 people died.",
        "gold": {
            "claims": [
                {
                    "kind": "killed",
                    "value": 5,
                    "qualifier": "at_least",
                    "low": 5,
                    "high": None,
                    "certainty": "reported",
                    "source": "author",
                    "evidence": [0, 22],
                }
            ]
        },
    }
    rec = copy.deepcopy(base)
    rec["gold"]["claims"][0][field] = value
    p = tmp_path / "g.jsonl"
    p.write_text(_json.dumps(rec) + "\n", "utf-8")
    res = load_gold(p)
    text = repr(res)
    assert field in text


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("Voice of America, https://www.voanews.com/a/boat-capsizes/2949769.html", None),
        ("https://example.org/page.htm", None),
        ("Голос Америки, https://www.holosameryky.com/a/6899656.html", None),
        ("seed document zhanaozen-2011-12-16.uk.md", "seed document zhanaozen-2011-12-16.uk.md"),
        ("reports/kharkiv.html", "reports/kharkiv.html"),
        (None, None),
    ],
)
def test_a_gold_source_with_a_url_is_provenance_not_a_file_name(source, expected):
    """The gold stores the text a page shows: its URL's .html does not make it markup."""
    from sitrep.eval.run import _file_name

    assert _file_name(source) == expected
