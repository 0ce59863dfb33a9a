"""`sitrep ingest`, `incidents list|show|rebuild`, `documents rm`, `export`: the store from the shell."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import typer

from .common import (
    DB_HELP,
    check_format,
    check_lang,
    fail,
    format_option,
    note,
    opened_output,
    output_option,
    quiet_option,
    show_progress,
    to_stdout,
)


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
        ...,
        metavar="PATH...",
        help="Files, directories, globs, .jsonl (text/published/url/title/outlet), feeds, "
        "or '-' for one report on stdin.",
    ),
    db: str = typer.Option(None, "--db", metavar="URL", help=DB_HELP),
    published: str = typer.Option(
        None, "--published", "-p", metavar="DATE", help="Publication date for inputs without one."
    ),
    published_from: Path = typer.Option(
        None,
        "--published-from",
        metavar="FILE",
        help="Sidecar table (TSV/CSV/JSON: path, published, url, outlet, title) of the files' "
        "publication dates; a published.tsv in a directory ingested is read without it.",
    ),
    lang: str = typer.Option(
        None, "--lang", "-l", metavar="LANG", help="Force the language (uk, ru, en)."
    ),
    no_extract: bool = typer.Option(
        False, "--no-extract", help="Store texts without extraction (fast path for benchmarks)."
    ),
    force: bool = typer.Option(
        False,
        "--force",
        help="Re-extract documents already stored and replace them (a corrected date, a newer "
        "sitrep); their incidents are merged again.",
    ),
    jobs: str = typer.Option(
        "auto",
        "--jobs",
        "-j",
        metavar="N|auto",
        help="Extraction worker processes (auto: every core); the store order is the same.",
    ),
    strict: bool = typer.Option(
        False,
        "--strict",
        help="Exit 1 when any record failed (default: only when nothing could be stored).",
    ),
    dask: str = typer.Option(
        None,
        "--dask",
        metavar="SCHEDULER",
        help="Extract on a Dask cluster: a scheduler address (tcp://host:8786), 'local' for a "
        "local cluster with one worker process per core, or 'local:N' for N. This process "
        "stores and merges in input order: the same results as without it (docs/scale-out.md).",
    ),
    quiet: bool = quiet_option(),
) -> None:
    """Ingest reports into the store; re-running (or resuming after a crash) adds nothing twice.

    A record that cannot be read, parsed, extracted or stored is recorded (see `sitrep
    failures`) and the others are stored. Limits (docs/store.md): SITREP_MAX_INPUT_BYTES,
    SITREP_MAX_JSON_DEPTH, SITREP_MAX_TEXT_CHARS."""
    from rich.console import Console
    from rich.markup import escape
    from sqlalchemy.exc import SQLAlchemyError

    from ..store import StoreError, to_utc
    from ..store.executor import DaskError
    from ..store.ingest import ingest_items, ingest_paths
    from ..store.sources import SidecarError
    from .errors import database_error_message, debug
    from .progress import IngestBar

    lang = check_lang(lang)
    jobs_given = jobs.strip().lower() != "auto"
    jobs = _jobs(jobs)
    if published is not None:
        try:
            to_utc(published)
        except ValueError as e:
            fail(str(e))
    if "-" in paths and len(paths) > 1:
        fail("'-' (stdin) cannot be mixed with other paths")
    if dask is not None:
        from ..store.executor import parse_dask

        if jobs_given and jobs > 1:
            fail("--dask and --jobs cannot be combined: the cluster's workers extract")
        jobs = 1
        try:
            parse_dask(dask)
        except DaskError as e:
            fail(str(e))
    store = _open(db)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    bar = IngestBar() if show_progress(quiet) else None
    try:
        if paths == ["-"]:
            summary = ingest_items(
                store, _stdin_items(published, lang), total=1, extract=not no_extract,
                progress=bar, force=force,
            )  # fmt: skip
        else:
            summary = ingest_paths(
                store, paths, published=published, lang=lang, extract=not no_extract,
                progress=bar, jobs=jobs, force=force, dask=dask,
                published_from=str(published_from) if published_from else None,
            )  # fmt: skip
    except (SidecarError, DaskError) as e:
        fail(str(e))
    except StoreError as e:
        fail(str(e))
    except SQLAlchemyError as e:  # the store is unusable (disk full, server gone): stop
        if debug():
            import traceback

            traceback.print_exception(e, file=sys.stderr)
        fail(
            f"{database_error_message('ingest', e)}; every document stored so far is kept: "
            "run the same command again to resume"
        )
    except KeyboardInterrupt:
        fail("interrupted; run the same command again to resume", 130)
    finally:
        store.close()
    for path, why in summary.skipped:
        note(f"skipped {path}: {why}", quiet)
    replaced = f" ({summary.replaced} replaced)" if summary.replaced else ""
    err.print(
        f"{summary.seen} read, {summary.stored} stored{replaced}, "
        f"{summary.duplicates} already stored, "
        f"{len(summary.failed)} failed, {len(summary.incidents)} incidents touched "
        f"in {summary.seconds:.1f}s -> {escape(store.display_url)}"
    )
    if summary.duplicates and not force and not quiet:
        err.print("  (documents already stored are kept; --force replaces them)")
    if summary.failed:
        err.print(f"[bold red]{len(summary.failed)} failed:[/]")
        for _source, error in summary.failed[:20]:
            typer.echo(f"  {_printable(error)}", err=True)
        if len(summary.failed) > 20:
            typer.echo(f"  ... and {len(summary.failed) - 20} more", err=True)
        unrecorded = f" ({summary.unrecorded} could not be recorded)" if summary.unrecorded else ""
        err.print(
            f"{summary.stored} stored, {len(summary.failed)} failed{unrecorded} "
            "(see `sitrep failures`)"
        )
    if (summary.failed and strict) or (
        summary.failed and not summary.stored and not summary.duplicates
    ):
        raise typer.Exit(1)


def _printable(text: str) -> str:
    """One line the terminal shows as it is: control characters, NUL and lone surrogates
    escaped (report text is untrusted)."""
    out = []
    for ch in text:
        o = ord(ch)
        if o < 32 or o == 127 or 0x80 <= o < 0xA0 or 0xD800 <= o <= 0xDFFF:
            out.append(f"\\x{o:02x}" if o < 256 else f"\\u{o:04x}")
        else:
            out.append(ch)
    return "".join(out)


def _stdin_items(published: str | None, lang: str | None):
    """One report read from stdin, as `sitrep extract -` reads it."""
    from ..ingest import InputError, load_stream
    from ..store.sources import Item, sha, storable

    data = sys.stdin.buffer.read()
    item = Item(
        source="<stdin>", published=published, lang=lang, raw_hash=sha(data), position="<stdin>"
    )
    try:
        import io

        loaded = load_stream(io.BytesIO(data), source="<stdin>")
    except InputError as e:
        item.fail("parse", str(e))
    else:
        item.text, item.content_type, item.flags = loaded.text, loaded.content_type, loaded.flags
    yield storable(item)


# ---------------------------------------------------------------- documents

documents_app = typer.Typer(help="Remove documents stored by mistake.", no_args_is_help=True)


@documents_app.command("rm")
def documents_rm_cmd(
    ids: list[str] = typer.Argument(
        None, metavar="[ID...]", help="Document ids (see `sitrep incidents show`)."
    ),
    source: list[str] = typer.Option(
        None, "--source", metavar="PATH", help="Remove the documents ingested from this path/URL."
    ),
    db: str = typer.Option(None, "--db", metavar="URL", help=DB_HELP),
    quiet: bool = quiet_option(),
) -> None:
    """Remove documents and merge their incidents again (an incident left empty is removed)."""
    ids, source = list(ids or []), list(source or [])
    if not ids and not source:
        fail("name a document ID or --source PATH")
    store = _open(db)
    missing: list[str] = []
    touched: set[int] = set()
    removed = 0
    with store:
        for src in source:
            found = store.documents_by_source(src)
            if not found:
                found = store.documents_by_source(str(Path(src)))
            if not found:
                missing.append(f"--source {src}")
            ids.extend(found)
        for doc_id in dict.fromkeys(ids):
            res = store.remove_document(doc_id)
            if res is None:
                missing.append(doc_id)
            else:
                removed += 1
                touched.update(res)
    note(f"{removed} documents removed, {len(touched)} incidents merged again", quiet)
    if missing:
        fail("not found: " + ", ".join(missing), 1)


# ---------------------------------------------------------------- incidents

incidents_app = typer.Typer(help="List and show merged incidents.", no_args_is_help=True)


def _fig(inc: dict[str, Any], kind: str) -> str:
    """low/best/high, then the certainty of best: "14/14/50 confirmed"."""
    e = (inc.get("estimates") or {}).get(kind) or {}
    lo = e.get("low", inc.get(f"{kind}_low"))
    best = e.get("best", inc.get(f"{kind}_best"))
    hi = e.get("high", inc.get(f"{kind}_high"))
    if lo is None and best is None and hi is None:
        return ""
    fig = "/".join("?" if v is None else str(v) for v in (lo, best, hi))
    cert = e.get("best_certainty") if best is not None else None
    return f"{fig} {cert}" if cert else fig


def _labelled(fig: str, kind: str) -> str:
    """A figure of another kind shown in a column, named so it is not read as that column's."""
    return f"{fig} ({kind})" if fig else ""


