"""`sitrep extract`: one report to JSON or a readable table; a folder to JSON Lines."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from ..ingest import InputError, load_path, load_stream
from .common import (
    check_format,
    check_lang,
    fail,
    format_option,
    note,
    opened_output,
    output_option,
    quiet_option,
    to_stdout,
)

EXTRACT_FORMATS = ("json", "table")


def extract_cmd(
    path: str = typer.Argument(
        ...,
        help="A report file (.txt, .md, .html), '-' for stdin, or a folder: every report in it, "
        "one JSON line each, in file-name order.",
    ),
    published: str = typer.Option(
        None,
        "--published",
        "-p",
        metavar="DATE",
        help="Publication date YYYY-MM-DD; relative dates resolve against it.",
    ),
    lang: str = typer.Option(
        None,
        "--lang",
        "-l",
        metavar="LANG",
        help="Force the language (uk, ru, en); default: detect.",
    ),
    fmt: str = format_option(EXTRACT_FORMATS, "json", "json is schema sitrep/1"),
    output: Path = output_option(),
    quiet: bool = quiet_option(),
    config: Path = typer.Option(
        None, "--config", metavar="FILE", help="Pipeline configuration (TOML)."
    ),
    jobs: str = typer.Option(
        "auto",
        "--jobs",
        "-j",
        metavar="N|auto",
        help="For a folder: worker processes (auto: every core). Output order is the same.",
    ),
) -> None:
    """Extract events, places, people, figures and their evidence from one report or a folder.

    A folder gives JSON Lines (schema sitrep/1, one report a line) in file-name order,
    extracted on every core (-j auto; -j 1 for one process). Examples:

      sitrep extract report.md --published 2011-12-16 -f table
      sitrep extract reports/ -p 2022-03-01 -o reports.jsonl
    """
    from ..pipeline import (
        Pipeline,
        default_pipeline,
        extract_doc,
        load_config,
        parse_published,
        to_report,
    )

    fmt = check_format(fmt, EXTRACT_FORMATS, "json")
    lang = check_lang(lang)
    try:
        pub = parse_published(published)
    except ValueError as e:
        fail(str(e))
    if path != "-" and Path(path).is_dir():
        _folder(Path(path), pub, lang, config, fmt, output, quiet, jobs)
        return
    try:
        loaded = load_stream(sys.stdin.buffer, source="<stdin>") if path == "-" else load_path(path)
    except InputError as e:
        fail(str(e))
    except OSError as e:
        fail(f"{path}: cannot read: {e.strerror or e}")
    try:
        pipeline = Pipeline.from_config(load_config(config)) if config else default_pipeline()
    except (OSError, ValueError, KeyError, TypeError) as e:
        fail(f"bad pipeline configuration {config or '(default)'}: {e}")
    doc = extract_doc(
        loaded.text,
        pub,
        lang,
        source=loaded.source,
        content_type=loaded.content_type,
        pipeline=pipeline,
    )
    doc.flags[:0] = loaded.flags
    report = to_report(doc)
    with opened_output(output) as fh:
        if fmt == "json":
            fh.write(report.to_json() + "\n")
        else:
            from rich.console import Console

            from ..export.table import print_report

            print_report(report, None if to_stdout(output) else Console(file=fh, width=160))
    if not to_stdout(output):
        note(f"{len(report.claims)} claims, {len(report.events)} events -> {output}", quiet)


def _folder(folder: Path, pub, lang, config, fmt, output, quiet, jobs) -> None:
    from contextlib import nullcontext

    from rich.console import Console
    from rich.progress import Progress

    from ..jobs import JobsError, resolve_jobs
    from ..pipeline import Pipeline, default_pipeline, load_config
    from .common import show_progress
    from .extract_dir import extract_folder, report_files

    if fmt != "json":
        fail("a folder is extracted to JSON Lines only (-f json)")
    try:
        resolve_jobs(jobs)
    except JobsError as e:
        fail(str(e))
    files = report_files(folder)
    if not files:
        fail(f"{folder}: is a directory with no reports (.txt, .md, .html) in it")
    try:
        pipeline = Pipeline.from_config(load_config(config)) if config else default_pipeline()
    except (OSError, ValueError, KeyError, TypeError) as e:
        fail(f"bad pipeline configuration {config or '(default)'}: {e}")
    live = show_progress(quiet)
    with Progress(transient=True, console=Console(stderr=True)) if live else nullcontext() as bar:
        task = bar.add_task("extracting", total=None) if bar else None

        def progress(i: int, total: int) -> None:
            if bar is not None:
                bar.update(task, completed=i, total=total)

        with opened_output(output) as fh:
            total, failed, claims, workers = extract_folder(
                files, fh, published=pub, lang=lang, pipeline=pipeline, jobs=jobs,
                progress=progress,
            )  # fmt: skip
    for msg in failed:
        typer.echo(f"sitrep: warning: {msg}", err=True)
    where = "" if to_stdout(output) else f" -> {output}"
    note(
        f"{total - len(failed)} of {total} reports, {claims} claims, {workers} worker"
        f"{'s' if workers > 1 else ''}{where}",
        quiet,
    )
    if failed:
        raise typer.Exit(1)


def schema_cmd(
    incident: bool = typer.Option(
        False, "--incident", help="The incident export schema (sitrep-incident/1) instead."
    ),
    output: Path = output_option(),
) -> None:
    """Print the JSON Schema of the `sitrep/1` output (shipped as sitrep/schema/*.schema.json)."""
    import json

    if incident:
        from ..export import json_schema
    else:
        from ..schema import json_schema

    with opened_output(output) as fh:
        fh.write(json.dumps(json_schema(), ensure_ascii=False, indent=2) + "\n")


def components_cmd() -> None:
    """List the registered pipeline components and the default pipeline order."""
    from .. import registry
    from ..pipeline import default_config

    order = default_config()["pipeline"]["components"]
    typer.echo("default pipeline: " + " -> ".join(order))
    typer.echo("registered: " + ", ".join(registry.names()))
    typer.echo("")
    rest = [n for n in registry.names() if n not in order]
    for name in list(order) + rest:
        spec = registry.get_spec(name)
        keys = ", ".join(spec.config.model_fields) or "-"
        typer.echo(f"{name}{'' if name in order else '  (not in the default pipeline)'}")
        typer.echo(f"  requires: {', '.join(spec.requires) or '-'}")
        if spec.reads:
            typer.echo(f"  reads:    {', '.join(spec.reads)}")
        typer.echo(f"  assigns:  {', '.join(spec.assigns) or '-'}")
        typer.echo(f"  config:   {keys}")


def register(app: typer.Typer) -> None:
    app.command("extract")(extract_cmd)
    app.command("schema")(schema_cmd)
    app.command("components")(components_cmd)
