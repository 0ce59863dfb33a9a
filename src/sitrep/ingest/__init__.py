"""ingest: read files, stdin and bytes into text, with clear errors for unusable input.

Input is untrusted and may be anything: every refusal is an `InputError` with a
one-line message naming the input, and size is bounded by reading at most
`max_bytes` + 1 bytes (default 5 MB, `SITREP_MAX_INPUT_BYTES` overrides), so a
50 MB or endless input costs the same as a 5 MB one.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from ..schema.models import QualityFlag
from .charset import decode, sniff_utf16

__all__ = [
    "DEFAULT_MAX_BYTES",
    "InputError",
    "Loaded",
    "guess_content_type",
    "load_bytes",
    "load_path",
    "load_stream",
    "max_bytes",
    "sniff_binary",
]

DEFAULT_MAX_BYTES = 5 * 1024 * 1024
MAX_BYTES = DEFAULT_MAX_BYTES  # kept for callers of the first version


def max_bytes() -> int:
    """The input size limit: `SITREP_MAX_INPUT_BYTES` if set to a positive integer."""
    env = os.environ.get("SITREP_MAX_INPUT_BYTES", "").strip()
    if env.isdigit() and int(env) > 0:
        return int(env)
    return DEFAULT_MAX_BYTES


class InputError(Exception):
    """The input cannot be used; the message is shown to the user as is."""


@dataclass
class Loaded:
    text: str
    content_type: str = "text"  # text | markdown | html
    source: str | None = None
    flags: list[QualityFlag] = field(default_factory=list)
    encoding: str = "utf-8"
    size: int | None = None  # bytes in the original input, when known


# signatures of common binary formats, checked before any decoding
_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"%PDF-", "a PDF document"),
    (0, b"PK\x03\x04", "a ZIP archive (or DOCX/XLSX/ODT/EPUB)"),
    (0, b"PK\x05\x06", "an empty ZIP archive"),
    (0, b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (0, b"\xff\xd8\xff", "a JPEG image"),
    (0, b"GIF87a", "a GIF image"),
    (0, b"GIF89a", "a GIF image"),
    (0, b"\x7fELF", "an ELF executable"),
    (0, b"\x1f\x8b", "a gzip archive"),
    (0, b"\xfd7zXZ\x00", "an xz archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (0, b"Rar!\x1a\x07", "a RAR archive"),
    (0, b"\x28\xb5\x2f\xfd", "a zstd archive"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an MS Office (OLE) document"),
    (0, b"SQLite format 3\x00", "an SQLite database"),
    (0, b"\x00asm", "a WebAssembly module"),
    (0, b"\xca\xfe\xba\xbe", "a Java class or Mach-O file"),
    (0, b"\xcf\xfa\xed\xfe", "a Mach-O executable"),
    (0, b"OggS", "an Ogg media file"),
    (0, b"ID3", "an MP3 audio file"),
    (0, b"fLaC", "a FLAC audio file"),
    (0, b"\x1aE\xdf\xa3", "a Matroska/WebM video"),
    (0, b"{\\rtf", "an RTF document"),
    (0, b"PAR1", "a Parquet file"),
    (257, b"ustar", "a tar archive"),
    (4, b"ftyp", "an MP4/MOV media file"),
)
_RIFF = {b"WEBP": "a WebP image", b"WAVE": "a WAV audio file", b"AVI ": "an AVI video"}
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 12, 13, 27))


def sniff_binary(data: bytes) -> str | None:
    """What a binary input looks like ("a PNG image"), or None for text."""
    head = data[:8192]
    for offset, magic, what in _MAGIC:
        if head.startswith(magic, offset):
            return what
    if re.match(rb"BZh[1-9]1AY&SY", head):
        return "a bzip2 archive"
    if head.startswith(b"RIFF") and head[8:12] in _RIFF:
        return _RIFF[head[8:12]]
    if head.startswith(b"MZ") and b"\x00" in head[:256]:
        return "a Windows executable"
    if sniff_utf16(head):
        return None  # NUL bytes are expected there
    if b"\x00" in head:
        return "a binary file (it contains NUL bytes)"
    if head:
        ctrl = len(head) - len(head.translate(None, _CONTROL))
        if ctrl > 0.05 * len(head):
            return f"a binary file ({100 * ctrl // len(head)}% control bytes)"
    return None


_HTML_HEAD = re.compile(
    r"\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)
_HTML_TAG = re.compile(
    r"</?(?:p|div|br|span|a|h[1-6]|body|head|title|article|li|ul|table|meta)\b[^>]*>", re.I
)
_MD_LINK = re.compile(r"!?\[[^\]\n]{1,200}\]\([^)\s]*(?:\s+\"[^\"\n]*\")?\)")  # [text](url)
_MD_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.M)
_MD_FENCE = re.compile(r"^ {0,3}(?:```|~~~)", re.M)
_MD_REFDEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S", re.M)
_MD_QUOTE = re.compile(r"^ {0,3}>[ \t]?\S", re.M)
_MD_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+\S", re.M)
_SNIFF = 65536


def _looks_markdown(head: str) -> bool:
    """Strong signs (a link, heading, fence, reference) or two weak ones (emphasis, quote, list)."""
    if "](" in head and _MD_LINK.search(head):
        return True
    if "#" in head and _MD_HEADING.search(head):
        return True
    if ("```" in head or "~~~" in head) and _MD_FENCE.search(head):
        return True
    if "]:" in head and _MD_REFDEF.search(head):
        return True
    weak = 0
    if "*" in head or "_" in head:
        from ..normalize.markdown import emphasis_pairs

        weak += min(emphasis_pairs(head), 2)
    if ">" in head and _MD_QUOTE.search(head):
        weak += 1
    if "- " in head or "* " in head or "+ " in head:
        weak += min(len(_MD_BULLET.findall(head)), 2)  # a list of two items is enough
    return weak >= 2


def guess_content_type(name: str | None, text: str) -> str:
    """html, markdown or text: the suffix decides html/markdown, else the content does."""
    suffix = Path(name).suffix.lower() if name else ""
    if suffix in (".html", ".htm", ".xhtml", ".shtml"):
        return "html"
    if suffix in (".md", ".markdown", ".mdown", ".mkd", ".mdx"):
        return "markdown"
    head = text[:_SNIFF]
    if "<" in head:
        if _HTML_HEAD.match(head):
            return "html"
        tags = len(_HTML_TAG.findall(head, 0, 20000))
        if tags >= 5 and tags * 40 > len(head[:20000].split()):
            return "html"
    return "markdown" if _looks_markdown(head) else "text"


_DECLARED = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)


def _declared_charset(data: bytes) -> str | None:
    m = _DECLARED.search(data[:4096])
    return m.group(1).decode("ascii", "replace").lower() if m else None


_PARA_BREAK = re.compile(r"\n[ \t\r]*\n")


def _cut_at_paragraph(text: str) -> str:
    """Cut the end of a truncated text back to the last paragraph (else line, else word) end."""
    floor = len(text) // 2
    for pat in (_PARA_BREAK, re.compile(r"\n"), re.compile(r"\s")):
        last = None
        for last in pat.finditer(text, floor):  # noqa: B007 - we want the last match
            pass
        if last is not None:
            return text[: last.start()]
    return text


def load_bytes(
    data: bytes,
    source: str | None = None,
    *,
    size: int | None = None,
    limit: int | None = None,
    size_is_lower_bound: bool = False,
) -> Loaded:
    """Decode one input. `size` is the input's full size when `data` holds only its start."""
    name = source or "input"
    limit = limit or max_bytes()
    size = len(data) if size is None else size
    if not data:
        raise InputError(f"{name}: empty input, nothing to extract")
    truncated = size > limit or len(data) > limit
    body = data[:limit] if truncated else data
    declared = _declared_charset(body)
    if not body.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16/32 BOMs: NULs are fine
        what = sniff_binary(body)
        if what:
            raise InputError(f"{name}: looks like {what}, not text")
    dec = decode(body, truncated=truncated, declared=declared)
    text = dec.text
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip(" \t\r\n\f\v\u00a0\u200b\u200c\u200d\u2060\ufeff\u3000"):
        raise InputError(f"{name}: only whitespace, nothing to extract")
    if _mostly_controls(text):
        raise InputError(f"{name}: looks like a binary file (mostly control characters), not text")
    flags = list(dec.flags)
    if truncated:
        text = _cut_at_paragraph(text)
        flags.append(
            QualityFlag(
                flag="truncated",
                detail=f"input of {'more than ' if size_is_lower_bound else ''}{size} bytes exceeds the {limit}-byte limit;"
                f" kept the first {len(text)} characters, up to a paragraph break",
            )
        )
    return Loaded(
        text=text,
        content_type=guess_content_type(source, text),
        source=source,
        flags=flags,
        encoding=dec.encoding,
        size=size,
    )


