"""Markdown markup as deletions: the words stay where they were, the markup goes.

Every rule only deletes (or replaces) markup characters, so the text between
them keeps a 1:1 offset map and line structure (blank lines = paragraphs)
survives. Ordered-list numbers stay: in reports they are often content.
"""

from __future__ import annotations

import html
import re

from .offsets import Edit

_FENCE = re.compile(r"^ {0,3}(?:`{3,}|~{3,})[^\n]*$", re.M)
_HEADING = re.compile(r"^( {0,3}#{1,6}[ \t]+)[^\n]*?([ \t]+#+[ \t]*)?$", re.M)
_SETEXT = re.compile(r"\n( {0,3}(?:=+|-{2,})[ \t]*)$", re.M)
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$", re.M)
_QUOTE = re.compile(r"^( {0,3}>(?:[ \t]?>)*[ \t]?)", re.M)
_BULLET = re.compile(r"^([ \t]*[-*+][ \t]+)(?=\S)", re.M)
_REFDEF = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S+(?:[ \t]+[\"'(][^\n]*)?[ \t]*$", re.M)
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)|!\[[^\]\n]*\]\[[^\]\n]*\]")
_LINK = re.compile(r"\[([^\]\n]+)\](\([^)\n]*\)|\[[^\]\n]*\])")
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^>\s]+)>", re.I)
_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>|<!--.*?-->", re.S)
_BR = re.compile(r"<br\s*/?>|</?(?:p|div|li|h[1-6]|blockquote|tr)\b[^>]*>", re.I)
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>|~])")


_FIRST = re.compile(r"^[ \t]*(\S)", re.M)
_RUNS = {
    "*": re.compile(r"\*+"),
    "_": re.compile(r"_+"),
    "~": re.compile(r"~+"),
    "`": re.compile(r"`+"),
}


def _delimiter_edits(text: str, ch: str, edits: list[Edit]) -> None:
    """Pair emphasis / code delimiters (*, **, _, ~~, `) on one line and delete both.

    A run opens when followed by a non-space and not preceded by a letter or
    digit, and closes in the mirror case, so "2*3", "snake_case", bullets and
    the in-word apostrophe "зв`язок" are left alone.
    """
    openers: list[tuple[int, int]] = []
    n_text = len(text)
    for m in _RUNS[ch].finditer(text):
        s, e = m.span()
        n = e - s
        if (ch == "~" and n != 2) or (ch != "`" and n > 3):
            continue
        prev = text[s - 1] if s else " "
        nxt = text[e] if e < n_text else " "
        if prev == "\\":
            continue
        can_close = not prev.isspace() and not nxt.isalnum() and (ch == "`" or nxt != ch)
        if can_close:
            for k in range(len(openers) - 1, -1, -1):
                os_, oe = openers[k]
                if oe - os_ == n and oe < s and text.find("\n", oe, s) == -1:
                    edits.append((os_, oe, ""))
                    edits.append((s, e, ""))
                    del openers[k:]
                    break
            else:
                can_close = False
            if can_close:
                continue
        if not nxt.isspace() and not prev.isalnum():
            openers.append((s, e))


def emphasis_pairs(text: str) -> int:
    """How many emphasis pairs (*x*, **x**, _x_, ~~x~~) the text holds: a Markdown sign."""
    edits: list[Edit] = []
    for ch in "*_~":
        if ch in text:
            _delimiter_edits(text, ch, edits)
    return len(edits) // 2


def markdown_edits(text: str) -> list[Edit]:
    """Deletions (and a few replacements) that turn Markdown into plain text."""
    edits: list[Edit] = []
    add = edits.append
    # line rules are tried only where a line starts with their character
    for m in _FIRST.finditer(text):
        ch, pos = m.group(1), m.start()
        if ch in "`~":
            f = _FENCE.match(text, pos)
            if f:
                add((f.start(), f.end(), ""))
        elif ch == "[":
            f = _REFDEF.match(text, pos)
            if f:
                add((f.start(), f.end(), ""))
        elif ch == "#":
            f = _HEADING.match(text, pos)
            if f:
                add((f.start(1), f.end(1), ""))
                if f.group(2):
                    add((f.start(2), f.end(2), ""))
        elif ch == ">":
            f = _QUOTE.match(text, pos)
            if f:
                add((f.start(1), f.end(1), ""))
        elif ch in "-*_+=":
            f = _RULE.match(text, pos) if ch in "-*_" else None
            if ch in "=-" and pos >= 2 and text[pos - 2] != "\n":
                g = _SETEXT.match(text, pos - 1)  # underlines the line above
                if g:
                    add((g.start(), g.end(1), ""))  # with its line break: no extra blank line
                    continue
            if f:
                add((f.start(), f.end(), ""))
            elif ch in "-*+":
                b = _BULLET.match(text, pos)
                if b:
                    add((b.start(1), b.end(1), ""))
    if "](" in text or "][" in text:
        for m in _IMAGE.finditer(text):
            add((m.start(), m.end(), ""))
        for m in _LINK.finditer(text):
            if m.start() and text[m.start() - 1] == "!":
                continue  # an image, removed whole above
            add((m.start(), m.start() + 1, ""))
            add((m.end(1), m.end(), ""))
    for ch in "*_~`":
        if ch in text:
            _delimiter_edits(text, ch, edits)
    if "<" in text:
        for m in _AUTOLINK.finditer(text):
            add((m.start(), m.start() + 1, ""))
            add((m.end() - 1, m.end(), ""))
        for m in _TAG.finditer(text):
            if _AUTOLINK.match(text, m.start()):
                continue
            add((m.start(), m.end(), "\n" if _BR.fullmatch(m.group()) else ""))
    if "&" in text:
        for m in _ENTITY.finditer(text):
            value = html.unescape(m.group())
            if value != m.group():
                add((m.start(), m.end(), value))
    if "\\" in text:
        for m in _ESCAPE.finditer(text):
            add((m.start(), m.start() + 1, ""))
    return edits


_MARKUP_CHARS = re.compile(r"[*_\[\]`<&\\#~!>]")


def strip_inline(text: str) -> str:
    """Plain text of a short Markdown fragment (a title, a byline), without offsets."""
    from .offsets import apply_edits

    if not _MARKUP_CHARS.search(text):
        return text.strip()
    edits = sorted(markdown_edits(text))
    return apply_edits(text, edits)[0].strip() if edits else text.strip()
