"""The web API over the scenario store, on SQLite and PostgreSQL: every endpoint, bad parameters."""

from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import add_scenario

pytest.importorskip("fastapi")
from fastapi.testclient import TestClient  # noqa: E402

from sitrep.web import create_app  # noqa: E402
from sitrep.web.app import CSP, MAX_EXTRACT_BYTES  # noqa: E402


@pytest.fixture
def client(store, db_url, scenario):
    add_scenario(store, scenario)
    with TestClient(create_app(db_url), raise_server_exceptions=False) as c:
        yield c


def ids(resp) -> list[int]:
    assert resp.status_code == 200, resp.text
    return [i["id"] for i in resp.json()["items"]]


def test_health_facets_and_openapi(client):
    r = client.get("/api/health")
    assert r.status_code == 200 and r.json()["counts"]["incidents"] == 3
    assert r.headers["content-security-policy"] == CSP
    assert "'unsafe-inline'" not in CSP and "script-src 'self'" in CSP
    f = client.get("/api/facets").json()
    assert f["countries"] == {"GE": 1, "KG": 1, "KZ": 1}
    assert set(f["languages"]) == {"en", "ru", "uk"}
    assert f["date_min"] == "2025-03-14" and f["date_max"] == "2025-06-20"
    spec = client.get("/api/openapi.json").json()
    for path in ("/api/incidents", "/api/incidents/{inc_id}", "/api/documents/{doc_id}",
                 "/api/export/{fmt}", "/api/extract", "/api/map"):  # fmt: skip
        assert path in spec["paths"]


def test_incidents_filters_match_the_cli(client, store):
    all_ids = ids(client.get("/api/incidents"))
    assert len(all_ids) == 3
    cases = [
        ({"country": "kz"}, {"country": "kz"}),
        ({"since": "2025-05-01"}, {"since": "2025-05-01"}),
        ({"until": "2025-05-02"}, {"until": "2025-05-02"}),
        ({"type": "Riots"}, {"event_type": "Riots"}),
        ({"type": "Peaceful protest"}, {"event_type": "Peaceful protest"}),
        ({"min_killed": 10}, {"min_killed": 10}),
        ({"lang": "en", "country": "GE"}, {"lang": "en", "country": "GE"}),
    ]
    for params, kw in cases:
        got = sorted(ids(client.get("/api/incidents", params=params)))
        assert got == sorted(i["id"] for i in store.incidents(**kw)), params
        assert client.get("/api/incidents", params=params).json()["total"] == len(got)
    assert ids(client.get("/api/incidents", params={"country": "FR"})) == []


@pytest.mark.parametrize("sort", ["date", "killed", "updated", "id"])
@pytest.mark.parametrize("order", ["asc", "desc"])
def test_cursor_pages_cover_everything_once(client, sort, order):
    seen, cursor, pages = [], None, 0
    while True:
        params = {"sort": sort, "order": order, "limit": 1}
        if cursor:
            params["cursor"] = cursor
        body = client.get("/api/incidents", params=params).json()
        seen += [i["id"] for i in body["items"]]
        cursor, pages = body["next_cursor"], pages + 1
        if not cursor:
            break
    assert sorted(seen) == [1, 2, 3] and pages == 3
    whole = ids(client.get("/api/incidents", params={"sort": sort, "order": order}))
    assert seen == whole
    if sort == "date":
        dates = [i["event_date"] for i in client.get(
            "/api/incidents", params={"sort": sort, "order": order}).json()["items"]]  # fmt: skip
        assert dates == sorted(dates, reverse=order == "desc")
    if sort == "killed" and order == "desc":
        assert seen[0] == 1  # Aktobe, the only incident with dead


def test_map_rows(client):
    body = client.get("/api/map").json()
    assert body["columns"][:4] == ["id", "lat", "lon", "killed"]
    assert len(body["rows"]) == 3 and body["unplaced"] == 0
    aktobe = next(r for r in body["rows"] if r[5] == "Aktobe")
    assert aktobe[3] is not None and aktobe[4] == "Protests"
    assert len(client.get("/api/map", params={"country": "KG"}).json()["rows"]) == 1


