"""segment: sentences, tokens and lemmas (pymorphy3 for uk/ru, with a cache)."""

from __future__ import annotations

import re
from functools import lru_cache

from ..doc import Doc, Sentence, Token
from ..normalize.chars import APOSTROPHES, unify_apostrophes
from ..registry import component
from ..resources import load_list

_NO_TAGS: frozenset[str] = frozenset()
# word forms whose parses stay cached (~1.3 KB each): 20,000 miss 3.5% more than 50,000
# on the real benchmark corpus (57,477 parses for 55,509 forms; 30,000: 55,931, +13 MB RSS)
PARSES_CACHE = 20_000

TOKEN_RE = re.compile(
    r"\d+(?:[.,:]\d+)*"  # numbers, 3,000 / 14:30 / 1.5
    rf"|[^\W\d_]+(?:[-'{APOSTROPHES}][^\W\d_]+)*"  # words, with inner hyphens/apostrophes
    r"|\S",
)
# a sentence ends at . ! ? … (plus closing quotes/brackets) before a space and
# an upper-case letter, digit, quote or dash; or at a paragraph break
_SENT_END = re.compile(r"[.!?…]+[\"»”’)\]]*(?=\s+[\"«“„(\[\-–—]?[\w])|\n\s*\n")


@lru_cache(maxsize=4)
def morph(lang: str):
    """The pymorphy3 analyzer for uk or ru, loaded once per process."""
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang=lang)


@lru_cache(maxsize=PARSES_CACHE)
def word_parses(word: str, lang: str) -> tuple:
    """Every pymorphy3 parse of a uk/ru word form, best first.

    The one dictionary look-up per word form: segment, places, persons, orgs and quantities
    all read their parses here, so a new word costs one look-up, not one per component.
    Bounded (an LRU shared across documents) so a long ingest does not grow without limit.
    """
    return tuple(morph(lang).parse(word))


# (lemma, grammemes) of word forms: 64k distinct forms in the real benchmark corpus; 50,000
# miss 0.3% more than an unbounded cache and hold ~6 MB less than the former 200,000
@lru_cache(maxsize=50_000)
def analyze(word: str, lang: str) -> tuple[str, frozenset[str]]:
    """(lemma, grammemes) of a word; cached because reports repeat their words."""
    w = unify_apostrophes(word)
    if lang in ("uk", "ru") and not w.isascii():
        p = word_parses(w, lang)[0]
        return p.normal_form, _grammemes(p.tag)
    if lang == "en" or w.isascii():
        return _en_lemma(w.lower()), frozenset()
    return w.lower(), frozenset()


# one frozenset per pymorphy3 tag (a few thousand), not one per cached word form
_TAG_GRAMMEMES: dict = {}


def _grammemes(tag) -> frozenset[str]:
    """The grammemes of a tag, shared by every word form read with it."""
    g = _TAG_GRAMMEMES.get(tag)
    if g is None:
        g = _TAG_GRAMMEMES[tag] = frozenset(tag.grammemes)
    return g


def _en_lemma(w: str) -> str:
    irregular = _en_irregular()
    if w in irregular:
        return irregular[w]
    vocab = _en_vocab()
    if w.endswith("ed") and len(w) > 4:
        for cand in (w[:-1], w[:-2], w[:-3], w[:-3] + "y"):
            if cand in vocab:
                return cand
    if w.endswith("ing") and len(w) > 5:
        for cand in (w[:-3], w[:-3] + "e", w[:-4]):
            if cand in vocab:
                return cand
    for suf, rep in (("ies", "y"), ("sses", "ss"), ("s", "")):
        if w.endswith(suf) and len(w) > len(suf) + 2 and not w.endswith("ss"):
            return w[: -len(suf)] + rep
    return w


@lru_cache(maxsize=1)
def _en_vocab() -> frozenset[str]:
    """Base forms named in the English lexicons: lets '-ed'/'-ing' forms find them."""
    from importlib import resources as res

    words: set[str] = set()
    folder = res.files("sitrep").joinpath("resources", "en")
    for f in folder.iterdir():
        if f.name.endswith((".yaml", ".txt")):
            words.update(re.findall(r"[a-z]+", f.read_text("utf-8").lower()))
    return frozenset(words)


@lru_cache(maxsize=1)
def _en_irregular() -> dict[str, str]:
    out = {}
    for line in load_list("en", "irregular_lemmas"):
        form, _, lemma = line.partition(" ")
        out[form] = lemma.strip()
    return out


@lru_cache(maxsize=8)
def _abbrevs(lang: str) -> frozenset[str]:
    words = load_list(lang, "abbreviations")
    return frozenset(a.lower() for a in words)


def split_sentences(text: str, start: int, end: int, lang: str | None) -> list[tuple[int, int]]:
    abbr = _abbrevs(lang or "en")
    out, pos = [], start
    for m in _SENT_END.finditer(text, start, end):
        cut = m.end()
        if m.group().startswith("."):
            # "вул. Шевченка", "Mr. Smith", "р." are not sentence ends
            j = m.start()
            spaced = j - 2 >= start and text[j - 1] == " " and text[j - 2].isalpha()
            if spaced:
                j -= 1  # "Н . Ф . Клименко", "1648 р .": a tokenized corpus spaces the stop
            i = j
            while i > start and (text[i - 1].isalpha()):
                i -= 1
            word = text[i:j]
            if word.lower() in abbr or (len(word) == 1 and word.isalpha()):
                if not spaced or len(word) > 1 or word.isupper():
                    continue  # spaced, only an initial: "... і я . Далі" ends a sentence
            # "газета St. Louis Post-Dispatch": a capitalized Latin abbreviation inside
            # Cyrillic text is one of English's
            if (
                lang != "en"
                and word.isascii()
                and word.istitle()
                and word.lower() in _abbrevs("en")
            ):
                continue
        if text[pos:cut].strip():
            out.append((pos, cut))
        pos = cut
    if text[pos:end].strip():
        out.append((pos, end))
    trimmed = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            trimmed.append((s, e))
    return trimmed


@component("segment", requires=("text", "paras"), assigns=("sents", "tokens"))
def make_segment():
    def segment(doc: Doc) -> None:
        text = doc.text
        paras = doc.paras or []
        if not paras:
            from ..lang import split_paras

            paras = doc.paras = split_paras(text)
        # (lemma, tags) per word form and language, for this document: a report repeats
        # most of its words, and a dict look-up is cheaper than the tests and LRU call
        seen_by_lang: dict[str, dict[str, tuple[str, frozenset[str]]]] = {}
        append = doc.tokens.append
        for pi, p in enumerate(paras):
            lang = p.lang or doc.lang or "en"
            seen = seen_by_lang.setdefault(lang, {})
            for s, e in split_sentences(text, p.start, p.end, lang):
                si = len(doc.sents)
                doc.sents.append(Sentence(s, e, pi))
                for m in TOKEN_RE.finditer(text, s, e):
                    w = m.group()
                    info = seen.get(w)
                    if info is None:
                        if w[0].isalpha():
                            info = analyze(w, "en" if w.isascii() else lang)
                        else:
                            info = (w, _NO_TAGS)
                        seen[w] = info
                    start = m.start()
                    append(Token(start, start + len(w), w, info[0], info[1], si))

    return segment
