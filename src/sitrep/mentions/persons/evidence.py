"""What the words around a name say: titles, verbs of saying, prepositions of place."""

from __future__ import annotations

import re
import unicodedata

from ...doc import Token
from ...names.fold import low as _low
from ...names.lists import LANGS
from ...resources import load_list, load_yaml
from .lexicon import _Res

# prepositions before a place ("біля Рохас" is near a place, not a person)
# what joins the items of a list of names: "вулицях Культури, Шевченка та Дарвіна"
_LIST_LINKS = frozenset({","} | {w for lang in LANGS for w in load_list(lang, "conjunctions")})
_NEAR = frozenset(w for lang in LANGS for w in load_yaml(lang, "prepositions")["near"])

_LOC_PREP = _NEAR | frozenset(
    w for lang in LANGS for w in load_yaml(lang, "prepositions")["location"]
)


def _is_initial(tokens: list[Token], i: int) -> bool:
    """A capital letter and its full stop: "Н.", or spaced as tokenized corpora write it,
    "Н . Ф . Клименко", when a capitalized word follows the spaced stop."""
    t = tokens[i]
    if not (len(t.text) == 1 and t.text.isupper() and i + 1 < len(tokens)):
        return False
    dot = tokens[i + 1]
    if dot.text != ".":
        return False
    if dot.start == t.end:
        return True
    return (
        dot.start == t.end + 1
        and i + 2 < len(tokens)
        and tokens[i + 2].start == dot.end + 1
        and tokens[i + 2].text[:1].isupper()
        and tokens[i + 2].text[:1].isalpha()
    )


_ROMAN = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})")
# the Ukrainian capital I written for the Latin numeral ("Франц Йосиф І")
_CYR_I = str.maketrans(unicodedata.lookup("CYRILLIC CAPITAL LETTER BYELORUSSIAN-UKRAINIAN I"), "I")


def _regnal(w: str) -> bool:
    """A Roman numeral that numbers a monarch or a pope ("Казимир III", "Франц Йосиф І")."""
    w = w.translate(_CYR_I)
    return 0 < len(w) <= 5 and w.isupper() and w.isascii() and bool(_ROMAN.fullmatch(w))


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
        if _title_word(low, res) or (t.lemma and t.lemma in res.titles):
            # "мешканців Бені" (residents of Beni) names a place, not a person
            return "plur" not in t.tags
        if j > 0 and f"{_low(toks[j - 1].text)} {low}" in res.titles:
            return True
        seen += 1
        j -= 1
    return False


def _age_before(toks: list[Token], i: int, res: _Res) -> bool:
    """ "22-летний Сирил Вангрикен", "75-летнего Гюлена", "a 22-year-old Cyril ...": an age
    written as a number and an age word announces a person's name."""
    if i < 3 or toks[i - 2].text != "-" or not toks[i - 3].text.isdigit():
        return False
    t = toks[i - 1]
    return _low(t.text) in res.ages or bool(t.lemma and t.lemma in res.ages)


def _named_as(toks: list[Token], i: int, res: _Res) -> bool:
    """ "мальчиком по имени Антон", "подозреваемого зовут Робел": the
    words before say that what follows is what a person is called."""
    if i < 1 or not toks[i - 1].text.isalpha() and "'" not in toks[i - 1].text:
        return False
    low = _low(toks[i - 1].text)
    return low in res.naming or (i >= 2 and f"{_low(toks[i - 2].text)} {low}" in res.naming)


def _namesake(toks: list[Token], first: int, res: _Res) -> bool:
    """ "университета имени Тараса Шевченко", "батальона имени шейха Мансура", "ім. Холодного":
    the name after "имени / імені / им." (and one lower-case title) is an institution's
    namesake, part of that institution's name, no mention of a person."""
    k = first - 1
    if k >= 1 and toks[k].text == ".":
        return len(toks[k - 1].text) <= 2 and _low(toks[k - 1].text) in res.named_after
    for j in (k, k - 1):  # "имени Тараса ...", "имени шейха Мансура" (a lower-case title)
        w = toks[j].text if j >= 0 else ""
        if len(w) > 2 and _low(w) in res.named_after:
            return not _named_as(toks, j + 1, res)  # "по имени Антон" names the person
        if not (w[:1].islower() and w.isalpha()):
            return False
    return False


def _latin_gloss_after(toks: list[Token], last: int, n: int) -> bool:
    """ "Сорайя Белкакеми (Soraya Belkacemi)": the same number of capitalized Latin words in
    brackets right after the name spell it as its source does."""
    if last + n + 2 >= len(toks) or toks[last + 1].text != "(" or toks[last + n + 2].text != ")":
        return False
    words = [toks[k].text for k in range(last + 2, last + n + 2)]
    return all(w.isascii() and w.replace("-", "").isalpha() and _capitalized(w) for w in words)


