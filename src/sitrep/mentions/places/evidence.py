"""Which reading of a candidate the document supports: countries, regions, cues, size."""

from __future__ import annotations

from functools import lru_cache

from ...doc import Doc, Token
from ...gazetteer import Place
from ...gazetteer.keys import fold, is_cyr, translit
from ...names.titled import ends_title
from .candidates import _Cand, _canon, _stopped_en
from .lexicon import (
    _EN_COMMON,
    _EN_DATE_WORDS,
    _EN_PLACE_NOUNS,
    _EN_PREPS,
    _NAME_PARTICLES,
    _NO_FLAGS,
    _QUOTES,
    _lexicon,
)
from .words import (
    _FUNCTION_POS,
    _morph_flags,
    _word_class,
    function_reading,
    given_name_reading,
    modifies_next,
    uk_common_noun,
)

# population a city of a country the report does not name needs, when it names others
FOREIGN_NEED = 150_000


def quoted_name(text: str, start: int, end: int) -> bool:
    """The candidate is all that stands between a pair of quotes («Днепр», "Dynamo"), also
    spaced as tokenized corpora print them ("« Sofia »"); "Євро-2012", "Київ-2020": a place's
    name joined to a year names an event or a product."""
    if end + 2 < len(text) and text[end] == "-" and text[end + 1 : end + 3].isdigit():
        return True
    if start == 0 or end >= len(text):
        return False
    s, e = start, end
    if text[s - 1] == " " and text[e : e + 1] == " " and s >= 2:
        s, e = s - 1, e + 1  # "« Sofia »"
    close = _QUOTES.get(text[s - 1])
    return close is not None and e < len(text) and text[e] == close


GLOSS_SIMILARITY = 75  # rapidfuzz ratio of a Latin name to the Cyrillic one it glosses


def transliterates(text: str, start: int, end: int) -> bool:
    """A Latin name in brackets right after the Cyrillic name it spells
    ("Даммартен-ан-Гоэль (Dammartin-en-Goële)", "Жилина (Žilina)"): the report names
    the same place twice, so the gloss vouches for it as a place noun does."""
    from rapidfuzz.fuzz import ratio

    before = text[max(0, start - 80) : start].rstrip()
    if not before.endswith("("):
        return False
    n = len(text[start:end].split())
    cyr = before[:-1].rstrip().split()[-n:]
    if not cyr or not is_cyr(cyr[0]):
        return False
    return ratio(translit(fold(" ".join(cyr))), fold(text[start:end])) >= GLOSS_SIMILARITY


