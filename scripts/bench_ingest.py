#!/usr/bin/env python
"""Ingest benchmark: N generated ~5 KB reports into SQLite / PostgreSQL, locally or on Dask.

Prints, per run (each a fresh process and a fresh store): documents per second
(wall clock), documents per CPU second of the ingesting process, the CPU time
per document spent storing and merging (`store ms`) and extracting
(`extract ms`, in this process; the pipeline is loaded before the clock starts, here and on
the workers), peak memory (ru_maxrss of the ingesting
process; for Dask also of the largest worker) and store size.

Modes:
  extract      single process: extract, store and merge (the real figure)
  no-extract   the store-only fast path (texts without extraction)
  dask         extraction on a Dask LocalCluster of --workers processes; this
               process stores and merges
  extract-only / dask-extract-only
               extraction alone (nothing stored): the extraction throughput of one
               process against the cluster's, in wall-clock docs/s and in docs per
               CPU second of the busiest worker (steady when the machine is shared)

    python scripts/bench_ingest.py -n 10000 --full      # the issue's measurement, ~25 min idle
    python scripts/bench_ingest.py                      # 10,000 docs, sqlite + postgres, extract
    python scripts/bench_ingest.py -n 1000 --backend sqlite --modes extract,no-extract,dask
    python scripts/bench_ingest.py -n 2000 --modes extract-only,dask-extract-only
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import uuid
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODES = ("extract", "no-extract", "dask", "extract-only", "dask-extract-only")


def _timed(fn, acc: list[float]):
    """`fn` wrapped to add its CPU time to acc[0]."""
    import time

    def wrapper(*a, **kw):
        t = time.process_time()
        try:
            return fn(*a, **kw)
        finally:
            acc[0] += time.process_time() - t

    return wrapper


def _peak_mb() -> float:
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _warm() -> float:
    """Load the pipeline (as the first document would); this process's CPU time after it."""
    import time

    from sitrep.pipeline import extract
    from sitrep.store.executor import settle_once

    extract("warm up", None)
    settle_once()  # as every executor does after its first batch
    return time.process_time()


def _worker_figures() -> dict:
    import resource
    import time

    return {"cpu": time.process_time(), "peak_mb": _peak_mb(), "rss": resource.RUSAGE_SELF}


