"""persons: person names, with every spelling and case of one person linked to one entity.

Rule-based and cheap: runs of capitalized tokens are scored with evidence from
morphology (pymorphy3 Name/Surn/Patr grammemes), given-name lists (data files
names_female/names_male per language, including Kazakh, Georgian and Arabic
names), surname endings, titles and roles before the name ("президент",
"учасниця", "Mr") and verbs of saying nearby ("сказала", "said"). A lone
capitalized word needs context; a lone surname is also accepted when it
repeats the surname of a full name in the same document.

Linking: each name is put in the nominative (feminine -ова/-ева/-ина/-ська
endings by table, the rest through morphology), transliterated with the one
uk/ru/kk table (names/translit.py, resources/common/translit.yaml; е/є, и/і/ї/й unified) and
compared after folding with rapidfuzz. `norm` is that transliteration:
"Айман Унгарбаєвої" -> "Aiman Ungarbaeva".
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz

from ..doc import Doc, Token
from ..names.features import WordFeatures as _Feat
from ..names.features import cyr_lang as _cyr_lang
from ..names.features import features
from ..names.fold import fold, is_latin, unify_apostrophes
from ..names.fold import low as _low
from ..names.lists import LANGS, name_lists
from ..names.tokens import name_tokens
from ..names.translit import transliterate
from ..registry import component
from ..resources import load_list, load_yaml
from ..schema.models import Entity
from ..segment import morph
from .orgs.lexicon import is_org_word
from .orgs.lexicon import resources as org_resources


@dataclass(frozen=True)
class _Res:
    female: frozenset[str]
    male: frozenset[str]
    titles: frozenset[str]
    speech: frozenset[str]
    speech_pairs: frozenset[tuple[str, str]]
    not_names: frozenset[str]
    suffix_cyr: tuple[str, ...]
    suffix_lat: tuple[str, ...]
    endings: dict[str, dict[str, list[tuple[str, str]]]]
    calendar: frozenset[str]
    particles: frozenset[str]
    place_words: frozenset[str]


@lru_cache(maxsize=1)
def resources() -> _Res:
    names = name_lists()
    speech: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    not_names: set[str] = set()
    endings: dict[str, dict[str, list[tuple[str, str]]]] = {}
    for lang in LANGS:
        for v in load_list(lang, "persons_speech_verbs"):
            words = _low(v).split()
            if len(words) == 2:
                pairs.add((words[0], words[1]))
            else:
                speech.add(words[0])
        not_names.update(load_list(lang, "persons_not_names", optional=True))
        data = load_yaml(lang, "names_surname_endings", optional=True) or {}
        endings[lang] = {
            g: sorted(
                ((str(k), str(v)) for k, v in (data.get(g) or {}).items()),
                key=lambda kv: -len(kv[0]),
            )
            for g in ("feminine", "masculine")
        }
    from .dates import lexicon

    lex = lexicon()
    calendar = frozenset(lex.months) | frozenset(lex.weekdays)
    return _Res(
        female=names.female,
        male=names.male,
        titles=names.titles,
        speech=frozenset(speech),
        speech_pairs=frozenset(pairs),
        not_names=frozenset(not_names),
        suffix_cyr=names.suffix_cyr,
        suffix_lat=names.suffix_lat,
        endings=endings,
        calendar=calendar,
        particles=frozenset(load_list("en", "names_particles")),
        place_words=frozenset(
            _low(w) for lang in LANGS for w in load_list(lang, "persons_place_words")
        ),
    )


# --- nominative forms ---------------------------------------------------------------


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
    parses = morph(ml).parse(w)
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


# --- candidates --------------------------------------------------------------------


@dataclass
class PersonHit:
    start: int
    end: int
    tokens: list[Token]
    roles: list[str]  # given / surname / patr / initial per token
    gender: str | None
    confidence: float
    weak: bool = False  # accepted only if it links to a stronger mention
    norm_parts: list[str] = field(default_factory=list)
    given_key: str | None = None
    sur_key: str | None = None


# prepositions before a place ("біля Рохас" is near a place, not a person)
_NEAR = frozenset(w for lang in LANGS for w in load_yaml(lang, "prepositions")["near"])
_LOC_PREP = _NEAR | frozenset(
    w for lang in LANGS for w in load_yaml(lang, "prepositions")["location"]
)


def _is_initial(tokens: list[Token], i: int) -> bool:
    t = tokens[i]
    return (
        len(t.text) == 1
        and t.text.isupper()
        and i + 1 < len(tokens)
        and tokens[i + 1].text == "."
        and tokens[i + 1].start == t.end
    )


def _capitalized(w: str) -> bool:
    return w[:1].isupper() and w[:1].isalpha() and not (len(w) > 1 and w.isupper())


def _particle(w: str, res: _Res) -> bool:
    """'al-Sayed' (prefix) is a name token; 'von', 'bin' join two name tokens."""
    head, sep, tail = w.partition("-")
    return bool(sep) and head in res.particles and _capitalized(tail)


def _has_title(toks: list[Token], i: int, res: _Res, window: int) -> bool:
    """A title or role among the `window` word tokens before index i."""
    seen = 0
    j = i - 1
    while j >= 0 and seen < window:
        t = toks[j]
        if t.text == "." and j > 0:
            j -= 1
            continue
        if not t.text[:1].isalpha():
            if window > 1 and t.text in '—–-"«»':
                j -= 1
                continue
            return False
        low = _low(t.text)
        if low in res.titles or (t.lemma and t.lemma in res.titles):
            # "мешканців Бені" (residents of Beni) names a place, not a person
            return "plur" not in t.tags
        if j > 0 and f"{_low(toks[j - 1].text)} {low}" in res.titles:
            return True
        seen += 1
        j -= 1
    return False


def _is_speech(t: Token, res: _Res) -> bool:
    return _low(t.text) in res.speech or bool(t.lemma and t.lemma in res.speech)


def _has_speech(toks: list[Token], i: int, k: int, res: _Res) -> bool:
    """A verb of saying within 4 words before the name or 3 after it."""
    if any(_is_speech(toks[j], res) for j in range(max(0, i - 4), i)):
        return True
    if i >= 2 and (_low(toks[i - 2].text), _low(toks[i - 1].text)) in res.speech_pairs:
        return True
    n = 0
    for j in range(k, min(len(toks), k + 6)):
        t = toks[j]
        if not t.text[:1].isalpha():
            continue
        n += 1
        if _is_speech(t, res):
            return True
        if n >= 3:
            break
    return False


def _sentence_initial(toks: list[Token], i: int) -> bool:
    return all(not t.text[:1].isalnum() for t in toks[:i])


def _runs(toks: list[Token], text: str, res: _Res) -> list[tuple[list[int], bool]]:
    """Maximal runs of capitalized tokens (with initials and name particles).

    The flag says the run ran into a capitalized word that never belongs to a
    name ("Roman Catholic", "Kyiv Post"): such runs are part of another name.
    """
    out: list[tuple[list[int], bool]] = []
    n = len(toks)
    nxt = 0
    particles, not_names = res.particles, res.not_names
    for i in [i for i, t in enumerate(toks) if t.text[:1].isupper() or "-" in t.text]:
        if i < nxt:
            continue
        w = toks[i].text
        if w in not_names or not (_capitalized(w) or _particle(w, res)):
            continue
        run = [i]
        j = i + 1
        if _is_initial(toks, i):
            run.append(j)
            j += 1
        blocked = False
        while j < n and len(run) < 10:
            prev, cur = toks[j - 1], toks[j]
            if cur.start - prev.end > 1:
                break
            cw = cur.text
            if cur.start == prev.end:
                if prev.text != ".":
                    break
            elif text[prev.end] != " ":
                break
            c0 = cw[:1]
            if c0.islower():
                if cw in particles and j + 1 < n and _capitalized(toks[j + 1].text):
                    run.append(j)
                    j += 1
                    continue
                if not _particle(cw, res):
                    break
            elif not _capitalized(cw):
                break
            if cw in not_names:
                blocked = True
                break
            run.append(j)
            if _is_initial(toks, j):
                run.append(j + 1)
                j += 1
            j += 1
        nxt = j
        while run and toks[run[-1]].text in particles:
            run.pop()
        out.append((run, blocked))
    return out


def find_persons(doc: Doc) -> list[PersonHit]:
    res = resources()
    text = doc.text
    tokens = name_tokens(doc)
    # tokens already claimed by places, dates, orgs, quantities, or named in the org lexicon
    starts = [t.start for t in tokens]

    def token_starts(spans: list[tuple[int, int]]) -> set[int]:
        out: set[int] = set()
        for ms, me in spans:
            k = bisect_left(starts, ms)
            if k > 0 and tokens[k - 1].end > ms:
                k -= 1
            while k < len(starts) and starts[k] < me:
                out.add(starts[k])
                k += 1
        return out

    spans = [(m.start, m.end) for m in doc.mentions if m.kind in _OTHER_KINDS]
    taken = token_starts(spans + org_lexicon_spans(doc))
    # a place the gazetteer found may still be a surname after a given name ("Камила Рохас")
    placed = token_starts([(m.start, m.end) for m in doc.mentions if m.kind == "place"])
    # only sentences with a capitalized word after their first one, or a one-word name
    sent_ids = [t.sent for t in tokens]
    cand_sents = sorted({tokens[i].sent for i in _caps(tokens)})
    hits: list[PersonHit] = []
    for sid in cand_sents:
        toks = tokens[bisect_left(sent_ids, sid) : bisect_right(sent_ids, sid)]
        lang = doc.lang_at(toks[0].start)
        for run, blocked in _runs(toks, text, res):
            if blocked:
                continue
            for seg in _segments(toks, run, res, lang, taken, placed):
                hit = _judge(toks, seg, res, lang)
                if hit is not None:
                    hits.append(hit)
    return hits


_OTHER_KINDS = ("date", "org", "quantity")


def _caps(tokens: list[Token]) -> list[int]:
    return [i for i, t in enumerate(tokens) if t.text[:1].isupper() or "-" in t.text]


def is_org_type(t: Token) -> bool:
    types = org_resources().types
    return t.text in types or t.text.lower() in types or t.lemma in types


def org_lexicon_spans(doc: Doc) -> list[tuple[int, int]]:
    """Spans of organizations found before persons ("Ministry of Internal Affairs")."""
    return [(h.start, h.end) for h in doc.org_candidates]


def _segments(
    toks: list[Token],
    run: list[int],
    res: _Res,
    lang: str | None,
    taken: set[int],
    placed: set[int],
) -> list[list[int]]:
    """Split a run at words that cannot be part of a name (titles, places, common words)."""
    segs: list[list[int]] = []
    cur: list[int] = []
    for k in run:
        t = toks[k]
        w = t.text
        if w == "." or w in res.particles:
            if cur:
                cur.append(k)
            continue
        f = features(w, lang)
        low = _low(w)
        initial = _is_initial(toks, k)
        after_given = bool(cur) and features(toks[cur[-1]].text, lang).given
        if t.start in placed:
            # a place unless a listed given name stands right before it, or it is one
            after_listed = bool(cur) and features(toks[cur[-1]].text, lang).listed
            nxt = run[run.index(k) + 1] if run.index(k) + 1 < len(run) else None
            starts_name = f.listed and nxt is not None and toks[nxt].start in placed
            if not (after_listed or starts_name or (f.listed and nxt is not None)):
                if cur:
                    segs.append(cur)
                cur = []
                continue
        stop = (
            t.start in taken
            or (low in res.titles or (t.lemma in res.titles and not f.listed))
            or (not f.listed and is_org_word(w, t.lemma))
            or (low in res.calendar and _calendar_here(toks, k))
            or (not initial and (f.geo and not f.listed or f.org))
            or (not initial and not after_given and (f.nonname or f.func))
            or (len(w) == 1 and not initial)
        )
        # a sentence-initial common word ("Інша", "Відео") starts no name
        if not stop and not initial and not cur and _sentence_initial(toks, k):
            stop = f.common and not f.listed and not f.surn and not f.surn_suffix
        if stop:
            if cur:
                segs.append(cur)
            cur = []
            continue
        cur.append(k)
    if cur:
        segs.append(cur)
    out = []
    for seg in segs:
        while seg and (toks[seg[-1]].text == "." or toks[seg[-1]].text in res.particles):
            if toks[seg[-1]].text == "." and len(seg) >= 2 and len(toks[seg[-2]].text) == 1:
                break
            seg = seg[:-1]
        while seg and toks[seg[0]].text in (".",):
            seg = seg[1:]
        if seg:
            out.append(seg)
    return out


def _calendar_here(toks: list[Token], k: int) -> bool:
    """A month or weekday name used as one: next to a number (16 марта, March 5)."""
    near = [toks[j].text for j in (k - 1, k + 1) if 0 <= j < len(toks)]
    return any(w[:1].isdigit() for w in near) or not any(
        _capitalized(toks[j].text) for j in (k - 1, k + 1) if 0 <= j < len(toks)
    )


def _judge(toks: list[Token], run: list[int], res: _Res, lang: str | None) -> PersonHit | None:
    # "Хамданії Мухаммад Сулейман": a word before a listed given name that is no surname
    for idx in range(1, min(len(run), 3)):
        f0 = features(toks[run[idx]].text, lang)
        if f0.listed and toks[run[idx - 1]].text != ".":
            before = [features(toks[k].text, lang) for k in run[:idx]]
            prev = toks[run[0] - 1] if run[0] > 0 else None
            after_place_word = prev is not None and (
                _low(prev.text) in res.place_words or prev.lemma in res.place_words
            )  # "району Лас-Кінтас Марія ...": the first word ends the place
            if after_place_word or all(
                (b.geo or b.common) and not (b.listed or b.surn or b.surn_suffix) for b in before
            ):
                run = run[idx:]
            break
    words = [k for k in run if toks[k].text != "." and toks[k].text not in res.particles]
    initials = [k for k in words if _is_initial(toks, k)]
    names = [k for k in words if k not in initials]
    if not names or len(names) > 4:
        return None
    feats = [features(toks[k].text, lang) for k in names]
    first_i, last_i = run[0], run[-1]
    title_before = _has_title(toks, first_i, res, 1)
    role_before = title_before or _has_title(toks, first_i, res, 3)
    speech = _has_speech(toks, first_i, last_i + 1, res)
    initial_pos = _sentence_initial(toks, first_i)
    prev = _low(toks[first_i - 1].text) if first_i > 0 else ""
    given = [f.given for f in feats]
    surnish = [f.surn or f.surn_suffix or f.patr for f in feats]
    unknown = [not f.known for f in feats]

    conf = 0.0
    weak = False
    if len(names) >= 2:
        others_ok = all(g or s or u for g, s, u in zip(given, surnish, unknown, strict=True))
        latin_unsure = all(f.latin for f in feats) and not any(f.listed for f in feats)
        if any(given) and others_ok and not latin_unsure:
            conf = 0.9
        elif any(given) and (title_before or speech):
            conf = 0.8
        elif all(s or u for s, u in zip(surnish, unknown, strict=True)) and (
            title_before or (speech and any(surnish)) or any(f.surn for f in feats)
        ):
            conf = 0.75
        elif (
            all(f.latin for f in feats)
            and len(names) <= 3
            and (title_before or (speech and any(surnish)))
        ):
            conf = 0.7  # "researcher Mihra Rittmann": unknown Latin names need a title
    else:
        f = feats[0]
        place_like = prev in _LOC_PREP and not f.listed and (not f.surn or prev in _NEAR)
        if initials and (f.surn or f.surn_suffix or not f.known):
            conf = 0.85
        elif place_like:
            conf = 0.0
        elif title_before and (f.given or f.surn or f.surn_suffix or not f.known):
            conf = 0.85
        elif f.given and (speech or role_before):
            conf = 0.75
        elif f.given and f.listed and not initial_pos and not f.latin and not f.common:
            conf = 0.7
        elif (f.surn or f.surn_suffix) and (speech or role_before):
            conf = 0.75
        elif f.surn or f.surn_suffix or (not f.known and not f.latin):
            weak = True  # a lone surname: kept only if it repeats a full name's surname
            conf = 0.7
        elif f.latin and not initial_pos:
            weak = True
            conf = 0.7
    if conf <= 0.0:
        return None
    if last_i + 1 < len(toks) and is_org_type(toks[last_i + 1]):
        return None  # "Georgian Dream party", "Nur Otan партиясы"
    if _place_context(toks, first_i, last_i, res, before=conf < 0.9):
        return None  # "міста Бені", "регіоні Сагайн", "Turgenevskaya metro station"
    roles = _roles(feats, [toks[k] for k in words], {toks[k].start for k in initials})
    gender = _gender(feats, [toks[k].text for k in names], roles, lang)
    return PersonHit(
        start=toks[run[0]].start,
        end=toks[run[-1]].end,
        tokens=[toks[k] for k in words],
        roles=roles,
        gender=gender,
        confidence=conf,
        weak=weak,
    )


def _place_context(toks: list[Token], first: int, last: int, res: _Res, before: bool) -> bool:
    """A kind-of-place noun before ("міста Бені") or after ("Fajardo highway") the name."""
    prev = toks[first - 1] if first > 0 and before else None
    if prev is not None and prev.text[:1].islower():
        if _low(prev.text) in res.place_words or prev.lemma in res.place_words:
            return True
        if prev.lemma in res.titles and "plur" in prev.tags:
            return True  # "мешканців Бені": residents of a place
        if first > 1 and prev.text == "of" and _low(toks[first - 2].text) in res.place_words:
            return True  # "the city of Beni"
    for j in (last + 1, last + 2):
        if j < len(toks) and toks[j].text[:1].islower() and toks[j].text.isascii():
            if toks[j].text in res.place_words:
                return True
            if j == last + 1 and toks[j].text not in ("metro", "bus", "railway", "train"):
                break
    return False


def _roles(feats: list[_Feat], wtoks: list[Token], initial_starts: set[int]) -> list[str]:
    """given / surname / patr / initial for each word token of the name."""
    name_roles: list[str]
    n = len(feats)
    if n == 1:
        f = feats[0]
        has_initials = len(wtoks) > 1
        is_given = f.given and not has_initials and (f.listed or not f.surn)
        name_roles = ["given" if is_given else "surname"]
    else:
        name_roles = ["surname"] * n
        gi = next((k for k, f in enumerate(feats) if f.listed), None)
        if gi is None:
            gi = next((k for k, f in enumerate(feats) if f.given and not f.patr), 0)
        name_roles[gi] = "given"
        if gi + 1 < n and feats[gi + 1].patr and n >= 3:
            name_roles[gi + 1] = "patr"
    it = iter(name_roles)
    return ["initial" if t.start in initial_starts else next(it) for t in wtoks]


def _gender(feats: list[_Feat], words: list[str], roles: list[str], lang: str | None) -> str | None:
    name_roles = [r for r in roles if r != "initial"]
    for f, r in zip(feats, name_roles, strict=True):
        if r in ("given", "patr") and f.gender:
            return f.gender
    for w, r in zip(words, name_roles, strict=True):
        if r == "surname" and not w.isascii():
            g = _ending_gender(_low(w), _cyr_lang(w, lang))
            if g:
                return g
    return None


# --- linking -----------------------------------------------------------------------


def _prepare(hit: PersonHit, lang: str | None) -> None:
    parts = []
    for t, r in zip(hit.tokens, hit.roles, strict=True):
        if r == "initial":
            parts.append(transliterate(t.text) + ".")
        else:
            parts.append(transliterate(nominative(t.text, lang, r, hit.gender)))
    hit.norm_parts = parts
    given = [p for p, r in zip(parts, hit.roles, strict=True) if r in ("given", "initial")]
    sur = [p for p, r in zip(parts, hit.roles, strict=True) if r == "surname"]
    hit.given_key = fold(given[0]) if given else None
    hit.sur_key = fold(sur[-1]) if sur else None


def _same_surname(a: str, b: str) -> bool:
    if a == b:
        return True
    if a[:1] != b[:1]:
        return False
    if fuzz.ratio(a, b) >= 88:
        return True
    # Ivanov / Ivanova: the same family name across genders
    return a.rstrip("a") == b.rstrip("a") and len(a) > 3


def _same_given(a: str, b: str) -> bool:
    """Equal up to spelling; an initial ("v.") matches any name with that letter."""
    a, b = a.rstrip("."), b.rstrip(".")
    if len(a) == 1 or len(b) == 1:
        return a[:1] == b[:1]
    return a == b or (a[:1] == b[:1] and fuzz.ratio(a, b) >= 85)


@dataclass
class _Cluster:
    hits: list[PersonHit]
    given: str | None
    sur: str | None

    @property
    def best(self) -> PersonHit:
        return max(self.hits, key=lambda h: (len(h.norm_parts), -h.start))


def link(hits: list[PersonHit], lang_of: dict[int, str | None]) -> list[_Cluster]:
    for h in hits:
        _prepare(h, lang_of.get(h.start))
    clusters: list[_Cluster] = []
    full = [h for h in hits if h.given_key and h.sur_key]
    single = [h for h in hits if not (h.given_key and h.sur_key)]
    for h in full:
        for c in clusters:
            if (
                c.sur
                and _same_surname(c.sur, h.sur_key or "")
                and (c.given is None or _same_given(c.given, h.given_key or ""))
            ):
                c.hits.append(h)
                break
        else:
            clusters.append(_Cluster([h], h.given_key, h.sur_key))
    for h in sorted(single, key=lambda h: h.start):
        if h.sur_key:
            match = [c for c in clusters if c.sur and _same_surname(c.sur, h.sur_key)]
            if not match:
                # a lone first name tagged as surname? try given names too
                match = [c for c in clusters if c.given and _same_given(c.given, h.sur_key)]
        else:
            match = [c for c in clusters if c.given and _same_given(c.given, h.given_key or "")]
        if len(match) == 1:
            match[0].hits.append(h)
        elif not h.weak:
            clusters.append(_Cluster([h], h.given_key, h.sur_key))
    for c in clusters:
        c.hits.sort(key=lambda h: h.start)
    clusters.sort(key=lambda c: c.hits[0].start)
    return clusters


class PersonsConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    min_confidence: float = 0.0


@component(
    "persons",
    requires=("tokens", "org_candidates"),
    reads=("mentions.place", "mentions.date", "mentions.quantity"),
    assigns=("mentions.person", "entities.person"),
    config=PersonsConfig,
)
def make_persons(min_confidence: float = 0.0):
    """Config: min_confidence (drop weaker mentions)."""

    def persons(doc: Doc) -> None:
        if not doc.tokens:
            return
        hits = find_persons(doc)
        if not hits:
            return
        # a place inside a person name ("Камила Рохас") is removed later, by resolve_overlaps
        lang_of = {h.start: doc.lang_at(h.start) for h in hits}
        for c in link(hits, lang_of):
            name = " ".join(c.best.norm_parts)
            eid = doc.next_id("per:")
            ids, variants = [], []
            for h in c.hits:
                if h.confidence < min_confidence:
                    continue
                m = doc.add_mention(
                    "person", h.start, h.end, norm=name, entity=eid, confidence=h.confidence
                )
                surface = m.text
                ids.append(m.id)
                if surface not in variants:
                    variants.append(surface)
            if ids:
                doc.entities.append(
                    Entity(id=eid, kind="person", name=name, mentions=ids, variants=variants)
                )

    return persons
