"""persons: person names, with every spelling and case of one person linked to one entity.

Rule-based and cheap: runs of capitalized tokens are scored with evidence from
morphology (pymorphy3 Name/Surn/Patr grammemes), given-name lists (data files
names_female/names_male per language, including Kazakh, Georgian and Arabic
names), surname endings, titles and roles before the name ("президент",
"учасниця", "Mr") and verbs of saying nearby ("сказала", "said"). A lone
capitalized word needs context; a lone surname is also accepted when it
repeats the surname of a full name in the same document.

Linking: each name is put in the nominative (feminine -ова/-ева/-ина/-ська
endings by table, the rest through morphology), transliterated with the one
uk/ru/kk table (names/translit.py, resources/common/translit.yaml; е/є, и/і/ї/й unified) and
compared after folding with rapidfuzz. `norm` is that transliteration:
"Айман Унгарбаєвої" -> "Aiman Ungarbaeva"."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from ...doc import Doc
from ...registry import component
from ...schema.models import Entity
from .candidates import find_persons
from .link import link


class PersonsConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    min_confidence: float = 0.0


@component(
    "persons",
    requires=("tokens", "org_candidates"),
    reads=("mentions.place", "mentions.date", "mentions.quantity"),
    assigns=("mentions.person", "entities.person"),
    config=PersonsConfig,
)
def make_persons(min_confidence: float = 0.0):
    """Config: min_confidence (drop weaker mentions)."""

    def persons(doc: Doc) -> None:
        if not doc.tokens:
            return
        hits = find_persons(doc)
        if not hits:
            return
        # a place inside a person name ("Камила Рохас") is removed later, by resolve_overlaps
        lang_of = {h.start: doc.lang_at(h.start) for h in hits}
        for c in link(hits, lang_of):
            name = " ".join(c.best.norm_parts)
            eid = doc.next_id("per:")
            ids, variants = [], []
            for h in c.hits:
                if h.confidence < min_confidence:
                    continue
                m = doc.add_mention(
                    "person", h.start, h.end, norm=name, entity=eid, confidence=h.confidence
                )
                surface = m.text
                ids.append(m.id)
                if surface not in variants:
                    variants.append(surface)
            if ids:
                doc.entities.append(
                    Entity(id=eid, kind="person", name=name, mentions=ids, variants=variants)
                )

    return persons
