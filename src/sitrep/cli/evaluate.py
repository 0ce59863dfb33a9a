"""`sitrep eval`: run the pipeline on gold documents and report scores and mistakes."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from .common import (
    check_format,
    fail,
    format_option,
    opened_output,
    output_option,
    quiet_option,
    show_progress,
    to_stdout,
)


def eval_cmd(
    gold: list[Path] = typer.Argument(
        ...,
        metavar="GOLD",
        help="Gold JSON Lines files (the format of gold/seed.jsonl). Name them to compare "
        "sets side by side: dev=eval/dev.jsonl real=eval/real/uk.jsonl real=eval/real/ru.jsonl",
    ),
    fmt: str = format_option(("table", "json"), "table", "json: the full numbers, sitrep-eval/1"),
    output: Path = output_option(),
    quiet: bool = quiet_option(),
    json_out: Path = typer.Option(
        None,
        "--json",
        metavar="FILE",
        hidden=True,
        help="Also write the full numbers (schema sitrep-eval/1) to FILE ('-': stdout).",
    ),
    by_lang: bool = typer.Option(False, "--by-lang", help="One column per language besides 'all'."),
    errors: bool = typer.Option(
        False, "--errors", help="List every mistake, document by document."
    ),
    limit: int = typer.Option(
        None, "--limit", metavar="N", min=1, help="Score only the first N usable documents."
    ),
    config: Path = typer.Option(
        None, "--config", metavar="FILE", help="Pipeline configuration (TOML)."
    ),
    convention: str = typer.Option(
        "auto",
        "--convention",
        help="Span convention to score entities under: auto (each gold line's 'convention', "
        "e.g. ner-uk), ours (eval/GUIDE.md), ner-uk (descriptor and quotes inside ORG).",
    ),
    incidents: bool = typer.Option(
        False,
        "--incidents",
        help="Also ingest the documents into a throwaway store and score how they merge "
        "against the gold 'incident' ids (pairwise and B-cubed precision/recall/F1).",
    ),
) -> None:
    """Score extraction against gold files: entities, claims, figures, date, place, type."""
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.text import Text

    from ..eval import EVAL_SCHEMA, GoldFileError, evaluate, load_all, pipeline_predictor
    from ..eval.conventions import CONVENTIONS
    from ..eval.render import safe

    fmt = check_format(fmt, ("table", "json"), "table")
    err_console = Console(stderr=True, highlight=False, quiet=quiet)
    if convention != "auto" and convention not in CONVENTIONS:
        fail(f"--convention: unknown {safe(convention)!r} (known: auto, {', '.join(CONVENTIONS)})")
    sets = split_sets(gold)
    pipeline = None
    if config is not None:
        from ..pipeline import Pipeline, load_config

        try:
            pipeline = Pipeline.from_config(load_config(config))
        except (OSError, ValueError, KeyError, TypeError) as e:
            fail(f"{safe(str(config))}: cannot build the pipeline: {safe(str(e))}")
    results: dict[str, dict] = {}
    for name, paths in sets.items():
        try:
            gold_set = load_all(paths, limit)
        except GoldFileError as e:
            fail(safe(str(e)))
        for w in gold_set.warnings:
            err_console.print(Text(f"warning: {safe(w, 300)}", style="yellow"))
        if not gold_set.docs:
            fail("no usable gold document in " + ", ".join(safe(str(p)) for p in paths))
        reports: dict | None = {} if incidents else None
        predict = pipeline_predictor(pipeline, reports, convention)
        n_gold_warnings = len(gold_set.warnings)
        files = [str(p) for p in paths]
        if show_progress(quiet):
            with Progress(
                TextColumn(f"extracting {safe(name)}".rstrip()),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=err_console,
                transient=True,
            ) as bar:
                task = bar.add_task("extract", total=len(gold_set.docs))
                result = evaluate(
                    gold_set, predict, files, on_doc=lambda t=task, b=bar: b.advance(t)
                )
        else:
            result = evaluate(gold_set, predict, files)
        for w in result["warnings"][n_gold_warnings:]:
            err_console.print(Text(f"warning: {safe(w, 300)}", style="yellow"))
        if incidents:
            from ..eval.incidents import cluster_scores, gold_labels, predict_labels
            from ..store import StoreError

            try:
                pred_labels = predict_labels(gold_set.docs, reports or {})
            except StoreError as e:
                fail(f"--incidents: {safe(str(e))}")
            result["incidents"] = cluster_scores(gold_labels(gold_set.docs), pred_labels)
        results[name] = result

    # not a terminal (a pipe, a file): do not squeeze the table into 80 columns
    payload_obj = results[""] if list(results) == [""] else {"schema": EVAL_SCHEMA, "sets": results}
    if fmt == "json":
        with opened_output(output) as fh:
            fh.write(json.dumps(payload_obj, ensure_ascii=False, indent=2) + "\n")
        return
    if output is not None and not to_stdout(output):
        with opened_output(output) as fh:
            _print_tables(results, Console(file=fh, highlight=False, width=240), errors, by_lang)
        return
    out = Console(highlight=False, width=None if sys.stdout.isatty() else 240)
    if json_out is not None:
        payload = json.dumps(payload_obj, ensure_ascii=False, indent=2) + "\n"
        if str(json_out) == "-":
            sys.stdout.write(payload)
            return
        try:
            json_out.write_text(payload, encoding="utf-8")
        except OSError as e:
            fail(f"{safe(str(json_out))}: cannot write: {e.strerror or e}")
    _print_tables(results, out, errors, by_lang)


def _print_tables(results: dict, out, errors: bool, by_lang: bool) -> None:
    from ..eval.render import incident_table, print_errors, sets_table

    if errors:
        for result in results.values():
            print_errors(result, out)
    out.print(sets_table(results, by_lang=by_lang))
    for name, result in results.items():
        if result.get("incidents", {}).get("gold_groups"):  # nothing to merge: nothing to show
            out.print(incident_table(result["incidents"], name))


def split_sets(gold: list[Path]) -> dict[str, list[Path]]:
    """`NAME=PATH` arguments group files into named sets shown side by side; plain paths
    form one unnamed set. A path that exists as given is never split at its '='."""
    sets: dict[str, list[Path]] = {}
    for p in gold:
        name, eq, rest = str(p).partition("=")
        if eq and name and "/" not in name and not p.exists():
            sets.setdefault(name, []).append(Path(rest))
        else:
            sets.setdefault("", []).append(p)
    if "" in sets and len(sets) > 1:
        fail("either name every gold file (NAME=PATH) or none")
    return sets


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_cmd)
