"""`sitrep failures [--retry]` and `sitrep extract-stored`: work on what is already stored."""

from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path

import typer

from .common import (
    DB_HELP,
    check_format,
    fail,
    format_option,
    note,
    opened_output,
    output_option,
    quiet_option,
    show_progress,
    to_stdout,
)

FAILURE_FORMATS = ("table", "json", "jsonl")


def _open(db: str | None, *, readonly: bool = False):
    from .store import _open as open_store

    return open_store(db, readonly=readonly)


@contextmanager
def _bar(total: int, what: str, quiet: bool):
    """advance() per item; a rich bar only on a terminal (docs/cli.md)."""
    if not show_progress(quiet) or total == 0:
        yield lambda *_: None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(
        TextColumn(f"[bold]{what}"), BarColumn(), MofNCompleteColumn(),
        console=Console(stderr=True),
    ) as progress:  # fmt: skip
        task = progress.add_task(what, total=total)
        yield lambda *_: progress.advance(task)


def failures_cmd(
    retry: bool = typer.Option(
        False,
        "--retry",
        help="Read every failed record again from its position and ingest it; a record "
        "stored now leaves the list.",
    ),
    db: str = typer.Option(None, "--db", metavar="URL", help=DB_HELP),
    fmt: str = format_option(FAILURE_FORMATS, "table"),
    output: Path = output_option(),
    quiet: bool = quiet_option(),
) -> None:
    """Records that could not be read, parsed, extracted or stored: stage, position, why.

    `sitrep ingest` records each failure and goes on; fix the input (or raise a limit,
    docs/store.md) and run `sitrep failures --retry`."""
    fmt = check_format(fmt, FAILURE_FORMATS, "table")
    if retry:
        _retry(db, quiet)
    store = _open(db, readonly=True)
    with store:
        rows = store.failures()
    with opened_output(output) as fh:
        if fmt == "json":
            fh.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        elif fmt == "jsonl":
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        else:
            _table(rows, fh if not to_stdout(output) else None)
    if not to_stdout(output):
        note(f"{len(rows)} failures -> {output}", quiet)


def _retry(db: str | None, quiet: bool) -> None:
    from ..store.retry import retry_failures

    store = _open(db)
    with store:
        n = len(store.failures())
        with _bar(n, "retry", quiet) as advance:
            summary, cannot = retry_failures(store, on_item=advance)
    left = len(summary.failed) + len(cannot)
    note(
        f"{n} retried: {summary.stored} stored, {summary.duplicates} already stored, "
        f"{len(summary.failed)} failed again, {len(cannot)} cannot be read again; "
        f"{left} left",
        quiet,
    )


def _table(rows: list[dict], fh) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from .store import _printable

    table = Table(title=f"{len(rows)} failure{'' if len(rows) == 1 else 's'}")
    for col in ("id", "stage", "position"):
        table.add_column(col, no_wrap=True)
    for col in ("error", "recorded"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(
            r["id"],
            escape(r["stage"] or "?"),
            escape(_printable(r["position"] or r["source"] or "?")),
            escape(_printable(r["error"] or "")),
            escape(r["ingested_at"] or ""),
        )
    Console(file=fh, highlight=False).print(table)


def extract_stored_cmd(
    all_: bool = typer.Option(False, "--all", help="Every stored document (after a rule change)."),
    missing: bool = typer.Option(
        False, "--missing", help="Documents without extraction, e.g. from --no-extract (default)."
    ),
    since: str = typer.Option(
        None, "--since", metavar="DATE", help="Documents ingested on or after DATE (YYYY-MM-DD)."
    ),
    db: str = typer.Option(None, "--db", metavar="URL", help=DB_HELP),
    quiet: bool = quiet_option(),
) -> None:
    """Extract stored documents and merge them into incidents: those stored with
    `ingest --no-extract` (--missing, the default), or again after a rule or model change.

    Each document is replaced in one transaction: killed at any point, every document is
    still stored (old or new version) and a re-run does the rest."""
    from ..store.reextract import extract_stored, select_documents
    from .store import _valid_date

    if sum(bool(x) for x in (all_, missing, since)) > 1:
        fail("choose one of --all, --missing, --since DATE")
    which = "all" if all_ else "since" if since else "missing"
    since = _valid_date(since, "--since")
    store = _open(db)
    with store:
        ids = select_documents(store, which, since)
        with _bar(len(ids), "extract", quiet) as advance:
            summary = extract_stored(store, ids, on_item=advance)
    dup = (
        f", {summary.merged_into_existing} were copies of a stored document (dropped)"
        if summary.merged_into_existing
        else ""
    )
    typer.echo(
        f"{summary.selected} selected, {summary.extracted} extracted{dup}, "
        f"{len(summary.failed)} failed, {len(summary.incidents)} incidents touched",
        err=True,
    )
    for doc_id, error in summary.failed[:20]:
        typer.echo(f"  {doc_id}: {error}", err=True)
    if summary.failed and not summary.extracted:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("failures")(failures_cmd)
    app.command("extract-stored")(extract_stored_cmd)
