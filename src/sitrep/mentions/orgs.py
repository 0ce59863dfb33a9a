"""orgs: organizations, with one canonical (English) name across languages.

Evidence, strongest first:
- the org lexicon (resources/<lang>/orgs_lexicon.yaml): МВС / МВД / Interior
  Ministry -> "Ministry of Internal Affairs"; acronyms match with their exact
  case, other words in any case form through lemmas;
- a name in quotes after an org word: компанія «X», ТОО «X», партия «X»;
- CamelCase names (ОзеньМунайГаз, NewsMarket) and unknown acronyms (ТОО-like
  upper-case words outside a stop list, lower confidence);
- official bodies: a capitalized head noun with genitive words after it
  ("Міністерство освіти і науки") or an English capitalized run ending in a
  head ("Supreme Court", "Communist Party");
- the outlet of a byline on the last line ("Dasha Bakay, NewsMarket") or
  doc.outlet when normalization recovered it.
A country is appended to generic bodies ("Ministry of Internal Affairs (KZ)")
when a country adjective precedes them or a country place mention follows.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz

from ..doc import Doc, Token
from ..registry import component
from ..resources import load_list, load_yaml
from ..schema.models import Entity, Mention
from ..segment import TOKEN_RE, _morph, analyze
from .persons import fold, name_tokens, transliterate

LANGS = ("uk", "ru", "en")
_APOS_TR = str.maketrans({c: "'" for c in "’ʼ`´"})
_CAMEL = re.compile(r"(?:[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ']+){2,}")
_CAMEL_PART = re.compile(r"[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ']+")
_NOT_CAMEL = ("Mc", "Mac", "O'", "De", "Di", "Da", "La", "Le", "Van", "Von", "Fitz", "Mac")
_ROMAN = re.compile(r"[IVXLCDM]+")
_QUOTES = {"«": "»", "„": "“", "“": "”", '"': '"', "‹": "›"}
_OF = re.compile(r"\s*(?:of\s+(?:the\s+)?)?")
_EN_TYPES = frozenset({"party", "movement", "group", "coalition", "bloc", "union"})
_LINK_WORDS = frozenset({"of", "for", "and", "the", "on", "in", "&"})


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
    heads: frozenset[str]
    en_heads: frozenset[str]
    not_acronyms: frozenset[str]
    demonyms: dict[str, str]
    name_parts: dict[str, str]
    labels: tuple[str, ...]


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
        heads.update(_low(h) for h in load_list(lang, "orgs_heads") if lang != "en")
        not_acr.update(load_list(lang, "orgs_not_acronyms"))
        demonyms.update(
            {_low(k): str(v) for k, v in (load_yaml(lang, "orgs_demonyms") or {}).items()}
        )
        parts.update(
            {_low(k): str(v) for k, v in (load_yaml(lang, "orgs_name_parts") or {}).items()}
        )
        labels.update(_low(x) for x in load_list(lang, "orgs_source_labels"))
    for d in (exact, by_lemma):
        for v in d.values():
            v.sort(key=lambda a: -len(a.specs))
    return _Res(
        exact=exact,
        by_lemma=by_lemma,
        types=frozenset(types),
        heads=frozenset(heads),
        en_heads=frozenset(load_list("en", "orgs_heads")),
        # "ТОО «X»": the legal form is not the organization
        not_acronyms=frozenset(not_acr | {t for t in types if t.isupper()}),
        demonyms=demonyms,
        name_parts=parts,
        labels=tuple(sorted(labels, key=len, reverse=True)),
    )


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


def lexicon_hits(doc: Doc, toks: list[Token] | None = None) -> list[OrgHit]:
    """Organizations of the lexicon in the doc (cached on the doc: persons asks first)."""
    toks = toks if toks is not None else name_tokens(doc)
    key = ("_orgs_lexicon", len(toks), len(doc.text))
    cached = doc.user.get("_orgs_lexicon")
    if cached is not None and cached[0] == key:
        return list(cached[1])
    lows = [t.text.lower() for t in toks]
    hits = _lexicon_hits(doc, toks, lows, resources())
    doc.user["_orgs_lexicon"] = (key, hits)
    return list(hits)


def _lexicon_hits(doc: Doc, toks: list[Token], lows: list[str], res: _Res) -> list[OrgHit]:
    text = doc.text
    hits: list[OrgHit] = []
    exact, by_lemma = res.exact, res.by_lemma
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
        span = toks[i:end]
        words = [x for x in span if x.text[:1].isalpha()]
        is_acr = all(s[0] == "x" for s in a.specs)
        # "червоний хрест" in lower case is a symbol, "генпрокуратура" a common noun
        if not is_acr and not any(_capitalized(x.text) for x in words):
            continue
        if len(words) == 1 and not is_acr and not _capitalized(words[0].text):
            continue
        hits.append(
            OrgHit(
                span[0].start,
                span[-1].end,
                a.name,
                0.95,
                "lexicon",
                a.country,
                generic=a.country is None,
            )
        )
        done = end
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


def _quoted_hits(doc: Doc, toks: list[Token], lows: list[str], res: _Res) -> list[OrgHit]:
    text = doc.text
    hits = []
    for i in [i for i, t in enumerate(toks) if t.text in _QUOTES and i > 0]:
        t, q = toks[i - 1], toks[i]
        if not (t.text in res.types or lows[i - 1] in res.types or t.lemma in res.types):
            continue
        close = _QUOTES[q.text]
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
        e = s + len(stripped)
        hits.append(OrgHit(s, e, latin_name(stripped), 0.85, "quoted"))
    return hits


def _token_hits(doc: Doc, toks: list[Token], res: _Res) -> list[OrgHit]:
    """CamelCase names and acronyms outside the lexicon."""
    hits = []
    sent_caps: dict[int, float] = {}
    # an upper-case letter after the first: CamelCase or an acronym
    for t in [t for t in toks if t.text[:1].isupper() and not t.text[1:].islower()]:
        w = t.text
        if len(w) < 3:
            continue
        if _CAMEL.fullmatch(w):
            if not w.startswith(_NOT_CAMEL):
                hits.append(OrgHit(t.start, t.end, latin_name(w), 0.8, "camel"))
            continue
        # acronyms: 3..6 capitals ("KARAGANDA" in a dateline is a place, not an acronym)
        if not (w.isupper() and w.isalpha() and len(w) <= 6) or w in res.not_acronyms:
            continue
        if _ROMAN.fullmatch(w):
            continue
        if t.sent not in sent_caps:
            words = [x.text for x in toks if x.sent == t.sent and x.text[:1].isalpha()]
            caps = sum(1 for x in words if x.isupper() and len(x) > 1)
            sent_caps[t.sent] = caps / max(1, len(words))
        if sent_caps[t.sent] > 0.4:
            continue  # an all-caps headline, not an acronym
        hits.append(OrgHit(t.start, t.end, w, 0.6, "acronym"))
    return hits


def _body_hits(doc: Doc, toks: list[Token], res: _Res) -> list[OrgHit]:
    """Official bodies: "Міністерство освіти і науки", "Supreme Court", "Ministry of Justice"."""
    text = doc.text
    hits: list[OrgHit] = []
    n = len(toks)
    heads, en_heads, en_types = res.heads, res.en_heads, _EN_TYPES
    done = 0
    for h in [
        i
        for i, t in enumerate(toks)
        if t.lemma in heads or t.text in en_heads or t.text in en_types
    ]:
        if h < done:
            continue
        t = toks[h]
        if t.text in en_types:
            # "the Georgian Dream party": capitalized words before a lower-case org word
            i = h
            while (
                i > 0 and _en_name_word(toks[i - 1].text) and toks[i - 1].end + 1 == toks[i].start
            ):
                i -= 1
            while i < h and toks[i].text in ("The", "A", "An"):
                i += 1
            if i < h and not (i == h - 1 and toks[i].sent != t.sent):
                end = toks[h - 1].end
                hits.append(OrgHit(toks[i].start, end, text[toks[i].start : end], 0.7, "body"))
            continue
        if t.text in en_heads:
            # walk back over capitalized words, forward over "of Justice"
            i = h
            while (
                i > 0 and _en_name_word(toks[i - 1].text) and toks[i - 1].end + 1 == toks[i].start
            ):
                i -= 1
            k = h + 1
            if k + 1 < n and toks[k].text == "of" and _en_name_word(toks[k + 1].text):
                k += 2
                while (
                    k < n and _en_name_word(toks[k].text) and toks[k - 1].end + 1 == toks[k].start
                ):
                    k += 1
            while i < h and toks[i].text in ("The", "A", "An"):
                i += 1
            if k - i >= 2:
                hits.append(
                    OrgHit(
                        toks[i].start,
                        toks[k - 1].end,
                        text[toks[i].start : toks[k - 1].end],
                        0.75,
                        "body",
                    )
                )
                done = k
            continue
        i = h
        # "Верховний суд": a capitalized adjective before a lower-case head
        if not _capitalized(t.text):
            if h == 0 or "ADJF" not in toks[h - 1].tags or not _capitalized(toks[h - 1].text):
                continue
            if toks[h - 1].end + 1 != t.start or toks[h - 1].sent != t.sent:
                continue
            i = h - 1
        if "NOUN" not in t.tags:
            continue
        last = _genitive_tail(toks, h, text)
        if last is None:
            if i == h:
                continue
            last = h
        surface = text[toks[i].start : toks[last].end]
        if i == h:
            lang = _lang_of(doc, t)
            norm = _nominative_head(t.text, lang) + surface[len(t.text) :]
        else:
            norm = surface
        hits.append(OrgHit(toks[i].start, toks[last].end, norm, 0.7, "body", generic=True))
        done = last + 1
    return hits


def _en_name_word(w: str) -> bool:
    return w[:1].isupper() and w.isascii() and w[:1].isalpha() and not w.isupper()


def _genitive_tail(toks: list[Token], i: int, text: str) -> int | None:
    """Index of the last genitive word after a head noun ("освіти і науки"), if any."""
    j, last, n = i + 1, None, len(toks)
    while j < n and j - i <= 6:
        x = toks[j]
        if not text[toks[j - 1].end : x.start].isspace():
            break
        if x.text in ("і", "й", "та", "и") and last is not None:
            j += 1
            continue
        if x.text[:1].islower() and "gent" in x.tags and (x.tags & {"NOUN", "ADJF"}):
            last = j
            j += 1
            continue
        break
    return last


@lru_cache(maxsize=10_000)
def _nominative_head(word: str, lang: str) -> str:
    p = _morph(lang).parse(word)[0]
    form = p.inflect({"nomn"}) if "nomn" not in p.tag.grammemes else None
    w = form.word if form is not None else word.lower()
    return w[:1].upper() + w[1:]


def _byline_hits(doc: Doc, toks: list[Token], res: _Res) -> list[OrgHit]:
    text = doc.text
    if doc.outlet:
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
    seg = [t for t in toks if seg_start <= t.start < end and t.text[:1].isalpha()]
    if not seg or len(seg) > 4 or not all(_capitalized(t.text) for t in seg):
        return []
    s, e = seg[0].start, seg[-1].end
    if not text[s:e].replace("*", "").replace("_", "").strip():
        return []
    name = text[s:e]
    return [OrgHit(s, e, latin_name(name), 0.7, "byline")]


def _country_for(doc: Doc, toks: list[Token], hit: OrgHit, res: _Res) -> str | None:
    k = bisect_right([t.end for t in toks], hit.start)
    if k > 0:
        t = toks[k - 1]
        for k in (t.lemma, _low(t.text)):
            if k in res.demonyms:
                return res.demonyms[k]
    for m in doc.mentions:
        if m.kind == "place" and m.place and m.place.country and m.place.feature == "country":
            if 0 <= m.start - hit.end <= 12 and _OF.fullmatch(doc.text, hit.end, m.start):
                return m.place.country
    return None


def find_orgs(doc: Doc) -> list[OrgHit]:
    res = resources()
    toks = name_tokens(doc)
    taken = [(m.start, m.end) for m in doc.mentions if m.kind in ("person", "place", "date")]
    lows = [t.text.lower() for t in toks]
    ordered = (
        lexicon_hits(doc, toks)
        + _quoted_hits(doc, toks, lows, res)
        + _byline_hits(doc, toks, res)
        + _body_hits(doc, toks, res)
        + _token_hits(doc, toks, res)
    )
    out: list[OrgHit] = []
    for h in ordered:
        if h.end <= h.start:
            continue
        if any(s < h.end and h.start < e for s, e in taken):
            continue
        same = [o for o in out if o.start < h.end and h.start < o.end]
        if same:
            continue
        out.append(h)
        taken.append((h.start, h.end))
    for h in out:
        if h.generic and h.country is None:
            h.country = _country_for(doc, toks, h, res)
            if h.country:
                h.norm = f"{h.norm} ({h.country})"
    out.sort(key=lambda h: h.start)
    return out


def _entity_key(norm: str) -> str:
    """OzenMunaiGas / Ozenmunaigaz / Озенмунайгаз: one key."""
    return re.sub(r"[^a-z0-9()]", "", fold(latin_name(norm))).replace("gas", "gaz")


@component("orgs")
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
            mid = doc.next_id("m")
            surface = doc.text[h.start : h.end]
            doc.mentions.append(
                Mention(
                    id=mid,
                    kind="org",
                    start=h.start,
                    end=h.end,
                    text=surface,
                    orig=doc.to_orig(h.start, h.end),
                    norm=h.norm,
                    entity=ent.id,
                    confidence=h.confidence,
                )
            )
            ent.mentions.append(mid)
            if surface not in ent.variants:
                ent.variants.append(surface)
        doc.entities.extend(entities.values())

    return orgs