def test_incident_detail_has_band_timeline_and_members(client):
    aktobe = ids(client.get("/api/incidents", params={"country": "KZ"}))[0]
    inc = client.get(f"/api/incidents/{aktobe}").json()
    # SPEC "Estimates": the confirmed 14 is the floor, the reported "at least 50" the ceiling
    assert inc["estimates"]["killed"]["low"] == 14 and inc["estimates"]["killed"]["best"] == 14
    steps = inc["band"]["killed"]
    assert [s["low"] for s in steps] == sorted(s["low"] for s in steps)  # low only grows
    assert steps[-1] == {**steps[-1], "low": 14, "best": 14, "high": 50}
    assert len(inc["timeline"]) == len(inc["claims"]) >= 5
    assert {m["lang"] for m in inc["members"]} == {"uk", "ru", "en"}
    assert all(m["why"] for m in inc["members"][1:])
    assert client.get("/api/incidents/999").status_code == 404
    assert "no incident 999" in client.get("/api/incidents/999").json()["error"]


def test_document_detail(client, scenario):
    doc = scenario[0].report.document.id
    body = client.get(f"/api/documents/{doc}").json()
    assert body["document"]["id"] == doc and body["document"]["lang"] == "uk"
    rep = body["report"]
    assert rep["schema"] == "sitrep/1" and rep["document"]["text"]
    c = rep["claims"][0]
    assert (
        rep["document"]["text"][c["evidence"]["start"] : c["evidence"]["end"]]
        == c["evidence"]["text"]
    )
    assert body["incidents"] and isinstance(body["incidents"][0], int)
    r = client.get("/api/documents/nope")
    assert r.status_code == 404 and r.json() == {"error": "no document nope"}


