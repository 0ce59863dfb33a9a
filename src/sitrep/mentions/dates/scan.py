"""Where date expressions are tried: only near their core words (months, weekdays, years)."""

from __future__ import annotations

import re
from functools import lru_cache

from ...lang.letters import unify_letters
from .vocabulary import _APOS, _Lexicon, _trie_alt, lexicon

_WORD_OR_NUM = re.compile(rf"[^\W\d_]+(?:[{_APOS}][^\W\d_]+)*|\d+")

_BACK_WORDS = 5  # a date expression starts at most this many words before its core word

_BACK_CHARS = 90


@lru_cache(maxsize=1)
def _core_regex() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Core words, 4-digit years and numeric dates: (for lower-cased text, case-insensitive)."""
    body = (
        r"(?<![\w'])(?:(?:" + _trie_alt(lexicon().cores) + r"|1[89]\d\d|2[01]\d\d)(?![\w'])"
        r"|\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)(?![\w']))"
    )
    return re.compile(body), re.compile(body, re.IGNORECASE)


def _scan(text: str, lex: _Lexicon) -> list[re.Match[str]]:
    """Leftmost non-overlapping matches of the big regex, tried only near core words.

    Trying the regex at every word start costs ~1 ms per 3 KB; anchoring it on
    core words (a handful per report) makes it nearly free.
    """
    low = unify_letters(text.lower().replace("’", "'").replace("ʼ", "'").replace("`", "'"))
    lower_re, any_re = _core_regex()
    cores = lower_re.finditer(low) if len(low) == len(text) else any_re.finditer(text)
    out: list[re.Match[str]] = []
    done = -1
    regex = lex.regex
    prefix = lex.prefix_words
    if len(low) != len(text):
        low = text
    for c in cores:
        cs = c.start()
        if cs < done:
            continue
        lo = max(0, done, cs - _BACK_CHARS)
        before = [w.span() for w in _WORD_OR_NUM.finditer(low, lo, cs)][-_BACK_WORDS:]
        first = len(before)
        while first > 0:
            ws, we = before[first - 1]
            if not (low[ws].isdigit() or low[ws:we] in prefix):
                break
            first -= 1
        starts = [ws for ws, _ in before[first:]]
        starts.append(cs)
        for st in starts:
            m = regex.match(text, st)
            if m is not None and m.end() > cs:
                out.append(m)
                done = m.end()
                break
    return out
