"""Gold files: read JSON Lines, validate each document, keep what is usable.

A gold file is written by hand, so mistakes are expected: every problem becomes a
warning naming file, line and field, and only the broken part is dropped (a bad
claim, a bad date), never the whole file.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any, get_args

from ..resources import load_yaml
from ..schema.models import Certainty, ClaimKind, Qualifier

LABELS = ("PER", "LOC", "ORG")
CLAIM_KINDS: frozenset[str] = frozenset(get_args(ClaimKind))
QUALIFIERS: frozenset[str] = frozenset(get_args(Qualifier))
CERTAINTIES: frozenset[str] = frozenset(get_args(Certainty))
FIGURES = ("killed", "injured", "participants", "arrested")
SET_FIELDS = ("event_types", "sub_event_types", "tags")

# ACLED event types -> sub-event types (ACLED codebook, resources/common/acled.yaml, the copy
# the events stage codes into); gold values outside it are typos.
ACLED: dict[str, tuple[str, ...]] = {
    t: tuple(subs) for t, subs in load_yaml("common", "acled").items()
}
EVENT_TYPES = frozenset(t.casefold() for t in ACLED)
SUB_EVENT_TYPES = frozenset(s.casefold() for subs in ACLED.values() for s in subs)

# gold fields that are understood (scored or carried along); others get a warning
KNOWN_FIELDS = frozenset(
    {
        "event_date",
        "country",
        "admin1",
        "location",
        "geonameid",
        "lat",
        "lon",
        "claims",
        "actors",
        "entities",
        "persons_same",
        "quality_flags",
        "incident",
        "geo_precision",
        *FIGURES,
        *SET_FIELDS,
    }
)
SCOPES = frozenset({"event", "background"})
GEO_PRECISIONS = frozenset({"place", "district", "region", "country"})
_DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_COUNTRY_RE = re.compile(r"^[A-Za-z]{2}$")


class GoldFileError(Exception):
    """A gold file cannot be read at all (missing, a directory, not UTF-8 ...)."""


@dataclass
class GoldDoc:
    id: str
    text: str
    gold: dict[str, Any]
    file: str
    line: int
    lang: str | None = None
    published: str | None = None
    # the publication's clock time with its date ("2022-05-05T00:29"), when the gold gives one
    published_at: str | None = None
    source: str | None = None
    content_type: str | None = None
    convention: str | None = None  # the corpus's span convention (eval/conventions.py)


@dataclass
class GoldSet:
    docs: list[GoldDoc] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class _Warn:
    """Collects 'file:line: field: message' warnings for one document."""

    def __init__(self, file: str, line: int, out: list[str]) -> None:
        self.file, self.line, self.out = file, line, out

    def __call__(self, fld: str, msg: str) -> None:
        self.out.append(f"{self.file}:{self.line}: {fld}: {msg}")


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_num(v: Any) -> bool:
    return isinstance(v, int | float) and not isinstance(v, bool)


def valid_date(s: Any) -> bool:
    """YYYY, YYYY-MM or a real calendar day YYYY-MM-DD."""
    if not isinstance(s, str) or not _DATE_RE.match(s):
        return False
    if len(s) == 10:
        try:
            date.fromisoformat(s)
        except ValueError:
            return False
    elif len(s) == 7 and not 1 <= int(s[5:7]) <= 12:
        return False
    return True


def _span_problem(sp: Any, n: int) -> str | None:
    if not (isinstance(sp, list | tuple) and len(sp) == 2 and all(_is_int(x) for x in sp)):
        return f"expected [start, end] integers, got {sp!r}"
    s, e = sp
    if not 0 <= s < e <= n:
        return f"span [{s}, {e}) out of range for a text of {n} characters"
    return None


def _bounds_problem(obj: dict, where: str) -> str | None:
    for k in ("low", "high"):
        if obj.get(k) is not None and not _is_int(obj[k]):
            return f"{where}.{k}: expected an integer or null, got {obj[k]!r}"
    lo, hi = obj.get("low"), obj.get("high")
    if lo is not None and hi is not None and lo > hi:
        return f"{where}: low {lo} > high {hi}"
    q = obj.get("qualifier")
    if not _member(q, QUALIFIERS):
        return (
            f"{where}.qualifier: unknown qualifier {q!r} (known: {', '.join(sorted(QUALIFIERS))})"
        )
    acc = obj.get("accept_qualifiers") or []
    if not isinstance(acc, list):
        return f"{where}.accept_qualifiers: expected a list, got {acc!r}"
    for q in acc:
        if not _member(q, QUALIFIERS):
            return f"{where}.accept_qualifiers: unknown qualifier {q!r}"
    return None


def _check_entity(e: Any, i: int, text: str, warn: _Warn) -> dict | None:
    where = f"entities[{i}]"
    if not isinstance(e, dict):
        warn(where, "expected an object; entity dropped")
        return None
    if e.get("label") not in LABELS:
        warn(f"{where}.label", f"unknown label {e.get('label')!r} (known: PER, LOC, ORG); dropped")
        return None
    prob = _span_problem([e.get("start"), e.get("end")], len(text))
    if prob:
        warn(f"{where}.start/end", f"{prob}; entity dropped")
        return None
    got = text[e["start"] : e["end"]]
    if "text" in e and e["text"] != got:
        warn(
            f"{where}.text", f"{e['text']!r} does not match the text at the span ({got!r}); dropped"
        )
        return None
    return {**e, "text": got}


def _member(x: Any, allowed) -> bool:
    """`x in allowed` that is simply False for lists, objects and other unhashable values."""
    return isinstance(x, str) and x in allowed


def _str_list(c: dict, key: str, where: str, problems: list[str]) -> list:
    v = c.get(key) or []
    if not isinstance(v, list):
        problems.append(f"{where}.{key}: expected a list, got {v!r}")
        return []
    return v


def _check_claim(c: Any, i: int, text: str, warn: _Warn) -> dict | None:
    where = f"claims[{i}]"
    if not isinstance(c, dict):
        warn(where, "expected an object; claim dropped")
        return None
    problems: list[str] = []
    if not _member(c.get("kind"), CLAIM_KINDS):
        problems.append(f"{where}.kind: unknown kind {c.get('kind')!r}")
    for k in _str_list(c, "accept_kinds", where, problems):
        if not _member(k, CLAIM_KINDS):
            problems.append(f"{where}.accept_kinds: unknown kind {k!r}")
    b = _bounds_problem(c, where)
    if b:
        problems.append(b)
    v = c.get("value")
    if v is not None and not _is_int(v):
        if not (isinstance(v, list) and len(v) == 2 and all(_is_int(x) for x in v)):
            problems.append(f"{where}.value: expected an integer, [low, high] or null, got {v!r}")
    cert = c.get("certainty", "reported")
    if not _member(cert, CERTAINTIES):
        problems.append(f"{where}.certainty: unknown certainty {cert!r}")
    for k in _str_list(c, "accept_certainties", where, problems):
        if not _member(k, CERTAINTIES):
            problems.append(f"{where}.accept_certainties: unknown certainty {k!r}")
    src = c.get("source", "author")
    if not isinstance(src, str) or not src.strip():
        problems.append(f"{where}.source: expected a non-empty string, got {src!r}")
    if "scope" in c and not _member(c["scope"], SCOPES):
        problems.append(f"{where}.scope: expected 'event' or 'background', got {c['scope']!r}")
    for k in ("evidence", "source_span"):
        if c.get(k) is not None:
            p = _span_problem(c[k], len(text))
            if p:
                problems.append(f"{where}.{k}: {p}")
    if problems:
        for p in problems:
            fld, _, msg = p.partition(": ")
            warn(fld, msg + "; claim dropped")
        return None
    return {**c, "certainty": cert, "source": src}


def _check_gold(g: dict, text: str, warn: _Warn) -> dict:
    """A cleaned copy of `g` without the fields (or items) that are broken."""
    out: dict[str, Any] = {}
    for k, v in g.items():
        if k not in KNOWN_FIELDS:
            warn(k, "unknown gold field; not scored")
            continue
        if k == "entities":
            if not isinstance(v, list):
                warn(k, "expected a list; not scored")
                continue
            ents = [_check_entity(e, i, text, warn) for i, e in enumerate(v)]
            out[k] = [e for e in ents if e is not None]
        elif k == "claims":
            if not isinstance(v, list):
                warn(k, "expected a list; not scored")
                continue
            claims = [_check_claim(c, i, text, warn) for i, c in enumerate(v)]
            out[k] = [c for c in claims if c is not None]
        elif k in FIGURES:
            if v is None:
                continue
            prob = "expected an object" if not isinstance(v, dict) else _bounds_problem(v, k)
            if prob:
                fld, _, msg = prob.partition(": ")
                warn(fld if msg else k, (msg or prob) + "; not scored")
                continue
            out[k] = v
        elif k == "event_date":
            if v is None:
                continue
            if not valid_date(v):
                warn(k, f"bad date {v!r}: expected YYYY-MM-DD (or YYYY-MM, YYYY); not scored")
                continue
            out[k] = v
        elif k == "country":
            if v is None:
                continue
            if not isinstance(v, str) or not _COUNTRY_RE.match(v):
                warn(k, f"expected an ISO 3166-1 alpha-2 code, got {v!r}; not scored")
                continue
            out[k] = v.upper()
        elif k in ("lat", "lon"):
            lim = 90 if k == "lat" else 180
            if v is None:
                continue
            if not _is_num(v) or not -lim <= v <= lim:
                warn(k, f"expected a number in [-{lim}, {lim}], got {v!r}; not scored")
                continue
            out[k] = float(v)
        elif k == "geonameid":
            if v is None:
                continue
            if not _is_int(v) or v <= 0:
                warn(k, f"expected a positive integer, got {v!r}; not scored")
                continue
            out[k] = v
        elif k in SET_FIELDS:
            if not isinstance(v, list) or not all(isinstance(x, str) for x in v):
                warn(k, "expected a list of strings; not scored")
                continue
            known = {"event_types": EVENT_TYPES, "sub_event_types": SUB_EVENT_TYPES}.get(k)
            keep = []
            for x in v:
                if known is not None and x.casefold() not in known:
                    warn(k, f"unknown ACLED value {x!r}; dropped")
                else:
                    keep.append(x)
            out[k] = keep
        elif k == "incident":
            if not isinstance(v, str) or not v.strip():
                warn(k, f"expected a non-empty incident id, got {v!r}; not scored")
                continue
            out[k] = v
        elif k == "geo_precision":
            if not _member(v, GEO_PRECISIONS):
                allowed = ", ".join(sorted(GEO_PRECISIONS))
                warn(k, f"expected one of {allowed}, got {v!r}; not scored")
                continue
            out[k] = v
        elif k == "persons_same":
            ok = isinstance(v, list) and all(
                isinstance(p, list) and len(p) >= 2 and all(isinstance(x, str) for x in p)
                for p in v
            )
            if not ok:
                warn(k, "expected a list of groups of two or more names; not scored")
                continue
            # a group of spellings [a, b, c] is scored as its pairs (a, b), (a, c), (b, c)
            out[k] = [list(pair) for group in v for pair in combinations(group, 2)]
        else:
            out[k] = v
    if ("lat" in out) != ("lon" in out):
        warn("lat/lon", "only one of lat and lon is usable; coordinates not scored")
        out.pop("lat", None)
        out.pop("lon", None)
    return out


def parse_line(raw: str, file: str, line: int, warnings: list[str]) -> GoldDoc | None:
    """One gold line to a GoldDoc, or None (with a warning) when it cannot be scored."""
    warn = _Warn(file, line, warnings)
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as e:
        warn("json", f"malformed JSON ({e.msg} at column {e.colno}); line skipped")
        return None
    if not isinstance(obj, dict):
        warn("json", "expected a JSON object; line skipped")
        return None
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        warn("text", "missing or empty text; document skipped")
        return None
    doc_id = obj.get("id")
    if not isinstance(doc_id, str | int) or isinstance(doc_id, bool) or str(doc_id) == "":
        doc_id = f"{Path(file).name}:{line}"
        warn("id", f"missing id; using {doc_id!r}")
    lang = obj.get("lang")
    if lang is not None and not isinstance(lang, str):
        warn("lang", f"expected a language code, got {lang!r}; ignored")
        lang = None
    published = obj.get("published")
    published_at = str(published) if published is not None and len(str(published)) > 10 else None
    if published is not None:
        day = str(published)[:10]
        if len(day) != 10 or not valid_date(day):
            warn("published", f"bad date {published!r}: expected YYYY-MM-DD; ignored")
            day = None
        published = day
    gold = obj.get("gold")
    if not isinstance(gold, dict):
        warn("gold", "missing or not an object; document skipped")
        return None
    clean = _check_gold(gold, text, warn)
    if not clean:
        warn("gold", "no usable field to score; document skipped")
        return None
    source = obj.get("source") if isinstance(obj.get("source"), str) else None
    ctype = obj.get("content_type")
    if ctype not in (None, "text", "markdown", "html"):
        warn("content_type", f"unknown content type {ctype!r}; guessing")
        ctype = None
    return GoldDoc(
        id=str(doc_id),
        text=text,
        gold=clean,
        file=file,
        line=line,
        lang=lang,
        published=published,
        published_at=published_at if published else None,
        source=source,
        content_type=ctype,
        convention=obj.get("convention") if isinstance(obj.get("convention"), str) else None,
    )


def load_gold(path: str | Path, warnings: list[str] | None = None) -> GoldSet:
    """Read and validate one gold file; raise GoldFileError only if it cannot be read at all."""
    p = Path(path)
    out = GoldSet(warnings=warnings if warnings is not None else [])
    if not p.exists():
        raise GoldFileError(f"{p}: no such file")
    if p.is_dir():
        raise GoldFileError(f"{p}: is a directory, expected a JSON Lines gold file")
    try:
        raw = p.read_bytes()
    except OSError as e:
        raise GoldFileError(f"{p}: cannot read: {e.strerror or e}") from None
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise GoldFileError(f"{p}: not UTF-8 text (byte {e.start})") from None
    seen: dict[str, int] = {}
    for no, ln in enumerate(content.splitlines(), 1):
        if not ln.strip():
            continue
        d = parse_line(ln, str(p), no, out.warnings)
        if d is None:
            continue
        if d.id in seen:
            out.warnings.append(
                f"{p}:{no}: id: duplicate id {d.id!r} (first on line {seen[d.id]}); scored twice"
            )
        else:
            seen[d.id] = no
        out.docs.append(d)
    return out
