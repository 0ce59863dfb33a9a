"""Where extraction runs: in this process, in forked worker processes, or on a Dask cluster.

Ingest hands each batch of items to an executor and gets the results back in
input order; it submits the next batch before storing the current one, so the
workers extract while the one writer (this process) stores and merges. Every
executor runs the same `extract_item`, so the stored results are identical
whichever one ran it; only throughput differs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from ..cachebudget import trim
from ..gcpolicy import settle_after_load
from ..schema.models import Report
from .db import stored_json

# (report, error) per item, as `sitrep.store.ingest.extract_item` returns it
Result = tuple[Any, str | None]


class Pending(Protocol):
    def result(self) -> list[Result]: ...


class Executor(Protocol):
    """Extracts batches of items; `workers` says how many run at once (batch sizing)."""

    workers: int

    def submit(self, fn: Callable, items: list, extract: bool) -> Pending: ...

    def close(self) -> None: ...


class _Later:
    """A batch extracted when its result is asked for (in this process)."""

    def __init__(self, fn: Callable, items: list, extract: bool) -> None:
        self._call = (fn, items, extract)

    def result(self) -> list[Result]:
        fn, items, extract = self._call
        out = [fn(i, extract) for i in items]
        if extract:
            settle_once()
            trim()  # per-word caches kept within their budget (cachebudget.py)
        return out


class LocalExecutor:
    """This process, one item after the other."""

    workers = 1

    def submit(self, fn: Callable, items: list, extract: bool) -> Pending:
        return _Later(fn, items, extract)

    def close(self) -> None:
        pass


def _quiet_orphan() -> None:
    """A worker must not outlive its parent: after a kill -9 of the ingest, idle pool
    workers would wait for tasks forever, holding the parent's pipes (and its stderr) open.
    A daemon thread ends the worker once its parent is gone; SIGPIPE's default action ends
    one that writes to the gone pipe first, silently instead of with a BrokenPipeError."""
    import os
    import signal
    import threading
    import time

    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="sitrep-orphan-watch", daemon=True).start()


class PoolExecutor:
    """`jobs` worker processes forked from a warmed-up pipeline (loaded once, shared
    copy-on-write)."""

    def __init__(self, jobs: int) -> None:
        import multiprocessing as mp

        from ..pipeline import extract

        extract("warm up", None)
        settle_after_load()  # the loaded resources leave the collector's sight (gcpolicy.py)
        try:
            ctx = mp.get_context("fork")
        except ValueError:  # no fork on this platform: workers load the pipeline themselves
            ctx = mp.get_context()
        self.workers = jobs
        self._pool = ctx.Pool(jobs, initializer=_quiet_orphan)

    def submit(self, fn: Callable, items: list, extract: bool) -> Pending:
        res = self._pool.starmap_async(
            _call_and_trim, [(fn, i, extract) for i in items], chunksize=4
        )
        return _Async(res)

    def close(self) -> None:
        self._pool.terminate()


def _call_and_trim(fn: Callable, item: Any, extract: bool) -> Result:
    """In a pool worker: one item, then the per-word caches kept within their budget."""
    out = fn(item, extract)
    trim()
    return out


class _Async:
    def __init__(self, res) -> None:
        self._res = res

    def result(self) -> list[Result]:
        return self._res.get()


def build_gazetteer_apart() -> None:
    """Build a missing gazetteer cache in a child process, not in this one.

    Building the index from GeoNames peaks at ~740 MB, loading the built one at ~300 MB,
    and a process never gives that peak back: on a cold cache the ingest's peak memory was
    the build's. If the child fails (a read-only cache directory), the pipeline builds it
    here as before."""
    import subprocess
    import sys

    from ..gazetteer import cache_path

    if cache_path().exists():
        return
    code = "from sitrep.gazetteer import get_index; get_index()"
    subprocess.run([sys.executable, "-c", code], capture_output=True, check=False)


class DaskError(Exception):
    """The Dask cluster cannot be reached or started; shown to the user as is."""


def parse_dask(spec: str) -> tuple[str | None, int | None]:
    """`--dask` value -> (scheduler address, None) or (None, local workers).

    "local" -> a LocalCluster with one worker process per core; "local:N" -> N workers;
    anything else is a scheduler address (tcp://host:8786, tls://..., host:8786)."""
    spec = spec.strip()
    if spec == "local" or spec.startswith("local:"):
        n = spec.partition(":")[2]
        if not n:
            return None, None
        if not n.isdigit() or int(n) < 1:
            raise DaskError(f"--dask {spec}: expected local:N with N >= 1 workers")
        return None, int(n)
    if not spec:
        raise DaskError("--dask: empty scheduler address")
    return spec, None


# Dask settings for extraction workers (a LocalCluster gets them; docs/scale-out.md gives the
# environment variables for workers started elsewhere). Each costs CPU on every worker
# while it extracts: the statistical profiler samples the task thread every 10 ms, the
# system monitor and the event-loop tick wake 2 and 50 times a second. Together an idle
# worker used 3.1 % of a core with the defaults and 0.3 % with these (30 s, 2 workers).
WORKER_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.admin.system-monitor.gil.enabled": False,
    "distributed.admin.tick.interval": "500ms",
    "distributed.worker.memory.monitor-interval": "1s",
}


