"""Incidents in SQL: run merge's decisions against the store, incrementally.

For each event of a new document: load the members of the incidents in its
candidate window, let `sitrep.merge` decide, write the member (with why it
joined) and recompute only the incidents touched. The caller holds the
store's write lock (one writer at a time), so two ingests never race to create
the same incident.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.orm import Session

from ..merge import (
    decide,
    event_features,
    incident_fields,
    report_events,
    stream_key,
    widen,
    window,
)
from ..schema.models import Report
from .lists import write_lists
from .models import LIST_TABLES, ClaimRow, Document, Incident, IncidentMember


def candidates(session: Session, f: dict[str, Any]) -> dict[int, list[dict[str, Any]]]:
    """Members' feature records of the incidents this event could belong to, by incident id."""
    w = window(f)
    if w is None:
        return {}
    q = select(Incident.id)
    if w.date_from:
        q = q.where(and_(Incident.date_start <= w.date_to, Incident.date_end >= w.date_from))
    elif w.geonameid is not None:
        q = q.where(Incident.geonameid == w.geonameid)
    if w.country:
        q = q.where(or_(Incident.country == w.country, Incident.country.is_(None)))
    if w.recent:
        q = q.order_by(Incident.id.desc()).limit(w.recent)
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


_MARGIN_DAYS = 6  # widest type window + date tolerance + 1: events further apart never meet


def merge_report(
    session: Session, report: Report, *, published_at: str | None, now: str
) -> list[int]:
    """Put each event of a stored report into an incident; ids of the incidents touched.

    Events are placed in stream order (publication time, document, position). When a
    late report lands before events already stored near its dates, those incidents are
    re-clustered with it in stream order, so the result equals a rebuild.
    """
    lang = report.document.lang
    recs = []
    for seq, (event, claim_ids) in enumerate(report_events(report)):
        f = dict(event_features(report, event, published_at=published_at, lang=lang))
        f["seq"] = seq
        recs.append((f, claim_ids))
    if not recs:
        return []
    late = _overtaken(session, [f for f, _ in recs])
    if late:
        recs += _detach(session, late)
    return _place(session, recs, now=now, free=late)


def rebuild(session: Session, *, now: str) -> dict[str, int]:
    """Re-run merging over every stored member in stream order; deterministic."""
    ids = list(session.scalars(select(Incident.id)))
    recs = _detach(session, ids)
    _place(session, recs, now=now, free=ids)
    return {"events": len(recs), "incidents": session.query(Incident).count()}


def _place(session: Session, recs: list, *, now: str, free: list[int] = ()) -> list[int]:
    """Decide and write each (features, claim ids) in stream order; the touched incident ids.

    New incidents reuse the `free` ids (of re-clustered ones) first, smallest first, so
    ids stay stable when a re-clustering ends as it began.
    """
    free = sorted(free, reverse=True)
    touched: list[int] = []
    for f, claim_ids in sorted(recs, key=lambda r: stream_key(r[0])):
        f.pop("weak", None)
        d = decide(f, candidates(session, f))
        if d.weak:
            f["weak"] = True
        if d.incident is None:
            inc = Incident(created_at=now, updated_at=now, estimates={})
            if free:
                inc.id = free.pop()
            session.add(inc)
            session.flush()
            inc_id = inc.id
        else:
            inc_id = d.incident
            inc = session.get(Incident, inc_id)
        session.add(
            IncidentMember(
                incident_id=inc_id,
                doc_id=f["doc_id"],
                event_id=f["event_id"],
                claims=claim_ids,
                score=round(d.score, 3) if d.score is not None else None,
                why=d.why,
                features=f,
                joined_at=now,
            )
        )
        inc.date_start, inc.date_end, inc.country = widen(
            inc.date_start, inc.date_end, inc.country, f
        )
        session.flush()  # the next event can match it
        if inc_id not in touched:
            touched.append(inc_id)
    for inc_id in touched:
        refresh_incident(session, inc_id, now=now)
    return touched


