"""Project a `sitrep/1` Report into the gold format, so metrics compare like with like.

Gold spans are offsets into the text as given (raw input, Markdown included), so
every predicted span is taken from `orig` (the normalized span mapped back to the
input), falling back to start/end when no map exists.
"""

from __future__ import annotations

from itertools import combinations
from typing import Any

from ..schema.models import Figure, Report, Span

KIND_TO_LABEL = {"place": "LOC", "person": "PER", "org": "ORG"}


def _orig(start: int, end: int, orig: list[int] | None) -> list[int]:
    return list(orig) if orig and len(orig) == 2 else [start, end]


def _span(sp: Span | None) -> list[int] | None:
    return None if sp is None else _orig(sp.start, sp.end, sp.orig)


def _figure(f: Figure | None) -> dict | None:
    if f is None:
        return None
    return {"low": f.low, "high": f.high, "qualifier": f.qualifier, "value": f.value}


def report_to_prediction(report: Report) -> dict[str, Any]:
    """The Report as a gold-format dict (spans into the original input)."""
    ents: list[dict] = []
    seen: set[tuple[int, int, str]] = set()
    by_id = {m.id: m for m in report.mentions}
    for m in report.mentions:
        label = KIND_TO_LABEL.get(m.kind)
        if label is None:
            continue
        s, e = _orig(m.start, m.end, m.orig)
        if (s, e, label) in seen:
            continue
        seen.add((s, e, label))
        ents.append({"start": s, "end": e, "label": label, "text": m.text, "norm": m.norm})
    # gold entities do not nest (eval/GUIDE.md): "Білорусі" inside the ORG "МВС Білорусі"
    # is part of that name, not an entity of its own
    ents = [
        x
        for x in ents
        if not any(
            y is not x
            and y["start"] <= x["start"]
            and x["end"] <= y["end"]
            and (y["end"] - y["start"]) > (x["end"] - x["start"])
            for y in ents
        )
    ]

    claims = [
        {
            "kind": c.kind,
            "value": c.value,
            "qualifier": c.qualifier,
            "low": c.low,
            "high": c.high,
            "certainty": c.certainty,
            "scope": c.scope,
            "source": c.source.name,
            "source_span": _span(c.source.span),
            "perpetrator": c.perpetrator,
            "evidence": _span(c.evidence),
            "evidence_text": c.evidence.text,
        }
        for c in report.claims
    ]

    # persons_same: every pair of distinct spellings grouped under one person entity
    pairs: list[list[str]] = []
    for ent in report.entities:
        if ent.kind != "person":
            continue
        forms = list(dict.fromkeys(by_id[i].text for i in ent.mentions if i in by_id))
        pairs.extend([a, b] for a, b in combinations(forms, 2))

    s = report.summary
    pred: dict[str, Any] = {
        "entities": ents,
        "claims": claims,
        "event_date": s.event_date,
        "country": s.country,
        "admin1": s.admin1,
        "location": s.location,
        "geonameid": s.geonameid,
        "lat": s.lat,
        "lon": s.lon,
        "event_types": list(s.event_types),
        "sub_event_types": list(s.sub_event_types),
        "tags": list(s.tags),
        "persons_same": pairs,
    }
    for k in ("killed", "injured", "participants", "arrested"):
        pred[k] = _figure(getattr(s, k))
    return pred
