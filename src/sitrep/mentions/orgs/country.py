"""Which country a generic body belongs to ("МВС Білорусі", "Kazakh Interior Ministry")."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ...doc import Doc, OrgCandidate, Token
from ...names.fold import low as _low
from .context import _OF
from .lexicon import _Res

AFTER = 12  # characters between a body and the country after it ("МВС ... Білорусі")


class Countries:
    """Country mentions by start, so a body looks only at those inside it or just after it."""

    def __init__(self, mentions: list) -> None:
        order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
        self.mentions = [mentions[i] for i in order]
        self.rank = order  # position in the document's mention order: the first one wins
        self.starts = [m.start for m in self.mentions]

    def near(self, start: int, end: int) -> list:
        """Mentions starting in [start, end + AFTER], in the document's mention order."""
        i, j = bisect_left(self.starts, start), bisect_right(self.starts, end + AFTER)
        return [self.mentions[k] for k in sorted(range(i, j), key=lambda k: self.rank[k])]


def _country_for(
    doc: Doc, toks: list[Token], ends: list[int], countries: Countries, hit: OrgCandidate, res: _Res
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
    for m in countries.near(hit.start, hit.end):
        if hit.start <= m.start and m.end <= hit.end:
            return m.place.country  # "МВС Білорусі"
        if 0 <= m.start - hit.end <= AFTER and _OF.fullmatch(doc.text, hit.end, m.start):
            return m.place.country
    return None
