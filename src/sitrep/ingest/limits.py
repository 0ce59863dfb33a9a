"""How big and how deep one input record may be, checked before it is parsed.

Each limit has a default and an environment variable (docs/store.md, "Limits"):

| limit | default | variable |
|---|---|---|
| bytes in one input (a file, a JSON Lines record, a feed) | 5 MiB | SITREP_MAX_INPUT_BYTES |
| nesting depth of a JSON Lines record | 64 | SITREP_MAX_JSON_DEPTH |
| characters of one record's text | 1,000,000 | SITREP_MAX_TEXT_CHARS |

A record over the byte or depth limit is refused on its own (a failure with stage
`parse`), so a line nested 100,000 deep never reaches `json.loads` and its
RecursionError. A text over the character limit is cut at a paragraph break and
flagged `truncated`: the bound keeps one record's extraction time bounded.
"""

from __future__ import annotations

import os
import re

from . import DEFAULT_MAX_BYTES, max_bytes

__all__ = [
    "DEFAULT_MAX_DEPTH",
    "DEFAULT_MAX_TEXT_CHARS",
    "json_depth_over",
    "max_bytes",
    "max_depth",
    "max_text_chars",
    "DEFAULT_MAX_BYTES",
    "cut_text",
]

DEFAULT_MAX_DEPTH = 64
DEFAULT_MAX_TEXT_CHARS = 1_000_000


def _env_int(name: str, default: int) -> int:
    """A positive integer from the environment, else the default (a bad value is ignored)."""
    value = os.environ.get(name, "").strip().replace("_", "")
    return int(value) if value.isdigit() and int(value) > 0 else default


def max_depth() -> int:
    return _env_int("SITREP_MAX_JSON_DEPTH", DEFAULT_MAX_DEPTH)


def max_text_chars() -> int:
    return _env_int("SITREP_MAX_TEXT_CHARS", DEFAULT_MAX_TEXT_CHARS)


# a JSON string (its brackets do not nest), or one bracket
_STRING_OR_BRACKET = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.S)


def json_depth_over(data: bytes, limit: int) -> bool:
    """True when JSON `data` nests arrays/objects deeper than `limit`.

    A linear scan of the bytes that skips strings; it stops at the first bracket past
    the limit, so a line nested 100,000 deep costs no more than `limit` brackets.
    Malformed JSON is left to the parser."""
    if data.count(b"[") + data.count(b"{") <= limit:
        return False
    depth = 0
    for m in _STRING_OR_BRACKET.finditer(data):
        c = m.group()
        if c in (b"[", b"{"):
            depth += 1
            if depth > limit:
                return True
        elif c in (b"]", b"}"):
            depth -= 1
    return False


def cut_text(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters, back to a paragraph (else line, word) end."""
    from . import _cut_at_paragraph

    return text if len(text) <= limit else _cut_at_paragraph(text[:limit])
