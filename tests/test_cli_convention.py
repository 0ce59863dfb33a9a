"""One CLI convention (docs/cli.md), sidecars, --force / documents rm, one incident schema."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

import pytest
from typer.testing import CliRunner

from conftest import SCENARIO, add_scenario
from sitrep.cli import _register, app
from sitrep.export import COLUMNS, FIELDS, write
from sitrep.store import Store
from sitrep.store.sources import Sidecars, expand, non_report, read_sidecar

_register()
runner = CliRunner()


@pytest.fixture
def filled(store, scenario):
    add_scenario(store, scenario)
    return store


# ---------------------------------------------------------------- the convention


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "-", "--lang", "xx"],
        ["ingest", "-", "--lang", "de"],
        ["incidents", "list", "--lang", "fr"],
        ["export", "--lang", "pl"],
    ],
)
def test_unknown_languages_are_refused_with_the_list(args, tmp_path):
    res = runner.invoke(app, [*args, "--db", str(tmp_path / "x.db")] if args[0] != "extract"
                        else args, input="x")  # fmt: skip
    assert res.exit_code == 2
    assert "unknown language" in res.stderr and "uk, ru, en" in res.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["extract", "-", "-f", "xml"],
        ["incidents", "list", "-f", "yaml"],
        ["incidents", "show", "1", "-f", "csv"],
        ["export", "-f", "xlsx"],
        ["bench", "-f", "html"],
        ["eval", "gold.jsonl", "-f", "csv"],
    ],
)
def test_unknown_formats_are_refused_with_the_list(args, filled):
    extra = ["--db", filled.url] if args[0] in ("incidents", "export") else []
    res = runner.invoke(app, [*args, *extra], input="x")
    assert res.exit_code == 2 and "unknown format" in res.stderr and "expected one of" in res.stderr


def test_extract_json_quiet_stdin_and_output(tmp_path):
    text = "У Харкові 8 березня поліція затримала 12 учасників акції."
    res = runner.invoke(app, ["extract", "-", "-f", "json", "-q", "-p", "2024-03-08"], input=text)
    assert res.exit_code == 0 and res.stderr == ""
    assert json.loads(res.stdout)["schema"] == "sitrep/1"
    out = tmp_path / "r.json"
    res = runner.invoke(app, ["extract", "-", "-o", str(out), "-q"], input=text)
    assert res.exit_code == 0 and res.stdout == "" and res.stderr == ""
    assert json.loads(out.read_text("utf-8"))["document"]["lang"] == "uk"


def test_extract_table_shows_certainty():
    text = "Police said 3 people were killed. Unconfirmed reports speak of 10 dead."
    res = runner.invoke(app, ["extract", "-", "-f", "table"], input=text, env={"COLUMNS": "200"})
    assert res.exit_code == 0
    summary = res.stdout.split("Figures")[0]
    assert "killed" in summary and ("reported" in summary or "confirmed" in summary)


@pytest.mark.parametrize(
    ("fmt", "parse"),
    [
        ("json", lambda s: json.loads(s)),
        ("jsonl", lambda s: [json.loads(x) for x in s.splitlines()]),
        ("csv", lambda s: list(csv.DictReader(io.StringIO(s)))),
    ],
)
def test_incidents_list_formats(filled, fmt, parse):
    res = runner.invoke(app, ["incidents", "list", "--db", filled.url, "-f", fmt, "-q"])
    assert res.exit_code == 0 and res.stderr == ""
    rows = parse(res.stdout)
    assert sorted(r["location"] for r in rows) == ["Aktobe", "Kutaisi", "Osh"]


def test_incidents_list_table_shows_type_and_certainty(filled):
    res = runner.invoke(app, ["incidents", "list", "--db", filled.url], env={"COLUMNS": "250"})
    assert res.exit_code == 0
    assert "sub-event" in res.stdout and "14/14/50 confirmed" in res.stdout
    assert "3 incidents" in res.stdout


def test_incidents_show_json_and_output(filled, tmp_path):
    inc = filled.incidents()[0]["id"]
    res = runner.invoke(app, ["incidents", "show", str(inc), "--db", filled.url, "-f", "json"])
    assert res.exit_code == 0 and json.loads(res.stdout)["id"] == inc
    out = tmp_path / "i.txt"
    res = runner.invoke(app, ["incidents", "show", str(inc), "--db", filled.url, "-o", str(out)])
    assert res.exit_code == 0 and "certainty" in out.read_text("utf-8")


def test_export_defaults_to_csv_and_has_list_filters(filled):
    res = runner.invoke(app, ["export", "--db", filled.url, "--type", "Riots", "--lang", "ru"])
    assert res.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert [r["location"] for r in rows] == ["Osh"]
    res = runner.invoke(app, ["export", "--db", filled.url, "-f", "jsonl", "--min-killed", "10"])
    assert [json.loads(x)["location"] for x in res.stdout.splitlines()] == ["Aktobe"]


def test_bench_json_quiet(tmp_path):
    res = runner.invoke(app, ["bench", "--synthetic", "-n", "2", "--size", "300", "--warmup", "0", "-f", "json",
                              "-q"])  # fmt: skip
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["documents"] == 2


def test_eval_format_json_takes_no_file():
    from conftest import ROOT

    gold = ROOT / "eval" / "dev.jsonl"
    res = runner.invoke(app, ["eval", str(gold), "-f", "json", "--limit", "1", "-q"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["schema"] == "sitrep-eval/1" and out["documents"] == 1


def test_help_reads_naturally():
    for cmd in (["ingest"], ["export"], ["incidents", "list"], ["eval"], ["documents", "rm"]):
        res = runner.invoke(app, [*cmd, "--help"], env={"COLUMNS": "200"})
        assert res.exit_code == 0
        assert "<bool>" not in res.stdout and "{path}" not in res.stdout


# ---------------------------------------------------------------- ingest: files and sidecars


@pytest.mark.parametrize(
    ("name", "skipped"),
    [
        ("README.md", True), ("readme.txt", True), ("LICENSE", True), ("LICENSE.txt", True),
        ("CHANGELOG.md", True), (".notes.txt", True), ("published.tsv", True),
        ("published.json", True), ("2024-01-01-kyiv.uk.txt", False), ("звіт.md", False),
        ("отчет.html", False), ("licensed-rally.en.txt", False),
    ],
)  # fmt: skip
def test_non_report_names(name, skipped):
    assert (non_report(name) is not None) is skipped


@pytest.mark.parametrize(
    ("fname", "content"),
    [
        ("published.tsv", "a.uk.txt\t2024-03-08\nsub/b.ru.txt\t2023-01-02\n"),
        ("published.csv", "path,published,outlet,url\na.uk.txt,2024-03-08,Вісник,\n"
                          "sub/b.ru.txt,2023-01-02,,https://www.example.org/b\n"),
        ("published.json", json.dumps({"a.uk.txt": "2024-03-08",
                                       "sub/b.ru.txt": {"published": "2023-01-02"}})),
        ("meta.json", json.dumps([{"file": "a.uk.txt", "published": "2024-03-08"},
                                  {"path": "sub/b.ru.txt", "published": "2023-01-02"}])),
    ],
)  # fmt: skip
def test_sidecar_formats(tmp_path, fname, content):
    (tmp_path / fname).write_text(content, "utf-8")
    table = read_sidecar(tmp_path / fname)
    assert table["a.uk.txt"]["published"] == "2024-03-08"
    assert table["sub/b.ru.txt"]["published"] == "2023-01-02"
    (tmp_path / "sub").mkdir()
    sc = Sidecars(tmp_path / fname)
    assert sc.get(str(tmp_path / "sub" / "b.ru.txt"))["published"] == "2023-01-02"


def test_directory_ingest_skips_notes_and_reads_the_sidecar(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    (d / "README.md").write_text("# Reports\n\nBorn in 1961, the author lists them.", "utf-8")
    (d / "LICENSE").write_text("MIT", "utf-8")
    (d / "kharkiv.uk.txt").write_text("У Харкові в понеділок поліція затримала 12 людей.", "utf-8")
    (d / "osh.ru.txt").write_text("В Оше во вторник задержали 30 человек.", "utf-8")
    (d / "published.tsv").write_text(
        "kharkiv.uk.txt\t2024-03-08\nosh.ru.txt\t2023-05-02\n", "utf-8"
    )
    skipped: list = []
    assert [p for _, p in expand([str(d)], skipped)] == [str(d / "kharkiv.uk.txt"),
                                                         str(d / "osh.ru.txt")]  # fmt: skip
    assert {p.rsplit("/", 1)[-1] for p, _ in skipped} == {"README.md", "LICENSE", "published.tsv"}
    db = str(tmp_path / "s.db")
    res = runner.invoke(app, ["ingest", str(d), "--db", db])
    assert res.exit_code == 0, res.output
    assert "skipped" in res.stderr and "README.md" in res.stderr
    with Store(db) as st:
        docs = {d["source"].rsplit("/", 1)[-1]: d for d in (st.document(i) for i in _ids(st))}
    assert set(docs) == {"kharkiv.uk.txt", "osh.ru.txt"}
    assert docs["kharkiv.uk.txt"]["published"] == "2024-03-08"
    assert docs["osh.ru.txt"]["published"] == "2023-05-02"
    res = runner.invoke(app, ["ingest", str(d), "--db", db, "-q"])
    assert "skipped" not in res.stderr and "2 already stored" in res.stderr


def test_ingest_stdin(tmp_path):
    db = str(tmp_path / "s.db")
    res = runner.invoke(app, ["ingest", "-", "--db", db, "-p", "2024-03-08", "-q"],
                        input="Police detained 12 protesters in Kharkiv on Monday.")  # fmt: skip
    assert res.exit_code == 0, res.output
    assert "1 stored" in res.stderr
    with Store(db) as st:
        assert st.counts()["ok"] == 1


def test_examples_ingest_has_no_phantom_incidents(tmp_path):
    from conftest import ROOT

    db = str(tmp_path / "ex.db")
    res = runner.invoke(app, ["ingest", str(ROOT / "examples"), "--db", db, "-q"])
    assert res.exit_code == 0, res.output
    tsv = dict(
        line.split("\t") for line in
        (ROOT / "examples/reports/published.tsv").read_text("utf-8").splitlines() if line.strip()
    )  # fmt: skip
    with Store(db) as st:
        docs = [st.document(i) for i in _ids(st)]
        incs = st.incidents()
    files = [d for d in docs if d["source"].startswith(str(ROOT / "examples/reports"))]
    assert len(files) == len(tsv) == 12
    for d in files:  # every example report carries its sidecar date
        assert d["published"] == tsv[d["source"].rsplit("/", 1)[-1]].strip()
    assert not [d for d in docs if "README" in (d["source"] or "")]
    assert all(i["event_date"] is None or i["event_date"] >= "2015" for i in incs)
    aktobe = [i for i in incs if i["location"] == "Aktobe"]
    assert len(aktobe) == 1 and aktobe[0]["n_documents"] == 4


# ---------------------------------------------------------------- --force and documents rm


def test_force_with_a_new_date_moves_the_incident(tmp_path):
    f = tmp_path / "r.en.txt"
    f.write_text("Police detained 12 protesters in Kharkiv yesterday.", "utf-8")
    db = str(tmp_path / "s.db")
    res = runner.invoke(app, ["ingest", str(f), "--db", db, "-p", "2020-05-02", "-q"])
    assert res.exit_code == 0, res.output
    with Store(db) as st:
        (before,) = st.incidents()
    res = runner.invoke(app, ["ingest", str(f), "--db", db, "-p", "2024-03-09", "-q"])
    assert "1 already stored" in res.stderr  # without --force: kept as is
    res = runner.invoke(app, ["ingest", str(f), "--db", db, "-p", "2024-03-09", "--force"])
    assert res.exit_code == 0 and "1 replaced" in res.stderr
    with Store(db) as st:
        (after,) = st.incidents()
        assert st.counts()["ok"] == 1
    assert before["event_date"] == "2020-05-01" and after["event_date"] == "2024-03-08"


def test_documents_rm_by_id_and_source(filled, tmp_path):
    inc = next(i for i in filled.incidents() if i["location"] == "Aktobe")
    docs = filled.incident(inc["id"])["documents"]
    res = runner.invoke(app, ["documents", "rm", docs[0], "--db", filled.url])
    assert res.exit_code == 0 and "1 documents removed" in res.stderr
    again = filled.incident(inc["id"])
    assert again["n_documents"] == 3 and docs[0] not in again["documents"]
    for d in docs[1:]:
        src = filled.document(d)["url"]
        res = runner.invoke(app, ["documents", "rm", "--source", src, "--db", filled.url, "-q"])
        assert res.exit_code == 0 and res.stderr == ""
    assert filled.incident(inc["id"]) is None  # no members left: the incident is gone
    res = runner.invoke(app, ["documents", "rm", "nope", "--db", filled.url])
    assert res.exit_code == 1 and "not found: nope" in res.stderr


# ---------------------------------------------------------------- one incident schema


def _read_all(store, tmp_path) -> dict[str, list[dict]]:
    out = {}
    for fmt in ("csv", "geojson", "jsonl", "parquet"):
        path = tmp_path / f"inc.{fmt}"
        assert write(store, fmt, path) == 3
        if fmt == "csv":
            out[fmt] = list(csv.DictReader(path.open(encoding="utf-8")))
        elif fmt == "jsonl":
            out[fmt] = [json.loads(x) for x in path.read_text("utf-8").splitlines()]
        elif fmt == "geojson":
            fc = json.loads(path.read_text("utf-8"))
            assert fc["schema"] == "sitrep-incident/1"
            out[fmt] = [f["properties"] for f in fc["features"]]
        else:
            import pyarrow.parquet as pq

            t = pq.read_table(path)
            assert t.schema.metadata[b"schema"] == b"sitrep-incident/1"
            out[fmt] = t.to_pylist()
    return out


def test_all_formats_carry_one_schema(filled, tmp_path):
    recs = _read_all(filled, tmp_path)
    for fmt, rows in recs.items():
        assert all(list(r) == list(COLUMNS) for r in rows), fmt
    types = dict(FIELDS)
    pq_row = next(r for r in recs["parquet"] if r["location"] == "Aktobe")
    js_row = next(r for r in recs["jsonl"] if r["location"] == "Aktobe")
    gj_row = next(r for r in recs["geojson"] if r["location"] == "Aktobe")
    cv_row = next(r for r in recs["csv"] if r["location"] == "Aktobe")
    for name, typ in types.items():
        pv, jv, cv = pq_row[name], js_row[name], cv_row[name]
        assert gj_row[name] == jv, name
        if pv is None:
            assert jv is None and cv == "", name
        elif typ == "date":
            assert isinstance(pv, date) and jv == pv.isoformat() == cv, name
        elif typ == "list":
            assert isinstance(pv, list) and jv == pv and cv == "; ".join(pv), name
        elif typ == "int":
            assert isinstance(pv, int) and jv == pv and cv == str(pv), name
        elif typ == "float":
            assert isinstance(pv, float) and jv == pv and float(cv) == pv, name
        else:
            assert isinstance(pv, str) and jv == pv == cv, name
    assert pq_row["killed_certainty"] == "confirmed" and pq_row["killed_best"] == 14
    assert "doc-" not in pq_row["source"] and pq_row["sources"]


def test_every_claim_kind_reaches_the_export(tmp_path):
    """Detained counts as arrested; casualties, missing, displaced get their own columns."""
    from conftest import _c, build_report

    text = "затримано 120; постраждали 12; зникли 3; евакуювали 2000; протест в Осі"
    rep = build_report(
        "doc-k", text, lang="uk", published="2025-05-02",
        claims=[_c("c1", "detained", "затримано 120", 120, "exact", 120, 120),
                _c("c2", "casualties", "постраждали 12", 12, "exact", 12, 12),
                _c("c3", "missing", "зникли 3", 3, "exact", 3, 3, "unconfirmed"),
                _c("c4", "displaced", "евакуювали 2000", 2000, "exact", 2000, 2000)],
        events=[dict(id="e1", type="Protests", sub="Peaceful protest", date="2025-05-02",
                     place="Osh", claims=["c1", "c2", "c3", "c4"], phrase="протест в Осі")],
    )  # fmt: skip
    with Store(str(tmp_path / "k.db")) as st:
        st.add_report(rep, published_at="2025-05-02T10:00:00Z")
        write(st, "jsonl", tmp_path / "k.jsonl")
    rows = [json.loads(x) for x in (tmp_path / "k.jsonl").read_text("utf-8").splitlines()]
    (r,) = rows
    assert (r["arrested_low"], r["arrested_best"], r["arrested_certainty"]) == (
        120,
        120,
        "reported",
    )
    assert r["casualties_best"] == 12 and r["displaced_best"] == 2000
    assert r["missing_best"] == 3 and r["missing_certainty"] == "unconfirmed"


@pytest.mark.parametrize("reader", ["duckdb", "pandas"])
def test_files_read_without_options(filled, tmp_path, reader):
    mod = pytest.importorskip(reader)
    for fmt in ("csv", "jsonl", "parquet"):
        write(filled, fmt, tmp_path / f"i.{fmt}")
    if reader == "duckdb":
        for fmt, fn in (("csv", "read_csv"), ("jsonl", "read_json"), ("parquet", "read_parquet")):
            cols = mod.sql(f"select * from {fn}('{tmp_path / f'i.{fmt}'}')").columns
            assert list(cols) == list(COLUMNS), fmt
    else:
        for df in (mod.read_csv(tmp_path / "i.csv"), mod.read_json(tmp_path / "i.jsonl", lines=True),
                   mod.read_parquet(tmp_path / "i.parquet")):  # fmt: skip
            assert list(df.columns) == list(COLUMNS) and len(df) == 3


def test_scenario_path_exists():
    assert SCENARIO.exists()


def _ids(st):
    from sqlalchemy import select

    from sitrep.store.models import Document

    with st.read() as s:
        return list(s.scalars(select(Document.id).where(Document.status == "ok")))


def test_incident_json_schema_file_matches_and_validates(filled, tmp_path):
    import jsonschema

    from conftest import ROOT
    from sitrep.export import json_schema

    shipped = json.loads(
        (ROOT / "src/sitrep/schema/sitrep-incident-1.schema.json").read_text("utf-8")
    )
    assert shipped == json_schema() and shipped["title"] == "sitrep-incident/1"
    res = runner.invoke(app, ["schema", "--incident"])
    assert json.loads(res.stdout) == shipped
    write(filled, "jsonl", tmp_path / "i.jsonl")
    for line in (tmp_path / "i.jsonl").read_text("utf-8").splitlines():
        jsonschema.validate(json.loads(line), shipped)
