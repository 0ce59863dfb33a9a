"""Build eval/real/{uk,ru,en}.jsonl from the annotators' batch scripts.

Each `eval/real/build/<batch>.py` holds its reports' texts and annotations as surface
strings, computes every offset itself, and writes `eval/real/parts/<batch>.jsonl`. This
script runs them all (unless --no-run), then splits the records by language, sorted by id,
into the files `sitrep eval eval/real/*.jsonl` reads. A page that two batches took twice is
kept once; the other annotation goes to eval/real/second/duplicates.jsonl (under the kept
id), where eval/tools/agreement.py can compare the two. Run it after changing a batch:

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
    dups: list[dict] = []
    for lang, recs in by_lang.items():
        recs.sort(key=lambda r: r["id"])
        first: dict[str, dict] = {}
        kept = []
        for r in recs:
            twin = first.setdefault(r["text"].strip(), r)
            if twin is r:
                kept.append(r)
            else:  # the same page annotated twice, by two annotators: a free agreement sample
                print(f"{r['id']}: same text as {twin['id']}; kept as a second annotation")
                dups.append({**r, "id": twin["id"]})
        recs[:] = kept
        out = REAL / f"{lang}.jsonl"
        out.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs), encoding="utf-8"
        )
        print(f"{out.relative_to(REAL.parent.parent)}: {len(recs)} reports")
    second = REAL / "second" / "duplicates.jsonl"
    second.parent.mkdir(exist_ok=True)
    second.write_text(
        "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in dups), encoding="utf-8"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
