"""What one word alone says about being (part of) a person's name.

Evidence from the name lists (given names, surname suffixes, patronymic
endings) and from morphology (pymorphy3 Name / Surn / Patr / Geox / Orgn).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lang.letters import cyrillic_lang
from ..segment import morph, word_parses
from .demonyms import country_names, demonyms
from .fold import is_latin, unify_apostrophes
from .lists import name_lists

# parts of speech that never start a name (grammemes, not words)
_FUNC_POS = {
    "PREP",
    "CONJ",
    "PRCL",
    "NPRO",
    "ADVB",
    "PRED",
    "INTJ",
    "NUMR",
    "COMP",
    "VERB",
    "INFN",
    "GRND",
    "PRTF",
    "PRTS",
    "ADJS",
}


@dataclass(frozen=True)
class WordFeatures:
    given: bool = False
    gender: str | None = None  # "f" / "m"
    listed: bool = False  # the word (or its lemma) is in a given-name list
    surn: bool = False  # Surn grammeme
    surn_suffix: bool = False
    patr: bool = False
    geo: bool = False  # a place (Geox) by its best parse
    org: bool = False  # an organization (Orgn)
    common: bool = False  # a known non-name word (best parse)
    func: bool = False  # function word / verb: never starts a name
    known: bool = False
    loct: bool = False  # can be locative ("у Львові")
    latin: bool = False
    name_best: bool = False  # the best parse is a given name ("Уляна")
    word_too: bool = False  # some parse is an ordinary word or a place ("Люди", "Віра", "Нил")

    @property
    def nonname(self) -> bool:
        return (
            (self.geo and not self.listed)
            or self.org
            or (self.common and not (self.given or self.surn or self.patr or self.surn_suffix))
        )


def cyr_lang(word: str, lang: str | None) -> str:
    """The morphology to read a Cyrillic word with: the paragraph's, else its letters'."""
    if lang in ("uk", "ru"):
        return lang
    return cyrillic_lang(word)


def patronymic_gender(low: str) -> str | None:
    lists = name_lists()
    if not low.endswith(lists.patronymic):
        return None
    return "f" if low.endswith(lists.patronymic_feminine) else "m"


def _surname_suffix(low: str, suffixes: tuple[str, ...]) -> bool:
    """A listed surname ending with at least three letters before it (one C test first)."""
    return low.endswith(suffixes) and any(
        low.endswith(s) and len(low) > len(s) + 2 for s in suffixes
    )


@lru_cache(maxsize=50_000)
def features(word: str, lang: str | None) -> WordFeatures:
    """What the word alone says about being (part of) a person's name."""
    res = name_lists()
    w = unify_apostrophes(word)
    low = w.lower()
    listed = low in res.female or low in res.male
    gender = "f" if low in res.female else ("m" if low in res.male else None)
    patr = low.endswith(res.patronymic)
    gender = gender or patronymic_gender(low)
    if is_latin(w):
        # "Nigerian", "Somalis": a nationality, however surname-like its ending
        demonym = low in demonyms() and not listed
        country = low in country_names() and not listed  # "Croatia Andrej Plenković"
        suf = _surname_suffix(low, res.suffix_lat)
        return WordFeatures(
            given=listed,
            gender=gender,
            listed=listed,
            surn_suffix=suf and not listed and not demonym,
            patr=patr and not demonym,
            common=demonym,
            geo=country,
            known=demonym or country,
            latin=True,
        )
    ml = cyr_lang(w, lang)
    analyzer = morph(ml)
    parses = word_parses(w, ml)
    best = parses[0]
    bt = best.tag.grammemes
    known = analyzer.word_is_known(low)
    given = listed
    surn = org = loct = False
    # for unknown words pymorphy only guesses Name / Surn / Geox from the ending
    geo = "Geox" in bt and known
    for p in parses[:6]:
        tags = p.tag.grammemes
        nf = p.normal_form
        if not listed and (nf in res.female or nf in res.male) and {"Name", "sing"} <= tags:
            given = listed = True
            gender = "f" if nf in res.female else "m"
        elif "Name" in tags and not given and (p.score >= 0.2 or p is best) and not geo and known:
            given = True
            gender = gender or ("f" if "femn" in tags else "m" if "masc" in tags else None)
        if "Surn" in tags and known:
            surn = True
        if "Patr" in tags:
            patr = True
        if "Orgn" in tags and p is best and known:
            org = True
        if "loct" in tags:
            loct = True
    common = known and not ({"Name", "Surn", "Patr", "Geox", "Orgn"} & bt)
    suf = _surname_suffix(low, res.suffix_cyr)
    # a guessed part of speech of an unknown word ("Исмаилова" as a short adjective) says little
    func = best.tag.POS in _FUNC_POS and not given and not surn and (known or not suf)
    name_best = "Name" in bt and known
    proper = {"Name", "Surn", "Patr", "Orgn", "Abbr"}
    word_too = known and any(
        "Geox" in p.tag.grammemes or not (proper & p.tag.grammemes) for p in parses[:6]
    )
    return WordFeatures(
        given,
        gender,
        listed,
        surn,
        suf,
        patr,
        geo,
        org,
        common,
        func,
        known,
        loct,
        False,
        name_best,
        word_too,
    )