_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


def _mostly_controls(text: str) -> bool:
    sample = text[:8192]
    return len(_CONTROL_CHARS.findall(sample)) > 0.1 * len(sample)


def load_stream(fh: BinaryIO, source: str | None = None, *, limit: int | None = None) -> Loaded:
    """Read at most the limit (+1 byte to notice more) from a binary stream such as stdin."""
    limit = limit or max_bytes()
    data = fh.read(limit + 1)
    return load_bytes(
        data,
        source=source,
        limit=limit,
        size=min(len(data), limit),
        size_is_lower_bound=len(data) > limit,
    )


def load_path(path: str | os.PathLike[str], *, limit: int | None = None) -> Loaded:
    """Read one file, bounded; every OS failure becomes an InputError."""
    p = Path(path)
    limit = limit or max_bytes()
    try:
        if p.is_dir():
            raise InputError(f"{p}: is a directory (use `sitrep ingest` for directories)")
        with p.open("rb") as fh:
            try:
                st = os.fstat(fh.fileno())
                size = st.st_size if st.st_size > 0 else None
            except OSError:
                size = None
            data = fh.read(limit + 1)
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(f"{p}: no such file") from None
    except PermissionError:
        raise InputError(f"{p}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{p}: is a directory (use `sitrep ingest` for directories)") from None
    except OSError as e:
        raise InputError(f"{p}: cannot read: {e.strerror or e}") from None
    lower_bound = size is None or size < len(data)
    if lower_bound:  # pipes, devices, files that grew: we only know what we read
        size = min(len(data), limit)
    return load_bytes(
        data,
        source=str(p),
        size=size,
        limit=limit,
        size_is_lower_bound=lower_bound and len(data) > limit,
    )
