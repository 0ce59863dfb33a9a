"""The dictionary form of one name word (Унгарбаєвої -> Унгарбаєва), and gender by ending."""

from __future__ import annotations

from functools import lru_cache

from ...names.features import cyr_lang as _cyr_lang
from ...names.fold import is_latin, unify_apostrophes
from ...segment import word_parses
from .lexicon import resources


def _cap(s: str) -> str:
    return "-".join(p[:1].upper() + p[1:] for p in s.split("-"))


@lru_cache(maxsize=50_000)
def nominative(word: str, lang: str | None, role: str, gender: str | None) -> str:
    """The dictionary form of one name token (given / surname / patronymic)."""
    w = unify_apostrophes(word)
    if is_latin(w):
        return w
    res = resources()
    low = w.lower()
    ml = _cyr_lang(w, lang)
    if role == "given" and (low in res.female or low in res.male):
        return _cap(low)
    if role == "surname":
        table = res.endings.get(ml) or {}
        g = gender or _ending_gender(low, ml)
        for src, dst in table.get({"f": "feminine", "m": "masculine"}.get(g or "", ""), []):
            if low.endswith(src) and len(low) > len(src) + 1:
                return _cap(low[: -len(src)] + dst)
    want = {"given": "Name", "surname": "Surn", "patr": "Patr"}.get(role)
    parses = word_parses(w, ml)
    cands = [p for p in parses if want and want in p.tag.grammemes]
    if not cands and role == "surname":
        # "Навального" declines like an adjective; an unknown noun stays as written
        cands = [p for p in parses if p.tag.POS == "ADJF"]
    gtag = {"f": "femn", "m": "masc"}.get(gender or "")
    if gtag:
        cands = [p for p in cands if gtag in p.tag.grammemes] or cands
    if not cands:
        return _cap(low)
    p = cands[0]
    if role == "given" and p.normal_form in (res.female | res.male):
        return _cap(p.normal_form)
    if {"nomn", "sing"} <= p.tag.grammemes or ("nomn" in p.tag.grammemes and "Fixd" in p.tag):
        return _cap(low)
    form = p.inflect({"nomn", "sing"}) or p.inflect({"nomn"})
    return _cap(form.word) if form is not None else _cap(low)


@lru_cache(maxsize=20_000)
def _ending_gender(low: str, lang: str) -> str | None:
    """Gender told by an ending found in only one of the two tables (-євої is feminine)."""
    table = resources().endings.get(lang) or {}
    fem_src = {s for s, _ in table.get("feminine", [])}
    mas_src = {s for s, _ in table.get("masculine", [])}
    fem = any(low.endswith(s) and len(low) > len(s) + 1 for s in fem_src - mas_src)
    mas = any(low.endswith(s) and len(low) > len(s) + 1 for s in mas_src - fem_src)
    if fem and not mas:
        return "f"
    if mas and not fem:
        return "m"
    return None
