"""Sources to ingest: files, directories, globs, JSON Lines and RSS/Atom feeds -> Items.

Nothing here raises on bad input: an unusable source becomes an Item with an
`error`, recorded as a failed document while the batch goes on. Feeds are read
from local files only (no network at run time) and checked with defusedxml
first, so an entity bomb or external entity is rejected before feedparser
sees it.
"""

from __future__ import annotations

import glob
import hashlib
import html
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from ..ingest import InputError, load_bytes, max_bytes
from ..ingest.limits import cut_text, json_depth_over, max_depth, max_text_chars
from ..ingest.scrub import scrub
from ..schema.models import QualityFlag

TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".xhtml", ".text"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEED_SUFFIXES = {".rss", ".atom", ".xml", ".feed"}
MAX_LINE: int | None = None  # a fixed record limit (tests); None: SITREP_MAX_INPUT_BYTES
# files found in a directory that are about the reports, not reports
NON_REPORT_STEMS = {
    "readme", "license", "licence", "copying", "notice", "changelog", "changes", "contributing",
    "authors", "index", "todo", "makefile", "published", "sources", "manifest",
}  # fmt: skip
SIDECAR_NAMES = ("published.tsv", "published.csv", "published.json")
SIDECAR_FIELDS = ("published", "url", "outlet", "title", "lang")


@dataclass
class Item:
    """One document to ingest (or the error that made it unusable)."""

    source: str
    text: str | None = None
    raw_hash: str = ""
    content_type: str = "text"
    published: str | None = None
    lang: str | None = None
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    error: str | None = None
    flags: list[QualityFlag] = field(default_factory=list)
    stage: str | None = None  # where it failed: read | parse | validate | extract | store
    position: str | None = None  # where it was read: a path, path:line, feed#entry

    def fail(self, stage: str, error: str) -> Item:
        """Mark the item unusable at `stage` (it becomes a failure record, the batch goes on)."""
        self.stage, self.error = stage, error
        return self

    @property
    def failed_id(self) -> str:
        """Stable id of the failure record (never equal to a content hash of a good text)."""
        key = f"failed\0{self.raw_hash or self.source}\0{self.error}"
        return hashlib.sha256(key.encode("utf-8", "replace")).hexdigest()[:16]


def sha(data: bytes | str) -> str:
    if isinstance(data, str):
        data = data.encode("utf-8", "surrogatepass")
    return hashlib.sha256(data).hexdigest()


def _kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in FEED_SUFFIXES:
        return "feed"
    return "file"


def non_report(name: str) -> str | None:
    """Why a file found in a directory is not a report (README, LICENSE, a sidecar), or None."""
    if name.startswith("."):
        return "hidden file"
    if name.lower() in SIDECAR_NAMES:
        return "publication-date sidecar"
    stem = name.lower().split(".", 1)[0]
    if stem in NON_REPORT_STEMS:
        return "not a report (README, LICENSE and the like)"
    return None


def expand(paths: list[str], skipped: list[tuple[str, str]] | None = None) -> list[tuple[str, str]]:
    """(kind, path) for every file named, found in a directory or matched by a glob.

    kind is jsonl / feed / file, "url" for a URL (not fetched), or "missing" for a path
    that names nothing. Files in a directory that are not reports go to `skipped` as
    (path, why) instead; a file named explicitly is always read.
    """
    out: list[tuple[str, str]] = []
    seen: set[str] = set()

    def add(kind: str, p: str) -> None:
        if p not in seen:
            seen.add(p)
            out.append((kind, p))

    for arg in paths:
        p = Path(arg)
        if arg.lower().startswith(("http://", "https://", "ftp://")):
            add("url", arg)
        elif p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    f = Path(root, name)
                    why = non_report(name)
                    if why is None and f.suffix.lower() not in (
                        TEXT_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES
                    ):
                        why = f"not a report format ({f.suffix or 'no suffix'})"
                    if why is not None:
                        if skipped is not None and not name.startswith("."):
                            skipped.append((str(f), why))
                        continue
                    add(_kind(f), str(f))
        elif p.exists():
            add(_kind(p), str(p))
        elif glob.has_magic(arg):
            matches = []
            for m in sorted(glob.glob(arg, recursive=True)):
                if not Path(m).is_file():
                    continue
                why = non_report(Path(m).name)
                if why is None:
                    matches.append(m)
                elif skipped is not None:
                    skipped.append((m, why))
            if not matches:
                add("missing", arg)
            for m in matches:
                add(_kind(Path(m)), m)
        else:
            add("missing", arg)
    return out


