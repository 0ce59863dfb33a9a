"""Incidents in SQL: run merge's decisions against the store, incrementally.

For each event of a new document: read the running totals (`Incident.agg`) of the
incidents in its candidate window, let `sitrep.merge` decide against their cores, write
the member (with why it joined) and fold it into that incident's totals: a join costs
the same whatever the incident's size. The caller holds the store's write lock (one
writer at a time), so two ingests never race to create the same incident.

Order: events are placed in stream order (publication time, document, position). A
report that arrives after later ones near its dates is re-clustered with them, at once
(`settle=True`) or at the end of the ingest run (`settle(session)`), so the incidents
are the same whatever the order of arrival (docs/merging.md).
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Text, and_, bindparam, cast, delete, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from ..merge import decide, event_features, report_events, stream_key, window
from ..merge.accumulate import add_claims, add_member, core_of, fields_of, new_state
from ..merge.replay import replay
from ..schema.models import Report
from .lists import write_lists
from .models import LIST_TABLES, ClaimRow, Document, Incident, IncidentMember, MergePending


def _state(session: Session, inc: Incident) -> dict[str, Any]:
    """The incident's running totals; built once from its members on an upgraded store."""
    if inc.agg is None:
        inc.agg = _totals(session, inc.id)
    return inc.agg


def _totals(session: Session, inc_id: int) -> dict[str, Any]:
    members = list(
        session.scalars(select(IncidentMember).where(IncidentMember.incident_id == inc_id))
    )
    members.sort(key=lambda m: stream_key(m.features))
    state = new_state()
    for m in members:
        add_member(state, m.features)
    add_claims(state, incident_claims(session, members))
    return state


def candidates(session: Session, f: dict[str, Any]) -> dict[int, tuple[dict[str, Any], list]]:
    """The cores (and first stream keys) of the incidents this event could belong to."""
    w = window(f)
    if w is None:
        return {}
    params: dict[str, Any] = {}
    if w.date_from:
        params.update(date_from=w.date_from, date_to=w.date_to)
    elif w.geonameid is not None:
        params["geonameid"] = w.geonameid
    if w.country:
        params["country"] = w.country
    q = _candidates_query(bool(w.date_from), w.geonameid is not None, bool(w.country), w.recent)
    ids = list(session.scalars(q, params))
    out: dict[int, tuple[dict[str, Any], list]] = {}
    for inc_id, inc in zip(ids, _incidents(session, ids), strict=True):
        st = _state(session, inc)
        out[inc_id] = (core_of(st), st["first"])
    return out


_QUERIES: dict[tuple, Any] = {}


def _candidates_query(dated: bool, placed: bool, country: bool, recent: int | None):
    """The candidate query of one shape, built once: merging asks it for every event, and
    building the statement cost more than running it."""
    shape = (dated, placed, country, recent)
    q = _QUERIES.get(shape)
    if q is None:
        q = select(Incident.id)
        if dated:
            q = q.where(
                Incident.date_start <= bindparam("date_to"),
                Incident.date_end >= bindparam("date_from"),
            )
        elif placed:
            q = q.where(Incident.geonameid == bindparam("geonameid"))
        if country:
            q = q.where(or_(Incident.country == bindparam("country"), Incident.country.is_(None)))
        if recent:
            q = q.order_by(Incident.last_published.desc(), Incident.id.desc()).limit(recent)
        q = _QUERIES[shape] = q
    return q


def _cache(session: Session) -> dict[int, Incident]:
    """Incidents loaded in this transaction, by id (strong references: the session's identity
    map is weak, and re-reading an incident parses its totals again). We are the one writer
    while the transaction lasts; `_forget` empties it where rows are deleted behind the ORM."""
    return session.info.setdefault("sitrep_incidents", {})


def _forget(session: Session) -> None:
    session.info.pop("sitrep_incidents", None)


def _incidents(session: Session, ids: list[int]) -> list[Incident]:
    """These incidents (all exist), each read from the database at most once a transaction."""
    cache = _cache(session)
    missing = [i for i in ids if i not in cache]
    for n in range(0, len(missing), 400):
        for inc in session.scalars(select(Incident).where(Incident.id.in_(missing[n : n + 400]))):
            cache[inc.id] = inc
    return [cache[i] for i in ids]


