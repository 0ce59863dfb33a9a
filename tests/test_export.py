"""Export of the scenario's incidents: ACLED-named CSV, GeoJSON, JSON Lines, Parquet."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from conftest import add_scenario
from sitrep.cli import _register, app
from sitrep.export import COLUMNS, row, to_csv, to_geojson, to_jsonl, write

_register()
runner = CliRunner()


@pytest.fixture
def filled(store, scenario):
    add_scenario(store, scenario)
    return store


def _rows(store):
    buf = io.StringIO()
    to_csv(iter(store.incident(i["id"]) for i in store.incidents()), buf)
    return {r["location"]: r for r in csv.DictReader(io.StringIO(buf.getvalue()))}


def test_csv_uses_acled_names_and_adds_estimates(filled):
    rows = _rows(filled)
    for col in ("event_date", "event_type", "sub_event_type", "actor1", "actor2", "country",
                "admin1", "location", "latitude", "longitude", "geo_precision", "time_precision",
                "fatalities", "notes", "source", "killed_low", "killed_best", "killed_high",
                "injured_low", "participants_high", "languages", "documents", "evidence"):  # fmt: skip
        assert col in COLUMNS
    a = rows["Aktobe"]
    assert (a["event_date"], a["country"], a["iso"], a["event_id_cnty"]) == (
        "2025-03-14",
        "Kazakhstan",
        "398",
        f"KAZ{a['incident_id']}",
    )
    # SPEC "Estimates": the confirmed 14 is the floor, the reported "at least 50" the ceiling
    assert (a["killed_low"], a["killed_best"], a["killed_high"], a["fatalities"]) == (
        "14",
        "14",
        "50",
        "14",
    )
    assert (a["injured_low"], a["injured_best"], a["injured_high"]) == ("", "7", "8")
    assert (a["geo_precision"], a["time_precision"]) == ("1", "1")
    assert a["languages"] == "en; ru; uk" and len(a["documents"].split("; ")) == 4
    assert a["killed_certainty"] == "confirmed" and "doc-" not in a["source"]
    assert a["source"].split("; ")[0] == "Степовий вісник"  # first publisher first
    assert "doc-a2-ru:" in a["evidence"]
    assert "killed 14/14/50 (confirmed)" in a["notes"] and "4 reports" in a["notes"]
    assert rows["Osh"]["country"] == "Kyrgyzstan" and rows["Kutaisi"]["country"] == "Georgia"
    assert rows["Kutaisi"]["fatalities"] == "0"


def test_row_precision_codes():
    base = dict(id=1, country="KZ", location="X", estimates={}, members=[], claims=[])
    assert row({**base, "geo_precision": "region", "date_precision": "month"})["geo_precision"] == 3
    assert row({**base, "date_precision": "week"})["time_precision"] == 2
    assert row({**base, "location": None})["geo_precision"] is None


def test_geojson_points_lon_lat(filled):
    buf = io.StringIO()
    n = to_geojson(iter(filled.incident(i["id"]) for i in filled.incidents()), buf)
    fc = json.loads(buf.getvalue())
    assert n == 3 and fc["type"] == "FeatureCollection"
    kut = next(f for f in fc["features"] if f["properties"]["location"] == "Kutaisi")
    assert kut["geometry"] == {"type": "Point", "coordinates": [42.69459, 42.26791]}
    assert kut["properties"]["participants_best"] == 5000


def test_jsonl_carries_the_incident_schema_natively(filled):
    buf = io.StringIO()
    to_jsonl(iter(filled.incident(i["id"]) for i in filled.incidents()), buf)
    recs = [json.loads(line) for line in buf.getvalue().splitlines()]
    osh = next(r for r in recs if r["location"] == "Osh")
    assert list(osh) == list(COLUMNS) and "schema" not in osh
    assert osh["injured_best"] == 23 and osh["injured_certainty"] in ("reported", "confirmed")
    assert isinstance(osh["languages"], list) and len(osh["documents"]) == 4
    assert osh["event_date"] == "2025-05-02" and isinstance(osh["latitude"], float)


def test_parquet_round_trip(filled, tmp_path):
    import pyarrow.parquet as pq

    out = tmp_path / "inc.parquet"
    assert write(filled, "parquet", out) == 3
    t = pq.read_table(out)
    assert t.column_names == list(COLUMNS)
    assert str(t.schema.field("killed_best").type) == "int64"
    assert str(t.schema.field("event_date").type) == "date32[day]"
    assert str(t.schema.field("languages").type).startswith("list<")
    assert str(t.schema.field("latitude").type) == "double"
    d = {r["location"]: r for r in t.to_pylist()}
    assert d["Aktobe"]["killed_low"] == 14 and d["Kutaisi"]["injured_best"] is None


@pytest.mark.parametrize("fmt", ["csv", "geojson", "jsonl", "parquet"])
def test_export_cli(filled, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    res = runner.invoke(app, ["export", "--format", fmt, "-o", str(out), "--db", filled.url])
    assert res.exit_code == 0, res.output
    assert out.stat().st_size > 100
    if fmt == "csv":
        assert out.read_text("utf-8").startswith("event_id_cnty,event_date,")


def test_export_cli_filters_and_stdout(filled):
    res = runner.invoke(app, ["export", "-f", "jsonl", "--country", "GE", "--db", filled.url])
    assert res.exit_code == 0
    lines = res.stdout.strip().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["location"] == "Kutaisi"


def test_export_cli_parquet_needs_a_file(filled):
    res = runner.invoke(app, ["export", "-f", "parquet", "--db", filled.url])
    assert res.exit_code == 2 and "output file" in res.stderr
