"""Lemma-based phrase matching shared by the actor, claim and event stages.

Lexicon entries are written in natural (usually nominative) form in the
per-language data files and lemmatized at load time with the same analyzer
the segmenter uses, so every inflected form in a report matches them.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from .doc import Doc, Token
from .lang.letters import unify_letters
from .normalize.chars import unify_apostrophes
from .segment import TOKEN_RE, analyze

_KEYS: dict[str, str] = {}
# keys memoized at most (82k after the real benchmark corpus); most words are their own key,
# and then the memo keeps the word itself, not a lower-cased copy of it
_KEYS_MAX = 200_000


def key(s: str) -> str:
    """The form words are compared in: lower case, ё as е, one apostrophe (memoized)."""
    k = _KEYS.get(s)
    if k is None:
        if len(_KEYS) > _KEYS_MAX:
            _KEYS.clear()
        k = unify_apostrophes(unify_letters(s.lower()))
        k = _KEYS[s] = s if k == s else k
    return k


def token_keys(tok: Token) -> tuple[str, str]:
    return key(tok.lemma), key(tok.text)


@lru_cache(maxsize=100_000)
def phrase_keys(phrase: str, lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(lemmas, surface forms) of a lexicon phrase."""
    words = [m.group() for m in TOKEN_RE.finditer(phrase)]
    lemmas = tuple(key(analyze(w, lang)[0]) if w[0].isalpha() else w for w in words)
    return lemmas, tuple(key(w) for w in words)


@dataclass(frozen=True, slots=True)
class Match:
    start: int  # token index
    end: int  # token index, exclusive
    label: str
    phrase: str


Keys = Sequence[tuple[str, str]]


def doc_keys(doc: Doc) -> list[tuple[str, str]]:
    """(lemma key, surface key) of every token, computed once per document."""
    keys = doc.user.get("_keys")
    if keys is None or len(keys) != len(doc.tokens):
        # `token_keys` inlined: the memo's get first, `key` only for a string it lacks
        get = _KEYS.get
        keys = doc.user["_keys"] = [
            (get(t.lemma) or key(t.lemma), get(t.text) or key(t.text)) for t in doc.tokens
        ]
    return keys


def key_positions(doc: Doc) -> dict[str, list[int]]:
    """Token positions of every lemma and surface key of a document (cached)."""
    cached = doc.user.get("_key_pos")
    if cached is not None and cached[0] == len(doc.tokens):
        return cached[1]
    where: dict[str, list[int]] = {}
    for i, (lem, surf) in enumerate(doc_keys(doc)):
        where.setdefault(lem, []).append(i)
        if surf != lem:
            where.setdefault(surf, []).append(i)
    doc.user["_key_pos"] = (len(doc.tokens), where)
    return where


class PhraseMatcher:
    """Find lexicon phrases in a document's token keys (see `doc_keys`)."""

    def __init__(self, lang: str, entries: dict[str, Iterable[str]]):
        self.lang = lang
        self.index: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
        for label, phrases in entries.items():
            for phrase in phrases or ():
                phrase = str(phrase)
                lemmas, surface = phrase_keys(phrase, lang)
                if not lemmas:
                    continue
                for seq in {lemmas, surface}:
                    entry = (seq, label, phrase)
                    bucket = self.index.setdefault(seq[0], [])
                    if not any(e[0] == seq and e[1] == label for e in bucket):
                        bucket.append(entry)
        for cands in self.index.values():
            cands.sort(key=lambda c: -len(c[0]))

    def _at(self, keys: Keys, i: int, end: int, first_only: bool):
        lem, surf = keys[i]
        cands = self.index.get(lem, ())
        if surf != lem:
            cands = [*cands, *self.index.get(surf, ())]
        out = []
        for seq, label, phrase in cands:
            n = len(seq)
            if n > 1:
                if i + n > end:
                    continue
                k = 1
                while k < n and seq[k] in keys[i + k]:
                    k += 1
                if k < n:
                    continue
            out.append(Match(i, i + n, label, phrase))
            if first_only:
                break
        if len(out) > 1:
            out.sort(key=lambda m: m.start - m.end)
        return out

    def match_at(self, keys: Keys, i: int, end: int | None = None) -> Match | None:
        """The longest phrase starting at token i."""
        if self.index.get(keys[i][0]) is None and self.index.get(keys[i][1]) is None:
            return None
        found = self._at(keys, i, len(keys) if end is None else end, False)
        return found[0] if found else None

    # -- whole-document scans, cached on the Doc: components ask per sentence, and one
    # pass over the document is far cheaper than one per sentence
    def _scan(self, doc: Doc, overlapping: bool) -> tuple[list[int], list[Match]]:
        cache = doc.user.setdefault("_phrase_scan", {})
        ck = (id(self), overlapping)
        hit = cache.get(ck)
        if hit is not None:
            return hit
        keys = doc_keys(doc)
        toks = doc.tokens
        index, n = self.index, len(keys)
        where = key_positions(doc)
        # only the tokens whose keys open a phrase of this lexicon (a set intersection in C)
        cands = sorted({i for k in index.keys() & where.keys() for i in where[k]})
        out: list[Match] = []
        nxt = 0
        for i in cands:
            if not overlapping and i < nxt:
                continue
            sent = toks[i].sent
            ms = [m for m in self._at(keys, i, n, False) if toks[m.end - 1].sent == sent]
            if not ms:
                continue
            if overlapping:
                out.extend(ms)
            else:
                out.append(ms[0])
                nxt = ms[0].end
        hit = cache[ck] = ([m.start for m in out], out)
        return hit

    def find_in(self, doc: Doc, start: int, end: int) -> list[Match]:
        """`find` over tokens [start, end) of a document (one sentence, usually)."""
        starts, out = self._scan(doc, False)
        if not starts:
            return []
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        return [m for m in out[lo:hi] if m.end <= end]

    def find_all_in(self, doc: Doc, start: int, end: int) -> list[Match]:
        """`find_all` over tokens [start, end) of a document."""
        starts, out = self._scan(doc, True)
        if not starts:
            return []
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        return [m for m in out[lo:hi] if m.end <= end]


def sentence_token_ranges(doc: Doc) -> list[tuple[int, int]]:
    """Token index range [a, b) of every sentence (cached on the doc)."""
    cached = doc.user.get("_sent_tok")
    if cached is not None and len(cached) == len(doc.sents):
        return cached
    ranges = [[0, 0] for _ in doc.sents]
    seen = set()
    for i, t in enumerate(doc.tokens):
        if t.sent not in seen:
            ranges[t.sent][0] = i
            seen.add(t.sent)
        ranges[t.sent][1] = i + 1
    out = [(a, b) for a, b in ranges]
    doc.user["_sent_tok"] = out
    return out


def token_at(doc: Doc, pos: int) -> int:
    """Index of the first token that ends after character `pos`."""
    from bisect import bisect_right

    ends = doc.user.get("_tok_ends")
    if ends is None or len(ends) != len(doc.tokens):
        ends = doc.user["_tok_ends"] = [t.end for t in doc.tokens]
    return bisect_right(ends, pos)


def lang_of(doc: Doc, pos: int) -> str:
    """`Doc.lang_at`, English when nothing is known (the lexicons need some language)."""
    return doc.lang_at(pos) or "en"
