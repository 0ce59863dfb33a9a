"""Ingest sources into a store: read, extract, store and merge, each record protected.

Every record goes through three protected steps, each a function of its own so
that other drivers (worker pools, Dask) reuse them:

1. parse / validate (`sources.iter_items`): bytes -> an `Item`, or an Item that
   failed with its stage (read, parse, validate) — never an exception;
2. extract (`extract_item`): Item -> Report, or the error (stage `extract`);
3. store (`store_items`): a batch in input order in one transaction; if a record
   of it cannot be stored, the batch goes again one document per transaction
   (`store_item`), so that record fails alone (stage `store`) and is recorded. A
   failure of the store itself (disk full, server gone, locked) stops the run,
   which resumes where it stopped.

Extraction runs here, in forked worker processes (`jobs` > 1) or on a Dask
cluster (`executor.py`); the next batch is extracted while this process, the one
writer, stores and merges the last. A failed record is written to the documents
table with status `failed`, its stage, error and position, in a transaction of
its own whose values are scrubbed first; the rest goes on. Inputs already stored
(by the hash of the input) are skipped before extraction, so a killed ingest
resumes with every document stored exactly once. Late reports are placed
provisionally and re-clustered once at the end of the run (`Store.settle`).
"""

from __future__ import annotations

import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError

from ..cachebudget import release, return_memory
from ..gazetteer import release_index
from ..schema.models import DocumentOut, QualityFlag, Report
from .db import Store, operation, to_utc
from .executor import build_gazetteer_apart, make_executor
from .models import Document
from .sources import Item, Sidecars, count, expand, iter_items

BATCH = 32
# batches submitted for extraction while the oldest one is stored: with one, a worker that
# finished its part of the next batch waited while the writer stored and merged (~5 ms a
# document, as long as a worker's part) before it got more
AHEAD = 2


def batch_size() -> int:
    """Documents per write transaction and per extraction round (per worker):
    SITREP_INGEST_BATCH, default 32. Smaller batches commit more often (the fault suite
    uses 1, so that a kill lands between documents); larger ones write faster."""
    value = os.environ.get("SITREP_INGEST_BATCH", "")
    return int(value) if value.isdigit() and int(value) > 0 else BATCH


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
    unrecorded: int = 0  # failures that could not even be written down (see store_item)

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
        return None, f"{item.source}: {_first_line(e)}"
    except Exception as e:  # an extractor bug (even a RecursionError) must not stop the batch
        return None, f"{item.source}: extraction failed: {type(e).__name__}: {_first_line(e)}"


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

        flags.append(
            QualityFlag(flag="not_extracted", detail="stored with --no-extract; see extract-stored")
        )

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
    # the full time, not just `pub`: a text stored just after midnight was written the
    # evening before (mentions/dates/today.py)
    doc = extract_doc(
        text, item.published or pub, item.lang, source=item.source, content_type=item.content_type
    )
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
    """Store one extracted report, or record its failure; raises only if the store is unusable.

    `force`: an earlier copy (same input or same text) is removed first, its incidents
    re-merged, so a corrected date or a better extractor takes effect."""
    summary.seen += 1
    stage = item.stage or "extract"
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
                settle=False,  # late reports are re-clustered once, at the end of the run
            )
        except Exception as e:
            if store_unusable(e):
                raise  # stop; the rest resumes next time
            stage, error = "store", f"{item.source}: cannot store: {_first_line(e)}"
        else:
            if res.stored:
                summary.stored += 1
                summary.incidents.update(res.incidents)
            else:
                summary.duplicates += 1
            return
    record_failure(store, item, stage, error or "unknown error", summary)


def record_failure(
    store: Store, item: Item, stage: str, error: str, summary: IngestSummary
) -> None:
    """Write one failure down (its own transaction, scrubbed values); never stops the batch
    unless the store itself is unusable."""
    summary.failed.append((item.source, error))
    try:
        store.add_failure(
            item.failed_id,
            error=error,
            source=item.source,
            raw_hash=item.raw_hash or None,
            url=item.url,
            title=item.title,
            outlet=item.outlet,
            published=item.published,
            stage=stage,
            position=item.position,
        )
    except Exception as e:
        if store_unusable(e):
            raise
        summary.unrecorded += 1  # shown in the summary; the run goes on


def store_unusable(e: BaseException) -> bool:
    """A database error about the store (disk full, locked, server gone, read-only), not
    about the record being written: the run must stop and resume later."""
    if isinstance(e, OperationalError | InterfaceError):
        return True
    return isinstance(e, DBAPIError) and bool(e.connection_invalidated)


