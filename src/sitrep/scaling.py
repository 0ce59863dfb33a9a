"""How extraction time grows with text length: `sitrep bench --scaling`.

One unit of about 10,000 characters is built from the paragraphs of real reports
(eval/real/*.jsonl in a checkout: Ukrainian, Russian and English, each with its url and
licence; else the example reports), and repeated to 10k, 100k and 1M characters. The
unit is extracted once first, so that caches hold its words at every size, and what is
left to measure is what depends on the length: a scan that restarts from the start of
the text or of a list makes the time per 1k characters grow with the text. Time is CPU
time of this process (time.process_time). Every size gets the same amount of work, about
1M characters (the 10k text 100 times, the 100k text 10 times, the 1M text once), so that
the load of a shared machine weighs on each size alike; the time is the mean per run.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

SIZES = (10_000, 100_000, 1_000_000)
UNIT_CHARS = 9_000  # so that the 10k text holds one whole unit
WORK_CHARS = 1_000_000  # characters extracted at each size (the text repeated)


@dataclass
class ScalingRow:
    chars: int
    seconds: float  # CPU time of one extraction (the mean of `runs`)
    runs: int
    ms_per_1k: float
    windows: int  # how many windows of paragraphs the text was read in (1: whole)


@dataclass
class ScalingResult:
    text: str  # what the text is made of
    unit_chars: int
    rows: list[ScalingRow] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        """Time per 1k characters at the longest text over that at the shortest."""
        return round(self.rows[-1].ms_per_1k / self.rows[0].ms_per_1k, 2) if self.rows else 0.0


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if len(p.strip()) >= 40 and not _markup(p)]


def _markup(p: str) -> bool:
    """A Markdown title, byline or rule: not report prose."""
    return p.lstrip().startswith(("#", "*", ">", "---"))


def unit_text(source: Path | None) -> tuple[str, str]:
    """About UNIT_CHARS of real report paragraphs, languages interleaved; and what it is."""
    real = sorted(source.glob("*.jsonl")) if source and source.is_dir() else []
    by_doc: list[list[str]] = []
    if real:
        for f in real:
            with f.open(encoding="utf-8") as fh:
                docs = [json.loads(line) for line in fh if line.strip()]
            by_doc.append([p for d in docs for p in _paragraphs(d.get("text") or "")])
        what = f"paragraphs of the real reports in {source}/" + ", ".join(f.name for f in real)
    else:  # a folder of UTF-8 .txt / .md reports (the example reports outside a checkout)
        files = sorted(source.glob("**/*")) if source and source.is_dir() else []
        for f in files:
            if f.suffix in (".txt", ".md") and f.name != "README.md":
                try:
                    by_doc.append(_paragraphs(f.read_text("utf-8")))
                except (OSError, UnicodeDecodeError):
                    continue  # another code page: not needed for a timing text
        what = f"paragraphs of the reports in {source}"
    if not any(by_doc):
        raise ValueError(f"no report text to build the scaling text from in {source}")
    parts: list[str] = []
    length, i = 0, 0
    while length < UNIT_CHARS and any(i < len(ps) for ps in by_doc):
        for ps in by_doc:  # round robin over the files (languages)
            if i < len(ps) and length < UNIT_CHARS:
                parts.append(ps[i])
                length += len(ps[i]) + 2
        i += 1
    return "\n\n".join(parts), what


def text_of(unit: str, chars: int) -> str:
    """The unit repeated to `chars` characters, cut at a paragraph break when there is one."""
    reps = chars // (len(unit) + 2) + 1
    text = "\n\n".join([unit] * reps)[:chars]
    cut = text.rfind("\n\n", chars - len(unit) // 2)
    return text[:cut] if cut > 0 else text


def run(
    source: Path | None,
    sizes: tuple[int, ...] | None = None,
    progress: Callable[[int], None] | None = None,
    work: int | None = None,
) -> ScalingResult:
    """Time the default pipeline on the unit repeated to each size."""
    sizes, work = sizes or SIZES, work or WORK_CHARS
    from .pipeline import default_pipeline, extract_doc
    from .windows import plan

    pipe = default_pipeline()
    unit, what = unit_text(source)
    extract_doc(unit, "2024-01-01", pipeline=pipe)  # lexicons, gazetteer, caches of its words
    res = ScalingResult(text=what, unit_chars=len(unit))
    for k, n in enumerate(sizes):
        text = text_of(unit, n)
        runs = max(1, work // len(text))
        t0 = time.process_time()
        for _ in range(runs):
            doc = extract_doc(text, "2024-01-01", pipeline=pipe)
        mean = (time.process_time() - t0) / runs
        w = pipe.window_chars
        windows = len(plan(doc.paras, len(doc.text), w, 0)) if 0 < w < len(doc.text) else 1
        res.rows.append(
            ScalingRow(len(text), round(mean, 4), runs, round(mean / len(text) * 1e6, 3), windows)
        )
        if progress:
            progress(k + 1)
    return res