class SidecarError(ValueError):
    """A sidecar table cannot be read; the message names it."""


def read_sidecar(path: str | os.PathLike[str]) -> dict[str, dict[str, str]]:
    """Per-file metadata from a TSV / CSV / JSON table: file name -> {published, url, ...}.

    TSV/CSV: a header row naming the columns (path or file, published, url, outlet,
    title, lang), or no header and `file<TAB>published`. JSON: an object keyed by
    file name, or a list of objects with a "path"/"file" key. Keys are matched by the
    file's path relative to the sidecar's folder, else by its bare name.
    """
    import csv

    p = Path(path)
    try:
        raw = p.read_bytes()[: max_bytes() + 1].decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as e:
        raise SidecarError(
            f"{p}: cannot read the sidecar: {getattr(e, 'strerror', None) or e}"
        ) from None
    out: dict[str, dict[str, str]] = {}

    def put(key: object, rec: dict) -> None:
        if not isinstance(key, str) or not key.strip():
            return
        vals = {k: str(rec[k]).strip() for k in SIDECAR_FIELDS if rec.get(k) not in (None, "")}
        if vals:
            out[key.strip().replace("\\", "/")] = vals

    if p.suffix.lower() == ".json":
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as e:
            raise SidecarError(f"{p}: not valid JSON ({e})") from None
        if isinstance(data, dict):
            for k, v in data.items():
                put(k, v if isinstance(v, dict) else {"published": v})
        elif isinstance(data, list):
            for rec in data:
                if isinstance(rec, dict):
                    put(rec.get("path") or rec.get("file"), rec)
        else:
            raise SidecarError(f"{p}: expected an object or a list of objects")
        return out
    delim = "\t" if p.suffix.lower() == ".tsv" or "\t" in raw.split("\n", 1)[0] else ","
    rows = [r for r in csv.reader(raw.splitlines(), delimiter=delim) if any(c.strip() for c in r)]
    if not rows:
        return out
    head = [c.strip().lower() for c in rows[0]]
    if {"path", "file", "filename"} & set(head):
        key = next(i for i, c in enumerate(head) if c in ("path", "file", "filename"))
        for r in rows[1:]:
            rec = {h: r[i] for i, h in enumerate(head) if i < len(r)}
            put(r[key] if key < len(r) else None, rec)
    else:
        for r in rows:
            if len(r) >= 2:
                put(r[0], {"published": r[1]})
    return out


class Sidecars:
    """The sidecar tables that apply to files: an explicit one (--published-from) first,
    then a published.tsv / .csv / .json in the file's own folder (read once per folder)."""

    def __init__(self, explicit: str | os.PathLike[str] | None = None) -> None:
        self.explicit = (
            (Path(explicit).resolve().parent, read_sidecar(explicit)) if explicit else None
        )
        self.folders: dict[Path, dict[str, dict[str, str]]] = {}

    def _folder(self, d: Path) -> dict[str, dict[str, str]]:
        if d not in self.folders:
            self.folders[d] = next(
                (read_sidecar(d / n) for n in SIDECAR_NAMES if (d / n).is_file()), {}
            )
        return self.folders[d]

    def get(self, path: str) -> dict[str, str]:
        """The entry for a file: by its path relative to the table's folder, else its name."""
        f = Path(path).resolve()
        tables = [self.explicit] if self.explicit else []
        tables.append((f.parent, self._folder(f.parent)))
        for folder, table in tables:
            try:
                hit = table.get(f.relative_to(folder).as_posix())
            except ValueError:
                hit = None
            hit = hit or table.get(f.name)
            if hit:
                return hit
        return {}


def count(expanded: list[tuple[str, str]]) -> int:
    """How many items `iter_items` will yield (cheap: counts lines and feed entries)."""
    n = 0
    for kind, path in expanded:
        if kind == "jsonl":
            try:
                with open(path, "rb") as fh:
                    n += sum(1 for _, line in _lines(fh) if line is None or line.strip())
            except OSError:
                n += 1
        elif kind == "feed":
            n += max(1, len(_feed_items(path)))
        else:
            n += 1
    return n


