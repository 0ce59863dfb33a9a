"""`sitrep bench`: documents per second, KB/s, peak memory and stage budgets on real text."""

from __future__ import annotations

import json
from dataclasses import asdict
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
)


def bench_cmd(
    docs: int = typer.Option(
        None,
        "--docs",
        "-n",
        metavar="N",
        min=1,
        help="Documents per language (default: all the real texts; more repeats them). "
        "With --synthetic: generated reports in all (default 1000).",
    ),
    langs: str = typer.Option(
        "uk,ru,en", "--lang", metavar="LANGS", help="Comma-separated languages to measure."
    ),
    corpus: Path = typer.Option(
        Path("bench/corpus"),
        "--corpus",
        metavar="DIR",
        help="Raw real corpus: <lang>.jsonl.gz, one published text a line (bench/corpus/README.md).",
    ),
    eval_dir: Path = typer.Option(
        Path("eval/real"), "--eval-dir", metavar="DIR", help="Also read <lang>.jsonl here first."
    ),
    cold: bool = typer.Option(
        False, "--cold", help="Empty every cache before each language, as in a fresh process."
    ),
    peers: int = typer.Option(
        0,
        "--peers",
        metavar="N",
        min=0,
        help="Also time the peer stack (dateparser; + natasha NER for ru) on the first N "
        "texts of each language, in this process, and print the ratio.",
    ),
    synthetic: bool = typer.Option(
        False, "--synthetic", help="The old generated corpus: example sentences recombined."
    ),
    size: int = typer.Option(
        3000, "--size", metavar="CHARS", min=200, help="--synthetic: characters per report."
    ),
    folder: Path = typer.Option(
        Path("examples"), "--from", metavar="DIR", help="--synthetic: reports to recombine."
    ),
    warmup: int = typer.Option(
        200, "--warmup", metavar="N", min=0, help="--synthetic: untimed documents first."
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
    """Measure throughput on real published text, per language, on one core.

    Reads eval/real/<lang>.jsonl and bench/corpus/<lang>.jsonl.gz (openly licensed news and
    official addresses, thousands of new words per document, so word caches miss as they do
    in production). Prints documents/s and KB/s of CPU time, peak memory, and the CPU
    milliseconds each pipeline stage takes per document. Examples:

      sitrep bench                      # every real text, uk ru en
      sitrep bench --peers 100          # and dateparser (+ natasha for ru) on the same texts
      sitrep bench --cold --lang ru     # caches emptied first
      sitrep bench -n 20000 --lang uk   # the corpus repeated to 20,000 documents
      sitrep bench --scaling            # ms per 1k characters of a 10k, 100k and 1M text
    """
    from contextlib import nullcontext

    from rich.console import Console
    from rich.progress import Progress

    fmt = check_format(fmt, ("text", "json"), "json" if as_json else "text")
    if scaling:
        from .scaling import scaling_cmd

        return scaling_cmd(fmt, output, quiet)
    live = show_progress(quiet)
    if synthetic:
        from ..bench.synthetic import run

        n = docs or 1000
        with (
            Progress(transient=True, console=Console(stderr=True)) if live else nullcontext() as bar
        ):
            task = bar.add_task("extracting", total=n) if bar else None
            res = run(
                n,
                size,
                folder if folder.is_dir() else None,
                progress=(lambda i: bar.update(task, completed=i)) if bar else (lambda i: None),
                warmup=warmup,
            )
        with opened_output(output) as fh:
            fh.write((json.dumps(asdict(res)) if fmt == "json" else _synthetic_text(res)) + "\n")
        return

    from ..bench import LANGS, CorpusError, run_real
    from ..bench.peers import PeerMissing

    wanted = tuple(x.strip() for x in langs.split(",") if x.strip())
    bad = [x for x in wanted if x not in LANGS]
    if bad or not wanted:
        fail(
            f"--lang: unknown language {', '.join(bad) or '(none)'}; choose from {', '.join(LANGS)}"
        )
    with Progress(transient=True, console=Console(stderr=True)) if live else nullcontext() as bar:
        tasks: dict[str, int] = {}

        def progress(lang: str, i: int, total: int) -> None:
            if bar is None:
                return
            if lang not in tasks:
                tasks[lang] = bar.add_task(f"extracting {lang}", total=total)
            bar.update(tasks[lang], completed=i)

        try:
            res = run_real(
                wanted,
                docs,
                corpus,
                eval_dir if eval_dir.is_dir() else None,
                cold=cold,
                peers=peers,
                progress=progress,
            )
        except (CorpusError, PeerMissing) as e:
            fail(str(e))
    with opened_output(output) as fh:
        fh.write((json.dumps(asdict(res)) if fmt == "json" else render(res)) + "\n")


def render(res) -> str:
    """The per-language table, then the stage budget (ms of CPU per document)."""
    head = "| lang | docs | chars/doc | docs/s | KB/s | claims | events |"
    sep = "|---|---|---|---|---|---|---|"
    if any(r.peer for r in res.languages):
        head += " peer stack | peer docs/s | ratio |"
        sep += "---|---|---|"
    lines = [
        f"real text, one core (CPU time){', cold caches' if res.cold else ''}: {res.corpus}",
        head,
        sep,
    ]
    for r in res.languages:
        rep = f" ({r.repeated} repeats)" if r.repeated else ""
        row = (
            f"| {r.lang} | {r.documents}{rep} | {r.mean_chars:.0f} | {r.docs_per_sec:.1f} | "
            f"{r.kb_per_sec:.0f} | {r.claims} | {r.events} |"
        )
        if r.peer:
            ratio = f"{r.ratio:.1f}x" if r.ratio else "-"
            row += f" {r.peer} ({r.peer_documents} docs) | {r.peer_docs_per_sec} | {ratio} |"
        lines.append(row)
    lines.append(
        f"peak memory {res.peak_rss_mb:.0f} MB (before any peer); start-up {res.load_seconds:.2f} s"
    )
    stages = list(res.languages[0].stages_ms_per_doc) if res.languages else []
    lines += [
        "",
        "CPU ms per document, by stage:",
        "| stage | " + " | ".join(r.lang for r in res.languages) + " |",
        "|---|" + "---|" * len(res.languages),
    ]
    for s in stages:
        lines.append(
            f"| {s} | "
            + " | ".join(f"{r.stages_ms_per_doc.get(s, 0):.2f}" for r in res.languages)
            + " |"
        )
    return "\n".join(lines)


def _synthetic_text(res) -> str:
    return (
        f"{res.documents} generated documents of ~{res.mean_chars:.0f} chars in "
        f"{res.seconds:.2f} s: {res.docs_per_sec:.1f} docs/s on one core; peak memory "
        f"{res.peak_rss_mb:.0f} MB; start-up {res.warmup_seconds:.2f} s "
        f"(+{res.warmup_documents} warm-up documents); {res.claims} claims, {res.events} events"
    )


def register(app: typer.Typer) -> None:
    app.command("bench")(bench_cmd)
