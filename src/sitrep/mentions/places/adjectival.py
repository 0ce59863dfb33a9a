"""Sites named by a capitalized adjective and a place noun ("Храмовая гора", "Соборной
площади", "Головинском районе"): the noun is part of the name (eval/GUIDE.md §9.1)."""

from __future__ import annotations

from functools import lru_cache

from ...doc import Doc, Token
from ...gazetteer import Place
from ...gazetteer.keys import fold
from ...resources import load_yaml
from .candidates import _Cand, _para_lang
from .lexicon import _FACILITY, _QUOTES, _facility_nouns, _unlisted_nouns
from .words import _CASES, _adj_cases, _head_nouns, unify_apostrophes

MAX_ADJECTIVES = 2  # "Чикойский Иоанно-Предтеченский монастырь"


class FindAdjectival:
    """The PlaceMatcher methods that adjectival decides."""

    def _adjectival(
        self, doc: Doc, wt: list[Token], kept: list[_Cand], ctx_cc: dict[str, float]
    ) -> list[_Cand]:
        """`kept` with each place that is only the adjective of such a name stretched over
        its noun ("Сретенском" + "районе"), plus the names no gazetteer holds."""
        text = doc.text
        sent_lang = _para_lang(doc)
        by_start = {c.start: c for c in kept}
        country = max(ctx_cc, key=lambda k: ctx_cc[k]) if ctx_cc else None
        out: list[_Cand] = []
        for j, t in enumerate(wt):
            if j == 0 or not t.text[:1].islower() or not wt[j - 1].text[:1].isupper():
                continue  # the cheap test first: a capitalized word right before
            lang = sent_lang[t.sent] if 0 <= t.sent < len(sent_lang) else (doc.lang or "")
            if lang not in ("uk", "ru"):
                continue
            noun = _site_noun(t.text, lang)
            if noun is None:
                continue
            lemma, cases = noun
            adjs = _adjectives_before(text, wt, j, cases, lang)
            if not adjs:
                continue
            s = wt[adjs[0]].start
            if text[s - 1 : s] in _QUOTES:
                continue  # «Горняцкий край»: a quoted title (an outlet, a ship), no site
            own = by_start.get(s)
            if own is None and not all(_adj_cases(wt[k].text, lang) for k in adjs):
                continue  # a word with a noun reading too names a site only as a place
            if own is not None:
                # the gazetteer read the adjective as a place: the name goes on to the noun
                if own.end == wt[adjs[-1]].end:
                    own.end, own.tok1 = t.end, j + 1
                continue
            if any(c.start < t.end and s < c.end for c in kept + out):
                continue
            name = _nominative([wt[k].text for k in adjs], lemma, t.text, lang)
            gloss = _facility_nouns(lang).get(fold(lemma)) or _unlisted_nouns(lang).get(
                fold(lemma), lemma
            )
            place = Place(None, name, None, None, country, None, 0, _FACILITY, gloss)
            c = _Cand(s, t.end, adjs[0], j + 1, (), False, frozenset(), False, lang, [name])
            c.best, c.confidence = place, 0.6
            out.append(c)
        return kept + out


def _adjectives_before(
    text: str, wt: list[Token], j: int, cases: frozenset[str], lang: str
) -> list[int]:
    """Indexes of the capitalized adjectives right before wt[j] that agree with it in case;
    a sentence's first word is left alone (any word is capitalized there)."""
    t = wt[j]
    out: list[int] = []
    k = j - 1
    while k > 0 and len(out) < MAX_ADJECTIVES:
        w, nxt = wt[k], wt[k + 1]
        if w.sent != t.sent or wt[k - 1].sent != t.sent or not w.text[:1].isupper():
            break
        if text[w.end : nxt.start] not in (" ", "\u00a0"):
            break
        if not (_adj_readings(w.text, lang) & cases):
            break
        out.insert(0, k)
        k -= 1
    return out


@lru_cache(maxsize=20_000)
def _adj_readings(word: str, lang: str) -> frozenset[str]:
    """The cases of a word's adjective readings ("Сретенском": also the town Сретенск)."""
    from ...segment import word_parses

    out: set[str] = set()
    parses = word_parses(unify_apostrophes(word), lang)
    if any("Anum" in p.tag.grammemes for p in parses):
        return frozenset()  # an ordinal names a channel or a unit ("Пятый канал"), no site
    for p in parses:
        if p.tag.POS == "ADJF":
            out |= _CASES & p.tag.grammemes
    return frozenset(out)


@lru_cache(maxsize=4)
def _nouns(lang: str) -> frozenset[str]:
    """Lemmas of nouns that name a site or an area after an adjective."""
    return _head_nouns(lang) | frozenset(_facility_nouns(lang)) | frozenset(_unlisted_nouns(lang))


@lru_cache(maxsize=20_000)
def _site_noun(word: str, lang: str) -> tuple[str, frozenset[str]] | None:
    """(lemma, cases) of a lower-case word that reads as a site or area noun, else None."""
    from ...segment import word_parses

    nouns = _nouns(lang)
    lemma, cases = None, set()
    for p in word_parses(unify_apostrophes(word), lang):
        if p.tag.POS == "NOUN" and p.normal_form in nouns:
            lemma = lemma or p.normal_form
            cases |= _CASES & p.tag.grammemes
    return (lemma, frozenset(cases)) if lemma else None


def _nominative(adjs: list[str], lemma: str, noun: str, lang: str) -> str:
    """The name in the nominative ("Храмовую гору" -> "Храмовая гора"), so that its
    inflected mentions are one entity; the words as written when morphology cannot."""
    from ...segment import word_parses

    head = next(
        (
            p
            for p in word_parses(unify_apostrophes(noun), lang)
            if p.tag.POS == "NOUN" and p.normal_form == lemma
        ),
        None,
    )
    plural = head is not None and "Pltm" in head.tag.grammemes
    gender = head.tag.gender if head is not None else None
    want = {"nomn", "plur"} if plural else {"nomn", "sing"} | ({gender} if gender else set())
    words = []
    for a in adjs:
        parses = [p for p in word_parses(unify_apostrophes(a), lang) if p.tag.POS == "ADJF"]
        form = next((f.word for p in parses if (f := p.inflect(want)) is not None), None)
        if form is None and parses:
            form = _by_ending(parses[0].normal_form, "plur" if plural else gender, lang)
        words.append(form[:1].upper() + form[1:] if form else a)
    return " ".join(words + [lemma])


def _by_ending(masculine: str, want: str | None, lang: str) -> str | None:
    """The adjective for a gender or the plural from its masculine dictionary form, by
    resources/<lang>/places_adjective_nominative.yaml; None when no ending fits."""
    if want in (None, "masc"):
        return masculine
    for end, forms in (load_yaml(lang, "places_adjective_nominative", optional=True) or {}).items():
        if masculine.endswith(end) and want in forms:
            return masculine[: -len(end)] + forms[want]
    return None
