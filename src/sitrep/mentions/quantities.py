"""quantities: digits, number words in any case, ranges, qualifiers and vague counts.

Number words are looked up by surface form in a table generated from each
language's nominative lexicon through morphology (every case of "п'ятдесят",
"пятьдесят" ...), so no lemma ambiguity ("сорока" the bird) gets in the way.
Numbers that are clearly not counts (clock times, percentages, money, years,
ages, ordinals, dates) are left out here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..doc import Doc, Token
from ..lexicon import PhraseMatcher, doc_keys, key, lang_of, sentence_token_ranges
from ..normalize.chars import unify_apostrophes
from ..registry import component
from ..resources import load_list, load_yaml
from ..schema.models import Mention, QuantityValue

_DIGITS = re.compile(r"^\d+(?:[.,]\d+)*$")
HYPHENS = {"-", "–", "—", "‒"}
LANGS = ("uk", "ru", "en")


@lru_cache(maxsize=16)
def _any_lang(name: str) -> frozenset[str]:
    """A numbers.yaml list of every language at once (the rules using it are not per language)."""
    return frozenset(key(str(w)) for lang in LANGS for w in load_yaml(lang, "numbers")[name])


@lru_cache(maxsize=1)
def _joiners() -> frozenset[str]:
    return frozenset(key(w) for lang in LANGS for w in load_list(lang, "conjunctions"))


def bounds(qualifier: str, value: int | list[int] | None) -> tuple[int | None, int | None]:
    """low/high for a stated value under the SPEC's qualifier table."""
    if value is None:
        return None, None
    if isinstance(value, list):
        return value[0], value[1]
    return {
        "exact": (value, value),
        "at_least": (value, None),
        "more_than": (value + 1, None),
        "at_most": (0, value),
        "less_than": (0, max(value - 1, 0)),
        "about": (value, value),
        "vague": (value, None),
        "range": (value, value),
    }[qualifier]


@dataclass
class NumberLexicon:
    units: dict[str, float]
    multipliers: dict[str, float]
    vague: dict[str, int]
    vague_phrases: PhraseMatcher
    qualifiers: PhraseMatcher
    range_open: frozenset[str]
    range_join: frozenset[str]
    rise_verbs: frozenset[str]
    or_more: PhraseMatcher
    starters: frozenset[str] = frozenset()  # surface keys that can open a number
    case_endings: frozenset[str] = frozenset()  # "180-ти", "3-х": a digit number's case ending


def _forms(word: str, lang: str, plural: bool = False) -> set[str]:
    """Every inflected form of a number word (uk/ru through pymorphy3); plural ones only if asked."""
    forms = {key(word)}
    if lang not in ("uk", "ru"):
        return forms
    from ..segment import word_parses

    w = unify_apostrophes(word)
    for p in word_parses(w, lang):
        g = p.tag.grammemes
        if "NUMR" in g:
            forms.update(key(f.word) for f in p.lexeme)
        elif plural and "NOUN" in g and "plur" in g:
            # "десятки" -> every plural form of "десяток" (десятків, десятках ...)
            forms.update(key(f.word) for f in p.lexeme if "plur" in f.tag.grammemes)
        elif not plural and key(p.normal_form) == key(w) and ("NOUN" in g or "ADJF" in g):
            forms.update(key(f.word) for f in p.lexeme)
    return forms


def _lemma_key(word: str, lang: str) -> str:
    from ..lexicon import phrase_keys

    return phrase_keys(word, lang)[0][0]


@lru_cache(maxsize=8)
def number_lexicon(lang: str) -> NumberLexicon:
    data = load_yaml(lang, "numbers") or {}
    units: dict[str, float] = {}
    mult: dict[str, float] = {}
    for word, v in (data.get("units") or {}).items():
        if " " in str(word):
            continue
        for f in _forms(str(word), lang):
            units.setdefault(f, v)
    for word, v in (data.get("multipliers") or {}).items():
        for f in _forms(str(word), lang):
            mult.setdefault(f, v)
    vague_single, vague_multi = {}, {}
    for word, v in (data.get("vague") or {}).items():
        if " " in str(word):
            vague_multi[key(str(word))] = int(v)
        else:
            for f in _forms(str(word), lang, plural=True):
                vague_single.setdefault(f, int(v))
    phrases = {str(v): [w] for w, v in vague_multi.items()}
    quals = data.get("qualifiers") or {}
    starters = set(units) | set(mult) | set(vague_single) | {key(w.split()[0]) for w in vague_multi}
    return NumberLexicon(
        starters=frozenset(starters),
        units=units,
        multipliers=mult,
        vague=vague_single,
        vague_phrases=PhraseMatcher(lang, phrases),
        qualifiers=PhraseMatcher(lang, quals),
        range_open=frozenset(key(w) for w in data.get("range_open") or ()),
        range_join=frozenset(key(w) for w in data.get("range_join") or ()),
        rise_verbs=frozenset(
            k for w in data.get("rise_verbs") or () for k in (key(str(w)), _lemma_key(str(w), lang))
        ),
        or_more=PhraseMatcher(lang, data.get("or_more") or {}),
        case_endings=frozenset(key(str(w)) for w in data.get("case_endings") or ()),
    )


