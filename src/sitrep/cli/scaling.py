"""`sitrep bench --scaling`: time per 1k characters at 10k, 100k and 1M characters."""

from __future__ import annotations

import json
from contextlib import nullcontext
from dataclasses import asdict
from pathlib import Path

from .common import fail, opened_output, show_progress

# the real reports of a checkout; elsewhere the example reports
SOURCES = (Path("eval/real"), Path("examples/reports"))


def scaling_cmd(fmt: str, output: Path | None, quiet: bool) -> None:
    """The --scaling branch of `sitrep bench` (apart, so that bench's own options may change)."""
    from rich.console import Console
    from rich.progress import Progress

    from ..scaling import SIZES, run

    source = next((s for s in SOURCES if s.is_dir()), None)
    if source is None:
        fail("bench --scaling reads eval/real/ or examples/reports/: run it in a sitrep checkout")
    live = show_progress(quiet)
    with Progress(transient=True, console=Console(stderr=True)) if live else nullcontext() as bar:
        task = (
            bar.add_task("extracting 10k / 100k / 1M characters", total=len(SIZES)) if bar else None
        )
        try:
            res = run(source, progress=(lambda i: bar.update(task, completed=i)) if bar else None)
        except ValueError as e:
            fail(str(e))
    with opened_output(output) as fh:
        if fmt == "json":
            fh.write(json.dumps({**asdict(res), "ratio": res.ratio}) + "\n")
        else:
            fh.write(text(res) + "\n")


def text(res) -> str:
    lines = [
        f"text: {res.text}, a unit of {res.unit_chars} characters repeated (CPU time)",
        f"{'characters':>12} {'runs':>5} {'seconds/run':>12} {'ms per 1k chars':>16} {'windows':>8}",
    ]
    for r in res.rows:
        lines.append(
            f"{r.chars:>12,} {r.runs:>5} {r.seconds:>12.3f} {r.ms_per_1k:>16.2f} {r.windows:>8}"
        )
    lines.append(f"time per 1k characters at the longest text / at the shortest: {res.ratio:.2f}x")
    return "\n".join(lines)
