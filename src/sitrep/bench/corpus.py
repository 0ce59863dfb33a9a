"""Which real texts the benchmark reads: eval/real plus the raw corpus in bench/corpus.

Both are published text with a url and a licence per document (bench/corpus/README.md).
When more documents are asked for than a language has, the list is repeated and the
result says so (`repeated`): the repeats hit warm word caches, so they flatter the figure.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from pathlib import Path

LANGS = ("uk", "ru", "en")


class CorpusError(ValueError):
    """The benchmark corpus is missing or unreadable (a one-line message)."""


@dataclass(frozen=True)
class BenchDoc:
    id: str
    lang: str
    text: str
    published: str | None


def _read_jsonl(path: Path, lang: str) -> list[BenchDoc]:
    opener = gzip.open if path.suffix == ".gz" else open
    out = []
    try:
        with opener(path, "rt", encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                row = json.loads(line)
                if (row.get("lang") or lang) != lang or not row.get("text"):
                    continue
                out.append(BenchDoc(str(row.get("id", n)), lang, row["text"], row.get("published")))
    except (OSError, EOFError, ValueError) as e:
        raise CorpusError(f"cannot read benchmark corpus {path}: {e}") from None
    return out


def real_docs(lang: str, corpus_dir: Path, eval_dir: Path | None) -> list[BenchDoc]:
    """eval/real/<lang>.jsonl first, then bench/corpus/<lang>.jsonl.gz, in file order."""
    docs: list[BenchDoc] = []
    if eval_dir is not None and (eval_dir / f"{lang}.jsonl").is_file():
        docs += _read_jsonl(eval_dir / f"{lang}.jsonl", lang)
    raw = corpus_dir / f"{lang}.jsonl.gz"
    if raw.is_file():
        docs += _read_jsonl(raw, lang)
    if not docs:
        raise CorpusError(
            f"no {lang} benchmark texts in {corpus_dir} or {eval_dir}: run from the repository "
            "root, pass --corpus DIR, or use --synthetic"
        )
    return docs


def take(docs: list[BenchDoc], n: int | None) -> tuple[list[BenchDoc], int]:
    """The first n documents, repeating the list if needed; and how many were repeats."""
    if n is None or n <= len(docs):
        return docs[: n or len(docs)], 0
    reps = -(-n // len(docs))
    return (docs * reps)[:n], n - len(docs)
