"""Places no gazetteer holds, named after a settlement, district, river or province noun
("у села Хушаб", "с. Ясень", "через реку Тарнак", "в графстве Стаффордшир"): the noun says
what the capitalized or quoted name after it is. The one mechanism for such nouns, with one
list per language (resources/<lang>/places_unlisted_nouns.txt) and one guard against a
person's name after the noun (`_name_after`); named sites whose noun is part of their name
("вул. Шкільна", "готелю «Аруана»") are facilities.py."""

from __future__ import annotations

import re
from functools import lru_cache

from ...doc import Doc, Token
from ...gazetteer import Place
from ...gazetteer.keys import fold, stem
from ...names.features import features
from ...names.fold import is_latin
from ..orgs.compounds import compound_name
from ..orgs.lexicon import is_org_word
from .candidates import _Cand, _para_lang
from .evidence import _after_number
from .lexicon import _FACILITY, _QUOTES, _unlisted_nouns
from .words import given_name_reading, uk_proper_inanimate

MAX_WORDS = 3
QUOTED_WORDS = 5  # a quoted name after the noun ("селище «Сонячне»") is at most this long
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
            nouns = _unlisted_nouns(lang)
            abbr = text[t.end : t.end + 1] == "." and t.text.islower()
            gloss = _gloss(t, nouns, lang, abbr)
            if gloss is None:
                continue
            if len(t.text) == 1 and not (abbr and not _after_unit(text, t)):
                continue  # "с." / "м." abbreviate a settlement, not "з", "5 м." (metres)
            if (
                t.text[:1].isupper()
                and j > 0
                and wt[j - 1].sent == t.sent
                and "\n" not in text[wt[j - 1].end : t.start]
            ):
                # "Сполучених Штатів": a capitalized noun is part of a name, unless it opens
                # its sentence or a line (a caption or a headline: "Река Куэнга летом")
                continue
            span = _quoted_after(text, t.end)
            if span is None:
                names = _name_after(text, wt, j, lang, abbr, gloss in _SETTLEMENTS)
                if names:
                    span = (wt[names[0]].start, wt[names[-1]].end)
            if span is None:
                continue
            s, e = span
            if any(a < e and s < b for a, b in taken):
                continue
            k0 = next(k for k in range(j + 1, len(wt)) if wt[k].end >= e)
            name = " ".join(text[s:e].split())
            full = name if gloss in fold(name).split() else f"{name} {gloss}"
            place = Place(None, full, None, None, country, None, 0, _FACILITY, gloss)
            c = _Cand(s, e, j + 1, k0 + 1, (), False, frozenset(), False, lang, [name])
            c.best, c.confidence = place, UNLISTED_CONFIDENCE
            out.append(c)
            taken.append((s, e))
        kept = kept + out + _by_dictionary(doc, wt, taken, sent_lang, country)
        return kept + _glosses(text, wt, kept)


def _by_dictionary(
    doc: Doc, wt: list[Token], taken: list[tuple[int, int]], sent_lang: list[str], country
) -> list[_Cand]:
    """ "у Трахтемирові", "біля Куземина": a capitalized uk word right after a preposition
    of place that the dictionary reads only as an inanimate proper noun is a place the
    gazetteer lacks (words.uk_proper_inanimate); not a sentence's first word, not
    before another capitalized word (a longer name: "у Київ Сіті")."""
    text = doc.text
    out: list[_Cand] = []
    for j in range(1, len(wt)):
        t, prev = wt[j], wt[j - 1]
        lang = sent_lang[t.sent] if 0 <= t.sent < len(sent_lang) else (doc.lang or "")
        if lang != "uk" or not t.text[:1].isupper() or t.text.isupper() or prev.sent != t.sent:
            continue
        if fold(prev.text) not in _place_preps(lang) or text[prev.end : t.start] != " ":
            continue
        if text[t.end : t.end + 1] == "-":
            continue  # "до Євро-2012": a name joined to more
        nxt = wt[j + 1] if j + 1 < len(wt) else None
        if nxt is not None and nxt.sent == t.sent and nxt.text[:1].isupper():
            if text[t.end : nxt.start] == " ":
                continue
        if any(a < t.end and t.start < b for a, b in taken) or not uk_proper_inanimate(t.text):
            continue
        if is_org_word(t.text, t.lemma or "") or compound_name(t.text, lang):
            continue  # "у Нафтогазі", "у Київраді": an organization, listed or compound
        place = Place(None, t.text, None, None, country, None, 0, _FACILITY, "place")
        c = _Cand(t.start, t.end, j, j + 1, (), False, frozenset(), False, lang, [t.text])
        c.best, c.confidence = place, UNLISTED_CONFIDENCE
        out.append(c)
        taken.append((t.start, t.end))
    return out


