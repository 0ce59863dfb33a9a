"""SQLAlchemy 2 models: one schema for SQLite and PostgreSQL.

Dates and times are ISO strings (`YYYY-MM-DD`, `YYYY-MM-DDTHH:MM:SSZ` in UTC) so
that they sort and compare the same way on both dialects. A document's Report
(the extraction) is kept whole, once, as JSON in `documents.report`: it is the
source of truth. The mention / claim / event rows carry only the columns that
queries use; incidents and their members are derived from them.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    JSON,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

JSONType = JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    pass


class Document(Base):
    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(16), primary_key=True)  # content hash
    raw_hash: Mapped[str] = mapped_column(String(64), index=True)  # hash of the input, for resume
    status: Mapped[str] = mapped_column(String(8), index=True)  # ok | failed
    error: Mapped[str | None] = mapped_column(Text)
    # a failure's stage (read | parse | validate | extract | store) and where it was read
    stage: Mapped[str | None] = mapped_column(String(16))
    position: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(Text)
    byline: Mapped[str | None] = mapped_column(Text)
    published: Mapped[str | None] = mapped_column(String(40))  # as given
    published_at: Mapped[str | None] = mapped_column(String(20), index=True)  # UTC, sortable
    lang: Mapped[str | None] = mapped_column(String(8), index=True)
    text: Mapped[str | None] = mapped_column(Text)
    # the whole sitrep/1 Report (None for a failed document): the source of truth
    report: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    ingested_at: Mapped[str] = mapped_column(String(20))


class MentionRow(Base):
    __tablename__ = "mentions"

    doc_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)  # position in the Report's list
    kind: Mapped[str] = mapped_column(String(16), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    norm: Mapped[str | None] = mapped_column(Text)


class ClaimRow(Base):
    __tablename__ = "claims"

    doc_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)  # position in the Report's list
    kind: Mapped[str] = mapped_column(String(16), index=True)
    value: Mapped[Any] = mapped_column(JSONType)
    qualifier: Mapped[str] = mapped_column(String(16))
    low: Mapped[int | None] = mapped_column(Integer)
    high: Mapped[int | None] = mapped_column(Integer)
    certainty: Mapped[str] = mapped_column(String(16))
    source_name: Mapped[str | None] = mapped_column(Text)
    source_kind: Mapped[str | None] = mapped_column(String(16))
    perpetrator: Mapped[str | None] = mapped_column(Text)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class EventRow(Base):
    __tablename__ = "events"

    doc_id: Mapped[str] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True
    )
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    seq: Mapped[int] = mapped_column(Integer)  # position in the Report's list
    event_type: Mapped[str] = mapped_column(String(64))
    sub_event_type: Mapped[str] = mapped_column(String(64))
    date: Mapped[str | None] = mapped_column(String(10))
    date_precision: Mapped[str | None] = mapped_column(String(16))
    location: Mapped[str | None] = mapped_column(Text)
    geonameid: Mapped[int | None] = mapped_column(Integer)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    country: Mapped[str | None] = mapped_column(String(2))
    admin1: Mapped[str | None] = mapped_column(Text)
    geo_precision: Mapped[str | None] = mapped_column(String(16))


class Incident(Base):
    __tablename__ = "incidents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    event_type: Mapped[str | None] = mapped_column(String(64))
    sub_event_type: Mapped[str | None] = mapped_column(String(64))
    # event_types, sub_event_types, tags, languages: child tables, see LIST_TABLES
    event_date: Mapped[str | None] = mapped_column(String(10), index=True)
    date_start: Mapped[str | None] = mapped_column(String(10), index=True)
    date_end: Mapped[str | None] = mapped_column(String(10), index=True)
    date_precision: Mapped[str | None] = mapped_column(String(16))
    location: Mapped[str | None] = mapped_column(Text)
    geonameid: Mapped[int | None] = mapped_column(Integer)
    lat: Mapped[float | None] = mapped_column(Float)
    lon: Mapped[float | None] = mapped_column(Float)
    country: Mapped[str | None] = mapped_column(String(2), index=True)
    admin1: Mapped[str | None] = mapped_column(Text)
    geo_precision: Mapped[str | None] = mapped_column(String(16))
    actor1: Mapped[str | None] = mapped_column(Text)
    actor2: Mapped[str | None] = mapped_column(Text)
    n_documents: Mapped[int] = mapped_column(Integer, default=0)
    n_events: Mapped[int] = mapped_column(Integer, default=0)
    first_published: Mapped[str | None] = mapped_column(String(20))
    last_published: Mapped[str | None] = mapped_column(String(20))
    killed_low: Mapped[int | None] = mapped_column(Integer)
    killed_best: Mapped[int | None] = mapped_column(Integer, index=True)
    killed_high: Mapped[int | None] = mapped_column(Integer)
    injured_low: Mapped[int | None] = mapped_column(Integer)
    injured_best: Mapped[int | None] = mapped_column(Integer)
    injured_high: Mapped[int | None] = mapped_column(Integer)
    participants_low: Mapped[int | None] = mapped_column(Integer)
    participants_best: Mapped[int | None] = mapped_column(Integer)
    participants_high: Mapped[int | None] = mapped_column(Integer)
    estimates: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    # running totals (merge/accumulate.py): a join updates them, never reads every member
    agg: Mapped[dict[str, Any] | None] = mapped_column(JSONType)
    created_at: Mapped[str] = mapped_column(String(20))
    updated_at: Mapped[str] = mapped_column(String(20))


def _list_table(field: str) -> Table:
    """One row per value of an incident's list field, so a filter is an indexed equality."""
    name = f"incident_{field}"
    return Table(
        name,
        Base.metadata,
        Column(
            "incident_id",
            ForeignKey("incidents.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        Column("value", Text, primary_key=True),
        Index(f"ix_{name}_value", "value"),
    )


# the list fields of an incident -> their child tables
LIST_TABLES: dict[str, Table] = {
    f: _list_table(f) for f in ("event_types", "sub_event_types", "tags", "languages")
}


class IncidentMember(Base):
    """One event of one document in one incident, with why it joined."""

    __tablename__ = "incident_members"
    __table_args__ = (
        UniqueConstraint("doc_id", "event_id", name="uq_member_event"),
        Index("ix_member_incident", "incident_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"))
    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    event_id: Mapped[str] = mapped_column(String(64))
    claims: Mapped[list[str]] = mapped_column(JSONType, default=list)  # claim ids of doc_id
    score: Mapped[float | None] = mapped_column(Float)
    why: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    features: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    joined_at: Mapped[str] = mapped_column(String(20))


# ---------------------------------------------------------------- live sources and alerts
# (issue 18: sitrep.sources and sitrep.alerts keep their state here, so a restart resumes)


class FeedState(Base):
    """One watched feed: what the last conditional GET returned, and when to poll next."""

    __tablename__ = "feed_state"

    url: Mapped[str] = mapped_column(Text, primary_key=True)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    last_polled: Mapped[str | None] = mapped_column(String(20))
    last_status: Mapped[str | None] = mapped_column(String(16))  # new | unchanged | failed ...
    last_error: Mapped[str | None] = mapped_column(Text)
    failures: Mapped[int] = mapped_column(Integer, default=0)  # in a row: drives back-off
    next_poll: Mapped[str | None] = mapped_column(String(20))
    items_seen: Mapped[int] = mapped_column(Integer, default=0)


class FeedEntry(Base):
    """A feed entry already handled (by guid, else link, else content hash): ingested once."""

    __tablename__ = "feed_entries"

    feed_url: Mapped[str] = mapped_column(Text, primary_key=True)
    entry_key: Mapped[str] = mapped_column(String(64), primary_key=True)
    doc_id: Mapped[str | None] = mapped_column(String(16))
    seen_at: Mapped[str] = mapped_column(String(20))


class Refusal(Base):
    """A fetch refused or failed on purpose (private address, entity bomb, oversize ...)."""

    __tablename__ = "fetch_refusals"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    url: Mapped[str] = mapped_column(Text, index=True)
    feed_url: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(String(32))  # private_address, entity_expansion, ...
    detail: Mapped[str | None] = mapped_column(Text)
    at: Mapped[str] = mapped_column(String(20))


class AlertFired(Base):
    """One alert rule fired for one incident at one threshold crossing: never again."""

    __tablename__ = "alerts_fired"
    __table_args__ = (UniqueConstraint("rule", "incident_id", "crossing", name="uq_alert_once"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    rule: Mapped[str] = mapped_column(String(128))
    incident_id: Mapped[int] = mapped_column(Integer, index=True)
    crossing: Mapped[str] = mapped_column(String(128))  # e.g. killed_best>=10, doubled:>=8
    payload: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict)
    fired_at: Mapped[str] = mapped_column(String(20))
    delivered: Mapped[str | None] = mapped_column(Text)  # sinks that took it
    error: Mapped[str | None] = mapped_column(Text)  # last delivery error, if any


class AlertBaseline(Base):
    """The figure an incident had when a "doubled" rule first saw it (or last fired)."""

    __tablename__ = "alert_baselines"

    rule: Mapped[str] = mapped_column(String(128), primary_key=True)
    incident_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[int] = mapped_column(Integer)
    at: Mapped[str] = mapped_column(String(20))


class MergePending(Base):
    """A date range (in a country) where a late report was placed provisionally.

    The end of an ingest run re-clusters it (`store.incidents.settle`); see docs/merging.md."""

    __tablename__ = "merge_pending"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    date_from: Mapped[str] = mapped_column(String(10))
    date_to: Mapped[str] = mapped_column(String(10))
    country: Mapped[str | None] = mapped_column(String(2))
