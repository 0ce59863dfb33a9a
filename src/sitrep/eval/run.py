"""Run the pipeline over gold documents and collect the `sitrep-eval/1` result."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from ..ingest import guess_content_type
from .conventions import guide7_figures, to_convention
from .gold import GoldDoc, GoldSet, load_gold
from .metrics import finalize, merge_counts, score_document
from .predict import report_to_prediction

EVAL_SCHEMA = "sitrep-eval/1"
NO_LANG = "?"

Predictor = Callable[[GoldDoc], dict[str, Any]]


def _file_name(source: str | None) -> str | None:
    """The gold's source as a file name, or None when it is provenance ("Outlet, https://…"):
    a page's URL ends in .html while the gold stores the text it shows, not its markup."""
    if not source or "://" in source:
        return None
    return source


def load_all(paths: Iterable[str | Path], limit: int | None = None) -> GoldSet:
    """All usable documents of all files (GoldFileError propagates for unreadable files)."""
    out = GoldSet()
    for p in paths:
        got = load_gold(p, out.warnings)
        out.docs.extend(got.docs)
    if limit is not None:
        out.docs = out.docs[: max(limit, 0)]
    return out


def pipeline_predictor(
    pipeline=None, reports: dict[str, Any] | None = None, convention: str = "auto"
) -> Predictor:
    """Predict with `sitrep.extract`; the gold's published date and language are passed on.

    `convention`: the span convention to score under ("auto": each document's own
    `convention` field; "ours": none; or a name of eval/conventions.py).

    With `reports`, each Report is also kept there by gold id (for `--incidents`, which
    stores them instead of extracting twice).
    """
    from ..pipeline import extract

    def predict(d: GoldDoc) -> dict[str, Any]:
        ctype = d.content_type or guess_content_type(_file_name(d.source), d.text)
        report = extract(
            d.text,
            published=d.published_at or d.published,
            lang=d.lang,
            source=d.source,
            content_type=ctype,
            pipeline=pipeline,
        )
        if reports is not None:
            reports[d.id] = report
        conv = d.convention if convention == "auto" else convention
        pred = to_convention(report_to_prediction(report), d.text, conv, d.lang)
        if "incident" not in d.gold:  # GUIDE 7 files: the highest low, not the headline
            pred.update(guide7_figures(pred["claims"]))
        return pred

    return predict


def evaluate(
    gold: GoldSet,
    predict: Predictor,
    files: list[str] | None = None,
    on_doc: Callable[[], None] | None = None,
) -> dict[str, Any]:
    """Score every gold document; a crash in the pipeline scores that document as empty."""
    overall: dict[str, Any] = {}
    by_lang: dict[str, dict[str, Any]] = {}
    per_doc: list[dict[str, Any]] = []
    warnings = list(gold.warnings)
    failures = 0
    for d in gold.docs:
        err = None
        try:
            pred = predict(d)
        except Exception as e:  # noqa: BLE001 - one bad document must not stop the run
            err = f"{type(e).__name__}: {e}"
            warnings.append(f"{d.file}:{d.line}: pipeline: {err}; scored as an empty prediction")
            failures += 1
            pred = {}
        counts, errors = score_document(d.gold, pred, d.text)
        merge_counts(overall, counts)
        merge_counts(by_lang.setdefault(d.lang or NO_LANG, {}), counts)
        per_doc.append(
            {
                "id": d.id,
                "file": d.file,
                "line": d.line,
                "lang": d.lang,
                "pipeline_error": err,
                "scores": finalize(counts),
                "errors": errors,
            }
        )
        if on_doc:
            on_doc()
    return {
        "schema": EVAL_SCHEMA,
        "files": list(files or sorted({d.file for d in gold.docs})),
        "documents": len(gold.docs),
        "pipeline_errors": failures,
        "warnings": warnings,
        "overall": finalize(overall),
        "by_lang": {k: finalize(v) for k, v in sorted(by_lang.items())},
        "per_document": per_doc,
    }