def iter_items(
    expanded: list[tuple[str, str]],
    *,
    published: str | None = None,
    lang: str | None = None,
    sidecars: Sidecars | None = None,
) -> Iterator[Item]:
    """Items in order; `published` / `lang` are defaults that a record's own fields override.

    A file's sidecar entry (see `read_sidecar`) overrides the defaults."""
    for kind, path in expanded:
        if kind == "missing":
            yield Item(source=path, position=path).fail(
                "read", f"{path}: no such file, directory or glob match"
            )
        elif kind == "url":
            yield Item(source=path, position=path).fail(
                "read",
                f"{path}: URLs are not fetched by ingest; use `sitrep fetch URL` for a "
                "page, `sitrep watch FEEDS.toml` for feeds, or save it to a file",
            )
        elif kind == "jsonl":
            yield from _jsonl_items(path, published, lang)
        elif kind == "feed":
            items = _feed_items(path)
            yield from items
        else:
            meta = sidecars.get(path) if sidecars else {}
            item = _file_item(path, meta.get("published") or published, meta.get("lang") or lang)
            item.url, item.outlet, item.title = (
                meta.get("url"),
                meta.get("outlet"),
                meta.get("title"),
            )
            yield storable(item)


def _file_item(path: str, published: str | None, lang: str | None) -> Item:
    item = Item(source=path, published=published, lang=lang, position=path)
    limit = max_bytes()
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as e:
        item.raw_hash = sha(path)
        return item.fail("read", f"{path}: cannot read: {e.strerror or e}")
    item.raw_hash = sha(data)
    try:
        loaded = load_bytes(data[:limit], source=path, limit=limit)
    except InputError as e:
        return item.fail("parse", str(e))
    item.text, item.content_type, item.flags = loaded.text, loaded.content_type, loaded.flags
    if len(data) > limit:
        item.flags.append(QualityFlag(flag="truncated", detail=f"input over {limit} bytes"))
    return item


def record_limit() -> int:
    """Bytes one JSON Lines record may have (SITREP_MAX_INPUT_BYTES)."""
    return MAX_LINE or max_bytes()


def _lines(fh, limit: int | None = None) -> Iterator[tuple[int, bytes | None]]:
    """(line number, line) with bounded memory; None for a line over the record limit."""
    limit = limit or record_limit()
    lineno = 0
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        lineno += 1
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := fh.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield lineno, None
        else:
            yield lineno, line


def _jsonl_items(path: str, published: str | None, lang: str | None) -> Iterator[Item]:
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed below, streamed line by line
    except OSError as e:
        yield Item(source=path, raw_hash=sha(path), position=path).fail(
            "read", f"{path}: cannot read: {e.strerror or e}"
        )
        return
    limit = record_limit()
    with fh:
        for lineno, line in _lines(fh, limit):
            source = f"{path}:{lineno}"
            if line is None:
                yield Item(source=source, raw_hash=sha(source), position=source).fail(
                    "parse", f"{source}: record over {limit} bytes"
                )
            elif line.strip():
                yield jsonl_record(source, line, published, lang)


def _str_field(rec: dict, key: str) -> str | None:
    v = rec.get(key)
    if v is None:
        return None
    if not isinstance(v, str):
        raise ValueError(f"field {key!r} must be a string, not {type(v).__name__}")
    return v.strip() or None


def jsonl_record(source: str, line: bytes, published: str | None, lang: str | None) -> Item:
    """One JSON Lines record -> an Item; every problem is a failed Item, never an exception.

    Size and nesting depth are checked before the JSON is parsed (ingest/limits.py)."""
    item = Item(source=source, raw_hash=sha(line.strip()), position=source)
    if json_depth_over(line, max_depth()):
        return item.fail("parse", f"{source}: JSON nested deeper than {max_depth()} levels")
    try:
        rec = json.loads(line)
    except (ValueError, RecursionError) as e:  # JSONDecodeError, UnicodeDecodeError
        return item.fail("parse", f"{source}: not valid JSON ({_one_line(e)})")
    if not isinstance(rec, dict):
        return item.fail(
            "validate", f"{source}: a record must be a JSON object with a 'text' field"
        )
    try:
        text = rec.get("text")
        if not isinstance(text, str) or not text.strip():
            raise ValueError("no 'text' (a non-empty string)")
        item.published = _str_field(rec, "published") or published
        item.lang = _str_field(rec, "lang") or lang
        item.url = _str_field(rec, "url") or _str_field(rec, "link")
        item.title = _str_field(rec, "title")
        item.outlet = _str_field(rec, "outlet")
        src = _str_field(rec, "source")
    except ValueError as e:
        return item.fail("validate", f"{source}: {e}")
    from ..ingest import guess_content_type

    item.text = text
    item.raw_hash = sha(text)
    item.content_type = guess_content_type(None, text)
    item.source = item.url or src or source
    return storable(item)


