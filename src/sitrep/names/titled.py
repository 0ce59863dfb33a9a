"""Whether a name ends a title: an honour's, a law code's or a holiday's name runs on to
the country after it ("Героя Украины", "УК РФ", "День незалежності України", "Hero of
Ukraine"), so that country is neither a place nor an organisation there (GUIDE §9.1)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..resources import load_list
from ..segment import word_parses
from .fold import low

FAR_WORDS = 5  # "День работника органов безопасности Российской Федерации"
_LOOK_BACK = 120  # characters
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


@lru_cache(maxsize=4)
def _heads(lang: str) -> tuple[frozenset[tuple[str, bool]], frozenset[tuple[str, bool]]]:
    """(right before, lower-case words between): (folded lemma, capitalized only) pairs from
    resources/<lang>/names_title_heads.txt."""
    words = load_list(lang, "names_title_heads", optional=True)
    near = frozenset((low(w), w[:1].isupper()) for w in words if not w.startswith("~"))
    far = frozenset((low(w[1:]), w[1:2].isupper()) for w in words if w.startswith("~"))
    return near, far


@lru_cache(maxsize=20_000)
def _readings(word: str, lang: str) -> tuple[frozenset[str], bool]:
    """(the word and its lemmas, folded; whether some reading is a preposition)."""
    if lang not in ("uk", "ru") or word.isascii():
        return frozenset({low(word)}), False
    parses = word_parses(word, lang)
    keys = {low(word)} | {low(p.normal_form) for p in parses}
    return frozenset(keys), any(p.tag.POS == "PREP" for p in parses)


def _is_head(word: str, heads: frozenset[tuple[str, bool]], lang: str) -> bool:
    cap = word[:1].isupper()
    return any(
        (k, False) in heads or (cap and (k, True) in heads) for k in _readings(word, lang)[0]
    )


def ends_title(text: str, start: int, lang: str | None) -> bool:
    """The name at text[start:] follows a title's head word, with only words and spaces
    between: "Героя ", "Уголовного кодекса ", "Code of ", "День независимости "."""
    if lang not in ("uk", "ru", "en"):
        return False
    near, far = _heads(lang)
    if not near and not far:
        return False
    lo = max(0, start - _LOOK_BACK)
    ws = list(_WORD.finditer(text, lo, start))
    # only spaces between the words and up to the name; a comma or a full stop ends the title
    k, end = len(ws) - 1, start
    seen = 0
    while k >= 0 and seen <= FAR_WORDS:
        w = ws[k]
        if text[w.end() : end].strip() or end - w.end() > 2:
            return False
        word = w.group()
        if lang == "en":
            if seen == 0:
                if word != "of":
                    return False
            else:
                return _is_head(word, near, lang)
        elif seen == 0 and _is_head(word, near, lang):
            return True
        elif _is_head(word, far, lang):
            return True
        elif _readings(word, lang)[1]:
            return False  # "в России": a preposition governs the name
        end, k, seen = w.start(), k - 1, seen + 1
    return False
