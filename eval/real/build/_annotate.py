"""Annotation helpers every batch shares: surface strings in, offsets and gold records out.

A batch writes its texts literally and its annotations as surface strings (with an
occurrence index where a string repeats); these helpers find every offset, check that the
annotation agrees with the text, and write the batch's JSON Lines. One copy, so that a fix
to how an offset is found reaches every batch.
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
PARTS = ROOT / "eval" / "real" / "parts"


def _pattern(s: str) -> re.Pattern[str]:
    left = r"(?<!\w)" if s[0].isalnum() else ""
    right = r"(?!\w)" if s[-1].isalnum() else ""
    return re.compile(left + re.escape(s) + right)


def all_spans(text: str, s: str) -> list[tuple[int, int]]:
    return [m.span() for m in _pattern(s).finditer(text)]


def find(text: str, s: str, occ: int = 0) -> tuple[int, int]:
    """(start, end) of the occ-th whole-word occurrence of s in text."""
    hits = all_spans(text, s)
    if occ >= len(hits):
        raise ValueError(f"{s!r}: occurrence {occ} not found ({len(hits)} hits)")
    return hits[occ]


def C(kind, value, qualifier, ev, *, cert="reported", src=None, scope="event", perp=None,
      ak=None, ac=None, aq=None):
    """A claim: ev = surface or (surface, occ); src = None (author) or (name, surface[, occ]);
    ak / ac / aq = the other kinds, certainties and qualifiers the gold also accepts."""
    return dict(kind=kind, value=value, qualifier=qualifier, ev=ev, cert=cert, src=src,
                scope=scope, perp=perp, ak=ak, ac=ac, aq=aq)


def B(kind, value, qualifier, ev, **kw):
    """A background claim."""
    return C(kind, value, qualifier, ev, scope="background", **kw)


def E(surface, label, norm, occ=None, **extra):
    """An entity: every whole-word occurrence of surface (or only those in occ)."""
    return dict(surface=surface, label=label, norm=norm, occ=occ, extra=extra)


def NOT(surface, occ=None):
    """A span that is not an entity (a country in an award or campaign title): it hides
    the shorter names inside it."""
    return E(surface, None, None, occ)


def _pair(x):
    return (x, 0) if isinstance(x, str) else x


def build_claim(text: str, c: dict) -> dict:
    low, high = bounds(c["qualifier"], c["value"])
    ev = find(text, *_pair(c["ev"]))
    out = {"kind": c["kind"], "value": c["value"], "qualifier": c["qualifier"],
           "low": low, "high": high, "certainty": c["cert"]}
    if c["src"] is None:
        out["source"] = "author"
    else:
        name, surface, *occ = c["src"]
        out["source"] = name
        out["source_span"] = list(find(text, surface, occ[0] if occ else 0))
    if c["perp"]:
        out["perpetrator"] = c["perp"]
    out["evidence"] = list(ev)
    out["scope"] = c["scope"]
    if c["ak"]:
        out["accept_kinds"] = c["ak"]
    if c["aq"]:
        out["accept_qualifiers"] = c["aq"]
    if c["ac"]:
        out["accept_certainties"] = c["ac"]
    out["_start"] = ev[0]
    return out


def build_entities(text: str, specs: list[dict]) -> list[dict]:
    """Every occurrence of every spec; inside a longer name the longest wins, and a partial
    overlap is an annotation error."""
    cands = []
    for sp in specs:
        spans = all_spans(text, sp["surface"])
        if not spans:
            raise ValueError(f"entity {sp['surface']!r} not in text")
        if sp["occ"] is not None:
            spans = [spans[i] for i in sp["occ"]]
        for s, e in spans:
            cands.append((s, e, sp))
    cands.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    kept: list[tuple[int, int, dict]] = []
    for s, e, sp in cands:
        if kept and s < kept[-1][1]:
            ks, ke, _ = kept[-1]
            if e <= ke:  # inside a longer name: the longest name wins
                continue
            raise ValueError(f"partial overlap {text[ks:ke]!r} / {text[s:e]!r}")
        kept.append((s, e, sp))
    out = []
    for s, e, sp in kept:
        if sp["label"] is None:  # NOT(): a title, not an entity
            continue
        d = {"start": s, "end": e, "label": sp["label"], "text": text[s:e], "norm": sp["norm"]}
        d.update(sp["extra"])
        out.append(d)
    return out


def build(doc: dict) -> dict:
    """One gold record from a batch's doc dict; every cross-reference is checked."""
    text = doc["text"]
    claims = [build_claim(text, c) for c in doc["claims"]]
    order = sorted(range(len(claims)), key=lambda i: claims[i]["_start"])
    if order != list(range(len(claims))):
        raise ValueError(f"{doc['id']}: claims not in text order: {order}")
    for c in claims:
        del c["_start"]
    g = {"event_date": doc["event_date"], "country": doc.get("country", "UA")}
    if doc.get("admin1"):
        g["admin1"] = doc["admin1"]
    g.update(doc.get("place", {}))
    g.update({
        "geo_precision": doc.get("geo_precision", "place"),
        "event_types": doc["types"],
        "sub_event_types": doc["subs"],
        "tags": doc.get("tags", []),
    })
    for kind, idx in doc.get("figures", {}).items():
        c = claims[idx]
        if c["scope"] != "event":
            raise ValueError(f"{doc['id']}: headline {kind} from a non-event claim")
        g[kind] = {"low": c["low"], "high": c["high"], "qualifier": c["qualifier"]}
    g["claims"] = claims
    for m in (a for actor in doc["actors"] for a in actor["mentions"]):
        if not all_spans(text, m):
            raise ValueError(f"{doc['id']}: actor mention {m!r} not in text")
    g["actors"] = doc["actors"]
    g["entities"] = build_entities(text, doc["entities"])
    per = {e["text"] for e in g["entities"] if e["label"] == "PER"}
    for group in doc.get("persons_same", []):
        for s in group:
            if s not in per:
                raise ValueError(f"{doc['id']}: persons_same {s!r} is not a PER entity")
    g["persons_same"] = doc.get("persons_same", [])
    g["quality_flags"] = []
    g["incident"] = doc["incident"]
    rec = {"id": doc["id"], "lang": doc["lang"], "published": doc["published"]}
    if doc.get("published_note"):
        rec["published_note"] = doc["published_note"]
    rec.update({
        "retrieved": RETRIEVED,
        "url": doc["url"],
        "licence": doc["licence"],
        "outlet": doc["outlet"],
        "source": f"{doc['outlet']}, {doc['url']}",
    })
    if doc.get("collection"):
        rec["collection"] = doc["collection"]
    rec.update({"truncated": doc.get("truncated", False), "text": text, "gold": g})
    return rec


def write(batch: str, docs: list[dict]) -> None:
    """Build every doc of a batch and write eval/real/parts/<batch>.jsonl."""
    recs = [build(d) for d in docs]
    out = PARTS / f"{batch}.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} reports to {out}")