def _title_word(low: str, res: _Res) -> bool:
    """A title, also inside a Latin compound ("secretary-general", "ex-president")."""
    if low in res.titles:
        return True
    return "-" in low and low.isascii() and any(p in res.titles for p in low.split("-"))


def _role_before(toks: list[Token], i: int, res: _Res, reach: int = 9) -> bool:
    """A title with the body it belongs to before the name.

    "Prime Minister of Croatia Andrej ...", "Ambassador of the United Kingdom to Ukraine
    Melinda ...": walk back over capitalized words and linking words (of, to, the) to a title.
    """
    linked = body = False
    for j in range(i - 1, max(-1, i - 1 - reach), -1):
        w = toks[j].text
        low = _low(w)
        if low in res.role_links:
            if not body:
                return False  # "Minister of Foreign Affairs": the words after "of" are the body
            linked = linked or low not in res.role_articles
            continue
        if not w[:1].isupper():
            return False
        pair = f"{_low(toks[j - 1].text)} {low}" if j > 0 else ""
        if linked and (_title_word(low, res) or pair in res.titles):
            return True
        body = True
    return False


def _on_street(toks: list[Token], first: int, res: _Res) -> bool:
    """ "на вулиці Михайла Грушевського": the name after a street word names the street, and so
    does each name of a list after it ("вулицях Культури, Шевченка та Дарвіна")."""
    if first == 0:
        return False
    # walk back over a list of names: "по вулицях Культури, Шевченка та Дарвіна"
    k = first - 1
    while k > 0 and first - k < 8 and (toks[k].text in _LIST_LINKS or toks[k].text[:1].isupper()):
        k -= 1
    prev = toks[k]
    return prev.text[:1].islower() and (_low(prev.text) in res.streets or prev.lemma in res.streets)


def _headline(toks: list[Token], first: int, last: int) -> bool:
    """Title Case around the name ("... Will Respond to External Threats, Lukashenko Tells"):
    in a headline, capitals mark no name."""
    near = toks[max(0, first - 4) : first] + toks[last + 1 : last + 5]
    words = [t.text for t in near if len(t.text) >= 4 and t.text[:1].isalpha()]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


def _apposition_after(toks: list[Token], last: int, res: _Res) -> bool:
    """A description of a person after the name: "X Y, a freelance journalist," / "X Y, 20,"."""
    if last + 2 >= len(toks) or toks[last + 1].text != ",":
        return False
    nxt = toks[last + 2].text
    if nxt.isdigit() and len(nxt) <= 2:  # an age
        return last + 3 < len(toks) and toks[last + 3].text == ","
    if _low(nxt) not in res.apposition:
        return False
    # "Bucha, a town near Kyiv": a kind of place describes a place
    after = toks[last + 3].text if last + 3 < len(toks) else ""
    return _low(after) not in res.place_words


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


def _calendar_here(toks: list[Token], k: int) -> bool:
    """A month or weekday name used as one: next to a number (16 марта, March 5)."""
    near = [toks[j].text for j in (k - 1, k + 1) if 0 <= j < len(toks)]
    return any(w[:1].isdigit() for w in near) or not any(
        _capitalized(toks[j].text) for j in (k - 1, k + 1) if 0 <= j < len(toks)
    )


def _place_context(toks: list[Token], first: int, last: int, res: _Res, before: bool) -> bool:
    """A kind-of-place noun before ("міста Бені") or after ("Fajardo highway") the name."""
    prev = toks[first - 1] if first > 0 and before else None
    # "Ставропольского края Курмана ...": the place word closes the name before it
    if prev is not None and first > 1 and toks[first - 2].text[:1].isupper():
        prev = None
    if prev is not None and prev.text[:1].islower():
        if _low(prev.text) in res.place_words or prev.lemma in res.place_words:
            return True
        if prev.lemma in res.titles and "plur" in prev.tags:
            return True  # "мешканців Бені": residents of a place
        if first > 1 and prev.text == "of" and _low(toks[first - 2].text) in res.place_words:
            return True  # "the city of Beni"
    nxt = toks[last + 1] if last + 1 < len(toks) else None
    if nxt is not None and nxt.text[:1].islower() and not nxt.text.isascii():
        if nxt.lemma in res.place_words:
            return True  # "Ставропольского края": a region's adjective before its noun
    for j in (last + 1, last + 2):
        if j < len(toks) and toks[j].text[:1].islower() and toks[j].text.isascii():
            if toks[j].text in res.place_words:
                return True
            if j == last + 1 and toks[j].text not in ("metro", "bus", "railway", "train"):
                break
    return False
