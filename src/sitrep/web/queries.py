"""Read queries the web API needs and `Store` does not offer: keyset pages, map points, facets.

They read `sitrep.store.models` with SQLAlchemy only (the store's write paths
and merge internals are not touched), and apply the same filters as
`sitrep incidents list` so a view in the browser and on the terminal agree.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ..store.lists import read_lists
from ..store.models import LIST_TABLES, Document, Incident, IncidentMember
from ..store.query import incident_dict, incidents_having

SORTS = ("date", "killed", "updated", "id")
_HIGH_DATE, _LOW_DATE = "9999-12-31", "0000-01-01"
_BIG = 2**31 - 1


class CursorError(ValueError):
    """A cursor that this API did not hand out (or for another sort order)."""


@dataclass(frozen=True)
class Filters:
    """The incident filters of `sitrep incidents list`, already validated."""

    country: str | None = None
    since: str | None = None
    until: str | None = None
    event_type: str | None = None
    min_killed: int | None = None
    lang: str | None = None

    def as_kwargs(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


def apply_filters(q, f: Filters):
    """The WHERE clauses of `store.query.list_incidents`, so results match the CLI."""
    if f.country:
        q = q.where(func.upper(Incident.country) == f.country.upper())
    if f.since:
        q = q.where(Incident.date_end >= f.since)
    if f.until:
        q = q.where(Incident.date_start <= f.until)
    if f.event_type:
        q = q.where(
            or_(
                Incident.id.in_(incidents_having("event_types", f.event_type)),
                Incident.id.in_(incidents_having("sub_event_types", f.event_type)),
            )
        )
    if f.min_killed is not None:
        q = q.where(_killed() >= f.min_killed)
    if f.lang:
        q = q.where(Incident.id.in_(incidents_having("languages", f.lang)))
    return q


def _killed():
    return func.coalesce(Incident.killed_best, Incident.killed_low, Incident.killed_high)


def _sort_key(sort: str, desc: bool):
    """A never-NULL sort expression (NULLs go last either way) so keyset comparison works."""
    if sort == "date":
        return func.coalesce(Incident.event_date, _LOW_DATE if desc else _HIGH_DATE)
    if sort == "killed":
        return func.coalesce(_killed(), -1 if desc else _BIG)
    if sort == "updated":
        return func.coalesce(Incident.updated_at, "")
    return Incident.id


def encode_cursor(sort: str, desc: bool, key: Any, inc_id: int) -> str:
    raw = json.dumps({"s": sort, "d": desc, "k": key, "i": inc_id}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_cursor(cursor: str, sort: str, desc: bool) -> tuple[Any, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        data = json.loads(raw)
        key, inc_id = data["k"], data["i"]
        ok = (
            isinstance(data, dict)
            and isinstance(inc_id, int)
            and isinstance(key, (int, str))
            and not isinstance(key, bool)
        )
    except (ValueError, TypeError, KeyError):
        ok = False
    if not ok:
        raise CursorError("cursor: not a cursor this API handed out")
    if data.get("s") != sort or data.get("d") != desc:
        raise CursorError("cursor: it belongs to another sort order; start again without it")
    if sort in ("killed", "id") and not isinstance(key, int):
        raise CursorError("cursor: not a cursor this API handed out")
    if sort in ("date", "updated") and not isinstance(key, str):
        raise CursorError("cursor: not a cursor this API handed out")
    return key, inc_id


def page_incidents(
    s: Session,
    f: Filters,
    *,
    sort: str = "date",
    desc: bool = True,
    limit: int = 50,
    cursor: str | None = None,
) -> tuple[list[dict[str, Any]], str | None]:
    """One page of incidents in (sort key, id) order and the cursor of the next, if any."""
    key = _sort_key(sort, desc)
    q = apply_filters(select(Incident, key.label("k")), f)
    if cursor:
        k, i = decode_cursor(cursor, sort, desc)
        if desc:
            q = q.where(or_(key < k, and_(key == k, Incident.id < i)))
        else:
            q = q.where(or_(key > k, and_(key == k, Incident.id > i)))
    order = (key.desc(), Incident.id.desc()) if desc else (key.asc(), Incident.id.asc())
    rows = s.execute(q.order_by(*order).limit(limit + 1)).all()
    more = len(rows) > limit
    rows = rows[:limit]
    lists = read_lists(s.connection(), [r[0].id for r in rows])
    items = [incident_dict(r[0], lists[r[0].id]) for r in rows]
    nxt = encode_cursor(sort, desc, rows[-1][1], rows[-1][0].id) if more and rows else None
    return items, nxt


def count_incidents(s: Session, f: Filters) -> int:
    return int(s.scalar(apply_filters(select(func.count(Incident.id)), f)) or 0)


MAP_COLUMNS = ("id", "lat", "lon", "killed", "event_type", "location", "event_date", "country")


def map_points(s: Session, f: Filters, limit: int) -> tuple[list[list[Any]], int]:
    """Compact rows for the map (only the columns a marker needs) and the unplaced count.

    Rows rather than objects keep the payload of 10,000 incidents small.
    """
    cols = (
        Incident.id, Incident.lat, Incident.lon, _killed(), Incident.event_type,
        Incident.location, Incident.event_date, Incident.country,
    )  # fmt: skip
    placed = and_(Incident.lat.is_not(None), Incident.lon.is_not(None))
    q = apply_filters(select(*cols).where(placed), f).order_by(Incident.id).limit(limit)
    rows = [list(r) for r in s.connection().execute(q)]
    unplaced = int(s.scalar(apply_filters(select(func.count(Incident.id)).where(~placed), f)) or 0)
    return rows, unplaced


def data_version(s: Session) -> tuple:
    """Changes whenever an incident is added or recomputed (merge sets updated_at)."""
    return tuple(
        s.execute(
            select(func.count(Incident.id), func.max(Incident.id), func.max(Incident.updated_at))
        ).one()
    )


def facets(s: Session) -> dict[str, Any]:
    """What the filters can choose from: countries, types and languages with counts, dates."""

    def value_counts(field: str) -> dict[str, int]:
        t = LIST_TABLES[field]
        rows = s.execute(select(t.c.value, func.count()).group_by(t.c.value).order_by(t.c.value))
        return {v: n for v, n in rows}

    countries = {
        c: n
        for c, n in s.execute(
            select(Incident.country, func.count())
            .where(Incident.country.is_not(None))
            .group_by(Incident.country)
            .order_by(Incident.country)
        )
    }
    lo, hi = s.execute(select(func.min(Incident.date_start), func.max(Incident.date_end))).one()
    return {
        "countries": countries,
        "event_types": value_counts("event_types"),
        "languages": value_counts("languages"),
        "date_min": lo,
        "date_max": hi,
    }


def document_incidents(s: Session, doc_id: str) -> list[int]:
    """Ids of the incidents that a document's events joined."""
    q = (
        select(IncidentMember.incident_id)
        .where(IncidentMember.doc_id == doc_id)
        .distinct()
        .order_by(IncidentMember.incident_id)
    )
    return list(s.scalars(q))


DOCUMENT_META = (
    "id", "status", "error", "source", "url", "title", "outlet", "byline", "published",
    "published_at", "lang", "ingested_at",
)  # fmt: skip


def document_meta(s: Session, doc_id: str) -> dict[str, Any] | None:
    """A document's row without its text and report (those come with the report)."""
    d = s.get(Document, doc_id)
    if d is None:
        return None
    return {k: getattr(d, k) for k in DOCUMENT_META}