@lru_cache(maxsize=1)
def _non_count() -> dict[str, frozenset[str]]:
    """Words after/before a number that make it something other than a head count."""
    out = {}
    for name in ("currency", "percent", "year_words", "time_words", "months", "measure"):
        words = set()
        for lang in ("uk", "ru", "en"):
            words.update(key(w) for w in load_list(lang, f"nc_{name}"))
        out[name] = frozenset(words)
    return out


def _parse_digits(s: str, lang: str) -> float | None:
    if not _DIGITS.match(s):
        return None
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", s):
        return float(s.replace(",", ""))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", s) and lang != "en":
        return float(s.replace(".", ""))
    if s.count(",") + s.count(".") > 1:
        return None
    try:
        return float(s.replace(",", "."))
    except ValueError:
        return None


@dataclass
class Num:
    start: int  # token index
    end: int  # token index (exclusive)
    value: float
    vague: bool = False
    words: str | None = None
    mult: float = 1  # the multiplier word that closed it ("тисяч", "thousand")
    upper: float | None = None  # a range in one word ("двоє-троє")


class QuantityFinder:
    def __init__(self, doc: Doc, lang: str):
        self.doc = doc
        self.lang = lang
        self.lex = number_lexicon(lang)
        self.nc = _non_count()
        self.keys = doc_keys(doc)
        self._titles: dict[int, bool] = {}  # sentence index: written in Title Case

    def _word_value(self, tok: Token) -> tuple[str, float] | None:
        k = key(tok.text)
        if k in self.lex.units:
            return "u", self.lex.units[k]
        if k in self.lex.multipliers:
            return "m", self.lex.multipliers[k]
        return None

    def _written_rest(
        self, toks: list[Token], j: int, end: int, v: float, mult: float
    ) -> tuple[int, float]:
        """ "8 тисяч 57", "2 million 300 thousand": lower groups written after a multiplier.

        Only groups smaller than the multiplier before them, and not a day of a month
        ("5 тисяч 20 лютого") nor a quantity of its own unit ("3 thousand 20 kg").
        """
        nc = self.nc
        while j < end and mult >= 1000 and re.fullmatch(r"\d{1,3}", toks[j].text):
            n = float(toks[j].text)
            nxt = key(toks[j + 1].text) if j + 1 < end else ""
            sub = self.lex.multipliers.get(nxt)
            if sub is not None and sub < mult and n * sub < mult:
                v, j, mult = v + n * sub, j + 2, sub  # "2 мільйони 300 тисяч"
                continue
            if sub is None and n < 1000 and not any(nxt in nc[w] for w in nc):
                return j + 1, v + n  # "8 тисяч 57 людей"
            break
        return j, v

    def number_at(self, toks: list[Token], i: int, end: int) -> Num | None:
        t = toks[i]
        k = self.keys[i][1]
        if (
            not t.text[0].isdigit()
            and k not in self.lex.starters
            and k.split("-")[0] not in self.lex.starters
        ):
            return None
        text = self.doc.text
        if t.text[0].isdigit():
            v = _parse_digits(t.text, self.lang)
            if v is None:
                return None
            j = i + 1
            if (  # "180-ти тисяч", "3-х": a case ending written after the digits
                j + 1 < end
                and toks[j].text == "-"
                and toks[j].start == toks[i].end
                and toks[j + 1].start == toks[j].end
                and key(toks[j + 1].text) in self.lex.case_endings
            ):
                j += 2
            # "3 000", "3 512 004" with a (thin/no-break) space between groups
            while (
                j < end
                and re.fullmatch(r"\d{3}", toks[j].text)
                and toks[j].start - toks[j - 1].end == 1
                and text[toks[j - 1].end] in " \u00a0\u202f\u2009"
                and (j > i + 1 or re.fullmatch(r"\d{1,3}", toks[i].text))
            ):
                v = v * 1000 + float(toks[j].text)
                j += 1
            # "5 тис.", "3 thousand", "1,5 млн"
            mult = 1.0
            if j < end and key(toks[j].text) in self.lex.multipliers:
                mult = self.lex.multipliers[key(toks[j].text)]
                v *= mult
                j += 1
                if j < end and toks[j].text == "." and toks[j].start == toks[j - 1].end:
                    j += 1
                j, v = self._written_rest(toks, j, end, v, mult)
            return Num(i, j, v, mult=mult)
        k = key(t.text)
        # vague words and phrases ("десятки", "hundreds", "tens of thousands")
        m = self.lex.vague_phrases.match_at(self.keys, i, end)
        if m:
            v = float(m.label)
            j = m.end
            if j < end and key(toks[j].text) in self.lex.multipliers:
                v = self.lex.multipliers[key(toks[j].text)]  # "a few hundred": hundreds
                j += 1
            return Num(i, j, v, vague=True, words=text[t.start : toks[j - 1].end])
        if k in self.lex.vague:
            v = float(self.lex.vague[k])
            j = i + 1
            # "кілька сотень" = several hundred; "several dozen"
            if j < end and (
                key(toks[j].text) in self.lex.multipliers or key(toks[j].text) in self.lex.vague
            ):
                # "десятки тисяч" = 10 x 1000; "кілька сотень", "several dozen" = the larger unit
                nk = key(toks[j].text)
                m = self.lex.multipliers.get(nk) or self.lex.vague[nk]
                v = v * m if v >= 10 else m
                j += 1
            elif (
                j + 1 < end
                and key(toks[j].text) == "of"
                and key(toks[j + 1].text) in self.lex.vague
            ):
                v *= self.lex.vague[key(toks[j + 1].text)]  # "tens of thousands"
                j += 2
            return Num(i, j, v, vague=True, words=text[t.start : toks[j - 1].end])
        # hyphenated word numbers: "twenty-five"; "двоє-троє" is a range
        if "-" in t.text and t.text[0].isalpha():
            parts = t.text.split("-")
            vals = [self.lex.units.get(key(p)) for p in parts]
            if len(vals) == 2 and all(v is not None for v in vals):
                if self.lang == "en" and vals[0] >= 20 and vals[1] < 10:
                    return Num(i, i + 1, float(sum(vals)), words=t.text)
                if vals[1] > vals[0]:
                    return Num(i, i + 1, vals[0], words=t.text, upper=vals[1])
            return None
        wv = self._word_value(t)
        if wv is None:
            return None
        if k in ("a", "an"):
            # "a dozen", "a hundred" only
            if i + 1 < end and key(toks[i + 1].text) in self.lex.multipliers:
                pass
            else:
                return None
        total, current, j = 0.0, 0.0, i
        last_kind = None
        last_mult = 1.0
        while j < end:
            tj = toks[j]
            wv = self._word_value(tj) if tj.text[0].isalpha() else None
            if wv is None and "-" in tj.text and self.lang == "en":
                parts = [self.lex.units.get(key(p)) for p in tj.text.split("-")]
                if all(v is not None for v in parts):
                    wv = ("u", float(sum(parts)))
            if wv is None:
                if (
                    key(tj.text) == "and"
                    and last_kind
                    and j + 1 < end
                    and self._word_value(toks[j + 1])
                ):
                    j += 1
                    continue
                break
            kind, v = wv
            last_mult = v if kind == "m" else 1.0
            if kind == "u":
                if last_kind == "u" and current and (current < 20 or v >= current or current % 10):
                    break  # "два три" is not a number
                current += v
            else:
                current = max(current, 1) * v
                if v >= 1000:
                    total += current
                    current = 0
            last_kind = kind
            j += 1
        value = total + current
        if j == i:
            return None
        return Num(i, j, value, words=text[t.start : toks[j - 1].end], mult=last_mult)

    def _title_case(self, toks: list[Token], sent: int) -> bool:
        """A headline in Title Case: nearly every word of the sentence is capitalized."""
        cached = self._titles.get(sent)
        if cached is None:
            words = [t.text for t in toks if t.sent == sent and t.text[:1].isalpha()]
            caps = sum(w[:1].isupper() for w in words)
            cached = self._titles[sent] = len(words) >= 3 and caps >= 0.8 * len(words)
        return cached

    def is_non_count(self, toks: list[Token], n: Num, s_end: int) -> bool:
        text = self.doc.text
        first, last = toks[n.start], toks[n.end - 1]
        nxt = toks[n.end] if n.end < s_end else None
        prev = toks[n.start - 1] if n.start > 0 and toks[n.start - 1].sent == first.sent else None
        nc = self.nc
        if ":" in first.text:
            return True
        if (
            prev is not None
            and nxt is not None
            and prev.text[:1].isupper()
            and nxt.text[:1].isupper()
            and first.text.isdigit()
            and not n.vague
            and not self._title_case(toks, first.sent)
        ):
            return True  # "Nakuru Level 5 Hospital", "School No 3"; not "Attack Kills 20 People"
        if nxt is not None:
            nk = key(nxt.text)
            attached = nxt.start == last.end
            if nk in ("%", "‰") or nk in nc["percent"] or nk in nc["currency"]:
                return True
            if nk in nc["months"] or nk in nc["year_words"] or nk in nc["time_words"]:
                return True
            if nk in nc["measure"]:
                return True
            if attached and nxt.text[0].isalpha():
                return True  # "5th", "16-го" handled below, "10km"
            if attached and nxt.text in HYPHENS and n.end + 1 < s_end:
                after = toks[n.end + 1]
                if after.text[0].isalpha() and key(after.text) not in self.lex.units:
                    return True  # "22-річний", "22-year-old", "16-го"
            if (
                nxt.text in (".", "/")
                and attached
                and n.end + 1 < s_end
                and toks[n.end + 1].text[0].isdigit()
            ):
                return True  # 16.12.2011, 3/4
        if prev is not None:
            pk = key(prev.text)
            if pk in nc["currency"] or prev.text in ("$", "€", "£", "₴", "₽", "№", "#"):
                return True
            if pk in nc["months"] and first.text[:1].isdigit():
                return True  # "December 16"; "in May three people" counts people
        if (
            not n.vague
            and first.text.isdigit()
            and len(first.text) == 4
            and 1900 <= n.value <= 2100
        ):
            # a bare year, unless people are counted right after it
            return not (nxt is not None and key(nxt.lemma) in _people_words(self.lang))
        return text[first.start - 1 : first.start] in ("$", "€", "£")