def _twins(session: Session, f: dict[str, Any]) -> list[tuple[int, dict[str, Any]]]:
    """Members from reports in other languages published the same day (merge/twins.py)."""
    day = (f.get("published_at") or "")[:10]
    if not day or not f.get("lang") or not (f.get("persons") or f.get("figures")):
        return []
    params = {"day": day, "day_end": day + "T99", "lang": f["lang"], "doc": f["doc_id"]}
    return [(inc_id, feats) for inc_id, feats in session.execute(_TWINS, params)]


_TWINS = select(IncidentMember.incident_id, IncidentMember.features).where(
    IncidentMember.doc_id.in_(
        select(Document.id).where(
            Document.published_at >= bindparam("day"),
            Document.published_at <= bindparam("day_end"),
            Document.lang != bindparam("lang"),
            Document.id != bindparam("doc"),
        )
    )
)


_MARGIN_DAYS = 6  # widest type window + date tolerance + 1: events further apart never meet


def merge_report(
    session: Session,
    report: Report,
    *,
    published_at: str | None,
    now: str,
    settle: bool = True,
) -> list[int]:
    """Put each event of a stored report into an incident; ids of the incidents touched.

    Events are placed in stream order (publication time, document, position). When a
    late report lands before events already stored near its dates, those incidents are
    re-clustered with it in stream order, so the result equals a rebuild: at once, or
    (`settle=False`) when `settle` runs at the end of the ingest; until then the late
    report is placed as if it came last and its date range is marked pending.
    """
    lang = report.document.lang
    recs = []
    for seq, (event, claim_ids) in enumerate(report_events(report)):
        f = dict(event_features(report, event, published_at=published_at, lang=lang))
        f["seq"] = seq
        recs.append((f, claim_ids))
    if not recs:
        return []
    fs = [f for f, _ in recs]
    own = {"new_doc": report.document.id, "claims": _claims(report, published_at)}
    if not _is_late(session, fs):
        return _place(session, recs, now=now, **own)
    if not settle:
        _mark_pending(session, fs)
        return _place(session, recs, now=now, **own)
    touched = _place(session, recs, now=now, **own)  # provisionally, then re-clustered
    late = _closure(session, _ranges(fs))
    moved = _recluster(session, late, now=now)
    return sorted(set(touched) | set(moved)) if late else touched


def _claims(report: Report, published_at: str | None) -> dict[str, dict[str, Any]]:
    """A stored report's claims as `incident_claims` reads them back (the fields the running
    totals use), by claim id: merging a new document needs no query for them."""
    doc = report.document.id
    return {
        c.id: {
            "id": f"{doc}:{c.id}",
            "doc_id": doc,
            "claim_id": c.id,
            "kind": c.kind,
            "qualifier": c.qualifier,
            "low": c.low,
            "high": c.high,
            "certainty": c.certainty,
            "span": [c.evidence.start, c.evidence.end],
            "published_at": published_at,
        }
        for c in report.claims
    }


def settle(session: Session, *, now: str) -> dict[str, int]:
    """Re-cluster every pending range (late reports placed provisionally); the counts."""
    rows = session.execute(
        select(MergePending.date_from, MergePending.date_to, MergePending.country)
    ).all()
    if not rows:
        return {"ranges": 0, "events": 0}
    ids = _closure(session, [(r[0], r[1], r[2]) for r in rows])
    n = _count_members(session, ids)
    _recluster(session, ids, now=now)
    session.execute(delete(MergePending))
    return {"ranges": len(rows), "events": n}


def _count_members(session: Session, ids: list[int]) -> int:
    return sum(
        session.scalar(select(func.count()).where(IncidentMember.incident_id.in_(ids[i : i + 400])))
        or 0
        for i in range(0, len(ids), 400)
    )


