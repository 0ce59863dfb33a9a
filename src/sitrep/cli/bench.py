"""`sitrep bench`: documents per second and peak memory of the pipeline."""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

import typer


def bench_cmd(
    docs: int = typer.Option(1000, "--docs", "-n", min=1, help="Number of generated reports."),
    size: int = typer.Option(3000, "--size", min=200, help="Characters per generated report."),
    corpus: Path = typer.Option(
        Path("examples"), "--from", help="Folder of reports whose sentences are recombined."
    ),
    warmup: int = typer.Option(
        200, "--warmup", min=0, help="Other documents run first (not timed) to fill the caches."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the result as JSON."),
) -> None:
    """Measure throughput (documents/second on one core) and peak memory over generated reports."""
    from rich.progress import Progress

    from ..bench import run

    with Progress(transient=True) as bar:
        task = bar.add_task("extracting", total=docs)
        res = run(
            docs,
            size,
            corpus if corpus.is_dir() else None,
            progress=lambda i: bar.update(task, completed=i),
            warmup=warmup,
        )
    if as_json:
        typer.echo(json.dumps(asdict(res)))
        return
    typer.echo(
        f"{res.documents} documents of ~{res.mean_chars:.0f} chars in {res.seconds:.2f} s: "
        f"{res.docs_per_sec:.1f} docs/s on one core; peak memory {res.peak_rss_mb:.0f} MB; "
        f"start-up {res.warmup_seconds:.2f} s (+{res.warmup_documents} warm-up documents); "
        f"{res.claims} claims, {res.events} events"
    )


def register(app: typer.Typer) -> None:
    app.command("bench")(bench_cmd)
