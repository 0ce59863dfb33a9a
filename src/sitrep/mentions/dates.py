"""dates: date and time expressions, resolved against the publication date.

One lexicon-driven regex (month and weekday names in every case form, relative
words, year words: resources/<lang>/dates_lexicon.yaml) instead of dateparser:
it is fast, keeps exact spans, and never turns a bare number, a count or an age
into a date, because every pattern needs a month, weekday, year word or
relative word next to the digits.

Resolution rules (documented choices):
- day + month without a year takes the year that gives the latest date no more
  than `future_days` (7) after publication: reports describe the past;
- a weekday is the most recent such day on or before publication ("last
  Friday" / "минулої п'ятниці": strictly before);
- "в ніч на суботу" / "overnight into Saturday" is the Saturday (precision day);
- week precision: `iso` is the Monday of the week; month "YYYY-MM"; year "YYYY";
- without a publication date relative expressions are dropped; a day + month
  (or month) without a year borrows the nearest explicit year stated in the
  same document (confidence 0.6) and is dropped when there is none;
- clock times ("о 14:30", "at 2:30 pm") are never dates on their own: they are
  attached as `time` to the nearest day-precision date of the same sentence
  (the span grows to cover the time when only spaces or commas lie between).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from ..doc import Doc
from ..lang.letters import char_class, letter_class, unify_letters
from ..normalize.chars import APOSTROPHES, unify_apostrophes
from ..registry import component
from ..resources import load_yaml
from ..schema.models import DateValue

LANGS = ("uk", "ru", "en")
_APOS = "'" + APOSTROPHES
_WS = re.compile(r"\s+")


@dataclass(slots=True)
class DateHit:
    start: int
    end: int
    iso: str
    precision: str
    time: str | None = None
    relative: bool = False
    confidence: float = 1.0
    rule: str = ""
    day: date | None = None  # the resolved day when precision is "day"
    explicit_year: bool = False


def _key(s: str) -> str:
    return _WS.sub(" ", unify_letters(unify_apostrophes(s).lower())).strip()


def _trie_alt(words: Iterable[str]) -> str:
    """A regex alternation built as a trie so that matching fails on the first letter."""
    trie: dict = {}
    for w in {w for w in words if w}:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def esc(ch: str) -> str:
        if ch in _APOS:
            return f"[{_APOS}]"
        if ch == " ":
            return r"\s+"
        if letter_class(ch):
            return letter_class(ch)
        return re.escape(ch)

    def build(node: dict) -> str:
        alts = [esc(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    out = build(trie)
    return out or r"(?!x)x"


def _alt(uncased: Iterable[str], cased: Iterable[str] = ()) -> str:
    parts = []
    u = [w.lower() for w in uncased]
    c = list(cased)
    if u:
        parts.append(_trie_alt(u))
    if c:
        parts.append("(?-i:" + _trie_alt(c) + ")")
    if not parts:
        return r"(?!x)x"
    return "(?:" + "|".join(parts) + ")"


@dataclass
class _Lexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    relative: dict[str, tuple[str, int, float]]
    number_words: dict[str, int]
    ago_units: dict[str, str]
    not_after_year: frozenset[str]
    regex: re.Pattern[str]
    time_regex: re.Pattern[str]
    # words that any date expression must contain near its end (months,
    # weekdays, the last word of relative phrases, "тому"/"ago", year words):
    # the big regex only runs in windows around them, which keeps it cheap
    cores: frozenset[str]
    # words that may stand before a core inside one expression (prepositions,
    # modifiers, number words ...): only they extend the search backwards
    prefix_words: frozenset[str]


def _lists(key: str) -> tuple[list[str], list[str]]:
    """(uncased, cased) forms of one lexicon list across languages."""
    unc: list[str] = []
    cas: list[str] = []
    for lang in LANGS:
        data = load_yaml(lang, "dates_lexicon") or {}
        vals = data.get(key) or []
        if isinstance(vals, dict):
            vals = list(vals)
        (cas if data.get("cased_names") and key in _CASED_KEYS else unc).extend(map(str, vals))
    return unc, cas


_CASED_KEYS = {"months", "weekdays", "ambiguous_alone"}
_PREFIX_KEYS = (
    "month_prepositions",
    "year_prepositions",
    "weekday_prepositions",
    "weekday_last",
    "night_words",
    "night_from",
    "night_to",
    "ordinal_suffixes",
    "day_parts",
)


def _names(key: str) -> tuple[dict[str, int], list[str], list[str]]:
    table: dict[str, int] = {}
    unc: list[str] = []
    cas: list[str] = []
    for lang in LANGS:
        data = load_yaml(lang, "dates_lexicon") or {}
        for num, forms in (data.get(key) or {}).items():
            for f in forms:
                table[_key(f)] = int(num)
                (cas if data.get("cased_names") else unc).append(f)
    return table, unc, cas


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    months, m_unc, m_cas = _names("months")
    weekdays, w_unc, w_cas = _names("weekdays")
    amb_unc, amb_cas = _lists("ambiguous_alone")
    amb = {_key(a) for a in amb_unc + amb_cas}
    relative: dict[str, tuple[str, int, float]] = {}
    number_words: dict[str, int] = {}
    ago_units: dict[str, str] = {}
    not_after: set[str] = set()
    for lang in LANGS:
        data = load_yaml(lang, "dates_lexicon") or {}
        for phrase, spec in (data.get("relative") or {}).items():
            conf = float(spec[2]) if len(spec) > 2 else (0.9 if spec[0] == "day" else 0.85)
            relative[_key(phrase)] = (str(spec[0]), int(spec[1]), conf)
        number_words.update({_key(k): int(v) for k, v in (data.get("number_words") or {}).items()})
        ago_units.update({_key(k): str(v) for k, v in (data.get("ago_units") or {}).items()})
        not_after.update(_key(w) for w in data.get("not_after_year") or [])

    mon = _alt(m_unc, m_cas)
    mon_safe = _alt(
        [m for m in m_unc if _key(m) not in amb], [m for m in m_cas if _key(m) not in amb]
    )
    mon_amb = _alt([m for m in m_unc if _key(m) in amb], [m for m in m_cas if _key(m) in amb])
    mon_en = _alt([], m_cas)
    wd = _alt(w_unc, w_cas)
    yw = _alt(*_lists("year_words"))
    ords = _alt(*_lists("ordinal_suffixes"))
    mprep = _alt(*_lists("month_prepositions"))
    yprep = _alt(*_lists("year_prepositions"))
    wprep = _alt(*_lists("weekday_prepositions"))
    wlast = _alt(*_lists("weekday_last"))
    rel = _alt(relative)
    dayparts = _alt(*_lists("day_parts"))
    numw = _alt(number_words)
    units = _alt(ago_units)
    ago = _alt(*_lists("ago_words"))
    ago_not = _alt(*_lists("ago_not_followed_by"))
    night = _alt(*_lists("night_words"))
    nfrom = _alt(*_lists("night_from"))
    nto = _alt(*_lists("night_to"))
    tprep = _alt(*_lists("time_prepositions"))
    tw = _alt(*_lists("time_words"))

    L = r"(?<![\w'’ʼ])"
    R = r"(?![\w'’ʼ])"
    ND = r"(?<![\d.,/:\-–])"
    day = r"(?:0?[1-9]|[12]\d|3[01])(?!\d)"
    year = r"(?:1[89]\d\d|20\d\d|21\d\d)(?!\d)"
    ordx = rf"(?:-?{ords})?"
    yword = rf"(?:\s*-?\s*{ords})?\s*(?P<{{n}}>{yw}){R}"

    patterns = [
        rf"(?P<iso>{ND}(?P<iso_y>{year})-(?P<iso_m>0?[1-9]|1[0-2])-(?P<iso_d>{day})"
        r"(?:T(?P<iso_h>[01]\d|2[0-3]):(?P<iso_mi>[0-5]\d)(?::\d\d(?:\.\d+)?)?"
        r"(?:Z|[+-]\d\d:?\d\d)?)?(?![\w\-]))",
        rf"(?P<num>{ND}(?P<num_a>\d{{1,2}})(?P<num_s>[./])(?P<num_b>\d{{1,2}})(?P=num_s)"
        rf"(?P<num_y>\d{{4}}|\d{{2}})(?!\d|[./]\d)(?:\s*(?P<num_yw>{yw}){R})?)",
        rf"(?P<night>{L}{night}\s+(?:(?:{nfrom}\s+)?{wd}\s+)?{nto}\s+"
        rf"(?:(?P<n_wd>{wd})|(?P<n_d>{day}){ordx}\s+(?P<n_m>{mon})){R})",
        rf"(?P<dmy>{ND}(?P<dmy_d>{day})(?:\s*[-–—]\s*(?P<dmy_d2>{day}))?{ordx}(?:\s+of)?"
        rf"\s+(?P<dmy_m>{mon}){R}(?:,?\s+(?P<dmy_y>{year})(?:{yword.format(n='dmy_yw')})?)?)",
        rf"(?P<mdy>{L}(?P<mdy_m>{mon_en})\s+(?P<mdy_d>{day})(?:st|nd|rd|th)?"
        rf"(?:\s*[-–]\s*(?P<mdy_d2>{day}))?{R}(?:,?\s+(?P<mdy_y>{year}))?)",
        rf"(?P<my>{L}(?:{mprep}\s+)?(?P<my_m>{mon})\s+(?P<my_y>{year})"
        rf"(?:{yword.format(n='my_yw')})?)",
        rf"(?P<ago>{L}(?:(?P<ago_n>\d{{1,2}}|{numw})\s+)?(?P<ago_u>{units})\s+{ago}{R}"
        rf"(?!\s+{ago_not}{R}))",
        rf"(?P<rel>{L}(?P<rel_p>{rel})(?:\s+{dayparts})?{R})",
        rf"(?P<ma>{L}{mprep}\s+(?:(?P<ma_m>{mon_safe}){R}|(?P<ma_a>{mon_amb}){R}"
        r"(?=\s*[.,;:!?)»\"”]|\s*$)))",
        rf"(?P<yr>{L}(?:{yprep}\s+)?(?P<yr_y>{year}){yword.format(n='yr_w')})",
        rf"(?P<yp>{L}(?-i:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y|[Ee]arly|[Ll]ate)\s+"
        rf"(?P<yp_y>{year})(?![\w\-–]))",
        rf"(?P<wd>{L}(?:(?P<wd_last>{wlast})\s+|{wprep}\s+)?(?P<wd_d>{wd}){R})",
    ]
    regex = re.compile("|".join(patterns), re.IGNORECASE)
    ampm = r"(?:\s*(?P<{n}>[ap]\.m\.|[ap]\.?\s?m)(?![\w]))"
    time_regex = re.compile(
        rf"{L}(?:(?P<tp>{tprep})\s+)?(?P<h>[01]?\d|2[0-3])(?P<sep>[:.])(?P<mi>[0-5]\d)"
        rf"(?!\d|[.:]\d){ampm.format(n='ap')}?(?:\s*{tw}{R})?"
        rf"|{L}(?P<tp2>{tprep})\s+(?P<h2>[01]?\d|2[0-3])(?!\d)"
        rf"(?:{ampm.format(n='ap2')}|\s*{tw}{R})",
        re.IGNORECASE,
    )
    core_words: set[str] = set(months) | set(weekdays) | set(ago_units)
    core_words |= {_key(p).split(" ")[-1] for p in relative}
    for key in ("year_words", "ago_words", "night_words", "day_parts"):
        for w in _lists(key)[0] + _lists(key)[1]:
            core_words.add(_key(w).split(" ")[-1])
    cores = frozenset(w.rstrip(".") for w in core_words)
    prefix: set[str] = set(cores) | set(number_words) | {"of", "the"}
    for key in _PREFIX_KEYS:
        for w in _lists(key)[0] + _lists(key)[1]:
            prefix.update(_key(w).replace("-", " ").split(" "))
    for phrase in relative:
        prefix.update(phrase.split(" "))
    return _Lexicon(
        cores=cores,
        prefix_words=frozenset(w.rstrip(".") for w in prefix if w),
        months=months,
        weekdays=weekdays,
        relative=relative,
        number_words=number_words,
        ago_units=ago_units,
        not_after_year=frozenset(not_after),
        regex=regex,
        time_regex=time_regex,
    )


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def resolve_day_month(day: int, month: int, published: date, future_days: int = 7) -> date | None:
    """The latest date with this day and month no more than `future_days` after publication."""
    limit = published + timedelta(days=future_days)
    for y in (published.year + 1, published.year, published.year - 1, published.year - 2):
        d = _valid(y, month, day)
        if d is not None and d <= limit:
            return d
    return None


def resolve_weekday(weekday: int, published: date, strict: bool = False) -> date:
    """The most recent such weekday on (or, if strict, before) the publication day."""
    back = (published.weekday() - weekday) % 7
    if strict and back == 0:
        back = 7
    return published - timedelta(days=back)


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _shift_month(d: date, months: int) -> tuple[int, int]:
    idx = d.year * 12 + d.month - 1 + months
    return idx // 12, idx % 12 + 1


def _day_hit(s: int, e: int, d: date, rule: str, rel: bool, conf: float, ey: bool = False):
    return DateHit(s, e, d.isoformat(), "day", None, rel, conf, rule, d, ey)


def _unit_hit(s: int, e: int, unit: str, pub: date, offset: int, rule: str, conf: float):
    if unit == "day":
        d = pub + timedelta(days=offset)
        return _day_hit(s, e, d, rule, True, conf)
    if unit == "week":
        d = _monday(pub) + timedelta(days=7 * offset)
        return DateHit(s, e, d.isoformat(), "week", None, True, conf, rule)
    if unit == "month":
        y, m = _shift_month(pub, offset)
        return DateHit(s, e, f"{y:04d}-{m:02d}", "month", None, True, conf, rule)
    return DateHit(s, e, f"{pub.year + offset:04d}", "year", None, True, conf, rule)


_LOWER_WORD_AFTER = re.compile(rf"\s+[{char_class('cyrillic', 'lower')}]")


def _year_ok(text: str, end: int, has_word: bool) -> bool:
    """A year without a year word must not run into a counted Cyrillic noun (2000 осіб)."""
    return has_word or not _LOWER_WORD_AFTER.match(text, end)


def _explicit_years(matches: list[re.Match[str]]) -> list[tuple[int, int]]:
    out = []
    for m in matches:
        for g in ("iso_y", "dmy_y", "my_y", "yr_y", "yp_y"):
            if m.group(g):
                out.append((m.start(), int(m.group(g))))
        if m.group("num_y") and len(m.group("num_y")) == 4:
            out.append((m.start(), int(m.group("num_y"))))
    return out


def _infer_year(pos: int, years: list[tuple[int, int]]) -> int | None:
    before = [y for p, y in years if p <= pos]
    if before:
        return before[-1]
    return years[0][1] if years else None


def _match_hit(
    m: re.Match[str],
    text: str,
    pub: date | None,
    lex: _Lexicon,
    lang: str | None,
    future_days: int,
    years: list[tuple[int, int]] | None,
) -> DateHit | None:
    kind = m.lastgroup
    s, e = m.span()
    g = m.group

    def yearless(day: int, month: int, end: int, rule: str) -> DateHit | None:
        if pub is not None:
            d = resolve_day_month(day, month, pub, future_days)
            return _day_hit(s, end, d, rule, True, 0.9) if d else None
        y = _infer_year(s, years or [])
        d = _valid(y, month, day) if y else None
        return _day_hit(s, end, d, rule, False, 0.6) if d else None

    if kind == "iso":
        d = _valid(int(g("iso_y")), int(g("iso_m")), int(g("iso_d")))
        if d is None:
            return None
        hit = _day_hit(s, e, d, "iso", False, 1.0, True)
        if g("iso_h"):
            hit.time = f"{int(g('iso_h')):02d}:{g('iso_mi')}"
        return hit
    if kind == "num":
        a, b, ys = int(g("num_a")), int(g("num_b")), g("num_y")
        y = int(ys)
        if len(ys) == 2:
            pivot = (pub.year % 100 + 1) if pub else 30
            y += 2000 if y <= pivot else 1900
        conf = 0.95
        if g("num_s") == "/":
            if a > 12 >= b:
                day_, mon_ = a, b
            elif b > 12 >= a:
                day_, mon_ = b, a
            else:  # 03/04/2011: US order in English, day first elsewhere
                day_, mon_ = (b, a) if lang == "en" else (a, b)
                conf = 0.6 if a != b else 0.95
        else:
            day_, mon_ = a, b
        d = _valid(y, mon_, day_)
        return _day_hit(s, e, d, "numeric", False, conf, True) if d else None
    if kind == "night":
        if g("n_wd"):
            if pub is None:
                return None
            d = resolve_weekday(lex.weekdays[_key(g("n_wd"))], pub)
            return _day_hit(s, e, d, "night", True, 0.8)
        return yearless(int(g("n_d")), lex.months[_key(g("n_m"))], e, "night")
    if kind == "dmy":
        month = lex.months[_key(g("dmy_m"))]
        day = int(g("dmy_d"))
        if g("dmy_y") and _year_ok(text, m.end("dmy_y"), bool(g("dmy_yw"))):
            d = _valid(int(g("dmy_y")), month, day)
            return _day_hit(s, e, d, "dmy", False, 0.95, True) if d else None
        return yearless(day, month, m.end("dmy_m"), "dmy")
    if kind == "mdy":
        month = lex.months[_key(g("mdy_m"))]
        day = int(g("mdy_d"))
        if g("mdy_y"):
            d = _valid(int(g("mdy_y")), month, day)
            return _day_hit(s, e, d, "mdy", False, 0.95, True) if d else None
        return yearless(day, month, e, "mdy")
    if kind == "my":
        if not _year_ok(text, m.end("my_y"), bool(g("my_yw"))):
            return None
        month = lex.months[_key(g("my_m"))]
        return DateHit(s, e, f"{int(g('my_y')):04d}-{month:02d}", "month", None, False, 0.95, "my")
    if kind == "ago":
        unit = lex.ago_units[_key(g("ago_u"))]
        n_raw = g("ago_n")
        if n_raw is None:
            n = 1
        elif n_raw.isdigit():
            n = int(n_raw)
        else:
            n = lex.number_words.get(_key(n_raw), 1)
        if pub is None:
            return None
        if unit == "day":
            return _day_hit(s, e, pub - timedelta(days=n), "ago", True, 0.85)
        if unit == "week":
            return _unit_hit(s, e, "week", pub - timedelta(days=7 * n), 0, "ago", 0.8)
        return _unit_hit(s, e, unit, pub, -n, "ago", 0.8)
    if kind == "rel":
        if pub is None:
            return None
        unit, off, conf = lex.relative[_key(g("rel_p"))]
        return _unit_hit(s, e, unit, pub, off, "relative", conf)
    if kind == "ma":
        month = lex.months[_key(g("ma_m") or g("ma_a"))]
        if pub is not None:
            y = pub.year if month <= pub.month else pub.year - 1
            return DateHit(s, e, f"{y:04d}-{month:02d}", "month", None, True, 0.85, "month")
        y = _infer_year(s, years or [])
        if y is None:
            return None
        return DateHit(s, e, f"{y:04d}-{month:02d}", "month", None, False, 0.6, "month")
    if kind == "yr":
        return DateHit(s, e, f"{int(g('yr_y')):04d}", "year", None, False, 0.95, "year")
    if kind == "yp":
        nxt = re.match(r"\s+([^\W\d_]+)", text[e : e + 40])
        if nxt and _key(nxt.group(1)) in lex.not_after_year:
            return None
        return DateHit(s, e, f"{int(g('yp_y')):04d}", "year", None, False, 0.85, "year")
    if kind == "wd":
        if pub is None:
            return None
        d = resolve_weekday(lex.weekdays[_key(g("wd_d"))], pub, strict=bool(g("wd_last")))
        return _day_hit(s, e, d, "weekday", True, 0.8)
    return None


_GAP = re.compile(r"[\s,(]*\)?[\s,]*")


def _merge_weekdays(hits: list[DateHit], text: str) -> list[DateHit]:
    """'у п'ятницю, 16 грудня' is one expression: the explicit date wins, the span covers both."""
    out: list[DateHit] = []
    for h in hits:
        if out:
            p = out[-1]
            pair = {p.rule, h.rule}
            if (
                "weekday" in pair
                and p.precision == h.precision == "day"
                and len(pair) == 2
                and _GAP.fullmatch(text, p.end, h.start)
            ):
                date_hit = h if p.rule == "weekday" else p
                wd_hit = p if p.rule == "weekday" else h
                merged = DateHit(
                    p.start,
                    h.end,
                    date_hit.iso,
                    "day",
                    date_hit.time,
                    date_hit.relative,
                    date_hit.confidence,
                    date_hit.rule,
                    date_hit.day,
                    date_hit.explicit_year,
                )
                if (
                    date_hit.day
                    and date_hit.day.weekday() == (wd_hit.day or date_hit.day).weekday()
                ):
                    merged.confidence = max(merged.confidence, 0.95)
                out[-1] = merged
                continue
        out.append(h)
    return out


