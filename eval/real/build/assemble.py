"""Build eval/real/{uk,ru,en}.jsonl from the annotators' batch scripts.

Each `eval/real/build/<batch>.py` holds its reports' texts and annotations as surface
strings, computes every offset itself, and writes `eval/real/parts/<batch>.jsonl`. This
script runs them all (unless --no-run), then splits the records by language, sorted by id,
into the files `sitrep eval eval/real/*.jsonl` reads. Run it after changing a batch:

    python eval/real/build/assemble.py
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REAL = HERE.parent
PARTS = REAL / "parts"
LANGS = ("uk", "ru", "en")


def main(argv: list[str]) -> int:
    if "--no-run" not in argv:
        for script in sorted(HERE.glob("*.py")):
            if script.name == Path(__file__).name:
                continue
            subprocess.run([sys.executable, str(script)], check=True, cwd=REAL.parent.parent)
    by_lang: dict[str, list[dict]] = {lang: [] for lang in LANGS}
    for part in sorted(PARTS.glob("*.jsonl")):
        for line in part.read_text(encoding="utf-8").splitlines():
            if line.strip():
                rec = json.loads(line)
                by_lang[rec["lang"]].append(rec)
    for lang, recs in by_lang.items():
        recs.sort(key=lambda r: r["id"])
        out = REAL / f"{lang}.jsonl"
        out.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8"
        )
        print(f"{out.relative_to(REAL.parent.parent)}: {len(recs)} reports")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
