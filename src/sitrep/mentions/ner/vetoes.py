"""The rules' vetoes on a model span: what our lexicons and morphology know is no name,
or no name of that kind, stays out whatever the model says."""

from __future__ import annotations

from functools import lru_cache

from ...doc import Doc
from ...names.features import features
from ...names.fold import is_latin
from ...names.titled import ends_title
from ...resources import load_list

_GLOSS_OPEN = "("


@lru_cache(maxsize=1)
def _not_acronyms() -> frozenset[str]:
    return frozenset(load_list("ru", "orgs_not_acronyms"))


def trimmed_end(text: str, start: int, end: int) -> int:
    """A span's end before a gloss in brackets: "Нинава (Ninawa)" is "Нинава"; the gloss
    is a name of its own (persons/candidates._latin_gloss)."""
    k = text.find(_GLOSS_OPEN, start, end)
    if k <= start:
        return end
    while k > start and text[k - 1].isspace():
        k -= 1
    return k


GLOSS_WORDS = 5


def latin_gloss(text: str, end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """ "Забиулла Муджахид (Zabiullah Mujahid)", "Нинава (Ninawa)": the name in Latin
    letters in brackets right after a name is the same name as the source writes it
    (as persons/candidates._latin_gloss does for the rules' persons)."""
    k = end
    while k < len(text) and text[k] == " ":
        k += 1
    if text[k : k + 1] != _GLOSS_OPEN:
        return []
    close = text.find(")", k, k + 80)
    inner = text[k + 1 : close] if close > k else ""
    words = inner.replace("-", " ").split()
    if not words or len(words) > GLOSS_WORDS or not is_latin(inner):
        return []
    if not all(w[:1].isupper() or w.islower() and len(w) <= 3 for w in words):
        return []  # "(Dammartin-en-Goële)" keeps its particles; "(in English)" is no name
    if not words[0][:1].isupper() or any(a < close and k + 1 < b for a, b in taken):
        return []
    return [(k + 1, close)]


def vetoed(doc: Doc, start: int, end: int, kind: str) -> bool:
    """True when a rule knows the span is no such name:
    - a country that ends an honour's, a code's or a holiday's name ("Героя Украины");
    - an upper-case word listed as no organization ("СМИ", "РФ", "США");
    - one capitalized word first in its sentence that the dictionary knows as an ordinary
      word ("Нападавшего", "Солдаты", "Стрельба")."""
    text = doc.text
    surface = text[start:end]
    if kind in ("place", "org") and ends_title(text, start, "ru"):
        return True
    if surface in _not_acronyms():
        return True
    if " " not in surface and _first_in_sentence(doc, start):
        # "Смертник-талиб": each part of a hyphenated word
        if all(_ordinary(w) for w in surface.split("-") if w):
            return True
    return False


def _ordinary(word: str) -> bool:
    f = features(word, "ru")
    return (f.common or f.func) and not (f.given or f.surn or f.geo)


def _first_in_sentence(doc: Doc, start: int) -> bool:
    """First in its sentence or line, or right after a colon ("СМИ: Нападавшего ...")."""
    text = doc.text
    i = doc.sent_index(start)
    floor = doc.sents[i].start if 0 <= i < len(doc.sents) else 0
    k = start
    while k > floor and text[k - 1] in _BEFORE_FIRST:
        k -= 1
    return k <= floor or text[k - 1] in _OPENS_LINE


_BEFORE_FIRST = frozenset(' \t\u00a0«"„“—–-•*(')
_OPENS_LINE = frozenset("\n:.!?")
