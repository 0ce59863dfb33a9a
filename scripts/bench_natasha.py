"""CPU time per document and peak memory of one pipeline over Russian texts (docs/ner.md).

One configuration per process, so that peak RSS (VmHWM) is that configuration's own:

    python scripts/bench_natasha.py rules            # the default pipeline
    python scripts/bench_natasha.py natasha          # + ner_natasha, compact loader, lazy
    python scripts/bench_natasha.py natasha-stock    # + ner_natasha, natasha's own loader

Texts: eval/real/ru.jsonl and bench/corpus/ru.jsonl.gz (or the files given after the mode).
CPU time is time.process_time() around each document, after one untimed warm-up document;
the model's load time is reported apart (lazy: inside the first Russian document).
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = [ROOT / "eval/real/ru.jsonl", ROOT / "bench/corpus/ru.jsonl.gz"]


def _rss() -> dict[str, float]:
    out = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        k, _, v = line.partition(":")
        if k in ("VmRSS", "VmHWM"):
            out[k] = int(v.split()[0]) / 1024
    return out


def _texts(path: Path) -> list[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def main() -> None:
    mode = sys.argv[1] if len(sys.argv) > 1 else "rules"
    files = [Path(p) for p in sys.argv[2:]] or FILES
    from sitrep.pipeline import Pipeline, extract_doc, load_config

    if mode == "rules":
        cfg = None
    else:
        cfg = load_config(ROOT / "examples/pipeline-natasha.toml")
        cfg["components"]["ner_natasha"]["loader"] = (
            "stock" if mode.endswith("stock") else "compact"
        )
    t0 = time.process_time()
    pipe = Pipeline.from_config(cfg)
    build = time.process_time() - t0
    extract_doc("Разогрев.", lang="en", pipeline=pipe)  # untimed, and not Russian
    base = _rss()["VmRSS"]
    print(f"{mode}: pipeline built in {build * 1000:.0f} ms CPU, RSS {base:.1f} MB")
    for path in files:
        docs = _texts(path)
        times = []
        for d in docs:
            t = time.process_time()
            extract_doc(d["text"], published=d.get("published"), lang=d.get("lang"), pipeline=pipe)
            times.append(time.process_time() - t)
        times_sorted = sorted(times)
        r = _rss()
        print(
            f"  {path.name}: {len(docs)} docs, {sum(times) / len(docs) * 1000:.2f} ms/doc CPU, "
            f"without the first {sum(times[1:]) / (len(docs) - 1) * 1000:.2f} "
            f"(median {times_sorted[len(times) // 2] * 1000:.2f}, first {times[0] * 1000:.0f}), "
            f"RSS {r['VmRSS']:.1f} MB, peak {r['VmHWM']:.1f} MB"
        )


if __name__ == "__main__":
    main()
