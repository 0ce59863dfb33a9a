"""Which day the report itself calls "today": its dateline, or the day of the war it names.

A page's publication date is often not the day its text was written: a statement
dated "July 23, 2016" re-posted on the 25th, or an evening address stored after
midnight that says "This is the 9th day of the war". Its "today", "yesterday" and "last
night" count from the text's own day. Two rules, in this order:

1. **Dateline.** The last line before the body (the first line of `BODY_WORDS`
   words or more that ends a sentence) that holds nothing but a full date with its
   year, and perhaps a clock time ("July 23, 2016", "Wednesday, 5 February 2020").
2. **Day of a war.** "the 9th day of war", "Іде 9-й день війни", "20-й день
   нашої війни", "идёт 5-й день войны", or in words ("the ninth day of the war",
   "дев'ятого дня війни", "двадцать первый день войны"): day N of a war listed in
   `resources/common/dates_wars.yaml` (day 1 is its start), with the day and war
   words of `resources/<lang>/dates_war_day.yaml`.
3. **Published just after midnight.** A publication time before `NIGHT_HOURS`
   o'clock (the source's local clock, as given with the date: "2022-05-05T00:29") means
   the text was written the evening before: an evening address stored at 00:29 that
   says "today" speaks of the day before. Without a time, the date alone serves.

A dateline counts only within `DATELINE_DAYS` before publication, a day of war
within `WAR_DAYS` (never after it): anything else is history, a different war, or a reprint, and leaves the
publication date in charge.
"""

from __future__ import annotations

import re
from datetime import date, time, timedelta
from functools import lru_cache

from ...resources import load_yaml
from .hit import DateHit

BODY_WORDS = 12  # a line this long is the body: datelines stand above it
DATELINE_DAYS = 7  # a dateline this many days before publication still dates the text
WAR_DAYS = 2  # a day of war this many days before publication (evening addresses)
NIGHT_HOURS = 3  # published before this hour (local): written the evening before
LANGS = ("uk", "ru", "en")
TODAY_KEY = "dates.today"  # doc.user: the text's own day, when it is not the published one
_WORD = re.compile(r"[^\W\d_]+|\d+")
_APOSTROPHES = str.maketrans("’ʼ`", "'''")  # one character each: offsets stay
_ENDS = frozenset('.!?…»"”')  # a body line ends a sentence; a headline usually does not


@lru_cache(maxsize=1)
def _wars() -> tuple[date, ...]:
    data = load_yaml("common", "dates_wars") or []
    return tuple(date.fromisoformat(str(w["start"])) for w in data)


@lru_cache(maxsize=4)
def _war_day_regex(lang: str) -> re.Pattern[str] | None:
    """Day N of a war: "9-й день війни", "the 9th day of war", "day 9 of the invasion"."""
    data = load_yaml(lang, "dates_war_day", optional=True)
    if not data:
        return None
    day = "|".join(sorted(map(re.escape, data["day"]), key=len, reverse=True))
    war = "|".join(sorted(map(re.escape, data["war"]), key=len, reverse=True))
    gap = int(data.get("gap", 3))
    num = r"(?P<n>\d{1,4})(?:\s?[-‑–]?\s?[^\W\d_]{1,3})?"
    ords = _ordinal_words(lang)
    if ords is not None:
        tens, stems, ending = ords
        num = rf"(?:{num}|(?:(?P<tens>{_alt(tens)})[\s-]+)?(?P<ord>{_alt(stems)}){ending}(?!\w))"
    num2 = r"(?P<n2>\d{1,4})"
    between = rf"(?:\s+[^\W\d_]+){{0,{gap}}}\s+"
    pat = rf"(?<!\w)(?:{num}\s+(?:{day})|(?:{day})\s+{num2}){between}(?:{war})"
    return re.compile(pat, re.IGNORECASE)


