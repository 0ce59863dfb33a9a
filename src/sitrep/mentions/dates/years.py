"""Which year a date without one has: the years the report names, else the publication's."""

from __future__ import annotations

import re

from ...lang.letters import char_class

_LOWER_WORD_AFTER = re.compile(rf"\s+[{char_class('cyrillic', 'lower')}]")


def _year_ok(text: str, end: int, has_word: bool) -> bool:
    """A year without a year word must not run into a counted Cyrillic noun (2000 осіб)."""
    return has_word or not _LOWER_WORD_AFTER.match(text, end)


def _explicit_years(matches: list[re.Match[str]]) -> list[tuple[int, int]]:
    out = []
    for m in matches:
        for g in ("iso_y", "dmy_y", "my_y", "yr_y", "yp_y"):
            if m.group(g):
                out.append((m.start(), int(m.group(g))))
        if m.group("num_y") and len(m.group("num_y")) == 4:
            out.append((m.start(), int(m.group("num_y"))))
    return out


def _infer_year(pos: int, years: list[tuple[int, int]]) -> int | None:
    before = [y for p, y in years if p <= pos]
    if before:
        return before[-1]
    return years[0][1] if years else None