def _attach_times(
    hits: list[DateHit], text: str, lex: _Lexicon, sentences: list[tuple[int, int]] | None
) -> None:
    """Give each day-precision date the clock time stated nearest to it in its sentence."""
    groups: dict[tuple[int, int], list[DateHit]] = {}
    for x in hits:
        groups.setdefault(_sentence_of(x.start, text, sentences), []).append(x)
    for (lo, hi), group in groups.items():
        hi = max(hi, max(x.end for x in group))
        for m in lex.time_regex.finditer(text, lo, hi):
            _attach_one(m, group, text)


def _attach_one(m: re.Match[str], group: list[DateHit], text: str) -> None:
    ts, te = m.span()
    if m.group("h") is not None:
        if m.group("sep") == "." and not m.group("tp"):
            return  # "14.30" alone is more likely a decimal number
        h, mi, ap = int(m.group("h")), int(m.group("mi")), m.group("ap")
    else:
        h, mi, ap = int(m.group("h2")), 0, m.group("ap2")
    if ap:
        if h > 12 or h == 0:
            return
        h = (h % 12) + (12 if ap.lower().startswith("p") else 0)
    if any(x.start < te and ts < x.end for x in group):
        return
    best, dist = None, 1 << 30
    for x in group:
        if x.precision != "day" or x.time is not None:
            continue
        d = ts - x.end if x.end <= ts else x.start - te
        if d < dist:
            best, dist = x, d
    if best is None:
        return
    best.time = f"{h:02d}:{mi:02d}"
    if best.end <= ts and _SPACES.fullmatch(text, best.end, ts):
        best.end = te
    elif te <= best.start and _SPACES.fullmatch(text, te, best.start):
        best.start = ts


