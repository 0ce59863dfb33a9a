"""Which sentences are the report's lead: the headline and its first sentences of content.

Speeches and addresses open with salutations ("**Українці!**", "Dear Mr Speaker!")
on lines of their own. They tell nothing, so they do not use up the lead: the
lead is the headline plus the first sentences that are not such a line.

A photo caption scraped twice (the image's alt text and its caption) stands as one
line repeated verbatim: it describes a picture, often of another scene of the story,
and does not use up the lead either.
"""

from __future__ import annotations

import re

from ..doc import Doc

# a salutation: a short line of its own ending in "!" (bold marks and spaces aside)
SALUTATION_WORDS = 8
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


def is_salutation(doc: Doc, si: int) -> bool:
    """A short sentence alone on its line that ends in "!": a form of address."""
    s = doc.sents[si]
    raw = doc.text[s.start : s.end]
    body = raw.strip().strip("*_ ").rstrip()
    if not body.endswith("!") or len(_WORD.findall(body)) > SALUTATION_WORDS:
        return False
    before = doc.text[max(0, s.start - 1) : s.start]
    after = doc.text[s.end : s.end + 3].lstrip(" \t*_")
    return (s.start == 0 or before in ("\n", "")) and (not after or after[:1] == "\n")


CAPTION_MIN_CHARS = 30  # a repeated line shorter than this may be a refrain, not a caption


def _repeated_lines(doc: Doc) -> frozenset[str]:
    """The lines (stripped) that stand verbatim more than once in the text."""
    got = doc.user.get("_repeated_lines")
    if got is None:
        seen: set[str] = set()
        twice: set[str] = set()
        for line in doc.text.split("\n"):
            line = line.strip()
            if len(line) >= CAPTION_MIN_CHARS:
                (twice if line in seen else seen).add(line)
        got = doc.user["_repeated_lines"] = frozenset(twice)
    return got


def is_repeated_caption(doc: Doc, si: int) -> bool:
    """A sentence on a line that the text repeats verbatim: a photo caption."""
    twice = _repeated_lines(doc)
    if not twice:
        return False
    s = doc.sents[si]
    lo = doc.text.rfind("\n", 0, s.start) + 1
    hi = doc.text.find("\n", s.end)
    line = doc.text[lo : hi if hi >= 0 else len(doc.text)].strip()
    return line in twice


def lead_sentences(doc: Doc, n: int) -> frozenset[int]:
    """The indices of the first `n` sentences of the report, salutations skipped."""
    key = ("_lead", n, len(doc.sents))
    got = doc.user.get(key)
    if got is not None:
        return got
    out: list[int] = []
    for si in range(len(doc.sents)):
        if len(out) >= n:
            break
        if si > 0 and (is_salutation(doc, si) or is_repeated_caption(doc, si)):
            continue
        out.append(si)
    res = frozenset(out)
    doc.user[key] = res
    return res
