"""How long the dashboard's map page takes to load 10,000 incidents (a benchmark, not a test).

Fills a throwaway SQLite store with N synthetic incidents (rows written straight into the
incidents table: the merge is not what is measured here), serves it with uvicorn on
127.0.0.1, and measures
  1. the data the map page fetches (/api/facets, /api/map, the first /api/incidents page):
     server time and payload, median of --repeat runs;
  2. when Debian's chromium is present, the whole page in the browser: navigation until
     every marker is on the map (#map[data-ready='1']).

    .venv/bin/python scripts/bench_web.py [--incidents 10000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import socket
import statistics
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

PLACES = [  # name, lat, lon, country, admin1
    ("Aktobe", 50.28, 57.21, "KZ", "Aktobe"), ("Zhanaozen", 43.34, 52.86, "KZ", "Mangystau"),
    ("Osh", 40.53, 72.80, "KG", "Osh"), ("Bishkek", 42.87, 74.59, "KG", "Bishkek"),
    ("Kutaisi", 42.27, 42.69, "GE", "Imereti"), ("Batumi", 41.64, 41.64, "GE", "Adjara"),
    ("Kharkiv", 49.99, 36.23, "UA", "Kharkiv"), ("Nikopol", 47.57, 34.39, "UA", "Dnipropetrovsk"),
    ("Basra", 30.51, 47.78, "IQ", "Basra"), ("Nakuru", -0.30, 36.07, "KE", "Nakuru"),
]  # fmt: skip
TYPES = ["Protests", "Riots", "Battles", "Explosions/Remote violence", "Violence against civilians"]


def fill(db: Path, n: int, seed: int = 0) -> None:
    from sitrep.store import Store
    from sitrep.store.models import Incident

    rng = random.Random(seed)
    rows = []
    for _ in range(n):
        name, lat, lon, cc, adm = rng.choice(PLACES)
        day = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        typ = rng.choice(TYPES)
        killed = rng.choice([None, None, rng.randint(0, 60)])
        langs = ",".join(rng.sample(["uk", "ru", "en"], rng.randint(1, 3)))
        rows.append(
            dict(
                event_type=typ, sub_event_type=typ, event_types=f",{typ},",
                sub_event_types=f",{typ},", tags="", languages=f",{langs},", event_date=day,
                date_start=day, date_end=day, date_precision="day", location=name,
                lat=lat + rng.uniform(-0.6, 0.6), lon=lon + rng.uniform(-0.6, 0.6), country=cc,
                admin1=adm, geo_precision="exact", n_documents=rng.randint(1, 6), n_events=1,
                killed_low=killed, killed_best=killed, killed_high=killed, estimates={},
                created_at="2025-12-01T00:00:00Z", updated_at="2025-12-01T00:00:00Z",
            )
        )  # fmt: skip
    with Store(db) as st, st.write() as s:
        s.connection().execute(Incident.__table__.insert(), rows)


def fetch(url: str) -> tuple[float, int]:
    t0 = time.perf_counter()
    with urllib.request.urlopen(url) as r:
        body = r.read()
    return time.perf_counter() - t0, len(body)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--incidents", type=int, default=10_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = ap.parse_args()

    import uvicorn

    from sitrep.web import create_app

    tmp = Path(tempfile.mkdtemp(prefix="sitrep-bench-web-"))
    try:
        db = tmp / "store.db"
        t0 = time.perf_counter()
        fill(db, args.incidents)
        print(f"store: {args.incidents} incidents written in {time.perf_counter() - t0:.1f}s")

        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        srv = uvicorn.Server(
            uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
        )
        threading.Thread(target=srv.run, daemon=True).start()
        while not srv.started:
            time.sleep(0.05)
        base = f"http://127.0.0.1:{port}"
        urls = {
            "facets": f"{base}/api/facets",
            "map": f"{base}/api/map",
            "incidents": f"{base}/api/incidents?limit=100",
        }
        fetch(urls["map"])  # warm-up: first connection, SQLite page cache
        result: dict[str, dict[str, float]] = {}
        for name, url in urls.items():
            runs = [fetch(url) for _ in range(args.repeat)]
            result[name] = {
                "seconds": statistics.median(r[0] for r in runs),
                "bytes": runs[0][1],
            }
            print(
                f"  {name:10} {result[name]['seconds'] * 1000:7.1f} ms  "
                f"{result[name]['bytes'] / 1024:8.1f} KiB"
            )
        total = sum(r["seconds"] for r in result.values())
        size = sum(r["bytes"] for r in result.values())
        print(f"map page data, {args.incidents} incidents: {total * 1000:.0f} ms server time + "
              f"transfer, {size / 1024:.0f} KiB (sequential sum, median of {args.repeat})")  # fmt: skip

        browser = None
        if Path(args.chromium).exists():
            from playwright.sync_api import sync_playwright

            with sync_playwright() as p:
                b = p.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
                times = []
                for _ in range(args.repeat):
                    page = b.new_page(viewport={"width": 1280, "height": 900})
                    t0 = time.perf_counter()
                    page.goto(base + "/")
                    page.wait_for_selector("#map[data-ready='1']", timeout=60_000)
                    times.append(time.perf_counter() - t0)
                    markers = page.locator("#map").get_attribute("data-markers")
                    page.close()
                b.close()
            browser = statistics.median(times)
            print(f"map page in chromium until {markers} markers are placed: "
                  f"{browser:.2f} s (median of {args.repeat})")  # fmt: skip
        else:
            print(f"(no chromium at {args.chromium}: browser timing skipped)")
        print(json.dumps({"incidents": args.incidents, "data_seconds": round(total, 3),
                          "data_bytes": size, "browser_seconds": browser and round(browser, 3)}))  # fmt: skip
        srv.should_exit = True
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