def _recluster(session: Session, ids: list[int], *, now: str) -> list[int]:
    """Place the members of these incidents (a closure) again in stream order, as taking
    them apart and `_place`-ing them would; the ids of the incidents that changed.

    In memory (`merge.replay`), writing back only what moved; the query path when the
    replay cannot answer for an event, or an incident outside the set is within reach."""
    if not ids:
        return []
    session.flush()
    rows = []
    for i in range(0, len(ids), 400):
        rows += session.execute(
            select(
                IncidentMember.id, IncidentMember.incident_id, IncidentMember.doc_id,
                cast(IncidentMember.claims, Text), IncidentMember.score,
                cast(IncidentMember.why, Text),
                cast(IncidentMember.features, Text),
            ).where(IncidentMember.incident_id.in_(ids[i : i + 400]))
        ).all()  # fmt: skip
    rows.sort(key=lambda r: r[0])  # the same replay whatever order the database returns
    # compact: the database's row objects, each member's why (as text and parsed) and its
    # claim ids parsed were half of the settle's peak memory; a why is kept as a key that
    # compares equal, the claim ids as text until an incident that changed needs them
    rows = [(r[0], r[1], r[2], r[3], r[4], _why_key(r[5]), r[6]) for r in rows]
    plan = replay(
        [(r[6], r[1]) for r in rows],
        reuse=ids,
        same_why=lambda i, why: _why_key(why) == rows[i][5],
    )
    if plan is None or _within_reach(session, plan.windows, set(ids)):
        recs = _detach(session, ids)
        return _place(session, recs, now=now, free=ids)
    return _write_plan(session, plan, rows, ids, now=now)


def _within_reach(session: Session, windows: list[tuple[str, str]], ids: set[int]) -> bool:
    """Whether an incident outside `ids` lies in one of these date windows (then a query
    would have offered it as a candidate, and the replay, which only knows `ids`, cannot
    stand in for the queries)."""
    spans: list[list[str]] = []
    for lo, hi in sorted(windows):
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], hi)
        else:
            spans.append([lo, hi])
    for lo, hi in spans:
        q = select(Incident.id).where(Incident.date_start <= hi, Incident.date_end >= lo)
        if any(i not in ids for i in session.scalars(q)):
            return True
    return False


def _write_plan(session: Session, plan, rows: list, ids: list[int], *, now: str) -> list[int]:
    """Write what the replay changed: members that moved (or whose why, score or weak flag
    changed), incidents whose members changed, new incidents; incidents left empty go."""
    stored: dict[int, set[int]] = {}
    for r in rows:
        stored.setdefault(r[1], set()).add(r[0])
    final: dict[int, int] = {}  # cluster id -> incident id
    for cid in sorted(plan.clusters, reverse=True):
        if cid < 0:  # a new incident
            inc = Incident(created_at=now, updated_at=now, estimates={}, n_documents=0)
            inc.agg = new_state()
            session.add(inc)
            session.flush()
            _cache(session)[inc.id] = inc
            final[cid] = inc.id
        else:
            final[cid] = cid
    weak_changed: dict[int, bool] = {}
    updates: dict[tuple, list[dict[str, Any]]] = {}
    for p in plan.placed:
        r = rows[p.index]
        inc_id = final[p.cluster]
        same = inc_id == r[1] and p.score == r[4] and p.weak == p.was_weak
        why = None if p.why is None else _renumbered(p.why, final)
        if same and (why is None or _why_key(why) == r[5]):
            continue
        row = {"mid": r[0], "inc": inc_id, "score": p.score, "now": now}
        if why is not None:
            row["why"] = why
        if p.features is not None:
            weak_changed[p.cluster] = True
            row["features"] = p.features
        updates.setdefault(tuple(sorted(row)), []).append(row)
    for cols, batch in updates.items():  # one executemany per set of columns written
        session.execute(_move_member(cols), batch)
    changed = []
    for cid, c in plan.clusters.items():
        inc_id = final[cid]
        members = {rows[i][0] for i in c.members}
        if stored.get(inc_id) == members and not weak_changed.get(cid):
            continue  # the same members as before: its totals and fields stand
        changed.append(inc_id)
        state = c.state
        claims = [_MemberClaims(rows[i][2], json.loads(rows[i][3] or "null")) for i in c.members]
        add_claims(state, incident_claims(session, claims))
        inc = _incidents(session, [inc_id])[0]
        before = _lists(inc.agg) if inc.agg is not None else None
        for col in _FIELD_COLUMNS:
            setattr(inc, col, None)  # fields the new totals leave unset are unset
        _write(session, inc, state, n_documents=len(c.docs), now=now, lists_before=before)
    session.flush()
    gone = sorted(set(ids) - set(final.values()))
    for i in range(0, len(gone), 400):
        chunk = gone[i : i + 400]
        for t in LIST_TABLES.values():
            session.execute(delete(t).where(t.c.incident_id.in_(chunk)))
        session.execute(delete(Incident).where(Incident.id.in_(chunk)))
    session.expire_all()
    _forget(session)
    return sorted(changed)


