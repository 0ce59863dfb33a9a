"""merge: events from many reports and languages -> incidents, incrementally.

A new document's events are scored against the members of the incidents whose
dates can overlap (see `score.py`); each event joins the best incident above the
threshold or starts a new one, and only the incidents it touched are
recomputed. Every member row keeps why it joined. The caller holds the store's
write lock (one writer at a time), so two ingests never race to create the same
incident.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from ..schema.models import Event, EventDate, Report
from ..store.models import ClaimRow, Document, Incident, IncidentMember
from .estimates import estimates
from .score import (
    DATE_TOLERANCE,
    JOIN_THRESHOLD,
    event_features,
    pair_score,
    summary_location,
)

MAX_SPAN_DAYS = 3  # an incident's day-precise dates stay within this many days
_DATE_RANK = {"week": 0, "published": 1, "month": 2, "year": 3}
_LEVEL_RANK = {"exact": 0, "district": 1, None: 2, "unknown": 2, "region": 3, "country": 4}


def report_events(report: Report) -> list[tuple[Event, list[str]]]:
    """The events of a report with the claim ids each one carries.

    Claims no event links are given to the event that shares their place
    mention, else the only event, else the event whose evidence is nearest.
    A report without events but with a located / dated / typed summary yields
    one event built from the summary.
    """
    events = list(report.events)
    if not events:
        s = report.summary
        if not (s.location or s.country or s.event_date or s.event_types):
            return []
        events = [
            Event(
                id="summary",
                event_type=s.event_types[0] if s.event_types else "",
                sub_event_type=s.sub_event_types[0] if s.sub_event_types else "",
                tags=list(s.tags),
                date=EventDate(iso=s.event_date, precision=s.date_precision or "day")
                if s.event_date
                else None,
                location=summary_location(report),
                claims=[c.id for c in report.claims],
            )
        ]
    known = {c.id for c in report.claims}
    per_event = {e.id: [c for c in e.claims if c in known] for e in events}
    linked = {c for ids in per_event.values() for c in ids}
    for claim in report.claims:
        if claim.id in linked:
            continue
        target = _home_event(claim.place, claim.evidence.start, events)
        if target is not None:
            per_event[target.id].append(claim.id)
    return [(e, per_event[e.id]) for e in events]


def _home_event(place: str | None, pos: int, events: list[Event]) -> Event | None:
    if place:
        for e in events:
            if e.location is not None and e.location.mention == place:
                return e
    if len(events) == 1:
        return events[0]
    near = [
        (min(abs(s.start - pos) for s in e.evidence), i) for i, e in enumerate(events) if e.evidence
    ]
    return events[min(near)[1]] if near else None


def _candidates(session: Session, f: dict[str, Any]) -> dict[int, list[dict[str, Any]]]:
    """Members of the incidents this event could belong to, by incident id."""
    q = select(Incident.id)
    if f["d0"]:
        lo = (date.fromisoformat(f["d0"]) - timedelta(days=DATE_TOLERANCE)).isoformat()
        hi = (date.fromisoformat(f["d1"]) + timedelta(days=DATE_TOLERANCE)).isoformat()
        q = q.where(and_(Incident.date_start <= hi, Incident.date_end >= lo))
    elif f["geonameid"] is not None:  # undated and unpublished: the same place only
        q = q.where(Incident.geonameid == f["geonameid"])
    elif not f["country"]:
        return {}
    if f["country"]:
        q = q.where(or_(Incident.country == f["country"], Incident.country.is_(None)))
    if not f["d0"]:  # bounded: an undated event only looks at recent incidents
        q = q.order_by(Incident.id.desc()).limit(500)
    ids = list(session.scalars(q))
    out: dict[int, list[dict[str, Any]]] = {}
    if not ids:
        return out
    rows = session.execute(
        select(IncidentMember.incident_id, IncidentMember.features).where(
            IncidentMember.incident_id.in_(ids)
        )
    )
    for inc_id, feats in rows:
        out.setdefault(inc_id, []).append(feats)
    return out


def _span_days(members: list[dict[str, Any]], f: dict[str, Any]) -> int:
    """Days between the first and last day-precise date if `f` joined these members."""
    days = [m["d0"] for m in members if m.get("date_precision") == "day"]
    days += [m["d1"] for m in members if m.get("date_precision") == "day"]
    if f.get("date_precision") == "day":
        days += [f["d0"], f["d1"]]
    if not days:
        return 0
    return (date.fromisoformat(max(days)) - date.fromisoformat(min(days))).days


def best_incident(session: Session, f: dict[str, Any]) -> tuple[int, float, dict[str, Any]] | None:
    """The incident whose closest member scores highest above the threshold, with why."""
    best: tuple[int, float, dict[str, Any]] | None = None
    for inc_id, members in _candidates(session, f).items():
        if _span_days(members, f) > MAX_SPAN_DAYS:
            continue  # no chaining day after day into one endless incident
        for m in members:
            score, why = pair_score(f, m)
            if score is None or score < JOIN_THRESHOLD:
                continue
            if best is None or score > best[1] or (score == best[1] and inc_id < best[0]):
                best = (inc_id, score, why)
    return best


def merge_report(
    session: Session, report: Report, *, published_at: str | None, now: str
) -> list[int]:
    """Put each event of a stored report into an incident; ids of the incidents touched."""
    touched: list[int] = []
    lang = report.document.lang
    for event, claim_ids in report_events(report):
        f = event_features(report, event, published_at=published_at, lang=lang)
        found = best_incident(session, f)
        if found is None:
            inc = Incident(created_at=now, updated_at=now, estimates={})
            session.add(inc)
            session.flush()
            inc_id, score, why = inc.id, None, {"reason": "first report of this incident"}
        else:
            inc_id, score, why = found
            why = {"reason": "joined", **why}
        session.add(
            IncidentMember(
                incident_id=inc_id,
                doc_id=report.document.id,
                event_id=event.id,
                claims=claim_ids,
                score=round(score, 3) if score is not None else None,
                why=why,
                features=f,
                joined_at=now,
            )
        )
        _extend(session.get(Incident, inc_id), f)
        session.flush()  # the next event of this report can match it
        if inc_id not in touched:
            touched.append(inc_id)
    for inc_id in touched:
        refresh_incident(session, inc_id, now=now)
    return touched


# ---------------------------------------------------------------- aggregates


def _extend(inc: Incident, f: dict[str, Any]) -> None:
    """Widen the fields candidate search uses, so later events of the same report find it."""
    if f.get("d0"):
        inc.date_start = min(filter(None, (inc.date_start, f["d0"])))
        inc.date_end = max(filter(None, (inc.date_end, f["d1"])))
    inc.country = inc.country or f.get("country")


def _mode(values: list[Any]) -> Any:
    vals = [v for v in values if v not in (None, "")]
    if not vals:
        return None
    counts = Counter(vals)
    top = max(counts.values())
    return next(v for v in vals if counts[v] == top)  # first seen wins a tie


def _joined(values: set[str]) -> str:
    return "," + ",".join(sorted(values)) + "," if values else ""


def incident_claims(session: Session, members: list[IncidentMember]) -> list[dict[str, Any]]:
    """The claims an incident's members carry, with their documents' time, language, outlet."""
    wanted = {(m.doc_id, c) for m in members for c in (m.claims or [])}
    if not wanted:
        return []
    cols = (
        ClaimRow.doc_id, ClaimRow.id, ClaimRow.kind, ClaimRow.value, ClaimRow.qualifier,
        ClaimRow.low, ClaimRow.high, ClaimRow.certainty, ClaimRow.source_name,
        ClaimRow.source_kind, ClaimRow.perpetrator, ClaimRow.text, ClaimRow.start, ClaimRow.end,
        Document.published_at, Document.lang, Document.outlet, Document.url,
    )  # fmt: skip
    docs = sorted({d for d, _ in wanted})
    rows = [
        r
        for i in range(0, len(docs), 400)  # bounded parameter lists; doc_id uses the index
        for r in session.execute(
            select(*cols)
            .join(Document, Document.id == ClaimRow.doc_id)
            .where(ClaimRow.doc_id.in_(docs[i : i + 400]))
        )
        if (r.doc_id, r.id) in wanted
    ]
    out = []
    for r in rows:
        out.append(
            {
                "id": f"{r.doc_id}:{r.id}",
                "doc_id": r.doc_id,
                "claim_id": r.id,
                "kind": r.kind,
                "value": r.value,
                "qualifier": r.qualifier,
                "low": r.low,
                "high": r.high,
                "certainty": r.certainty,
                "source": r.source_name,
                "source_kind": r.source_kind,
                "perpetrator": r.perpetrator,
                "evidence": r.text,
                "span": [r.start, r.end],
                "published_at": r.published_at,
                "lang": r.lang,
                "outlet": r.outlet,
                "url": r.url,
            }
        )
    out.sort(key=lambda c: (c["published_at"] or "", c["id"]))
    return out


def refresh_incident(session: Session, inc_id: int, *, now: str) -> None:
    """Recompute an incident's place, dates, types and estimates from its members."""
    inc = session.get(Incident, inc_id)
    members = list(
        session.scalars(
            select(IncidentMember)
            .where(IncidentMember.incident_id == inc_id)
            .order_by(IncidentMember.id)
        )
    )
    fs = [m.features for m in members]
    inc.event_type = _mode([f.get("event_type") for f in fs])
    inc.sub_event_type = _mode(
        [f.get("sub_event_type") for f in fs if f.get("event_type") == inc.event_type]
    )
    inc.event_types = _joined({f["event_type"] for f in fs if f.get("event_type")})
    inc.sub_event_types = _joined({f["sub_event_type"] for f in fs if f.get("sub_event_type")})
    inc.tags = _joined({t for f in fs for t in f.get("tags") or []})
    inc.languages = _joined({f["lang"] for f in fs if f.get("lang")})
    dated = [f for f in fs if f.get("d0")]
    inc.date_start = min((f["d0"] for f in dated), default=None)
    inc.date_end = max((f["d1"] for f in dated), default=None)
    days = [f["d0"] for f in dated if f["date_precision"] == "day"]
    if days:
        inc.event_date, inc.date_precision = _mode(sorted(days)), "day"
    elif dated:  # no day-precise member: the most precise one
        best = min(dated, key=lambda f: _DATE_RANK.get(f["date_precision"], 9))
        inc.event_date, inc.date_precision = best["d0"], best["date_precision"]
    located = [f for f in fs if f.get("location") or f.get("country")]
    if located:
        rank = min(_LEVEL_RANK.get(f.get("geo_precision"), 2) for f in located)
        top = [f for f in located if _LEVEL_RANK.get(f.get("geo_precision"), 2) == rank]
        key = _mode([f.get("geonameid") or f.get("location") for f in top])
        place = next(f for f in top if (f.get("geonameid") or f.get("location")) == key)
        inc.location, inc.geonameid = place.get("location"), place.get("geonameid")
        inc.lat, inc.lon = place.get("lat"), place.get("lon")
        inc.country = place.get("country") or _mode([f.get("country") for f in fs])
        inc.admin1 = place.get("admin1")
        inc.geo_precision = place.get("geo_precision")
    inc.actor1 = _mode([f.get("actor1") for f in fs])
    inc.actor2 = _mode([f.get("actor2") for f in fs])
    inc.n_events = len(members)
    inc.n_documents = len({m.doc_id for m in members})
    pubs = sorted(f["published_at"] for f in fs if f.get("published_at"))
    inc.first_published = pubs[0] if pubs else None
    inc.last_published = pubs[-1] if pubs else None
    est = estimates(incident_claims(session, members))
    inc.estimates = est
    for kind in ("killed", "injured", "participants"):
        e = est.get(kind, {})
        setattr(inc, f"{kind}_low", e.get("low"))
        setattr(inc, f"{kind}_best", e.get("best"))
        setattr(inc, f"{kind}_high", e.get("high"))
    inc.updated_at = now


__all__ = ["merge_report", "refresh_incident", "report_events", "incident_claims", "best_incident"]