_SPACES = re.compile(r"[\s,]*")


def _sentence_of(pos: int, text: str, sentences: list[tuple[int, int]] | None) -> tuple[int, int]:
    if sentences:
        i = bisect_right(sentences, (pos, 1 << 62)) - 1
        if i >= 0 and sentences[i][0] <= pos < sentences[i][1]:
            return sentences[i]
        return pos, pos + 1
    # no segment stage: a rough sentence from the nearest breaks (C-speed rfind/find)
    los = [i + len(b) for b in _BREAKS if (i := text.rfind(b, 0, pos)) >= 0]
    his = [i for b in _BREAKS if (i := text.find(b, pos)) >= 0]
    return (max(los) if los else 0), (min(his) + 1 if his else len(text))


_BREAKS = (". ", "! ", "? ", "\n")


_WORD_OR_NUM = re.compile(rf"[^\W\d_]+(?:[{_APOS}][^\W\d_]+)*|\d+")
_BACK_WORDS = 5  # a date expression starts at most this many words before its core word
_BACK_CHARS = 90


@lru_cache(maxsize=1)
def _core_regex() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Core words, 4-digit years and numeric dates: (for lower-cased text, case-insensitive)."""
    body = (
        r"(?<![\w'])(?:(?:" + _trie_alt(lexicon().cores) + r"|1[89]\d\d|2[01]\d\d)(?![\w'])"
        r"|\d{1,4}[./-]\d{1,2}[./-]\d{2,4})"
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


def find_dates(
    text: str,
    published: date | None = None,
    lang: str | Callable[[int], str | None] | None = None,
    *,
    sentences: list[tuple[int, int]] | None = None,
    future_days: int = 7,
) -> list[DateHit]:
    """All date expressions in `text`, left to right, resolved against `published`.

    `lang` (a code, or a function from a character offset to a code) only decides
    the order of ambiguous slashed dates (03/04/2011: month first in English).
    """
    lex = lexicon()
    matches = _scan(text, lex)
    years = None if published is not None else _explicit_years(matches)
    hits: list[DateHit] = []
    for m in matches:
        lg = lang(m.start()) if callable(lang) else lang
        hit = _match_hit(m, text, published, lex, lg, future_days, years)
        if hit is not None:
            hits.append(hit)
    hits = _merge_weekdays(hits, text)
    if hits:
        _attach_times(hits, text, lex, sentences)
    return hits


class DatesConfig(BaseModel):
    """future_days: how far after publication a yearless date may fall."""

    model_config = ConfigDict(extra="forbid", strict=True)
    future_days: int = Field(7, ge=0, le=366)
    min_confidence: float = 0.0


@component("dates", requires=("paras", "tokens"), assigns=("mentions.date",), config=DatesConfig)
def make_dates(future_days: int = 7, min_confidence: float = 0.0):
    """Config: future_days (how far after publication a yearless date may fall), min_confidence."""

    def dates(doc: Doc) -> None:
        sents = [(s.start, s.end) for s in doc.sents] or None
        for h in find_dates(
            doc.text, doc.published, doc.lang_at, sentences=sents, future_days=future_days
        ):
            if h.confidence < min_confidence:
                continue
            doc.add_mention(
                "date",
                h.start,
                h.end,
                norm=h.iso,
                date=DateValue(iso=h.iso, precision=h.precision, time=h.time, relative=h.relative),
                confidence=h.confidence,
            )

    return dates
