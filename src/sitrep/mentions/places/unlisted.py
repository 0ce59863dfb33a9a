"""Places no gazetteer holds, named after a settlement, district, river or province noun
("у села Хушаб", "через реку Тарнак", "в графстве Стаффордшир"): the noun says what the
capitalized name after it is (resources/<lang>/places_unlisted_nouns.txt)."""

from __future__ import annotations

from functools import lru_cache

from ...doc import Doc, Token
from ...gazetteer import Place
from ...gazetteer.keys import fold
from ...names.features import features
from ...names.fold import is_latin
from ...resources import load_list
from .candidates import _Cand, _para_lang
from .lexicon import _FACILITY

MAX_WORDS = 3
UNLISTED_CONFIDENCE = 0.6


class FindUnlisted:
    """The PlaceMatcher methods that unlisted decides."""

    def _unlisted(
        self, doc: Doc, wt: list[Token], kept: list[_Cand], ctx_cc: dict[str, float]
    ) -> list[_Cand]:
        """`kept` plus the names right after such a noun that no candidate covers."""
        text = doc.text
        sent_lang = _para_lang(doc)
        taken = sorted(
            [(c.start, c.end) for c in kept]
            + [(m.start, m.end) for m in doc.mentions if m.kind in ("date", "quantity")]
        )
        country = max(ctx_cc, key=lambda k: ctx_cc[k]) if ctx_cc else None
        out: list[_Cand] = []
        for j, t in enumerate(wt[:-1]):
            lang = sent_lang[t.sent] if 0 <= t.sent < len(sent_lang) else (doc.lang or "")
            if lang not in ("uk", "ru"):
                continue
            if not wt[j + 1].text[:1].isupper():
                continue  # the cheap test first: a capitalized word must follow
            nouns = _nouns(lang)
            if not nouns or not _is_noun(t, nouns, lang):
                continue
            if (
                t.text[:1].isupper()
                and j > 0
                and wt[j - 1].sent == t.sent
                and "\n" not in text[wt[j - 1].end : t.start]
            ):
                # "Сполучених Штатів": a capitalized noun is part of a name, unless it opens
                # its sentence or a line (a caption or a headline: "Река Куэнга летом")
                continue
            names = _name_after(text, wt, j, lang)
            if not names:
                continue
            s, e = wt[names[0]].start, wt[names[-1]].end
            if any(a < e and s < b for a, b in taken):
                continue
            name = " ".join(text[s:e].split())
            gloss = t.lemma or fold(t.text)
            place = Place(None, name, None, None, country, None, 0, _FACILITY, gloss)
            c = _Cand(s, e, names[0], names[-1] + 1, (), False, frozenset(), False, lang, [name])
            c.best, c.confidence = place, UNLISTED_CONFIDENCE
            out.append(c)
            taken.append((s, e))
        kept = kept + out
        return kept + _glosses(text, wt, kept)


GLOSS_WORDS = 4
_GLOSS_ENDS = ");,"


def _glosses(text: str, wt: list[Token], kept: list[_Cand]) -> list[_Cand]:
    """ "реку Тарнак (Tarnak)", "Даммартен-ан-Гоэль (Dammartin-en-Goële; ...)": the name in
    Latin letters in brackets right after a place is the same place, as the source writes
    it (persons/candidates._latin_gloss does the same for persons)."""
    spans = [(c.start, c.end) for c in kept]
    starts: dict[int, int] = {}
    out = []
    for c in kept:
        k = c.end
        while k < len(text) and text[k] == " ":
            k += 1
        if text[k : k + 1] != "(":
            continue
        if not starts:
            starts = {t.start: i for i, t in enumerate(wt)}
        end = k + 1
        while end < len(text) and end - k < 80 and text[end] not in _GLOSS_ENDS + "\n":
            end += 1
        inner = text[k + 1 : end].strip()
        words = inner.replace("-", " ").split()
        if not words or len(words) > GLOSS_WORDS or not is_latin(inner) or end >= len(text):
            continue
        if text[end] not in _GLOSS_ENDS or not inner[:1].isupper() or inner.isupper():
            continue
        if not all(w[:1].isupper() or (w.islower() and len(w) <= 3) for w in words):
            continue  # "(in English)" is no name; "Dammartin-en-Goële" keeps its particles
        s, e = k + 1, k + 1 + len(inner)
        if s not in starts or any(a < e and s < b for a, b in spans):
            continue
        g = _Cand(s, e, starts[s], starts[s] + 1, c.ids, c.user, c.exact_ids, False, "en", [inner])
        g.best, g.confidence = c.best, c.confidence
        out.append(g)
        spans.append((s, e))
    return out


def _name_after(text: str, wt: list[Token], j: int, lang: str) -> list[int]:
    """Indexes of the capitalized words right after wt[j] that may name a place: no given
    name, no ordinary dictionary word, no acronym (a given name ends the run, so that
    "Массачусетс Джохар Царнаев" does not run into a person; a given name first: none)."""
    out: list[int] = []
    k = j + 1
    while k < len(wt) and len(out) < MAX_WORDS:
        w, prev = wt[k], wt[k - 1]
        if w.sent != wt[j].sent or text[prev.end : w.start] not in (" ", "\u00a0"):
            break
        if not w.text[:1].isupper() or (w.text.isupper() and len(w.text) > 1):
            break
        f = features(w.text, lang)
        if f.common or f.func or f.given:
            break  # "полиции города Рахим Шах": a person's name, the town left unsaid
        out.append(k)
        k += 1
    return out


@lru_cache(maxsize=4)
def _nouns(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in load_list(lang, "places_unlisted_nouns", optional=True))


def _is_noun(t: Token, nouns: frozenset[str], lang: str) -> bool:
    """The token or one of its dictionary readings is such a noun ("графстві")."""
    if (t.lemma or fold(t.text)) in nouns:
        return True
    if not t.text[:1].isalpha() or t.text[:1].isupper():
        return False
    return _reads_as(t.text, lang)


@lru_cache(maxsize=20_000)
def _reads_as(word: str, lang: str) -> bool:
    from ...segment import word_parses

    nouns = _nouns(lang)
    if fold(word) in nouns:
        return True
    return any(p.tag.POS == "NOUN" and p.normal_form in nouns for p in word_parses(word, lang))
