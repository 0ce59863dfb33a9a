"""Which text the model reads: the words around each capitalized word the rules left
unexplained in a Russian sentence. The tagger's cost grows with the text it reads (its
convolutions run over every token, padded to the longest text of a batch); a sentence
whose every name a rule already holds has nothing left for it to add."""

from __future__ import annotations

from bisect import bisect_right

from ...doc import Doc, Token
from ...names.features import features
from .vetoes import _not_acronyms

WINDOW = 8  # words each side of an unexplained word: the tagger's context


def gap_windows(
    doc: Doc, taken: list[tuple[int, int]], window: int = WINDOW
) -> list[tuple[int, int]]:
    """(start, end) of the text around each capitalized word no rule mention covers, in a
    Russian sentence, `window` words each side within the sentence (0: the whole sentence);
    overlapping windows are merged. `taken` is the sorted (start, end) of rule mentions."""
    starts = [s for s, _ in taken]
    toks = doc.tokens
    out: list[tuple[int, int]] = []
    sent_first: dict[int, int] = {}
    for i, t in enumerate(toks):
        sent_first.setdefault(t.sent, i)
    for i, t in enumerate(toks):
        if not _unexplained(doc, t, i == sent_first[t.sent], taken, starts):
            continue
        lo, hi = _bounds(toks, i, window)
        s, e = toks[lo].start, toks[hi].end
        if window <= 0 and 0 <= t.sent < len(doc.sents):
            s, e = doc.sents[t.sent].start, doc.sents[t.sent].end
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _unexplained(
    doc: Doc, t: Token, first: bool, taken: list[tuple[int, int]], starts: list[int]
) -> bool:
    w = t.text
    if not w[:1].isupper() or not w[:1].isalpha() or (w.isupper() and len(w) <= 2):
        return False
    if w in _not_acronyms():
        return False  # "СМИ", "ДТП": listed as no organization
    k = bisect_right(starts, t.start)
    if k and taken[k - 1][1] > t.start:
        return False  # inside a rule mention
    if doc.lang_at(t.start) != "ru":
        return False
    # "Сегодня", "Полиция": capitalized only as the sentence's first word; «Мы ...»
    f = features(w, "ru")
    if f.func and not (f.given or f.surn or f.geo or f.org):
        return False
    return not (first and _ordinary(w))


def _bounds(toks: list[Token], i: int, window: int) -> tuple[int, int]:
    sent = toks[i].sent
    lo = hi = i
    while lo > 0 and toks[lo - 1].sent == sent and (window <= 0 or i - lo < window):
        lo -= 1
    while hi + 1 < len(toks) and toks[hi + 1].sent == sent and (window <= 0 or hi - i < window):
        hi += 1
    return lo, hi


def _ordinary(word: str) -> bool:
    """A dictionary word that reads as no name: a function word or a common word."""
    f = features(word, "ru")
    return (f.common or f.func) and not (f.given or f.surn or f.geo or f.org)
