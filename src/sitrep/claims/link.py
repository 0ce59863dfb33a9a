"""The place and date a claim is about: the nearest in its sentence, else the last before it."""

from __future__ import annotations

from bisect import bisect_left

from ..doc import Doc


def link(doc: Doc) -> None:
    """Point each claim at the place and date it is about (same sentence, else before it)."""
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
