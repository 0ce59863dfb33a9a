"""Inter-annotator agreement: score one annotator's gold file against another's.

The second annotation is read as if it were a prediction (both are in the gold format), so
the agreement per field is exactly what `sitrep eval` would report: entity F1 per label,
claim F1 and attribute agreement, headline figures, date, place, country, types, tags.
Incident ids agree when they partition the shared documents the same way (pairwise).

Usage: python eval/tools/agreement.py FIRST.jsonl SECOND.jsonl [--json OUT]
Only the documents present in both files (by id, with the same text) are compared.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from rich.console import Console  # noqa: E402

from sitrep.eval.gold import load_gold  # noqa: E402
from sitrep.eval.incidents import cluster_scores, gold_labels  # noqa: E402
from sitrep.eval.metrics import finalize, merge_counts, score_document  # noqa: E402
from sitrep.eval.render import sets_table  # noqa: E402


def agreement(first: Path, second: Path) -> dict:
    a = {d.id: d for d in load_gold(first).docs}
    b = {d.id: d for d in load_gold(second).docs}
    shared = [i for i in a if i in b and a[i].text == b[i].text]
    overall: dict = {}
    by_lang: dict = {}
    for i in shared:
        counts, _ = score_document(a[i].gold, b[i].gold, a[i].text)
        merge_counts(overall, counts)
        merge_counts(by_lang.setdefault(a[i].lang or "?", {}), counts)
    return {
        "files": [str(first), str(second)],
        "documents": len(shared),
        "warnings": [],
        "pipeline_errors": 0,
        "overall": finalize(overall),
        "by_lang": {k: finalize(v) for k, v in sorted(by_lang.items())},
        "incidents": cluster_scores(
            gold_labels([a[i] for i in shared]), gold_labels([b[i] for i in shared])
        ),
    }


def main(argv: list[str]) -> int:
    args = [x for x in argv if not x.startswith("--")]
    if len(args) < 2:
        print(__doc__)
        return 2
    res = agreement(Path(args[0]), Path(args[1]))
    if "--json" in argv:
        out = Path(argv[argv.index("--json") + 1])
        out.write_text(json.dumps(res, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    con = Console(width=200)
    con.print(sets_table({"agreement": res}, by_lang=True))
    inc = res["incidents"]["pairwise"]
    con.print(f"incident ids, pairwise: P {inc['precision']:.2f} R {inc['recall']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
