"""export: incidents in one schema (sitrep-incident/1) as CSV, GeoJSON, JSON Lines or Parquet.

Every format carries the same fields under the same names (`FIELDS`; the JSON
Schema is sitrep/schema/sitrep-incident-1.schema.json). Names follow ACLED where
one exists (event_date, event_type, sub_event_type, actor1, actor2, country,
admin1, location, latitude, longitude, geo_precision, time_precision,
fatalities, notes, source ...); sitrep adds low/best/high and the certainty of
`best` per claim kind, the sources behind the figures, languages, documents and
evidence. Types are native (dates as dates, lists as lists) except in CSV,
where lists are joined with "; ".
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

SCHEMA = "sitrep-incident/1"
# claim kinds with low/best/high/certainty columns; "arrested" also counts "detained"
FIGURE_KINDS = ("killed", "injured", "casualties", "arrested", "missing", "displaced",
                "participants")  # fmt: skip
KIND_MERGE = {"arrested": ("arrested", "detained")}
FIGURE_PARTS = ("low", "best", "high", "certainty")

# (name, type): int | float | str | date | list  -- the one incident schema
FIELDS: tuple[tuple[str, str], ...] = (
    ("event_id_cnty", "str"), ("event_date", "date"), ("year", "int"),
    ("time_precision", "int"), ("event_type", "str"), ("sub_event_type", "str"),
    ("actor1", "str"), ("actor2", "str"), ("iso", "int"), ("country", "str"),
    ("admin1", "str"), ("location", "str"), ("latitude", "float"), ("longitude", "float"),
    ("geo_precision", "int"), ("source", "str"), ("notes", "str"), ("fatalities", "int"),
    ("tags", "list"), ("timestamp", "int"),
    ("incident_id", "int"), ("country_code", "str"), ("geonameid", "int"),
    ("date_precision", "str"), ("date_start", "date"), ("date_end", "date"),
    ("event_types", "list"), ("sub_event_types", "list"),
    *((f"{k}_{x}", "str" if x == "certainty" else "int")
      for k in FIGURE_KINDS for x in FIGURE_PARTS),
    ("sources", "list"), ("languages", "list"), ("n_documents", "int"),
    ("documents", "list"), ("evidence", "list"), ("campaign", "str"),
)  # fmt: skip
COLUMNS = tuple(name for name, _ in FIELDS)
TYPES = dict(FIELDS)
INT_COLUMNS = {n for n, t in FIELDS if t == "int"}
FLOAT_COLUMNS = {n for n, t in FIELDS if t == "float"}
LIST_COLUMNS = {n for n, t in FIELDS if t == "list"}
DATE_COLUMNS = {n for n, t in FIELDS if t == "date"}

# ACLED precision codes: 1 = the day / the named place, 2 = a few days or a
# district near it, 3 = a month or longer / only the region or country
TIME_PRECISION = {"day": 1, "exact": 1, "week": 2, "published": 2, "month": 3, "year": 3}
GEO_PRECISION = {"exact": 1, "district": 2, "region": 3, "country": 3}


@lru_cache(maxsize=512)
def _country(code: str | None) -> tuple[str | None, int | None, str | None]:
    """(name, ISO numeric, alpha-3) of an alpha-2 code."""
    if not code:
        return None, None, None
    import pycountry

    c = pycountry.countries.get(alpha_2=code.upper())
    if c is None:
        return code, None, code
    return c.name, int(c.numeric), c.alpha_3


def _fmt(v: int | None) -> str:
    return "?" if v is None else str(v)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def publisher(m: dict[str, Any]) -> str | None:
    """Who published a member document: the outlet, else the byline, else the URL's host."""
    if m.get("outlet"):
        return m["outlet"]
    if m.get("byline"):
        return m["byline"]
    if m.get("url"):
        host = urlsplit(m["url"]).hostname
        return host.removeprefix("www.") if host else None
    return None


