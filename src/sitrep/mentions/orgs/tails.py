"""How far an org name runs after its head: genitive and prepositional tails, a country."""

from __future__ import annotations

from ...doc import Token
from ...names.features import features as person_features
from ...names.fold import low as _low
from ...resources import load_list
from ...segment import word_parses
from ...spans import Spans
from .context import _CONJ, _FUNCTION, _adjacent, _capitalized, _in_place
from .lexicon import _can_be_singular, _Res, grammemes

_PLACE_NOUNS = frozenset(
    _low(w) for lang in ("uk", "ru") for w in load_list(lang, "persons_place_words")
)
_NAMED_AFTER = frozenset(w for lang in ("uk", "ru") for w in load_list(lang, "orgs_named_after"))


def _country_tail(toks: list[Token], last: int, text: str, lang: str, places: Spans) -> int:
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


def _proper_tail(toks: list[Token], j: int, lang: str, places: Spans, acronyms: bool) -> bool:
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


def _tail(
    toks: list[Token],
    h: int,
    text: str,
    res: _Res,
    lang: str,
    places: Spans,
    preps: bool = True,
) -> int:
    """Last token of the genitive / prepositional tail after a head noun (h if none)."""
    n = len(toks)
    last = h
    j = h + 1
    prep = 0  # words still allowed after a preposition ("з надзвичайних ситуацій")
    gen_only = False
    caps = 0
    while j < n and j - h <= 12 and _adjacent(toks[j - 1], toks[j], text):
        x = toks[j]
        w = x.text
        if _low(w) in _NAMED_AFTER:
            break  # "імені X": _namesake reads it
        if w[:1].islower():
            g = grammemes(w, lang)
            if w in _CONJ and last == j - 1 and j + 1 < n:
                # "освіти і науки"; not after a proper name ("Сил України та командувачів")
                if toks[last].text[:1].islower() and "gent" in grammemes(toks[j + 1].text, lang):
                    j += 1
                    continue
                break
            if preps and _low(w) in res.tail_preps and j + 1 < n:
                prep = 3
                # "з питань", "з надзвичайних ситуацій": "з" names a genitive field
                # ("з місцевими органами" is a companion, no part of the name)
                gen_only = _low(w) in _GENITIVE_PREPS
                j += 1
                continue
            if g & _FUNCTION:
                break  # "до", "по" can parse as indeclinable nouns
            if _verb_first(w, lang):
                break  # "міськрада надала": a verb ends the name
            if len(w) <= 2 and text[x.end : x.end + 1] == ".":
                break  # "суду м. Києва": an abbreviation opens a place after the name
            if prep > 0 and gen_only and "gent" not in g:
                break
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
    # "Партии зеленых прошлой осенью": an adjective whose noun stays outside ends no name
    if last > h and last + 1 < n and toks[last].text[:1].islower():
        g = grammemes(toks[last].text, lang)
        nxt = toks[last + 1].text
        if "ADJF" in g and "NOUN" not in g and nxt[:1].islower():
            if "NOUN" in grammemes(nxt, lang):
                last -= 1
    # "... охорони здоров'я провінції Белуджистан": the generic last word belongs to the place
    # (only a kind of place, "провінції", or a word before a place; never leaving an
    # adjective last: "Центру досліджень визвольного руху Олександр Іщук" keeps "руху")
    while last > h and toks[last].text[:1].islower() and last + 1 < n:
        nxt = toks[last + 1]
        if not (_capitalized(nxt.text) and _adjacent(toks[last], nxt, text)):
            break
        g = grammemes(toks[last - 1].text, lang)
        if "ADJF" in g and "NOUN" not in g:
            break
        # one place's kind, singular: "Партії регіонів Віктор ..." keeps its plural noun
        kind_of_place = _low(toks[last].lemma or toks[last].text) in _PLACE_NOUNS
        kind_of_place = kind_of_place and _can_be_singular(toks[last].text, lang)
        if not (kind_of_place or _in_place(nxt, places) or "Geox" in grammemes(nxt.text, lang)):
            break
        last -= 1
        while last > h and (toks[last].text in _CONJ or _low(toks[last].text) in res.tail_preps):
            last -= 1
    return last


_GENITIVE_PREPS = frozenset(
    w for lang in ("uk", "ru") for w in load_list(lang, "orgs_genitive_prepositions")
)


def _verb_first(word: str, lang: str) -> bool:
    """The dictionary's first reading, past a surname's ("надала": Надал), is a verb."""
    if word.isascii() or lang not in ("uk", "ru"):
        return False
    ps = [p for p in word_parses(word, lang) if not _NAME_TAGS & p.tag.grammemes]
    return bool(ps) and ps[0].tag.POS in ("VERB", "INFN", "GRND")


_NAME_TAGS = frozenset({"Surn", "Name", "Patr"})


def _namesake(toks: list[Token], last: int, text: str) -> int:
    """ "університету імені Тараса Шевченка", "Інституту ботаніки ім. М. Холодного": the
    namesake after "імені" / "ім." (initials and up to three capitalized words) is in the name."""
    j = last + 1
    n = len(toks)
    if j >= n or _low(toks[j].text) not in _NAMED_AFTER or not _adjacent(toks[last], toks[j], text):
        return last
    j += 1
    end, words = last, 0
    while j < n and words < 3:
        # only spaces and the dots of "ім." and of initials between the words
        if text[toks[j - 1].end : toks[j].start].strip(" ."):
            break
        w = toks[j].text
        if w == ".":
            j += 1
            continue
        if not (_capitalized(w) and w[:1].isalpha()):
            break
        if len(w) > 1 or text[toks[j].end : toks[j].end + 1] != ".":
            words += 1  # a word, not an initial
        end = j
        j += 1
    return end if words else last