@lru_cache(maxsize=4)
def _place_preps(lang: str) -> frozenset[str]:
    """Prepositions of place (resources/<lang>/prepositions.yaml: location, near, from_to)."""
    from ...resources import load_yaml

    data = load_yaml(lang, "prepositions", optional=True) or {}
    return frozenset(fold(w) for k in ("location", "near", "from_to") for w in data.get(k, ()))


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


_UNIT_BEFORE = re.compile(r"\d\s*[^\W\d]{1,3}\.?\s*$")


def _after_unit(text: str, t: Token) -> bool:
    """A one-letter abbreviation after a number, or after a number and a short unit word,
    is a unit ("5 м.", "44,3 кв м."), no settlement's."""
    return _after_number(text, t) or bool(_UNIT_BEFORE.search(text[max(0, t.start - 12) : t.start]))


def _quoted_after(text: str, pos: int) -> tuple[int, int] | None:
    """The span of a capitalized name in quotation marks right after `pos` ("селище
    «Сонячне»"), inside the marks; None when no quote opens there."""
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    if pos >= len(text) or text[pos] not in _QUOTES:
        return None
    end = text.find(_QUOTES[text[pos]], pos + 1, pos + 80)
    inner = text[pos + 1 : end]
    if end <= pos + 1 or not inner[:1].isupper() or "\n" in inner:
        return None
    if len(inner.split()) > QUOTED_WORDS:
        return None
    e = end
    while e > pos + 1 and not text[e - 1].isalnum():
        e -= 1
    return (pos + 1, e) if e > pos + 1 else None


def _name_after(
    text: str, wt: list[Token], j: int, lang: str, abbr: bool = False, settlement: bool = False
) -> list[int]:
    """Indexes of the capitalized words right after the noun wt[j] that may name a place
    (after an abbreviation, past its full stop), and the one guard against a person's name:
    a given name first, or a word that reads as one with another capitalized word after
    it, is a person, the town left unsaid ("полиции города Рахим Шах", "міста Рахім Шах");
    a given name, an ordinary word or a function word after the first ends the name
    ("Массачусетс Джохар Царнаев"). No acronym. An ordinary word first names a place only
    after a settlement noun ("селі Мирне", "с. Далі"; "районе Центральный" is none)."""
    run: list[int] = []
    k = j + 1
    while k < len(wt) and len(run) < MAX_WORDS:
        w, prev = wt[k], wt[k - 1]
        gap = text[prev.end : w.start]
        if w.sent != wt[j].sent or (gap.strip() and not (abbr and k == j + 1)):
            break
        if "\n" in gap and run:
            break  # a name does not run over a line's end (a headline, a caption)
        if not w.text[:1].isupper() or (w.text.isupper() and len(w.text) > 1):
            break
        run.append(k)
        k += 1
    if not run or len(run) > 1 and given_name_reading(wt[run[0]].text, lang):
        return []
    f = features(wt[run[0]].text, lang)
    if f.given or (f.common or f.func) and not settlement:
        return []
    out = run[:1]
    for k in run[1:]:
        f = features(wt[k].text, lang)
        if f.common or f.func or f.given:
            break
        out.append(k)
    return out


# the glosses of settlement nouns: the name after one may be an ordinary word ("Мирне")
_SETTLEMENTS = frozenset({"village", "settlement", "hamlet", "town"})


def _gloss(t: Token, nouns: dict[str, str], lang: str, abbr: bool) -> str | None:
    """The gloss of the settlement, district or river noun `t` is, else None: by its lemma,
    by another dictionary reading ("селі": село, first read as сель), by its stem when
    pymorphy3 lemmatizes it wrongly, or as an abbreviation before a full stop ("с.", "вул.")."""
    if abbr:
        return nouns.get(fold(t.text))
    g = nouns.get(t.lemma) or nouns.get(fold(t.lemma or t.text))
    if g is not None or not t.text[:1].isalpha() or t.text[:1].isupper():
        return g
    return _reading(t.text, lang) or nouns.get("~" + stem(fold(t.text)))


@lru_cache(maxsize=20_000)
def _reading(word: str, lang: str) -> str | None:
    """The gloss of a noun among the word's dictionary readings."""
    from ...segment import word_parses

    nouns = _unlisted_nouns(lang)
    g = nouns.get(fold(word))
    if g is not None:
        return g
    for p in word_parses(word, lang):
        if p.tag.POS == "NOUN" and fold(p.normal_form) in nouns:
            return nouns[fold(p.normal_form)]
    return None
