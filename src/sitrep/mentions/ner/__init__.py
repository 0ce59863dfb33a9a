"""ner_natasha: Russian person / org / place names from natasha's slovnet tagger.

Optional (the `models` extra: natasha ships its navec embeddings and slovnet
weights inside its PyPI package, so nothing is downloaded at run time). It runs
after the rule components and adds the model's spans that no rule mention
overlaps, so the rules' lexicons, morphology and canonical names win where they
fire and the model fills their misses. Only Russian paragraphs are tagged: the
model is trained on Russian news.

Select it by naming it in the pipeline after `orgs` (examples/pipeline-natasha.toml).

scope "gaps" (the default) tags only the Russian sentences where the rules left a
capitalized word unexplained (no mention covers it and, first in its sentence, it is
no ordinary dictionary word): the tagger's cost grows with the text it reads, and most
sentences have nothing left to find. scope "all" tags every Russian paragraph.
The model's spans pass the rules' own vetoes (mentions/ner/vetoes.py).
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Literal

from pydantic import BaseModel, ConfigDict

from ...doc import Doc
from ...registry import component
from ...schema.models import Entity
from .gaps import WINDOW, gap_windows
from .vetoes import latin_gloss, trimmed_end, vetoed

KINDS = {"PER": "person", "ORG": "org", "LOC": "place"}
ENTITY_KINDS = ("person", "org", "place")


class NatashaConfig(BaseModel):
    """labels: which model labels to add (LOC off: places need gazetteer records)."""

    model_config = ConfigDict(extra="forbid")
    labels: list[str] = ["PER", "ORG"]
    min_chars: int = 2
    scope: Literal["gaps", "all"] = "gaps"
    window: int = WINDOW  # scope gaps: words read each side of a gap (0: its sentence)
    loader: Literal["compact", "stock"] = "compact"  # load.py: same output, less memory
    lazy: bool = True  # load the model on the first Russian document, not at build time


def tagger(compact: bool = True):
    """The slovnet NER tagger with navec embeddings from natasha's package data (load.py)."""
    from . import load  # numpy and the model only when natasha is configured

    return load.tagger(compact)


def spans(text: str, compact: bool = True) -> list[tuple[int, int, str]]:
    """(start, end, label) of every name the model finds in `text`."""
    return [(s.start, s.stop, s.type) for s in tagger(compact)(text).spans]


def spans_in(
    text: str, parts: list[tuple[int, int]], compact: bool = True
) -> list[tuple[int, int, str]]:
    """spans() of each text[start:end] in `parts`, tagged in one batch, in text offsets."""
    out = []
    # by length, so that a batch pads its texts to about the same length
    parts = sorted(parts, key=lambda p: p[1] - p[0])
    chunks = [text[a:b] for a, b in parts]
    for (a, _), markup in zip(parts, tagger(compact).map(chunks), strict=True):
        out += [(a + s.start, a + s.stop, s.type) for s in markup.spans]
    return sorted(out)


@component(
    "ner_natasha",
    requires=("tokens",),
    reads=("mentions.place", "mentions.person", "mentions.org", "mentions.date"),
    assigns=(
        "mentions.person",
        "mentions.org",
        "mentions.place",
        "entities.person",
        "entities.org",
        "entities.place",
    ),
    config=NatashaConfig,
)
def make_ner_natasha(
    labels: list[str] | None = None,
    min_chars: int = 2,
    scope: str = "gaps",
    window: int = WINDOW,
    loader: str = "compact",
    lazy: bool = True,
):
    """Config: labels (PER, ORG, LOC), min_chars, scope (gaps | all), window, loader, lazy."""
    want = {KINDS[x] for x in (labels or ["PER", "ORG"]) if x in KINDS}
    compact = loader == "compact"
    # a missing extra fails when the pipeline is built, not on the first document; the
    # model itself (~3 s, 80+ MB) is loaded on the first Russian document when lazy
    from . import load

    if not load.available():
        raise RuntimeError("ner_natasha needs natasha: pip install 'sitrep[models]'")
    if not lazy:
        tagger(compact)

    def ner_natasha(doc: Doc) -> None:
        text = doc.text
        if not text or not _has_russian(doc):
            return
        taken = sorted((m.start, m.end) for m in doc.mentions if m.kind in ENTITY_KINDS + ("date",))
        starts = [s for s, _ in taken]
        by_name: dict[tuple[str, str], Entity] = {}
        if scope == "all":
            found = spans(text, compact)
        else:
            found = spans_in(text, gap_windows(doc, taken, window), compact)
        for s, e0, label in found:
            kind = KINDS.get(label)
            e = trimmed_end(text, s, e0)
            if kind not in want or e - s < min_chars or doc.lang_at(s) != "ru":
                continue
            if vetoed(doc, s, e, kind):
                continue
            k = bisect_right(starts, e)
            if any(ts < e and s < te for ts, te in taken[max(0, k - 8) : k]):
                continue
            surface = text[s:e]
            ent = by_name.get((kind, surface))
            if ent is None:
                prefix = {"person": "per:", "org": "org:", "place": "loc:"}[kind]
                ent = Entity(id=doc.next_id(prefix), kind=kind, name=surface, mentions=[])
                by_name[(kind, surface)] = ent
                doc.entities.append(ent)
            for a, b in [(s, e)] + latin_gloss(text, e, taken):
                m = doc.add_mention(kind, a, b, norm=surface, entity=ent.id, confidence=0.7)
                ent.mentions.append(m.id)
                if m.text not in ent.variants:
                    ent.variants.append(m.text)

    return ner_natasha


def _has_russian(doc: Doc) -> bool:
    return doc.lang == "ru" or any(p.lang == "ru" for p in doc.paras)
