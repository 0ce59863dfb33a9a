"""A clock time belongs to the date of its sentence ("о 14:30")."""

from __future__ import annotations

import re
from bisect import bisect_right

from .hit import DateHit
from .vocabulary import _Lexicon


def _attach_times(
    hits: list[DateHit], text: str, lex: _Lexicon, sentences: list[tuple[int, int]] | None
) -> None:
    """Give each day-precision date the clock time stated nearest to it in its sentence."""
    groups: dict[tuple[int, int], list[DateHit]] = {}
    for x in hits:
        groups.setdefault(_sentence_of(x.start, text, sentences), []).append(x)
    for (lo, hi), group in groups.items():
        hi = max(hi, max(x.end for x in group))
        for m in lex.time_regex.finditer(text, lo, hi):
            _attach_one(m, group, text)


def _attach_one(m: re.Match[str], group: list[DateHit], text: str) -> None:
    ts, te = m.span()
    if m.group("h") is not None:
        if m.group("sep") == "." and not m.group("tp"):
            return  # "14.30" alone is more likely a decimal number
        h, mi, ap = int(m.group("h")), int(m.group("mi")), m.group("ap")
    else:
        h, mi, ap = int(m.group("h2")), 0, m.group("ap2")
    if ap:
        if h > 12 or h == 0:
            return
        h = (h % 12) + (12 if ap.lower().startswith("p") else 0)
    if any(x.start < te and ts < x.end for x in group):
        return
    best, dist = None, 1 << 30
    for x in group:
        if x.precision != "day" or x.time is not None:
            continue
        d = ts - x.end if x.end <= ts else x.start - te
        if d < dist:
            best, dist = x, d
    if best is None:
        return
    best.time = f"{h:02d}:{mi:02d}"
    if best.end <= ts and _SPACES.fullmatch(text, best.end, ts):
        best.end = te
    elif te <= best.start and _SPACES.fullmatch(text, te, best.start):
        best.start = ts


_SPACES = re.compile(r"[\s,]*")


def _sentence_of(pos: int, text: str, sentences: list[tuple[int, int]] | None) -> tuple[int, int]:
    if sentences:
        i = bisect_right(sentences, (pos, 1 << 62)) - 1
        if i >= 0 and sentences[i][0] <= pos < sentences[i][1]:
            return sentences[i]
        return pos, pos + 1
    # no segment stage: a rough sentence from the nearest breaks (C-speed rfind/find)
    los = [i + len(b) for b in _BREAKS if (i := text.rfind(b, 0, pos)) >= 0]
    his = [i for b in _BREAKS if (i := text.find(b, pos)) >= 0]
    return (max(los) if los else 0), (min(his) + 1 if his else len(text))


_BREAKS = (". ", "! ", "? ", "\n")
