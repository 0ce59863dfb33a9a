"""The Doc: one report flowing through the pipeline.

Components read a Doc and *add* annotations to it; nothing reaches back. All
offsets are into `doc.text` (the normalized text); `doc.to_orig` maps them to
the original input through the offset map built by normalization.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date, time

from .schema.models import Claim, Entity, Event, Mention, QualityFlag, Span, Summary


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    lemma: str = ""
    # grammemes from morphology (e.g. {"NOUN", "gent", "Geox"}); empty when unknown
    tags: frozenset[str] = frozenset()
    sent: int = 0

    @property
    def is_title(self) -> bool:
        return self.text[:1].isupper()


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    para: int = 0


@dataclass(slots=True)
class Para:
    start: int
    end: int
    lang: str | None = None


@dataclass(slots=True)
class Signal:
    """Words that signal an event type ("розігнали", "opened fire"), found by events.

    Kept on the Doc so that the summary codes the report from the same evidence.
    """

    signal: str
    sent: int
    start: int  # char offsets of the trigger words
    end: int


@dataclass(slots=True)
class OrgCandidate:
    """An organization name found by the org lexicon before persons run.

    Persons keep out of these spans; orgs decides which become mentions.
    """

    start: int
    end: int
    norm: str
    confidence: float
    rule: str
    country: str | None = None
    generic: bool = False  # a body every state has: append the country when known


@dataclass
class Doc:
    raw: str
    text: str = ""
    # offsets[i] = index in `raw` of text[i]; len(offsets) == len(text) + 1
    offsets: list[int] | None = None
    source: str | None = None
    title: str | None = None
    byline: str | None = None
    outlet: str | None = None
    published: date | None = None
    # the clock time given with the publication date, as the source wrote it (its local
    # time): a text stored just after midnight was written the day before (dates/today.py)
    published_time: time | None = None
    retrieved: str | None = None
    lang: str | None = None
    lang_hint: str | None = None
    content_type: str = "text"  # text | markdown | html
    flags: list[QualityFlag] = field(default_factory=list)
    paras: list[Para] = field(default_factory=list)
    sents: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    signals: list[Signal] = field(default_factory=list)
    org_candidates: list[OrgCandidate] = field(default_factory=list)
    summary: Summary = field(default_factory=Summary)
    warnings: list[str] = field(default_factory=list)
    # caches only (token keys, sentence index ...): never a hand-off between components,
    # which goes through typed fields above; never serialized
    user: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.text:
            self.text = self.raw

    @property
    def id(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:16]

    def to_orig(self, start: int, end: int) -> list[int]:
        if self.offsets is None:
            return [start, end]
        n = len(self.offsets) - 1
        s = self.offsets[min(max(start, 0), n)]
        e = self.offsets[min(max(end - 1, 0), n)] + 1 if end > start else s
        return [s, e]

    def span(self, start: int, end: int) -> Span:
        # built without validation: the values are ours and typed; output still validates
        return Span.fast(
            start=start, end=end, text=self.text[start:end], orig=self.to_orig(start, end)
        )

    def sent_index(self, pos: int) -> int:
        """Index of the sentence containing character `pos` (-1 if before the first)."""
        starts = self.user.get("_sent_starts")
        if starts is None or len(starts) != len(self.sents):
            starts = self.user["_sent_starts"] = [s.start for s in self.sents]
        return bisect_right(starts, pos) - 1

    def lang_at(self, pos: int) -> str | None:
        """Language at character `pos`: its paragraph's, else the document's (None if unknown).

        The one place this is decided, so that every component agrees at paragraph edges.
        """
        # the first paragraph ending after pos (paragraphs are in text order); a bisect, as
        # a scan from the first paragraph makes long texts quadratic (issue 16)
        cached = self.user.get("_para_ends")
        if (
            cached is None
            or cached[0] is not self.paras
            or len(cached[1]) != len(self.paras)
            or cached[2] != self.lang
        ):
            # one language everywhere (the usual report): every position answers doc.lang
            same = all(p.lang is None or p.lang == self.lang for p in self.paras)
            cached = self.user["_para_ends"] = (
                self.paras,
                [p.end for p in self.paras],
                self.lang,
                same,
            )
        if cached[3]:
            return self.lang
        ends = cached[1]
        i = bisect_right(ends, pos)
        if i < len(ends):
            p = self.paras[i]
            return (p.lang or self.lang) if pos >= p.start else self.lang
        return self.lang

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Token indices [i, j) of the tokens that overlap `text[start:end]`."""
        cached = self.user.get("_tok_bounds")
        if cached is None or len(cached[0]) != len(self.tokens):
            cached = self.user["_tok_bounds"] = (
                [t.start for t in self.tokens],
                [t.end for t in self.tokens],
            )
        starts, ends = cached
        return bisect_right(ends, start), bisect_left(starts, end)

    def mentions_by_sentence(self) -> dict[int, list[Mention]]:
        """Mentions grouped by sentence index; recomputed when mentions were added."""
        key = ("_by_sent", len(self.mentions), len(self.sents))
        cached = self.user.get("_by_sent")
        if cached is not None and cached[0] == key:
            return cached[1]
        out: dict[int, list[Mention]] = {}
        for m in self.mentions:
            out.setdefault(self.sent_index(m.start), []).append(m)
        self.user["_by_sent"] = (key, out)
        return out

    def add_mention(self, kind: str, start: int, end: int, **fields) -> Mention:
        """Append a mention of `doc.text[start:end]` with its id and original span."""
        m = Mention.fast(
            id=self.next_id("m"),
            kind=kind,
            start=start,
            end=end,
            text=self.text[start:end],
            orig=self.to_orig(start, end),
            **fields,
        )
        self.mentions.append(m)
        return m

    def next_id(self, prefix: str) -> str:
        key = f"_n_{prefix}"
        n = self.user.get(key, 0) + 1
        self.user[key] = n
        return f"{prefix}{n}"

    def mentions_of(self, kind: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind == kind]
