"""The dates lexicon of every language, compiled into one regex of alternations."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ...lang.letters import letter_class, unify_letters
from ...normalize.chars import APOSTROPHES, unify_apostrophes
from ...resources import load_yaml

LANGS = ("uk", "ru", "en")

_APOS = "'" + APOSTROPHES

_WS = re.compile(r"\s+")


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
    # counts that name no number ("a few", "кілька", "несколько"): "a few days ago" is
    # a week, not a day
    vague_numbers: frozenset[str]
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
    vague: set[str] = set()
    for lang in LANGS:
        data = load_yaml(lang, "dates_lexicon") or {}
        for phrase, spec in (data.get("relative") or {}).items():
            conf = float(spec[2]) if len(spec) > 2 else (0.9 if spec[0] == "day" else 0.85)
            relative[_key(phrase)] = (str(spec[0]), int(spec[1]), conf)
        number_words.update({_key(k): int(v) for k, v in (data.get("number_words") or {}).items()})
        ago_units.update({_key(k): str(v) for k, v in (data.get("ago_units") or {}).items()})
        not_after.update(_key(w) for w in data.get("not_after_year") or [])
        vague.update(_key(w) for w in data.get("vague_numbers") or [])

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
    dom = _alt(*_lists("day_of_month_words"))

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
        # a day of the month by its number alone: "on the 15th," / "15-го числа"
        rf"(?P<ord>{L}(?-i:on\s+the|[Tt]he)\s+(?P<ord_d>{day})(?:st|nd|rd|th)"
        r"(?=\s*[,.;:!?)]|\s+of\s+(?:this|the|last)\s+month|\s*$))",
        rf"(?P<ordc>{ND}(?P<ordc_d>{day})(?:\s*-\s*{ords})?\s+{dom}{R})",
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
    for key in ("year_words", "ago_words", "night_words", "day_parts", "day_of_month_words"):
        for w in _lists(key)[0] + _lists(key)[1]:
            core_words.add(_key(w).split(" ")[-1])
    cores = frozenset(w.rstrip(".") for w in core_words)
    prefix: set[str] = set(cores) | {"of", "the"}
    for w in number_words:
        prefix.update(w.split(" "))  # "a few days ago": both words may open the date
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
        vague_numbers=frozenset(vague),
        ago_units=ago_units,
        not_after_year=frozenset(not_after),
        regex=regex,
        time_regex=time_regex,
    )