def _alt(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@lru_cache(maxsize=4)
def _ordinal_words(lang: str) -> tuple[dict[str, int], dict[str, int], str] | None:
    """Ordinal numbers in words ("the ninth day", "дев'ятого дня", "двадцать первый"):
    the tens words, the ordinal stems (each with its value) and the endings after a stem."""
    data = load_yaml(lang, "dates_war_day", optional=True) or {}
    if not data.get("ordinals"):
        return None
    stems = {str(k).lower(): int(v) for k, v in data["ordinals"].items()}
    tens = {str(k).lower(): int(v) for k, v in (data.get("tens") or {}).items()}
    ends = data.get("ordinal_endings") or []
    ending = f"(?:{_alt(ends)})?" if ends else ""
    return tens, stems, ending


def _day_number(m: re.Match[str], lang: str) -> int:
    """N of a matched day count: digits, or an ordinal in words (tens + stem)."""
    digits = m.group("n") or m.group("n2")
    if digits:
        return int(digits)
    tens, stems, _ = _ordinal_words(lang) or ({}, {}, "")
    t = (m.group("tens") or "").lower()
    return tens.get(t, 0) + stems.get(m.group("ord").lower(), 0)


@lru_cache(maxsize=4)
def _war_words(lang: str) -> tuple[str, ...]:
    data = load_yaml(lang, "dates_war_day", optional=True)
    return tuple(str(w).lower() for w in data["war"]) if data else ()


def war_day(text: str, published: date) -> date | None:
    """The day a war's day count names ("Іде 9-й день війни"), if it fits publication."""
    low = text.lower()
    for lang in LANGS:
        rx = _war_day_regex(lang)
        if rx is None or not any(w in low for w in _war_words(lang)):
            continue  # no war word at all: the regex need not run (most reports)
        for m in rx.finditer(text.translate(_APOSTROPHES)):
            n = _day_number(m, lang)
            for start in _wars():
                d = start + timedelta(days=n - 1)
                if published - timedelta(days=WAR_DAYS) <= d <= published:
                    return d
    return None


def dateline(text: str, hits: list[DateHit], published: date) -> date | None:
    """The last line above the body that holds only a full date with its year."""
    if not any(h.explicit_year and h.precision == "day" for h in hits):
        return None  # no full date anywhere: no dateline
    body = len(text)
    pos = 0
    while pos < len(text) and pos <= hits[-1].start:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end]
        if len(_WORD.findall(line)) >= BODY_WORDS and line.rstrip(" *_")[-1:] in _ENDS:
            body = pos
            break
        pos = end + 1
    best: date | None = None
    for h in hits:
        if h.start >= body:
            break
        if h.precision != "day" or not h.explicit_year or h.day is None:
            continue
        ls = text.rfind("\n", 0, h.start) + 1
        le = text.find("\n", h.end)
        le = len(text) if le < 0 else le
        rest = (text[ls : h.start] + text[h.end : le]).strip(" \t*_|,.—–-")
        if rest and not re.fullmatch(
            r"(?:[^\W\d_]+,?\s*)?\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?", rest
        ):
            continue  # more than the date (and a clock time) on the line
        best = h.day
    if best is not None and published - timedelta(days=DATELINE_DAYS) <= best <= published:
        return best
    return None


def night_publication(published: date, at: time | None) -> date | None:
    """The evening before a publication just after midnight (`at` before `NIGHT_HOURS`)."""
    if at is None or at.hour >= NIGHT_HOURS:
        return None
    return published - timedelta(days=1)


def own_today(
    text: str, hits: list[DateHit], published: date | None, at: time | None = None
) -> date | None:
    """The text's own day when it differs from `published`, else None (rules in order;
    `at`: the publication's clock time, if given)."""
    if published is None:
        return None
    for rule in (
        lambda: dateline(text, hits, published),
        lambda: war_day(text, published),
        lambda: night_publication(published, at),
    ):
        d = rule()
        if d is not None:
            return d if d != published else None
    return None