def figures(inc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """low/best/high/certainty per exported kind; "arrested" merges detained claims by the
    store's own estimate rule, other kinds are the incident's estimates as stored."""
    from ..merge.estimates import estimate

    est = inc.get("estimates") or {}
    claims = inc.get("claims") or []
    out = {}
    for kind in FIGURE_KINDS:
        kinds = KIND_MERGE.get(kind, (kind,))
        if len(kinds) > 1 and claims and sum(k in est for k in kinds) > 1:
            e = estimate([c for c in claims if c.get("kind") in kinds])
        else:
            e = next((est[k] for k in kinds if k in est), {})
        out[kind] = {
            "low": e.get("low"),
            "best": e.get("best"),
            "high": e.get("high"),
            "certainty": e.get("best_certainty") if e.get("best") is not None else None,
        }
    return out


def row(inc: dict[str, Any]) -> dict[str, Any]:
    """One incident record (sitrep-incident/1) with native types, from a full incident."""
    name, numeric, alpha3 = _country(inc.get("country"))
    figs = figures(inc)
    flat = {f"{k}_{x}": figs[k][x] for k in FIGURE_KINDS for x in FIGURE_PARTS}
    killed = flat["killed_best"] if flat["killed_best"] is not None else flat["killed_low"]
    outlets: list[str] = []
    for m in sorted(inc.get("members", []), key=lambda m: m.get("published_at") or ""):
        o = publisher(m)
        if o and o not in outlets:
            outlets.append(o)
    claims = inc.get("claims", [])
    sources = list(dict.fromkeys(c["source"] for c in claims if c.get("source")))
    shown = "; ".join(
        f"{k} {_fmt(f['low'])}/{_fmt(f['best'])}/{_fmt(f['high'])}"
        + (f" ({f['certainty']})" if f["certainty"] else "")
        for k, f in figs.items()
        if any(f[x] is not None for x in ("low", "best", "high"))
    )
    n_docs = inc.get("n_documents") or 0
    notes = (
        f"{inc.get('sub_event_type') or inc.get('event_type') or 'Incident'} in "
        f"{inc.get('location') or name or 'unknown place'}"
        f"{' on ' + inc['event_date'] if inc.get('event_date') else ''}. "
        f"{_plural(n_docs, 'report')} ({', '.join(inc.get('languages', []))})."
        + (f" Figures low/best/high (certainty of best): {shown}." if shown else "")
    )
    evidence = [f"{c['doc_id']}:{c['span'][0]}-{c['span'][1]}" for c in claims]
    for m in inc.get("members", []):
        evidence += [f"{m['doc_id']}:{s}-{e}" for s, e in m.get("evidence", [])]
    ts = inc.get("updated_at")
    out = {
        "event_id_cnty": f"{alpha3 or 'XXX'}{inc['id']}",
        "event_date": _date(inc.get("event_date")),
        "year": int(inc["event_date"][:4]) if inc.get("event_date") else None,
        "time_precision": TIME_PRECISION.get(inc.get("date_precision") or ""),
        "event_type": inc.get("event_type"),
        "sub_event_type": inc.get("sub_event_type"),
        "actor1": inc.get("actor1"),
        "actor2": inc.get("actor2"),
        "iso": numeric,
        "country": name,
        "admin1": inc.get("admin1"),
        "location": inc.get("location"),
        "latitude": inc.get("lat"),
        "longitude": inc.get("lon"),
        "geo_precision": GEO_PRECISION.get(inc.get("geo_precision") or "")
        if inc.get("location")
        else None,
        "source": "; ".join(outlets),
        "notes": notes,
        "fatalities": killed if killed is not None else 0,
        "tags": list(inc.get("tags", [])),
        "timestamp": int(datetime.fromisoformat(ts.replace("Z", "+00:00")).timestamp())
        if ts
        else None,
        "incident_id": inc["id"],
        "country_code": inc.get("country"),
        "geonameid": inc.get("geonameid"),
        "date_precision": inc.get("date_precision"),
        "date_start": _date(inc.get("date_start")),
        "date_end": _date(inc.get("date_end")),
        "event_types": list(inc.get("event_types", [])),
        "sub_event_types": list(inc.get("sub_event_types", [])),
        **flat,
        "sources": sources,
        "languages": list(inc.get("languages", [])),
        "n_documents": inc.get("n_documents"),
        "documents": list(inc.get("documents", [])),
        "evidence": list(dict.fromkeys(evidence)),
        "campaign": (inc.get("campaign") or {}).get("id"),  # merge/campaigns.py
    }
    return {k: out[k] for k in COLUMNS}


def _date(v: Any) -> date | None:
    if not v:
        return None
    if isinstance(v, date):
        return v
    try:
        return date.fromisoformat(str(v)[:10])
    except ValueError:
        return None


def json_row(r: dict[str, Any]) -> dict[str, Any]:
    """A record for JSON (JSON Lines, GeoJSON): dates as ISO strings."""
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in r.items()}


def csv_row(r: dict[str, Any]) -> dict[str, Any]:
    """A record for CSV: lists joined with "; ", None as empty."""
    out = {}
    for k, v in r.items():
        if isinstance(v, list):
            v = "; ".join(map(str, v))
        elif isinstance(v, date):
            v = v.isoformat()
        out[k] = "" if v is None else v
    return out


def incidents(store, **filters: Any) -> Iterator[dict[str, Any]]:
    """Full incidents (members, estimates, timeline), filtered as `incidents list` filters."""
    bylines: dict[str, str | None] = {}
    for inc in store.incidents(**filters):
        full = store.incident(inc["id"])
        if full is None:
            continue
        for m in full.get("members", []):
            if not m.get("outlet") and "byline" not in m:  # the byline is the next best name
                if m["doc_id"] not in bylines:
                    bylines[m["doc_id"]] = (store.document(m["doc_id"]) or {}).get("byline")
                m["byline"] = bylines[m["doc_id"]]
        yield full


