"""The org lexicon: known organizations and their aliases, org words, heads, demonyms."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ...lang.letters import char_class
from ...names.fold import low as _low
from ...names.fold import unify_apostrophes
from ...names.lists import LANGS
from ...names.translit import transliterate
from ...resources import load_list, load_yaml
from ...segment import TOKEN_RE, analyze, word_parses

_UP, _LOW = char_class("cyrillic", "upper"), char_class("cyrillic", "lower")
_CAMEL = re.compile(rf"(?:[A-Z{_UP}][a-z{_LOW}']+){{2,}}")
_CAMEL_PART = re.compile(rf"[A-Z{_UP}][a-z{_LOW}']+")


@dataclass(frozen=True)
class _Alias:
    specs: tuple[tuple[str, frozenset[str]], ...]  # ("x", {surface}) or ("l", lemmas)
    name: str
    country: str | None


@dataclass(frozen=True)
class _Res:
    exact: dict[str, list[_Alias]]
    by_lemma: dict[str, list[_Alias]]
    types: frozenset[str]
    type_forms: frozenset[str]  # every case form of the org words, lower case
    quoted_forms: frozenset[str]  # words that introduce a name only in quotes
    heads: frozenset[str]
    weak_heads: frozenset[str]
    head_forms: dict[str, str]  # case form -> head lemma
    en_heads: frozenset[str]
    tail_preps: frozenset[str]
    not_acronyms: frozenset[str]
    demonyms: dict[str, str]
    name_parts: dict[str, str]
    labels: tuple[str, ...]


@lru_cache(maxsize=50_000)
def lemmas(word: str, lang: str) -> frozenset[str]:
    """All dictionary forms a word may have (every parse), plus the word itself."""
    w = unify_apostrophes(word)
    low = w.lower()
    if w.isascii() or lang not in ("uk", "ru"):
        return frozenset({low, analyze(w, "en")[0]})
    return frozenset({low} | {p.normal_form for p in word_parses(w, lang)})


def _alias_specs(alias: str, lang: str) -> tuple[tuple[str, frozenset[str]], ...]:
    specs = []
    for m in TOKEN_RE.finditer(alias):
        w = m.group()
        if w.isascii() and w.endswith("'s") and len(w) > 3:
            w = w[:-2]  # name tokens lose their possessive ("President's" -> "President")
        letters = [c for c in w if c.isalpha()]
        if not letters or (len(letters) > 1 and all(c.isupper() for c in letters)):
            specs.append(("x", frozenset({w})))
        else:
            specs.append(("l", lemmas(w, "en" if w.isascii() else lang)))
    return tuple(specs)


@lru_cache(maxsize=1)
def resources() -> _Res:
    exact: dict[str, list[_Alias]] = {}
    by_lemma: dict[str, list[_Alias]] = {}
    types: set[str] = set()
    heads: set[str] = set()
    weak: set[str] = set()
    preps: set[str] = set()
    not_acr: set[str] = set()
    demonyms: dict[str, str] = {}
    parts: dict[str, str] = {}
    labels: set[str] = set()
    for lang in LANGS:
        known = load_yaml(lang, "orgs_known", optional=True) or []  # sourced lists
        for entry in [*(load_yaml(lang, "orgs_lexicon") or []), *known]:
            name = str(entry["name"])
            country = entry.get("country")
            for alias in entry.get("aliases") or []:
                specs = _alias_specs(str(alias), lang)
                if not specs:
                    continue
                a = _Alias(specs, name, country)
                kind, keys = specs[0]
                for k in keys:
                    (exact if kind == "x" else by_lemma).setdefault(k, []).append(a)
        for t in load_list(lang, "orgs_types"):
            types.add(t if t.isupper() else _low(t))
        if lang != "en":
            heads.update(_low(h) for h in load_list(lang, "orgs_heads"))
            weak.update(_low(h) for h in load_list(lang, "orgs_heads_weak"))
            preps.update(_low(p) for p in load_list(lang, "orgs_tail_prepositions"))
        not_acr.update(load_list(lang, "orgs_not_acronyms"))
        for k, v in (load_yaml(lang, "orgs_demonyms") or {}).items():
            demonyms[_low(k)] = str(v)
        for k, v in (load_yaml(lang, "orgs_name_parts", optional=True) or {}).items():
            parts[_low(k)] = str(v)
        labels.update(_low(x) for x in load_list(lang, "orgs_source_labels"))
    for d in (exact, by_lemma):
        for v in d.values():
            v.sort(key=lambda a: -len(a.specs))
    head_forms = {}
    for lemma in sorted(heads | weak):
        for f in _all_forms(lemma):
            head_forms.setdefault(f, lemma)
    type_forms = {f for t in types if not t.isupper() for f in _all_forms(t)}
    quoted = {_low(t) for lang in LANGS for t in load_list(lang, "orgs_types_quoted")}
    quoted_forms = {f for t in quoted for f in _all_forms(t)}
    return _Res(
        exact=exact,
        by_lemma=by_lemma,
        types=frozenset(types),
        type_forms=frozenset(type_forms | {t for t in types if t.isupper()}),
        quoted_forms=frozenset(quoted_forms),
        heads=frozenset(heads),
        weak_heads=frozenset(weak),
        head_forms=head_forms,
        en_heads=frozenset(load_list("en", "orgs_heads")),
        tail_preps=frozenset(preps),
        # "ТОО «X»": the legal form is not the organization
        not_acronyms=frozenset(not_acr | {t for t in types if t.isupper()}),
        demonyms=demonyms,
        name_parts=parts,
        labels=tuple(sorted(labels, key=len, reverse=True)),
    )


def _all_forms(word: str) -> set[str]:
    """Every case form of a uk / ru noun (computed once when the resources load)."""
    if word.isascii():
        return {word}
    out = {word}
    for lang in ("uk", "ru"):
        for p in word_parses(word, lang)[:3]:
            if p.normal_form == word and p.tag.POS == "NOUN":
                out.update(f.word for f in p.lexeme)
    return out


@lru_cache(maxsize=50_000)
def grammemes(word: str, lang: str) -> frozenset[str]:
    """Grammemes of every parse of a word ("центру" can be genitive, not only dative)."""
    if word.isascii() or lang not in ("uk", "ru"):
        return frozenset()
    out: set[str] = set()
    for p in word_parses(unify_apostrophes(word), lang):
        out |= p.tag.grammemes
    return frozenset(out)


@lru_cache(maxsize=20_000)
def _can_be_singular(word: str, lang: str) -> bool:
    """Some parse is singular (the uk dictionary leaves singular unmarked)."""
    if word.isascii() or lang not in ("uk", "ru"):
        return True
    return any("plur" not in p.tag.grammemes for p in word_parses(word, lang))


_LEGAL_FORM = re.compile(r"[^\W\d_a-zA-Z]{2,6}")


def is_legal_form(word: str, after: str) -> bool:
    """A Cyrillic acronym of two to six capitals right before an opening quote ("ПП «Нирт»",
    "НВП «Енергокомплект»", "КГПС «Супутник»"): the legal or organizational form of the
    quoted name (the national classifiers of such forms run to hundreds of abbreviations,
    КОПФГ in Ukraine, ОКОПФ in Russia), its descriptor, not an organization of its own.
    A listed organization ("ЗСУ") stays one; a class of weapons
    (resources/<lang>/orgs_not_legal_forms.txt: "ЗРК «Бук»") is none."""
    if not (word.isupper() and _LEGAL_FORM.fullmatch(word)):
        return False
    rest = after.lstrip(" ")
    if rest[:1] not in _OPEN_QUOTES or not rest[1:].lstrip(" ")[:1].isupper():
        return False
    if word in _not_legal_forms():
        return False  # "ЗРК «Бук»": a weapon system
    return word in resources().types or not is_org_word(word)


@lru_cache(maxsize=1)
def _not_legal_forms() -> frozenset[str]:
    return frozenset(
        w for lang in LANGS for w in load_list(lang, "orgs_not_legal_forms", optional=True)
    )


_OPEN_QUOTES = frozenset('«„“"')


def is_org_word(text: str, lemma: str = "") -> bool:
    """A one-word organization of the lexicon (Азаттык, Reuters, ООН): never part of a name."""
    res = resources()
    low = text.lower()
    for a in (*res.exact.get(text, ()), *res.by_lemma.get(low, ()), *res.by_lemma.get(lemma, ())):
        if len(a.specs) == 1:
            return True
    return False


def latin_name(name: str) -> str:
    """ОзеньМунайГаз -> OzenMunaiGas: CamelCase parts transliterated, common parts spelled as
    companies spell them."""
    if name.isascii():
        return name
    res = resources()
    out = []
    for word in name.split(" "):
        pieces = _CAMEL_PART.findall(word) if _CAMEL.fullmatch(word) else [word]
        out.append("".join(res.name_parts.get(_low(p), transliterate(p)) for p in pieces))
    return " ".join(out)
