"""Who a figure is attributed to: the source phrase and its span.

An attribution is a prefix ("за даними X", "according to X"), a speech verb
with its subject ("X заявив", "said the ministry") or a second voice in an
elliptical clause ("правозахисники — про понад сотню"). A figure takes the
nearest attribution before it, else the nearest after it, else the author.
"""

from __future__ import annotations

from ..doc import Doc
from ..lexicon import key, token_at
from ..schema.models import Mention, Source
from .lexicon import ClaimLexicon
from .words import (
    CONTRAST,
    EN_FUNCTION,
    PASSIVE_BE,
    PRONOUNS,
    QUOTES,
    SOURCE_OPENERS,
    STOP_PUNCT,
    VOICE_ABOUT,
)

# (cue token index, source token range, said in a contrasting clause)
Attribution = tuple[int, tuple[int, int], bool]


def _source_from(doc: Doc, mentions: list[Mention], i: int, j: int) -> tuple[int, int] | None:
    """Trim a token range to a plausible source phrase."""
    toks = doc.tokens
    # "Вечером 14 марта министерство ...": a leading time phrase is not the source
    dates = [m for m in mentions if m.kind == "date"]
    last_time = max(
        (
            k
            for k in range(i, j)
            if toks[k].text[0].isdigit() or any(d.start <= toks[k].start < d.end for d in dates)
        ),
        default=None,
    )
    if last_time is not None and last_time + 1 < j:
        i = last_time + 1
    while i < j and (toks[i].text in STOP_PUNCT or key(toks[i].text) in SOURCE_OPENERS):
        i += 1
    while j > i and toks[j - 1].text in STOP_PUNCT - QUOTES:
        j -= 1
    if i >= j or key(toks[i].text) in PRONOUNS:
        return None
    if all(key(t.text) in EN_FUNCTION for t in toks[i:j]):
        return None  # "23 people are reported dead": "are" is no source
    if any(t.text[0].isdigit() for t in toks[i:j]):
        return None
    return (i, j)


def find_sources(
    doc: Doc,
    a: int,
    b: int,
    lex: ClaimLexicon,
    mentions: list[Mention],
    previous: tuple[int, int] | None,
) -> list[Attribution]:
    """Every attribution in sentence tokens [a, b) as (cue token index, source token range)."""
    toks = doc.tokens
    found: list[Attribution] = []
    prefixes = lex.attr_prefix.find_in(doc, a, b)
    in_prefix = {k for m in prefixes for k in range(m.start, m.end)}
    for m in prefixes:
        j = m.end
        while j < b and j - m.end < 10 and toks[j].text not in STOP_PUNCT - QUOTES:
            if toks[j].text[0].isdigit():
                break
            j += 1
        # keep a closing quote of a quoted name («Каражанбас»)
        if (
            j < b
            and toks[j].text in ("»", "”", '"')
            and any(t.text in QUOTES for t in toks[m.end : j])
        ):
            j += 1
        src = _source_from(doc, mentions, m.end, j)
        if src:
            found.append((m.start, src, False))
    for v in range(a + 1, b - 1):
        # ", правозахисники — про понад сотню": a second voice in an elliptical clause
        if toks[v].text in ("—", "–") and key(toks[v + 1].text) in VOICE_ABOUT:
            i = v
            while i > a and toks[i - 1].text not in STOP_PUNCT:
                i -= 1
            span = _best_named(doc, mentions, i, v) or _source_from(doc, mentions, i, v)
            if span and i > a:
                found.append((v, span, False))
    for v in range(a, b):
        # "Як повідомив X": the verb of a prefix has X after it, never a subject before it
        if key(toks[v].lemma) not in lex.attr_verbs or v in in_prefix:
            continue
        if any(m.start <= toks[v].start < m.end for m in mentions if m.kind in ("org", "person")):
            continue  # "the State Emergency Service": a word of a name is no speech verb
        # inverted: '"...", - сказала Айман Унгарбаева' / '..., said the ministry'
        before = toks[v - 1].text if v > a else ""
        if before in {"-", "—", "–", ","} | QUOTES:
            j = v + 1
            while j < b and toks[j].text not in STOP_PUNCT:
                j += 1
            span = _best_named(doc, mentions, v + 1, j) or _source_from(doc, mentions, v + 1, j)
            if span:
                found.append((v, span, False))
                continue
        if before and key(before) in PASSIVE_BE:
            continue  # "8 people have been reported killed": passive, nobody named
        # subject before the verb, back to the clause start
        i = v
        while i > a and toks[i - 1].text not in STOP_PUNCT:
            i -= 1
        contrast = any(key(t.text) in CONTRAST for t in toks[i:v])
        span = _best_named(doc, mentions, i, v) or _source_from(doc, mentions, i, v)
        if span is None and i < v and key(toks[i].text) in PRONOUNS:
            span = previous  # "It also said ...": the body named just before
        elif span is None:
            # "The union, which tracks casualties, said ...": the sentence's first phrase
            j = a
            while j < v and toks[j].text not in STOP_PUNCT - QUOTES:
                j += 1
            span = _best_named(doc, mentions, a, j) or _source_from(doc, mentions, a, j)
        if span:
            found.append((v, span, contrast))
    return found


def _best_named(doc: Doc, mentions: list[Mention], i: int, j: int) -> tuple[int, int] | None:
    """A person/org/actor mention inside token range [i, j), person first."""
    toks = doc.tokens
    if i >= j:
        return None
    s, e = toks[i].start, toks[j - 1].end
    for kind in ("person", "org", "actor"):
        for m in mentions:
            if m.kind == kind and s <= m.start and m.end <= e:
                return token_at(doc, m.start), token_at(doc, m.end - 1) + 1
    return None


def source_for(
    doc: Doc, sources: list[Attribution], mentions: list[Mention], q_start: int, q_end: int
) -> Source:
    """The source of the figure at tokens [q_start, q_end)."""
    # the nearest attribution before the figure, else the nearest after it
    cands = [(q_start - pos, span) for pos, span, _ in sources if pos < q_start]
    cands = cands or [(pos - q_end, span) for pos, span, c in sources if pos >= q_end and not c]
    cands = [c for c in cands if not (c[1][0] <= q_start < c[1][1])]
    if not cands:
        return Source.fast(name="author", kind="author", span=None)
    i, j = min(cands, key=lambda c: c[0])[1]
    toks = doc.tokens
    s, e = toks[i].start, toks[j - 1].end
    kind = "other"
    for m in mentions:
        if m.start < e and s < m.end and m.kind in ("person", "org", "actor"):
            kind = m.kind
            break
    return Source.fast(name=doc.text[s:e], kind=kind, span=doc.span(s, e))
