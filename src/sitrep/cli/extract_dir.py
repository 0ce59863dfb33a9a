"""`sitrep extract DIR`: every report in a folder, one JSON line each, in file-name order.

Extraction runs in worker processes (`-j auto`: every core); the output is in the sorted
order of the file names whatever the number of workers. A file that cannot be read gets a
one-line warning and the rest go on; the exit code is 1 if any failed.
"""

from __future__ import annotations

from pathlib import Path

_STATE: dict = {}  # set before forking, read by the workers


def report_files(folder: Path) -> list[Path]:
    """Report files under folder (recursively), sorted by their path."""
    from ..store.sources import TEXT_SUFFIXES

    return sorted(
        p
        for p in folder.rglob("*")
        if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES and not p.name.startswith(".")
    )


def _extract_file(path: Path) -> tuple[str, str | None, str | None, int]:
    """(path, sitrep/1 JSON or None, error or None, claims) of one file."""
    from ..ingest import InputError, load_path
    from ..pipeline import extract_doc, to_report

    try:
        loaded = load_path(path)
    except InputError as e:
        return str(path), None, str(e), 0
    except OSError as e:
        return str(path), None, f"{path}: cannot read: {e.strerror or e}", 0
    try:
        doc = extract_doc(
            loaded.text,
            _STATE.get("published"),
            _STATE.get("lang"),
            source=loaded.source,
            content_type=loaded.content_type,
            pipeline=_STATE.get("pipeline"),
        )
    except Exception as e:  # an extractor bug must not lose the other files
        return str(path), None, f"{path}: extraction failed: {type(e).__name__}: {e}", 0
    doc.flags[:0] = loaded.flags
    report = to_report(doc)
    return str(path), report.to_json(indent=None), None, len(report.claims)


def _warm() -> None:
    """Load every language's lexicons and dictionaries once, before the workers fork."""
    from ..bench import LOAD_TEXT
    from ..doc import Doc
    from ..gcpolicy import settle_after_load

    for text in LOAD_TEXT.values():
        _STATE["pipeline"](Doc(raw=text))
    settle_after_load()


def extract_folder(files: list[Path], fh, *, published, lang, pipeline, jobs: str, progress=None):
    """Write one JSON line per report to fh; return (files, failed, claims, workers)."""
    from ..jobs import ordered_map, resolve_jobs

    workers = resolve_jobs(jobs, len(files))
    _STATE.update(published=published, lang=lang, pipeline=pipeline)
    failed: list[str] = []
    claims = 0
    for i, (_name, line, error, n) in enumerate(
        ordered_map(_extract_file, files, workers, warm=_warm)
    ):
        if error is not None:
            failed.append(error)
        else:
            fh.write(line + "\n")
            claims += n
        if progress is not None:
            progress(i + 1, len(files))
    return len(files), failed, claims, workers
