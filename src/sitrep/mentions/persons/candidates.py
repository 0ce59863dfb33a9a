"""Runs of capitalized words, split into name candidates where a name cannot go on."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from ...doc import Doc, Token
from ...names.features import features
from ...names.fold import low as _low
from ...names.tokens import name_tokens
from ...resources import load_list
from ..orgs.lexicon import is_org_word
from .evidence import (
    _LOC_PREP,
    _calendar_here,
    _capitalized,
    _is_initial,
    _on_street,
    _particle,
    _regnal,
    _sentence_initial,
    _title_word,
)
from .hit import PersonHit
from .judge import _judge, _named_for
from .lexicon import _Res, resources

# "spoke to reporters in Hassan": after an English preposition of place the word is a town
# ("a letter from Hassan", "the family of Hassan" still name the person)
_EN_PLACE_PREPS = frozenset(load_list("en", "places_prepositions")) - {
    "of",
    "from",
    "to",
    "between",
}


def _runs(toks: list[Token], text: str, res: _Res) -> list[tuple[list[int], bool]]:
    """Maximal runs of capitalized tokens (with initials and name particles).

    The flag says the run ran into a capitalized word that never belongs to a
    name ("Roman Catholic", "Kyiv Post"): such runs are part of another name.
    """
    out: list[tuple[list[int], bool]] = []
    n = len(toks)
    nxt = 0
    particles, not_names = res.particles, res.not_names
    for i in [i for i, t in enumerate(toks) if t.text[:1].isupper() or "-" in t.text]:
        if i < nxt:
            continue
        w = toks[i].text
        if w in not_names or not (_capitalized(w) or _particle(w, res)):
            continue
        run = [i]
        j = i + 1
        if _is_initial(toks, i):
            run.append(j)
            j += 1
        blocked = False
        while j < n and len(run) < 10:
            prev, cur = toks[j - 1], toks[j]
            if cur.start - prev.end > 1:
                break
            cw = cur.text
            if cur.start == prev.end:
                if prev.text != ".":
                    break
            elif text[prev.end] != " ":
                break
            if _regnal(cw) and _capitalized(prev.text) and len(prev.text) > 1:
                run.append(j)  # "Яна III Собеського", "Катерини II": the numeral is in the name
                j += 1
                continue
            c0 = cw[:1]
            p0 = prev.text[:1]
            if c0.isalpha() and p0.isalpha() and c0.isascii() != p0.isascii():
                break  # "Christian Dior Наталья Кошель": a change of alphabet ends a name
            if c0.islower():
                # "von der Leyen": a chain of particles before a capitalized word
                m = j
                while m < n and m - j < 3 and toks[m].text in particles:
                    m += 1
                if m > j and m < n and _capitalized(toks[m].text):
                    run.extend(range(j, m))
                    j = m
                    continue
                if not _particle(cw, res):
                    break
            elif not _capitalized(cw):
                break
            if cw in not_names:
                blocked = True
                break
            run.append(j)
            if _is_initial(toks, j):
                run.append(j + 1)
                j += 1
            j += 1
        nxt = j
        while run and toks[run[-1]].text in particles:
            run.pop()
        out.append((run, blocked))
    return out


def find_persons(doc: Doc) -> list[PersonHit]:
    res = resources()
    text = doc.text
    tokens = name_tokens(doc)
    # tokens already claimed by places, dates, orgs, quantities, or named in the org lexicon
    starts = [t.start for t in tokens]

    def token_starts(spans: list[tuple[int, int]]) -> set[int]:
        out: set[int] = set()
        for ms, me in spans:
            k = bisect_left(starts, ms)
            if k > 0 and tokens[k - 1].end > ms:
                k -= 1
            while k < len(starts) and starts[k] < me:
                out.add(starts[k])
                k += 1
        return out

    spans = [(m.start, m.end) for m in doc.mentions if m.kind in _OTHER_KINDS]
    taken = token_starts(spans + org_lexicon_spans(doc))
    # a place the gazetteer found may still be a surname after a given name ("Камила Рохас")
    placed = token_starts([(m.start, m.end) for m in doc.mentions if m.kind == "place"])
    # only sentences with a capitalized word after their first one, or a one-word name
    sent_ids = [t.sent for t in tokens]
    cand_sents = sorted({tokens[i].sent for i in _caps(tokens)})
    hits: list[PersonHit] = []
    for sid in cand_sents:
        toks = tokens[bisect_left(sent_ids, sid) : bisect_right(sent_ids, sid)]
        lang = doc.lang_at(toks[0].start)
        for run, blocked in _runs(toks, text, res):
            if blocked:
                continue
            for seg in _segments(toks, run, res, lang, taken, placed):
                hit = _judge(toks, seg, res, lang)
                if hit is not None:
                    hits.append(hit)
                    latin = _latin_gloss(toks, seg[-1], hit)
                    if latin is not None:
                        hits.append(latin)
    # a word the document also uses as a place ("до Бені", "околиці Бені") is that place
    place_words = {
        _low(w) for m in doc.mentions if m.kind == "place" for w in (m.text, m.norm or "")
    }
    place_lemmas = {t.lemma for t in tokens if t.start in placed and t.lemma}
    hits = [
        h
        for h in hits
        if not h.by_morphology
        or not (_low(h.tokens[0].text) in place_words or (h.tokens[0].lemma or "") in place_lemmas)
    ]
    _repeated_given_names(tokens, hits)
    hits += _speaker_labels(text, tokens, hits)
    hits += _repeated_surnames(tokens, hits, taken, res)
    seen: set[tuple[int, int]] = set()
    return [h for h in hits if (h.start, h.end) not in seen and not seen.add((h.start, h.end))]


def _repeated_given_names(tokens: list[Token], hits: list[PersonHit]) -> None:
    """A given name that is also an ordinary word ("Соня", "Роман") is a name when the
    document capitalizes it inside a sentence twice or more and never writes the word in
    lower case: an ordinary word is capitalized only where a sentence starts."""
    key = {id(h): _low(h.tokens[0].lemma or h.tokens[0].text) for h in hits if h.repeat_ok}
    if not key:
        return
    counts: dict[str, int] = {}
    for k in key.values():
        counts[k] = counts.get(k, 0) + 1
    lower = {_low(t.lemma or t.text) for t in tokens if t.text[:1].islower()}
    for h in hits:
        k = key.get(id(h))
        if k is not None and counts[k] >= 2 and k not in lower:
            h.weak = False


def _speaker_labels(text: str, tokens: list[Token], hits: list[PersonHit]) -> list[PersonHit]:
    """ "DAWSON: Can you describe ...": an ALL-CAPS label opening a line (or sentence) of a
    transcript is the speaker, when the document names a person with that word (an interview's intro)."""
    words = {_low(t.text): h for h in hits if not h.weak for t in h.tokens if len(t.text) > 1}
    out = []
    for k, t in enumerate(tokens[:-1]):
        w = t.text
        if not (len(w) > 1 and w.isalpha() and w.isupper()) or tokens[k + 1].text != ":":
            continue
        before = text[max(0, t.start - 80) : t.start].rstrip(" *_>#-\t")
        if before and before[-1] not in "\n.?!":
            continue  # opens no line nor sentence (HTML may have joined the lines)
        h = words.get(_low(w))
        if h is not None:
            out.append(PersonHit(t.start, t.end, [t], ["surname"], h.gender, h.confidence))
    return out


REPEAT_ENDING = 3  # letters of a case ending: "Кернес" / "Кернеса" / "Кадырбаевым"
REPEAT_STEM = 4  # letters the two spellings must share at least
FULL_NAME = 0.9  # confidence of a full name whose surname a lone word may repeat


def _repeated_surnames(
    tokens: list[Token], hits: list[PersonHit], taken: set[int], res: _Res
) -> list[PersonHit]:
    """A capitalized word that is an inflection of the surname of a full name in the same
    document is that person, whatever else its morphology reads ("Кернес" after "Геннадий
    Кернес" is no verb, "Мурси" after "Мухаммед Мурси" no place): a lone surname repeats
    the person the report has named."""
    surnames: dict[str, PersonHit] = {}
    for h in hits:
        # a sure full name: a given name, then the surname last ("Геннадий Кернес")
        if h.weak or h.confidence < FULL_NAME or len(h.tokens) < 2 or h.roles[-1] != "surname":
            continue
        if "given" in h.roles[:-1] and len(h.tokens[-1].text) > REPEAT_STEM:
            surnames.setdefault(_low(h.tokens[-1].text), h)
    if not surnames:
        return []
    covered = {t.start for h in hits for t in h.tokens}
    by_prefix: dict[str, list[str]] = {}
    for w in surnames:
        by_prefix.setdefault(w[:REPEAT_STEM], []).append(w)
    out = []
    for k, t in enumerate(tokens):
        w = t.text
        if not _capitalized(w) or t.start in covered or t.start in taken or len(w) < REPEAT_STEM:
            continue
        if _in_longer_name(tokens, k):
            continue  # "Pérez Carreño hospital": the surname names something else
        if k > 0 and tokens[k - 1].sent == t.sent and tokens[k - 1].text in _EN_PLACE_PREPS:
            continue  # "reporters in Hassan": the town the surname is named for
        if _on_street(tokens, k, res) or _named_for(tokens, k, k):
            continue  # "по бульвару Шевченко", "университет Каразина": named after them
        low = _low(w)
        for sur in by_prefix.get(low[:REPEAT_STEM], ()):
            if _same_stem(low, sur):
                h = surnames[sur]
                out.append(PersonHit(t.start, t.end, [t], ["surname"], h.gender, 0.85))
                break
    return out


def _in_longer_name(tokens: list[Token], k: int) -> bool:
    """A capitalized word right before or after (one space between): a longer name."""
    t = tokens[k]
    for j in (k - 1, k + 1):
        if 0 <= j < len(tokens):
            o = tokens[j]
            gap = t.start - o.end if j < k else o.start - t.end
            if gap != 1 or o.sent != t.sent or not _capitalized(o.text) or len(o.text) < 2:
                continue
            if j < k and (j == 0 or tokens[j - 1].sent != o.sent):
                continue  # "Позже Кернес": the sentence's first word is capitalized anyway
            return True
    return False


def _same_stem(a: str, b: str) -> bool:
    """One spelling is the other with another case ending of at most REPEAT_ENDING letters."""
    if a == b:
        return True
    k = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        k += 1
    return (
        k >= REPEAT_STEM
        and max(len(a), len(b)) - k <= REPEAT_ENDING
        and (min(len(a), len(b)) - k <= 1)
    )


def _latin_gloss(toks: list[Token], last: int, hit: PersonHit) -> PersonHit | None:
    """ "Сюзанна Остхофф (Susanne Osthoff)": the name in Latin letters in brackets is the
    same person's name, as the source writes it."""
    if hit.weak or last + 2 >= len(toks) or toks[last + 1].text != "(":
        return None
    k = last + 2
    words: list[Token] = []
    while k < len(toks) and toks[k].text != ")" and len(words) < 5:
        t = toks[k]
        if not (t.text.isascii() and (_capitalized(t.text) or "-" in t.text)):
            return None
        words.append(t)
        k += 1
    if not words or k >= len(toks) or toks[k].text != ")" or len(words) != len(hit.tokens):
        return None
    return PersonHit(
        start=words[0].start,
        end=words[-1].end,
        tokens=words,
        roles=list(hit.roles),
        gender=hit.gender,
        confidence=hit.confidence,
    )


_OTHER_KINDS = ("date", "org", "quantity")


def _caps(tokens: list[Token]) -> list[int]:
    return [i for i, t in enumerate(tokens) if t.text[:1].isupper() or "-" in t.text]


def org_lexicon_spans(doc: Doc) -> list[tuple[int, int]]:
    """Spans of organizations found before persons ("Ministry of Internal Affairs")."""
    return [(h.start, h.end) for h in doc.org_candidates]


def _segments(
    toks: list[Token],
    run: list[int],
    res: _Res,
    lang: str | None,
    taken: set[int],
    placed: set[int],
) -> list[list[int]]:
    """Split a run at words that cannot be part of a name (titles, places, common words)."""
    segs: list[list[int]] = []
    cur: list[int] = []
    for k in run:
        t = toks[k]
        w = t.text
        if w == "." or w in res.particles or (_regnal(w) and cur):
            if cur:
                cur.append(k)
            continue
        f = features(w, lang)
        low = _low(w)
        initial = _is_initial(toks, k)
        # the word before, past a particle ("Омар бін Заїд")
        named = [c for c in cur if toks[c].text != "." and toks[c].text not in res.particles]
        after_given = bool(named) and features(toks[named[-1]].text, lang).given
        if t.start in placed:
            # a place unless a listed given name stands right before it, or it is one
            prev_f = features(toks[cur[-1]].text, lang) if cur else None
            after_listed = prev_f is not None and prev_f.listed
            # "Эрика Гарнера": after a given name, a word the dictionary knows as no place
            # (the gazetteer's record is a namesake town) is the surname
            after_listed = after_listed or (
                prev_f is not None and prev_f.given and not (f.known or f.geo or f.latin)
            )
            # "Б. Хмельницький": an initial right before it makes the word a surname
            after_listed = after_listed or (len(cur) >= 2 and _is_initial(toks, cur[-2]))
            nxt = run[run.index(k) + 1] if run.index(k) + 1 < len(run) else None
            starts_name = f.listed and nxt is not None and toks[nxt].start in placed
            after_prep = k > 0 and _low(toks[k - 1].text) in _LOC_PREP  # "в Курмана ..."
            if nxt is not None and not (f.known or f.geo or f.latin or after_prep):
                # "Курмана Исмаилова": a word the dictionary does not know, read as a place
                # by the gazetteer, before a word with a surname's ending is a given name
                nf = features(toks[nxt].text, lang)
                starts_name = starts_name or bool((nf.surn or nf.surn_suffix) and not nf.geo)
            if not (after_listed or starts_name or (f.listed and nxt is not None)):
                if cur:
                    segs.append(cur)
                cur = []
                continue
        stop = (
            t.start in taken
            or (_title_word(low, res) or (t.lemma in res.titles and not f.listed))
            or (not f.listed and is_org_word(w, t.lemma))
            or (low in res.calendar and _calendar_here(toks, k))
            or (not initial and (f.geo and not f.listed or f.org))
            or (not initial and not after_given and (f.func or f.nonname and (cur or k != run[-1])))
            or (len(w) == 1 and not initial)
        )
        # a sentence-initial common word ("Інша", "Відео") starts no name
        if not stop and not initial and not cur and _sentence_initial(toks, k):
            stop = f.common and not f.listed and not f.surn and not f.surn_suffix
        if stop:
            if cur:
                segs.append(cur)
            cur = []
            continue
        cur.append(k)
    if cur:
        segs.append(cur)
    out = []
    for seg in segs:
        while seg and (toks[seg[-1]].text == "." or toks[seg[-1]].text in res.particles):
            if toks[seg[-1]].text == "." and len(seg) >= 2 and len(toks[seg[-2]].text) == 1:
                break
            seg = seg[:-1]
        while seg and toks[seg[0]].text in (".",):
            seg = seg[1:]
        if seg:
            out.append(seg)
    return out
