"""Write docs/accuracy.md: the dev and real tables side by side, per language, with the date
and the command that produced them. Run after any accuracy change (`make accuracy`).

Usage: python scripts/accuracy_md.py [--out docs/accuracy.md] [--from RESULT.json]
Without --from it runs `sitrep eval dev=eval/dev.jsonl real=eval/real/*.jsonl --by-lang
--incidents --json` itself.
"""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LANGS = ("uk", "ru", "en")

ROWS: list[tuple[str, tuple[str, ...], str]] = [
    ("PER F1 (exact)", ("entities", "exact", "PER"), "f1"),
    ("LOC F1 (exact)", ("entities", "exact", "LOC"), "f1"),
    ("ORG F1 (exact)", ("entities", "exact", "ORG"), "f1"),
    ("claims P", ("claims",), "precision"),
    ("claims R", ("claims",), "recall"),
    ("claims F1", ("claims",), "f1"),
    ("qualifier acc.", ("claims",), "qualifier_accuracy"),
    ("certainty acc.", ("claims",), "certainty_accuracy"),
    ("source acc.", ("claims",), "source_accuracy"),
    ("scope acc.", ("claims",), "scope_accuracy"),
    ("background P", ("claims", "background"), "precision"),
    ("killed exact (report gives one)", ("figures", "killed"), "exact_rate"),
    ("killed exact (all docs)", ("figures_all", "killed"), "exact_rate"),
    ("injured exact (report gives one)", ("figures", "injured"), "exact_rate"),
    ("injured exact (all docs)", ("figures_all", "injured"), "exact_rate"),
    ("participants exact (all docs)", ("figures_all", "participants"), "exact_rate"),
    ("arrested exact (all docs)", ("figures_all", "arrested"), "exact_rate"),
    ("event date", ("event_date",), "accuracy"),
    ("location ≤25 km", ("location",), "accuracy"),
    ("country", ("country",), "accuracy"),
    ("primary type", ("event_type",), "accuracy"),
    ("sub-event types F1", ("sub_event_types",), "f1"),
    ("tags F1", ("tags",), "f1"),
]

COMMAND = [
    "sitrep",
    "eval",
    "dev=eval/dev.jsonl",
    *(f"real=eval/real/{lang}.jsonl" for lang in LANGS),
    "--by-lang",
    "--incidents",
]


def _get(m: dict, path: tuple[str, ...], key: str) -> str:
    for p in path:
        m = (m or {}).get(p) or {}
    v = m.get(key)
    return "–" if v is None else f"{v:.2f}"


def render(result: dict, when: str) -> str:
    sets = result["sets"]
    cols = [(name, lang) for name in ("dev", "real") for lang in ("all", *LANGS)]
    head = "| metric | " + " | ".join(f"{n} {lang}" for n, lang in cols) + " |"
    lines = [
        "# Accuracy",
        "",
        f"Measured on {when} with `{' '.join(COMMAND)}` (`make eval`; this file: "
        "`python scripts/accuracy_md.py`).",
        "",
        "- **dev**: `eval/dev.jsonl`, 60 reports we wrote ourselves (optimistic: used for error "
        "analysis).",
        "- **real**: `eval/real/*.jsonl`, real published reports with their licences "
        "(eval/real/LICENSES.md), annotated by eval/GUIDE.md; see docs/eval.md for every metric.",
        "",
        head,
        "|---|" + "---|" * len(cols),
    ]
    docs = (
        "| documents | "
        + " | ".join(
            str(
                (sets[n]["overall"] if lang == "all" else sets[n]["by_lang"].get(lang, {})).get(
                    "documents", 0
                )
            )
            for n, lang in cols
        )
        + " |"
    )
    lines.append(docs)
    for label, path, key in ROWS:
        cells = []
        for n, lang in cols:
            m = sets[n]["overall"] if lang == "all" else sets[n]["by_lang"].get(lang, {})
            cells.append(_get(m, path, key))
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    inc = sets["real"].get("incidents")
    if inc:
        pw, b3 = inc["pairwise"], inc["bcubed"]
        lines += [
            "",
            "## Merging reports into incidents (real set, `--incidents`)",
            "",
            f"{inc['documents']} documents, {inc['gold_incidents']} gold incidents of which "
            f"{inc['gold_groups']} are told by several reports; "
            f"{inc['predicted_incidents']} predicted.",
            "",
            "| | precision | recall | F1 |",
            "|---|---|---|---|",
            f"| pairwise | {pw['precision']:.2f} | {pw['recall']:.2f} | {pw['f1']:.2f} |",
            f"| B-cubed | {b3['precision']:.2f} | {b3['recall']:.2f} | {b3['f1']:.2f} |",
        ]
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    out = ROOT / "docs" / "accuracy.md"
    if "--out" in argv:
        out = Path(argv[argv.index("--out") + 1])
    if "--from" in argv:
        result = json.loads(Path(argv[argv.index("--from") + 1]).read_text(encoding="utf-8"))
    else:
        exe = Path(sys.executable).with_name("sitrep")
        proc = subprocess.run(
            [str(exe), *COMMAND[1:], "--json", "-"],
            cwd=ROOT, capture_output=True, text=True, check=True,
        )  # fmt: skip
        result = json.loads(proc.stdout)
    out.write_text(render(result, dt.date.today().isoformat()), encoding="utf-8")
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
