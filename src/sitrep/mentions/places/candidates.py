"""Capitalized runs looked up in the gazetteer by their inflection stems: the candidates."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ...doc import Doc, Token
from ...gazetteer import Index, Place
from ...gazetteer.keys import fold, query_stems, single_keys, stem, words
from ...spans import Spans
from .lexicon import _EN_PREPS, _GAP_OK, _OPENERS, _STOP, MAX_WORDS, _Lexicon, _lexicon


@dataclass(slots=True)
class _Cand:
    start: int  # char offsets into doc.text
    end: int
    tok0: int  # index into the word-token list
    tok1: int  # exclusive
    ids: tuple[int, ...]
    user: bool
    exact_ids: frozenset[int]
    initial: bool
    lang: str
    forms: list[str]
    best: Place | None = None
    score: float = 0.0
    confidence: float = 0.0
    flags: dict = field(default_factory=dict)
    exact: bool = False  # the chosen place's name is spelled so in the text


def _para_lang(doc: Doc) -> list[str]:
    """Language of each sentence (paragraph language, else document language)."""
    return [doc.lang_at(s.start) or "en" for s in doc.sents]


class FindCandidates:
    """The PlaceMatcher methods that candidates decides."""

    def _candidates(self, doc: Doc) -> tuple[list[_Cand], list[Token], set[str]]:
        text = doc.text
        wt = [t for t in doc.tokens if t.text[:1].isalpha()]
        texts = [t.text for t in wt]
        sent_lang = _para_lang(doc)
        initial = [False] * len(wt)
        prev_sent = -1
        # per sentence: [all-caps words, words]
        caps: dict[int, list[int]] = {}
        c = [0, 0]
        for i, t in enumerate(wt):
            if t.sent != prev_sent:
                initial[i] = True
                prev_sent = t.sent
                c = caps.setdefault(t.sent, [0, 0])
            elif t.start > 0:
                # after an opening quote, dash, colon or bullet: capitalized by position
                j = t.start - 1
                while j > 0 and text[j] in " \t":
                    j -= 1
                if text[j] in _OPENERS:
                    initial[i] = True
            c[0] += t.text.isupper() and len(t.text) > 1
            c[1] += 1
        # each lower-case word form once (reports repeat their words)
        lower_stems = {_canon(w) for w in {w for w in texts if w[:1].islower()}}
        blocked = Spans((m.start, m.end) for m in doc.mentions if m.kind in ("date", "quantity"))
        # sentences set in capitals (headlines): there an all-caps word is an ordinary word
        caps_sent = {k for k, (u, n) in caps.items() if u >= 0.6 * n}

        cands: list[_Cand] = []
        i = 0
        n_tok = len(wt)
        while i < n_tok:
            t = wt[i]
            if not t.text[:1].isupper():
                i += 1
                continue
            lang = sent_lang[t.sent] if 0 <= t.sent < len(sent_lang) else (doc.lang or "en")
            lex = _lexicon(lang)
            head = self._heads.get(t.text)
            if head is None:
                head = self._heads[t.text] = self._head(t.text)
            forms0, multi = head
            if not forms0:
                i += 1
                continue
            run = [forms0]
            if multi:
                # the longest run of words that could form one name
                k = i
                while len(run) < MAX_WORDS and k + 1 < n_tok:
                    a, b = wt[k], wt[k + 1]
                    gap = text[a.end : b.start]
                    if b.sent != a.sent or len(gap) > 3 or not set(gap) <= _GAP_OK:
                        break
                    run.append(_forms(b.text))
                    k += 1
            found = 0
            ini0 = initial[i]
            for n in range(len(run), 0, -1):
                key = (tuple(texts[i : i + n]), lang, ini0)
                res = self._memo.get(key)
                if res is None:
                    res = self._match(run[:n], lex, ini0, lang, t.text)
                    if len(self._memo) > 200_000:
                        self._memo.clear()
                    self._memo[key] = res
                if res is _STOP:
                    found = n
                    break
                if not res:
                    continue
                ids, exact, is_user, acronym, forms = res
                s, e = t.start, wt[i + n - 1].end
                if text[e - 2 : e] in ("'s", "’s") and e - s > 3:
                    e -= 2  # Kyiv's -> Kyiv
                if blocked.overlaps(s, e):
                    continue
                found = n
                upper = t.text.isupper() and len(t.text) > 1 and not acronym
                if upper and n == 1 and len(t.text) <= 5 and t.sent not in caps_sent:
                    found = n  # an abbreviation in running text: ОВА, ЗСУ, ISW
                    break
                # in an ALL-CAPS headline capitals say nothing: treat like a sentence start
                ini = ini0 or upper
                cands.append(_Cand(s, e, i, i + n, ids, is_user, exact, ini, lang, forms))
                break
            i += found or 1
        return cands, wt, lower_stems

    def _head(self, word: str) -> tuple[tuple[str, ...], bool]:
        """A capitalized word's folded forms, and whether a multi-word name may start with it."""
        forms0 = _forms(word)
        if not forms0:
            return forms0, False
        if len(self._heads) > 200_000:
            self._heads.clear()
        first = query_stems(forms0[0])
        user = self.user
        multi = self.index.has_multiword(first) or (user is not None and user.has_multiword(first))
        return forms0, multi

    def _match(
        self, run: list[tuple[str, ...]], lex: _Lexicon, initial: bool, lang: str, word0: str
    ):
        """Look up one run of words: _STOP, () for no match, or (ids, exact, user, acronym, forms)."""
        forms = [f for fs in run for f in fs]
        if self._stopped(forms, lex, initial, lang):
            return _STOP
        allcaps = len(run) == 1 and word0.isupper() and len(word0) > 1
        ids, exact, is_user = (), frozenset(), False
        if self.user is not None:
            ids, exact = self.user.match(forms, allcaps)
            is_user = bool(ids)
        if not ids:
            ids, exact = self.index.match(forms, allcaps)
        if not ids:
            return ()
        return ids, exact, is_user, allcaps_hit(self.index, self.user, forms, allcaps), forms

    @staticmethod
    def _stopped(forms: list[str], lex: _Lexicon, initial: bool, lang: str) -> bool:
        if lang == "en":
            key = " ".join(forms)
            return key in lex.stop or (initial and key in lex.stop_initial)
        combos = single_keys(forms[0]) if len(forms) == 1 else _stem_combos(forms)
        for combo in combos:
            if combo in lex.stop or (initial and combo in lex.stop_initial):
                return True
        return False


def allcaps_hit(idx: Index, user: Index | None, forms: list[str], allcaps: bool) -> bool:
    """Whether an all-caps word matched as an acronym (США, UAE), where caps are meant."""
    if not allcaps or len(forms) != 1:
        return False
    key = "^" + forms[0]
    return bool(idx.ids(key) or (user is not None and user.ids(key)))


def _stopped_en(word: str) -> bool:
    """A capitalized English function word ("The", "In") or title: not part of a name."""
    w = fold(word)
    return w in _lexicon("en").stop or w in _EN_PREPS


@lru_cache(maxsize=100_000)
def _canon(word: str) -> str:
    return stem(fold(word))


@lru_cache(maxsize=100_000)
def _forms(word: str) -> tuple[str, ...]:
    if word[-2:] in ("'s", "’s") and len(word) > 3:
        word = word[:-2]  # English possessive: Kyiv's
    return tuple(words(word))


def _stem_combos(forms: list[str]) -> list[str]:
    combos = [""]
    for f in forms:
        combos = [f"{c} {s}" if c else s for c in combos for s in query_stems(f)][:32]
    return combos
