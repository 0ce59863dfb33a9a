"""Which candidates become place mentions and entities."""

from __future__ import annotations

from ...doc import Doc
from ...gazetteer import Place
from ...schema.models import Entity, Mention, PlaceValue
from .candidates import _Cand
from .lexicon import _PRECISION


class EmitMentions:
    """The PlaceMatcher methods that resolve decides."""

    def _emit(self, doc: Doc, cands: list[_Cand]) -> None:
        by_entity: dict[str, Entity] = {e.id: e for e in doc.entities if e.kind == "place"}
        new: list[Mention] = []
        for c in sorted(cands, key=lambda c: c.start):
            p = c.best
            assert p is not None
            eid = p.entity_id
            # built from checked values: skip pydantic's validation (it costs more than matching)
            m = Mention.fast(
                id=doc.next_id("m"),
                kind="place",
                start=c.start,
                end=c.end,
                text=doc.text[c.start : c.end],
                orig=doc.to_orig(c.start, c.end),
                norm=p.name,
                entity=eid,
                place=place_value(p),
                confidence=c.confidence,
                role=None,
                date=None,
                quantity=None,
            )
            new.append(m)
            ent = by_entity.get(eid)
            if ent is None:
                ent = by_entity[eid] = Entity(
                    id=eid, kind="place", name=p.name, mentions=[], variants=[]
                )
                doc.entities.append(ent)
            ent.mentions.append(m.id)
            if m.text not in ent.variants:
                ent.variants.append(m.text)
        doc.mentions.extend(new)


def place_value(p: Place, feature: str | None = None) -> PlaceValue:
    """A gazetteer entry as a mention's place value (built from checked values: pydantic's
    validation would cost more than the matching); `feature` overrides the entry's."""
    feature = feature or p.feature
    return PlaceValue.fast(
        name=p.name,
        geonameid=p.geonameid,
        lat=p.lat,
        lon=p.lon,
        country=p.country,
        admin1=p.admin1,
        feature=feature,
        precision=_PRECISION.get(feature, "exact") if p.lat is not None else "unknown",
        population=p.population or None,
    )
