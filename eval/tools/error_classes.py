"""Count the mistakes of `sitrep eval --json` by class: which field, which kind of error.

Usage: python eval/tools/error_classes.py RESULT.json [--set real] [--top 20]
The classes are coarse on purpose (field + error, plus the claim kind or the entity label),
so that the largest ones point at the work that matters most.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def classes(result: dict) -> Counter:
    out: Counter = Counter()
    for doc in result.get("per_document", []):
        for e in doc.get("errors", []):
            field, err = e.get("field"), e.get("error")
            detail = ""
            exp, pred = e.get("expected") or {}, e.get("predicted") or {}
            if field == "claims":
                detail = (exp or pred).get("kind", "") if isinstance(exp or pred, dict) else ""
            elif field == "entities":
                detail = (exp or pred).get("label", "") if isinstance(exp or pred, dict) else ""
            out[f"{field} {err} {detail}".strip()] += 1
    return out


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    if not args:
        print(__doc__)
        return 2
    res = json.loads(Path(args[0]).read_text(encoding="utf-8"))
    if "sets" in res:
        name = argv[argv.index("--set") + 1] if "--set" in argv else "real"
        res = res["sets"][name]
    top = int(argv[argv.index("--top") + 1]) if "--top" in argv else 20
    for cls, n in classes(res).most_common(top):
        print(f"{n:5d}  {cls}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
