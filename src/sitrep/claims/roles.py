"""Who did it: the perpetrator of a casualty or arrest figure; the counted are the victims.

The nearest state-force, armed-group or rioter actor in the sentence, not the
source itself; only state forces arrest and detain. A figure that is the
subject of an active casualty verb with an object of its own ("three gunmen
killed a man", "троє бойовиків убили чоловіка") counts the attackers, not victims.
"""

from __future__ import annotations

from ..doc import Doc
from ..schema.models import Source
from .context import SentenceContext
from .scope import CHARGE_REACH
from .words import AGENT_BY, HARM_KINDS, PASSIVE_BE, SINGULAR_ARTICLES

PERPETRATOR_ROLES = {"state forces", "armed group", "rioters"}


def perpetrator(
    doc: Doc,
    ctx: SentenceContext,
    kind: str,
    ev: tuple[int, int],
    source: Source,
    counted: tuple[int, int] = (-1, -1),
):
    """(name, span) of the actor who did what the claim counts, or (None, None).

    `counted` is the character span of the figure and its noun: the victims
    ("9 police officers were injured") are never the perpetrator.
    """
    if kind not in ("killed", "injured", "casualties", "arrested", "detained", "missing"):
        return None, None
    src = (source.span.start, source.span.end) if source.span else (-1, -1)
    best = None
    for m in ctx.mentions:
        if m.kind != "actor" or m.role not in PERPETRATOR_ROLES:
            continue
        if counted[0] <= m.start < counted[1]:
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


def counts_attackers(
    doc: Doc, ctx: SentenceContext, q: dict, qs: list[dict], kw: tuple[int, int, str]
) -> bool:
    """Is figure `q` the subject of the active claim verb `kw` that has a victim as object?"""
    start, end, kind = kw
    # the attackers' noun stands between figure and verb; "42 injured people" is an adjective
    if kind not in ("killed", "injured", "arrested", "detained"):
        return False
    if start <= q["end"] or start - q["end"] > 3:
        return False
    toks = doc.tokens
    if end >= ctx.b:
        return False
    verb, nxt = toks[start], toks[end]
    # "two soldiers killed 13 militants"; not "поранено двома нападниками" (the agents)
    counted_object = any(o["start"] == end and "ablt" not in nxt.tags for o in qs)
    if ctx.lang in ("uk", "ru"):
        if verb.tags & {"pssv", "intr", "Impe"} or "VERB" not in verb.tags:
            return False  # "поранено": an impersonal form has no subject
        return counted_object or bool({"accs"} & nxt.tags or {"gent", "anim"} <= nxt.tags)
    if start > ctx.a and toks[start - 1].text.lower() in PASSIVE_BE:
        return False
    objects = {
        p[0] for p in ((m.start, m.end) for m in ctx.lex.persons.find_all_in(doc, end, ctx.b))
    }
    return counted_object or nxt.text.lower() in SINGULAR_ARTICLES or end in objects


def counts_agents(
    doc: Doc, ctx: SentenceContext, q: dict, kw: tuple[int, int, str], u: int
) -> bool:
    """Does figure `q`, after its claim word `kw`, count the agents or means, not victims?

    en: the word before the figure is "by" or "with" ("killed by three drones"); uk/ru: the
    figure or the noun it counts (token `u`) is in the instrumental case only.
    """
    start, _, kind = kw
    if kind not in HARM_KINDS or start >= q["start"]:
        return False
    toks = doc.tokens
    if ctx.lang in ("uk", "ru"):
        noun = toks[u] if q["end"] <= u < ctx.b else toks[q["end"] - 1]
        tags = noun.tags
        oblique = {"nomn", "gent", "accs", "datv", "loct"}
        if toks[q["end"] - 1].tags & oblique:
            return False  # "ранить двоих стражей": the numeral's own case, not a misparsed noun's
        return "ablt" in tags and not tags & oblique
    return q["start"] > ctx.a and toks[q["start"] - 1].text.lower() in AGENT_BY


def counts_suspects(ctx: SentenceContext, q: dict, kw: tuple[int, int, str]) -> bool:
    """ "two men suspected of killing a guard", "двух подозреваемых в убийстве": a figure
    before "suspected of" counts the suspects of the crime its claim word names after it.
    A name that qualifies the crime does not count toward the reach: "two suspects in the
    Charlie Hebdo killings", "обвиняемых в убийстве Немцова"."""
    toks = ctx.doc.tokens

    def reach(m) -> int:
        return sum(1 for t in toks[m.end : kw[0]] if not t.text[:1].isupper())

    return any(
        q["end"] <= m.start and m.end <= kw[0] and reach(m) <= CHARGE_REACH for m in ctx.charges
    )
