"""Where a long text is cut into windows of paragraphs, and how their results are joined.

A text longer than `WINDOW_CHARS` (after normalization) is read in windows: each window
owns a *core* of whole paragraphs and also reads `OVERLAP_CHARS` of the paragraphs on
either side, so that a figure, a place or a name near the edge of a core keeps the
context it has in the whole text. The stages between language detection and the
summary run once per window; of what a window finds, only what starts in its core is
kept, so every result comes from exactly one window and nothing is found twice (a
claim at a core's edge is kept by the window that owns it, with its full context).
A reference from a kept result to a mention outside the core goes to the mention with
the same kind and span found by the owning window (or keeps the mention when the owner
has none). Entities of the same place (same id) or the same name are joined; the
summary then codes the whole text.

Why: every stage is O(n log n) in the text length, but per-document decisions (which
event a claim belongs to, an actor's mentions) grow with the number of events times
mentions; windows bound them, and keep the memory of one pass small. Nothing is cut:
the `truncated` flag is only for text that normalization really drops.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from pydantic import BaseModel

from .doc import Doc, Para, Sentence
from .schema.models import Entity, Mention

__all__ = ["WINDOW_CHARS", "OVERLAP_CHARS", "Window", "plan", "stage_bounds", "run_windowed"]

WINDOW_CHARS = 100_000  # texts longer than this are read in windows of about this size
OVERLAP_CHARS = 2_000  # context read on each side of a window's core (whole paragraphs)

# stages that always see the whole text: before the windows and after them
WHOLE_BEFORE = ("normalize", "language")
WHOLE_AFTER = ("summary",)


@dataclass(frozen=True, slots=True)
class Window:
    start: int  # text read by the window (whole paragraphs, with the overlap)
    end: int
    core_start: int  # what the window owns; the cores tile the text
    core_end: int
    para_lo: int  # paragraphs [para_lo, para_hi) are read
    para_hi: int


def stage_bounds(names: Sequence[str]) -> tuple[int, int]:
    """(i, j): stages [0, i) run on the whole text, [i, j) per window, [j, n) on the whole."""
    i = 0
    while i < len(names) and names[i] in WHOLE_BEFORE:
        i += 1
    j = len(names)
    while j > i and names[j - 1] in WHOLE_AFTER:
        j -= 1
    return i, j


def plan(paras: Sequence[Para], length: int, window: int, overlap: int) -> list[Window]:
    """Cores of whole paragraphs of about `window` characters, each read with its overlap."""
    cores: list[tuple[int, int]] = []  # paragraph ranges
    lo = 0
    while lo < len(paras):
        hi = lo + 1
        while hi < len(paras) and paras[hi].end - paras[lo].start <= window:
            hi += 1
        cores.append((lo, hi))
        lo = hi
    out = []
    for k, (lo, hi) in enumerate(cores):
        a = lo
        while a > 0 and (a == lo or paras[lo].start - paras[a].start < overlap):
            a -= 1
        b = hi
        while b < len(paras) and (b == hi or paras[b - 1].end - paras[hi - 1].end < overlap):
            b += 1
        core_start = 0 if k == 0 else paras[lo].start
        core_end = length if k == len(cores) - 1 else paras[hi].start
        out.append(Window(paras[a].start, paras[b - 1].end, core_start, core_end, a, b))
    return out


def _window_doc(doc: Doc, w: Window) -> Doc:
    """The window's text as a document of its own (positions from 0; `_shift` adds w.start).

    Its offset map is the slice of the whole one, so original spans need no shift.
    """
    d = w.start
    offsets = doc.offsets[d : w.end + 1] if doc.offsets is not None else None
    sub = Doc(
        raw=doc.raw,
        text=doc.text[d : w.end],
        offsets=offsets if offsets is not None else list(range(d, w.end + 1)),
        source=doc.source,
        title=doc.title,
        byline=doc.byline,
        outlet=doc.outlet,
        published=doc.published,
        published_time=doc.published_time,
        retrieved=doc.retrieved,
        lang=doc.lang,
        lang_hint=doc.lang_hint,
        content_type=doc.content_type,
        flags=list(doc.flags),
        paras=[Para(p.start - d, p.end - d, p.lang) for p in doc.paras[w.para_lo : w.para_hi]],
    )
    # one id counter for all windows, so that ids stay unique in the joined document
    sub.user.update({k: v for k, v in doc.user.items() if k.startswith("_n_")})
    return sub


class _Join:
    """What the windows kept, joined into the whole document."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.kept: dict[str, Mention] = {}  # id -> mention, in the order found
        self.by_span: dict[tuple[str, int, int], str] = {}
        self.spare: dict[str, Mention] = {}  # outside their core: used only when referenced
        self.claim_ids: set[str] = set()
        self.claim_by_span: dict[tuple[str, int, int], str] = {}
        self.claim_alias: dict[str, tuple[str, int, int]] = {}
        self.entities: list[Entity] = []

    def add(self, sub: Doc, w: Window) -> None:
        doc = self.doc
        _shift_doc(sub, w.start)
        own = lambda pos: w.core_start <= pos < w.core_end  # noqa: E731
        for k, v in sub.user.items():
            if isinstance(k, str) and k.startswith("_n_"):  # id counters; the rest are caches
                doc.user[k] = max(v, doc.user.get(k, 0))
        for m in sub.mentions:
            if own(m.start):
                self.kept[m.id] = m
                self.by_span.setdefault((m.kind, m.start, m.end), m.id)
            else:
                self.spare[m.id] = m
        sent_base, para_base = len(doc.sents), w.para_lo
        local = [i for i, s in enumerate(sub.sents) if own(s.start)]
        renum = {i: sent_base + n for n, i in enumerate(local)}
        for i in local:
            s = sub.sents[i]
            doc.sents.append(Sentence(s.start, s.end, s.para + para_base))
        for t in sub.tokens:
            if t.sent in renum:
                t.sent = renum[t.sent]
                doc.tokens.append(t)
        for sig in sub.signals:
            if own(sig.start) and sig.sent in renum:
                sig.sent = renum[sig.sent]
                doc.signals.append(sig)
        doc.org_candidates.extend(c for c in sub.org_candidates if own(c.start))
        for c in sub.claims:
            key = (c.kind, c.evidence.start, c.evidence.end)
            if own(c.evidence.start):
                doc.claims.append(c)
                self.claim_ids.add(c.id)
                self.claim_by_span.setdefault(key, c.id)
            else:
                self.claim_alias[c.id] = key
        for ev in sub.events:
            if ev.evidence and own(ev.evidence[0].start):
                doc.events.append(ev)
        self.entities.extend(sub.entities)
        doc.flags.extend([f for f in sub.flags if f not in doc.flags])  # few: a scan is fine
        doc.warnings.extend(x for x in sub.warnings if x not in doc.warnings)

    def mention(self, mid: str | None) -> str | None:
        """The kept mention a reference points at: itself, the owner's twin, or rescued."""
        if mid is None or mid in self.kept:
            return mid
        m = self.spare.get(mid)
        if m is None:
            return None
        twin = self.by_span.get((m.kind, m.start, m.end))
        if twin is not None:
            return twin
        self.kept[m.id] = m
        self.by_span[(m.kind, m.start, m.end)] = m.id
        return m.id

    def claim(self, cid: str) -> str | None:
        if cid in self.claim_ids:
            return cid
        key = self.claim_alias.get(cid)
        return self.claim_by_span.get(key) if key else None

    def finish(self) -> None:
        doc = self.doc
        for c in doc.claims:
            c.quantity, c.place, c.date = map(self.mention, (c.quantity, c.place, c.date))
        for ev in doc.events:
            ev.claims = _unique(x for x in map(self.claim, ev.claims) if x)
            if ev.location is not None:
                ev.location.mention = self.mention(ev.location.mention)
            if ev.date is not None:
                ev.date.mention = self.mention(ev.date.mention)
            for a in (ev.actor1, ev.actor2):
                if a is not None:
                    a.mentions = _unique(x for x in map(self.mention, a.mentions) if x)
        self._join_entities()
        doc.mentions = sorted(self.kept.values(), key=lambda m: (m.start, m.end))

    def _join_entities(self) -> None:
        """Entities of one place (same id) or one name become one; their mentions follow."""
        joined: dict[tuple[str, str], Entity] = {}
        for e in self.entities:
            ids = [x for x in map(self._entity_mention, e.mentions) if x]
            if not ids:
                continue
            key = (e.kind, e.id if e.id.startswith("loc:") else e.name)
            into = joined.get(key)
            if into is None:
                into = joined[key] = e
                e.mentions = []
                e.variants = []
            for x in ids:
                if x not in into.mentions:
                    into.mentions.append(x)
                    self.kept[x].entity = into.id
                    if self.kept[x].text not in into.variants:
                        into.variants.append(self.kept[x].text)
        self.doc.entities = list(joined.values())

    def _entity_mention(self, mid: str) -> str | None:
        # an entity keeps the mentions its window owns and their twins; not spares
        if mid in self.kept:
            return mid
        m = self.spare.get(mid)
        return self.by_span.get((m.kind, m.start, m.end)) if m is not None else None


