#!/usr/bin/env python
"""Ingest benchmark: N generated ~3 KB reports into SQLite and PostgreSQL.

Prints documents per second, peak memory (ru_maxrss of the ingesting process)
and store size, with extraction (the real figure) and, with --no-extract too,
the store-only fast path. Each run is a fresh process and a fresh store.

    python scripts/bench_ingest.py                  # 10,000 docs, sqlite + postgres
    python scripts/bench_ingest.py -n 1000 --backend sqlite --no-extract
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_one(src: str, db: str, extract: bool) -> dict:
    """Inside the child: ingest and report figures as JSON."""
    import resource
    import time

    from sitrep.store import Store
    from sitrep.store.ingest import ingest_paths

    cpu0 = time.process_time()
    with Store(db) as st:
        s = ingest_paths(st, [src], extract=extract, progress=False)
    cpu = time.process_time() - cpu0
    with Store(db, readonly=True) as st:
        counts = st.counts()
        size = st.size_bytes()
    return {
        "docs": s.seen,
        "stored": s.stored,
        "failed": len(s.failed),
        "seconds": round(s.seconds, 2),
        "docs_per_s": round(s.docs_per_second, 1),
        # the machine may be shared: docs per CPU second of this process is the steadier figure
        "docs_per_cpu_s": round(s.seen / cpu, 1) if cpu else None,
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "store_mb": round(size / 1e6, 1),
        "incidents": counts["incidents"],
        "claims": counts["claims"],
    }


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


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=10_000, help="documents (default 10000)")
    ap.add_argument("--size", type=int, default=3000, help="characters per document")
    ap.add_argument("--backend", choices=["sqlite", "postgres", "both"], default="both")
    ap.add_argument("--no-extract", action="store_true", help="also run the store-only fast path")
    ap.add_argument("--child", nargs=3, metavar=("SRC", "DB", "EXTRACT"), help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        src, db, extract = args.child
        print(json.dumps(run_one(src, db, extract == "1")))
        return

    sys.path.insert(0, str(ROOT / "tests"))  # the generator is test fixture code
    from synth import generate

    with tempfile.TemporaryDirectory(prefix="sitrep-bench-") as tmp:
        src = os.path.join(tmp, "reports.jsonl")
        with open(src, "w", encoding="utf-8") as fh:
            for rec in generate(args.n, seed=42, size=args.size):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
        mb = os.path.getsize(src) / 1e6
        print(f"{args.n} generated reports, {mb:.1f} MB ({mb * 1e6 / args.n / 1000:.1f} KB each)")
        backends = ["sqlite", "postgres"] if args.backend == "both" else [args.backend]
        modes = [True, False] if args.no_extract else [True]
        print(f"{'backend':9} {'extract':8} {'docs':>6} {'s':>8} {'docs/s':>8} {'/cpu-s':>7} {'peak MB':>8} "
              f"{'store MB':>9} {'incid.':>7} {'claims':>7}")  # fmt: skip
        for backend in backends:
            for extract in modes:
                base = None
                if backend == "sqlite":
                    db = os.path.join(tmp, f"bench-{int(extract)}.db")
                else:
                    db, base = pg_database()
                try:
                    out = subprocess.run(
                        [sys.executable, __file__, "--child", src, db, str(int(extract))],
                        capture_output=True, text=True,
                    )  # fmt: skip
                    if out.returncode != 0:
                        print(f"{backend} failed:\n{out.stderr[-2000:]}", file=sys.stderr)
                        continue
                    r = json.loads(out.stdout.strip().splitlines()[-1])
                finally:
                    if base:
                        drop_pg(base, db)
                print(
                    f"{backend:9} {'yes' if extract else 'no':8} {r['docs']:>6} "
                    f"{r['seconds']:>8} {r['docs_per_s']:>8} {r['docs_per_cpu_s']:>7} {r['peak_mb']:>8} "
                    f"{r['store_mb']:>9} {r['incidents']:>7} {r['claims']:>7}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
