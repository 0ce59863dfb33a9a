"""Official bodies: a head noun with its adjectives and tail, and English capitalized runs."""

from __future__ import annotations

from functools import lru_cache

from ...doc import Doc, OrgCandidate, Token
from ...names.features import features as person_features
from ...names.lists import is_title
from ...segment import word_parses
from .context import (
    _ARTICLES,
    _EN_LINK,
    _NOT_FIRST,
    _adjacent,
    _capitalized,
    _en_word,
    _first_word,
    _headline_at,
    _lang_of,
    _place_spans,
)
from .lexicon import _can_be_singular, _Res, grammemes
from .tails import _namesake, _tail


def _body_hits(
    doc: Doc, toks: list[Token], res: _Res, lows: list[str] | None = None
) -> list[OrgCandidate]:
    """Official bodies: "Харківської обласної прокуратури", "Ministry of Labour and Employment"."""
    text = doc.text
    hits: list[OrgCandidate] = []
    places = _place_spans(doc)
    heads, en_heads, forms = res.heads, res.en_heads, res.head_forms
    lows = lows if lows is not None else [t.text.lower() for t in toks]
    cands = [i for i, t in enumerate(toks) if lows[i] in forms or t.text in en_heads]
    done = 0
    for h in cands:
        if h < done:
            continue
        t = toks[h]
        if t.text in en_heads:
            span = _en_body(toks, h, text, res)
            if span is not None:
                i, k = span
                hits.append(OrgCandidate(toks[i].start, toks[k].end, text[toks[i].start : toks[k].end],
                                   0.75, "body"))  # fmt: skip
                done = k + 1
            continue
        lang = _lang_of(doc, t)
        head = forms[lows[h]]
        if "NOUN" not in grammemes(t.text, lang):
            continue
        # walk back over adjectives: "Харківської обласної військової адміністрації"
        i = h
        while (
            i > 0
            and h - i < 4
            and "ADJF" in grammemes(toks[i - 1].text, lang)
            and _adjacent(toks[i - 1], toks[i], text)
        ):
            i -= 1
        while i < h and not _capitalized(toks[i].text):
            i += 1  # the name starts at its first capitalized adjective
        if not _capitalized(toks[i].text):
            continue
        strong = head in heads
        # prepositional tails ("з надзвичайних ситуацій") only after strong or capitalized heads
        last = _tail(toks, h, text, res, lang, places, preps=strong or i == h)
        last = _namesake(toks, last, text)
        first = _first_word(toks, i)
        if first:
            # "Рух транспорту", "Міська служба охорони", "Місцеві громадські організації"
            tail = toks[h + 1 : last + 1]
            named_tail = any(
                x.text.isupper() if i == h else _capitalized(x.text)
                for x in tail
                if len(x.text) > 1
            )
            if not strong and not named_tail:
                continue  # "Поліція Судану" is an actor; "Футбольний союз Сербії" a name
            if not (_can_be_singular(t.text, lang) and _can_be_singular(toks[i].text, lang)):
                continue
            if i == h and last == h:
                continue  # "Суд вирішив"
        surface = text[toks[i].start : toks[last].end]
        norm = surface
        if i == h:
            norm = _nominative_head(t.text, lang) + surface[len(t.text) :]
        hits.append(OrgCandidate(toks[i].start, toks[last].end, norm, 0.7, "body", generic=True))
        done = last + 1
    return hits


def _en_body(toks: list[Token], h: int, text: str, res: _Res) -> tuple[int, int] | None:
    """A capitalized English run around a head word: (first, last) token indices."""
    n = len(toks)

    def part_of_name(j: int) -> bool:
        w = toks[j].text
        return _en_word(w) or w in ("'", "’", "-")

    i = h
    while i > 0 and _adjacent(toks[i - 1], toks[i], text):
        w = toks[i - 1].text
        if part_of_name(i - 1):
            i -= 1
        elif w in _EN_LINK and i - 2 >= 0 and part_of_name(i - 2) and w not in ("'", "’"):
            if w == "and" and _has_head(toks, i - 2, res, back=True):
                break  # "Human Rights Watch and Amnesty ..." are two names
            i -= 1
        else:
            break
    while i < h and (
        toks[i].text.endswith("-based")  # "Brussels-based International Crisis Group"
        or toks[i].text in _EN_LINK
        or toks[i].text in _ARTICLES
        or toks[i].text.lower() in _NOT_FIRST
    ):
        i += 1
    k = h
    headline = _headline_at(text, toks[h].start)
    while not headline and k + 1 < n and _adjacent(toks[k], toks[k + 1], text):
        w = toks[k + 1].text
        if part_of_name(k + 1):
            k += 1
        elif w in _EN_LINK and k + 2 < n and part_of_name(k + 2):
            if w == "and" and _has_head(toks, k + 2, res, back=False):
                break
            k += 1
        else:
            break
    while k > h and (toks[k].text in _EN_LINK or toks[k].text in ("-",)):
        k -= 1
    # a person's name ends the run: "Superintendent of Police Imran Qureshi"
    # so does a title after the body: "European Commission President", "Department Spokesperson"
    # and a given name and surname right after the body: "Fund Kristalina Georgieva"
    for j in range(h + 1, k + 1):
        if (
            person_features(toks[j].text, "en").listed
            or is_title(toks[j].text)
            or (j + 1 == k and _person_pair(toks[j].text, toks[k].text, res))
        ):
            k = j - 1
            while k > h and toks[k].text in _EN_LINK:
                k -= 1
            break
    words = [x for x in toks[i : k + 1] if x.text[:1].isalpha()]
    if len(words) < 2:
        return None
    if headline and not any(x.text == "of" for x in toks[i : k + 1]):
        return None  # "Burma Cuts Phone Services", "Hong Kong Police Fire": capitals say nothing
    if any(is_title(x.text) for x in words[:2]):
        return None  # a title, not a body: "Senior Superintendent of Police"
    if _first_word(toks, i) and i == h and k == h:
        return None
    return i, k


def _person_pair(a: str, b: str, res: _Res) -> bool:
    """Two capitalized words ending a run, the last with a surname's ending, neither a head."""
    if a in res.en_heads or b in res.en_heads or not (a.isalpha() and b.isalpha()):
        return False
    f = person_features(b, "en")
    return f.surn or f.surn_suffix


def _has_head(toks: list[Token], j: int, res: _Res, back: bool) -> bool:
    """Is there a head word in the capitalized run starting (or ending) at j?"""
    step = -1 if back else 1
    while 0 <= j < len(toks) and (_en_word(toks[j].text) or toks[j].text == "of"):
        if toks[j].text in res.en_heads:
            return True
        j += step
    return False


@lru_cache(maxsize=10_000)
def _nominative_head(word: str, lang: str) -> str:
    p = word_parses(word, lang)[0]
    form = p.inflect({"nomn"}) if "nomn" not in p.tag.grammemes else None
    w = form.word if form is not None else word.lower()
    return w[:1].upper() + w[1:]
