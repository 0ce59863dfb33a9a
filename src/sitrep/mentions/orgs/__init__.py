"""orgs: organizations, with one canonical (English) name across languages.

Evidence, strongest first:
- the org lexicon (resources/<lang>/orgs_lexicon.yaml): МВС / МВД / Interior
  Ministry -> "Ministry of Internal Affairs"; acronyms match with their exact
  case, other words in any case form through lemmas; a country named right
  after a generic body belongs to the name ("МВС Білорусі", guide §9);
- official bodies: a head noun (orgs_heads*.txt) led by a capitalized
  adjective or itself capitalized, with its genitive / prepositional tail
  ("Харківської обласної прокуратури", "Національного агентства з
  надзвичайних ситуацій", "Міністерство охорони здоров'я Киргизстану"), and
  English capitalized runs holding a head ("Syrian Observatory for Human
  Rights", "Ministry of Labour and Employment");
- a name after an org word: in quotes (компанія «X», ТОО «X») or capitalized
  ("угруповання Боко Харам", "rights group Viasna");
- CamelCase names (ОзеньМунайГаз, NewsMarket) and unknown acronyms (lower
  confidence);
- the outlet of a byline on the last line ("Dasha Bakay, NewsMarket") or
  doc.outlet when normalization recovered it.
The first three run before `persons`, as the `org_lexicon` component (candidates.py), so
that "Georgian Young Lawyers' Association" never becomes a person."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz

from ...doc import Doc
from ...names.tokens import name_tokens
from ...registry import component
from ...schema.models import Entity
from .candidates import early_hits
from .resolve import _entity_key, find_orgs


class OrgsConfig(BaseModel):
    """min_confidence: 0.6 drops unknown acronyms."""

    model_config = ConfigDict(extra="forbid")
    min_confidence: float = 0.0


@component(
    "org_lexicon",
    requires=("tokens",),
    reads=("mentions.place",),
    assigns=("org_candidates",),
)
def make_org_lexicon():
    """Org names the lexicon, official bodies and org words give, before persons run."""

    def org_lexicon(doc: Doc) -> None:
        if doc.tokens:
            doc.org_candidates = early_hits(doc, name_tokens(doc))

    return org_lexicon


@component(
    "orgs",
    requires=("tokens", "org_candidates"),
    reads=("mentions.place", "mentions.person", "mentions.date"),
    assigns=("mentions.org", "entities.org"),
    config=OrgsConfig,
)
def make_orgs(min_confidence: float = 0.0):
    """Config: min_confidence (0.6 drops unknown acronyms)."""

    def orgs(doc: Doc) -> None:
        if not doc.tokens:
            return
        hits = [h for h in find_orgs(doc) if h.confidence >= min_confidence]
        entities: dict[str, Entity] = {}
        for h in hits:
            key = _entity_key(h.norm)
            ent = entities.get(key) or next(
                (e for k, e in entities.items() if fuzz.ratio(k, key) >= 90), None
            )
            if ent is None:
                ent = Entity(id=doc.next_id("org:"), kind="org", name=h.norm, mentions=[])
                entities[key] = ent
            m = doc.add_mention(
                "org", h.start, h.end, norm=h.norm, entity=ent.id, confidence=h.confidence
            )
            surface = m.text
            ent.mentions.append(m.id)
            if surface not in ent.variants:
                ent.variants.append(surface)
        doc.entities.extend(entities.values())

    return orgs
