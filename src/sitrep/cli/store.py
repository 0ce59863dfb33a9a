"""`sitrep ingest`, `sitrep incidents list|show|rebuild`, `sitrep export`: the store from the shell."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Any

import typer

DB_HELP = "SQLite file or database URL (default: $SITREP_DATABASE_URL, else ./sitrep.db)."


def fail(msg: str, code: int = 2) -> None:
    typer.echo(f"sitrep: error: {msg}", err=True)
    raise typer.Exit(code)


def _open(db: str | None, *, readonly: bool = False):
    """The store; readers (list, show, export) open it read-only and need it to exist."""
    from ..store import Store, StoreError, resolve_url

    url = resolve_url(db)
    if readonly and url.startswith("sqlite:///"):
        path = Path(url[len("sqlite:///") :])
        if not path.exists():
            fail(f"no store at {path} (run `sitrep ingest` first, or pass --db)")
    try:
        return Store(db, readonly=readonly)
    except StoreError as e:
        fail(str(e))


def _valid_date(value: str | None, name: str) -> str | None:
    from datetime import date

    if value is None:
        return None
    try:
        return date.fromisoformat(value.strip()[:10]).isoformat()
    except ValueError:
        fail(f"{name}: cannot parse date {value!r}: expected YYYY-MM-DD")


# ---------------------------------------------------------------- ingest


def ingest_cmd(
    paths: list[str] = typer.Argument(
        ..., help="Files, directories, globs, .jsonl (text/published/url/title/outlet) or feeds."
    ),
    db: str = typer.Option(None, "--db", help=DB_HELP),
    published: str = typer.Option(
        None, "--published", "-p", help="Publication date for inputs that carry none."
    ),
    lang: str = typer.Option(None, "--lang", "-l", help="Force the language (uk, ru, en)."),
    no_extract: bool = typer.Option(
        False, "--no-extract", help="Store texts without extraction (fast path for benchmarks)."
    ),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Extraction worker processes."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Ingest reports into the store; re-running (or resuming after a crash) adds nothing twice."""
    from rich.console import Console
    from rich.markup import escape
    from sqlalchemy.exc import OperationalError

    from ..store import StoreError, to_utc
    from ..store.ingest import ingest_paths
    from .progress import IngestBar

    if published is not None:
        try:
            to_utc(published)
        except ValueError as e:
            fail(str(e))
    store = _open(db)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    try:
        summary = ingest_paths(
            store, paths, published=published, lang=lang, extract=not no_extract,
            progress=None if quiet else IngestBar(), jobs=jobs,
        )  # fmt: skip
    except (OperationalError, StoreError) as e:
        fail(f"store {store.display_url} failed: {str(getattr(e, 'orig', e)).strip()}")
    except KeyboardInterrupt:
        fail("interrupted; run the same command again to resume", 130)
    finally:
        store.close()
    err.print(
        f"{summary.seen} read, {summary.stored} stored, {summary.duplicates} already stored, "
        f"{len(summary.failed)} failed, {len(summary.incidents)} incidents touched "
        f"in {summary.seconds:.1f}s -> {escape(store.display_url)}"
    )
    if summary.failed:
        err.print(f"[bold red]{len(summary.failed)} failed:[/]")
        for _source, error in summary.failed[:50]:
            err.print(f"  {escape(error)}")
        if len(summary.failed) > 50:
            err.print(f"  ... and {len(summary.failed) - 50} more")
        raise typer.Exit(1)


# ---------------------------------------------------------------- incidents

incidents_app = typer.Typer(help="List and show merged incidents.", no_args_is_help=True)


def _fig(inc: dict[str, Any], kind: str) -> str:
    lo, best, hi = inc.get(f"{kind}_low"), inc.get(f"{kind}_best"), inc.get(f"{kind}_high")
    if lo is None and best is None and hi is None:
        return ""
    return "/".join("?" if v is None else str(v) for v in (lo, best, hi))


