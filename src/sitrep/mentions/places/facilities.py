"""Facilities named by a noun and a name ("шахта Західно-Донбаська"), from the user gazetteer or not."""

from __future__ import annotations

from ...doc import Doc, Token
from ...gazetteer import Place
from ...gazetteer.keys import fold, stem
from ...spans import Disjoint, Spans
from .candidates import _Cand, _para_lang
from .districts import district_at, district_prefixes
from .evidence import _after_number
from .lexicon import _EN_MODIFIERS, _EN_PREPS, _FACILITY, _QUOTES, _facility_nouns
from .words import given_name_reading


class FindFacilities:
    """The PlaceMatcher methods that facilities decides."""

    def _facilities(
        self, doc: Doc, wt: list[Token], taken: list[tuple[int, int]], ctx_cc: dict[str, float]
    ) -> list[_Cand]:
        """Named sites the gazetteer cannot know: готелю «Аруана», Tahrir Square."""
        text = doc.text
        fixed = Spans(
            taken + [(m.start, m.end) for m in doc.mentions if m.kind in ("date", "quantity")]
        )
        added = Disjoint()  # the facilities found here, each clear of all before it
        country = max(ctx_cc, key=lambda k: ctx_cc[k]) if ctx_cc else None
        sent_lang = _para_lang(doc)
        out: list[_Cand] = []

        def add(
            s: int, e: int, gloss: str, k0: int, k1: int, lang: str, name_at: int | None = None
        ) -> None:
            while e > s and not text[e - 1].isalnum():
                e -= 1
            if e <= s or fixed.overlaps(s, e) or added.overlaps(s, e):
                return
            name = " ".join(text[name_at or s : e].split())
            full = name if fold(gloss).split()[-1] in fold(name).split() else f"{name} {gloss}"
            place = Place(None, full, None, None, country, None, 0, _FACILITY, gloss)
            c = _Cand(s, e, k0, k1, (), False, frozenset(), False, lang, [name])
            c.best, c.confidence = place, 0.6
            added.add(s, e)
            out.append(c)

        nouns: dict[str, dict] = {}  # language -> its facility nouns (looked up once)
        memo = self._glosses
        if len(memo) > _GLOSS_MEMO:
            memo.clear()
        for j, t in enumerate(wt):
            lang = sent_lang[t.sent] if 0 <= t.sent < len(sent_lang) else (doc.lang or "en")
            fac = nouns.get(lang)
            if fac is None:
                fac = nouns[lang] = _facility_nouns(lang)
            if not fac:
                continue
            if lang == "en":
                gloss = fac.get(t.text.lower())
                if gloss is None:
                    continue
                # Tahrir Square / the Karazhanbas oil field: capitalized words before the noun
                k = j - 1
                while k >= 0 and wt[k].sent == t.sent and wt[k].text.lower() in _EN_MODIFIERS:
                    k -= 1
                names = []
                while k >= 0 and wt[k].sent == t.sent and len(names) < 3:
                    w = wt[k]
                    nxt_start = wt[k + 1].start
                    if not w.text[:1].isupper() or text[w.end : nxt_start].strip():
                        break
                    if fold(w.text) in _EN_PREPS or fold(w.text) in ("the", "a", "an"):
                        break
                    names.insert(0, k)
                    k -= 1
                if names:
                    end = (
                        t.end
                        if t.text[:1].isupper() and k + 1 + len(names) == j
                        else (wt[names[-1]].end)
                    )
                    add(wt[names[0]].start, end, gloss, names[0], j + 1, lang)
                elif t.text[:1].isupper() and j + 1 < len(wt):
                    n = wt[j + 1]  # Hotel Aruana
                    if (
                        n.sent == t.sent
                        and n.text[:1].isupper()
                        and not text[t.end : n.start].strip()
                    ):
                        add(t.start, n.end, gloss, j, j + 2, lang)
                continue
            # what this word form can open, looked up once per (language, form, lemma)
            gk = (lang, t.text, t.lemma)
            glosses = memo.get(gk)
            if glosses is None:
                glosses = memo[gk] = _word_glosses(t, lang, fac)
            if glosses is _INERT and not (
                j + 1 < len(wt) and wt[j + 1].text[:1].isupper() and t.text[:1].islower()
            ):
                continue  # no district noun, no gloss, no other reading to try
            k = district_at(text, wt, j, lang)
            if k is not None:  # "Бориспільського району": a district GeoNames does not list
                add(wt[k].start, t.end, "district", k, j + 1, lang)
                continue
            gloss = glosses[0]
            if gloss is None and j + 1 < len(wt) and wt[j + 1].text[:1].isupper():
                gloss = _other_lemma(t.text, lang, fac)  # "селі": село, not сель
            if gloss is None:
                gloss = glosses[1]
            # "вул. Шкільна": an abbreviated noun, its full stop right after it
            abbr = text[t.end : t.end + 1] == "." and t.text.islower()
            if abbr:
                gloss = fac.get(fold(t.text))
            if gloss is None:
                continue
            if len(t.text) == 1 and not (abbr and not _after_number(text, t)):
                continue  # "с." / "м." abbreviate a settlement, not "з", "5 м." (metres)
            pos = t.end
            while pos < len(text) and text[pos] in " \t":
                pos += 1
            if pos < len(text) and text[pos] in _QUOTES:
                close = _QUOTES[text[pos]]
                end = text.find(close, pos + 1, pos + 80)
                if (
                    end > pos + 1
                    and text[pos + 1 : pos + 2].isupper()
                    and "\n" not in text[pos:end]
                ):
                    if len(text[pos + 1 : end].split()) <= 5:
                        add(pos + 1, end, gloss, j, j + 1, lang)
                continue
            names = []
            k = j + 1
            while k < len(wt) and wt[k].sent == t.sent and len(names) < 3:
                w = wt[k]
                gap = text[wt[k - 1].end : w.start]
                if not w.text[:1].isupper() or (gap.strip() and not (abbr and k == j + 1)):
                    break
                names.append(k)
                k += 1
            if (
                names
                and gloss in _SETTLEMENTS
                and len(names) > 1
                and given_name_reading(wt[names[0]].text, lang)
            ):
                continue  # "начальник поліції міста Рахім Шах": a person, the town unsaid
            if names:
                # a street's or square's noun is part of its name ("площі Свободи",
                # "вул. Шкільна"; eval/GUIDE.md §9.1), a hotel's or mine's is not
                k0 = j if gloss in _NAMED_WITH_NOUN else names[0]
                s0, e0 = wt[k0].start, wt[names[-1]].end
                add(s0, e0, gloss, k0, names[-1] + 1, lang, wt[names[0]].start)
        return out


