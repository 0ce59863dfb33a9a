"""places: gazetteer-backed, inflection-aware place mentions resolved in context.

Capitalized words (and runs of up to five words: "Кривому Розі", "Нижнем
Новгороде", "Харківській області") are looked up in the gazetteer by their
inflection stems. A name many places share is resolved with what the document
itself says: the countries and regions it mentions, then population. A match
is kept only when the evidence is strong enough for its size: a village of 600
needs its country in the text or a "село"/"village" before it; a word that
also appears in lower case in the same report, a first name or a sentence
opener needs a large city behind it.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from ..doc import Doc, Token
from ..gazetteer import GazetteerError, Index, Place, get_index, load_user_gazetteer
from ..gazetteer.keys import fold, name_keys, query_stems, single_keys, stem, words
from ..lang.letters import letters
from ..normalize.chars import unify_apostrophes
from ..registry import component
from ..resources import load_list
from ..schema.models import Entity, Mention, PlaceValue

MAX_WORDS = 5
_OPENERS = frozenset("«“„\"'(‘[—–-:•*")
_GAP_OK = frozenset(" \t-.'’")
_QUOTES = {"«": "»", "“": "”", "„": "“", '"': '"'}
_PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})
_PROPER_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"})
_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "NPRO", "ADVB", "PRED", "COMP"})
_UK_LETTERS = frozenset(c for c in letters("uk_only") if c.islower()) | {"'"}
_PRECISION = {
    "city": "exact",
    "user": "exact",
    "region": "region",
    "country": "country",
    "facility": "unknown",
}
# English place nouns that may follow a place name without making it part of an org name
_EN_PLACE_NOUNS = frozenset(
    "oblast region province state county district city town village governorate krai "
    "republic square street avenue airport river".split()
)
_EN_PREPS = frozenset(
    "in at near from to into across outside inside around towards toward through of "
    "via between".split()
)
_EN_MODIFIERS = frozenset("oil gas nuclear power steel chemical coal railway bus train".split())
_STOP = ("stop",)
_NO_FLAGS = {
    "person": False,
    "geox": False,
    "common": False,
    "dict_common": False,
    "trigger": False,
    "prep": False,
    "part_of_name": False,
    "blocked": False,
    "weak": False,
}


def _feature_for_facilities() -> str:
    """'facility' once the schema knows it, else 'user' (a place from outside GeoNames)."""
    ann = PlaceValue.model_fields["feature"].annotation
    return "facility" if "facility" in getattr(ann, "__args__", ()) else "user"


_FACILITY = _feature_for_facilities()


@lru_cache(maxsize=8)
def _facility_nouns(lang: str) -> dict[str, str]:
    """Facility noun (folded) -> English gloss, from resources/<lang>/places_facilities.txt."""
    out = {}
    for line in load_list(lang, "places_facilities"):
        word, _, gloss = line.partition("|")
        out[fold(word.strip())] = gloss.strip() or word.strip()
    return out


@dataclass(slots=True)
class _Lexicon:
    stop: frozenset[str]
    stop_initial: frozenset[str]
    triggers: frozenset[str]
    person_cues: frozenset[str]


@lru_cache(maxsize=8)
def _lexicon(lang: str) -> _Lexicon:
    stop: set[str] = set()
    stop_initial: set[str] = set()
    for line in load_list(lang, "places_stop"):
        target = stop_initial if line.startswith("^") else stop
        ws = words(line.lstrip("^"))
        if lang == "en":
            target.add(" ".join(ws))
        else:
            target.update(name_keys(ws))
    trig = frozenset(fold(w) for w in load_list(lang, "places_triggers"))
    cues = frozenset(fold(w) for w in load_list(lang, "places_person_cues"))
    return _Lexicon(frozenset(stop), frozenset(stop_initial), trig, cues)


@lru_cache(maxsize=50_000)
def _morph_flags(word: str, lang: str) -> tuple[bool, bool, bool, bool, bool]:
    """(person, geox, common, maybe_person, people) for a uk/ru word, from pymorphy3's parses.

    person: first-name/surname/patronymic parses outweigh toponym ones;
    geox: some parse is a toponym (the ru dictionary tags them; uk does not);
    common: a dictionary word none of whose parses is a proper noun;
    maybe_person: some parse is a first name, surname or patronymic;
    people: a plural of people and nothing else ("Белорусы", "Турки").
    """
    if lang not in ("uk", "ru") or word.isascii():
        return False, False, False, False, False
    from ..segment import morph

    w = unify_apostrophes(word)
    parses = morph(lang).parse(w)
    if not parses:
        return False, False, False, False, False
    # the uk dictionary gives every parse score 1.0: then count parses instead
    pers = sum(p.score or 1.0 for p in parses if _PERSON_TAGS & p.tag.grammemes)
    geo = sum(p.score or 1.0 for p in parses if "Geox" in p.tag.grammemes)
    total = sum(p.score or 1.0 for p in parses)
    person = pers > geo and pers >= 0.5 * total
    top = parses[0].tag.grammemes
    people = (
        "anim" in top
        and "plur" in top
        and not person
        and not any("inan" in p.tag.grammemes for p in parses)
    )
    return person, geo > 0, _is_common(w, lang, parses), pers > 0, people


def _is_common(w: str, lang: str, parses: list) -> bool:
    """A common noun of the dictionary (Мира, Газ), not a name that happens to be listed.

    The ru dictionary tags proper nouns. The uk one does not, so a uk word is
    checked against the ru dictionary when it is spelled the same in Russian,
    and kept as a name when the uk entry has the shape of a proper-noun lexeme
    (gender before animacy in the lexeme's tag: "NOUN,femn,inan" for Буча,
    "NOUN,inan femn" for площа).
    """
    from ..segment import morph

    if lang == "ru":
        return morph("ru").word_is_known(w.lower()) and not any(
            _PROPER_TAGS & p.tag.grammemes for p in parses
        )
    if _UK_LETTERS & set(w.lower()):
        return False
    ru = morph("ru")
    if not ru.word_is_known(w.lower()):
        return False
    if any(_PROPER_TAGS & p.tag.grammemes for p in ru.parse(w)):
        return False
    for p in parses:
        lex = str(p.tag).split(" ", 1)[0]
        if lex.startswith("NOUN,") and "inan" in lex and not lex.startswith("NOUN,inan"):
            return False
    return True


@dataclass(slots=True)
class _Cand:
    start: int  # char offsets into doc.text
    end: int
    tok0: int  # index into the word-token list
    tok1: int  # exclusive
    ids: tuple[int, ...]
    user: bool
    exact_ids: frozenset[int]
    initial: bool
    lang: str
    forms: list[str]
    best: Place | None = None
    score: float = 0.0
    confidence: float = 0.0
    flags: dict = field(default_factory=dict)
    exact: bool = False  # the chosen place's name is spelled so in the text


def _para_lang(doc: Doc) -> list[str]:
    """Language of each sentence (paragraph language, else document language)."""
    return [doc.lang_at(s.start) or "en" for s in doc.sents]


class PlaceMatcher:
    """Finds place mentions in a segmented Doc; shared, stateless between documents."""

    def __init__(self, user: Index | None = None, index: Index | None = None) -> None:
        self.user = user
        self._index = index
        # (words, language, sentence-initial) -> lookup result; reports repeat their names
        self._memo: dict[tuple, object] = {}

    @property
    def index(self) -> Index:
        if self._index is None:
            self._index = get_index()
        return self._index

    # ------------------------------------------------------------ candidates

    def _candidates(self, doc: Doc) -> tuple[list[_Cand], list[Token], set[str]]:
        text = doc.text
        wt = [t for t in doc.tokens if t.text[:1].isalpha()]
        sent_lang = _para_lang(doc)
        lower_stems: set[str] = set()
        initial = [False] * len(wt)
        prev_sent = -1
        for i, t in enumerate(wt):
            if t.sent != prev_sent:
                initial[i] = True
                prev_sent = t.sent
            elif t.start > 0:
                # after an opening quote, dash, colon or bullet: capitalized by position
                j = t.start - 1
                while j > 0 and text[j] in " \t":
                    j -= 1
                if text[j] in _OPENERS:
                    initial[i] = True
            if t.text[:1].islower():
                lower_stems.add(_canon(t.text))
        blocked = [(m.start, m.end) for m in doc.mentions if m.kind in ("date", "quantity")]
        # sentences set in capitals (headlines): there an all-caps word is an ordinary word
        caps: dict[int, list[int]] = {}
        for t in wt:
            c = caps.setdefault(t.sent, [0, 0])
            c[0] += t.text.isupper() and len(t.text) > 1
            c[1] += 1
        caps_sent = {k for k, (u, n) in caps.items() if u >= 0.6 * n}

        idx, user = self.index, self.user
        cands: list[_Cand] = []
        i = 0
        n_tok = len(wt)
        while i < n_tok:
            t = wt[i]
            if not t.text[:1].isupper():
                i += 1
                continue
            lang = sent_lang[t.sent] if 0 <= t.sent < len(sent_lang) else (doc.lang or "en")
            lex = _lexicon(lang)
            forms0 = _forms(t.text)
            if not forms0:
                i += 1
                continue
            first = query_stems(forms0[0])
            run = [forms0]
            if idx.has_multiword(first) or (user is not None and user.has_multiword(first)):
                # the longest run of words that could form one name
                k = i
                while len(run) < MAX_WORDS and k + 1 < n_tok:
                    a, b = wt[k], wt[k + 1]
                    gap = text[a.end : b.start]
                    if b.sent != a.sent or len(gap) > 3 or not set(gap) <= _GAP_OK:
                        break
                    run.append(_forms(b.text))
                    k += 1
            found = 0
            ini0 = initial[i]
            for n in range(len(run), 0, -1):
                key = (tuple(w.text for w in wt[i : i + n]), lang, ini0)
                res = self._memo.get(key)
                if res is None:
                    res = self._match(run[:n], lex, ini0, lang, t.text)
                    if len(self._memo) > 200_000:
                        self._memo.clear()
                    self._memo[key] = res
                if res is _STOP:
                    found = n
                    break
                if not res:
                    continue
                ids, exact, is_user, acronym, forms = res
                s, e = t.start, wt[i + n - 1].end
                if text[e - 2 : e] in ("'s", "’s") and e - s > 3:
                    e -= 2  # Kyiv's -> Kyiv
                if any(s < be and bs < e for bs, be in blocked):
                    continue
                found = n
                upper = t.text.isupper() and len(t.text) > 1 and not acronym
                if upper and n == 1 and len(t.text) <= 5 and t.sent not in caps_sent:
                    found = n  # an abbreviation in running text: ОВА, ЗСУ, ISW
                    break
                # in an ALL-CAPS headline capitals say nothing: treat like a sentence start
                ini = ini0 or upper
                cands.append(_Cand(s, e, i, i + n, ids, is_user, exact, ini, lang, forms))
                break
            i += found or 1
        return cands, wt, lower_stems

    def _match(
        self, run: list[tuple[str, ...]], lex: _Lexicon, initial: bool, lang: str, word0: str
    ):
        """Look up one run of words: _STOP, () for no match, or (ids, exact, user, acronym, forms)."""
        forms = [f for fs in run for f in fs]
        if self._stopped(forms, lex, initial, lang):
            return _STOP
        allcaps = len(run) == 1 and word0.isupper() and len(word0) > 1
        ids, exact, is_user = (), frozenset(), False
        if self.user is not None:
            ids, exact = self.user.match(forms, allcaps)
            is_user = bool(ids)
        if not ids:
            ids, exact = self.index.match(forms, allcaps)
        if not ids:
            return ()
        return ids, exact, is_user, allcaps_hit(self.index, self.user, forms, allcaps), forms

    @staticmethod
    def _stopped(forms: list[str], lex: _Lexicon, initial: bool, lang: str) -> bool:
        if lang == "en":
            key = " ".join(forms)
            return key in lex.stop or (initial and key in lex.stop_initial)
        combos = single_keys(forms[0]) if len(forms) == 1 else _stem_combos(forms)
        for combo in combos:
            if combo in lex.stop or (initial and combo in lex.stop_initial):
                return True
        return False

    # ------------------------------------------------------------ resolution

    def __call__(self, doc: Doc) -> None:
        if not doc.tokens:
            return
        cands, wt, lower_stems = self._candidates(doc)
        for c in cands:
            self._evidence(c, wt, lower_stems, doc)

        # context: countries and regions the document names, and big unambiguous cities
        ctx_cc: dict[str, float] = {}
        ctx_a1: set[tuple[str | None, str | None]] = set()
        tops: list[Place] = []
        for c in cands:
            top = self._place(c, max(c.ids, key=lambda i: self._prior(c, i)))
            tops.append(top)
            if c.flags["blocked"]:
                continue
            if top.feature in ("country", "region", "user") or (
                top.feature == "city" and top.population >= 100_000 and len(c.ids) <= 3
            ):
                if top.country:
                    ctx_cc[top.country] = ctx_cc.get(top.country, 0.0) + 1.0
                if top.feature in ("region", "user") or top.population >= 100_000:
                    ctx_a1.add((top.country, top.admin1))
        # the language of the report hints at its country (weakly: Russian is read widely)
        lang_cc = {"uk": "UA", "ru": "RU"}.get(doc.lang or "", None)

        # "Paris, Texas", "Zhanaozen (Kazakhstan)": the name right after qualifies this one
        text = doc.text
        for k in range(len(cands) - 1):
            c, q = cands[k], tops[k + 1]
            gap = text[c.end : cands[k + 1].start].strip()
            if gap in (",", "(") and q.feature in ("country", "region"):
                c.flags["qualifier"] = (q.country, q.admin1 if q.feature == "region" else None)

        accepted: set[str] = set()
        for c in cands:
            qual = c.flags.get("qualifier")
            best, best_score, best_weak, best_i = None, -1e9, False, 0
            for i in c.ids:
                p = self._place(c, i)
                weak = i < 0
                sc = self._prior(c, i)
                if p.country in ctx_cc:
                    sc += 1.5 + min(ctx_cc[p.country], 3.0) * 0.25
                if p.admin1 and (p.country, p.admin1) in ctx_a1 and p.feature == "city":
                    sc += 2.0
                if lang_cc and p.country == lang_cc:
                    sc += 0.3
                if qual and p.country == qual[0] and p.feature == "city":
                    sc += 4.0 + (1.0 if qual[1] and p.admin1 == qual[1] else 0.0)
                if sc > best_score:
                    best, best_score, best_weak, best_i = p, sc, weak, i
            c.best, c.score = best, best_score
            c.flags["weak"] = best_weak
            c.exact = best_i in c.exact_ids
            c.confidence = self._accept(c, ctx_cc, lang_cc)
            if c.confidence > 0 and best is not None:
                accepted.add(best.entity_id)
        # a name accepted once is the same place elsewhere in the report
        for c in cands:
            if c.confidence <= 0 and c.best is not None and c.best.entity_id in accepted:
                f = c.flags
                if not (f["blocked"] or f["common"] or f["part_of_name"] or f["person"]):
                    c.confidence = 0.6
        kept = [c for c in cands if c.confidence > 0]
        kept += self._facilities(doc, wt, [(c.start, c.end) for c in kept], ctx_cc)
        self._emit(doc, kept)

    def _facilities(
        self, doc: Doc, wt: list[Token], taken: list[tuple[int, int]], ctx_cc: dict[str, float]
    ) -> list[_Cand]:
        """Named sites the gazetteer cannot know: готелю «Аруана», Tahrir Square."""
        text = doc.text
        taken = taken + [(m.start, m.end) for m in doc.mentions if m.kind in ("date", "quantity")]
        country = max(ctx_cc, key=lambda k: ctx_cc[k]) if ctx_cc else None
        sent_lang = _para_lang(doc)
        out: list[_Cand] = []

        def add(s: int, e: int, gloss: str, k0: int, k1: int, lang: str) -> None:
            while e > s and not text[e - 1].isalnum():
                e -= 1
            if e <= s or any(s < te and ts < e for ts, te in taken):
                return
            name = " ".join(text[s:e].split())
            full = name if fold(gloss).split()[-1] in fold(name).split() else f"{name} {gloss}"
            place = Place(None, full, None, None, country, None, 0, _FACILITY, gloss)
            c = _Cand(s, e, k0, k1, (), False, frozenset(), False, lang, [name])
            c.best, c.confidence = place, 0.6
            taken.append((s, e))
            out.append(c)

        for j, t in enumerate(wt):
            lang = sent_lang[t.sent] if 0 <= t.sent < len(sent_lang) else (doc.lang or "en")
            fac = _facility_nouns(lang)
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
            gloss = fac.get(t.lemma) or fac.get(fold(t.lemma or t.text))
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
                if not w.text[:1].isupper() or gap.strip():
                    break
                names.append(k)
                k += 1
            if names:
                add(wt[names[0]].start, wt[names[-1]].end, gloss, names[0], names[-1] + 1, lang)
        return out

    def _place(self, c: _Cand, i: int) -> Place:
        return (self.user if c.user and self.user is not None else self.index).place(i)

    def _prior(self, c: _Cand, i: int) -> float:
        idx = self.user if c.user and self.user is not None else self.index
        return idx.prior(i) + (1.0 if i in c.exact_ids else 0.0)

    def _evidence(self, c: _Cand, wt: list[Token], lower_stems: set[str], doc: Doc) -> None:
        lex = _lexicon(c.lang)
        text = doc.text
        first = wt[c.tok0]
        single = c.tok1 - c.tok0 == 1
        person = geox = common = dict_common = people = False
        if single and _FUNCTION_POS & first.tags:
            c.flags = dict(_NO_FLAGS, blocked=True)  # a preposition or pronoun: "БЕЗ", "Мы"
            return
        if c.lang in ("uk", "ru"):
            for k in range(c.tok0, c.tok1):
                p_, g_, cm_, _mp, pl_ = _morph_flags(wt[k].text, c.lang)
                geox = geox or g_
                if single:
                    person, dict_common, people = p_, cm_, pl_
        # a lower-case use of the same word in this report: a common noun
        if single and _canon(first.text) in lower_stems:
            common = True
        prev = wt[c.tok0 - 1] if c.tok0 > 0 and wt[c.tok0 - 1].sent == first.sent else None
        nxt = wt[c.tok1] if c.tok1 < len(wt) and wt[c.tok1].sent == first.sent else None
        if nxt is not None and text[wt[c.tok1 - 1].end : nxt.start].strip():
            nxt = None  # only a word right after, with nothing but space between
        trigger = cue_person = prep = False
        if prev is not None:
            pw = fold(prev.text)
            dot = text[prev.end : prev.end + 1] == "."
            if (pw + "." if dot else pw) in lex.triggers or (pw in lex.triggers and not dot):
                trigger = True
            if c.lang == "en" and pw == "of" and c.tok0 > 1:
                pp = wt[c.tok0 - 2]
                if pp.sent == first.sent and fold(pp.text) in lex.triggers:
                    trigger = True
            if pw in lex.person_cues or (pw + ".") in lex.person_cues:
                cue_person = True
            prep = "PREP" in prev.tags or pw in _EN_PREPS
            if person and not prep and prev.text[:1].isupper() and prev.end + 1 >= first.start:
                cue_person = True  # "Мира Иванова": a capitalized word before a surname
        if nxt is not None and c.lang in ("uk", "ru") and nxt.text[:1].isupper():
            nflags = _morph_flags(nxt.text, c.lang)
            if person and nflags[0]:
                cue_person = True  # "Роза Петрова": first name + surname
            elif single and c.exact_ids and nflags[3] and not prep:
                # a name in the nominative right before a surname: "Володимир Зеленський"
                # (an inflected one is a place: "мер Полтави Олександр Мамай")
                cue_person = True
        part_of_name = False
        if first.text.isascii():
            # "Austin Tice", "Moscow Times", "Jordan Peterson", "Greater Manchester Police"
            if nxt is not None and nxt.text[:1].isupper():
                part_of_name = fold(nxt.text) not in _EN_PLACE_NOUNS
            if (
                prev is not None
                and prev.text[:1].isupper()
                and not text[prev.end : first.start].strip()
                and not _stopped_en(prev.text)
            ):
                part_of_name = True
        c.flags = {
            "person": person,
            "geox": geox,
            "common": common or dict_common,
            "dict_common": dict_common,
            "trigger": trigger,
            "prep": prep,
            "part_of_name": part_of_name,
            "blocked": cue_person or (people and not trigger),
        }

    @staticmethod
    def _accept(c: _Cand, ctx_cc: dict[str, float], soft_cc: str | None) -> float:
        """Confidence in (0, 1) when the match is kept, else 0."""
        p, f = c.best, c.flags
        if p is None or f["blocked"]:
            return 0.0
        in_ctx = p.country in ctx_cc
        if p.feature == "user":
            return 0.9
        if p.feature in ("country", "region"):
            if c.initial and f["common"]:
                return 0.0
            if f["person"] and not (c.exact or f["prep"]):
                return 0.0
            if f["part_of_name"] and p.feature == "country":
                return 0.0
            return 0.95 if c.exact else 0.9
        pop = p.population
        short = len("".join(c.forms)) <= 4
        qual = f.get("qualifier")
        if qual and qual[0] != p.country:
            return 0.0  # "Александровка, Казахстан" but no such place in Kazakhstan
        if f["trigger"] or qual:
            need = 0
        elif in_ctx:
            need = 1_000
        elif p.country == soft_cc:
            need = 5_000
        else:
            need = 15_000
        if f["geox"]:
            need = min(need, 1_000)
        if c.initial and not (f["trigger"] or f["geox"]):
            need = max(need, 20_000 if in_ctx or p.country == soft_cc else 100_000)
        if short and not f["trigger"]:
            need = max(need, 10_000 if in_ctx or p.country == soft_cc else 50_000)
        if f["person"]:
            need = max(need, 20_000 if f["prep"] else 200_000)
        if f["dict_common"]:
            need = max(need, 500_000)  # a dictionary word: Мира, Победы, Газ
        elif f["common"]:
            need = max(need, 100_000)  # also written in lower case here: суми, щастя
        if f["part_of_name"]:
            need = max(need, 1_000_000)
        if f["weak"] and not (in_ctx or f["trigger"]):
            need = max(need, 300_000)  # a foreign-language alias: Hamas is not Hamm
        if not c.exact and len(c.forms) == 1 and len(c.forms[0]) <= 5:
            need = max(need, 5_000)  # short stems meet many unrelated words
        if pop < need:
            return 0.0
        conf = 0.6
        conf += 0.1 if c.exact else 0.0
        conf += 0.1 if in_ctx else 0.0
        conf += 0.1 if pop >= 100_000 else 0.0
        conf += 0.1 if (f["trigger"] or f["geox"]) else 0.0
        return round(min(conf, 0.99), 2)

    # ------------------------------------------------------------ output

    def _emit(self, doc: Doc, cands: list[_Cand]) -> None:
        by_entity: dict[str, Entity] = {e.id: e for e in doc.entities if e.kind == "place"}
        new: list[Mention] = []
        for c in sorted(cands, key=lambda c: c.start):
            p = c.best
            assert p is not None
            eid = p.entity_id
            # built from checked values: skip pydantic's validation (it costs more than matching)
            m = Mention.fast(
                id=doc.next_id("m"),
                kind="place",
                start=c.start,
                end=c.end,
                text=doc.text[c.start : c.end],
                orig=doc.to_orig(c.start, c.end),
                norm=p.name,
                entity=eid,
                place=PlaceValue.fast(
                    name=p.name,
                    geonameid=p.geonameid,
                    lat=p.lat,
                    lon=p.lon,
                    country=p.country,
                    admin1=p.admin1,
                    feature=p.feature,  # type: ignore[arg-type]
                    precision=(  # type: ignore[arg-type]
                        _PRECISION.get(p.feature, "exact") if p.lat is not None else "unknown"
                    ),
                    population=p.population or None,
                ),
                confidence=c.confidence,
                role=None,
                date=None,
                quantity=None,
            )
            new.append(m)
            ent = by_entity.get(eid)
            if ent is None:
                ent = by_entity[eid] = Entity(
                    id=eid, kind="place", name=p.name, mentions=[], variants=[]
                )
                doc.entities.append(ent)
            ent.mentions.append(m.id)
            if m.text not in ent.variants:
                ent.variants.append(m.text)
        doc.mentions.extend(new)


def allcaps_hit(idx: Index, user: Index | None, forms: list[str], allcaps: bool) -> bool:
    """Whether an all-caps word matched as an acronym (США, UAE), where caps are meant."""
    if not allcaps or len(forms) != 1:
        return False
    key = "^" + forms[0]
    return bool(idx.ids(key) or (user is not None and user.ids(key)))


def _stopped_en(word: str) -> bool:
    """A capitalized English function word ("The", "In") or title: not part of a name."""
    w = fold(word)
    return w in _lexicon("en").stop or w in _EN_PREPS


@lru_cache(maxsize=100_000)
def _canon(word: str) -> str:
    return stem(fold(word))


@lru_cache(maxsize=100_000)
def _forms(word: str) -> tuple[str, ...]:
    if word[-2:] in ("'s", "’s") and len(word) > 3:
        word = word[:-2]  # English possessive: Kyiv's
    return tuple(words(word))


def _stem_combos(forms: list[str]) -> list[str]:
    combos = [""]
    for f in forms:
        combos = [f"{c} {s}" if c else s for c in combos for s in query_stems(f)][:32]
    return combos


def _user_path(config_path: str | None) -> str | None:
    return config_path or os.environ.get("SITREP_GAZETTEER") or None


class PlacesConfig(BaseModel):
    """user_gazetteer: path to a YAML gazetteer (also $SITREP_GAZETTEER)."""

    model_config = ConfigDict(extra="forbid")
    user_gazetteer: str | None = None


@component(
    "places",
    requires=("tokens",),
    reads=("mentions.date", "mentions.quantity"),
    assigns=("mentions.place", "entities.place"),
    config=PlacesConfig,
)
def make_places(user_gazetteer: str | None = None):
    """Config: user_gazetteer = path to a YAML gazetteer (also $SITREP_GAZETTEER)."""
    path = _user_path(user_gazetteer)
    user = None
    if path:
        try:
            user = load_user_gazetteer(path)
        except GazetteerError as e:
            raise ValueError(f"places: {e}") from None
    return PlaceMatcher(user=user)
