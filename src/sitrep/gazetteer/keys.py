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

from ..names.translit import transliterate
from ..normalize.chars import APOSTROPHES
from ..resources import load_list

MIN_STEM = 2
# apostrophes and dashes that reports and GeoNames spell in many ways
_APOS = "'" + APOSTROPHES
_TR = str.maketrans({**{c: "'" for c in _APOS}, "ё": "е", "‐": "-", "‑": "-", "–": "-"})
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
# Ukrainian closed-syllable alternation: Харків -> Харкова, Київ -> Києва, Ріг -> Розі
_ALT_I = re.compile(r"і([^аеєиіїоуюяь']+)$")
_ALT_YI = re.compile(r"ї([^аеєиіїоуюяь']+)$")
# consonant mutation before -і in Ukrainian datives/locatives: Прага -> Празі
_MUTATE = {"з": "г", "ц": "к", "с": "х"}
_VOWELS = frozenset("аеєиіїоуюя")
_CONS = frozenset("бвгґджзйклмнпрстфхцчшщь")


_CYR = re.compile("[\u0400-\u04ff]")
_APOS_RE = re.compile(f"[{_APOS}]")


def is_cyr(s: str) -> bool:
    return _CYR.search(s) is not None


def _latin_table() -> dict[int, str]:
    """Latin letters with diacritics -> their base letters (Kraków -> krakow, Ağrı -> agri)."""
    table = {}
    for cp in [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]:
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))
        if base and base != ch and base.isascii():
            table[cp] = base.lower()
    table[ord("ı")] = "i"
    return table


_TR_LATIN = _latin_table()
_SPACES = re.compile(r"\s+")


def fold_raw(s: str) -> str:
    """Lower-case, unify apostrophes/dashes/ё, strip Latin diacritics, squeeze spaces."""
    s = s.lower().translate(_TR)
    if not s.isascii():
        s = s.translate(_TR_LATIN)
    return _SPACES.sub(" ", s).strip()


fold = lru_cache(maxsize=65536)(fold_raw)


def translit(s: str) -> str:
    """A Latin spelling of a folded Cyrillic name, to compare it with GeoNames' own."""
    return transliterate(s)


def words(s: str, _fold=fold) -> list[str]:
    """Folded words of a name; hyphens and dots separate words (Ростов-на-Дону, St. Petersburg)."""
    ws = _WORD.findall(_fold(s).replace("-", " "))
    if _APOS_RE.search(s) is None:
        return ws
    # Latin apostrophes are transliteration marks (Novyy Uzen', Ma'arrat): drop them
    return [w if is_cyr(w) else w.replace("'", "") for w in ws]


ADJ = "~a"  # key suffix of single-word adjectival names (Рівне, Мирный, Кам'янське)
EXACT = "="  # key prefix of a Cyrillic name exactly as GeoNames spells it
# the nominative of an adjectival place name
_ADJ_NAME = re.compile(r"(ий|ій|ый|ой|ая|яя|ое|ее|ие|ые|ське|цьке|зьке|не|ве)$")


@lru_cache(maxsize=1)
def _ending_table() -> tuple[frozenset[str], tuple[int, ...], frozenset[str]]:
    """uk + ru endings, their lengths longest first, and the adjective-only ones ("~" lines)."""
    ends, adj = set(), set()
    for lang in ("uk", "ru"):
        for e in load_list(lang, "places_endings"):
            if e.startswith("~"):
                adj.add(fold(e[1:]))
            else:
                ends.add(fold(e))
    adj_only = adj - ends
    ends |= adj
    return frozenset(ends), tuple(sorted({len(e) for e in ends}, reverse=True)), frozenset(adj_only)


def endings() -> tuple[frozenset[str], tuple[int, ...]]:
    ends, lengths, _ = _ending_table()
    return ends, lengths


def is_adjectival(word: str) -> bool:
    """A one-word place name that declines like an adjective (Рівне -> Рівного)."""
    return is_cyr(word) and _ADJ_NAME.search(word) is not None


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
    if s != word and len(word) - len(s) >= 2:
        # a name that only looks inflected ("Иерусалим" ends in -им): also the whole
        # name, so that its own case forms ("Иерусалиме") reach it
        out.append(word)
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
    # a stem in -й loses it before a vowel ending: "крае", "края" -> край, "музею" -> музей
    out += [s + "й" for s in out[1:] if s[-1] in _VOWELS and s + "й" not in out]
    return tuple(out)


@lru_cache(maxsize=65536)
def single_keys(word: str) -> tuple[str, ...]:
    """Index keys to try for a one-word name in the text, most specific first.

    The exact spelling first; then each stem, as a noun key and, unless the
    ending is a noun's only, as an adjective key. An adjective-only ending
    ("Дніпропетровської", "Донецкой") never reaches a noun name (Дніпропетровськ):
    that word is an adjective of the city, not the city.
    """
    if not is_cyr(word):
        return (word,)
    out = [EXACT + word, word]
    ends, lengths, adj_only = _ending_table()
    for n in reversed(lengths):
        e = word[-n:]
        if len(word) - n >= MIN_STEM and e in ends:
            s = word[:-n]
            if e not in adj_only:
                out.append(s)
                if e in ("і", "ї") and s[-1] in _MUTATE:
                    out.append(s[:-1] + _MUTATE[s[-1]])
            out.append(s + ADJ)
    # the fleeting vowel, tried last: "Египта", "Египте" -> Египет (stem ends in two consonants)
    for s in [k for k in out[2:] if not k.endswith(ADJ) and len(k) >= MIN_STEM]:
        if s[-1] in _CONS and s[-2] in _CONS and s[-2] not in "йь":
            out.extend((s[:-1] + "е" + s[-1], s[:-1] + "о" + s[-1]))
    return tuple(dict.fromkeys(out))


def name_keys(ws: list[str], max_variants: int = 8) -> list[str]:
    """All index keys of a gazetteer name's words (one per combination of word stems)."""
    if not ws:
        return []
    if len(ws) == 1 and is_adjectival(ws[0]):
        return [stem(ws[0]) + ADJ]
    keys = [""]
    for w in ws:
        nxt = []
        for k in keys:
            for s in name_stems(w):
                nxt.append(f"{k} {s}" if k else s)
        keys = nxt[:max_variants]
    return keys
