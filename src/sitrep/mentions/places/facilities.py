"""Facilities named by a noun and a name ("шахта Західно-Донбаська"), from the user gazetteer or not.

Settlements, districts and rivers named after their noun are unlisted.py."""

from __future__ import annotations

from functools import lru_cache

from ...doc import Doc, Token
from ...gazetteer import Place
from ...gazetteer.keys import fold, stem
from ...spans import Disjoint, Spans
from .candidates import _Cand, _para_lang
from .districts import district_at, district_prefixes
from .lexicon import _EN_MODIFIERS, _EN_PREPS, _FACILITY, _QUOTES, _facility_nouns, _unlisted_nouns
from .unlisted import _gloss as unlisted_gloss


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

        def owned(t: Token, lang: str) -> bool:
            """A settlement, district or river noun: unlisted.py decides the name after it."""
            return unlisted_gloss(t, _unlisted_nouns(lang), lang, False) is not None

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
            if gloss is None and glosses[1] is not None and not owned(t, lang):
                gloss = glosses[1]  # "міста" is місто's (unlisted.py), not a stem of "міст"
            # "вул. Шкільна": an abbreviated noun, its full stop right after it
            abbr = text[t.end : t.end + 1] == "." and t.text.islower()
            if abbr:
                gloss = fac.get(fold(t.text))
            if gloss is None:
                continue
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
                # "вул. І. Федорова": an initial and its stop inside a street's name
                initial = bool(names) and len(wt[k - 1].text) == 1 and gap.strip() == "."
                if not w.text[:1].isupper() or (
                    gap.strip() and not (abbr and k == j + 1) and not initial
                ):
                    break
                names.append(k)
                k += 1
            if names:
                # a street's or square's noun is part of its name ("площі Свободи",
                # "вул. Шкільна"; eval/GUIDE.md §9.1), a hotel's or mine's is not
                k0 = j if gloss in _NAMED_WITH_NOUN else names[0]
                s0, e0 = wt[k0].start, wt[names[-1]].end
                add(s0, e0, gloss, k0, names[-1] + 1, lang, wt[names[0]].start)
            if gloss in _NAMED_WITH_NOUN and (names or text[pos : pos + 1] == ":"):
                # "вул. Горького, Якубовського, Соборна", "ремонт вулиць: Різдвяна, Лісова":
                # the names listed after a street are streets too
                for k0, k1 in _listed(text, wt, names[-1] if names else j, lang):
                    add(wt[k0].start, wt[k1 - 1].end, gloss, k0, k1, lang)
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


LIST_NAME_WORDS = 3  # words of one listed name ("Остафія Дашкевича", "В. Чорновола")


def _listed(text: str, wt: list[Token], k: int, lang: str) -> list[tuple[int, int]]:
    """(first, end) word indexes of the capitalized names listed after wt[k] in its
    sentence, each after a comma (a colon first) or a conjunction; none unless two or
    more, or the last after a conjunction ("вул. Франка, Петренко сказав": no list)."""
    items: list[tuple[int, int]] = []
    by_conj = False
    sent = wt[k].sent
    while k + 1 < len(wt) and wt[k + 1].sent == sent:
        sep = text[wt[k].end : wt[k + 1].start].strip()
        n = k + 1
        conj = sep in ("", ",") and fold(wt[n].text) in _conjunctions(lang)
        if conj:
            n += 1
            if n >= len(wt) or wt[n].sent != sent:
                break
            if text[wt[n - 1].end : wt[n].start].strip():
                break
        elif not (sep == "," or sep == ":" and not items):
            break
        if not wt[n].text[:1].isupper() or wt[n].text.isupper() and len(wt[n].text) > 1:
            break
        e = n + 1
        while e < len(wt) and e - n < LIST_NAME_WORDS and wt[e].sent == sent:
            gap = text[wt[e - 1].end : wt[e].start]
            initial = len(wt[e - 1].text) == 1 and gap.strip() == "."
            if not wt[e].text[:1].isupper() or (gap.strip() and not initial):
                break
            e += 1
        items.append((n, e))
        by_conj = conj
        k = e - 1
    return items if len(items) > 1 or by_conj else []


@lru_cache(maxsize=4)
def _conjunctions(lang: str) -> frozenset[str]:
    from ...resources import load_list

    return frozenset(fold(w) for w in load_list(lang, "conjunctions", optional=True))


_NAMED_WITH_NOUN = frozenset({"street", "square", "avenue", "boulevard", "lane"})
