"""Where the report's headline ends: its first line, when that line is short and stands alone.

A headline names the event the report is about ("Government Detains
Protesters", "Арестована группа военных"); the first sentence of the body may
open with the background that led to it, so the headline's event leads. The
sentence splitter may join an unpunctuated headline to the next lines, so the
headline is a line, not a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..doc import Doc

HEADLINE_WORDS = 25  # longer, it is a paragraph, not a title
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def headline_end(doc: Doc) -> int | None:
    """The end offset (in doc.text) of the headline line, or None when the text opens
    with no headline. The line is looked for in the input as given: normalizing a page
    may have joined the title to the body."""
    raw = doc.raw if doc.offsets is not None else doc.text
    start = len(raw) - len(raw.lstrip())
    nl = raw.find("\n", start)
    if nl < 0 or not 0 < len(_WORD.findall(raw[start:nl])) <= HEADLINE_WORDS:
        return None  # one line (no title), or a paragraph
    if doc.offsets is None:
        return nl
    return bisect_left(doc.offsets, nl)  # the first character of text at or after it
