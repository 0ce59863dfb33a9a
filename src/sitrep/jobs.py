"""How many worker processes to use, and running work over them in input order.

`-j auto` means every core this process may run on (its CPU affinity, not the machine's
count). Output order never depends on the number of workers: results come back in the
order the inputs went in, so `-j 1` and `-j auto` write byte-identical output.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")


class JobsError(ValueError):
    """A -j value that is neither a positive number nor 'auto'."""


def available_cores() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # not Linux
        return max(1, os.cpu_count() or 1)


def resolve_jobs(spec: str | int | None, items: int | None = None) -> int:
    """Workers for `spec` ('auto', a number); never more than there are items."""
    if spec is None or str(spec).strip().lower() == "auto":
        n = available_cores()
    else:
        try:
            n = int(str(spec).strip())
        except ValueError:
            raise JobsError(f"-j {spec!r}: expected a positive number or 'auto'") from None
        if n < 1:
            raise JobsError(f"-j {spec!r}: expected a positive number or 'auto'")
    if items is not None:
        n = min(n, max(1, items))
    return n


def ordered_map(
    fn: Callable[[T], R], items: Iterable[T], jobs: int, warm: Callable[[], None] | None = None
) -> Iterator[R]:
    """fn over items in `jobs` forked processes, yielding results in input order.

    `warm` runs first (load the pipeline), before forking, so the workers share it
    copy-on-write instead of each loading it. With jobs == 1 nothing is forked. fn must be
    picklable.
    """
    if warm is not None:
        warm()
    if jobs <= 1:
        yield from map(fn, items)
        return
    import multiprocessing as mp

    try:
        ctx = mp.get_context("fork")
    except ValueError:  # no fork on this platform: workers load what they need themselves
        ctx = mp.get_context()
    with ctx.Pool(jobs) as pool:
        # imap keeps input order; chunks of 4 amortize the pickling of small reports
        yield from pool.imap(fn, items, chunksize=4)