def _why_key(why: str | dict[str, Any] | None) -> bytes:
    """A member's why (stored JSON text, or the dict) as a 16-byte digest of its canonical
    JSON: equal whys give equal keys whatever the database did to the text (JSONB reorders
    keys), and 11k of them take ~0.5 MB where the texts took several."""
    parsed = json.loads(why) if isinstance(why, str) else why
    text = json.dumps(parsed, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.blake2b(text.encode(), digest_size=16).digest()


class _MemberClaims:
    """What `incident_claims` reads of a member."""

    __slots__ = ("doc_id", "claims")

    def __init__(self, doc_id: str, claims: list[str] | None) -> None:
        self.doc_id, self.claims = doc_id, claims


def _renumbered(why: dict[str, Any], final: dict[int, int]) -> dict[str, Any]:
    """`why` naming the incident a new cluster became ("matched": "incident -1 (core)")."""
    matched = why.get("matched")
    if not isinstance(matched, str) or not matched.startswith("incident -"):
        return why
    num, _, rest = matched[len("incident ") :].partition(" ")
    return {**why, "matched": f"incident {final[int(num)]} {rest}"}


_MEMBERS = IncidentMember.__table__
_MOVE_MEMBER = (
    _MEMBERS.update()
    .where(_MEMBERS.c.id == bindparam("mid"))
    .values(incident_id=bindparam("inc"), score=bindparam("score"), joined_at=bindparam("now"))
)


def _move_member(cols: tuple[str, ...]):
    """The member update writing these columns (why and features only when they changed)."""
    q = _MOVE_MEMBER
    for col in ("why", "features"):
        if col in cols:
            q = q.values({col: bindparam(col)})
    return q


_FIELD_COLUMNS = [
    c.key
    for c in Incident.__table__.columns
    if c.key not in ("id", "n_documents", "agg", "created_at", "updated_at", "estimates")
]


def rebuild(session: Session, *, now: str) -> dict[str, int]:
    """Re-run merging over every stored member in stream order; deterministic."""
    ids = list(session.scalars(select(Incident.id)))
    recs = _detach(session, ids)
    session.execute(delete(MergePending))
    _place(session, recs, now=now, free=ids)
    return {"events": len(recs), "incidents": session.query(Incident).count()}


def _place(
    session: Session,
    recs: list,
    *,
    now: str,
    free: list[int] = (),
    new_doc: str | None = None,
    claims: dict[str, dict[str, Any]] | None = None,
) -> list[int]:
    """Decide and write each (features, claim ids) in stream order; the touched incident ids.

    Each member is folded into its incident's running totals (O(1) in the incident's
    size). New incidents reuse the `free` ids (of re-clustered ones) first, smallest
    first, so ids stay stable when a re-clustering ends as it began. `new_doc`: a
    document with no member stored before this call (its count of incidents is kept
    here, not asked of the database); `claims`: its claims as `incident_claims` gives
    them, by claim id (from the report in hand instead of a query per member).
    """
    free = sorted(free, reverse=True)
    touched: list[int] = []
    placed: set[tuple[str, int]] = set()  # (document, incident) of the members placed here
    # the members of one new document are written together at the end: nothing here reads
    # them back (twins are of other documents; its incident count is kept in `placed`)
    one_doc = new_doc is not None and all(_features(r[0])["doc_id"] == new_doc for r in recs)
    deferred: list[dict[str, Any]] | None = [] if one_doc else None
    cache = _cache(session)
    for f, claim_ids in sorted(recs, key=lambda r: stream_key(_features(r[0]))):
        f = _features(f)
        f.pop("weak", None)
        d = decide(f, cores=candidates(session, f), twins=_twins(session, f))
        if d.weak:
            f["weak"] = True
        if d.incident is None:
            inc = Incident(created_at=now, updated_at=now, estimates={}, n_documents=0)
            if free:
                inc.id = free.pop()
            inc.agg = new_state()
            session.add(inc)
            session.flush()
            cache[inc.id] = inc
            lists_before = _lists(inc.agg)  # nothing stored yet
        else:
            inc = _incidents(session, [d.incident])[0]
            stored_agg = inc.agg is not None
            lists_before = _lists(_state(session, inc)) if stored_agg else None
        key = (f["doc_id"], inc.id)
        if inc.n_documents == 0 or key in placed:
            new_doc_here = key not in placed
        elif f["doc_id"] == new_doc:
            new_doc_here = True
        else:
            new_doc_here = (
                session.scalar(
                    select(IncidentMember.id)
                    .where(
                        IncidentMember.doc_id == f["doc_id"], IncidentMember.incident_id == inc.id
                    )
                    .limit(1)
                )
                is None
            )
        placed.add(key)
        member = {
            "incident_id": inc.id,
            "doc_id": f["doc_id"],
            "event_id": f["event_id"],
            "claims": claim_ids,
            "score": round(d.score, 3) if d.score is not None else None,
            "why": d.why,
            "features": f,
            "joined_at": now,
        }
        if deferred is None:
            session.execute(_MEMBERS.insert(), [member])
        else:
            deferred.append(member)
        state = inc.agg
        add_member(state, f)
        if claim_ids:
            if claims is not None and f["doc_id"] == new_doc:
                add_claims(state, sorted((claims[c] for c in set(claim_ids) if c in claims),
                                         key=lambda c: c["id"]))  # fmt: skip
            else:
                one = _MemberClaims(f["doc_id"], claim_ids)
                add_claims(state, incident_claims(session, [one], only=claim_ids))
        n_docs = inc.n_documents + (1 if new_doc_here else 0)
        _write(session, inc, state, n_documents=n_docs, now=now, lists_before=lists_before)
        session.flush()  # the next event can match it
        if inc.id not in touched:
            touched.append(inc.id)
    if deferred:
        session.execute(_MEMBERS.insert(), deferred)
    return touched


def _lists(state: dict[str, Any]) -> tuple:
    """The list fields' values in the totals (what `write_lists` stored for them)."""
    return tuple(tuple(state[k]) for k in ("types", "subs", "tags", "langs"))


def _write(
    session: Session,
    inc: Incident,
    state: dict[str, Any],
    *,
    n_documents: int,
    now: str,
    lists_before: tuple | None = None,
) -> None:
    """An incident's columns and list fields from its running totals. `lists_before`: the
    list values its stored totals held before this change (the list tables hold them
    too): unchanged lists are not written again, changed ones not read first."""
    fields = fields_of(state)
    lists = {f: fields.pop(f) for f in LIST_TABLES}
    if lists_before is None:
        write_lists(session.connection(), inc.id, lists)
    elif lists_before != _lists(state):
        have = dict(zip(LIST_TABLES, lists_before, strict=True))
        write_lists(session.connection(), inc.id, lists, have)
    for key, value in fields.items():
        setattr(inc, key, value)
    inc.agg = state
    flag_modified(inc, "agg")  # changed in place: the JSON column must be written
    inc.n_documents = n_documents
    inc.updated_at = now


def _is_late(session: Session, fs: list[dict[str, Any]]) -> bool:
    """Whether an incident near these events' dates holds a member later in stream order.

    Read from the incidents' last publication time, and their running totals (their last
    stream key) only when that time is the same as the events': not from their members.
    False in the usual case: reports arrive in order.
    """
    dated = [f for f in fs if f.get("d0")]
    if not dated:
        return False
    first = min(list(stream_key(f)) for f in fs)
    lo = min(f["d0"] for f in dated)
    hi = max(f["d1"] for f in dated)
    m = timedelta(days=_MARGIN_DAYS)
    params = {
        "hi": (date.fromisoformat(hi) + m).isoformat(),
        "lo": (date.fromisoformat(lo) - m).isoformat(),
        "first": first[0],
    }
    ties = []
    for inc_id, last in session.execute(_NEAR_LATER, params):
        if last is not None and last > first[0]:
            return True
        ties.append(inc_id)
    return any(_state(session, inc)["last"] > first for inc in _incidents(session, ties))


_NEAR_LATER = select(Incident.id, Incident.last_published).where(
    Incident.date_start <= bindparam("hi"),
    Incident.date_end >= bindparam("lo"),
    or_(Incident.last_published.is_(None), Incident.last_published >= bindparam("first")),
)


def _ranges(fs: list[dict[str, Any]]) -> list[tuple[str, str, str | None]]:
    dated = [f for f in fs if f.get("d0")]
    return [(min(f["d0"] for f in dated), max(f["d1"] for f in dated), None)] if dated else []


def _mark_pending(session: Session, fs: list[dict[str, Any]]) -> None:
    for lo, hi, country in _ranges(fs):
        session.add(MergePending(date_from=lo, date_to=hi, country=country))


def _closure(session: Session, ranges: list[tuple[str, str, str | None]]) -> list[int]:
    """Incidents within reach of these date ranges, closed over date overlap: nothing
    outside the set could have decided differently."""
    ids: set[int] = set()
    for lo, hi, _ in ranges:
        ids |= set(_overlapping(session, lo, hi))
    if not ids:
        return []
    spans = sorted((lo, hi) for lo, hi, _ in ranges)
    while True:
        rows = session.execute(
            select(Incident.date_start, Incident.date_end).where(Incident.id.in_(sorted(ids)))
        ).all()
        spans = _union(spans + [(r[0], r[1]) for r in rows if r[0] and r[1]])
        more: set[int] = set()
        for lo, hi in spans:
            more |= set(_overlapping(session, lo, hi))
        more -= ids
        if not more:
            return sorted(ids)
        ids |= more


def _union(spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Merge date ranges that overlap (after the margin) into disjoint ones."""
    out: list[tuple[str, str]] = []
    m = timedelta(days=2 * _MARGIN_DAYS)
    for lo, hi in sorted(spans):
        if out and date.fromisoformat(lo) - m <= date.fromisoformat(out[-1][1]):
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _overlapping(session: Session, lo: str, hi: str) -> list[int]:
    m = timedelta(days=_MARGIN_DAYS)
    lo_ = (date.fromisoformat(lo) - m).isoformat()
    hi_ = (date.fromisoformat(hi) + m).isoformat()
    return list(
        session.scalars(
            select(Incident.id).where(and_(Incident.date_start <= hi_, Incident.date_end >= lo_))
        )
    )


def _features(f: dict[str, Any] | str) -> dict[str, Any]:
    """A member's features: as given, or parsed from the JSON text `_detach` kept."""
    return json.loads(f) if isinstance(f, str) else f


def _detach(session: Session, inc_ids: list[int]) -> list:
    """Remove these incidents, returning their members as (features, claim ids) to re-place.

    The features stay JSON text until `_place` reaches them: a settle re-places every
    member of the store in the worst case (13k on the 10k benchmark), and parsed dicts or
    ORM members took ~7 KB each there (+96 MB of peak RSS) against ~0.6 KB of text."""
    if not inc_ids:
        return []
    out: list[tuple[dict[str, Any] | str, list]] = []
    for i in range(0, len(inc_ids), 400):
        chunk = inc_ids[i : i + 400]
        rows = session.execute(
            select(cast(IncidentMember.features, Text), IncidentMember.claims).where(
                IncidentMember.incident_id.in_(chunk)
            )
        )
        out.extend((raw, list(claims or [])) for raw, claims in rows)
        session.execute(delete(IncidentMember).where(IncidentMember.incident_id.in_(chunk)))
        for t in LIST_TABLES.values():
            session.execute(delete(t).where(t.c.incident_id.in_(chunk)))
        session.execute(delete(Incident).where(Incident.id.in_(chunk)))
    session.flush()
    session.expire_all()
    _forget(session)
    return out


def refresh_incident(session: Session, inc_id: int, *, now: str) -> None:
    """Recompute an incident's totals and fields from all its members (after a removal)."""
    inc = _incidents(session, [inc_id])[0]
    n_docs = session.scalar(
        select(func.count(func.distinct(IncidentMember.doc_id))).where(
            IncidentMember.incident_id == inc_id
        )
    )
    _write(session, inc, _totals(session, inc_id), n_documents=int(n_docs or 0), now=now)


def incident_claims(
    session: Session, members: list[IncidentMember], *, only: list[str] | None = None
) -> list[dict[str, Any]]:
    """The claims an incident's members carry, with their documents' time, language, outlet.

    `only`: these claim ids (of a single member's document), read by index."""
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
    base = select(*cols).join(Document, Document.id == ClaimRow.doc_id)
    if only is not None:
        base = base.where(ClaimRow.id.in_(only))
    rows = [
        r
        for i in range(0, len(docs), 400)  # bounded parameter lists; doc_id uses the index
        for r in session.execute(base.where(ClaimRow.doc_id.in_(docs[i : i + 400])))
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
    _forget(session)
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
