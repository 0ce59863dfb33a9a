"""orgs: organizations, with one canonical (English) name across languages.

Evidence, strongest first:
- the org lexicon (resources/<lang>/orgs_lexicon.yaml): МВС / МВД / Interior
  Ministry -> "Ministry of Internal Affairs"; acronyms match with their exact
  case, other words in any case form through lemmas; a country named right
  after a generic body belongs to the name ("МВС Білорусі", guide §9);
- official bodies: a head noun (orgs_heads*.txt) led by a capitalized
  adjective or itself capitalized, with its genitive / prepositional tail
  ("Харківської обласної прокуратури", "Національного агентства з
  надзвичайних ситуацій", "Міністерство охорони здоров'я Киргизстану"), and
  English capitalized runs holding a head ("Syrian Observatory for Human
  Rights", "Ministry of Labour and Employment");
- a name after an org word: in quotes (компанія «X», ТОО «X») or capitalized
  ("угруповання Боко Харам", "rights group Viasna");
- CamelCase names (ОзеньМунайГаз, NewsMarket) and unknown acronyms (lower
  confidence);
- the outlet of a byline on the last line ("Dasha Bakay, NewsMarket") or
  doc.outlet when normalization recovered it.
The first three run before `persons` too (`early_hits`, cached on the doc), so
that "Georgian Young Lawyers' Association" never becomes a person.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz

from ..doc import Doc, Token
from ..registry import component
from ..resources import load_list, load_yaml
from ..schema.models import Entity
from ..segment import TOKEN_RE, _morph, analyze
from .persons import features as person_features
from .persons import fold, name_tokens, transliterate

LANGS = ("uk", "ru", "en")
_APOS_TR = str.maketrans({c: "'" for c in "’ʼ`´"})
_CAMEL = re.compile(r"(?:[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ']+){2,}")
_CAMEL_PART = re.compile(r"[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ']+")
_NOT_CAMEL = ("Mc", "Mac", "O'", "De", "Di", "Da", "La", "Le", "Van", "Von", "Fitz")
_ROMAN = re.compile(r"[IVXLCDM]+")
_QUOTES = {"«": "»", "„": "“", "“": "”", '"': '"', "‹": "›"}
_OF = re.compile(r"\s*(?:of\s+(?:the\s+)?)?")
_EN_LINK = frozenset({"of", "for", "and", "the", "&", "de", "del", "'", "’"})
_CONJ = frozenset({"і", "й", "та", "и"})
_FUNCTION = frozenset({"PREP", "CONJ", "PRCL", "NPRO", "ADVB", "PRED", "INTJ"})
_ARTICLES = ("The", "A", "An")


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


@lru_cache(maxsize=100_000)
def _low(s: str) -> str:
    return s.translate(_APOS_TR).lower()


@lru_cache(maxsize=50_000)
def lemmas(word: str, lang: str) -> frozenset[str]:
    """All dictionary forms a word may have (every parse), plus the word itself."""
    w = word.translate(_APOS_TR)
    low = w.lower()
    if w.isascii() or lang not in ("uk", "ru"):
        return frozenset({low, analyze(w, "en")[0]})
    return frozenset({low} | {p.normal_form for p in _morph(lang).parse(w)})


def _alias_specs(alias: str, lang: str) -> tuple[tuple[str, frozenset[str]], ...]:
    specs = []
    for m in TOKEN_RE.finditer(alias):
        w = m.group()
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
        for entry in load_yaml(lang, "orgs_lexicon") or []:
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
        for k, v in (load_yaml(lang, "orgs_name_parts") or {}).items():
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
        for p in _morph(lang).parse(word)[:3]:
            if p.normal_form == word and p.tag.POS == "NOUN":
                out.update(f.word for f in p.lexeme)
    return out


@lru_cache(maxsize=50_000)
def grammemes(word: str, lang: str) -> frozenset[str]:
    """Grammemes of every parse of a word ("центру" can be genitive, not only dative)."""
    if word.isascii() or lang not in ("uk", "ru"):
        return frozenset()
    out: set[str] = set()
    for p in _morph(lang).parse(word.translate(_APOS_TR)):
        out |= p.tag.grammemes
    return frozenset(out)


@lru_cache(maxsize=20_000)
def _can_be_singular(word: str, lang: str) -> bool:
    """Some parse is singular (the uk dictionary leaves singular unmarked)."""
    if word.isascii() or lang not in ("uk", "ru"):
        return True
    return any("plur" not in p.tag.grammemes for p in _morph(lang).parse(word))


def is_org_word(text: str, lemma: str = "") -> bool:
    """A one-word organization of the lexicon (Азаттык, Reuters, ООН): never part of a name."""
    res = resources()
    low = text.lower()
    for a in (*res.exact.get(text, ()), *res.by_lemma.get(low, ()), *res.by_lemma.get(lemma, ())):
        if len(a.specs) == 1:
            return True
    return False


@dataclass
class OrgHit:
    start: int
    end: int
    norm: str
    confidence: float
    rule: str
    country: str | None = None
    generic: bool = False  # a body every state has: append the country when known


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


def _lang_of(doc: Doc, t: Token) -> str:
    """uk / ru / en of the paragraph a token is in (morphology needs uk or ru for Cyrillic)."""
    lang = doc.lang
    if 0 <= t.sent < len(doc.sents) and doc.sents[t.sent].para < len(doc.paras):
        lang = doc.paras[doc.sents[t.sent].para].lang or lang
    if lang in ("uk", "ru") or t.text.isascii():
        return lang or "en"
    return "uk" if any(c in "іїєґІЇЄҐ" for c in t.text) else "ru"


def _capitalized(w: str) -> bool:
    return w[:1].isupper()


def _adjacent(a: Token, b: Token, text: str) -> bool:
    """b follows a in the same sentence with at most spaces between."""
    if a.sent != b.sent:
        return False
    gap = text[a.end : b.start]
    return gap == "" or (gap.isspace() and "\n" not in gap)


def _first_word(toks: list[Token], i: int) -> bool:
    """Token i starts its sentence (only punctuation before it)."""
    j = i - 1
    while j >= 0 and toks[j].sent == toks[i].sent:
        if toks[j].text[:1].isalnum():
            return False
        j -= 1
    return True


# --- lexicon ----------------------------------------------------------------------------


def _lexicon_hits(doc: Doc, toks: list[Token], lows: list[str], res: _Res) -> list[OrgHit]:
    text = doc.text
    hits: list[OrgHit] = []
    exact, by_lemma = res.exact, res.by_lemma
    places = _place_spans(doc)
    cands = [
        i
        for i, t in enumerate(toks)
        if t.text in exact or lows[i] in by_lemma or t.lemma in by_lemma
    ]
    done = 0
    for i in cands:
        if i < done:
            continue
        t = toks[i]
        aliases = list(exact.get(t.text, ())) + list(by_lemma.get(lows[i], ()))
        if t.lemma != lows[i]:
            aliases += by_lemma.get(t.lemma, ())
        best: tuple[int, _Alias] | None = None
        lang = _lang_of(doc, t)
        for a in aliases:
            end = _match_alias(a, toks, lows, i, text, lang)
            if end is not None and (best is None or end > best[0]):
                best = (end, a)
        if best is None:
            continue
        end, a = best
        words = [x for x in toks[i:end] if x.text[:1].isalpha()]
        is_acr = all(s[0] == "x" for s in a.specs)
        # "червоний хрест" in lower case is a symbol, "генпрокуратура" a common noun
        if not is_acr and not any(_capitalized(x.text) for x in words):
            continue
        if len(words) == 1 and not is_acr and not _capitalized(words[0].text):
            continue
        start = i
        if a.country is None and toks[i].text.isascii() and len(a.specs) > 1:
            # "Mexican Red Cross", "Kazakh Interior Ministry": the name goes on to the left
            while start > 0 and _en_word(toks[start - 1].text) and not _first_word(toks, start - 1):
                if not _adjacent(toks[start - 1], toks[start], text):
                    break
                start -= 1
        last = end - 1
        if a.country is None:
            last = _country_tail(toks, last, text, lang, places)
        name = a.name
        nxt = toks[last + 1] if last + 1 < len(toks) else None
        if nxt is not None and nxt.text.isascii() and _adjacent(toks[last], nxt, text):
            if _capitalized(nxt.text) and _low(nxt.text) in res.demonyms:
                last += 1  # "BBC Persian", "Radio Liberty's Kazakh" service
                name = f"{a.name} {nxt.text}"
        hits.append(
            OrgHit(toks[start].start, toks[last].end, name, 0.95, "lexicon", a.country,
                   generic=a.country is None)
        )  # fmt: skip
        done = last + 1
    return hits


def _match_alias(
    a: _Alias, toks: list[Token], lows: list[str], i: int, text: str, lang: str
) -> int | None:
    j = i
    n = len(toks)
    for kind, keys in a.specs:
        if j >= n:
            return None
        t = toks[j]
        if j > i and toks[j - 1].end != t.start and not text[toks[j - 1].end : t.start].isspace():
            return None
        if kind == "x":
            if t.text not in keys:
                return None
        elif lows[j] not in keys and t.lemma not in keys:
            if not (lemmas(t.text, "en" if t.text.isascii() else lang) & keys):
                return None
        j += 1
    return j


def _country_tail(
    toks: list[Token], last: int, text: str, lang: str, places: list[tuple[int, int]]
) -> int:
    """Extend a generic body over the country named after it: "МВС Білорусі", "... of Chile"."""
    j = last + 1
    of = j < len(toks) and toks[j].text == "of" and _adjacent(toks[last], toks[j], text)
    if of:
        j += 1
        if j < len(toks) and toks[j].text == "the":
            j += 1
    if j >= len(toks) or not _adjacent(toks[j - 1], toks[j], text):
        return last
    if of and not _in_place(toks[j], places):
        return last
    if _proper_tail(toks, j, lang, places, acronyms=False):
        return j
    return last


def _proper_tail(
    toks: list[Token], j: int, lang: str, places: list[tuple[int, int]], acronyms: bool
) -> bool:
    """A capitalized word that may end an org name: a place (or an acronym), not a person."""
    t = toks[j]
    w = t.text
    if not _capitalized(w) or not w[:1].isalpha():
        return False
    if _in_place(t, places):
        return True
    if w.isupper() and len(w) >= 2:
        return acronyms
    if w.isascii():
        return False  # English: only places ("of Chile")
    g = grammemes(w, lang)
    if "Geox" in g:
        return True
    f = person_features(w, lang)
    if f.given or f.listed or f.surn or f.patr or f.func:
        return False
    nxt = toks[j + 1].text if j + 1 < len(toks) else ""
    # "Киргизстану", "Чилі": a genitive proper noun that does not start a person's name
    return "gent" in g and not (nxt[:1].isupper() and nxt[:1].isalpha())


# --- official bodies ---------------------------------------------------------------------


def _body_hits(
    doc: Doc, toks: list[Token], res: _Res, lows: list[str] | None = None
) -> list[OrgHit]:
    """Official bodies: "Харківської обласної прокуратури", "Ministry of Labour and Employment"."""
    text = doc.text
    hits: list[OrgHit] = []
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
                hits.append(OrgHit(toks[i].start, toks[k].end, text[toks[i].start : toks[k].end],
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
        hits.append(OrgHit(toks[i].start, toks[last].end, norm, 0.7, "body", generic=True))
        done = last + 1
    return hits


def _tail(
    toks: list[Token],
    h: int,
    text: str,
    res: _Res,
    lang: str,
    places: list[tuple[int, int]],
    preps: bool = True,
) -> int:
    """Last token of the genitive / prepositional tail after a head noun (h if none)."""
    n = len(toks)
    last = h
    j = h + 1
    prep = 0  # words still allowed after a preposition ("з надзвичайних ситуацій")
    caps = 0
    while j < n and j - h <= 12 and _adjacent(toks[j - 1], toks[j], text):
        x = toks[j]
        w = x.text
        if w[:1].islower():
            g = grammemes(w, lang)
            if w in _CONJ and last == j - 1 and j + 1 < n:
                if "gent" in grammemes(toks[j + 1].text, lang):
                    j += 1
                    continue
                break
            if preps and _low(w) in res.tail_preps and j + 1 < n:
                prep = 3
                j += 1
                continue
            if g & _FUNCTION:
                break  # "до", "по" can parse as indeclinable nouns
            if g & {"NOUN", "ADJF", "PRTF"} and ("gent" in g or prep > 0):
                last = j
                prep = max(0, prep - 1)
                j += 1
                continue
            break
        if caps < 2 and _proper_tail(toks, j, lang, places, acronyms=True):
            last = j
            caps += 1
            j += 1
            continue
        break
    # "... охорони здоров'я провінції Белуджистан": the generic last word belongs to the place
    while last > h and toks[last].text[:1].islower() and last + 1 < n:
        nxt = toks[last + 1]
        if not (_capitalized(nxt.text) and _adjacent(toks[last], nxt, text)):
            break
        last -= 1
        while last > h and (toks[last].text in _CONJ or _low(toks[last].text) in res.tail_preps):
            last -= 1
    return last


def _place_spans(doc: Doc) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in doc.mentions if m.kind == "place"]


def _in_place(t: Token, places: list[tuple[int, int]]) -> bool:
    return any(s <= t.start and t.end <= e for s, e in places)


def _en_word(w: str) -> bool:
    return w[:1].isupper() and w[:1].isalpha() and w.isascii() and w not in _ARTICLES


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
    while i < h and (toks[i].text in _EN_LINK or toks[i].text in _ARTICLES):
        i += 1
    k = h
    while k + 1 < n and _adjacent(toks[k], toks[k + 1], text):
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
    for j in range(h + 1, k + 1):
        if person_features(toks[j].text, "en").listed:
            k = j - 1
            while k > h and toks[k].text in _EN_LINK:
                k -= 1
            break
    words = [x for x in toks[i : k + 1] if x.text[:1].isalpha()]
    if len(words) < 2:
        return None
    if any(_is_title(x.text) for x in words[:2]):
        return None  # a title, not a body: "Senior Superintendent of Police"
    if _first_word(toks, i) and i == h and k == h:
        return None
    return i, k


def _is_title(w: str) -> bool:
    from .persons import resources as person_resources

    return w.lower() in person_resources().titles


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
    p = _morph(lang).parse(word)[0]
    form = p.inflect({"nomn"}) if "nomn" not in p.tag.grammemes else None
    w = form.word if form is not None else word.lower()
    return w[:1].upper() + w[1:]


# --- names after org words ---------------------------------------------------------------


def _is_type(t: Token, low: str, res: _Res) -> bool:
    return t.text in res.types or low in res.type_forms or t.lemma in res.types


def _named_hits(doc: Doc, toks: list[Token], lows: list[str], res: _Res) -> list[OrgHit]:
    """компанія «X», ТОО «X», угруповання Боко Харам, rights group Viasna."""
    text = doc.text
    hits = []
    places = _place_spans(doc)
    n = len(toks)
    types, forms, quoted = res.types, res.type_forms, res.quoted_forms
    for i in [
        i
        for i in range(n - 1)
        if lows[i] in forms or lows[i] in quoted or toks[i].text in types or toks[i].lemma in types
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
            hits.append(OrgHit(s, s + len(stripped), latin_name(stripped), 0.85, "quoted"))
            continue
        if not _adjacent(t, q, text) or not _capitalized(q.text) or not t.text[:1].islower():
            continue
        lang = _lang_of(doc, q)
        k = i + 1
        while k + 1 < n and k - i < 3 and _capitalized(toks[k + 1].text):
            if not _adjacent(toks[k], toks[k + 1], text):
                break
            k += 1
        name_toks = toks[i + 1 : k + 1]
        if any(_person_like(x, lang) for x in name_toks):
            continue
        s, e = name_toks[0].start, name_toks[-1].end
        if any(ps <= s and e <= pe for ps, pe in places):
            continue  # "центру Мінська": a place, not a name
        hits.append(OrgHit(s, e, latin_name(text[s:e]), 0.7, "named"))
    return hits


def _quoted_repeats(doc: Doc, hits: list[OrgHit]) -> list[OrgHit]:
    """Once «Нова хвиля» is a movement, «Нової хвилі» elsewhere in quotes is that movement."""
    text = doc.text
    out: list[OrgHit] = []
    taken = [(h.start, h.end) for h in hits]
    for h in [h for h in hits if h.rule == "quoted"]:
        words = text[h.start : h.end].split()
        stems = [re.escape(w[: max(3, len(w) - 2)]) + r"[\w'’]*" for w in words]
        pat = re.compile('[«„“"]' + r"\s+".join(stems) + '[»“”"]')
        for m in pat.finditer(text):
            hit = OrgHit(m.start() + 1, m.end() - 1, h.norm, 0.8, "quoted")
            if not _overlaps(hit, taken):
                out.append(hit)
                taken.append((hit.start, hit.end))
    return out


def _person_like(t: Token, lang: str) -> bool:
    f = person_features(t.text, lang if not t.text.isascii() else "en")
    return f.listed or (f.given and not f.common) or f.surn


# --- CamelCase, acronyms, bylines --------------------------------------------------------


def _token_hits(doc: Doc, toks: list[Token], res: _Res) -> list[OrgHit]:
    """CamelCase names and acronyms outside the lexicon."""
    hits = []
    sent_caps: dict[int, float] = {}
    sent_ids = [t.sent for t in toks]
    # an upper-case letter after the first: CamelCase or an acronym
    for t in [t for t in toks if t.text[:1].isupper() and not t.text[1:].islower()]:
        w = t.text
        if len(w) < 3:
            continue
        if _CAMEL.fullmatch(w):
            if not w.startswith(_NOT_CAMEL):
                hits.append(OrgHit(t.start, t.end, latin_name(w), 0.8, "camel"))
            continue
        if not (w.isupper() and w.isalpha() and len(w) <= 8) or w in res.not_acronyms:
            continue
        if _ROMAN.fullmatch(w) or _dateline(toks, t, doc.text):
            continue
        if t.sent not in sent_caps:
            lo, hi = bisect_left(sent_ids, t.sent), bisect_right(sent_ids, t.sent)
            words = [x.text for x in toks[lo:hi] if x.text[:1].isalpha()]
            caps = sum(1 for x in words if x.isupper() and len(x) > 1)
            sent_caps[t.sent] = caps / max(1, len(words))
        if sent_caps[t.sent] > 0.4:
            continue  # an all-caps headline, not an acronym
        hits.append(OrgHit(t.start, t.end, w, 0.6, "acronym"))
    return hits


def _dateline(toks: list[Token], t: Token, text: str) -> bool:
    """ "KARAGANDA, March 3 -" / "GOMA (Reuters) -": a place at the head of a paragraph."""
    line_start = text.rfind("\n", 0, t.start) + 1
    if text[line_start : t.start].strip(" *_"):
        return False
    rest = text[t.end : t.end + 3]
    return rest[:1] in (",", "(", "—", "–", "-") or rest.startswith(" (") or rest.startswith(" —")


def _plausible_outlet(name: str) -> bool:
    """An outlet name from the byline: a few capitalized words, not a phrase."""
    words = name.split()
    if not words or len(words) > 6 or len(name) > 60:
        return False
    return all(w[:1].isupper() or w[:1].isdigit() or w in _EN_LINK for w in words)


def _byline_hits(doc: Doc, toks: list[Token], res: _Res) -> list[OrgHit]:
    text = doc.text
    if doc.outlet and _plausible_outlet(doc.outlet) and _outlet_name(doc.outlet):
        pos = text.rfind(doc.outlet)
        if pos >= 0:
            return [OrgHit(pos, pos + len(doc.outlet), latin_name(doc.outlet), 0.9, "outlet")]
    end = len(text.rstrip())
    start = text.rfind("\n", 0, end) + 1
    line = text[start:end]
    if not line.strip() or len(line) > 160:
        return []
    low = _low(line.strip(" *_#>[]()-—–"))
    label = next((lb for lb in res.labels if low.startswith(lb)), None)
    if label is not None:
        seg_start = start + line.find(":") + 1 if ":" in line else None
    else:
        cut = max(line.rfind(","), line.rfind("|"), line.rfind("—"), line.rfind(" - "))
        seg_start = start + cut + 1 if cut >= 0 else None
    if seg_start is None:
        return []
    seg_text = text[seg_start:end]
    for q, close in _QUOTES.items():  # "..., «Слобідські новини»"
        a = seg_text.find(q)
        b = seg_text.find(close, a + 1) if a >= 0 else -1
        if a >= 0 and b > a + 1:
            s, e = seg_start + a + 1, seg_start + b
            return [OrgHit(s, e, latin_name(text[s:e]), 0.75, "byline")]
    seg = [t for t in toks if seg_start <= t.start < end and t.text[:1].isalpha()]
    if not seg or len(seg) > 4 or not all(_capitalized(t.text) for t in seg):
        return []
    s, e = seg[0].start, seg[-1].end
    if not _outlet_name(text[s:e]):
        return []
    return [OrgHit(s, e, latin_name(text[s:e]), 0.7, "byline")]


def _outlet_name(name: str) -> bool:
    """Not a lone Cyrillic word: "Автор: Ім'я Прізвище, Бішкек" ends with a city, not an outlet."""
    name = name.strip("*_ ")
    return " " in name or name.isascii() or bool(_CAMEL.fullmatch(name)) or is_org_word(name)


def _country_for(
    doc: Doc, toks: list[Token], ends: list[int], countries: list, hit: OrgHit, res: _Res
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
    for m in countries:
        if hit.start <= m.start and m.end <= hit.end:
            return m.place.country  # "МВС Білорусі"
        if 0 <= m.start - hit.end <= 12 and _OF.fullmatch(doc.text, hit.end, m.start):
            return m.place.country
    return None


# --- assembly ----------------------------------------------------------------------------


def _overlaps(h: OrgHit, spans: list[tuple[int, int]]) -> bool:
    return any(s < h.end and h.start < e for s, e in spans)


def early_hits(doc: Doc, toks: list[Token] | None = None) -> list[OrgHit]:
    """Lexicon, official bodies and named organizations: cached on the doc, asked by persons."""
    toks = toks if toks is not None else name_tokens(doc)
    key = (len(toks), len(doc.text))
    cached = doc.user.get("_orgs_early")
    if cached is not None and cached[0] == key:
        return list(cached[1])
    res = resources()
    lows = [t.text.lower() for t in toks]
    cands = (
        _lexicon_hits(doc, toks, lows, res)
        + _body_hits(doc, toks, res, lows)
        + _named_hits(doc, toks, lows, res)
    )
    # no nesting: the longest name wins ("Повітряних сил ЗСУ" over "ЗСУ"), the lexicon on ties
    order = {"lexicon": 0, "quoted": 1, "body": 2, "named": 3}
    lex = [(h.start, h.end) for h in cands if h.rule == "lexicon"]
    out: list[OrgHit] = []
    for h in sorted(cands, key=lambda h: (h.start - h.end, order.get(h.rule, 9), h.start)):
        if h.rule == "body" and " and " in doc.text[h.start : h.end]:
            if any(h.start <= s and e <= h.end for s, e in lex):
                continue  # "Human Rights Watch and Amnesty International": two names
        if h.end > h.start and not _overlaps(h, [(o.start, o.end) for o in out]):
            out.append(h)
    out += _quoted_repeats(doc, out)
    out.sort(key=lambda h: h.start)
    doc.user["_orgs_early"] = (key, out)
    return list(out)


def find_orgs(doc: Doc) -> list[OrgHit]:
    res = resources()
    toks = name_tokens(doc)
    # persons and dates must not overlap; places may sit inside an org ("МВС Білорусі")
    hard = [(m.start, m.end) for m in doc.mentions if m.kind in ("person", "date")]
    places = [(m.start, m.end) for m in doc.mentions if m.kind == "place"]
    out: list[OrgHit] = []
    late = _byline_hits(doc, toks, res) + _token_hits(doc, toks, res)
    for h in early_hits(doc, toks) + late:
        if _overlaps(h, hard) or _overlaps(h, [(o.start, o.end) for o in out]):
            continue
        crossing = [p for p in places if p[0] < h.end and h.start < p[1]]
        if any(not (h.start <= s and e <= h.end) for s, e in crossing):
            continue  # cuts through a place name
        if any(s <= h.start and h.end <= e for s, e in crossing):
            if h.rule != "lexicon":
                continue  # the whole name is a place ("Київ" after a byline comma)
        out.append(h)
    out += _back_references(doc, toks, out, hard + places)
    ends = [t.end for t in toks]
    countries = [
        m
        for m in doc.mentions
        if m.kind == "place" and m.place and m.place.country and m.place.feature == "country"
    ]
    for h in out:
        if h.generic and h.country is None:
            h.country = _country_for(doc, toks, ends, countries, h, res)
            if h.country:
                h.norm = f"{h.norm} ({h.country})"
    out.sort(key=lambda h: h.start)
    return out


def _back_references(
    doc: Doc, toks: list[Token], hits: list[OrgHit], blocked: list[tuple[int, int]]
) -> list[OrgHit]:
    """'the Observatory said' after 'the Syrian Observatory for Human Rights': the same org."""
    res = resources()
    text = doc.text
    heads: dict[str, OrgHit] = {}
    for h in hits:
        for w in text[h.start : h.end].split():
            if w in res.en_heads:
                heads.setdefault(w, h)
    if not heads:
        return []
    out = []
    taken = [(h.start, h.end) for h in hits] + blocked
    for i, t in enumerate(toks):
        first = heads.get(t.text)
        if first is None or t.start < first.end or i == 0 or toks[i - 1].text not in ("the", "The"):
            continue
        hit = OrgHit(t.start, t.end, first.norm, 0.7, "reference", first.country)
        if not _overlaps(hit, taken):
            out.append(hit)
    return out


def _entity_key(norm: str) -> str:
    """OzenMunaiGas / Ozenmunaigaz / Озенмунайгаз: one key."""
    return re.sub(r"[^a-z0-9()]", "", fold(latin_name(norm))).replace("gas", "gaz")


class OrgsConfig(BaseModel):
    """min_confidence: 0.6 drops unknown acronyms."""

    model_config = ConfigDict(extra="forbid")
    min_confidence: float = 0.0


@component(
    "orgs",
    requires=("tokens",),
    reads=("mentions.place", "mentions.person", "mentions.date"),
    assigns=("mentions.org", "entities.org"),
    config=OrgsConfig,
)
def make_orgs(min_confidence: float = 0.0):
    """Config: min_confidence (0.6 drops unknown acronyms)."""

    def orgs(doc: Doc) -> None:
        if not doc.tokens:
            return
        hits = [h for h in find_orgs(doc) if h.confidence >= min_confidence]
        entities: dict[str, Entity] = {}
        for h in hits:
            key = _entity_key(h.norm)
            ent = entities.get(key) or next(
                (e for k, e in entities.items() if fuzz.ratio(k, key) >= 90), None
            )
            if ent is None:
                ent = Entity(id=doc.next_id("org:"), kind="org", name=h.norm, mentions=[])
                entities[key] = ent
            m = doc.add_mention(
                "org", h.start, h.end, norm=h.norm, entity=ent.id, confidence=h.confidence
            )
            surface = m.text
            ent.mentions.append(m.id)
            if surface not in ent.variants:
                ent.variants.append(surface)
        doc.entities.extend(entities.values())

    return orgs