def _shift_doc(sub: Doc, d: int) -> None:
    """Move everything a window found from its own positions to the whole text's."""
    if not d:
        return
    for group in (sub.sents, sub.tokens, sub.signals, sub.org_candidates):
        for x in group:
            x.start += d
            x.end += d
    seen: set[int] = set()
    for group in (sub.mentions, sub.claims, sub.events):
        _shift(group, d, seen)


def _shift(obj, d: int, seen: set[int]) -> None:
    """Add d to start and end of every Span and Mention inside obj (each object once)."""
    if isinstance(obj, list):
        for x in obj:
            _shift(x, d, seen)
        return
    if not isinstance(obj, BaseModel) or id(obj) in seen:
        return
    seen.add(id(obj))
    vals = obj.__dict__  # as built by .fast: no validation on the way
    if isinstance(vals.get("start"), int) and isinstance(vals.get("end"), int):
        vals["start"] += d
        vals["end"] += d
    for v in vals.values():
        if isinstance(v, BaseModel | list):
            _shift(v, d, seen)


def _unique(xs) -> list[str]:
    return list(dict.fromkeys(xs))


def run_windowed(
    doc: Doc,
    stages: Sequence[Callable[[Doc], None]],
    window: int = WINDOW_CHARS,
    overlap: int = OVERLAP_CHARS,
) -> int:
    """Run `stages` over each window of `doc` and join the results; return the window count."""
    join = _Join(doc)
    windows = plan(doc.paras, len(doc.text), window, overlap)
    for w in windows:
        sub = _window_doc(doc, w)
        for stage in stages:
            stage(sub)
        join.add(sub, w)
    join.finish()
    return len(windows)
