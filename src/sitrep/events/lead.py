"""Which sentences are the report's lead: the headline and its first sentences of content.

Speeches and addresses open with salutations ("**Українці!**", "Dear Mr Speaker!")
on lines of their own. They tell nothing, so they do not use up the lead: the
lead is the headline plus the first sentences that are not such a line. A photo
caption printed twice (events/captions.py) does not use up the lead either.
"""

from __future__ import annotations

import re

from ..doc import Doc
from .captions import in_caption

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


def lead_sentences(doc: Doc, n: int, skip: frozenset[int] = frozenset()) -> frozenset[int]:
    """The indices of the first `n` sentences of the report, salutations (and the
    sentences in `skip`, such as photo captions) skipped."""
    key = ("_lead", n, len(doc.sents), skip)
    got = doc.user.get(key)
    if got is not None:
        return got
    out: list[int] = []
    for si in range(len(doc.sents)):
        if len(out) >= n:
            break
        if si in skip or (
            si > 0 and (is_salutation(doc, si) or in_caption(doc, doc.sents[si].start))
        ):
            continue
        out.append(si)
    res = frozenset(out)
    doc.user[key] = res
    return res
