"""`sitrep eval`: run the pipeline on gold documents and report scores and mistakes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from .extract import fail


def eval_cmd(
    gold: list[Path] = typer.Argument(
        ..., metavar="GOLD", help="Gold JSON Lines files (the format of gold/seed.jsonl)."
    ),
    json_out: Path = typer.Option(
        None,
        "--json",
        help="Write the full numbers (schema sitrep-eval/1) to this file ('-': stdout).",
    ),
    by_lang: bool = typer.Option(False, "--by-lang", help="One column per language besides 'all'."),
    errors: bool = typer.Option(
        False, "--errors", help="List every mistake, document by document."
    ),
    limit: int = typer.Option(
        None, "--limit", min=1, help="Score only the first N usable documents."
    ),
    config: Path = typer.Option(None, "--config", help="Pipeline configuration (TOML)."),
) -> None:
    """Score extraction against gold files: entities, claims, figures, date, place, type."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.text import Text

    from ..eval import GoldFileError, evaluate, load_all, pipeline_predictor
    from ..eval.render import print_errors, safe, score_table

    err_console = Console(stderr=True, highlight=False)
    try:
        gold_set = load_all(gold, limit)
    except GoldFileError as e:
        fail(safe(str(e)))
    for w in gold_set.warnings:
        err_console.print(Text(f"warning: {safe(w, 300)}", style="yellow"))
    if not gold_set.docs:
        fail("no usable gold document in " + ", ".join(safe(str(p)) for p in gold))
    pipeline = None
    if config is not None:
        from ..pipeline import Pipeline, load_config

        try:
            pipeline = Pipeline.from_config(load_config(config))
        except (OSError, ValueError, KeyError, TypeError) as e:
            fail(f"{safe(str(config))}: cannot build the pipeline: {safe(str(e))}")
    predict = pipeline_predictor(pipeline)
    n_gold_warnings = len(gold_set.warnings)
    files = [str(p) for p in gold]

    if sys.stderr.isatty():
        with Progress(
            TextColumn("extracting"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=err_console,
            transient=True,
        ) as bar:
            task = bar.add_task("extract", total=len(gold_set.docs))
            result = evaluate(gold_set, predict, files, on_doc=lambda: bar.advance(task))
    else:
        result = evaluate(gold_set, predict, files)
    for w in result["warnings"][n_gold_warnings:]:
        err_console.print(Text(f"warning: {safe(w, 300)}", style="yellow"))

    # not a terminal (a pipe, a file): do not squeeze the table into 80 columns
    out = Console(highlight=False, width=None if sys.stdout.isatty() else 200)
    if json_out is not None:
        payload = json.dumps(result, ensure_ascii=False, indent=2) + "\n"
        if str(json_out) == "-":
            sys.stdout.write(payload)
            return
        try:
            json_out.write_text(payload, encoding="utf-8")
        except OSError as e:
            fail(f"{safe(str(json_out))}: cannot write: {e.strerror or e}")
    if errors:
        print_errors(result, out)
    out.print(score_table(result, by_lang=by_lang))


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_cmd)
