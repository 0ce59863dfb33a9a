"""Whether a figure takes background scope from the sentence before it.

Scope cues are read in the figure's own sentence (claims/scope.py); two cues
live in the sentence before. "Since April at least 75 people have died.
Hundreds of others were injured": a figure of others carries on the count
before it, so it is as much a running total. "Colonel X (posthumously). He
died saving our aircraft": an award is told for a death; the death is the
reason for it, not an incident the report tells. And a victim named again: "Brown's
death sparked protests ... jurors who cleared the officers in the deaths of Brown and
Garner" tells the background death of Brown again, with another one beside it.
"""

from __future__ import annotations

from ..doc import Doc
from ..lexicon import key, key_positions
from ..schema.models import Claim
from .words import OF_WORDS, OTHERS, POSTHUMOUS


def carry_scope(doc: Doc) -> None:
    """Make background the figures of others after a background figure, and the deaths
    told with a posthumous award (in the claim's sentence or the one before it)."""
    if not doc.claims or not doc.tokens:
        return
    toks = doc.tokens
    where = key_positions(doc)
    award_sents = {toks[i].sent for w in POSTHUMOUS for i in where.get(w, ())}
    by_sent: dict[int, list[Claim]] = {}
    for c in doc.claims:
        by_sent.setdefault(doc.sent_index(c.evidence.start), []).append(c)
    for si, claims in sorted(by_sent.items()):
        para = doc.sents[si].para if si >= 0 else -1
        before = si - 1 if si > 0 and doc.sents[si - 1].para == para else None
        for c in claims:
            if c.scope == "background":
                continue
            if c.kind == "killed" and (si in award_sents or before in award_sents):
                c.scope = "background"
            elif before is not None and _of_others(doc, c):
                earlier = by_sent.get(before) or []
                if earlier and all(e.scope == "background" for e in earlier):
                    c.scope = "background"
    _named_again(doc)


def _named_again(doc: Doc) -> None:
    """A death or wound of a person named in an earlier background figure of the same
    kind is that background incident told again (with whoever is named beside them)."""
    persons = [m for m in doc.mentions if m.kind == "person" and m.norm]
    if not persons:
        return
    seen: dict[str, set[str]] = {}  # kind -> the named victims of background figures
    for c in sorted(doc.claims, key=lambda c: c.evidence.start):
        names = {m.norm for m in persons if c.evidence.start <= m.start and m.end <= c.evidence.end}
        if not names:
            continue
        if c.scope == "background":
            seen.setdefault(c.kind, set()).update(names)
        elif names & seen.get(c.kind, set()):
            c.scope = "background"


def _of_others(doc: Doc, c: Claim) -> bool:
    """The figure counts others: "hundreds of others", "сотни других", "троє інших"."""
    if c.quantity is None:
        return False
    m = next((m for m in doc.mentions if m.id == c.quantity), None)
    if m is None:
        return False
    toks = doc.tokens
    _, j = doc.token_range(m.start, m.end)
    if j < len(toks) and key(toks[j].text) in OF_WORDS:
        j += 1
    return j < len(toks) and key(toks[j].text) in OTHERS
