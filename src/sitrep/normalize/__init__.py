"""normalize: repair encodings, normalize Unicode, strip markup, keeping a map to the original.

`doc.offsets[i]` is the index in `doc.raw` of `doc.text[i]` (len = len(text) + 1),
so every span found later can be shown in the original input. Markup removal,
invisible characters and NFC composition are tracked exactly. Mojibake repair
is too ("РљР°" -> "К" maps to the "Р"), except ftfy's repairs of changed length,
which are aligned line by line and are approximate within a repaired line.
Nothing is silently dropped: lost characters ("??", U+FFFD) and every repair
become QualityFlags on the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict, Field

from ..doc import Doc
from ..registry import component
from ..schema.models import QualityFlag
from .chars import char_edits, lost_character_flags, nfc_with_map
from .markdown import markdown_edits
from .meta import extract_meta
from .mojibake import repair
from .offsets import apply_edits, compose, identity

__all__ = ["Normalized", "normalize_text", "make_normalize", "DEFAULT_MAX_CHARS"]

DEFAULT_MAX_CHARS = 5_000_000
_CR = re.compile(r"\r\n?")
_PARA_BREAK = re.compile(r"\n[ \t]*\n")


@dataclass
class Normalized:
    text: str
    offsets: list[int]
    flags: list[QualityFlag] = field(default_factory=list)
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None


def _bound(raw: str, max_chars: int) -> tuple[str, QualityFlag | None]:
    if len(raw) <= max_chars:
        return raw, None
    cut = raw[:max_chars]
    last = None
    for last in _PARA_BREAK.finditer(cut, max_chars // 2):  # noqa: B007 - keep the last
        pass
    if last is not None:
        cut = cut[: last.start()]
    flag = QualityFlag(
        flag="truncated",
        detail=f"text of {len(raw)} characters exceeds {max_chars}; kept {len(cut)}",
    )
    return cut, flag


def normalize_text(
    raw: str, content_type: str = "text", *, max_chars: int = DEFAULT_MAX_CHARS
) -> Normalized:
    """Normalized text, its offset map into `raw`, quality flags and recovered metadata."""
    flags: list[QualityFlag] = []
    text, flag = _bound(raw, max_chars)
    if flag:
        flags.append(flag)
    omap: list[int] | None = None

    text, m, details = repair(text)
    if details:
        omap = m
        flags.append(QualityFlag(flag="encoding_repaired", detail="; ".join(details)))
    text, m = nfc_with_map(text)
    omap = compose(omap, m)
    if "\r" in text:  # line ends first, so that line-anchored markup rules see "\n" only
        text, m = apply_edits(
            text,
            [
                (s.start(), s.start() + 1, "" if s.end() - s.start() == 2 else "\n")
                for s in _CR.finditer(text)
            ],
        )
        omap = compose(omap, m)

    title = byline = outlet = None
    stripped = False
    if content_type == "html":
        from .html import html_to_text

        try:
            h = html_to_text(text)
        except Exception as e:  # a tokenizer failure must not lose the document
            flags.append(QualityFlag(flag="markup_not_stripped", detail=f"html: {e}"))
        else:
            stripped = True
            text, omap = h.text, compose(omap, h.offsets)
            title, byline, outlet = h.title, h.byline, h.outlet
            if not byline:
                tail = extract_meta(text, markdown=False)
                byline, outlet = tail.byline, outlet or tail.outlet
        edits = char_edits(text)
    else:
        md = content_type == "markdown"
        meta = extract_meta(text, markdown=md)
        title, byline, outlet = meta.title, meta.byline, meta.outlet
        edits = char_edits(text)
        if md:
            md_edits = markdown_edits(text)
            stripped = bool(md_edits)
            edits.extend(md_edits)
            edits.sort()
    if edits:
        text, m = apply_edits(text, edits)
        omap = compose(omap, m)
    if stripped:
        flags.append(QualityFlag(flag="markup_stripped", detail=content_type))
    flags.extend(lost_character_flags(text))
    return Normalized(
        text=text,
        offsets=omap if omap is not None else identity(len(text)),
        flags=flags,
        title=title,
        byline=byline,
        outlet=outlet,
    )


class NormalizeConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    max_chars: int = Field(DEFAULT_MAX_CHARS, gt=0)


@component(
    "normalize",
    requires=("raw",),
    assigns=("text", "offsets", "flags", "title", "byline", "outlet"),
    config=NormalizeConfig,
)
def make_normalize(max_chars: int = DEFAULT_MAX_CHARS):
    """The "normalize" component; `max_chars` bounds text handed in through the Python API."""

    def normalize(doc: Doc) -> None:
        n = normalize_text(doc.raw or "", doc.content_type or "text", max_chars=max_chars)
        doc.text, doc.offsets = n.text, n.offsets
        doc.flags.extend(n.flags)
        doc.title = doc.title or n.title
        doc.byline = doc.byline or n.byline
        doc.outlet = doc.outlet or n.outlet

    return normalize
