"""Where the time goes: CPU seconds per pipeline component, summed over documents."""

from __future__ import annotations

import time
from collections import defaultdict

from ..pipeline import Pipeline


class StageTimer:
    """Runs a pipeline's components one by one and adds up each one's CPU time."""

    def __init__(self, pipeline: Pipeline):
        self.pipeline = pipeline
        self.seconds: dict[str, float] = defaultdict(float)

    def __call__(self, doc) -> None:
        clock = time.process_time
        secs = self.seconds
        for name, comp in zip(self.pipeline.names, self.pipeline.components, strict=True):
            t = clock()
            comp(doc)
            secs[name] += clock() - t

    def reset(self) -> None:
        self.seconds.clear()
