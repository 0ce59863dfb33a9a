"""Assemble the pipeline from configuration and run it over documents."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from . import registry, windows
from .doc import Doc
from .schema.models import DocumentOut, Paragraph, Report


def default_config() -> dict[str, Any]:
    text = resources.files("sitrep").joinpath("resources/pipeline.toml").read_text("utf-8")
    return tomllib.loads(text)


def load_config(path: str | Path | None) -> dict[str, Any]:
    if path is None:
        return default_config()
    with open(path, "rb") as fh:
        return tomllib.load(fh)


@dataclass
class Pipeline:
    names: list[str]
    components: list
    # a longer text is read in windows of paragraphs (sitrep/windows.py); 0: never
    window_chars: int = windows.WINDOW_CHARS
    window_overlap: int = windows.OVERLAP_CHARS

    @classmethod
    def from_config(cls, config: dict[str, Any] | None = None) -> Pipeline:
        """Build the named components; raise PipelineError on a bad order or config key."""
        config = config or default_config()
        names = list(config["pipeline"]["components"])
        registry.check_order(names)
        comps = [registry.make(n, **(config.get("components", {}).get(n) or {})) for n in names]
        sizes = {k: config["pipeline"].get(k, d) for k, d in _WINDOW_KEYS.items()}
        for k, v in sizes.items():
            if not isinstance(v, int) or isinstance(v, bool) or v < 0:
                raise registry.PipelineError(
                    f"[pipeline] {k} must be a whole number >= 0, got {v!r}"
                )
        return cls(names, comps, **sizes)

    def __call__(self, doc: Doc) -> Doc:
        i, j = windows.stage_bounds(self.names)
        for comp in self.components[:i]:
            comp(doc)
        if 0 < self.window_chars < len(doc.text) and len(doc.paras) > 1:
            windows.run_windowed(doc, self.components[i:j], self.window_chars, self.window_overlap)
        else:
            for comp in self.components[i:j]:
                comp(doc)
        for comp in self.components[j:]:
            comp(doc)
        return doc


_WINDOW_KEYS = {"window_chars": windows.WINDOW_CHARS, "window_overlap": windows.OVERLAP_CHARS}


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    return Pipeline.from_config()


def to_report(doc: Doc) -> Report:
    return Report(
        document=DocumentOut(
            id=doc.id,
            source=doc.source,
            title=doc.title,
            byline=doc.byline,
            outlet=doc.outlet,
            published=doc.published.isoformat() if doc.published else None,
            retrieved=doc.retrieved,
            lang=doc.lang,
            text=doc.text,
            paragraphs=[Paragraph(start=p.start, end=p.end, lang=p.lang) for p in doc.paras],
            quality=doc.flags,
        ),
        mentions=doc.mentions,
        entities=doc.entities,
        claims=doc.claims,
        events=doc.events,
        summary=doc.summary,
        warnings=doc.warnings,
    )


def parse_published(value: str | date | None) -> date | None:
    """Accept a date, an ISO date or datetime string; raise ValueError with a clear message."""
    if value is None or isinstance(value, date):
        return value
    s = str(value).strip()
    try:
        return date.fromisoformat(s[:10])
    except ValueError:
        raise ValueError(f"cannot parse publication date {value!r}: expected YYYY-MM-DD") from None


def parse_published_time(value: str | date | None) -> time | None:
    """The clock time given with an ISO datetime ("2022-05-05T00:29", "2022-05-05
    00:29:00+03:00"), as written, the source's local time; None for a bare date or a
    time that does not parse (the date alone still serves)."""
    if isinstance(value, datetime):
        return value.time()
    if value is None or isinstance(value, date):
        return None
    s = str(value).strip()
    if len(s) <= 10:
        return None
    try:
        return datetime.fromisoformat(s.replace("Z", "+00:00")).time()
    except ValueError:
        return None


def extract_doc(
    text: str,
    published: str | date | None = None,
    lang: str | None = None,
    *,
    source: str | None = None,
    content_type: str = "text",
    pipeline: Pipeline | None = None,
) -> Doc:
    """Run the pipeline over one report and return the annotated Doc (internal view)."""
    doc = Doc(
        raw=text,
        published=parse_published(published),
        published_time=parse_published_time(published),
        lang_hint=lang,
        source=source,
        content_type=content_type,
    )
    (pipeline or default_pipeline())(doc)
    return doc


def extract(
    text: str, published: str | date | None = None, lang: str | None = None, **kw
) -> Report:
    """Run the pipeline over one report and return its `sitrep/1` Report.

    Keywords as for `extract_doc`: source, content_type, pipeline.
    """
    return to_report(extract_doc(text, published, lang, **kw))
