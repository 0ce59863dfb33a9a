"""What morphology says about one word: a person's name part, a common noun."""

from __future__ import annotations

from functools import lru_cache

from ...lang.letters import letters
from ...normalize.chars import unify_apostrophes

_PERSON_TAGS = frozenset({"Name", "Surn", "Patr"})

_PROPER_TAGS = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad", "Abbr", "Init"})

_FUNCTION_POS = frozenset({"PREP", "CONJ", "PRCL", "INTJ", "NPRO", "ADVB", "PRED", "COMP"})

_VERB_POS = frozenset({"VERB", "INFN", "GRND"})

_UK_LETTERS = frozenset(c for c in letters("uk_only") if c.islower()) | {"'"}


@lru_cache(maxsize=50_000)
def given_name_reading(word: str, lang: str) -> bool:
    """Some parse is a first name and none a toponym ("Наталя", "Романові", "Маня").

    Not for a hyphenated word: the guesser reads compound places ("Винья-дель-Маре") as
    names by their last part."""
    if lang not in ("uk", "ru") or word.isascii() or "-" in word:
        return False
    from ...segment import word_parses

    gs = [p.tag.grammemes for p in word_parses(unify_apostrophes(word), lang)]
    return any("Name" in g for g in gs) and not any("Geox" in g for g in gs)


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
    from ...segment import word_parses

    w = unify_apostrophes(word)
    parses = word_parses(w, lang)
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
    from ...segment import morph, word_parses

    if lang == "ru":
        return morph("ru").word_is_known(w.lower()) and not any(
            _PROPER_TAGS & p.tag.grammemes for p in parses
        )
    if _UK_LETTERS & set(w.lower()):
        return False
    ru = morph("ru")
    if not ru.word_is_known(w.lower()):
        return False
    if any(_PROPER_TAGS & p.tag.grammemes for p in word_parses(w, "ru")):
        return False
    for p in parses:
        lex = str(p.tag).split(" ", 1)[0]
        if lex.startswith("NOUN,") and "inan" in lex and not lex.startswith("NOUN,inan"):
            return False
    return True


@lru_cache(maxsize=50_000)
def uk_common_noun(word: str) -> bool:
    """A uk word whose every noun reading is a common noun's lexeme ("Доля", "Решта",
    "Тема", "Мить"): the uk dictionary writes a common noun's lexeme animacy first
    ("NOUN,inan femn") and a proper noun's gender first ("NOUN,femn,inan": Буча, Одеса,
    Суми); no name, surname or patronymic reading."""
    from ...segment import word_parses

    nouns = [p for p in word_parses(unify_apostrophes(word), "uk") if p.tag.POS == "NOUN"]
    if not nouns:
        return False
    for p in nouns:
        lex = str(p.tag).split(" ", 1)[0]
        if _PERSON_TAGS & p.tag.grammemes or not lex.startswith(("NOUN,inan", "NOUN,anim")):
            return False
    return True


@lru_cache(maxsize=50_000)
def uk_proper_inanimate(word: str) -> bool:
    """A uk dictionary word read only as an inanimate proper noun ("Трахтемирові",
    "Куземині", "Дуклі"): its noun lexemes are written gender (or plural) first, the uk
    dictionary's mark of a proper noun (uk_common_noun), none is a person's name, and no
    other part of speech reads it. The uk dictionary tags no toponyms (Geox); after a
    preposition of place this is the nearest cue to one."""
    from ...segment import morph, word_parses

    w = unify_apostrophes(word)
    if not morph("uk").word_is_known(w.lower()):
        return False
    parses = word_parses(w, "uk")
    if not parses:
        return False
    for p in parses:
        lex = str(p.tag).split(" ", 1)[0]
        if p.tag.POS != "NOUN" or _PERSON_TAGS & p.tag.grammemes or "anim" in p.tag.grammemes:
            return False
        if lex.startswith(("NOUN,inan", "NOUN,anim")):
            return False
    return True


