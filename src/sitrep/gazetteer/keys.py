"""Lookup keys for place names: folding, word splitting and inflection stems.

Gazetteer names and the words of a report go through the same functions, so
"Жанаозені", "Жанаозеня", "Жанаозень" and the GeoNames "Жанаозен" all meet at
the stem "жанаозен". Cyrillic words lose one final inflectional ending (the
per-language lists in resources/<lang>/places_endings.txt); Latin words are
only folded (English does not inflect place names, the possessive aside).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from ..resources import load_list

MIN_STEM = 2
# apostrophes and dashes that reports and GeoNames spell in many ways
_APOS = "'’ʼ`´ʻ‘"
_TR = str.maketrans({**{c: "'" for c in _APOS}, "ё": "е", "‐": "-", "‑": "-", "–": "-"})
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
# Ukrainian closed-syllable alternation: Харків -> Харкова, Київ -> Києва, Ріг -> Розі
_ALT_I = re.compile(r"і([^аеєиіїоуюяь']+)$")
_ALT_YI = re.compile(r"ї([^аеєиіїоуюяь']+)$")
# consonant mutation before -і in Ukrainian datives/locatives: Прага -> Празі
_MUTATE = {"з": "г", "ц": "к", "с": "х"}


_CYR = re.compile("[\u0400-\u04ff]")


def is_cyr(s: str) -> bool:
    return _CYR.search(s) is not None


def fold_raw(s: str) -> str:
    """Lower-case, unify apostrophes/dashes/ё, strip Latin diacritics, squeeze spaces."""
    s = s.lower().translate(_TR)
    if not s.isascii():
        out = []
        for ch in s:
            if ch.isascii() or "\u0400" <= ch <= "\u04ff":
                out.append(ch)
                continue
            base = unicodedata.normalize("NFKD", ch)
            out.append("".join(c for c in base if not unicodedata.combining(c)) or ch)
        s = "".join(out).replace("ı", "i")
    return " ".join(s.split())


fold = lru_cache(maxsize=65536)(fold_raw)


_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "ye",
        "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l",
        "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
        "ь": "", "э": "e", "ю": "yu", "я": "ya", "'": "",
    }
)  # fmt: skip


def translit(s: str) -> str:
    """A rough Latin spelling of a folded Cyrillic name, to compare it with GeoNames' own."""
    return s.translate(_TRANSLIT)


def words(s: str, _fold=fold) -> list[str]:
    """Folded words of a name; hyphens and dots separate words (Ростов-на-Дону, St. Petersburg)."""
    ws = _WORD.findall(_fold(s).replace("-", " "))
    if "'" not in s and not any(c in s for c in _APOS):
        return ws
    # Latin apostrophes are transliteration marks (Novyy Uzen', Ma'arrat): drop them
    return [w if is_cyr(w) else w.replace("'", "") for w in ws]


@lru_cache(maxsize=1)
def endings() -> tuple[frozenset[str], tuple[int, ...]]:
    """Union of the uk and ru ending lists, and their lengths longest first."""
    ends = frozenset(fold(e) for lang in ("uk", "ru") for e in load_list(lang, "places_endings"))
    return ends, tuple(sorted({len(e) for e in ends}, reverse=True))


def stem(word: str) -> str:
    """The canonical stem: the word minus its longest listed ending (Latin words unchanged)."""
    if not is_cyr(word):
        return word
    ends, lengths = endings()
    for n in lengths:
        if len(word) - n >= MIN_STEM and word[-n:] in ends:
            return word[:-n]
    return word


def name_stems(word: str) -> list[str]:
    """Stems under which a gazetteer word is indexed (the canonical one plus alternations)."""
    s = stem(word)
    out = [s]
    if "і" in s or "ї" in s:
        for pat, reps in ((_ALT_I, ("о", "е")), (_ALT_YI, ("є",))):
            m = pat.search(s)
            if m:
                for r in reps:
                    v = s[: m.start()] + r + m.group(1)
                    if v not in out:
                        out.append(v)
    return out


@lru_cache(maxsize=65536)
def query_stems(word: str) -> tuple[str, ...]:
    """Stems to try for a word of the text, most specific first.

    Every ending that fits is tried (shortest first, so the longest stem wins),
    because the text may carry an ending the gazetteer name does not have.
    """
    if not is_cyr(word):
        return (word,)
    out = [word]
    ends, lengths = endings()
    for n in reversed(lengths):
        e = word[-n:]
        if len(word) - n >= MIN_STEM and e in ends:
            s = word[:-n]
            if s not in out:
                out.append(s)
            if e in ("і", "ї") and s[-1] in _MUTATE:
                m = s[:-1] + _MUTATE[s[-1]]
                if m not in out:
                    out.append(m)
    return tuple(out)


def name_keys(ws: list[str], max_variants: int = 8) -> list[str]:
    """All index keys of a gazetteer name's words (one per combination of word stems)."""
    if not ws:
        return []
    keys = [""]
    for w in ws:
        nxt = []
        for k in keys:
            for s in name_stems(w):
                nxt.append(f"{k} {s}" if k else s)
        keys = nxt[:max_variants]
    return keys