@lru_cache(maxsize=8)
def _people_words(lang: str) -> frozenset[str]:
    from ..lexicon import phrase_keys

    people = load_yaml(lang, "people") or {}
    words = set()
    for w in people.get("person_nouns") or ():
        words.add(phrase_keys(str(w), lang)[0][0])
    for ws in (people.get("unit_kinds") or {}).values():
        for w in ws:
            words.add(phrase_keys(str(w), lang)[0][0])
    return frozenset(words)


def find_quantities(doc: Doc) -> list[dict]:
    """Quantity records (a Mention and its token indices); only the Mentions leave this stage."""
    out = []
    toks = doc.tokens
    keys = doc_keys(doc)
    for s_start, s_end in sentence_token_ranges(doc):
        if s_start >= s_end:
            continue
        lang = lang_of(doc, toks[s_start].start)
        finder = QuantityFinder(doc, lang)
        lex = finder.lex
        starters = lex.starters
        cands = [
            j
            for j, t, (_, k) in zip(
                range(s_start, s_end), toks[s_start:s_end], keys[s_start:s_end], strict=True
            )
            if t.text[0].isdigit() or k in starters or ("-" in k and k.split("-")[0] in starters)
        ]
        i = s_start
        for c in cands:
            if c < i:
                continue
            i = c
            n = finder.number_at(toks, i, s_end)
            if n is None:
                continue
            prev_k = key(toks[n.start - 1].text) if n.start > s_start else ""
            if finder.is_non_count(toks, n, s_end) or prev_k in _any_lang("not_a_count"):
                i = n.end
                continue
            q_start, q_end = n.start, n.end
            qualifier = "vague" if n.vague else "exact"
            value: int | list[int] = int(n.value) if n.value >= 1 or n.value == 0 else 1
            if n.upper is not None:
                value, qualifier = [int(n.value), int(n.upper)], "range"
            # range: "7-8", "від 7 до 8", "between 7 and 8", "двох-трьох"
            j = n.end
            if (
                qualifier != "range"
                and j + 1 < s_end
                and (key(toks[j].text) in lex.range_join or toks[j].text in HYPHENS)
            ):
                n2 = finder.number_at(toks, j + 1, s_end)
                joiner = key(toks[j].text)
                opener = q_start > s_start and key(toks[q_start - 1].text) in lex.range_open
                hyphen = toks[j].text in HYPHENS
                if n2 is not None and n2.mult > 1 and n.mult == 1 and n.value * n2.mult <= n2.value:
                    n.value *= n2.mult  # "4–5 тисяч", "від трьох до п'яти тисяч"
                if (
                    n2 is not None
                    and not n.vague
                    and not n2.vague
                    and n2.value > n.value
                    and (hyphen or opener or joiner in _any_lang("range_words"))
                    and not finder.is_non_count(toks, n2, s_end)
                ):
                    if joiner in ("and",) and not opener:
                        pass
                    else:
                        value = [int(n.value), int(n2.value)]
                        qualifier = "range"
                        q_end = n2.end
                        if opener:
                            q_start -= 1
            # qualifier before the number
            if qualifier == "exact" or qualifier == "vague":
                for back in range(4, 0, -1):
                    b = n.start - back
                    if b < s_start:
                        continue
                    m = lex.qualifiers.match_at(keys, b, n.start)
                    if m and m.end == n.start:
                        label = m.label
                        if (
                            label == "at_most"
                            and b > s_start
                            and key(toks[b - 1].lemma) in lex.rise_verbs
                        ):
                            break  # "зросла до 14" is the figure itself
                        if (
                            label == "at_most"
                            and key(toks[b].text) in _any_lang("range_to")
                            and b > s_start
                            and key(toks[b - 1].text) in _any_lang("range_from")
                        ):
                            break
                        if label == "about" and key(toks[b].text) in ("some",) and n.vague:
                            break
                        qualifier = (
                            label
                            if qualifier == "exact" or label in ("more_than", "at_least")
                            else qualifier
                        )
                        q_start = b
                        break
            # "20 і більше", "20 or more", "20 з лишком"
            if qualifier == "exact" and q_end < s_end:
                m = lex.or_more.match_at(keys, q_end, s_end)
                if m:
                    qualifier = m.label  # "і більше": at_least; "з лишком": more_than
            if isinstance(value, list):
                low, high = value
            else:
                low, high = bounds(qualifier, value)
            m = Mention.fast(
                id=doc.next_id("m"),
                kind="quantity",
                start=toks[q_start].start,
                end=toks[q_end - 1].end,
                text=doc.text[toks[q_start].start : toks[q_end - 1].end],
                orig=doc.to_orig(toks[q_start].start, toks[q_end - 1].end),
                quantity=QuantityValue.fast(
                    value=value, qualifier=qualifier, low=low, high=high, words=n.words
                ),
            )
            out.append(
                {
                    "mention": m,
                    "start": q_start,
                    "end": q_end,
                    "num_start": n.start,
                    "num_end": q_end if qualifier == "range" else n.end,
                    "lang": lang,
                }
            )
            i = q_end
    _distribute_qualifiers(doc, out)
    return out


SHARED_QUALIFIERS = ("at_least", "about")


def _distribute_qualifiers(doc: Doc, found: list[dict]) -> None:
    """ "щонайменше 50 вбитих і 500 поранених": "at least" covers both figures."""
    toks = doc.tokens
    for prev, cur in zip(found, found[1:], strict=False):
        p, c = prev["mention"].quantity, cur["mention"].quantity
        if p.qualifier not in SHARED_QUALIFIERS or c.qualifier != "exact":
            continue
        between = [key(t.text) for t in toks[prev["end"] : cur["start"]]]
        if toks[prev["start"]].sent != toks[cur["start"]].sent or not 1 <= len(between) <= 3:
            continue
        if between[-1] not in _joiners() or "," in between:
            continue
        first = prev["start"]
        if first > 0 and toks[first - 1].text == "," and toks[first - 1].sent == toks[first].sent:
            continue  # "three Americans, at least two Britons and one": the middle item's own
        c.qualifier = p.qualifier
        c.low, c.high = bounds(p.qualifier, c.value)


@component("quantities", requires=("tokens",), assigns=("mentions.quantity",))
def make_quantities():
    def quantities(doc: Doc) -> None:
        doc.mentions.extend(f["mention"] for f in find_quantities(doc))

    return quantities
