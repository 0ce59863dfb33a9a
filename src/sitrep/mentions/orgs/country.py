"""Which country a generic body belongs to ("МВС Білорусі", "Kazakh Interior Ministry")."""

from __future__ import annotations

from bisect import bisect_right

from ...doc import Doc, OrgCandidate, Token
from ...names.fold import low as _low
from .context import _OF
from .lexicon import _Res


def _country_for(
    doc: Doc, toks: list[Token], ends: list[int], countries: list, hit: OrgCandidate, res: _Res
) -> str | None:
    k = bisect_right(ends, hit.start)
    if k > 0:
        t = toks[k - 1]
        for key in (t.lemma, _low(t.text)):
            if key in res.demonyms:
                return res.demonyms[key]
    for t in toks[k : k + 4]:
        if t.start >= hit.end:
            break
        if _low(t.text) in res.demonyms:  # "Kazakh Interior Ministry"
            return res.demonyms[_low(t.text)]
    for m in countries:
        if hit.start <= m.start and m.end <= hit.end:
            return m.place.country  # "МВС Білорусі"
        if 0 <= m.start - hit.end <= 12 and _OF.fullmatch(doc.text, hit.end, m.start):
            return m.place.country
    return None