def test_exports_stream_the_current_filter(client):
    r = client.get("/api/export/csv", params={"country": "KZ"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    assert 'filename="incidents.csv"' in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [x["country_code"] for x in rows] == ["KZ"]
    assert rows[0]["killed_best"] == "14"

    gj = client.get("/api/export/geojson").json()
    assert gj["type"] == "FeatureCollection" and len(gj["features"]) == 3
    assert all(f["geometry"]["type"] == "Point" for f in gj["features"])

    lines = client.get("/api/export/jsonl", params={"lang": "en"}).text.splitlines()
    recs = [json.loads(x) for x in lines]
    from sitrep.export import COLUMNS

    assert recs and all(list(x) == list(COLUMNS) and "en" in x["languages"] for x in recs)

    import pyarrow as pa
    import pyarrow.parquet as pq

    r = client.get("/api/export/parquet", params={"min_killed": 1})
    assert r.status_code == 200 and r.content[:4] == b"PAR1"
    table = pq.read_table(pa.BufferReader(r.content))
    assert table.num_rows == 1 and table.column("incident_id").to_pylist() != []

    empty = client.get("/api/export/csv", params={"country": "FR"})
    assert empty.status_code == 200 and len(empty.text.splitlines()) == 1


BAD = [
    ("/api/incidents", {"country": "KAZ"}, 422, "country"),
    ("/api/incidents", {"country": "<b>"}, 422, "country"),
    ("/api/incidents", {"since": "yesterday"}, 422, "since"),
    ("/api/incidents", {"until": "2025-02-30"}, 422, "until"),
    ("/api/incidents", {"since": "2025-06-01", "until": "2025-01-01"}, 422, "after"),
    ("/api/incidents", {"type": ""}, 422, "type"),
    ("/api/incidents", {"type": "x" * 200}, 422, "type"),
    ("/api/incidents", {"min_killed": "-1"}, 422, "min_killed"),
    ("/api/incidents", {"min_killed": "ten"}, 422, "min_killed"),
    ("/api/incidents", {"min_killed": str(10**30)}, 422, "min_killed"),
    ("/api/incidents", {"lang": "de"}, 422, "lang"),
    ("/api/incidents", {"sort": "place"}, 422, "sort"),
    ("/api/incidents", {"order": "up"}, 422, "order"),
    ("/api/incidents", {"limit": "0"}, 422, "limit"),
    ("/api/incidents", {"limit": "100000"}, 422, "limit"),
    ("/api/incidents", {"cursor": "not-a-cursor"}, 400, "cursor"),
    ("/api/incidents", {"cursor": "e30"}, 400, "cursor"),  # base64 of {}
    ("/api/incidents", {"cursor": "W10"}, 400, "cursor"),  # base64 of []
    ("/api/incidents", {"cursor": "x" * 500}, 422, "cursor"),
    ("/api/map", {"limit": "-5"}, 422, "limit"),
    ("/api/map", {"country": "1"}, 422, "country"),
    ("/api/incidents/abc", {}, 422, "inc_id"),
    ("/api/incidents/0", {}, 422, "inc_id"),
    ("/api/incidents/99999999999999999999", {}, 422, "inc_id"),
    ("/api/documents/a%20b", {}, 422, "doc_id"),
    ("/api/documents/" + "a" * 200, {}, 422, "doc_id"),
    ("/api/export/xlsx", {}, 422, "fmt"),
    ("/api/export/csv", {"since": "2025-99-01"}, 422, "since"),
    ("/api/export/parquet", {"lang": "xx"}, 422, "lang"),
    ("/api/nothing", {}, 404, "Not Found"),
]


@pytest.mark.parametrize(("path", "params", "status", "word"), BAD)
def test_bad_parameters_get_a_4xx_with_a_message(client, path, params, status, word):
    r = client.get(path, params=params)
    assert r.status_code == status, r.text
    assert word in r.json()["error"]


def test_a_cursor_of_another_sort_is_refused(client):
    cur = client.get("/api/incidents", params={"limit": 1, "sort": "killed"}).json()
    r = client.get("/api/incidents", params={"cursor": cur["next_cursor"], "sort": "date"})
    assert r.status_code == 400 and "another sort" in r.json()["error"]


def test_extract_returns_sitrep1(client):
    text = "Police detained 12 protesters in Osh on 2 May, local activists said."
    r = client.post("/api/extract", json={"text": text, "published": "2025-05-03"})
    assert r.status_code == 200, r.text
    rep = r.json()
    assert rep["schema"] == "sitrep/1" and rep["document"]["lang"] == "en"
    assert any(c["kind"] == "detained" and c["low"] == 12 for c in rep["claims"])
    r = client.post(
        "/api/extract?published=2025-05-03&lang=en",
        content=text.encode(),
        headers={"content-type": "text/plain; charset=utf-8"},
    )
    assert r.status_code == 200 and r.json()["document"]["published"] == "2025-05-03"


EXTRACT_BAD = [
    ({"content": b"x" * (MAX_EXTRACT_BYTES + 1), "headers": {"content-type": "text/plain"}}, 413),
    ({"content": b"{not json", "headers": {"content-type": "application/json"}}, 400),
    ({"json": ["a list"]}, 422),
    ({"json": {"txt": "typo"}}, 422),
    ({"json": {"text": 5}}, 422),
    ({"json": {"text": "   "}}, 422),
    ({"json": {"text": "ok", "lang": "de"}}, 422),
    ({"json": {"text": "ok", "published": "soon"}}, 422),
    ({"json": {"text": "ok", "published": 20250101}}, 422),
    ({"content": b"\xff\xfe\xfa", "headers": {"content-type": "text/plain"}}, 400),
    ({"content": b"<a/>", "headers": {"content-type": "application/xml"}}, 415),
]


@pytest.mark.parametrize(("kw", "status"), EXTRACT_BAD)
def test_extract_refuses_bad_bodies(client, kw, status):
    r = client.post("/api/extract", **kw)
    assert r.status_code == status, r.text
    assert r.json()["error"]


def test_extract_refuses_a_bad_query(client):
    r = client.post("/api/extract?lang=xx", content=b"text", headers={"content-type": "text/plain"})
    assert r.status_code == 422 and "lang" in r.json()["error"]
    r = client.post("/api/extract?published=bad", content=b"text")
    assert r.status_code == 422 and "published" in r.json()["error"]


def test_pages_are_served_with_the_csp(client):
    for path in ("/", "/incidents/1", "/documents/abc", "/api-docs"):
        r = client.get(path)
        assert r.status_code in (200, 503)  # 503: assets not built (no node)
        assert r.headers["content-security-policy"] == CSP
        if r.status_code == 200:
            assert "<script>" not in r.text and 'src="/static/app.js"' in r.text