def csv_chunks(records: Iterator[dict[str, Any]], size: int = 64 * 1024) -> Iterator[str]:
    """CSV text in pieces of about `size` characters (the web API streams them)."""
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=COLUMNS, extrasaction="ignore")
    w.writeheader()
    for inc in records:
        w.writerow(csv_row(row(inc)))
        if buf.tell() > size:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


def jsonl_chunks(records: Iterator[dict[str, Any]]) -> Iterator[str]:
    for inc in records:
        yield json.dumps(json_row(row(inc)), ensure_ascii=False) + "\n"


def geojson_chunks(records: Iterator[dict[str, Any]]) -> Iterator[str]:
    """A FeatureCollection: Points where the place is known, null geometry otherwise."""
    yield f'{{"type":"FeatureCollection","schema":"{SCHEMA}","features":['
    first = True
    for inc in records:
        props = json_row(row(inc))
        geom = None
        if props["latitude"] is not None and props["longitude"] is not None:
            geom = {"type": "Point", "coordinates": [props["longitude"], props["latitude"]]}
        feat = {"type": "Feature", "id": inc["id"], "geometry": geom, "properties": props}
        yield ("" if first else ",") + json.dumps(feat, ensure_ascii=False)
        first = False
    yield "]}\n"


def _counted(records: Iterator[dict[str, Any]], n: list[int]) -> Iterator[dict[str, Any]]:
    for r in records:
        n[0] += 1
        yield r


def _write_chunks(chunks_of, records: Iterator[dict[str, Any]], fh) -> int:
    n = [0]
    for chunk in chunks_of(_counted(records, n)):
        fh.write(chunk)
    return n[0]


def to_csv(records: Iterator[dict[str, Any]], fh) -> int:
    return _write_chunks(csv_chunks, records, fh)


def to_jsonl(records: Iterator[dict[str, Any]], fh) -> int:
    return _write_chunks(jsonl_chunks, records, fh)


def to_geojson(records: Iterator[dict[str, Any]], fh) -> int:
    return _write_chunks(geojson_chunks, records, fh)


def arrow_schema():
    """The Parquet (Arrow) schema: ints, doubles, dates, lists of strings, strings."""
    import pyarrow as pa

    types = {"int": pa.int64(), "float": pa.float64(), "date": pa.date32(),
             "list": pa.list_(pa.string()), "str": pa.string()}  # fmt: skip
    return pa.schema([(n, types[t]) for n, t in FIELDS], metadata={"schema": SCHEMA})


def to_parquet(records: Iterator[dict[str, Any]], path: str | Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [row(inc) for inc in records]
    table = pa.Table.from_pylist(rows, schema=arrow_schema())
    pq.write_table(table, str(path))
    return len(rows)


def write(store, fmt: str, output: str | Path | None = None, **filters: Any) -> int:
    """Export the store's incidents in `fmt` to `output` (stdout when None); returns the count."""
    records = incidents(store, **filters)
    if fmt == "parquet":
        if output is None:
            raise ValueError("parquet needs an output file")
        return to_parquet(records, output)
    writer = {"csv": to_csv, "jsonl": to_jsonl, "geojson": to_geojson}.get(fmt)
    if writer is None:
        raise ValueError(f"unknown export format {fmt!r}: csv, geojson, jsonl or parquet")
    if output is None:
        buf = io.StringIO()
        n = writer(records, buf)
        sys.stdout.write(buf.getvalue())
        return n
    with open(output, "w", encoding="utf-8", newline="") as fh:
        return writer(records, fh)


FORMATS = ("csv", "geojson", "jsonl", "parquet")


def json_schema() -> dict[str, Any]:
    """The JSON Schema of one incident record as JSON Lines / GeoJSON carry it (dates as
    ISO strings); shipped as sitrep/schema/sitrep-incident-1.schema.json."""
    types = {
        "int": {"type": ["integer", "null"]},
        "float": {"type": ["number", "null"]},
        "str": {"type": ["string", "null"]},
        "date": {"type": ["string", "null"], "format": "date"},
        "list": {"type": "array", "items": {"type": "string"}},
    }
    props = {n: dict(types[t]) for n, t in FIELDS}
    for kind in FIGURE_KINDS:
        props[f"{kind}_certainty"]["enum"] = ["confirmed", "reported", "unconfirmed", None]
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://sitrep.invalid/schema/sitrep-incident-1.schema.json",
        "title": SCHEMA,
        "description": "One incident as sitrep exports it (CSV, GeoJSON properties, JSON "
        "Lines, Parquet): ACLED-named fields plus low/best/high and the certainty of best "
        "per claim kind. CSV joins lists with '; '.",
        "type": "object",
        "required": list(COLUMNS),
        "additionalProperties": False,
        "properties": props,
    }


__all__ = [
    "COLUMNS", "FIELDS", "FORMATS", "SCHEMA", "row", "incidents", "to_csv", "to_jsonl",
    "to_geojson", "to_parquet", "write", "csv_chunks", "json_schema", "jsonl_chunks", "geojson_chunks",
]  # fmt: skip