def _overtaken(session: Session, fs: list[dict[str, Any]]) -> list[int]:
    """Incidents near these events' dates holding a member later in stream order.

    Empty in the usual case (reports arrive in order). Otherwise the set is closed
    over date overlap, so nothing outside it could have decided differently.
    """
    dated = [f for f in fs if f.get("d0")]
    if not dated:
        return []
    first = min(stream_key(f) for f in fs)
    lo = min(f["d0"] for f in dated)
    hi = max(f["d1"] for f in dated)
    ids = set(_overlapping(session, lo, hi))
    if not ids:
        return []
    # only incidents published up to now-or-later can hold a later member: a cheap filter
    maybe = list(
        session.scalars(
            select(Incident.id).where(
                Incident.id.in_(sorted(ids)),
                or_(Incident.last_published.is_(None), Incident.last_published >= first[0]),
            )
        )
    )
    if not maybe:
        return []
    later = False
    for feats in session.scalars(
        select(IncidentMember.features).where(IncidentMember.incident_id.in_(sorted(maybe)))
    ):
        if stream_key(feats) > first:
            later = True
            break
    if not later:
        return []
    while True:  # close the set: every incident within reach of one already in it
        rows = session.execute(
            select(Incident.date_start, Incident.date_end).where(Incident.id.in_(sorted(ids)))
        ).all()
        lo = min([lo] + [r[0] for r in rows if r[0]])
        hi = max([hi] + [r[1] for r in rows if r[1]])
        more = set(_overlapping(session, lo, hi)) - ids
        if not more:
            return sorted(ids)
        ids |= more


def _overlapping(session: Session, lo: str, hi: str) -> list[int]:
    m = timedelta(days=_MARGIN_DAYS)
    lo_ = (date.fromisoformat(lo) - m).isoformat()
    hi_ = (date.fromisoformat(hi) + m).isoformat()
    return list(
        session.scalars(
            select(Incident.id).where(and_(Incident.date_start <= hi_, Incident.date_end >= lo_))
        )
    )


def _detach(session: Session, inc_ids: list[int]) -> list:
    """Remove these incidents, returning their members as (features, claim ids) to re-place."""
    if not inc_ids:
        return []
    out = []
    for i in range(0, len(inc_ids), 400):
        chunk = inc_ids[i : i + 400]
        for m in session.scalars(
            select(IncidentMember).where(IncidentMember.incident_id.in_(chunk))
        ):
            out.append((dict(m.features), list(m.claims or [])))
        session.execute(delete(IncidentMember).where(IncidentMember.incident_id.in_(chunk)))
        for t in LIST_TABLES.values():
            session.execute(delete(t).where(t.c.incident_id.in_(chunk)))
        session.execute(delete(Incident).where(Incident.id.in_(chunk)))
    session.flush()
    session.expire_all()
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
    fields = incident_fields(
        [m.features for m in members],
        [m.doc_id for m in members],
        incident_claims(session, members),
    )
    write_lists(session.connection(), inc_id, {f: fields.pop(f) for f in LIST_TABLES})
    for key, value in fields.items():
        setattr(inc, key, value)
    inc.updated_at = now


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


def remove_document(session: Session, doc_id: str, *, now: str) -> list[int]:
    """Delete a document with its rows and memberships; re-merge the incidents it was in.

    An incident left without members is deleted; the others are recomputed from the
    members that remain. Returns the ids of the incidents touched."""
    from sqlalchemy import delete, func

    from .models import EventRow, MentionRow

    touched = sorted(
        set(
            session.scalars(
                select(IncidentMember.incident_id).where(IncidentMember.doc_id == doc_id)
            )
        )
    )
    session.execute(delete(IncidentMember).where(IncidentMember.doc_id == doc_id))
    for table in (ClaimRow, EventRow, MentionRow):
        session.execute(delete(table).where(table.doc_id == doc_id))
    session.execute(delete(Document).where(Document.id == doc_id))
    session.flush()
    for inc_id in touched:
        left = session.scalar(
            select(func.count())
            .select_from(IncidentMember)
            .where(IncidentMember.incident_id == inc_id)
        )
        if left:
            refresh_incident(session, inc_id, now=now)
        else:
            for table in LIST_TABLES.values():
                session.execute(table.delete().where(table.c.incident_id == inc_id))
            session.execute(delete(Incident).where(Incident.id == inc_id))
    return touched
