"""export: incidents as ACLED-like CSV, GeoJSON, JSON Lines or Parquet.

Flat columns use ACLED's names where one exists (event_date, event_type,
sub_event_type, actor1, actor2, country, admin1, location, latitude,
longitude, geo_precision, time_precision, fatalities, notes, source ...) and
add sitrep's low/best/high per figure, languages, documents and evidence.
JSON Lines carries each incident in full (members, estimates, timeline).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterator
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

COLUMNS = (
    # ACLED names
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "iso", "country", "admin1", "location", "latitude", "longitude",
    "geo_precision", "source", "notes", "fatalities", "tags", "timestamp",
    # sitrep
    "incident_id", "country_code", "date_start", "date_end", "event_types", "sub_event_types",
    "killed_low", "killed_best", "killed_high", "injured_low", "injured_best", "injured_high",
    "participants_low", "participants_best", "participants_high", "arrested_low",
    "arrested_best", "arrested_high", "languages", "n_documents", "documents", "evidence",
)  # fmt: skip
INT_COLUMNS = {
    "year", "time_precision", "iso", "geo_precision", "fatalities", "timestamp", "incident_id",
    "n_documents", *(f"{k}_{x}" for k in ("killed", "injured", "participants", "arrested")
                     for x in ("low", "best", "high")),
}  # fmt: skip
FLOAT_COLUMNS = {"latitude", "longitude"}

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


def row(inc: dict[str, Any]) -> dict[str, Any]:
    """One flat ACLED-like row from a full incident (as `Store.incident` returns it)."""
    name, numeric, alpha3 = _country(inc.get("country"))
    est = inc.get("estimates") or {}
    fig = {
        f"{k}_{x}": (est.get(k) or {}).get(x)
        for k in ("killed", "injured", "participants", "arrested")
        for x in ("low", "best", "high")
    }
    killed = fig["killed_best"] if fig["killed_best"] is not None else fig["killed_low"]
    outlets: list[str] = []
    for m in sorted(inc.get("members", []), key=lambda m: m.get("published_at") or ""):
        o = m.get("outlet") or m.get("url") or m.get("doc_id")
        if o and o not in outlets:
            outlets.append(o)
    figures = "; ".join(
        f"{k} {_fmt(e.get('low'))}/{_fmt(e.get('best'))}/{_fmt(e.get('high'))}"
        for k, e in est.items()
    )
    notes = (
        f"{inc.get('sub_event_type') or inc.get('event_type') or 'Incident'} in "
        f"{inc.get('location') or name or 'unknown place'}"
        f"{' on ' + inc['event_date'] if inc.get('event_date') else ''}. "
        f"{inc.get('n_documents', 0)} reports ({', '.join(inc.get('languages', []))})."
        + (f" Figures low/best/high: {figures}." if figures else "")
    )
    evidence = [f"{c['doc_id']}:{c['span'][0]}-{c['span'][1]}" for c in inc.get("claims", [])]
    for m in inc.get("members", []):
        evidence += [f"{m['doc_id']}:{s}-{e}" for s, e in m.get("evidence", [])]
    ts = inc.get("updated_at")
    out = {
        "event_id_cnty": f"{alpha3 or 'XXX'}{inc['id']}",
        "event_date": inc.get("event_date"),
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
        "tags": "; ".join(inc.get("tags", [])),
        "timestamp": int(datetime.fromisoformat(ts.replace("Z", "+00:00")).timestamp())
        if ts
        else None,
        "incident_id": inc["id"],
        "country_code": inc.get("country"),
        "date_start": inc.get("date_start"),
        "date_end": inc.get("date_end"),
        "event_types": "; ".join(inc.get("event_types", [])),
        "sub_event_types": "; ".join(inc.get("sub_event_types", [])),
        **fig,
        "languages": "; ".join(inc.get("languages", [])),
        "n_documents": inc.get("n_documents"),
        "documents": "; ".join(inc.get("documents", [])),
        "evidence": "; ".join(dict.fromkeys(evidence)),
    }
    return {k: out[k] for k in COLUMNS}


def incidents(store, **filters: Any) -> Iterator[dict[str, Any]]:
    """Full incidents (members, estimates, timeline), filtered as `incidents list` filters."""
    for inc in store.incidents(**filters):
        full = store.incident(inc["id"])
        if full is not None:
            yield full


def to_csv(records: Iterator[dict[str, Any]], fh) -> int:
    w = csv.DictWriter(fh, fieldnames=COLUMNS, extrasaction="ignore")
    w.writeheader()
    n = 0
    for inc in records:
        w.writerow({k: ("" if v is None else v) for k, v in row(inc).items()})
        n += 1
    return n


def to_jsonl(records: Iterator[dict[str, Any]], fh) -> int:
    n = 0
    for inc in records:
        fh.write(json.dumps({"schema": "sitrep/1", **inc}, ensure_ascii=False) + "\n")
        n += 1
    return n


def to_geojson(records: Iterator[dict[str, Any]], fh) -> int:
    """A FeatureCollection: Points where the place is known, null geometry otherwise."""
    features = []
    for inc in records:
        props = row(inc)
        geom = None
        if props["latitude"] is not None and props["longitude"] is not None:
            geom = {"type": "Point", "coordinates": [props["longitude"], props["latitude"]]}
        features.append({"type": "Feature", "id": inc["id"], "geometry": geom, "properties": props})
    json.dump({"type": "FeatureCollection", "features": features}, fh, ensure_ascii=False)
    fh.write("\n")
    return len(features)


def to_parquet(records: Iterator[dict[str, Any]], path: str | Path) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [row(inc) for inc in records]

    def typ(col: str):
        if col in INT_COLUMNS:
            return pa.int64()
        if col in FLOAT_COLUMNS:
            return pa.float64()
        return pa.string()

    schema = pa.schema([(c, typ(c)) for c in COLUMNS])
    table = pa.Table.from_pylist(rows, schema=schema)
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


__all__ = ["COLUMNS", "row", "incidents", "to_csv", "to_jsonl", "to_geojson", "to_parquet", "write"]
