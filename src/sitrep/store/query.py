"""Reading incidents back: filtered lists, one incident in full, export rows."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from ..merge import stream_key, timeline
from .incidents import incident_claims
from .lists import read_lists
from .models import LIST_TABLES, Document, Incident, IncidentMember

INCIDENT_FIELDS = (
    "id", "event_date", "date_start", "date_end", "date_precision", "event_type",
    "sub_event_type", "location", "geonameid", "lat", "lon", "country", "admin1",
    "geo_precision", "actor1", "actor2", "n_documents", "n_events", "first_published",
    "last_published", "killed_low", "killed_best", "killed_high", "injured_low",
    "injured_best", "injured_high", "participants_low", "participants_best",
    "participants_high", "created_at", "updated_at",
)  # fmt: skip


def incident_dict(inc: Incident, lists: dict[str, list[str]]) -> dict[str, Any]:
    d = {k: getattr(inc, k) for k in INCIDENT_FIELDS}
    d["event_types"] = lists["event_types"]
    d["sub_event_types"] = lists["sub_event_types"]
    d["tags"] = lists["tags"]
    d["languages"] = lists["languages"]
    d["estimates"] = inc.estimates or {}
    return d


def incidents_having(field: str, value: str):
    """Incident ids with `value` in a list field (ASCII case-insensitive, as LIKE was)."""
    t = LIST_TABLES[field]
    return select(t.c.incident_id).where(func.lower(t.c.value) == value.lower())


def list_incidents(
    s: Session,
    *,
    country: str | None = None,
    since: str | None = None,
    until: str | None = None,
    event_type: str | None = None,
    min_killed: int | None = None,
    lang: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Incidents by date, filtered; a date range matches incidents that overlap it."""
    q = select(Incident)
    if country:
        q = q.where(func.upper(Incident.country) == country.upper())
    if since:
        q = q.where(Incident.date_end >= since)
    if until:
        q = q.where(Incident.date_start <= until)
    if event_type:
        q = q.where(
            or_(
                Incident.id.in_(incidents_having("event_types", event_type)),
                Incident.id.in_(incidents_having("sub_event_types", event_type)),
            )
        )
    if min_killed is not None:
        best = func.coalesce(Incident.killed_best, Incident.killed_low, Incident.killed_high)
        q = q.where(best >= min_killed)
    if lang:
        q = q.where(Incident.id.in_(incidents_having("languages", lang)))
    q = q.order_by(Incident.event_date.is_(None), Incident.event_date, Incident.id)
    if limit:
        q = q.limit(limit)
    found = list(s.scalars(q))
    lists = read_lists(s.connection(), [i.id for i in found])
    return [incident_dict(i, lists[i.id]) for i in found]


def show_incident(s: Session, inc_id: int) -> dict[str, Any] | None:
    """One incident with its members (and why each joined), estimates and timeline."""
    inc = s.get(Incident, inc_id)
    if inc is None:
        return None
    # in stream order (publication time, document, position), as merging placed them: a
    # settle re-writes only the members that moved, so row ids need not follow the stream
    members = sorted(
        s.scalars(select(IncidentMember).where(IncidentMember.incident_id == inc_id)),
        key=lambda m: (stream_key(m.features or {}), m.id),
    )
    docs = {
        d.id: d
        for d in s.scalars(select(Document).where(Document.id.in_({m.doc_id for m in members})))
    }
    out = incident_dict(inc, read_lists(s.connection(), [inc_id])[inc_id])
    out["members"] = [
        {
            "doc_id": m.doc_id,
            "event_id": m.event_id,
            "title": docs[m.doc_id].title if m.doc_id in docs else None,
            "outlet": docs[m.doc_id].outlet if m.doc_id in docs else None,
            "url": docs[m.doc_id].url if m.doc_id in docs else None,
            "lang": docs[m.doc_id].lang if m.doc_id in docs else None,
            "published_at": docs[m.doc_id].published_at if m.doc_id in docs else None,
            "event_type": m.features.get("event_type"),
            "location": m.features.get("location"),
            "date": m.features.get("d0"),
            "claims": [f"{m.doc_id}:{c}" for c in m.claims or []],
            "evidence": m.features.get("evidence", []),
            "score": m.score,
            "why": m.why,
        }
        for m in members
    ]
    claims = incident_claims(s, members)
    out["claims"] = claims
    out["timeline"] = timeline(claims)
    out["documents"] = sorted({m.doc_id for m in members})
    out["campaign"] = incident_campaign(s, inc)
    return out


def incident_campaign(s: Session, inc: Incident) -> dict[str, Any] | None:
    """The campaign (merge/campaigns.py) the incident is part of: computed from the incidents
    of its kind at its place, so it never depends on ids or on the order of ingest."""
    from ..merge.campaigns import FAMILIES, campaign_of, family

    fam = family({"event_type": inc.event_type})
    if fam is None or not inc.date_start:
        return None
    q = select(
        Incident.id, Incident.event_type, Incident.date_start, Incident.date_end,
        Incident.geonameid, Incident.location,
    ).where(Incident.event_type.in_([t for t, f in FAMILIES.items() if f == fam]))  # fmt: skip
    if inc.geonameid is not None:
        q = q.where(Incident.geonameid == inc.geonameid)
    elif inc.location:
        q = q.where(Incident.geonameid.is_(None), Incident.location == inc.location)
    else:
        return None
    found = campaign_of(inc.id, [dict(r._mapping) for r in s.execute(q)])
    return found.as_dict() if found else None