def store_items(
    store: Store,
    results: list[tuple[Item, tuple[Report | None, str | None]]],
    summary: IngestSummary,
    done: Callable[[Item], None] | None = None,
    *,
    stored_json: list[str | None] | None = None,
) -> None:
    """Store a batch of extracted reports in input order, in one transaction (see
    Store.add_reports); failures are recorded one by one, as store_item does. `done` is
    told of each item in order once the summary counts it. `stored_json`: per result, the
    report's JSON as the store writes it, when a worker sent it so (not made again)."""
    done = done or (lambda _item: None)
    jsons = stored_json or [None] * len(results)
    reports = [
        (item, rep, js)
        for (item, (rep, err)), js in zip(results, jsons, strict=True)
        if rep is not None and err is None
    ]
    try:
        added = store.add_reports(
            [
                (
                    rep,
                    {
                        "published_at": item.published,
                        "published": item.published,
                        "url": item.url,
                        "title": item.title,
                        "outlet": item.outlet,
                        "raw_hash": item.raw_hash,
                        "report_json": js,
                    },
                )  # fmt: skip
                for item, rep, js in reports
            ],
            settle=False,  # late reports are re-clustered once, at the end of the run
        )
    except Exception as e:
        if store_unusable(e):
            raise  # the store itself is unusable: stop; the rest resumes next time
        # one bad record: one document per transaction, so it fails alone
        for item, (report, error) in results:
            store_item(store, item, report, error, summary)
            done(item)
        return
    stored = iter(added)
    for item, (report, error) in results:
        if report is None or error is not None:
            store_item(store, item, report, error, summary)  # records the failure
        else:
            res = next(stored)
            summary.seen += 1
            if res.stored:
                summary.stored += 1
                summary.incidents.update(res.incidents)
            else:
                summary.duplicates += 1
        done(item)


def _first_line(e: BaseException) -> str:
    """The first line of an error, bounded (a DB error's SQL and parameters never follow)."""
    lines = str(getattr(e, "orig", None) or e).strip().splitlines()
    return lines[0][:300] if lines else type(e).__name__


def _stored_hashes(store: Store, hashes: set[str]) -> set[str]:
    if not hashes:
        return set()
    with operation("checking which inputs are already stored"), store.read() as s:
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
    dask: Any = None,
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
                           jobs=jobs, on_item=on_item, force=force, dask=dask)  # fmt: skip
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
    dask: Any = None,
) -> IngestSummary:
    """`dask`: a scheduler spec ("local", "local:N", an address) or a distributed Client;
    extraction then runs on the cluster and this process stores and merges, in input order."""
    summary = IngestSummary()
    t0 = time.perf_counter()
    bar = progress or None  # progress=False (the old flag) means none
    if extract:
        build_gazetteer_apart()
    ex = make_executor(jobs=jobs if extract else 1, dask=dask if extract else None)
    if bar is not None:
        bar.start(total)
    pending: deque = deque()
    try:
        # AHEAD batches are submitted before the oldest is stored: workers extract while
        # this process, the one writer, stores and merges in input order
        for batch in _batches(items, batch_size() * max(1, ex.workers)):
            todo = _new_items(store, batch, summary, bar, on_item, force=force)
            pending.append((todo, ex.submit(extract_item, todo, extract)))
            if len(pending) > AHEAD:
                _store_batch(store, *pending.popleft(), summary, bar, on_item, force=force)
        while pending:
            _store_batch(store, *pending.popleft(), summary, bar, on_item, force=force)
        if extract:
            # extraction is over: the settle reuses the memory of the word caches and of
            # the gazetteer index (loaded again by the next extraction in this process)
            release()
            release_index()
            return_memory()
            store.settle()  # incidents equal a rebuild, whatever the order of arrival
    finally:
        ex.close()
        if bar is not None:
            bar.close()
    summary.seconds = time.perf_counter() - t0
    return summary


def _new_items(store, batch, summary, bar, on_item, *, force: bool) -> list[Item]:
    """The items of a batch to extract; those whose input is stored already are counted."""
    hashes = {i.raw_hash for i in batch if i.error is None}
    known = set() if force else _stored_hashes(store, hashes)
    todo = []
    for item in batch:
        if item.error is None and item.raw_hash in known:
            summary.seen += 1
            summary.duplicates += 1
            _done(item, summary, bar, on_item)
        else:
            todo.append(item)
    return todo


def _store_batch(store, todo, pending, summary, bar, on_item, *, force: bool) -> None:
    results = pending.result()
    stored_json = getattr(pending, "stored_json", None)  # as a Dask worker made it
    if force:  # replacing goes one document at a time
        for item, (report, error) in zip(todo, results, strict=True):
            store_item(store, item, report, error, summary, force=True)
            _done(item, summary, bar, on_item)
        return
    store_items(
        store,
        list(zip(todo, results, strict=True)),
        summary,
        lambda item: _done(item, summary, bar, on_item),
        stored_json=stored_json,
    )


def _done(item: Item, summary: IngestSummary, bar: Progress | None, on_item) -> None:
    if bar is not None:
        bar.advance(summary)
    if on_item is not None:
        on_item(item)
