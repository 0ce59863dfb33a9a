"""Regions named by their adjective alone, the region noun said once for several ("у
Херсонській, Запорізькій та Одеській областях", "з Хмельницької – 12 і з Тернопільської –
6", "відвідав області: Одеську, Херсонську"): a capitalized adjective that names a
region together with the region noun (resources/<lang>/places_region_nouns.txt, the
gazetteer decides) is that region when nothing follows it but a list's comma, dash,
bracket or conjunction, and its sentence names a region noun or another region, or lists
two such adjectives. An adjective before a noun ("Одеська міська рада") is not elliptic."""

from __future__ import annotations

from functools import lru_cache

from ...doc import Doc, Token
from ...gazetteer.keys import fold
from ...resources import load_list
from .candidates import _Cand, _forms, _para_lang
from .words import _word_class

ELLIPTIC_CONFIDENCE = 0.7
_LIST_MARKS = ",;)–—-:."  # what may follow an elliptic adjective in a list


class FindElliptic:
    """The PlaceMatcher methods that elliptic decides."""

    def _elliptic(self, doc: Doc, wt: list[Token], kept: list[_Cand]) -> list[_Cand]:
        """`kept` plus the elliptic region adjectives no candidate covers."""
        text = doc.text
        sent_lang = _para_lang(doc)
        taken = [(c.start, c.end) for c in kept] + [
            (m.start, m.end) for m in doc.mentions if m.kind in ("date", "quantity")
        ]
        licensed = {wt[c.tok0].sent for c in kept if c.best and c.best.feature == "region"}
        found: dict[int, list[_Cand]] = {}
        for j, t in enumerate(wt):
            lang = sent_lang[t.sent] if 0 <= t.sent < len(sent_lang) else (doc.lang or "")
            if lang not in ("uk", "ru"):
                continue
            if not t.text[:1].isupper():
                if t.lemma in _region_nouns(lang) or t.text in _region_nouns(lang):
                    licensed.add(t.sent)  # "областях", "обл"
                continue
            if t.text.isupper() or j == 0 or wt[j - 1].sent != t.sent:
                continue  # a sentence's first word: no list of regions before it
            if not _word_class(t.text, lang)[1] or any(a < t.end and t.start < b for a, b in taken):
                continue
            # "Донецкая обл.": the abbreviated noun says the region itself
            e = region_abbreviation_end(text, t.end, wt[j + 1], lang) if j + 1 < len(wt) else None
            if e is None and not _ends_list_item(text, wt, j, lang):
                continue
            place = self._region_of(t.text, lang)
            if place is None:
                continue
            k1 = j + 1 if e is None else j + 2
            c = _Cand(t.start, e or t.end, j, k1, (), False, frozenset(), False, lang, [t.text])
            c.best, c.confidence = place, ELLIPTIC_CONFIDENCE
            found.setdefault(-1 if e else t.sent, []).append(c)
        licensed.add(-1)
        out = [c for sent, cs in found.items() if sent in licensed or len(cs) > 1 for c in cs]
        return kept + out

    def _region_of(self, adjective: str, lang: str):
        """The region the adjective names with the region noun, else None."""
        nouns = _region_nouns(lang)
        if not nouns:
            return None
        ids, _ = self.index.match(list(_forms(adjective)) + list(_forms(nouns[0])), False)
        for i in ids:
            p = self.index.place(i)
            if p.feature == "region":
                return p
        return None


def region_abbreviation_end(text: str, end: int, nxt: Token, lang: str) -> int | None:
    """The end of a region's abbreviated noun right after a region's name ending at `end`
    ("Донецька обл", with its full stop: "Київської обл."), else None."""
    nouns = _region_nouns(lang)
    if text[end : nxt.start] != " " or fold(nxt.text) not in nouns[1:]:
        return None
    return nxt.end + 1 if text[nxt.end : nxt.end + 1] == "." else nxt.end


def _ends_list_item(text: str, wt: list[Token], j: int, lang: str) -> bool:
    """Nothing but a list's mark or a conjunction after wt[j]: no noun it qualifies."""
    k = wt[j].end
    while k < len(text) and text[k] in " \t\u00a0":
        k += 1
    if k >= len(text) or text[k] in _LIST_MARKS or text[k] == "\n":
        return True
    return j + 1 < len(wt) and wt[j + 1].start == k and fold(wt[j + 1].text) in _conj(lang)


@lru_cache(maxsize=4)
def _region_nouns(lang: str) -> tuple[str, ...]:
    """The region noun first (the gazetteer's name for a region with its adjective), then
    its abbreviations."""
    return tuple(fold(w) for w in load_list(lang, "places_region_nouns", optional=True))


@lru_cache(maxsize=4)
def _conj(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in load_list(lang, "conjunctions", optional=True))
