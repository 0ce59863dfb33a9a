"""Which lines are a photo's caption: a line a news page prints twice.

Pages scraped from news sites repeat each photo's caption: once as the image's
alt text (often cut short with "…") and once in full under it. A caption
tells where a photo was taken, often of a side scene ("freed hostages ... in
Paris", "a protest ... in Vladivostok"); the report's own text tells where its
event happened. So a caption neither uses up the lead nor names the main place
nor places an event.
"""

from __future__ import annotations

from bisect import bisect_right

from ..doc import Doc

ELLIPSIS = ("…", "...")
MIN_CUT = 20  # characters: a cut-short alt text shorter than this is no caption


def _same_caption(a: str, b: str) -> bool:
    """`a` is `b` printed again, or `b` cut short with an ellipsis (or the other way round)."""
    if a == b:
        return True
    for x, y in ((a, b), (b, a)):
        for e in ELLIPSIS:
            if x.endswith(e):
                cut = x[: -len(e)].rstrip()
                if len(cut) >= MIN_CUT and y.startswith(cut):
                    return True
    return False


def caption_spans(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) offsets in doc.text of every caption line, in order."""
    got = doc.user.get("_captions")
    if got is not None:
        return got
    text = doc.text
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for raw in text.split("\n"):
        body = raw.strip().strip("*_").strip()
        if body:
            lines.append((pos, pos + len(raw), body))
        pos += len(raw) + 1
    out: set[tuple[int, int]] = set()
    for (s1, e1, a), (s2, e2, b) in zip(lines, lines[1:], strict=False):
        if _same_caption(a, b) and len(a) >= MIN_CUT:
            out.add((s1, e1))
            out.add((s2, e2))
    got = sorted(out)
    doc.user["_captions"] = got
    return got


def in_caption(doc: Doc, pos: int) -> bool:
    """Whether the offset `pos` of doc.text lies in a caption line."""
    spans = caption_spans(doc)
    if not spans:
        return False
    i = bisect_right(spans, (pos, len(doc.text) + 1)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]
