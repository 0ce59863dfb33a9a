"""`sitrep bench`: documents per second and peak memory of the pipeline."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import typer

from .common import (
    check_format,
    format_option,
    opened_output,
    output_option,
    quiet_option,
    show_progress,
)


def bench_cmd(
    docs: int = typer.Option(
        1000, "--docs", "-n", metavar="N", min=1, help="Number of generated reports."
    ),
    size: int = typer.Option(
        3000, "--size", metavar="CHARS", min=200, help="Characters per generated report."
    ),
    corpus: Path = typer.Option(
        Path("examples"),
        "--from",
        metavar="DIR",
        help="Folder of reports whose sentences are recombined.",
    ),
    warmup: int = typer.Option(
        200,
        "--warmup",
        metavar="N",
        min=0,
        help="Other documents run first (not timed) to fill the caches.",
    ),
    fmt: str = format_option(("text", "json"), "text"),
    output: Path = output_option(),
    quiet: bool = quiet_option(),
    as_json: bool = typer.Option(False, "--json", hidden=True, help="Same as -f json."),
    scaling: bool = typer.Option(
        False,
        "--scaling",
        help="Instead: CPU time per 1k characters of one text of 10k, 100k and 1M characters "
        "(real report paragraphs repeated), to show that time grows linearly with length.",
    ),
) -> None:
    """Measure throughput (documents/second on one core) and peak memory over generated reports.

    With --scaling: how the time per 1k characters changes from a 10k to a 1M character text.
    """
    from contextlib import nullcontext

    from rich.console import Console
    from rich.progress import Progress

    from ..bench import run

    fmt = check_format(fmt, ("text", "json"), "json" if as_json else "text")
    if scaling:
        from .scaling import scaling_cmd

        return scaling_cmd(fmt, output, quiet)
    live = show_progress(quiet)
    with Progress(transient=True, console=Console(stderr=True)) if live else nullcontext() as bar:
        task = bar.add_task("extracting", total=docs) if bar else None
        res = run(
            docs,
            size,
            corpus if corpus.is_dir() else None,
            progress=(lambda i: bar.update(task, completed=i)) if bar else (lambda i: None),
            warmup=warmup,
        )
    with opened_output(output) as fh:
        if fmt == "json":
            fh.write(json.dumps(asdict(res)) + "\n")
        else:
            fh.write(_text(res) + "\n")


def _text(res) -> str:
    return (
        f"{res.documents} documents of ~{res.mean_chars:.0f} chars in {res.seconds:.2f} s: "
        f"{res.docs_per_sec:.1f} docs/s on one core; peak memory {res.peak_rss_mb:.0f} MB; "
        f"start-up {res.warmup_seconds:.2f} s (+{res.warmup_documents} warm-up documents); "
        f"{res.claims} claims, {res.events} events"
    )


def register(app: typer.Typer) -> None:
    app.command("bench")(bench_cmd)
