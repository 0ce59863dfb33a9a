"""Character-level clean-up: spaces, line ends, invisible characters, apostrophes, NFC, lost chars.

Apostrophes inside words (’ ʼ ‘ ` ´ ′ ʹ) all become the ASCII apostrophe "'":
the Ukrainian pymorphy3 dictionary wants it ("зв'язок"), and it is what the
tokenizer joins words on. The replacement is 1:1, so offsets stay exact.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right

from ..schema.models import QualityFlag
from .offsets import Edit

APOSTROPHE = "'"
# THE apostrophes of sitrep: every way reports spell one (Ukrainian ’ ʼ, typewriter ` ´, primes,
# the Uzbek okina ʻ). Inside a word normalize writes them as "'"; every lexicon key unifies them
# with unify_apostrophes. No other module keeps its own table.
APOSTROPHES = "’ʼ‘`´′ʹʻ"
_APOS = APOSTROPHES
_APOS_TR = str.maketrans({c: APOSTROPHE for c in APOSTROPHES})


_APOS_SET = frozenset(APOSTROPHES)


def unify_apostrophes(s: str) -> str:
    """Every apostrophe as "'" (the form of words in lexicons and keys).

    A string without one comes back as itself: `translate` would copy it, and the copies
    are kept as keys of the word caches (~11 MB over the real benchmark corpus)."""
    if _APOS_SET.isdisjoint(s):
        return s
    return s.translate(_APOS_TR)


_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# soft hyphen, zero-width and bidi controls, BOM, C0/C1 controls (not \t \n), noncharacters
_DROP = (
    "\u00ad\u034f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"
    "\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f\ufffe\uffff"
)
# the stress mark of dictionaries and Wikipedia ("Азама́т"): dropped after a Cyrillic letter,
# where it would split a word in two; after a Latin letter NFC may need it ("é")
_STRESS = "\u0301"
# one character class (no alternation), so the scan over clean text is a fast C loop
_SPECIAL = re.compile(f"[{_DROP}\r{_SPACES}\u2028\u2029\x0b\x0c\x85\ud800-\udfff{_APOS}{_STRESS}]")
_FIXED = {c: " " for c in _SPACES} | {
    "\u2028": "\n",
    "\x0b": "\n",
    "\x0c": "\n",
    "\x85": "\n",
    "\u2029": "\n\n",
}


def char_edits(text: str) -> list[Edit]:
    """Edits for odd spaces, line ends, invisible characters and in-word apostrophes."""
    edits: list[Edit] = []
    n = len(text)
    for m in _SPECIAL.finditer(text):
        start, end = m.span()
        ch = m.group()[0]
        if ch in _APOS:
            if start and end < n and _is_letter(text[start - 1]) and _is_letter(text[end]):
                edits.append((start, end, APOSTROPHE))
        elif ch == _STRESS:
            if start and "\u0400" <= text[start - 1] <= "\u04ff":
                edits.append((start, end, ""))
        elif ch == "\r":
            # "\r\n" -> "\n" (delete the "\r"), a lone "\r" -> "\n"
            edits.append((start, end, "" if end < n and text[end] == "\n" else "\n"))
        elif ch in _FIXED:
            edits.append((start, end, _FIXED[ch]))
        elif "\ud800" <= ch <= "\udfff":
            edits.append((start, end, "\ufffd"))  # lone surrogates cannot be written out
        else:
            edits.append((start, end, ""))
    return edits


def _is_letter(ch: str) -> bool:
    return ch.isalpha()


def _attaches(ch: str) -> bool:
    return unicodedata.combining(ch) > 0 or unicodedata.category(ch)[0] == "M"


def nfc_with_map(text: str) -> tuple[str, list[int] | None]:
    """NFC, cluster by cluster, so composed letters map to their base character."""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    out: list[str] = []
    omap: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and _attaches(text[j]):
            j += 1
        cluster = text[i:j]
        nfc = unicodedata.normalize("NFC", cluster)
        out.append(nfc)
        if nfc == cluster:
            omap.extend(range(i, j))
        else:
            omap.extend([i] * len(nfc))
        i = j
    omap.append(n)
    return "".join(out), omap


# "??" standing for characters a code page could not hold: a run of "?"
# glued to a letter or digit on the right ("??на"), or a run of two or more
# standing alone; never "?" ending a question ("Що??", "?!", "what?").
_QMARKS = re.compile(r"\?+")
_URL = re.compile(r"(?:https?|ftp)://\S+|www\.\S+", re.I)


def lost_character_flags(text: str) -> list[QualityFlag]:
    """QualityFlags for "??" placeholders and U+FFFD, with their spans in `text`."""
    flags: list[QualityFlag] = []
    if "?" in text:
        urls = [m.span() for m in _URL.finditer(text)] if "://" in text or "www." in text else []
        url_starts = [us for us, _ in urls]  # disjoint and in order: one bisect per "?"
        for m in _QMARKS.finditer(text):
            s, e = m.span()
            k = bisect_right(url_starts, s) - 1
            if k >= 0 and s < urls[k][1]:
                continue
            prev = text[s - 1] if s else " "
            nxt = text[e] if e < len(text) else " "
            if nxt.isalnum() and not (e - s == 1 and prev.isspace()):
                lost = True  # "??на", "сло?о"
            elif e - s >= 2 and prev.isspace() and (nxt.isspace() or nxt in ".,;:"):
                lost = True  # " ?? "
            else:
                lost = False
            if lost:
                flags.append(
                    QualityFlag(
                        flag="lost_characters",
                        span=[s, e],
                        detail=f"{e - s} character{'s' if e - s > 1 else ''} shown as '?'",
                    )
                )
    if "\ufffd" in text:
        for m in re.finditer("\ufffd+", text):
            s, e = m.span()
            flags.append(
                QualityFlag(
                    flag="lost_characters",
                    span=[s, e],
                    detail=f"{e - s} undecodable character{'s' if e - s > 1 else ''} (U+FFFD)",
                )
            )
    flags.sort(key=lambda f: f.span[0] if f.span else 0)
    return flags
