"""Names the org lexicon lists (МВС / МВД / Interior Ministry), with a country after them."""

from __future__ import annotations

from ...doc import Doc, OrgCandidate, Token
from ...names.demonyms import is_demonym
from ...names.fold import low as _low
from ...spans import Spans
from .context import _adjacent, _capitalized, _en_word, _first_word, _lang_of, _place_spans
from .lexicon import _Alias, _Res, grammemes, lemmas
from .tails import _country_tail


def _lexicon_hits(doc: Doc, toks: list[Token], lows: list[str], res: _Res) -> list[OrgCandidate]:
    text = doc.text
    hits: list[OrgCandidate] = []
    exact, by_lemma = res.exact, res.by_lemma
    places = _place_spans(doc)
    countries = Spans(
        (m.start, m.end)
        for m in doc.mentions
        if m.kind == "place" and m.place is not None and m.place.feature == "country"
    )
    cands = [
        i
        for i, t in enumerate(toks)
        if t.text in exact or lows[i] in by_lemma or t.lemma in by_lemma
    ]
    done = 0
    for i in cands:
        if i < done:
            continue
        t = toks[i]
        aliases = list(exact.get(t.text, ())) + list(by_lemma.get(lows[i], ()))
        if t.lemma != lows[i]:
            aliases += by_lemma.get(t.lemma, ())
        best: tuple[int, _Alias] | None = None
        lang = _lang_of(doc, t)
        for a in aliases:
            end = _match_alias(a, toks, lows, i, text, lang)
            if end is not None and (best is None or end > best[0]):
                best = (end, a)
        if best is None:
            continue
        end, a = best
        words = [x for x in toks[i:end] if x.text[:1].isalpha()]
        is_acr = all(s[0] == "x" for s in a.specs)
        # "червоний хрест" in lower case is a symbol, "генпрокуратура" a common noun
        if not is_acr and not any(_named(x.text) for x in words):
            # "министерства обороны": an official body's full name is one in lower case too
            if len(words) < 2 or res.head_forms.get(lows[i]) not in res.heads:
                continue
        if not is_acr and len(words) == 1 and _adjective_opening(toks, i, text, lang):
            continue  # "Суспільне життя змінилося": an adjective opening a sentence
        start = i
        if a.country is None and toks[i].text.isascii() and len(a.specs) > 1:
            # "Mexican Red Cross", "Kazakh Interior Ministry": the name goes on to the left
            while start > 0 and _en_word(toks[start - 1].text) and not _first_word(toks, start - 1):
                if not _adjacent(toks[start - 1], toks[start], text):
                    break
                start -= 1
        last = end - 1
        if a.country is None:
            last = _country_tail(toks, last, text, lang, places)
        elif not toks[i].text.isascii():
            # "Кабінету Міністрів України": the body's own country named after it is in the name
            j = _country_tail(toks, last, text, lang, countries)
            if j > last and countries.covers(toks[j].start, toks[j].end):
                last = j
        name = a.name
        nxt = toks[last + 1] if last + 1 < len(toks) else None
        if nxt is not None and nxt.text.isascii() and _adjacent(toks[last], nxt, text):
            if _capitalized(nxt.text) and (_low(nxt.text) in res.demonyms or is_demonym(nxt.text)):
                last += 1  # "BBC Persian", "Radio Liberty's Kazakh" service
                name = f"{a.name} {nxt.text}"
        hits.append(
            OrgCandidate(toks[start].start, toks[last].end, name, 0.95, "lexicon", a.country,
                   generic=a.country is None)
        )  # fmt: skip
        done = last + 1
    return hits


def _match_alias(
    a: _Alias, toks: list[Token], lows: list[str], i: int, text: str, lang: str
) -> int | None:
    j = i
    n = len(toks)
    for kind, keys in a.specs:
        if j >= n:
            return None
        t = toks[j]
        gap = text[toks[j - 1].end : t.start] if j > i else ""
        if gap and not gap.isspace() and gap.rstrip() not in ("'s", "’s"):
            return None
        if kind == "x":
            if t.text not in keys:
                return None
        elif lows[j] not in keys and t.lemma not in keys:
            if not (lemmas(t.text, "en" if t.text.isascii() else lang) & keys):
                return None
        j += 1
    return j


def _named(word: str) -> bool:
    """Capitalized, or capitalized after a particle's hyphen ("al-Shabab", "аль-Каїда")."""
    return any(_capitalized(p) for p in word.split("-"))


def _adjective_opening(toks: list[Token], i: int, text: str, lang: str) -> bool:
    """A one-word name that is also an adjective, first in its sentence and followed by a
    lower-case noun ("Суспільне життя"): capitalized by position, the ordinary adjective."""
    t = toks[i]
    if t.text.isascii() or not _first_word(toks, i) or i + 1 >= len(toks):
        return False
    nxt = toks[i + 1]
    return (
        _adjacent(t, nxt, text)
        and nxt.text[:1].islower()
        and "ADJF" in grammemes(t.text, lang)
        and "NOUN" in grammemes(nxt.text, lang)
        and "VERB" not in grammemes(nxt.text, lang)
    )
