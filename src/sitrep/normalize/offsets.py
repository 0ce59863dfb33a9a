"""Edits with an offset map: every normalization step says what it changed, never loses where.

A map is a list `m` with `m[i]` = index in the step's input of output char `i`
and `len(m) == len(output) + 1` (the last entry is the input length), so maps
compose by indexing and stay monotonic non-decreasing. Steps that change
nothing return no map at all, which keeps the common clean-text path cheap.
"""

from __future__ import annotations

Edit = tuple[int, int, str]  # replace text[start:end] with the string


def identity(n: int) -> list[int]:
    """The map of a text of length `n` onto itself."""
    return list(range(n + 1))


def apply_edits(text: str, edits: list[Edit]) -> tuple[str, list[int]]:
    """Apply sorted edits; an edit overlapping an earlier one is skipped.

    Replacement characters map to the start of what they replace, except a
    same-length replacement, which maps character by character.
    """
    out: list[str] = []
    omap: list[int] = []
    pos = 0
    for start, end, repl in edits:
        if start < pos:
            continue  # overlaps an edit already applied (e.g. a char fix inside a stripped URL)
        out.append(text[pos:start])
        omap.extend(range(pos, start))
        if repl:
            out.append(repl)
            if len(repl) == end - start:
                omap.extend(range(start, end))
            else:
                omap.extend([start] * len(repl))
        pos = end
    out.append(text[pos:])
    omap.extend(range(pos, len(text) + 1))
    return "".join(out), omap


def compose(outer: list[int] | None, inner: list[int] | None) -> list[int] | None:
    """Map of step2∘step1: `outer` maps text1 -> raw, `inner` maps text2 -> text1."""
    if inner is None:
        return outer
    if outer is None:
        return inner
    return list(map(outer.__getitem__, inner))
