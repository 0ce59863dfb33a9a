"""Ingest sources into a store: read, extract, store and merge.

Items go in small batches: inputs already stored (by the hash of the input)
are skipped before extraction, the rest are extracted (in worker processes
with `jobs` > 1) and then stored one document per transaction. An ingest
killed at any point therefore resumes where it stopped, with every document
stored exactly once. A document that cannot be read or extracted is recorded
with its error and the batch goes on.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, OperationalError

from ..schema.models import DocumentOut, QualityFlag, Report
from .db import Store, to_utc
from .models import Document
from .sources import Item, Sidecars, count, expand, iter_items

BATCH = 32


@dataclass
class IngestSummary:
    seen: int = 0
    stored: int = 0
    duplicates: int = 0  # already in the store (resume, re-run, same text twice)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, error)
    incidents: set[int] = field(default_factory=set)
    seconds: float = 0.0
    replaced: int = 0  # stored again over an earlier copy (--force)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (path, why): not reports

    @property
    def docs_per_second(self) -> float:
        return self.seen / self.seconds if self.seconds else 0.0


class Progress(Protocol):
    """Told how an ingest goes (the command line draws a bar: `sitrep.cli.progress`)."""

    def start(self, total: int | None) -> None: ...

    def advance(self, summary: IngestSummary) -> None: ...

    def close(self) -> None: ...


def extract_item(item: Item, extract: bool = True) -> tuple[Report | None, str | None]:
    """(report, None) or (None, error); never raises, so a worker process never dies."""
    if item.error is not None:
        return None, item.error
    try:
        return _extract(item, extract=extract), None
    except ValueError as e:  # bad publication date
        return None, f"{item.source}: {e}"
    except Exception as e:  # an extractor bug must not stop the batch
        return None, f"{item.source}: extraction failed: {type(e).__name__}: {e}"


def _extract(item: Item, *, extract: bool) -> Report:
    from ..pipeline import extract_doc, parse_published, to_report

    text = item.text or ""
    flags = list(item.flags)
    if "\x00" in text:  # PostgreSQL cannot store NUL; replaced 1:1 so offsets hold
        text = text.replace("\x00", "\ufffd")
        flags.append(QualityFlag(flag="nul_replaced", detail="NUL characters replaced by U+FFFD"))
    to_utc(item.published)  # validates the time of day and offset too
    pub = parse_published(item.published)
    if not extract:
        from hashlib import sha256

        return Report(
            document=DocumentOut(
                id=sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16],
                source=item.source,
                published=pub.isoformat() if pub else None,
                lang=item.lang,
                text=text,
                quality=flags,
            )
        )
    doc = extract_doc(text, pub, item.lang, source=item.source, content_type=item.content_type)
    doc.flags[:0] = flags
    return to_report(doc)


def store_item(
    store: Store,
    item: Item,
    report: Report | None,
    error: str | None,
    summary: IngestSummary,
    *,
    force: bool = False,
) -> None:
    """Store one extracted report (or record its failure); raises only if the store is unusable.

    `force`: an earlier copy (same input or same text) is removed first, its incidents
    re-merged, so a corrected date or a better extractor takes effect."""
    summary.seen += 1
    if report is not None:
        if force:
            old = set(store.docs_with_raw(item.raw_hash)) if item.raw_hash else set()
            old.add(report.document.id)
            gone = [i for i in sorted(old) if store.remove_document(i) is not None]
            if gone:
                summary.replaced += 1
        try:
            res = store.add_report(
                report,
                published_at=item.published,
                published=item.published,
                url=item.url,
                title=item.title,
                outlet=item.outlet,
                raw_hash=item.raw_hash,
            )
        except OperationalError:
            raise  # the store itself is unusable: stop; the rest resumes next time
        except DBAPIError as e:
            error = f"{item.source}: cannot store: {_first_line(e)}"
        else:
            if res.stored:
                summary.stored += 1
                summary.incidents.update(res.incidents)
            else:
                summary.duplicates += 1
            return
    error = error or "unknown error"
    store.add_failure(
        item.failed_id,
        error=error,
        source=item.source,
        raw_hash=item.raw_hash or None,
        url=item.url,
        title=item.title,
        outlet=item.outlet,
        published=item.published,
    )
    summary.failed.append((item.source, error))


def _first_line(e: Exception) -> str:
    lines = str(getattr(e, "orig", None) or e).strip().splitlines()
    return lines[0] if lines else type(e).__name__


def _stored_hashes(store: Store, hashes: set[str]) -> set[str]:
    if not hashes:
        return set()
    with store.read() as s:
        q = select(Document.raw_hash).where(
            Document.raw_hash.in_(sorted(hashes)), Document.status == "ok"
        )
        return set(s.scalars(q))


def _batches(items: Iterable[Item], n: int) -> Iterator[list[Item]]:
    it = iter(items)
    while batch := list(islice(it, n)):
        yield batch


def ingest_paths(
    store: Store,
    paths: list[str],
    *,
    published: str | None = None,
    lang: str | None = None,
    extract: bool = True,
    progress: Progress | None = None,
    jobs: int = 1,
    on_item: Callable[[Item], None] | None = None,
    force: bool = False,
    published_from: str | None = None,
) -> IngestSummary:
    """Ingest files / directories / globs / JSON Lines / feeds into `store`.

    Files in a directory that are not reports are skipped (listed in the summary);
    publication dates and metadata come from `published_from` or a published.tsv
    (.csv, .json) beside the files. Raises SidecarError for an unreadable sidecar."""
    skipped: list[tuple[str, str]] = []
    expanded = expand(paths, skipped)
    sidecars = Sidecars(published_from)
    total = count(expanded) if progress else None
    items = iter_items(expanded, published=published, lang=lang, sidecars=sidecars)
    summary = ingest_items(store, items, total=total, extract=extract, progress=progress,
                           jobs=jobs, on_item=on_item, force=force)  # fmt: skip
    summary.skipped = skipped
    return summary


def ingest_items(
    store: Store,
    items: Iterable[Item],
    *,
    total: int | None = None,
    extract: bool = True,
    progress: Progress | None = None,
    jobs: int = 1,
    on_item: Callable[[Item], None] | None = None,
    force: bool = False,
) -> IngestSummary:
    summary = IngestSummary()
    t0 = time.perf_counter()
    pool = _pool(jobs) if jobs > 1 and extract else None
    bar = progress or None  # progress=False (the old flag) means none
    if bar is not None:
        bar.start(total)
    try:
        for batch in _batches(items, BATCH * max(1, jobs)):
            known = (
                set()
                if force
                else _stored_hashes(store, {i.raw_hash for i in batch if i.error is None})
            )
            todo = []
            for item in batch:
                if item.error is None and item.raw_hash in known:
                    summary.seen += 1
                    summary.duplicates += 1
                    _done(item, summary, bar, on_item)
                else:
                    todo.append(item)
            if pool is not None:
                results = pool.starmap(extract_item, [(i, extract) for i in todo], chunksize=4)
            else:
                results = (extract_item(i, extract) for i in todo)
            for item, (report, error) in zip(todo, results, strict=True):
                store_item(store, item, report, error, summary, force=force)
                _done(item, summary, bar, on_item)
    finally:
        if pool is not None:
            pool.terminate()
        if bar is not None:
            bar.close()
    summary.seconds = time.perf_counter() - t0
    return summary


def _pool(jobs: int):
    """Worker processes forked from a warmed-up pipeline (loaded once, shared copy-on-write)."""
    import multiprocessing as mp

    from ..pipeline import extract

    extract("warm up", None)
    from ..gcpolicy import settle_after_load

    settle_after_load()  # the loaded resources leave the collector's sight (gcpolicy.py)
    try:
        ctx = mp.get_context("fork")
    except ValueError:  # no fork on this platform: workers load the pipeline themselves
        ctx = mp.get_context()
    return ctx.Pool(jobs)


def _done(item: Item, summary: IngestSummary, bar: Progress | None, on_item) -> None:
    if bar is not None:
        bar.advance(summary)
    if on_item is not None:
        on_item(item)
