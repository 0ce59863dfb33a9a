"""The outlet of a byline on the last line, or doc.outlet."""

from __future__ import annotations

from ...doc import Doc, OrgCandidate, Token
from ...names.fold import low as _low
from .context import _EN_LINK, _QUOTES, _capitalized
from .lexicon import _CAMEL, _Res, is_org_word, latin_name


def _plausible_outlet(name: str) -> bool:
    """An outlet name from the byline: a few capitalized words, not a phrase."""
    words = name.split()
    if not words or len(words) > 6 or len(name) > 60:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in _EN_LINK for w in words)


def _byline_hits(doc: Doc, toks: list[Token], res: _Res) -> list[OrgCandidate]:
    text = doc.text
    if doc.outlet and _plausible_outlet(doc.outlet) and _outlet_name(doc.outlet):
        pos = text.rfind(doc.outlet)
        if pos >= 0:
            return [OrgCandidate(pos, pos + len(doc.outlet), latin_name(doc.outlet), 0.9, "outlet")]
    end = len(text.rstrip())
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end]
    if not line.strip() or len(line) > 160:
        return []
    low = _low(line.strip(" *_#>[]()-—–"))
    label = next((lb for lb in res.labels if low.startswith(lb)), None)
    if label is not None:
        seg_start = start + line.find(":") + 1 if ":" in line else None
    else:
        cut = max(line.rfind(","), line.rfind("|"), line.rfind("—"), line.rfind(" - "))
        seg_start = start + cut + 1 if cut >= 0 else None
    if seg_start is None:
        return []
    seg_text = text[seg_start:end]
    for q, close in _QUOTES.items():  # "..., «Слобідські новини»"
        a = seg_text.find(q)
        b = seg_text.find(close, a + 1) if a >= 0 else -1
        if a >= 0 and b > a + 1:
            s, e = seg_start + a + 1, seg_start + b
            return [OrgCandidate(s, e, latin_name(text[s:e]), 0.75, "byline")]
    seg = [t for t in toks if seg_start <= t.start < end and t.text[:1].isalpha()]
    if not seg or len(seg) > 4 or not all(_capitalized(t.text) for t in seg):
        return []
    s, e = seg[0].start, seg[-1].end
    if not _outlet_name(text[s:e]):
        return []
    return [OrgCandidate(s, e, latin_name(text[s:e]), 0.7, "byline")]


def _outlet_name(name: str) -> bool:
    """Not a lone Cyrillic word: "Автор: Ім'я Прізвище, Бішкек" ends with a city, not an outlet."""
    name = name.strip("*_ ")
    return " " in name or name.isascii() or bool(_CAMEL.fullmatch(name)) or is_org_word(name)
