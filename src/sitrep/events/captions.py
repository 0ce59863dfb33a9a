"""Which sentences are a photo's caption: the day a photo was taken dates no event.

Web pages repeat a photo's caption as its alternative text, so a stored copy shows
the caption twice, line after line ("Protesters gather in X, Sept. 6, 2015" twice).
An archive photo's caption opens with a mark ("FILE -", "Архівне фото";
`resources/<lang>/places_archive_marks.txt`). Either way the line describes a picture,
not the report's event: its day is the photo's (often the day published, or a
day of the night before), and it is not the report's lead. An archive photo's day is
long past and dates nothing; a current photo's day serves only when the lead tells no
event (a lead that tells one with no day is news of the day published).
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc
from ..resources import load_list

MIN_CAPTION_CHARS = 20  # a repeated short line ("update", "Afghanistan") is a label, not a caption


@lru_cache(maxsize=8)
def _archive_marks(lang: str) -> tuple[str, ...]:
    return load_list(lang, "places_archive_marks", optional=True)


def caption_sentences(doc: Doc) -> frozenset[int]:
    """Indices of the sentences that lie on a caption line (cached on the doc)."""
    return _captions(doc)[0]


def archive_sentences(doc: Doc) -> frozenset[int]:
    """The captions of archive photos ("FILE - ..."): their days are long past."""
    return _captions(doc)[1]


def _captions(doc: Doc) -> tuple[frozenset[int], frozenset[int]]:
    got = doc.user.get("_caption_sents")
    if got is not None:
        return got
    text = doc.text
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for raw in text.split("\n"):
        body = raw.strip()
        if body:
            lines.append((pos, pos + len(raw), body))
        pos += len(raw) + 1
    langs = {doc.lang or "en", *(p.lang for p in doc.paras if p.lang)}
    marks = tuple(mk for lg in langs for mk in _archive_marks(lg))
    out: set[int] = set()
    old: set[int] = set()
    for k, (s, e, body) in enumerate(lines):
        twin = (
            any(0 <= k2 < len(lines) and lines[k2][2] == body for k2 in (k - 1, k + 1))
            and len(body) >= MIN_CAPTION_CHARS
        )
        archive = body.startswith(marks)
        if not (twin or archive):
            continue
        for si in range(doc.sent_index(s), len(doc.sents)):
            if doc.sents[si].start >= e:
                break
            out.add(si)
            if archive:
                old.add(si)
    res = (frozenset(out), frozenset(old))
    doc.user["_caption_sents"] = res
    return res