def _one_line(e: Exception) -> str:
    lines = str(e).strip().splitlines()
    return lines[0][:200] if lines else type(e).__name__


def storable(item: Item) -> Item:
    """NUL and lone surrogates replaced (ingest/scrub.py) and an over-long text cut, each
    flagged, so that storing the item cannot fail on its characters."""
    if item.error is not None:
        return item
    fixed = []
    for name in ("source", "url", "title", "outlet", "lang", "published"):
        value, changed = scrub(getattr(item, name))
        if changed:
            setattr(item, name, value)
            fixed.append(name)
    if fixed:
        item.flags.append(
            QualityFlag(
                flag="metadata_repaired",
                detail=f"NUL or lone surrogates replaced by U+FFFD in: {', '.join(fixed)}",
            )
        )
    text, changed = scrub(item.text)
    if changed:
        item.text = text
        item.flags.append(
            QualityFlag(flag="nul_replaced", detail="NUL or lone surrogates replaced by U+FFFD")
        )
    limit = max_text_chars()
    if item.text is not None and len(item.text) > limit:
        n = len(item.text)
        item.text = cut_text(item.text, limit)
        item.flags.append(
            QualityFlag(
                flag="truncated",
                detail=f"text of {n} characters exceeds the {limit}-character limit "
                f"(SITREP_MAX_TEXT_CHARS); kept {len(item.text)}, up to a paragraph break",
            )
        )
    return item


# ---------------------------------------------------------------- feeds

_FEED_CACHE: dict[str, list[Item]] = {}


def _feed_items(path: str) -> list[Item]:
    """Entries of a local RSS/Atom file (cached: `count` and `iter_items` both need them)."""
    if path in _FEED_CACHE:
        return _FEED_CACHE[path]
    items = _parse_feed(path)
    _FEED_CACHE.clear()  # keep one feed: memory stays flat over many feeds
    _FEED_CACHE[path] = items
    return items


def _parse_feed(path: str) -> list[Item]:
    limit = max_bytes()
    try:
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except OSError as e:
        return [
            Item(source=path, raw_hash=sha(path), position=path).fail(
                "read", f"{path}: cannot read: {e.strerror or e}"
            )
        ]
    if len(data) > limit:
        fail = Item(source=path, raw_hash=sha(data), position=path)
        return [fail.fail("parse", f"{path}: feed over {limit} bytes")]
    return parse_feed(data, path)


def parse_feed(data: bytes, path: str) -> list[Item]:
    """The entries of an RSS/Atom document read from `path` (a file or a URL), checked with
    defusedxml first; a feed that cannot be used is one Item with an error."""
    fail = Item(source=path, raw_hash=sha(data), position=path)
    import defusedxml.ElementTree as DET
    from defusedxml import DefusedXmlException

    try:
        DET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as e:
        return [fail.fail("parse", f"{path}: unsafe XML rejected ({type(e).__name__})")]
    except Exception as e:  # ParseError and friends
        return [fail.fail("parse", f"{path}: not a well-formed feed ({_one_line(e)})")]
    import feedparser

    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=True)
    outlet = (parsed.feed.get("title") or "").strip() or None
    items = []
    for i, entry in enumerate(parsed.entries, 1):
        body = ""
        if entry.get("content"):
            body = "\n\n".join(c.get("value", "") for c in entry["content"])
        body = body or entry.get("summary", "") or ""
        title = (entry.get("title") or "").strip() or None
        text = f"<h1>{html.escape(title)}</h1>\n{body}" if title and body else body or (title or "")
        item = Item(
            source=entry.get("link") or f"{path}#{i}",
            url=entry.get("link"),
            title=title,
            outlet=outlet,
            content_type="html",
            published=_feed_time(entry),
            position=f"{path}#{i}",
        )
        if not text.strip():
            item.raw_hash = sha(f"{path}#{i}")
            item.fail("validate", f"{path}#{i}: empty entry")
        else:
            item.text, item.raw_hash = text, sha(text)
        items.append(storable(item))
    if not items:
        return [fail.fail("validate", f"{path}: no feed entries found")]
    return items


def _feed_time(entry) -> str | None:
    import calendar
    from datetime import UTC, datetime

    t = entry.get("published_parsed") or entry.get("updated_parsed")
    if not t:
        return None
    return datetime.fromtimestamp(calendar.timegm(t), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
