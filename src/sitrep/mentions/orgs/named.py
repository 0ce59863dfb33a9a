"""A name after an org word, quoted or capitalized (компанія «X», угруповання Боко Харам)."""

from __future__ import annotations

import re

from ...doc import Doc, OrgCandidate, Token
from ...names.features import features as person_features
from ...spans import Disjoint, Spans
from .context import (
    _QUOTES,
    _adjacent,
    _capitalized,
    _first_word,
    _lang_of,
    _overlaps,
    _place_spans,
)
from .lexicon import _Res, is_legal_form, is_org_word, latin_name


def _is_type(t: Token, low: str, res: _Res) -> bool:
    return t.text in res.types or low in res.type_forms or t.lemma in res.types


def _named_hits(doc: Doc, toks: list[Token], lows: list[str], res: _Res) -> list[OrgCandidate]:
    """компанія «X», ТОО «X», ПП «X», угруповання Боко Харам, rights group Viasna."""
    text = doc.text
    hits = []
    places = _place_spans(doc)
    n = len(toks)
    types, forms, quoted = res.types, res.type_forms, res.quoted_forms
    for i in [
        i
        for i in range(n - 1)
        if lows[i] in forms
        or lows[i] in quoted
        or toks[i].text in types
        or toks[i].lemma in types
        or is_legal_form(toks[i].text, text[toks[i].end : toks[i].end + 4])
    ]:
        t, q = toks[i], toks[i + 1]
        close = _QUOTES.get(q.text)
        if close is None and not _is_type(t, lows[i], res):
            continue
        if close is not None:
            if t.end != q.start and not text[t.end : q.start].isspace():
                continue
            s = q.end
            e = text.find(close, s, s + 100)
            if e < 0 or "\n" in text[s:e]:
                continue
            name = text[s:e]
            stripped = name.strip()
            if not stripped or not stripped[:1].isupper():
                continue
            s += len(name) - len(name.lstrip())
            hits.append(OrgCandidate(s, s + len(stripped), latin_name(stripped), 0.85, "quoted"))
            continue
        if not _adjacent(t, q, text) or not _capitalized(q.text):
            continue
        if not t.text[:1].islower() and not _first_word(toks, i):
            continue  # capitalized only as a sentence's first word ("Издание Paris Match ...")
        if i > 0 and _adjacent(toks[i - 1], t, text) and _org_name(toks[i - 1].text):
            continue  # "VOA broadcaster Pros Laput": a role at an organization, then a person
        lang = _lang_of(doc, q)
        k = i + 1
        words = 1
        while k + 1 < n and words < 3:
            nxt = k + 1
            if _abbreviation(toks, k, text):
                nxt = k + 2  # "St. Louis Post-Dispatch": a short Latin abbreviation's dot
            if nxt >= n or not _capitalized(toks[nxt].text):
                break
            if not _adjacent(toks[nxt - 1], toks[nxt], text):
                break
            k, words = nxt, words + 1
        name_toks = [x for x in toks[i + 1 : k + 1] if x.text != "."]
        # a Latin name after an org word that does not open with a given name is the
        # body's own ("газета St. Louis Post-Dispatch"); a Cyrillic one may be a person's
        latin = all(x.text.isascii() for x in name_toks)
        if any(_person_like(x, lang) for x in (name_toks[:1] if latin else name_toks)):
            continue
        s, e = name_toks[0].start, name_toks[-1].end
        if places.covers(s, e):
            continue  # "центру Мінська": a place, not a name
        hits.append(OrgCandidate(s, e, latin_name(text[s:e]), 0.7, "named"))
    return hits


def _quoted_repeats(doc: Doc, hits: list[OrgCandidate]) -> list[OrgCandidate]:
    """Once «Нова хвиля» is a movement, «Нової хвилі» elsewhere in quotes is that movement."""
    text = doc.text
    out: list[OrgCandidate] = []
    found = Spans((h.start, h.end) for h in hits)
    added = Disjoint()
    # a pattern run once more finds nothing new (its matches are all taken by then), so
    # each is run once: with one run per quoted name, long texts were quadratic
    seen: set[str] = set()
    for h in [h for h in hits if h.rule == "quoted"]:
        words = text[h.start : h.end].split()
        stems = [re.escape(w[: max(3, len(w) - 2)]) + r"[\w'’]*" for w in words]
        source = '[«„“"]' + r"\s+".join(stems) + '[»“”"]'
        if source in seen:
            continue
        seen.add(source)
        for m in re.compile(source).finditer(text):
            hit = OrgCandidate(m.start() + 1, m.end() - 1, h.norm, 0.8, "quoted")
            if not _overlaps(hit, found) and not _overlaps(hit, added):
                out.append(hit)
                added.add(hit.start, hit.end)
    return out


def _abbreviation(toks: list[Token], k: int, text: str) -> bool:
    """ "St.", "Mt.": a capitalized Latin word of up to 3 letters with its dot attached."""
    w = toks[k].text
    return (
        k + 1 < len(toks)
        and w.isascii()
        and w.isalpha()
        and len(w) <= 3
        and w[:1].isupper()
        and toks[k + 1].text == "."
        and toks[k + 1].start == toks[k].end
    )


def _person_like(t: Token, lang: str) -> bool:
    f = person_features(t.text, lang if not t.text.isascii() else "en")
    return f.listed or (f.given and not f.common) or f.surn


def _org_name(w: str) -> bool:
    """An acronym or a listed one-word organization (VOA, Reuters)."""
    return (len(w) > 1 and w.isupper() and w.isalpha()) or is_org_word(w)
