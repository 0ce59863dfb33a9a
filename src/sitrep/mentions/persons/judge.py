"""Whether a candidate is a person's name: roles of its words, gender, confidence."""

from __future__ import annotations

from ...doc import Token
from ...names.features import WordFeatures as _Feat
from ...names.features import cyr_lang as _cyr_lang
from ...names.features import features
from ...names.fold import low as _low
from ...segment import word_parses
from ..orgs.lexicon import resources as org_resources
from .evidence import (
    _LOC_PREP,
    _NEAR,
    _age_before,
    _apposition_after,
    _has_speech,
    _has_title,
    _headline,
    _is_initial,
    _latin_gloss_after,
    _named_as,
    _namesake,
    _on_street,
    _place_context,
    _regnal,
    _role_before,
    _sentence_initial,
)
from .hit import PersonHit
from .lexicon import _Res
from .nominative import _ending_gender


def is_org_type(t: Token) -> bool:
    types = org_resources().types
    return t.text in types or t.text.lower() in types or t.lemma in types


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
    # "Governor of Kassala Okello Namukasa": the first word after the link is the body
    if len(run) >= 3 and run[0] > 0 and _low(toks[run[0] - 1].text) in res.role_links:
        if _role_before(toks, run[1], res):
            run = run[1:]
    words = [
        k
        for k in run
        if toks[k].text != "." and toks[k].text not in res.particles and not _regnal(toks[k].text)
    ]
    initials = [k for k in words if _is_initial(toks, k)]
    names = [k for k in words if k not in initials]
    if not names or len(names) > 4:
        return None
    feats = [features(toks[k].text, lang) for k in names]
    first_i, last_i = run[0], run[-1]
    if _namesake(toks, first_i, res):
        return None  # "батальона имени шейха Мансура": the namesake is in the body's name
    title_before = (
        _has_title(toks, first_i, res, 1)
        or _role_before(toks, first_i, res)
        or _age_before(toks, first_i, res)
        or _named_as(toks, first_i, res)
    )
    role_before = title_before or _has_title(toks, first_i, res, 3)
    speech = _has_speech(toks, first_i, last_i + 1, res)
    initial_pos = _sentence_initial(toks, first_i)
    prev = _low(toks[first_i - 1].text) if first_i > 0 else ""
    given = [f.given for f in feats]
    surnish = [f.surn or f.surn_suffix or f.patr for f in feats]
    unknown = [not f.known for f in feats]

    conf = 0.0
    weak = by_morphology = repeat_ok = False
    if len(names) >= 2:
        others_ok = all(g or s or u for g, s, u in zip(given, surnish, unknown, strict=True))
        latin_unsure = all(f.latin for f in feats) and not any(f.listed for f in feats)
        if any(given) and others_ok and not latin_unsure:
            conf = 0.9
        elif any(given) and (title_before or speech):
            conf = 0.8
        elif (
            len(names) == 2
            and feats[0].listed
            and not feats[1].latin
            and not (feats[1].geo or feats[1].org or feats[1].func)
        ):
            conf = 0.8  # "Наталья Кошель": a capitalized word after a listed given name
        elif (
            len(names) <= 3
            and not any(f.latin or f.geo or f.org or f.common or f.func for f in feats)
            and _latin_gloss_after(toks, last_i, len(names))
        ):
            conf = 0.8  # "Сорайя Белкакеми (Soraya Belkacemi)": a foreign name glossed in Latin
        elif all(s or u for s, u in zip(surnish, unknown, strict=True)) and (
            title_before or ((speech or role_before) and any(surnish)) or any(f.surn for f in feats)
        ):
            conf = 0.75
        elif (
            all(f.latin for f in feats)
            and len(names) <= 3
            and (title_before or (speech and any(surnish)))
        ):
            conf = 0.7  # "researcher Mihra Rittmann": unknown Latin names need a title
        elif (
            all(f.latin and not f.common for f in feats)
            and len(names) <= 3
            and ((speech and not initial_pos) or _apposition_after(toks, last_i, res))
            and not _headline(toks, first_i, last_i)
        ):
            conf = 0.7  # 'said Gilles Yabi', 'Shafi Karimi, a freelance journalist,'
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
        elif (
            f.name_best
            and not (f.common or f.geo or f.func or f.org)
            and not (f.word_too and (initial_pos or not f.listed))
            and prev not in _LOC_PREP
        ):
            # "Уляна підійшла": a given name by morphology, even first in its sentence, unless
            # the word is also an ordinary word ("Люди вийшли", "Віра") or a place ("Нил")
            conf = 0.65
            by_morphology = True
        elif (f.surn or f.surn_suffix) and (speech or role_before):
            conf = 0.75
        elif (
            f.surn
            and f.surn_suffix
            and not (f.latin or f.common or f.geo or f.org or f.func)
            and not _adjective(toks[first_i].text, lang)
        ):
            # "Тимошенко заявила": a surname by both the dictionary and its ending stands alone
            conf = 0.7
        elif (
            f.surn
            and not (f.latin or f.common or f.geo or f.org or f.func or f.word_too)
            and not initial_pos
            and not toks[first_i - 1].text[:1].isupper()
            and toks[first_i - 1].text != "."  # "5 м. Далі": maybe a sentence opener
            and not _adjective(toks[first_i].text, lang)
        ):
            # "праці Гітлера", "з Кіблером": a word the dictionary reads only as a surname
            # (no ordinary word, no place), inside a sentence, not after a capitalized word
            # that is no part of the name ("провінції Північне Ківу"), stands alone
            conf = 0.65
        elif f.surn or f.surn_suffix or (not f.known and not f.latin):
            weak = True  # a lone surname: kept only if it repeats a full name's surname
            conf = 0.7
            repeat_ok = bool(f.surn or f.surn_suffix) and not f.latin
            repeat_ok = repeat_ok and not _adjective(toks[first_i].text, lang)
        elif (
            f.latin
            and (not initial_pos or not (f.common or f.func or f.geo or f.org))
            and not _after_adjective(toks, first_i, lang)
        ):
            # weak: kept only when it repeats a full name's surname, also first in a
            # sentence ("Navalny was arrested" after "Alexei Navalny")
            weak = True
            conf = 0.7
        if conf <= 0.0 and not (f.latin or f.geo or f.org or f.func):
            if f.given:
                # "Соня", "Славко", "Роман": a given name that is also an ordinary word stands
                # alone only as a name the document gives elsewhere, or repeats mid-sentence
                weak, conf, repeat_ok = True, 0.65, True
            elif f.common and not initial_pos and not place_like:
                # "Позже Коваль добавил": an ordinary word capitalized inside a sentence is
                # the surname of a full name the document gives, when it gives one
                weak, conf = True, 0.65
    if conf <= 0.0:
        return None
    # a repeat counts inside a sentence, not after a capitalized word that is no part of the
    # name ("провінції Північне Ківу") nor in quotes
    repeat_ok = repeat_ok and not initial_pos and prev not in _OPEN_QUOTES
    if repeat_ok and toks[first_i - 1].text[:1].isupper():
        repeat_ok = _sentence_initial(toks, first_i - 1)  # "Вранці Соня": a sentence opener
    if len(names) == 1 and not initials and not title_before and _named_for(toks, first_i, last_i):
        return None
    if last_i + 1 < len(toks) and is_org_type(toks[last_i + 1]):
        return None  # "Georgian Dream party", "Nur Otan партиясы"
    nxt_tok = toks[last_i + 1].text if last_i + 1 < len(toks) else ""
    if len(nxt_tok) > 1 and nxt_tok.isupper() and _adjective(toks[last_i].text, lang):
        return None  # "Сокирянської РДА": an adjective of the acronym's name
    if _on_street(toks, first_i, res):
        return None
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
        by_morphology=by_morphology,
        repeat_ok=repeat_ok,
    )


def _named_for(toks: list[Token], first: int, last: int) -> bool:
    """A lone name that is a word in quotes ("слова «культура», «Шевченко»") or the namesake
    of an institution ("університет Каразіна", "бібліотека Короленка"): no person there."""
    prev = toks[first - 1].text if first > 0 else ""
    nxt = toks[last + 1].text if last + 1 < len(toks) else ""
    if prev in _OPEN_QUOTES and nxt in _CLOSE_QUOTES:
        return True
    return prev[:1].islower() and _low(prev) in org_resources().head_forms


_OPEN_QUOTES = frozenset("«„“\"'")
_CLOSE_QUOTES = frozenset("»“”\"'")


def _adjective(word: str, lang: str | None) -> bool:
    """Some parse is an adjective ("Українська", "Київського"): no lone surname then."""
    if word.isascii() or lang not in ("uk", "ru"):
        return False
    return any("ADJF" in p.tag.grammemes for p in word_parses(word, lang))


def _after_adjective(toks: list[Token], i: int, lang: str | None) -> bool:
    """ "Russian Defense": a nationality word before makes the capital a common noun."""
    return i > 0 and features(toks[i - 1].text, lang).common and toks[i - 1].text.isascii()


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
