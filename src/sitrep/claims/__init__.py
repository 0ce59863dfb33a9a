"""claims: figures of killed / injured / arrested / ... with qualifier, certainty, source.

A quantity becomes a claim when it counts people (a person noun or a
casualty word follows it) and a claim word of one kind is near it in the same
sentence. Certainty comes from the nearest cue in the sentence, the source
from an attribution ("за даними X", "according to X", "X said") or else the
author; the perpetrator from a state-force or armed actor in the sentence.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from ..doc import Doc
from ..lexicon import (
    PhraseMatcher,
    doc_keys,
    key,
    lang_of,
    phrase_keys,
    sentence_token_ranges,
    token_at,
)
from ..mentions.quantities import bounds, number_lexicon
from ..registry import component
from ..resources import load_yaml
from ..schema.models import Claim, Mention, Source

CASUALTY_KINDS = ("killed", "injured", "casualties", "arrested", "detained", "missing", "displaced")
STOP_PUNCT = {",", ".", ";", ":", "—", "–", "(", ")", "!", "?", "«", "»", '"', "“", "”", "„"}
QUOTES = {"«", "»", '"', "“", "”", "„"}
PRONOUNS = {
    "він",
    "вона",
    "вони",
    "воно",
    "он",
    "она",
    "они",
    "оно",
    "he",
    "she",
    "they",
    "it",
    "we",
    "ми",
    "мы",
    "я",
    "i",
    "who",
    "який",
    "яка",
    "які",
    "который",
    "которая",
    "которые",
}
# words that open a source phrase without belonging to the source's name
LEADING_JUNK = {
    "що",
    "что",
    "that",
    "в",
    "у",
    "на",
    "з",
    "із",
    "зі",
    "от",
    "из",
    "со",
    "in",
    "from",
    "at",
    "by",
    "the",
    "також",
    "также",
    "also",
    "ще",
    "еще",
    "and",
    "і",
    "й",
    "та",
    "и",
    "а",
    "later",
    "then",
    "потім",
    "затем",
    "позже",
    "пізніше",
    "however",
    "однак",
    "однако",
    "проте",
}
# a clause opened by one of these speaks for itself, not for the figure before it
CONTRAST = {
    "although",
    "though",
    "while",
    "whereas",
    "but",
    "хоча",
    "але",
    "тоді",
    "проте",
    "хотя",
    "но",
    "однако",
    "тогда",
    "зато",
}
SUBSET_OPENERS = {
    "the",
    "them",
    "those",
    "these",
    "whom",
    "which",
    "us",
    "their",
    "our",
    "my",
    "his",
    "her",
    "its",
    "your",
}
CONJUNCTIONS = {
    "and",
    "і",
    "й",
    "та",
    "и",
    ",",
    ";",
    "but",
    "а",
    "але",
    "но",
    "while",
    "тоді",
    "тогда",
}
OF_WORDS = {"of", "з", "із", "зі", "из", "серед", "среди", "among"}
PERPETRATOR_ROLES = {"state forces", "armed group", "rioters"}
NEGATORS = {"не", "not", "no", "ні", "ни", "never", "без", "without"}
NO_ONE = {"жодне", "жоден", "жодна", "жодного", "ни", "одно", "none", "nobody", "ніхто", "никто"}


@dataclass
class ClaimLexicon:
    kinds: PhraseMatcher
    units: PhraseMatcher
    persons: PhraseMatcher
    certainty: PhraseMatcher
    attr_prefix: PhraseMatcher
    attr_verbs: frozenset[str]
    nobody: PhraseMatcher
    absent: PhraseMatcher


@lru_cache(maxsize=8)
def claim_lexicon(lang: str) -> ClaimLexicon:
    d = {**(load_yaml(lang, "claims") or {}), **(load_yaml(lang, "people") or {})}
    neg = d.get("negation") or {}
    return ClaimLexicon(
        kinds=PhraseMatcher(lang, d.get("kinds") or {}),
        units=PhraseMatcher(lang, d.get("unit_kinds") or {}),
        persons=PhraseMatcher(lang, {"person": d.get("person_nouns") or []}),
        certainty=PhraseMatcher(lang, d.get("certainty") or {}),
        attr_prefix=PhraseMatcher(
            lang, {"source": (d.get("attribution") or {}).get("prefix") or []}
        ),
        attr_verbs=frozenset(
            phrase_keys(str(v), lang)[0][0] for v in (d.get("attribution") or {}).get("verbs") or ()
        ),
        nobody=PhraseMatcher(lang, {"nobody": neg.get("nobody") or []}),
        absent=PhraseMatcher(lang, {"absent": neg.get("absent") or []}),
    )


_EN_FUNCTION = {
    "were",
    "was",
    "are",
    "is",
    "have",
    "had",
    "has",
    "been",
    "of",
    "and",
    "or",
    "more",
    "in",
    "on",
    "at",
    "by",
    "after",
    "during",
    "when",
    "as",
    "who",
    "that",
    "the",
    "from",
    "with",
    "reportedly",
    "also",
    "later",
    "including",
    "among",
    "died",
    "dead",
    "killed",
    "injured",
    "wounded",
    "hurt",
    "arrested",
    "detained",
    "missing",
    "people",
}


class SentenceContext:
    """Everything the claim rules need to know about one sentence, computed once."""

    def __init__(
        self,
        doc: Doc,
        a: int,
        b: int,
        lang: str,
        lex: ClaimLexicon,
        previous: tuple[int, int] | None = None,
    ):
        self.doc, self.a, self.b, self.lang, self.lex = doc, a, b, lang, lex
        self.previous = previous  # the last named source of the paragraph, for "It said"
        self.claims: list[Claim] = []  # claims found in this sentence so far
        toks = doc.tokens
        self.keys = doc_keys(doc)
        units = lex.units.find_all_in(doc, a, b)
        self.unit_spans = {(m.start, m.end) for m in units}
        self.kinds = lex.kinds.find_all_in(doc, a, b) + units
        self.cues = lex.certainty.find_in(doc, a, b)
        self.mentions = doc.mentions_by_sentence().get(toks[a].sent, [])
        self.sources = self._attribution()

    # -- source -----------------------------------------------------------
    def _source_from(self, i: int, j: int) -> tuple[int, int] | None:
        """Trim a token range to a plausible source phrase."""
        toks = self.doc.tokens
        # "Вечером 14 марта министерство ...": a leading time phrase is not the source
        dates = [m for m in self.mentions if m.kind == "date"]
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
        while i < j and (toks[i].text in STOP_PUNCT or key(toks[i].text) in LEADING_JUNK):
            i += 1
        while j > i and toks[j - 1].text in STOP_PUNCT - QUOTES:
            j -= 1
        if i >= j or key(toks[i].text) in PRONOUNS:
            return None
        if any(t.text[0].isdigit() for t in toks[i:j]):
            return None
        return (i, j)

    def _attribution(self) -> list[tuple[int, tuple[int, int], bool]]:
        """Every attribution in the sentence as (cue token index, source token range)."""
        toks, a, b = self.doc.tokens, self.a, self.b
        found: list[tuple[int, tuple[int, int]]] = []
        for m in self.lex.attr_prefix.find_in(self.doc, a, b):
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
            src = self._source_from(m.end, j)
            if src:
                found.append((m.start, src, False))
        for v in range(a + 1, b - 1):
            # ", правозахисники — про понад сотню": a second voice in an elliptical clause
            if toks[v].text in ("—", "–") and key(toks[v + 1].text) in ("про", "о", "об", "about"):
                i = v
                while i > a and toks[i - 1].text not in STOP_PUNCT:
                    i -= 1
                span = self._best_named(i, v) or self._source_from(i, v)
                if span and i > a:
                    found.append((v, span, False))
        for v in range(a, b):
            if key(toks[v].lemma) not in self.lex.attr_verbs:
                continue
            # inverted: '"...", - сказала Айман Унгарбаева' / '..., said the ministry'
            before = toks[v - 1].text if v > a else ""
            if before in {"-", "—", "–", ","} | QUOTES:
                j = v + 1
                while j < b and toks[j].text not in STOP_PUNCT:
                    j += 1
                span = self._best_named(v + 1, j) or self._source_from(v + 1, j)
                if span:
                    found.append((v, span, False))
                    continue
            # subject before the verb, back to the clause start
            i = v
            while i > a and toks[i - 1].text not in STOP_PUNCT:
                i -= 1
            contrast = any(key(t.text) in CONTRAST for t in toks[i:v])
            span = self._best_named(i, v) or self._source_from(i, v)
            if span is None and i < v and key(toks[i].text) in PRONOUNS:
                span = self.previous  # "It also said ...": the body named just before
            elif span is None:
                # "The union, which tracks casualties, said ...": the sentence's first phrase
                j = a
                while j < v and toks[j].text not in STOP_PUNCT - QUOTES:
                    j += 1
                span = self._best_named(a, j) or self._source_from(a, j)
            if span:
                found.append((v, span, contrast))
        return found

    def _best_named(self, i: int, j: int) -> tuple[int, int] | None:
        """A person/org/actor mention inside token range [i, j), person first."""
        toks = self.doc.tokens
        if i >= j:
            return None
        s, e = toks[i].start, toks[j - 1].end
        for kind in ("person", "org", "actor"):
            for m in self.mentions:
                if m.kind == kind and s <= m.start and m.end <= e:
                    return token_at(self.doc, m.start), token_at(self.doc, m.end - 1) + 1
        return None

    def source_for(self, q_start: int, q_end: int) -> Source:
        # the nearest attribution before the figure, else the nearest after it
        cands = [(q_start - pos, span) for pos, span, _ in self.sources if pos < q_start]
        cands = cands or [
            (pos - q_end, span) for pos, span, c in self.sources if pos >= q_end and not c
        ]
        cands = [c for c in cands if not (c[1][0] <= q_start < c[1][1])]
        if not cands:
            return Source.fast(name="author", kind="author", span=None)
        i, j = min(cands, key=lambda c: c[0])[1]
        toks = self.doc.tokens
        s, e = toks[i].start, toks[j - 1].end
        kind = "other"
        for m in self.mentions:
            if m.start < e and s < m.end and m.kind in ("person", "org", "actor"):
                kind = m.kind
                break
        return Source.fast(name=self.doc.text[s:e], kind=kind, span=self.doc.span(s, e))

    # -- certainty --------------------------------------------------------
    def certainty_for(self, q_start: int, q_end: int) -> str:
        toks = self.doc.tokens
        best, best_d = "reported", None
        for m in self.cues:
            label = m.label
            if label == "confirmed":
                # "не підтвердилася", "no independent source confirms", "підтвердження не має"
                before = {key(t.text) for t in toks[max(self.a, m.start - 4) : m.start]}
                after = [key(t.text) for t in toks[m.end : min(self.b, m.end + 3)]]
                if (
                    before & (NEGATORS | NO_ONE)
                    or {"немає", "нема", "нет"} & set(after)
                    or ("не" in after and ("має" in after or "имеет" in after))
                ):
                    label = "unconfirmed"
            d = q_start - m.end if m.end <= q_start else max(m.start - q_end, 0)
            rank = {"denied": 0, "unconfirmed": 1, "confirmed": 2}[label]
            if best_d is None or (d, rank) < best_d:
                best, best_d = label, (d, rank)
        return best


def _unit(ctx: SentenceContext, j: int) -> tuple[str, str | None, int]:
    """What the number counts: ('kind', kind, idx) | ('person', None, idx) | ('none'|'thing', None, j)."""
    toks, b, lex = ctx.doc.tokens, ctx.b, ctx.lex
    k = j
    for _ in range(3):
        if k >= b:
            return "none", None, j
        t = toks[k]
        if t.text in ("(", ")"):
            return "none", None, j
        if t.text in QUOTES:
            k += 1
            continue
        if key(t.text) == "of" and k + 1 < b and key(toks[k + 1].text) not in SUBSET_OPENERS:
            k += 1  # "thousands of protesters"
            continue
        m = lex.units.match_at(ctx.keys, k, b)
        if m:
            return "kind", m.label, k
        if lex.persons.match_at(ctx.keys, k, b):
            return "person", None, k
        if "NOUN" in t.tags and "anim" in t.tags and "Name" not in t.tags and "Surn" not in t.tags:
            return "person", None, k  # any animate noun counts people: "горняків", "студентов"
        if not t.text[0].isalpha():
            return "none", None, j
        tags = t.tags
        if ctx.lang in ("uk", "ru") and not t.text.isascii():
            if "ADJF" in tags or "PRTF" in tags or "NUMR" in tags:
                k += 1  # "мирних жителів", "загиблих" handled above
                continue
            if "NOUN" in tags and key(t.text) not in ("з", "із", "из", "с"):
                return "thing", None, k
            return "none", None, j
        if key(t.text) in _EN_FUNCTION:
            return "none", None, j
        k += 1  # English adjective-ish word ("unarmed protesters")
    return "thing", None, j


class ClaimsConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    window: int = 8


@component(
    "claims",
    requires=("tokens", "mentions.quantity"),
    reads=(
        "mentions.date",
        "mentions.place",
        "mentions.person",
        "mentions.org",
        "mentions.actor",
        "mentions.resolved",
    ),
    assigns=("claims",),
    config=ClaimsConfig,
)
def make_claims(window: int = 8):
    def claims(doc: Doc) -> None:
        quantities = [  # the quantity mentions with their token range
            {"mention": m, "start": a, "end": b}
            for m in doc.mentions_of("quantity")
            for a, b in (doc.token_range(m.start, m.end),)
        ]
        if not doc.tokens:
            return
        toks = doc.tokens
        by_sent: dict[int, list[dict]] = {}
        for q in quantities:
            by_sent.setdefault(toks[q["start"]].sent, []).append(q)
        ranges = sentence_token_ranges(doc)
        prev: tuple[int, int] | None = None
        para = -1
        for si, (a, b) in enumerate(ranges):
            if a >= b:
                continue
            if doc.sents[si].para != para:
                para, prev = doc.sents[si].para, None
            lang = lang_of(doc, toks[a].start)
            lex = claim_lexicon(lang)
            qs = by_sent.get(si, [])
            ctx = None
            for q in qs:
                ctx = ctx or SentenceContext(doc, a, b, lang, lex, prev)
                claim = _claim_for(doc, ctx, q, qs, window)
                if claim:
                    doc.claims.append(claim)
                    ctx.claims.append(claim)
            _negated_claims(doc, a, b, lang, lex, qs, prev)
            if ctx is not None and ctx.sources:
                prev = ctx.sources[-1][1]
        _link(doc)

    return claims


def _claim_for(
    doc: Doc, ctx: SentenceContext, q: dict, qs: list[dict], window: int
) -> Claim | None:
    toks = doc.tokens
    mention: Mention = q["mention"]
    qv = mention.quantity
    if qv is None or qv.value in (None, 0):
        return None
    unit_kind, kind, u = _unit(ctx, q["end"])
    if unit_kind == "thing":
        return None
    kw = None
    died = None
    if unit_kind == "kind" and kind != "killed":
        # "двое раненых скончались" (killed); "троє затриманих потрапили до лікарні" (injured)
        worse = ("killed",) if kind in ("injured", "casualties") else ("killed", "injured")
        died = next((m for m in ctx.kinds if m.label in worse and u < m.start <= u + 4), None)
    subset = _subset_of(doc, ctx, q)
    if subset is not None and unit_kind in ("person", "none", "kind"):
        kw = (q["start"], q["end"], subset)  # "ранены 17, в том числе шестеро полицейских"
    elif died is not None:
        kw = (died.start, died.end, died.label)
    elif unit_kind == "kind" and kind != "participants":
        kw = (u, u + 1, kind)
    else:
        limit = window if unit_kind in ("person", "kind") else 4
        rose = (
            q["start"] >= ctx.a + 2
            and key(toks[q["start"] - 1].text) in ("до", "to")
            and (
                key(toks[q["start"] - 2].lemma) in number_lexicon(ctx.lang).rise_verbs
                or key(toks[q["start"] - 2].text) in number_lexicon(ctx.lang).rise_verbs
            )
        )
        if rose:
            limit = 2 * window
        best = None
        # "seven of the wounded later died": the verb after the of-phrase tells the kind
        nxt = key(toks[q["end"]].text) if q["end"] < ctx.b else ""
        of_phrase = (
            q["end"] + 1 < ctx.b
            and nxt in OF_WORDS
            and (nxt != "of" or key(toks[q["end"] + 1].text) in SUBSET_OPENERS)
        )
        of_noun = None
        for m in ctx.kinds:
            if q["start"] <= m.start < q["end"]:
                continue
            if (
                of_phrase
                and q["end"] < m.start <= q["end"] + 3
                and (m.start, m.end) in ctx.unit_spans
            ):
                of_noun = of_noun or m  # the noun of "of the wounded", not a verb after it
                continue
            if unit_kind == "kind" and m.start == u:
                continue  # the counted noun itself ("двоє страйкарів") is not a participation
            after = m.start >= q["end"]
            if of_phrase and not after:
                continue
            if (
                m.label == "participants"
                and unit_kind == "none"
                and not after
                # "учасників було 10 тисяч" is a head count; "activists put it at 500" is not
                and not ((m.start, m.end) in ctx.unit_spans and q["start"] - m.end <= 1)
            ):
                # "на мітинг 20" is not a head count; "20 зібралися" is; "the crowd at 4,000" is
                prev_word = key(toks[q["start"] - 1].text) if q["start"] > ctx.a else ""
                if not (prev_word in ("at", "в", "у", "до", "на") and q["start"] - m.end <= 2):
                    continue
            d = q["start"] - m.end if not after else m.start - q["end"]
            if d < 0 or d > (limit + 4 if after and unit_kind == "person" else limit):
                continue
            if after and any(t.text == "," for t in toks[q["end"] : m.start]):
                d += 2  # "загиблих — 12, поранених — 40": past the comma is the next item
            if not after and any(key(t.text) in CONJUNCTIONS for t in toks[m.end : q["start"]]):
                d += 4  # "killed and 26 people were injured": that verb is the other clause's
            # a word beyond another quantity belongs to that one
            lo, hi = (m.end, q["start"]) if m.end <= q["start"] else (q["end"], m.start)
            blockers = [o for o in qs if o is not q and lo <= o["start"] and o["end"] <= hi]
            if blockers:
                # "семеро дітей і дві жінки загинули" shares the verb; a comma ends the list
                between = [key(t.text) for t in toks[q["end"] : m.start]]
                shared = after and len(blockers) == 1 and "," not in between
                if not (shared and any(w in CONJUNCTIONS for w in between)):
                    continue
                d += 3
            casualty = m.label != "participants"
            score = (d - (2 if casualty else 0), 0 if casualty else 1)
            if best is None or score < best[0]:
                best = (score, m)
        if best:
            m = best[1]
            kw = (m.start, m.end, m.label)
        elif of_noun is not None and (qv.low or 0) > 1:
            kw = (of_noun.start, of_noun.end, of_noun.label)  # "eight of the dead were ..."
        elif unit_kind == "kind" and kind != "participants":
            kw = (u, u + 1, kind)
    if kw is None and unit_kind in ("none", "person"):
        kw = _second_voice(doc, ctx, q)
    if kw is None:
        return None
    kind = kw[2]
    if kind == "participants" and max(qv.low or 0, qv.high or 0) < 2:
        return None  # "one of the largest protests" counts no one
    s_tok = min(q["start"], kw[0])
    e_tok = max(q["end"], kw[1], u + 1 if unit_kind in ("person", "kind") else 0)
    s, e = toks[s_tok].start, toks[e_tok - 1].end
    source = ctx.source_for(q["start"], q["end"])
    certainty = ctx.certainty_for(q["start"], q["end"])
    value, qualifier = qv.value, qv.qualifier
    low, high = (value[0], value[1]) if isinstance(value, list) else bounds(qualifier, value)
    perp, perp_span = _perpetrator(doc, ctx, kind, (s, e), source)
    return Claim.fast(
        id=doc.next_id("c"),
        kind=kind,
        value=value,
        qualifier=qualifier,
        low=low,
        high=high,
        certainty=certainty,
        source=source,
        perpetrator=perp,
        perpetrator_span=perp_span,
        evidence=doc.span(s, e),
        quantity=mention.id,
        words=qv.words if qualifier == "vague" else None,
    )


SUBSET_CUES = {
    ("в", "том", "числе"),
    ("у", "тому", "числі"),
    ("в", "тому", "числі"),
    ("including",),
    ("among", "them"),
    ("серед", "них"),
    ("среди", "них"),
    ("из", "них"),
    ("з", "них"),
    ("із", "них"),
    ("of", "them"),
    ("—",),
    ("–",),
    ("серед", "яких"),
    ("среди", "которых"),
    ("among", "whom"),
    ("з", "яких"),
    ("из", "которых"),
    ("of", "whom"),
}


def _subset_of(doc: Doc, ctx: SentenceContext, q: dict) -> str | None:
    """The kind of the figure a subset phrase before this one refers to ("в том числе двое")."""
    toks = doc.tokens
    for n in (3, 2, 1):
        i = q["start"] - n
        if i < ctx.a:
            continue
        words = tuple(key(t.text) for t in toks[i : q["start"]])
        if words in SUBSET_CUES:
            before = [c for c in ctx.claims if c.evidence.start < toks[i].start]
            if not before or before[-1].kind == "participants":
                return None
            # "погибли три человека — два сотрудника": the dash must follow that very figure
            if words[0] in ("—", "–") and before[-1].evidence.end < toks[i - 1].start:
                return None
            return before[-1].kind
    return None


def _second_voice(doc: Doc, ctx: SentenceContext, q: dict) -> tuple[int, int, str] | None:
    """ "organisers said 15,000 came, police counted 4,000": another voice on the same figure."""
    toks = doc.tokens
    before = [c for c in ctx.claims if c.evidence.end <= toks[q["start"]].start]
    if not before:
        return None
    last = before[-1]
    voices = [
        pos
        for pos, _, _ in ctx.sources
        if last.evidence.end <= toks[pos].start and pos < q["start"]
    ]
    if not voices:
        return None
    return (q["start"], q["end"], last.kind)


def _perpetrator(doc: Doc, ctx: SentenceContext, kind: str, ev: tuple[int, int], source: Source):
    if kind not in ("killed", "injured", "casualties", "arrested", "detained", "missing"):
        return None, None
    src = (source.span.start, source.span.end) if source.span else (-1, -1)
    best = None
    for m in ctx.mentions:
        if m.kind != "actor" or m.role not in PERPETRATOR_ROLES:
            continue
        if src[0] <= m.start < src[1] or ev[0] <= m.start < ev[1] and m.role != "state forces":
            continue
        if kind in ("arrested", "detained") and m.role != "state forces":
            continue
        d = abs(m.start - ev[0])
        if best is None or d < best[0]:
            best = (d, m)
    if best is None:
        return None, None
    m = best[1]
    return m.norm, doc.span(m.start, m.end)


def _negated_claims(
    doc: Doc, a: int, b: int, lang: str, lex: ClaimLexicon, qs: list[dict], prev=None
) -> None:
    """'no one was killed', 'жертв немає', 'погибших нет' -> a claim of 0."""
    toks = doc.tokens
    doc_keys(doc)
    kinds = None
    negated: set[str] = set()
    for neg in lex.nobody.find_in(doc, a, b) + lex.absent.find_in(doc, a, b):
        kinds = (
            kinds
            if kinds is not None
            else lex.kinds.find_all_in(doc, a, b) + lex.units.find_all_in(doc, a, b)
        )
        near = [
            m
            for m in kinds
            if m.label != "participants"
            and -3 <= m.start - neg.end <= 4
            or m.label != "participants"
            and 0 <= neg.start - m.end <= 2
            and neg.label == "absent"
        ]
        if not near:
            continue
        near = [m for m in near if m.label not in negated]
        if not near:
            continue
        m = min(near, key=lambda m: abs(m.start - neg.start))
        # "затриманих і постраждалих немає": every kind named before "немає" is a zero
        for other in near:
            if (
                other.label != m.label
                and neg.label == "absent"
                and other.label not in negated
                and other.end <= neg.start
                and m.end <= neg.start
                # joined by a conjunction alone: "затриманих і постраждалих немає"
                and [key(t.text) for t in toks[min(other.end, m.end) : max(other.start, m.start)]]
                in (["і"], ["и"], ["й"], ["та"], ["and"], ["or"], ["чи"], ["или"], ["ни"], ["ні"])
            ):
                negated.add(other.label)
                ctx = SentenceContext(doc, a, b, lang, lex, prev)
                _add_zero(doc, ctx, other.label, other.start, neg.end)
        s_tok, e_tok = min(neg.start, m.start), max(neg.end, m.end)
        if any(s_tok <= q["start"] < e_tok or q["start"] <= s_tok < q["end"] for q in qs):
            continue  # "no more than 20 were killed" is a figure, not a zero
        s, e = toks[s_tok].start, toks[e_tok - 1].end
        if any(c.evidence.start < e and s < c.evidence.end for c in doc.claims[-len(qs) - 3 :]):
            continue
        negated.add(m.label)
        _add_zero(doc, SentenceContext(doc, a, b, lang, lex, prev), m.label, s_tok, e_tok)


def _add_zero(doc: Doc, ctx: SentenceContext, kind: str, s_tok: int, e_tok: int) -> None:
    """A claim of 0 ("no one was killed") over tokens [s_tok, e_tok)."""
    toks = doc.tokens
    doc.claims.append(
        Claim.fast(
            id=doc.next_id("c"),
            kind=kind,
            value=0,
            qualifier="exact",
            low=0,
            high=0,
            certainty=ctx.certainty_for(s_tok, e_tok),
            source=ctx.source_for(s_tok, e_tok),
            evidence=doc.span(toks[s_tok].start, toks[e_tok - 1].end),
        )
    )


def _link(doc: Doc) -> None:
    """Point each claim at the place and date it is about (same sentence, else before it)."""
    from bisect import bisect_left

    by_sent = doc.mentions_by_sentence()
    pools = {
        kind: sorted((m for m in doc.mentions if m.kind == kind), key=lambda m: m.start)
        for kind in ("place", "date")
    }
    starts = {kind: [m.start for m in pool] for kind, pool in pools.items()}
    for c in doc.claims:
        si = doc.sent_index(c.evidence.start)
        sent = doc.sents[si] if si >= 0 else None
        for kind, attr in (("place", "place"), ("date", "date")):
            same = [m for m in by_sent.get(si, []) if m.kind == kind]
            if kind == "place":
                same = [m for m in same if m.place and m.place.feature != "country"] or same
            if same:
                setattr(c, attr, min(same, key=lambda m: abs(m.start - c.evidence.start)).id)
                continue
            p = doc.paras[sent.para] if sent and doc.paras else None
            i = bisect_left(starts[kind], c.evidence.start) - 1
            if i >= 0 and (not p or pools[kind][i].start >= p.start):
                setattr(c, attr, pools[kind][i].id)
