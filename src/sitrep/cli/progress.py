"""The ingest progress bar: done / total, docs/s, failures, on stderr (rich)."""

from __future__ import annotations

import time

from ..store.ingest import IngestSummary


class IngestBar:
    """A `sitrep.store.ingest.Progress` drawn with rich."""

    def __init__(self) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} docs/s"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            TextColumn("{task.fields[failed]} failed"),
            console=Console(stderr=True),
        )
        self.task = None
        self.t0 = time.perf_counter()

    def start(self, total: int | None) -> None:
        self.t0 = time.perf_counter()
        self.task = self.progress.add_task("ingest", total=total, rate="-", failed=0)
        self.progress.start()

    def advance(self, summary: IngestSummary) -> None:
        elapsed = time.perf_counter() - self.t0
        rate = f"{summary.seen / elapsed:.0f}" if elapsed > 0 else "-"
        self.progress.update(self.task, advance=1, rate=rate, failed=len(summary.failed))

    def close(self) -> None:
        self.progress.stop()