LIST_FORMATS = ("table", "json", "jsonl", "csv")
SHOW_FORMATS = ("table", "json")


def _filters(
    country: str | None, since: str | None, until: str | None, event_type: str | None,
    min_killed: int | None, lang: str | None,
) -> dict[str, Any]:  # fmt: skip
    return dict(
        country=country, since=_valid_date(since, "--since"), until=_valid_date(until, "--until"),
        event_type=event_type, min_killed=min_killed, lang=check_lang(lang),
    )  # fmt: skip


def _country_opt():
    return typer.Option(None, "--country", metavar="CC", help="ISO 3166-1 alpha-2 code, e.g. KZ.")


def _since_opt():
    return typer.Option(None, "--since", metavar="DATE", help="Incidents on or after this date.")


def _until_opt():
    return typer.Option(None, "--until", metavar="DATE", help="Incidents on or before this date.")


def _type_opt():
    return typer.Option(None, "--type", metavar="TYPE", help="ACLED event or sub-event type.")


def _min_killed_opt():
    return typer.Option(None, "--min-killed", metavar="N", min=0, help="Best killed >= N.")


def _lang_opt():
    return typer.Option(
        None, "--lang", "-l", metavar="LANG", help="Reported in this language (uk, ru, en)."
    )


def _db_opt():
    return typer.Option(None, "--db", metavar="URL", help=DB_HELP)


