"""Whether a span overlaps or lies inside any of a set of spans, in O(log n) per question.

Rules ask "does this candidate overlap a date?" or "is this token inside a place?" once
per candidate; a scan over every span of the document makes that quadratic in the text
length (issue 16). `Spans` answers the same questions, with the same inequalities, from
the spans sorted by start and the running maximum of their ends.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import accumulate


class Spans:
    """A fixed set of [start, end) spans (any order, duplicates and empty spans allowed)."""

    __slots__ = ("_pairs", "_starts", "_max_end", "_longest")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._pairs = sorted(spans)
        self._starts = [s for s, _ in self._pairs]
        # _max_end[i]: the largest end among the first i + 1 spans (by start)
        self._max_end = list(accumulate((e for _, e in self._pairs), max))
        self._longest = max((e - s for s, e in self._pairs), default=0)

    def __len__(self) -> int:
        return len(self._pairs)

    def __iter__(self):
        return iter(self._pairs)

    def __add__(self, other: Iterable[tuple[int, int]]) -> Spans:
        return Spans([*self._pairs, *other])

    def overlaps(self, start: int, end: int) -> bool:
        """Some span (s, e) has s < end and start < e."""
        i = bisect_left(self._starts, end)
        return i > 0 and self._max_end[i - 1] > start

    def covers(self, start: int, end: int) -> bool:
        """Some span (s, e) has s <= start and end <= e."""
        i = bisect_right(self._starts, start)
        return i > 0 and self._max_end[i - 1] >= end

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans with s < end and start < e, in start order."""
        i = bisect_left(self._starts, end)
        j = bisect_left(self._starts, start - self._longest)
        return [p for p in self._pairs[j:i] if start < p[1]]


class Disjoint:
    """Spans added one at a time, each only when it overlaps none already added.

    Kept sorted: as the spans are disjoint their ends are sorted too, so the overlap
    test looks at one neighbour. Empty spans (which break that order) are kept aside.
    """

    __slots__ = ("_starts", "_ends", "_empty")

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._empty: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Some added span (s, e) has s < end and start < e."""
        i = bisect_left(self._starts, end)
        if i > 0 and self._ends[i - 1] > start:
            return True
        return any(start < s < end for s in self._empty)

    def add(self, start: int, end: int) -> None:
        if end <= start:
            self._empty.append(start)
            return
        i = bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)