@incidents_app.command("list")
def list_cmd(
    db: str = typer.Option(None, "--db", help=DB_HELP),
    country: str = typer.Option(None, "--country", help="ISO 3166-1 alpha-2 code, e.g. KZ."),
    since: str = typer.Option(None, "--since", help="Incidents on or after this date."),
    until: str = typer.Option(None, "--until", help="Incidents on or before this date."),
    event_type: str = typer.Option(None, "--type", help="ACLED event or sub-event type."),
    min_killed: int = typer.Option(None, "--min-killed", min=0, help="Best killed estimate >= N."),
    lang: str = typer.Option(None, "--lang", help="Reported in this language (uk, ru, en)."),
    as_json: bool = typer.Option(False, "--json", help="JSON Lines instead of a table."),
) -> None:
    """Incidents, filtered; killed / injured shown as low/best/high."""
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    since, until = _valid_date(since, "--since"), _valid_date(until, "--until")
    store = _open(db, readonly=True)
    with store:
        rows = store.incidents(
            country=country, since=since, until=until, event_type=event_type,
            min_killed=min_killed, lang=lang,
        )  # fmt: skip
    if as_json:
        for r in rows:
            sys.stdout.write(json.dumps(r, ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{len(rows)} incidents", show_lines=False)
    for col in ("id", "date", "type", "place", "country", "killed l/b/h", "injured l/b/h",
                "docs", "langs"):  # fmt: skip
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(
            str(r["id"]),
            escape(r["event_date"] or ""),
            escape(r["sub_event_type"] or r["event_type"] or ""),
            escape(r["location"] or ""),
            escape(r["country"] or ""),
            _fig(r, "killed"),
            _fig(r, "injured"),
            str(r["n_documents"]),
            escape(",".join(r["languages"])),
        )
    Console().print(table)


@incidents_app.command("rebuild")
def rebuild_cmd(db: str = typer.Option(None, "--db", help=DB_HELP)) -> None:
    """Re-run merging over the stored events in stream order (after a rule change or late reports)."""
    from ..store.db import utcnow
    from ..store.incidents import rebuild

    store = _open(db)
    with store, store.write() as s:
        res = rebuild(s, now=utcnow())
    typer.echo(f"{res['events']} events -> {res['incidents']} incidents", err=True)


@incidents_app.command("show")
def show_cmd(
    incident_id: int = typer.Argument(..., help="Incident id (see `sitrep incidents list`)."),
    db: str = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="JSON instead of tables."),
) -> None:
    """One incident: its members and why each joined, estimates with their claims, timeline."""
    store = _open(db, readonly=True)
    with store:
        inc = store.incident(incident_id)
    if inc is None:
        fail(f"no incident {incident_id}", 1)
    if as_json:
        sys.stdout.write(json.dumps(inc, ensure_ascii=False, indent=2) + "\n")
        return
    print_incident(inc)


def _why(why: dict[str, Any]) -> str:
    if why.get("reason") != "joined":
        return why.get("reason", "")
    parts = [
        f"score {why.get('score')}",
        why.get("place", ""),
        why.get("date", ""),
        f"type {why.get('type', '')}",
    ]
    if why.get("shared_actors"):
        parts.append("actors: " + ", ".join(why["shared_actors"]))
    if why.get("shared_persons"):
        parts.append("persons: " + ", ".join(why["shared_persons"]))
    parts.append(f"matched {why.get('matched', '')}")
    return "; ".join(p for p in parts if p)


def print_incident(inc: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    con = Console()
    e = escape
    con.print(
        f"[bold]Incident {inc['id']}[/]: {e(inc['sub_event_type'] or inc['event_type'] or '?')} "
        f"in {e(inc['location'] or '?')} ({e(inc['country'] or '?')}"
        f"{', ' + e(inc['admin1']) if inc.get('admin1') else ''}) on {e(inc['event_date'] or '?')}"
        f" [{e(inc['date_start'] or '?')} .. {e(inc['date_end'] or '?')}]"
    )
    con.print(
        f"types: {e(', '.join(inc['event_types']))}; tags: {e(', '.join(inc['tags']) or '-')}; "
        f"{inc['n_documents']} documents in {e(', '.join(inc['languages']) or '?')}"
    )
    members = Table(title="Members and why they joined", show_lines=True)
    for col in ("document", "published", "lang", "outlet / title", "event", "why"):
        members.add_column(col, overflow="fold")
    for m in inc["members"]:
        members.add_row(
            e(f"{m['doc_id']}/{m['event_id']}"),
            e(m["published_at"] or ""),
            e(m["lang"] or ""),
            e(" / ".join(x for x in (m["outlet"], m["title"]) if x)),
            e(f"{m['event_type'] or '?'} @ {m['location'] or '?'} {m['date'] or ''}"),
            e(_why(m["why"])),
        )
    con.print(members)
    est = Table(title="Estimates (low / best / high) and the claims behind them")
    for col in ("kind", "low", "best", "high", "from claims"):
        est.add_column(col, overflow="fold")
    for kind, x in inc["estimates"].items():
        src = (
            f"low: {', '.join(x['low_claims']) or '-'}; best: {', '.join(x['best_claims']) or '-'}"
            f"; high: {', '.join(x['high_claims']) or '-'}"
        )
        if x.get("note"):
            src += f" ({x['note']})"
        est.add_row(
            e(kind), *("-" if x[k] is None else str(x[k]) for k in ("low", "best", "high")), e(src)
        )
    con.print(est)
    tl = Table(title="Timeline of figures")
    for col in ("published", "kind", "figure", "certainty", "source", "lang", "outlet", "words"):
        tl.add_column(col, overflow="fold")
    for c in inc["timeline"]:
        fig = (
            str(c["value"]) if not isinstance(c["value"], list) else "-".join(map(str, c["value"]))
        )
        tl.add_row(
            e(c["published_at"] or "?"),
            e(c["kind"]),
            e(f"{fig} ({c['qualifier']})"),
            e(c["certainty"]),
            e(c["source"] or ""),
            e(c["lang"] or ""),
            e(c["outlet"] or ""),
            e(f"{c['evidence']}  [{c['id']}]"),
        )
    con.print(tl)


# ---------------------------------------------------------------- export


class ExportFormat(StrEnum):
    csv = "csv"
    geojson = "geojson"
    jsonl = "jsonl"
    parquet = "parquet"


def export_cmd(
    fmt: ExportFormat = typer.Option(..., "--format", "-f", help="csv | geojson | jsonl | parquet"),
    output: Path = typer.Option(None, "--output", "-o", help="Output file (default: stdout)."),
    db: str = typer.Option(None, "--db", help=DB_HELP),
    country: str = typer.Option(None, "--country", help="Only this country (alpha-2)."),
    since: str = typer.Option(None, "--since", help="Incidents on or after this date."),
    until: str = typer.Option(None, "--until", help="Incidents on or before this date."),
) -> None:
    """Export incidents: ACLED-named CSV columns plus sitrep's low/best/high and evidence."""
    from ..export import write

    since, until = _valid_date(since, "--since"), _valid_date(until, "--until")
    if fmt == ExportFormat.parquet and output is None:
        fail("parquet is binary: give an output file with -o")
    store = _open(db, readonly=True)
    try:
        with store:
            n = write(store, fmt.value, output, country=country, since=since, until=until)
    except OSError as e:
        fail(f"{output}: cannot write: {e.strerror or e}")
    if output is not None:
        typer.echo(f"{n} incidents -> {output}", err=True)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_cmd)
    app.add_typer(incidents_app, name="incidents")
    app.command("export")(export_cmd)