def _legacy_json():
    return typer.Option(False, "--json", hidden=True, help="Same as -f json (list: -f jsonl).")


@incidents_app.command("list")
def list_cmd(
    db: str = _db_opt(),
    country: str = _country_opt(),
    since: str = _since_opt(),
    until: str = _until_opt(),
    event_type: str = _type_opt(),
    min_killed: int = _min_killed_opt(),
    lang: str = _lang_opt(),
    fmt: str = format_option(LIST_FORMATS, "table", "json: one array, jsonl: one per line"),
    output: Path = output_option(),
    quiet: bool = quiet_option(),
    as_json: bool = _legacy_json(),
) -> None:
    """Incidents, filtered; figures as low/best/high and the certainty of best."""
    fmt = check_format(fmt, LIST_FORMATS, "jsonl" if as_json else "table")
    filters = _filters(country, since, until, event_type, min_killed, lang)
    store = _open(db, readonly=True)
    with store:
        rows = store.incidents(**filters)
    with opened_output(output) as fh:
        if fmt == "jsonl":
            for r in rows:
                fh.write(json.dumps(r, ensure_ascii=False) + "\n")
        elif fmt == "json":
            fh.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        elif fmt == "csv":
            _list_csv(rows, fh)
        else:
            _list_table(rows, fh if not to_stdout(output) else None)
    if not to_stdout(output):
        note(f"{len(rows)} incidents -> {output}", quiet)


