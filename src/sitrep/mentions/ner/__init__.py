"""ner_natasha: Russian person / org / place names from natasha's slovnet tagger.

Optional (the `models` extra: natasha ships its navec embeddings and slovnet
weights inside its PyPI package, so nothing is downloaded at run time). It runs
after the rule components and adds the model's spans that no rule mention
overlaps, so the rules' lexicons, morphology and canonical names win where they
fire and the model fills their misses. Only Russian paragraphs are tagged: the
model is trained on Russian news.

Select it by naming it in the pipeline after `orgs` (examples/pipeline-natasha.toml).
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from ...doc import Doc
from ...registry import component
from ...schema.models import Entity

KINDS = {"PER": "person", "ORG": "org", "LOC": "place"}
ENTITY_KINDS = ("person", "org", "place")


class NatashaConfig(BaseModel):
    """labels: which model labels to add (LOC off: places need gazetteer records)."""

    model_config = ConfigDict(extra="forbid")
    labels: list[str] = ["PER", "ORG"]
    min_chars: int = 2


@lru_cache(maxsize=1)
def tagger():
    """The slovnet NER tagger with navec embeddings, loaded once from natasha's package data."""
    try:
        from natasha import data
        from navec import Navec
        from slovnet import NER
    except ImportError as e:  # pragma: no cover - depends on the optional extra
        raise RuntimeError("ner_natasha needs natasha: pip install 'sitrep[models]'") from e
    ner = NER.load(data.NEWS_NER)
    ner.navec(Navec.load(data.NEWS_EMBEDDING))
    return ner


def spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, label) of every name the model finds in `text`."""
    return [(s.start, s.stop, s.type) for s in tagger()(text).spans]


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
def make_ner_natasha(labels: list[str] | None = None, min_chars: int = 2):
    """Config: labels (PER, ORG, LOC), min_chars."""
    want = {KINDS[x] for x in (labels or ["PER", "ORG"]) if x in KINDS}
    tagger()  # fail when the pipeline is built, not on the first document

    def ner_natasha(doc: Doc) -> None:
        text = doc.text
        if not text or not _has_russian(doc):
            return
        taken = sorted((m.start, m.end) for m in doc.mentions if m.kind in ENTITY_KINDS + ("date",))
        starts = [s for s, _ in taken]
        by_name: dict[tuple[str, str], Entity] = {}
        for s, e, label in spans(text):
            kind = KINDS.get(label)
            if kind not in want or e - s < min_chars or doc.lang_at(s) != "ru":
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
            m = doc.add_mention(kind, s, e, norm=surface, entity=ent.id, confidence=0.7)
            ent.mentions.append(m.id)
            if m.text not in ent.variants:
                ent.variants.append(m.text)

    return ner_natasha


def _has_russian(doc: Doc) -> bool:
    return doc.lang == "ru" or any(p.lang == "ru" for p in doc.paras)