def run_one(src: str, db: str, mode: str, workers: int) -> dict:
    """Inside the child: ingest (or only extract) and report figures as JSON."""
    import time

    import sitrep.store.ingest as ing
    from sitrep.store import Store

    store_cpu, extract_cpu = [0.0], [0.0]
    with open(src, "rb") as fh:
        total = sum(1 for _ in fh)
    # the store + merge stage, as the ingest loop calls it (batched since issue 18)
    stage = "store_items" if hasattr(ing, "store_items") else "store_item"
    setattr(ing, stage, _timed(getattr(ing, stage), store_cpu))
    if not mode.startswith("dask"):  # on Dask the workers extract: their CPU is read below
        ing.extract_item = _timed(ing.extract_item, extract_cpu)
    # the end-of-run re-clustering of late reports: once per run, not in `store ms`
    settle_cpu = [0.0]
    Store.settle = _timed(Store.settle, settle_cpu)
    cluster = client = None
    kw: dict = {}
    if mode.startswith("dask"):
        from sitrep.store.executor import DaskExecutor

        cluster = DaskExecutor(n_workers=workers)  # the LocalCluster `--dask local:N` makes
        client = cluster.client
        kw["dask"] = client
        warm = client.run(_warm)  # steady state: pipeline loading is not counted
    if mode != "no-extract" and not mode.startswith("dask"):
        _warm()
    bar = _Bar(mode, total)
    kw["progress"] = bar
    cpu0 = time.process_time()
    t0 = time.perf_counter()
    extract = mode != "no-extract"
    if mode.endswith("extract-only"):
        from sitrep.store.sources import expand, iter_items

        items = list(iter_items(expand([src])))
        t0 = time.perf_counter()
        cpu0 = time.process_time()
        n = _extract_only(items, client, bar)
        seconds, seen, stored, failed = time.perf_counter() - t0, n, 0, 0
        counts, size = {"incidents": 0, "claims": 0}, 0
    else:
        with Store(db) as st:
            s = ing.ingest_paths(st, [src], extract=extract, **kw)
        seconds, seen, stored, failed = s.seconds, s.seen, s.stored, len(s.failed)
        with Store(db, readonly=True) as st:
            counts = st.counts()
            size = st.size_bytes()
    cpu = time.process_time() - cpu0
    out = {
        "docs": seen,
        "stored": stored,
        "failed": failed,
        "seconds": round(seconds, 2),
        "docs_per_s": round(seen / seconds, 1) if seconds else None,
        # the machine may be shared: docs per CPU second of this process is the steadier figure
        "docs_per_cpu_s": round(seen / cpu, 1) if cpu else None,
        "store_ms": round(1000 * store_cpu[0] / seen, 2) if seen else None,
        "extract_ms": round(1000 * extract_cpu[0] / seen, 2) if seen else None,
        "settle_cpu_s": round(settle_cpu[0], 1),
        "peak_mb": _peak_mb(),
        "store_mb": round(size / 1e6, 1),
        "incidents": counts["incidents"],
        "claims": counts["claims"],
        # resident size after the pipeline is loaded, and by documents done: growth shows here
        "rss_start_mb": bar.curve[0][1] if bar.curve else None,
        "rss_curve": bar.curve,
    }
    if len(bar.curve) >= 3:  # MB per 1,000 documents over the second half of the run
        (d0, r0), (d1, r1) = bar.curve[len(bar.curve) // 2], bar.curve[-1]
        out["rss_growth_mb_per_1k"] = round(1000 * (r1 - r0) / (d1 - d0), 2) if d1 > d0 else None
    if client is not None:
        figs = client.run(_worker_figures)
        used = {w: f["cpu"] - warm[w] for w, f in figs.items()}
        busiest = max(used.values())
        out["worker_peak_mb"] = max(f["peak_mb"] for f in figs.values())
        out["worker_cpu_s"] = [round(c, 1) for c in used.values()]
        # what the cluster would do on idle cores: docs per CPU second of the busiest worker
        out["docs_per_worker_cpu_s"] = round(seen / busiest, 1) if busiest else None
        # all the workers' CPU per document: extraction plus Dask's own cost per task
        out["worker_ms_per_doc"] = round(1000 * sum(used.values()) / seen, 2) if seen else None
        # this process's CPU per document: the client, the in-process scheduler and (in
        # dask mode) the writer; with the workers', what the cores must give per document
        out["client_ms_per_doc"] = round(1000 * cpu / seen, 2) if seen else None
        cluster.close()
    bar.close()
    return out


def _extract_only(items, client, bar: _Bar) -> int:
    """Run only the extraction, locally or on the cluster, in the ingest's batches (as many
    in flight as ingest keeps); the number of reports made."""
    from collections import deque

    import sitrep.store.ingest as ing
    from sitrep.store.executor import make_executor

    ex = make_executor(dask=client)
    step = ing.batch_size() * max(1, ex.workers)
    ahead = getattr(ing, "AHEAD", 1)
    n, pending = 0, deque()
    for i in range(0, len(items), step):
        pending.append(ex.submit(ing.extract_item, items[i : i + step], True))
        while pending and (len(pending) > ahead or i + step >= len(items)):
            n += sum(1 for report, _ in pending.popleft().result() if report is not None)
            bar.seen(n)
    return n


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:  # Linux; elsewhere the peak alone is reported
        return round(int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20, 1)  # MiB


class _Bar:
    """Progress on stderr (documents, docs/s, RSS) and the RSS curve: (documents, MB) at
    the start and every tenth of the run."""

    def __init__(self, mode: str, total: int) -> None:
        import time

        self.mode, self.total, self.t0 = mode, total, time.perf_counter()
        self.every = max(1, total // 10)
        self.curve: list[tuple[int, float]] = []
        self._last = self._shown = -1
        try:
            self.curve.append((0, _rss_mb()))
        except OSError:
            pass

    def start(self, total: int | None) -> None:
        pass

    def advance(self, summary) -> None:
        self.seen(summary.seen)

    def seen(self, n: int) -> None:
        import time

        if n // self.every != self._last // self.every and n:
            try:
                self.curve.append((n, _rss_mb()))
            except OSError:
                pass
        if n - self._shown >= max(1, self.total // 200) or n == self.total:
            self._shown = n
            el = time.perf_counter() - self.t0
            rss = self.curve[-1][1] if self.curve else "?"
            print(f"\r  {self.mode}: {n}/{self.total} docs, {n / el if el else 0:.1f} docs/s, "
                  f"RSS {rss} MB ", end="", file=sys.stderr, flush=True)  # fmt: skip
        self._last = n

    def close(self) -> None:
        print(file=sys.stderr, flush=True)


def pg_database() -> tuple[str, str]:
    """(url of a fresh database, its name) on the cluster of scripts/pg-start.sh."""
    import psycopg

    out = subprocess.run(
        ["bash", str(ROOT / "scripts" / "pg-start.sh")], capture_output=True, text=True, check=True
    )
    base = out.stdout.strip().splitlines()[-1]
    name = f"sitrep_bench_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return base.rsplit("/", 1)[0] + "/" + name, base


def drop_pg(base: str, url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


MD_HEAD = (
    "| when (UTC) | backend | mode | docs | docs/s | docs per CPU-s | store ms | settle CPU s "
    "| extract ms | workers' ms / doc | peak MB | RSS at start MB | RSS growth MB / 1k docs |\n"
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n"
)


def _md_row(r: dict) -> str:
    """One markdown table row (docs/performance.md's table of 10k runs)."""
    cells = [r["when"], r["backend"], r["mode"], r["docs"], r["docs_per_s"], r["docs_per_cpu_s"],
             r["store_ms"], r.get("settle_cpu_s"), r["extract_ms"], r.get("worker_ms_per_doc", "–"),
             f"{r['peak_mb']}" + (f" (workers {r['worker_peak_mb']})" if "worker_peak_mb" in r
                                  else ""),
             r.get("rss_start_mb"), r.get("rss_growth_mb_per_1k", "–")]  # fmt: skip
    return "| " + " | ".join("–" if c is None else str(c) for c in cells) + " |\n"


def _append(path: str, text: str) -> None:
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    new = not p.exists()
    with open(p, "a", encoding="utf-8") as fh:
        if new and p.suffix == ".md":
            fh.write(MD_HEAD)
        fh.write(text)


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    ap.add_argument("-n", type=int, default=10_000, help="documents (default 10000)")
    ap.add_argument("--size", type=int, default=3000, help="characters per document")
    ap.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    ap.add_argument("--modes", default="extract", help=f"comma-separated, of {', '.join(MODES)}")
    ap.add_argument("--no-extract", action="store_true", help="add the no-extract mode")
    ap.add_argument("--workers", type=int, default=2, help="Dask LocalCluster workers (default 2)")
    ap.add_argument(
        "--order", choices=["published", "generated"], default="published",
        help="feed the reports in publication order (a live stream; default) or in the "
        "generator's order (a back-fill out of order: late reports re-cluster incidents)",
    )  # fmt: skip
    ap.add_argument(
        "--full", action="store_true",
        help="the issue's measurement in one command: SQLite and PostgreSQL ingests in one "
        "process and on a Dask LocalCluster of --workers, and extraction alone in one process "
        "and on the cluster (the speed-up); overrides --backend and --modes",
    )  # fmt: skip
    ap.add_argument(
        "--json",
        metavar="FILE",
        default=str(ROOT / "out" / "bench_ingest.jsonl"),
        help="append every row as JSON Lines here (default out/bench_ingest.jsonl)",
    )
    ap.add_argument(
        "--md",
        metavar="FILE",
        default=str(ROOT / "out" / "bench_ingest.md"),
        help="append every row as a markdown table row (default out/bench_ingest.md)",
    )
    ap.add_argument("--child", nargs=4, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        src, db, mode, workers = args.child
        print(json.dumps(run_one(src, db, mode, int(workers))))
        return
    if args.full:
        args.backend, args.modes = "both", "extract,dask,extract-only,dask-extract-only"
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M")
    modes = [m.strip() for m in args.modes.split(",") if m.strip()]
    if args.no_extract and "no-extract" not in modes:
        modes.append("no-extract")
    if bad := [m for m in modes if m not in MODES]:
        ap.error(f"unknown mode {bad[0]!r}: use {', '.join(MODES)}")

    sys.path.insert(0, str(ROOT / "tests"))  # the generator is test fixture code
    from synth import generate

    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as tmp:
        src = os.path.join(tmp, "reports.jsonl")
        records = list(generate(args.n, seed=42, size=args.size))
        if args.order == "published":
            records.sort(key=lambda r: (r["published"], r["url"]))
        with open(src, "w", encoding="utf-8") as fh:
            for rec in records:
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        mb = os.path.getsize(src) / 1e6
        print(f"{args.n} generated reports, {mb:.1f} MB ({mb * 1e6 / args.n / 1000:.1f} KB each), "
              f"in {args.order} order")  # fmt: skip
        backends = ["sqlite", "postgres"] if args.backend == "both" else [args.backend]
        print(f"{'backend':9} {'mode':18} {'docs':>6} {'s':>8} {'docs/s':>8} {'/cpu-s':>7} "
              f"{'store ms':>8} {'extr. ms':>8} {'peak MB':>8} {'store MB':>9} {'incid.':>7} "
              f"{'claims':>7}")  # fmt: skip
        for backend in backends:
            for mode in modes:
                if mode.endswith("extract-only") and backend != backends[0]:
                    continue  # nothing is stored: once is enough
                base = None
                if backend == "sqlite" or mode.endswith("extract-only"):
                    db = os.path.join(tmp, f"bench-{mode}.db")
                else:
                    db, base = pg_database()
                try:
                    out = subprocess.run(  # its progress and errors go to our stderr
                        [sys.executable, __file__, "--child", src, db, mode, str(args.workers)],
                        stdout=subprocess.PIPE, text=True,
                    )  # fmt: skip
                    if out.returncode != 0:
                        print(f"{backend} {mode} failed (exit {out.returncode}, see above)",
                              file=sys.stderr)  # fmt: skip
                        continue
                    r = json.loads(out.stdout.strip().splitlines()[-1])
                finally:
                    if base:
                        drop_pg(base, db)
                label = f"{mode}:{args.workers}" if mode.startswith("dask") else mode
                be = "-" if mode.endswith("extract-only") else backend
                print(
                    f"{be:9} {label:18} {r['docs']:>6} {r['seconds']:>8} {r['docs_per_s']!s:>8} "
                    f"{r['docs_per_cpu_s']!s:>7} {r['store_ms']!s:>8} {r['extract_ms']!s:>8} "
                    f"{r['peak_mb']:>8} {r['store_mb']:>9} {r['incidents']:>7} {r['claims']:>7}",
                    flush=True,
                )
                if "worker_peak_mb" in r:
                    print(f"{'':9} {'':18} workers: CPU s {r['worker_cpu_s']}, "
                          f"{r['docs_per_worker_cpu_s']} docs per CPU-s of the busiest, "
                          f"{r['worker_ms_per_doc']} ms/doc (all), client "
                          f"{r.get('client_ms_per_doc')} ms/doc, "
                          f"peak {r['worker_peak_mb']} MB", flush=True)  # fmt: skip
                row = {"when": stamp, "backend": be, "mode": label, "n": args.n,
                       "order": args.order, **r}  # fmt: skip
                _append(args.json, json.dumps(row) + "\n")
                _append(args.md, _md_row(row))
        print(f"rows appended to {args.json} and {args.md}")


if __name__ == "__main__":
    main()