class WeighEvidence:
    """The PlaceMatcher methods that evidence decides."""

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
        if not c.user and quoted_name(text, c.start, c.end):
            # «Днепр», «Жилина», "North": a place's name alone in quotes names a club, a
            # company or a channel (a site after its noun is found as a facility; a user
            # gazetteer entry is meant wherever it stands: «Каражанбас»)
            c.flags = dict(_NO_FLAGS, blocked=True)
            return
        if single and first.text in _legal_forms(c.lang):
            c.flags = dict(_NO_FLAGS, blocked=True)  # "ПрАТ «Оболонь»": a legal form, not Prato
            return
        verb, adj = _word_class(first.text, c.lang) if single else (False, False)
        if verb:
            c.flags = dict(_NO_FLAGS, blocked=True)  # a verb: "Має", "Будет"
            return
        if single and function_reading(first.text, c.lang) and not _after_trigger(c, wt, lex, text):
            c.flags = dict(_NO_FLAGS, blocked=True)  # "Усі", "Далі": also a function word
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
        if single and c.lang == "en" and fold(first.text) in _EN_COMMON:
            dict_common = True  # Hope, Nice, Split, Reading: an ordinary word first
        # "Доля вирішила", "Тема була": a sentence's first word that the dictionary knows
        # only as a common noun is that noun, not the town Dili or Tema (_accept)
        opener_noun = single and c.initial and c.lang == "uk" and uk_common_noun(first.text)
        prev = wt[c.tok0 - 1] if c.tok0 > 0 and wt[c.tok0 - 1].sent == first.sent else None
        nxt = wt[c.tok1] if c.tok1 < len(wt) and wt[c.tok1].sent == first.sent else None
        if nxt is not None and text[wt[c.tok1 - 1].end : nxt.start].strip():
            nxt = None  # only a word right after, with nothing but space between
        trigger = cue_person = prep = False
        by_cue_word = False  # blocked by the word before alone ("гражданин", "громадянка")
        if prev is not None:
            pw = fold(prev.text)
            dot = text[prev.end : prev.end + 1] == "."
            if (pw + "." if dot else pw) in lex.triggers or (pw in lex.triggers and not dot):
                trigger = not _after_number(text, prev)
            if c.lang == "en" and pw == "of" and c.tok0 > 1:
                pp = wt[c.tok0 - 2]
                if pp.sent == first.sent and fold(pp.text) in lex.triggers:
                    trigger = True
            if pw in lex.person_cues or (pw + ".") in lex.person_cues:
                cue_person = True
                by_cue_word = True
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
        if not trigger and not is_cyr(first.text) and transliterates(text, c.start, c.end):
            trigger = True  # "Даммартен-ан-Гоэль (Dammartin-en-Goële)": the name glossed
        part_of_name = surname_end = False
        if adj and nxt is not None and nxt.text[:1].isupper():
            # an adjective before a capitalized word the gazetteer did not join to it:
            # a longer name ("Червоний Хрест", "Северный Кавказ"), not the village
            part_of_name = True
        if (
            single
            and adj
            and nxt is not None
            and not trigger
            and modifies_next(first.text, nxt.text, c.lang)
        ):
            # an adjective agreeing with the lower-case noun after it is that noun's
            # attribute ("Запорізькій атомній електростанції", "Одесского порта"):
            # the adjectival village of the same name (Запорізьке) is not meant
            part_of_name = True
        if first.text.isascii():
            # "Austin Tice", "Moscow Times", "Jordan Peterson", "Greater Manchester Police"
            if nxt is not None and nxt.text[:1].isupper():
                # a place noun or a day after it is no part of a name ("Minsk Sunday")
                part_of_name = fold(nxt.text) not in _EN_PLACE_NOUNS | _EN_DATE_WORDS
            elif nxt is not None and fold(nxt.text) in _NAME_PARTICLES and c.tok1 + 1 < len(wt):
                after = wt[c.tok1 + 1]  # "Gilbert da Costa": a name with a particle
                part_of_name = after.sent == first.sent and after.text[:1].isupper()
            if (
                prev is not None
                and fold(prev.text) in _NAME_PARTICLES
                and c.tok0 > 1
                and wt[c.tok0 - 2].sent == first.sent
                and wt[c.tok0 - 2].text[:1].isupper()
                and c.tok0 - 2 > 0
                and wt[c.tok0 - 3].sent == first.sent
            ):
                # "Porte de Vincennes", "Leonardo da Vinci": the end of a name with a
                # particle, not the town (not after a sentence opener: "In de Aar")
                part_of_name = True
            if (
                prev is not None
                and prev.text[:1].isupper()
                and not text[prev.end : first.start].strip()
                and not _stopped_en(prev.text)
            ):
                part_of_name = True
                # the last word of a longer name ("Mowlid Ahmed Hassan"): a surname
                opener = c.tok0 < 2 or wt[c.tok0 - 2].sent != prev.sent  # "Defends Mariupol"
                surname_end = not (
                    opener
                    or (nxt is not None and nxt.text[:1].isupper())
                    or prev.text.endswith(("'s", "’s"))  # "London's Streatham"
                )
        c.flags = {
            # "гражданин Грузии": a person cue before a country names the person's country
            "country_ok": by_cue_word and not (people and not trigger),
            # "Героя Украины", "УК РФ", "Hero of Ukraine": asked of a country only (_accept)
            "title_at": (text, first.start, c.lang) if prev is not None else None,
            "person": person,
            "geox": geox,
            "common": common or dict_common,
            "dict_common": dict_common,
            "trigger": trigger,
            "prep": prep,
            "part_of_name": part_of_name,
            "surname_end": surname_end,
            "adj": adj,
            "blocked": cue_person or (people and not trigger),
            "given": single and given_name_reading(first.text, c.lang),
            "opener_noun": opener_noun,
        }

    @staticmethod
    def _accept(c: _Cand, ctx_cc: dict[str, float], soft_cc: str | None) -> float:
        """Confidence in (0, 1) when the match is kept, else 0."""
        p, f = c.best, c.flags
        if p is None or f["blocked"] and not (p.feature == "country" and f.get("country_ok")):
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
            if p.feature == "country" and f.get("title_at") and ends_title(*f["title_at"]):
                f["part_of_name"] = True  # not the place named elsewhere in the report either
                return 0.0  # the country ends an honour's, a code's or a holiday's name
            return 0.95 if c.exact else 0.9
        pop = p.population
        short = len("".join(c.forms)) <= 4
        qual = f.get("qualifier")
        if qual and qual[0] != p.country:
            return 0.0  # "Александровка, Казахстан" but no such place in Kazakhstan
        if qual and qual[1] and p.admin1 and p.admin1 != qual[1]:
            return 0.0  # "Вишневе Харківської області": a namesake in another region is not it
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
        if f["person"] and not (f["trigger"] or qual):
            # "города Мармариса": a place noun outweighs a first-name reading; so does
            # its country or region right after it ("Жилина, Словакия")
            need = max(need, 20_000 if f["prep"] else 200_000)
        if f["dict_common"] and not (c.exact or f["trigger"] or f["prep"] or f.get("adj")):
            # an ordinary noun that meets a place only through its stem, with no
            # preposition or place noun before it: "Бомбы" is bombs, not Bombay/Mumbai
            # (an adjective, "Донецкой или Луганской области", names its region)
            return 0.0
        if f.get("opener_noun") and not f["trigger"]:
            return 0.0  # a sentence's first word known only as a common noun: "Решта"
        if f["dict_common"]:
            # a dictionary word: Мира, Победы, Газ; in English after "in"/"near" a place
            need = max(need, 500_000 if not (c.lang == "en" and f["prep"]) else need)
        elif f["common"]:
            need = max(need, 100_000)  # also written in lower case here: суми, щастя
        if f["part_of_name"]:
            need = max(need, 2_000_000)
        if ctx_cc and not (in_ctx or p.country == soft_cc or f["trigger"] or f["geox"]):
            # the report names its countries; a foreign namesake must be a big city
            need = max(need, FOREIGN_NEED)
        if f["weak"] and not (in_ctx or f["trigger"]):
            need = max(need, 300_000)  # a foreign-language alias: Hamas is not Hamm
        if not c.exact and len(c.forms) == 1 and len(c.forms[0]) <= 5:
            need = max(need, 5_000)  # short stems meet many unrelated words
        if pop < need:
            return 0.0
        if f.get("given") and not (c.exact or f["trigger"] or f["prep"]):
            # "Наталя" meets Natal, "Романові" Romaniv only through an inflection: with no
            # preposition or place noun before it, the first name is meant
            return 0.0
        conf = 0.6
        conf += 0.1 if c.exact else 0.0
        conf += 0.1 if in_ctx else 0.0
        conf += 0.1 if pop >= 100_000 else 0.0
        conf += 0.1 if (f["trigger"] or f["geox"]) else 0.0
        return round(min(conf, 0.99), 2)


def _after_trigger(c: _Cand, wt: list[Token], lex, text: str) -> bool:
    """A place noun right before the candidate ("місто Поти"): a place whatever the word."""
    if c.tok0 == 0 or wt[c.tok0 - 1].sent != wt[c.tok0].sent:
        return False
    pw = fold(wt[c.tok0 - 1].text)
    return (pw in lex.triggers or pw + "." in lex.triggers) and not _after_number(
        text, wt[c.tok0 - 1]
    )


def _after_number(text: str, t: Token) -> bool:
    """A one-letter abbreviation after a number is a unit ("5 м. Далі": metres), no place's."""
    return len(t.text) == 1 and text[max(0, t.start - 8) : t.start].rstrip()[-1:].isdigit()


@lru_cache(maxsize=4)
def _legal_forms(lang: str) -> frozenset[str]:
    """Abbreviated legal forms of organizations (ТОВ, ПрАТ, LLC) from resources/<lang>/orgs_types:
    the words with a capital after the first letter, as written."""
    from ...resources import load_list

    return frozenset(
        w for w in load_list(lang, "orgs_types", optional=True) if any(ch.isupper() for ch in w[1:])
    )
