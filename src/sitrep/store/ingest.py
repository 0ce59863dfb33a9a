"""Ingest sources into a store: read, extract, store and merge, one document at a time.

Each document commits in its own transaction, and an input already stored is
skipped before extraction (by the hash of its input), so an ingest killed at
any point resumes where it stopped with every document stored exactly once.
A document that cannot be read or extracted is recorded with its error and
the batch goes on.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy.exc import DBAPIError, OperationalError

from ..schema.models import DocumentOut, QualityFlag, Report
from .db import Store, StoreError, to_utc
from .sources import Item, count, expand, iter_items


@dataclass
class IngestSummary:
    seen: int = 0
    stored: int = 0
    duplicates: int = 0  # already in the store (resume, re-run, same text twice)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, error)
    incidents: set[int] = field(default_factory=set)
    seconds: float = 0.0

    @property
    def docs_per_second(self) -> float:
        return self.seen / self.seconds if self.seconds else 0.0


def _extract(item: Item, *, extract: bool) -> Report:
    from ..pipeline import extract_doc, parse_published, to_report

    text = item.text or ""
    flags = list(item.flags)
    if "\x00" in text:  # PostgreSQL cannot store NUL; keep offsets by replacing 1:1
        text = text.replace("\x00", "\ufffd")
        flags.append(QualityFlag(flag="nul_replaced", detail="NUL characters replaced by U+FFFD"))
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


def ingest_item(store: Store, item: Item, summary: IngestSummary, *, extract: bool = True) -> None:
    """Read, extract, store and merge one item, recording a failure instead of raising."""
    summary.seen += 1
    if item.error is None:
        try:
            if store.has_raw(item.raw_hash):
                summary.duplicates += 1
                return
            published_at = to_utc(item.published)
            report = _extract(item, extract=extract)
        except ValueError as e:  # bad publication date
            item.error = f"{item.source}: {e}"
        except (OperationalError, StoreError):
            raise
        except Exception as e:  # an extractor bug must not stop the batch
            item.error = f"{item.source}: extraction failed: {type(e).__name__}: {e}"
    if item.error is None:
        try:
            res = store.add_report(
                report,
                published_at=published_at,
                published=item.published,
                url=item.url,
                title=item.title,
                outlet=item.outlet,
                raw_hash=item.raw_hash,
            )
        except OperationalError:
            raise  # the store itself is unusable: stop, the rest resumes next time
        except DBAPIError as e:
            item.error = f"{item.source}: cannot store: {_first_line(e)}"
        else:
            if res.stored:
                summary.stored += 1
                summary.incidents.update(res.incidents)
            else:
                summary.duplicates += 1
            return
    store.add_failure(
        item.failed_id,
        error=item.error or "unknown error",
        source=item.source,
        raw_hash=item.raw_hash or None,
        url=item.url,
        title=item.title,
        outlet=item.outlet,
        published=item.published,
    )
    summary.failed.append((item.source, item.error or "unknown error"))


def _first_line(e: Exception) -> str:
    lines = str(getattr(e, "orig", None) or e).strip().splitlines()
    return lines[0] if lines else type(e).__name__


def ingest_paths(
    store: Store,
    paths: list[str],
    *,
    published: str | None = None,
    lang: str | None = None,
    extract: bool = True,
    progress: bool = True,
    on_item: Callable[[Item], None] | None = None,
) -> IngestSummary:
    """Ingest files / directories / globs / JSON Lines / feeds into `store`."""
    expanded = expand(paths)
    total = count(expanded)
    items = iter_items(expanded, published=published, lang=lang)
    return ingest_items(store, items, total=total, extract=extract, progress=progress,
                        on_item=on_item)  # fmt: skip


def ingest_items(
    store: Store,
    items: Iterable[Item],
    *,
    total: int | None = None,
    extract: bool = True,
    progress: bool = True,
    on_item: Callable[[Item], None] | None = None,
) -> IngestSummary:
    summary = IngestSummary()
    t0 = time.perf_counter()
    if not progress:
        for item in items:
            ingest_item(store, item, summary, extract=extract)
            if on_item:
                on_item(item)
        summary.seconds = time.perf_counter() - t0
        return summary
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    console = Console(stderr=True)
    with Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]} docs/s"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.fields[failed]} failed"),
        console=console,
        transient=False,
    ) as bar:
        task = bar.add_task("ingest", total=total, rate="-", failed=0)
        for item in items:
            ingest_item(store, item, summary, extract=extract)
            if on_item:
                on_item(item)
            elapsed = time.perf_counter() - t0
            bar.update(
                task,
                advance=1,
                rate=f"{summary.seen / elapsed:.0f}" if elapsed > 0 else "-",
                failed=len(summary.failed),
            )
    summary.seconds = time.perf_counter() - t0
    return summary
