"""Retrying failed documents: read each one again from where it was read, and ingest it.

A failure records its position: a file path, `path:line` of a JSON Lines
record, or `path#n` of a feed entry. `retry_failures` reads that record again
(the file may have been fixed, a limit raised, sitrep upgraded) and sends it
through the same steps as `sitrep ingest`. A record stored now loses its
failure record; one that fails again keeps a single, updated failure record.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from .db import Store
from .ingest import IngestSummary, extract_item, store_item
from .sources import Item, _feed_items, _file_item, _lines, jsonl_record, sha, storable

_JSONL_POS = re.compile(r"^(?P<path>.+):(?P<line>\d+)$")
_FEED_POS = re.compile(r"^(?P<path>.+)#(?P<entry>\d+)$")


def read_again(position: str | None, published: str | None = None) -> Item | None:
    """The record at `position`, read again; None when there is nothing to read it from
    (stdin, a URL, a failure recorded before positions were kept)."""
    if not position or position.startswith("<"):
        return None
    if Path(position).is_file():
        p = Path(position)
        if p.suffix.lower() in (".jsonl", ".ndjson", ".rss", ".atom", ".xml", ".feed"):
            return None  # a whole JSONL or feed file failed (unreadable): ingest it again
        return storable(_file_item(position, published, None))
    m = _JSONL_POS.match(position)
    if m and Path(m["path"]).is_file():
        return _jsonl_line(m["path"], int(m["line"]), published)
    m = _FEED_POS.match(position)
    if m and Path(m["path"]).is_file():
        entries = _feed_items(m["path"])
        n = int(m["entry"])
        return entries[n - 1] if 0 < n <= len(entries) else None
    return None


def _jsonl_line(path: str, lineno: int, published: str | None) -> Item | None:
    source = f"{path}:{lineno}"
    with open(path, "rb") as fh:
        for n, line in _lines(fh):
            if n == lineno:
                if line is None:
                    item = Item(source=source, raw_hash=sha(source), position=source)
                    return item.fail("parse", f"{source}: record still over the size limit")
                return jsonl_record(source, line, published, None) if line.strip() else None
    return None


def retry_failures(
    store: Store,
    *,
    extract: bool = True,
    on_item: Callable[[str], None] | None = None,
) -> tuple[IngestSummary, list[tuple[str, str]]]:
    """Retry every recorded failure. Returns the summary of the retried records and the
    failures that cannot be read again, as (id, why)."""
    summary = IngestSummary()
    cannot: list[tuple[str, str]] = []
    for f in store.failures():
        try:
            item = read_again(f["position"], f["published"])
        except OSError as e:
            item, why = None, f"cannot read {f['position']}: {e.strerror or e}"
        else:
            why = f"no position to read it from ({f['position'] or 'not recorded'})"
        if item is None:
            cannot.append((f["id"], why))
        else:
            report, error = extract_item(item, extract)
            before = (summary.stored, summary.duplicates)
            store_item(store, item, report, error, summary)
            if (summary.stored, summary.duplicates) != before or item.failed_id != f["id"]:
                store.remove_failure(f["id"])  # stored now, or failed anew (recorded again)
        if on_item is not None:
            on_item(f["id"])
    if summary.stored:
        store.settle()  # stored with settle=False, as in an ingest run
    return summary, cannot
