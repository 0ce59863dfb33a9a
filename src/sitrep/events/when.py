"""Which days tell when the event happened, and which only when someone spoke of it.

A report dates its statements as well as its events: "officials said Sunday that the
air strike hit a house" dates the saying; the strike was on "Saturday", further down.
Two decisions, both by the words around a day (lemmas, resources/<lang>/):

- **statement day** (`statement_day`): a day right next to a verb of saying or
  publishing (`dates_statement_verbs.txt`: said Sunday, on Friday said, "в четверг,
  9 ноября, подтвердил", "заяву оприлюднено ... 2 жовтня"): at most `STATEMENT_GAP`
  words apart, none of them a verb; across a comma only when the verb follows it at
  once ("three were killed Sunday, police said" dates the killing) or the day opens
  its sentence ("В среду, 2 июня, МВД сообщило"); and not a possessive ("Sunday's
  attack").
- **a sentence that says when** (`tells_when`): a verb of happening
  (`dates_happened_verbs.txt`: happened, took place, "было совершено", "стався").
- **a participant's past** (`in_relative_clause`): a day inside a relative clause
  (`dates_clause_pronouns.txt`: who, which, "який", "который") tells what someone
  named in the sentence did before ("the man who shot a guard on Thursday"), not the
  report's event told again.
- **the story's day, again** (`also_day`): a day that "also" or "in another
  development" introduces (`dates_also_words.txt`: "Also on Saturday", "In another
  development Saturday", "Також у суботу", "Кроме того, в субботу") adds news of the day
  the story is told on: a lead that names no day took place then too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Doc
from ..gazetteer.keys import fold
from ..resources import load_list
from ..schema.models import Mention

STATEMENT_GAP = 2  # words (not verbs) that may stand between a day and its verb of saying
_VERB_TAGS = frozenset({"VERB", "INFN", "PRTS", "PRTF", "GRND"})


@lru_cache(maxsize=16)
def _verbs(lang: str, name: str) -> tuple[frozenset[str], frozenset[tuple[str, ...]]]:
    """(one-word lemmas, multi-word lemma phrases) of a verb list."""
    words = [w.lower().split() for w in load_list(lang, name, optional=True)]
    return (
        frozenset(w[0] for w in words if len(w) == 1),
        frozenset(tuple(w) for w in words if len(w) > 1),
    )


def _lang(doc: Doc, pos: int) -> str:
    return doc.lang_at(pos) or doc.lang or "en"


def _is_word(doc: Doc, i: int) -> bool:
    return any(c.isalpha() for c in doc.tokens[i].text)


def statement_day(m: Mention, doc: Doc) -> bool:
    """A day that dates a statement ("said Sunday"), not the event the statement tells."""
    cache = doc.user.setdefault("_statement_days", {})
    got = cache.get(m.id)
    if got is None:
        got = cache[m.id] = _statement_day(m, doc)
    return got


def _statement_day(m: Mention, doc: Doc) -> bool:
    if m.date is None or not doc.tokens:
        return False
    if doc.text[m.end : m.end + 2] in ("'s", "’s"):
        return False  # "Sunday's attack": the day qualifies the event
    one, _ = _verbs(_lang(doc, m.start), "dates_statement_verbs")
    if not one:
        return False
    s = doc.sents[doc.sent_index(m.start)]
    i, j = doc.token_range(m.start, m.end)
    lo, hi = doc.token_range(s.start, s.end)
    # a day that opens its sentence is followed by its subject and verb, even after the
    # date's own comma ("В среду, 2 июня, МВД сообщило"); at the end of a clause, a comma
    # and a subject are an attribution ("killed on June 8, officials said")
    opens = not any(_is_word(doc, k) for k in range(lo, i))
    for step, start in ((-1, i - 1), (1, j)):
        k, gap, comma = start, 0, False
        while lo <= k < hi and gap <= STATEMENT_GAP:
            t = doc.tokens[k]
            if not _is_word(doc, k):
                if t.text in (",", "—", "–") and gap == 0 and not comma:
                    comma = True  # "в четверг, 9 ноября, подтвердил": the date's own comma
                    k += step
                    continue
                break  # a bracket, a colon or a second comma ends the phrase
            if t.lemma.lower() in one or t.text.lower() in one:
                return True
            if (comma and not (opens and step == 1)) or _VERB_TAGS & t.tags:
                break  # "killed on June 8, officials said"; or another verb governs the day
            gap += 1
            k += step
    return False


def tells_when(doc: Doc, si: int) -> bool:
    """A sentence with a verb of happening ("the attack took place on Sunday")."""
    s = doc.sents[si]
    one, multi = _verbs(_lang(doc, s.start), "dates_happened_verbs")
    if not one and not multi:
        return False
    lo, hi = doc.token_range(s.start, s.end)
    lemmas = [doc.tokens[k].lemma.lower() for k in range(lo, hi)]
    if any(w in one for w in lemmas):
        return True
    return any(
        tuple(lemmas[k : k + len(p)]) == p for p in multi for k in range(len(lemmas) - len(p) + 1)
    )


CLAUSE_PUNCT = frozenset({";", ":", "(", ")", "—", "–"})  # a relative clause ends at these


def in_relative_clause(m: Mention, doc: Doc) -> bool:
    """A day inside a relative clause ("the gunman, who killed a guard on Thursday, ...",
    "чоловік, який напав у вівторок", "мужчина, который напал во вторник"): the clause
    describes a participant's past, so the day does not date the sentence's main event."""
    return relative_clause_start(m, doc) is not None


def relative_clause_start(m: Mention, doc: Doc) -> int | None:
    """Where the relative pronoun of the clause a day stands in begins (`in_relative_clause`),
    else None; the caller may check what the clause describes (an event noun before it)."""
    if m.date is None or not doc.tokens:
        return None
    one, _ = _verbs(_lang(doc, m.start), "dates_clause_pronouns")
    if not one:
        return None
    s = doc.sents[doc.sent_index(m.start)]
    lo, _ = doc.token_range(s.start, s.end)
    i, _ = doc.token_range(m.start, m.end)
    for k in range(i - 1, lo - 1, -1):
        t = doc.tokens[k]
        if t.text in CLAUSE_PUNCT:
            return None
        if t.lemma.lower() in one or t.text.lower() in one:
            # a pronoun that opens the sentence asks a question or is its subject
            return t.start if k > lo else None
    return None


_WORD = re.compile(r"[^\W\d_]+")
ALSO_REACH = 40  # characters before a day where its "also" phrase may stand


@lru_cache(maxsize=32)
def folded_phrases(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    """A per-language word list of phrases (resources/<lang>/<name>.txt), each as its
    folded words, for matching against folded tokens."""
    return tuple(
        tuple(fold(w) for w in _WORD.findall(line)) for line in load_list(lang, name, optional=True)
    )


def also_day(m: Mention, doc: Doc) -> bool:
    """A day right after "also", "in another development", "також", "кроме того" ("In
    another development Saturday, a newspaper urged ..."): more news of the same day, so
    the story's own event, told without a day, took place on it too."""
    if m.date is None:
        return False
    phrases = folded_phrases(_lang(doc, m.start), "dates_also_words")
    if not phrases:
        return False
    s = doc.sents[doc.sent_index(m.start)].start if doc.sents else 0
    before = tuple(fold(w) for w in _WORD.findall(doc.text[max(s, m.start - ALSO_REACH) : m.start]))
    return any(p and before[-len(p) :] == p for p in phrases)
