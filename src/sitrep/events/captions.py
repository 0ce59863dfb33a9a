"""Which lines are a photo's caption: a line a news page prints twice, or an archive photo's.

Pages scraped from news sites repeat each photo's caption: once as the image's
alt text (often cut short with "…") and once in full under it. An archive photo's
caption opens with a mark ("FILE -", "Архівне фото";
`resources/<lang>/places_archive_marks.txt`). A caption describes a picture, often of
a side scene ("freed hostages ... in Paris", "a protest ... in Vladivostok"), not the
report's event: it neither uses up the lead, nor names the main place, nor places an
event. Its day is the photo's: an archive photo's day is long past and dates nothing;
a current photo's day serves only when the lead tells no event.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from ..doc import Doc
from ..resources import load_list

ELLIPSIS = ("…", "...")
MIN_CUT = 20  # characters: a repeated or cut-short line shorter than this is a label, no caption


@lru_cache(maxsize=8)
def _archive_marks(lang: str) -> tuple[str, ...]:
    return load_list(lang, "places_archive_marks", optional=True)


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


def _lines(doc: Doc) -> list[tuple[int, int, str]]:
    """(start, end, body) of every non-empty line; body without spaces and bold marks."""
    out: list[tuple[int, int, str]] = []
    pos = 0
    for raw in doc.text.split("\n"):
        body = raw.strip().strip("*_").strip()
        if body:
            out.append((pos, pos + len(raw), body))
        pos += len(raw) + 1
    return out


def _scan(doc: Doc) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(twin caption line spans, archive caption line spans), cached on the doc."""
    got = doc.user.get("_captions")
    if got is not None:
        return got
    lines = _lines(doc)
    twins: set[tuple[int, int]] = set()
    for (s1, e1, a), (s2, e2, b) in zip(lines, lines[1:], strict=False):
        if len(a) >= MIN_CUT and _same_caption(a, b):
            twins.update(((s1, e1), (s2, e2)))
    langs = {doc.lang or "en", *(p.lang for p in doc.paras if p.lang)}
    marks = tuple(mk for lg in sorted(langs) for mk in _archive_marks(lg))
    archive = [(s, e) for s, e, body in lines if marks and body.startswith(marks)]
    got = (sorted(twins), archive)
    doc.user["_captions"] = got
    return got


def caption_spans(doc: Doc) -> list[tuple[int, int]]:
    """The (start, end) offsets in doc.text of every twin caption line, in order."""
    return _scan(doc)[0]


def in_caption(doc: Doc, pos: int) -> bool:
    """Whether the offset `pos` of doc.text lies in a twin caption line."""
    spans = caption_spans(doc)
    if not spans:
        return False
    i = bisect_right(spans, (pos, len(doc.text) + 1)) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _sentences_on(doc: Doc, spans: list[tuple[int, int]]) -> frozenset[int]:
    out: set[int] = set()
    for s, e in spans:
        for si in range(doc.sent_index(s), len(doc.sents)):
            if doc.sents[si].start >= e:
                break
            out.add(si)
    return frozenset(out)


def caption_sentences(doc: Doc) -> frozenset[int]:
    """Indices of the sentences on a caption line, twin or archive (cached on the doc)."""
    got = doc.user.get("_caption_sents")
    if got is None:
        twins, archive = _scan(doc)
        got = doc.user["_caption_sents"] = _sentences_on(doc, twins + archive)
    return got


def archive_sentences(doc: Doc) -> frozenset[int]:
    """The captions of archive photos ("FILE - ..."): their days are long past."""
    got = doc.user.get("_archive_sents")
    if got is None:
        got = doc.user["_archive_sents"] = _sentences_on(doc, _scan(doc)[1])
    return got
