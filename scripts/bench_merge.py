#!/usr/bin/env python
"""Merge cost against incident size: one incident grown to N members (default 5,000).

Every report tells the same strike on one city on one day (one event, one killed
claim), so every report joins the one incident. Prints the CPU time of a join
(store + merge, per report) at several incident sizes: flat means a join does not
recompute from all members. CPU time of this process, not wall time.

    python scripts/bench_merge.py            # 5,000 members
    python scripts/bench_merge.py -n 1000 --db /tmp/m.db
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


KHARKIV = dict(name="Kharkiv", geonameid=706483, lat=49.98081, lon=36.25272, country="UA",
               admin1="Kharkiv")  # fmt: skip


def report(i: int):
    from conftest import build_report

    text = f"Report {i}: a strike on Kharkiv killed {3 + i % 5} people."
    return build_report(
        f"m{i:05d}",
        text,
        lang=("uk", "ru", "en")[i % 3],
        published=f"2022-03-01T{8 + i // 3600 % 12:02d}:{i // 60 % 60:02d}:{i % 60:02d}Z",
        events=[dict(id="e1", type="Explosions/Remote violence", date="2022-03-01",
                     place=KHARKIV, claims=["c1"])],
        claims=[dict(id="c1", kind="killed", phrase=f"killed {3 + i % 5}", value=3 + i % 5,
                     qualifier="exact", low=3 + i % 5, high=3 + i % 5)],
    )  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=5000, help="members (default 5000)")
    ap.add_argument("--db", help="SQLite path or URL (default: a temporary file)")
    ap.add_argument("--block", type=int, default=50, help="reports timed at each size")
    args = ap.parse_args()
    from sitrep.store import Store

    sizes = sorted({s for s in (100, 1000, 2500, args.n - args.block) if 0 < s < args.n})
    with tempfile.TemporaryDirectory() as tmp:
        st = Store(args.db or str(Path(tmp) / "merge.db"))
        reports = [report(i) for i in range(args.n)]
        per_join: dict[int, float] = {}
        cpu0 = time.process_time()
        i = 0
        while i < args.n:
            timed = i in sizes
            t = time.process_time()
            for r in reports[i : i + (args.block if timed else 1)]:
                st.add_report(r)
            if timed:
                per_join[i] = (time.process_time() - t) / args.block * 1000
                i += args.block
            else:
                i += 1
        total = time.process_time() - cpu0
        c = st.counts()
        st.close()
    print(json.dumps({
        "members": c["members"], "incidents": c["incidents"],
        "ms_per_join_at_size": {str(k): round(v, 2) for k, v in per_join.items()},
        "total_cpu_s": round(total, 1), "docs_per_cpu_s": round(args.n / total, 1),
    }))  # fmt: skip


if __name__ == "__main__":
    main()