# word forms whose facility glosses stay memoized on the matcher (bounded, across documents)
_GLOSS_MEMO = 50_000


def _word_glosses(t: Token, lang: str, fac: dict[str, str]) -> tuple[str | None, str | None]:
    """A word's facility gloss by its lemma, and (lower-case words only) by its stem: the
    parts of the look-up that depend on the word form alone, not on its neighbours.

    `_INERT` when the word can open nothing by itself: no gloss by lemma, stem or (as an
    abbreviation) by its letters, and no district noun's first letters. Most words are
    inert, and the loop skips them without the per-token tests (checked against the long
    way in tests/test_fast_paths.py)."""
    w = t.text
    by_lemma = fac.get(t.lemma) or fac.get(fold(t.lemma or w))
    by_stem = fac.get("~" + stem(fold(w))) if w[:1].islower() else None
    if by_lemma is not None or by_stem is not None:
        return by_lemma, by_stem
    if w.islower() and fac.get(fold(w)) is not None:
        return _NO_GLOSS  # "вул.": a gloss once a full stop follows
    if w[:1].islower() and w[:4] in district_prefixes(lang):
        return _NO_GLOSS  # may be a district's noun
    return _INERT


_NO_GLOSS: tuple[None, None] = (None, None)
_INERT: tuple[None, None] = tuple([None, None])  # a distinct object: compared with `is`


_SETTLEMENTS = frozenset({"village", "settlement", "hamlet", "town"})
_NAMED_WITH_NOUN = frozenset({"street", "square", "avenue", "boulevard", "lane"})


def _other_lemma(word: str, lang: str, fac: dict[str, str]) -> str | None:
    """The gloss of a settlement noun among the word's other dictionary readings ("селі":
    село, first read as сель); other facility nouns count by their first reading only."""
    if lang not in ("uk", "ru") or not word[:1].islower():
        return None
    from ...segment import word_parses

    for p in word_parses(word, lang)[1:]:
        g = fac.get(fold(p.normal_form))
        if g in _SETTLEMENTS:
            return g
    return None
