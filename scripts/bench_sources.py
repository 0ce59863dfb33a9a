"""CPU cost of the live path: polling a feed on loopback versus ingesting the same feed file.

A feed of N synthetic entries (tests/synth.py) is served by `python -m http.server` in a
separate process (its CPU time is not ours), and polled with `sitrep.sources.watch.cycle`:
the first poll (all new), a poll answered 304 (If-Modified-Since), and a poll answered 200
with every entry already seen. The same file is ingested locally for comparison. CPU
seconds (time.process_time) of this process; extraction off unless --extract, so what is
measured is fetching, parsing, the once-only bookkeeping and the store.

    python scripts/bench_sources.py --entries 500 [--extract]
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from email.utils import format_datetime
from html import escape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))


def write_feed(path: Path, n: int) -> None:
    from synth import generate

    parts = ['<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Bench</title>']
    for i, rec in enumerate(generate(n, size=1500)):
        when = format_datetime(datetime.fromisoformat(rec["published"]))
        parts.append(
            f"<item><title>Report {i}</title><link>https://bench.example/{i}</link>"
            f"<pubDate>{when}</pubDate><description>{escape(rec['text'])}</description></item>"
        )
    parts.append("</channel></rss>")
    path.write_text("\n".join(parts), encoding="utf-8")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=500)
    ap.add_argument("--extract", action="store_true", help="extract too (pipeline cost)")
    args = ap.parse_args()

    from sitrep.sources.watch import cycle, load_config, policy_of
    from sitrep.store import Store
    from sitrep.store.ingest import ingest_paths

    tmp = Path(tempfile.mkdtemp(prefix="sitrep-bench-sources-"))
    (tmp / "www").mkdir()
    write_feed(tmp / "www" / "feed.rss", args.entries)
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"],
        cwd=tmp / "www",
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                time.sleep(0.05)
        url = f"http://127.0.0.1:{port}/feed.rss"
        (tmp / "feeds.toml").write_text(f'[watch]\ninterval = 0\n[[feed]]\nurl = "{url}"\n')
        cfg = load_config(tmp / "feeds.toml")
        policy = policy_of(cfg.watch, ["127.0.0.0/8"])
        extract = args.extract
        if extract:
            from sitrep.pipeline import extract as warm

            warm("warm up", None)
        rows = []
        with Store(tmp / "live.db") as store:
            for label, every in (("first poll (all new)", True), ("poll answered 304", True)):
                t = time.process_time()
                (res,) = cycle(store, cfg, policy, extract=extract, every_feed=every)
                rows.append((label, time.process_time() - t, res.status, res.stored))
            (tmp / "www" / "feed.rss").touch()  # a newer Last-Modified: 200, all entries seen
            time.sleep(1.1)
            (tmp / "www" / "feed.rss").touch()
            t = time.process_time()
            (res,) = cycle(store, cfg, policy, extract=extract, every_feed=True)
            rows.append(("poll answered 200, all seen", time.process_time() - t, res.status, 0))
        with Store(tmp / "local.db") as store:
            t = time.process_time()
            s = ingest_paths(store, [str(tmp / "www" / "feed.rss")], extract=extract)
            rows.append(("local file ingest (same feed)", time.process_time() - t, "-", s.stored))
    finally:
        server.terminate()
        server.wait(timeout=10)
    n = args.entries
    print(f"{n} entries, extraction {'on' if extract else 'off'}; CPU seconds (process_time)")
    for label, cpu, status, stored in rows:
        print(f"  {label:32s} {cpu:7.2f} s  {cpu / n * 1000:6.2f} ms/entry  {status:9s} {stored}")


if __name__ == "__main__":
    main()
