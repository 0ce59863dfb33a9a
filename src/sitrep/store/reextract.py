"""Extraction after the fact: which stored documents to (re-)extract, and doing it.

`sitrep ingest --no-extract` stores texts without extraction (a document whose
Report has no paragraphs, flagged `not_extracted`); a rule or model change makes
old extractions stale. `extract_stored` runs the pipeline over stored texts and
replaces each document in one transaction (`Store.replace_report`): the old
version leaves its incidents, the new one is merged. A kill at any point
leaves every document stored, old or new, and a re-run finishes the rest.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import select

from .db import Store, operation
from .models import Document

SELECTIONS = ("missing", "all", "since")


@dataclass
class ReextractSummary:
    selected: int = 0
    extracted: int = 0
    merged_into_existing: int = 0  # the new text's id was already stored: the copy is dropped
    failed: list[tuple[str, str]] = field(default_factory=list)  # (doc id, error)
    incidents: set[int] = field(default_factory=set)


def not_extracted(report: dict | None) -> bool:
    """A stored Report without extraction: flagged `not_extracted`, or with no paragraphs
    (every extracted non-empty text has at least one)."""
    if not report:
        return True
    doc = report.get("document") or {}
    flags = {q.get("flag") for q in doc.get("quality") or [] if isinstance(q, dict)}
    return "not_extracted" in flags or not doc.get("paragraphs")


def select_documents(store: Store, which: str, since: str | None = None) -> list[str]:
    """Ids of the stored documents to extract: `missing` (no extraction yet), `all`, or
    `since` (ingested on or after the date `since`), in ingest order."""
    q = select(Document.id, Document.report).where(Document.status == "ok")
    if which == "since":
        q = q.where(Document.ingested_at >= (since or ""))
    q = q.order_by(Document.ingested_at, Document.id)
    with operation("selecting documents to extract"), store.read() as s:
        rows = s.execute(q).yield_per(200)
        if which == "missing":
            return [i for i, rep in rows if not_extracted(rep)]
        return [i for i, _ in rows]


def _stored(store: Store, doc_id: str) -> dict | None:
    """Its text and what extraction needs; the language only as the user gave it at
    ingest (an extracted document's language was detected: detect it again)."""
    cols = (Document.text, Document.published, Document.lang, Document.source, Document.report)
    with operation(f"reading document {doc_id}"), store.read() as s:
        row = s.execute(select(*cols).where(Document.id == doc_id)).first()
    if row is None:
        return None
    doc = dict(zip(("text", "published", "lang", "source", "report"), row, strict=True))
    if not not_extracted(doc["report"]):
        doc["lang"] = None
    return doc


def extract_stored(
    store: Store, ids: list[str], *, on_item: Callable[[str], None] | None = None
) -> ReextractSummary:
    """Extract the stored texts of `ids` again and replace each document (see module doc)."""
    from ..ingest import guess_content_type
    from ..pipeline import extract as run_pipeline

    summary = ReextractSummary(selected=len(ids))
    for doc_id in _each(ids, on_item):
        doc = _stored(store, doc_id)
        if doc is None or not doc["text"]:
            continue  # removed meanwhile
        try:
            report = run_pipeline(
                doc["text"], doc["published"], doc["lang"], source=doc["source"],
                content_type=guess_content_type(None, doc["text"]),
            )  # fmt: skip
        except Exception as e:  # an extractor bug: this document keeps its old version
            summary.failed.append((doc_id, f"{type(e).__name__}: {str(e)[:200]}"))
            continue
        res = store.replace_report(doc_id, report)
        if res.stored:
            summary.extracted += 1
            summary.incidents.update(res.incidents)
        else:
            summary.merged_into_existing += 1
    return summary


def _each(ids: list[str], on_item: Callable[[str], None] | None) -> Iterator[str]:
    for doc_id in ids:
        yield doc_id
        if on_item is not None:
            on_item(doc_id)