class DaskExecutor:
    """A Dask distributed cluster: an existing scheduler, or a LocalCluster of processes.

    Workers need only `pip install sitrep` (the same version): tasks are sitrep's own
    functions, pickled by reference. A task extracts `chunk` items: a task cost the
    scheduler and the client ~2.7 ms of CPU, so up to 16 documents (~170 ms of
    extraction) share it, and a batch still makes two tasks per worker to even out.
    Reports come back as JSON (`pack`), in input order."""

    chunk = 16

    def __init__(self, client: Any = None, *, address: str | None = None,
                 n_workers: int | None = None, timeout: float = 20) -> None:  # fmt: skip
        try:
            from distributed import Client, LocalCluster
        except ImportError:  # pragma: no cover - a dependency; only a broken install lacks it
            raise DaskError("Dask is not installed: pip install 'dask[distributed]'") from None
        self._own: list[Any] = []
        if client is None:
            try:
                if address is None:
                    import dask

                    with dask.config.set(WORKER_CONFIG):  # the nannies hand it to the workers
                        cluster = LocalCluster(
                            n_workers=n_workers, threads_per_worker=1, processes=True,
                            dashboard_address=None, silence_logs=40,  # logging.ERROR
                        )  # fmt: skip
                    self._own.append(cluster)
                    client = Client(cluster, timeout=timeout)
                else:
                    client = Client(address, timeout=timeout)
            except OSError as e:  # refused, timed out, unresolvable
                self.close()
                raise DaskError(f"cannot reach the Dask scheduler {address}: {e}") from None
            self._own.insert(0, client)
        self.client = client
        # this process decodes every report (~2,000 objects each): at Python's default
        # thresholds that ran a collection every few documents over all that the client,
        # its in-process scheduler and the store hold (0.7 of its 1.4 ms per document)
        settle_after_load()
        info = client.scheduler_info()
        self.workers = max(1, sum(w.get("nthreads", 1) for w in info["workers"].values()))

    def submit(self, fn: Callable, items: list, extract: bool) -> Pending:
        # at most `chunk` a task, and at least two tasks per worker (a smaller batch)
        size = max(1, min(self.chunk, -(-len(items) // (2 * self.workers))))
        chunks = [items[i : i + size] for i in range(0, len(items), size)]
        futures = self.client.map(run_chunk, chunks, fn=fn, extract=extract, pure=False)
        return _Gathered(self.client, futures)

    def close(self) -> None:
        for obj in self._own:  # the client first, then the cluster it ran on
            try:
                obj.close()
            except Exception:  # noqa: BLE001 - closing is best effort
                pass
        self._own = []


def run_chunk(items: list, *, fn: Callable, extract: bool) -> list[Result]:
    """One Dask task: a few items, so the per-task cost of the scheduler is shared."""
    out = [fn(i, extract) for i in items]
    if extract:
        settle_once()
        trim()
    return [pack(r) for r in out]


def pack(result: Result) -> Result:
    """A Report travels as the JSON the store writes of it (`stored_json`): a third of
    its pickle's CPU to make and under half to read back, and exactly the same Report
    (JSON leaves nothing out that the store keeps). One that has no JSON form (a lone
    surrogate in its text) travels as it is."""
    report, error = result
    if report is None:
        return result
    try:
        return stored_json(report), error
    except ValueError:  # pydantic_core.PydanticSerializationError
        return result


def unpack(result: Result) -> Result:
    """The Report of a result `pack` made (in the writer)."""
    report, error = result
    if isinstance(report, str):
        return Report.model_validate_json(report), error
    return result


_settled = False


def settle_once() -> None:
    """After the first extracted batch the pipeline is loaded: leave it out of the
    collector's walks (gcpolicy.py), in this process or a Dask worker; once per process."""
    global _settled
    if not _settled:
        _settled = True
        settle_after_load()


class _Gathered:
    """A batch on the cluster. After `result`, `stored_json` holds each report's JSON as
    it came (None where it came as an object): the store writes it instead of making it
    again (Store.add_reports, meta "report_json")."""

    def __init__(self, client: Any, futures: list) -> None:
        self._client, self._futures = client, futures
        self.stored_json: list[str | None] = []

    def result(self) -> list[Result]:
        packed = [r for chunk in self._client.gather(self._futures) for r in chunk]
        self._futures = []  # released: the workers drop the reports
        self.stored_json = [r if isinstance(r, str) else None for r, _ in packed]
        return [unpack(r) for r in packed]


def make_executor(*, jobs: int = 1, dask: Any = None) -> Executor:
    """The executor for `jobs` local processes or a `dask` spec / Client."""
    if dask is not None:
        if isinstance(dask, str):
            address, n = parse_dask(dask)
            return DaskExecutor(address=address, n_workers=n)
        return DaskExecutor(dask)
    if jobs > 1:
        return PoolExecutor(jobs)
    return LocalExecutor()