@lru_cache(maxsize=50_000)
def _word_class(word: str, lang: str) -> tuple[bool, bool]:
    """(verb, adjective) for a uk/ru word: most parses a verb form ("Має", "Будет"; half
    of them when the other half is no noun),
    or some parse an adjective ("Червоного", "Северном"), a longer name's first word."""
    if lang not in ("uk", "ru") or word.isascii():
        return False, False
    from ...segment import word_parses

    parses = word_parses(unify_apostrophes(word), lang)
    if not parses:
        return False, False
    verbs = 2 * sum(p.tag.POS in _VERB_POS for p in parses)
    # as many noun readings as verb ones: the capital says noun ("Польщу", not "польщити")
    nouns = 2 * sum(p.tag.POS == "NOUN" for p in parses)
    verb = verbs > len(parses) or (verbs == len(parses) and nouns < verbs)
    adj = any(p.tag.POS == "ADJF" for p in parses)
    return verb, adj


@lru_cache(maxsize=50_000)
def function_reading(word: str, lang: str) -> bool:
    """A known uk/ru word one of whose dictionary readings is a pronoun, adverb, preposition,
    conjunction or particle, none a toponym ("Усі", "Далі", "Мене", "Итак"): capitalized, it
    opens a sentence; GeoNames' Usi, Dali or Itaca are not meant."""
    if lang not in ("uk", "ru") or word.isascii():
        return False
    from ...segment import morph, word_parses

    w = unify_apostrophes(word)
    if not morph(lang).word_is_known(w.lower()):
        return False
    parses = word_parses(w.lower(), lang)
    if any("Geox" in p.tag.grammemes for p in parses):
        return False
    return any(p.tag.POS in _FUNCTION_POS for p in parses)


_CASES = frozenset({"nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "loc2"})


@lru_cache(maxsize=50_000)
def _adj_cases(word: str, lang: str) -> frozenset[str]:
    """The cases of a uk/ru word that reads only as an adjective ("Запорізькій": datv,
    loct); empty when some reading is a noun other than a surname ("Миколаєві",
    "Рівному": towns)."""
    if lang not in ("uk", "ru") or word.isascii():
        return frozenset()
    from ...segment import word_parses

    parses = word_parses(unify_apostrophes(word), lang)
    if not parses or any(
        p.tag.POS != "ADJF" and not _PERSON_TAGS & p.tag.grammemes for p in parses
    ):  # a surname reading ("Московской") is still the adjective's declension
        return frozenset()
    out: set[str] = set()
    for p in parses:
        out |= _CASES & p.tag.grammemes
    return frozenset(out)


@lru_cache(maxsize=4)
def _head_nouns(lang: str) -> frozenset[str]:
    from ...resources import load_list

    return frozenset(load_list(lang, "places_head_nouns", optional=True))


@lru_cache(maxsize=50_000)
def _noun_phrase_cases(word: str, lang: str) -> frozenset[str]:
    """The cases a lower-case adjective or noun reading of a word stands in ("атомній",
    "станцію"): what a preceding adjective must agree with to modify it. Empty for a
    place's head noun ("моря", "районе", "площі": resources/<lang>/places_head_nouns.txt)."""
    if lang not in ("uk", "ru") or word.isascii() or not word[:1].islower():
        return frozenset()
    from ...segment import word_parses

    parses = word_parses(unify_apostrophes(word), lang)
    heads = _head_nouns(lang)
    if any(p.normal_form in heads for p in parses):
        return frozenset()
    out: set[str] = set()
    for p in parses:
        if p.tag.POS in ("ADJF", "NOUN"):
            out |= _CASES & p.tag.grammemes
    return frozenset(out)


def modifies_next(word: str, nxt: str, lang: str) -> bool:
    """A word that reads only as an adjective, agreeing in case with the lower-case word
    after it: an attribute of that noun ("Запорізькій атомній електростанції",
    "Рівненської обласної адміністрації", "Одесского порта"), not the village of that
    name. A place's head noun after it ("Азовського моря") keeps it a place."""
    cases = _adj_cases(word, lang)
    return bool(cases and cases & _noun_phrase_cases(nxt, lang))