def _list_csv(rows: list[dict[str, Any]], fh) -> None:
    import csv

    cols = [k for k in (rows[0] if rows else {}) if k != "estimates"]
    w = csv.DictWriter(fh, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow(
            {k: "; ".join(v) if isinstance(v, list) else ("" if v is None else v)
             for k, v in r.items() if k in cols}
        )  # fmt: skip


def _list_table(rows: list[dict[str, Any]], fh) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(title=f"{len(rows)} incident{'' if len(rows) == 1 else 's'}", show_lines=False)
    for col in ("id", "date", "type", "sub-event", "place", "country", "killed l/b/h",
                "injured l/b/h", "arrested l/b/h", "docs", "langs"):  # fmt: skip
        table.add_column(col, overflow="fold")
    for r in rows:
        arrested = _fig(r, "arrested") or _fig(r, "detained")
        table.add_row(
            str(r["id"]),
            escape(r["event_date"] or ""),
            escape(r["event_type"] or ""),
            escape(r["sub_event_type"] or ""),
            escape(r["location"] or ""),
            escape(r["country"] or ""),
            escape(_fig(r, "killed")),
            escape(_fig(r, "injured") or _labelled(_fig(r, "casualties"), "casualties")),
            escape(arrested),
            str(r["n_documents"]),
            escape(",".join(r["languages"])),
        )
    Console(file=fh).print(table)


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
    db: str = _db_opt(),
    fmt: str = format_option(SHOW_FORMATS, "table"),
    output: Path = output_option(),
    quiet: bool = quiet_option(),
    as_json: bool = _legacy_json(),
) -> None:
    """One incident: its members and why each joined, estimates with their claims, timeline."""
    fmt = check_format(fmt, SHOW_FORMATS, "json" if as_json else "table")
    store = _open(db, readonly=True)
    with store:
        inc = store.incident(incident_id)
    if inc is None:
        fail(f"no incident {incident_id}", 1)
    with opened_output(output) as fh:
        if fmt == "json":
            fh.write(json.dumps(inc, ensure_ascii=False, indent=2) + "\n")
        else:
            print_incident(inc, fh if not to_stdout(output) else None)


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


def print_incident(inc: dict[str, Any], fh=None) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    con = Console(file=fh)
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
    camp = inc.get("campaign")
    if camp:
        con.print(
            f"campaign {e(camp['id'])}: {e(camp['kind'])} in {e(camp['location'] or '?')}, "
            f"{e(camp['date_start'])} .. {e(camp['date_end'])}, {camp['n_incidents']} incidents "
            f"({e(', '.join(map(str, camp['incidents'])))})"
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
    for col in ("kind", "low", "best", "high", "certainty", "from claims"):
        est.add_column(col, overflow="fold")
    for kind, x in inc["estimates"].items():
        src = (
            f"low: {', '.join(x['low_claims']) or '-'}; best: {', '.join(x['best_claims']) or '-'}"
            f"; high: {', '.join(x['high_claims']) or '-'}"
        )
        if x.get("note"):
            src += f" ({x['note']})"
        est.add_row(
            e(kind),
            *("-" if x[k] is None else str(x[k]) for k in ("low", "best", "high")),
            e(x.get("best_certainty") or "-"),
            e(src),
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


def export_cmd(
    fmt: str = format_option(
        ("csv", "geojson", "jsonl", "parquet"),
        "csv",
        "every format carries the fields of sitrep-incident/1",
    ),
    output: Path = output_option(),
    db: str = _db_opt(),
    country: str = _country_opt(),
    since: str = _since_opt(),
    until: str = _until_opt(),
    event_type: str = _type_opt(),
    min_killed: int = _min_killed_opt(),
    lang: str = _lang_opt(),
    quiet: bool = quiet_option(),
) -> None:
    """Export incidents (schema sitrep-incident/1): ACLED-named columns plus low/best/high,
    certainty, sources and evidence per figure; filtered as `incidents list` is."""
    from ..export import FORMATS, write

    fmt = check_format(fmt, FORMATS, "csv")
    filters = _filters(country, since, until, event_type, min_killed, lang)
    if fmt == "parquet" and to_stdout(output):
        fail("parquet is binary: give an output file with -o")
    store = _open(db, readonly=True)
    try:
        with store:
            n = write(store, fmt, None if to_stdout(output) else output, **filters)
    except OSError as e:
        fail(f"{output}: cannot write: {e.strerror or e}")
    if not to_stdout(output):
        note(f"{n} incident{'' if n == 1 else 's'} -> {output}", quiet)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_cmd)
    app.add_typer(incidents_app, name="incidents")
    app.add_typer(documents_app, name="documents")
    app.command("export")(export_cmd)


def _jobs(spec: str) -> int:
    """-j N or -j auto (every core) as a number of worker processes."""
    from ..jobs import JobsError, resolve_jobs

    try:
        return resolve_jobs(spec)
    except JobsError as e:
        fail(str(e))
