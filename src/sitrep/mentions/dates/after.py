"""Days counted back from a named day: "Thursday, one day after security forces fired".

"<N> day(s) after <event>" ("через два дні після", "на следующий день после") says
the event it introduces happened N days before the day its sentence names. The
phrase becomes a date mention of its own, N days before the nearest day named
earlier in the same sentence, so the event it introduces is dated by it. Without
such a day in the sentence nothing is added: the phrase alone fixes no day.
Words per language: resources/<lang>/dates_days_after.yaml.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import timedelta
from functools import lru_cache

from ...resources import load_yaml
from .hit import DateHit

_WORDS = r"[^\W\d_]+(?:'[^\W\d_]+)?"


@lru_cache(maxsize=4)
def _phrase(
    lang: str,
) -> tuple[re.Pattern[str], dict[str, int], frozenset[str], tuple[str, ...]] | None:
    """The "day after" core of a language, its count words and the other words allowed
    before it ("через", "на", "next")."""
    data = load_yaml(lang, "dates_days_after", optional=True)
    if not data:
        return None
    count = {str(k).lower(): int(v) for k, v in data["count"].items()}

    def alt(ws) -> str:
        return "|".join(sorted(map(re.escape, ws), key=len, reverse=True))

    core = rf"(?<!\w)(?:{alt(data['day'])})\s+(?:{alt(data['after'])})(?!\w)"
    extra = frozenset(str(w).lower() for w in data.get("lead", []) + data.get("mid", []))
    afters = tuple(str(w).lower() for w in data["after"])
    return re.compile(core, re.IGNORECASE), count, extra, afters


_BACK = 3  # words before the day word that may belong to the phrase


def _count_before(text: str, pos: int, count: dict[str, int], extra: frozenset[str]):
    """(start, N) of the count words right before `pos`, or None when a word there is
    neither a count nor an allowed word ("a few days after": few is neither)."""
    words = list(re.finditer(rf"{_WORDS}|\d{{1,2}}", text[max(0, pos - 40) : pos]))
    base = max(0, pos - 40)
    start, n = pos, None
    for w in reversed(words[-_BACK:]):
        tok = w.group(0).lower()
        gap = text[base + w.end() : start]
        if gap.strip():
            break  # punctuation between: the phrase starts after it
        if tok.isdigit():
            n, start = int(tok), base + w.start()
        elif tok in count:
            n = n if n is not None and tok in extra else count[tok]
            start = base + w.start()
        elif tok in extra:
            start = base + w.start()
        else:
            break
    return (start, n) if n is not None else None


def days_after(
    text: str,
    hits: list[DateHit],
    lang: Callable[[int], str | None],
    sentences: list[tuple[int, int]] | None,
) -> list[DateHit]:
    """Date hits for "N days after" phrases, counted back from the sentence's last day."""
    out: list[DateHit] = []
    days = [h for h in hits if h.precision == "day" and h.day is not None]
    if not days:
        return out
    low = text.lower()
    for lg in ("uk", "ru", "en"):
        got = _phrase(lg)
        if got is None:
            continue
        rx, count, extra, afters = got
        if not any(a in low for a in afters):
            continue  # no "after" word: nothing to look for (most reports)
        for m in rx.finditer(text):
            if lang(m.start()) not in (lg, None):
                continue
            found = _count_before(text, m.start(), count, extra)
            if found is None or found[1] > 31:
                continue
            start, n = found
            s0 = _sentence_start(sentences, start)
            before = [h for h in days if s0 <= h.start and h.end <= start]
            if not before:
                continue
            day = before[-1].day - timedelta(days=n)  # type: ignore[operator]
            out.append(
                DateHit(start, m.end(), day.isoformat(), "day", None, True, 0.8, "days_after", day)
            )
    return out


def _sentence_start(sentences: list[tuple[int, int]] | None, pos: int) -> int:
    if not sentences:
        return 0
    start = 0
    for s, _e in sentences:
        if s > pos:
            break
        start = s
    return start
