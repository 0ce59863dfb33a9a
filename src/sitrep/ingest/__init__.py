"""ingest: read files, stdin and bytes into text, with clear errors for unusable input."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..schema.models import QualityFlag

MAX_BYTES = 20 * 1024 * 1024  # larger inputs are truncated with a flag


class InputError(Exception):
    """The input cannot be used; the message is shown to the user as is."""


@dataclass
class Loaded:
    text: str
    content_type: str = "text"  # text | markdown | html
    source: str | None = None
    flags: list[QualityFlag] = field(default_factory=list)


def guess_content_type(name: str | None, text: str) -> str:
    suffix = Path(name).suffix.lower() if name else ""
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    return "text"


def load_bytes(data: bytes, source: str | None = None) -> Loaded:
    if not data.strip():
        raise InputError(f"{source or 'input'}: empty input, nothing to extract")
    if b"\x00" in data[:8192]:
        raise InputError(f"{source or 'input'}: looks like a binary file, not text")
    text = data.decode("utf-8", errors="replace")
    return Loaded(text=text, content_type=guess_content_type(source, text), source=source)


def load_path(path: str | Path) -> Loaded:
    p = Path(path)
    if not p.exists():
        raise InputError(f"{p}: no such file")
    if p.is_dir():
        raise InputError(f"{p}: is a directory (use `sitrep ingest` for directories)")
    with p.open("rb") as fh:
        data = fh.read(MAX_BYTES + 1)
    return load_bytes(data, source=str(p))
