"""The store: documents, their mentions / claims / events, and incidents.

SQLite by default (one file; WAL + busy_timeout, writes take the lock up front
with BEGIN IMMEDIATE), PostgreSQL when given a postgresql:// URL (writes take a
transaction-level advisory lock). Either way there is one writer transaction
at a time; ingest stores a batch of documents per transaction (`add_reports`:
one executemany / COPY per table, then merging in input order), and a document
already stored (by its content hash) is skipped: re-ingesting is a no-op and an
interrupted ingest resumes without duplicates.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from pydantic_core import to_json
from sqlalchemy import Engine, create_engine, delete, event, func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.orm import Session

from ..schema.models import Report
from .incidents import merge_report
from .models import ClaimRow, Document, EventRow, Incident, IncidentMember, MentionRow

DEFAULT_DB = "sitrep.db"
ENV_URL = "SITREP_DATABASE_URL"
_PG_LOCK = 0x51727E9  # advisory lock key: "one sitrep writer at a time"


class StoreError(Exception):
    """The store cannot be opened or used; the message is shown to the user as is."""


_OPERATION: ContextVar[str | None] = ContextVar("sitrep_store_operation", default=None)


@contextmanager
def operation(what: str) -> Iterator[None]:
    """Name what the store is doing, so a database error can say so (cli/errors.py)."""
    token = _OPERATION.set(what)
    try:
        yield
    except Exception as e:
        if not hasattr(e, "sitrep_operation"):  # the innermost operation names it
            e.sitrep_operation = what
        raise
    finally:
        _OPERATION.reset(token)


def current_operation(e: BaseException | None = None) -> str | None:
    """What the store was doing when `e` was raised (None: not known)."""
    return getattr(e, "sitrep_operation", None) or _OPERATION.get()


def resolve_url(db: str | os.PathLike | None = None) -> str:
    """A SQLAlchemy URL from a URL, a SQLite path, $SITREP_DATABASE_URL or ./sitrep.db."""
    value = str(db) if db is not None else os.environ.get(ENV_URL) or DEFAULT_DB
    if "://" not in value:
        return f"sqlite:///{Path(value).expanduser().resolve()}"
    if value.startswith(("postgresql://", "postgres://")):
        value = "postgresql+psycopg://" + value.split("://", 1)[1]
    return value


def utcnow() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def to_utc(value: str | None) -> str | None:
    """ISO date or datetime (with or without offset) -> sortable UTC 'YYYY-MM-DDTHH:MM:SSZ'."""
    if not value:
        return None
    s = str(value).strip().replace("Z", "+00:00")
    try:
        dt = datetime.fromisoformat(s)
    except ValueError:
        raise ValueError(f"cannot parse publication time {value!r}: expected ISO 8601") from None
    if dt.tzinfo is not None:
        dt = dt.astimezone(UTC).replace(tzinfo=None)
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class AddResult:
    doc_id: str
    stored: bool  # False: it was already there
    incidents: list[int] = field(default_factory=list)


def stored_json(report: Report) -> str:
    """The JSON a stored document keeps of its Report: default values left out (most of
    each mention), which model_validate restores: a third smaller, same Report."""
    return report.model_dump_json(by_alias=True, exclude_defaults=True)


def _document_row(report: Report, meta: dict[str, Any], pub_at: str | None, now: str) -> dict:
    """The documents row of a stored report; the Report JSON leaves out default values
    (most of each mention), which model_validate restores: a third smaller, same Report."""
    d = report.document
    raw_hash = meta.get("raw_hash")
    return {
        "id": d.id,
        "raw_hash": raw_hash or d.id,
        "status": "ok",
        "error": None,
        "source": d.source,
        "url": meta.get("url"),
        "title": meta.get("title") or d.title,
        "outlet": meta.get("outlet") or d.outlet,
        "byline": d.byline,
        "published": meta.get("published") or d.published,
        "published_at": pub_at,
        "lang": d.lang,
        "text": d.text,
        # serialized once, by pydantic-core, without the intermediate dicts (JSONText)
        # the JSON a Dask worker sent is this report's stored_json already (executor.pack)
        "report": JSONText(meta.get("report_json") or stored_json(report)),
        "ingested_at": now,
    }


def _bulk_insert(conn, table, cols: tuple[str, ...], rows: list[tuple]) -> None:
    """Rows of plain columns (no JSON), as tuples in `cols` order, into `table`: COPY on
    PostgreSQL, the driver's own executemany on SQLite. SQLAlchemy's per-row parameter
    processing was most of the cost of ~80 mention rows a document, and building a dict
    per row and then its tuple most of the rest; the transaction is the caller's."""
    names = ", ".join(f'"{c}"' for c in cols)
    if conn.dialect.name == "postgresql":
        raw = conn.connection.driver_connection  # psycopg 3, inside our transaction
        with raw.cursor() as cur, cur.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
            for r in rows:
                copy.write_row(r)
    else:
        marks = ", ".join("?" * len(cols))
        conn.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", rows)


_MENTION_COLS = ("doc_id", "id", "seq", "kind", "start", "end", "text", "norm")
_EVENT_COLS = (
    "doc_id", "id", "seq", "event_type", "sub_event_type", "date", "date_precision",
    "location", "geonameid", "lat", "lon", "country", "admin1", "geo_precision",
)  # fmt: skip


class JSONText(str):
    """A value already serialized as JSON: a JSON column stores it as it is (`_json`)."""

    __slots__ = ()


def _json(obj: Any) -> str:
    """JSON columns via pydantic-core's serializer: several times faster than json.dumps."""
    if isinstance(obj, JSONText):
        return str(obj)
    return to_json(obj).decode("utf-8")


def _set_wal(cur) -> None:
    """WAL mode; switching a new file to it can meet a concurrent opener's lock, so retry."""
    import sqlite3
    import time

    for attempt in range(100):
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or attempt == 99:
                raise
            time.sleep(0.05)


def _make_engine(url: str, *, readonly: bool = False) -> Engine:
    """An engine for `url`; `readonly`: SQLite opened with mode=ro, PostgreSQL transactions
    read-only, so a reader cannot write even by mistake."""
    try:
        u = make_url(url)
    except ArgumentError:
        raise StoreError(f"not a database URL or path: {url!r}") from None
    if u.get_backend_name() == "sqlite":
        if u.database and u.database != ":memory:":
            parent = Path(u.database).parent
            if not parent.is_dir():
                raise StoreError(f"{u.database}: directory {parent} does not exist")
        if readonly:
            engine = _sqlite_readonly(u.database or "")
        else:
            engine = create_engine(u, connect_args={"timeout": 60}, json_serializer=_json)

        @event.listens_for(engine, "connect")
        def _sqlite_connect(dbapi_conn, _rec) -> None:
            dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA busy_timeout=60000")
            if not readonly:
                _set_wal(cur)
                cur.execute("PRAGMA synchronous=NORMAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        @event.listens_for(engine, "begin")
        def _sqlite_begin(conn) -> None:
            write = conn.get_execution_options().get("sitrep_write")
            conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")

        return engine
    if u.get_backend_name() == "postgresql":
        args = {"options": "-c default_transaction_read_only=on"} if readonly else {}
        return create_engine(u, pool_pre_ping=True, json_serializer=_json, connect_args=args)
    raise StoreError(f"unsupported database {u.get_backend_name()!r}: use SQLite or PostgreSQL")


def writable(path: Path) -> bool:
    """Whether SQLite could write `path` and create files beside it (-wal, -shm).

    Read-only media, a folder without write permission, or a file and folder with
    no write bit for anyone (as root, os.access alone says yes to everything)."""
    import stat

    folder = path.resolve().parent
    try:
        if os.statvfs(folder).f_flag & os.ST_RDONLY:
            return False
        for p in (path, folder):
            if not os.access(p, os.W_OK):
                return False
            if not os.stat(p).st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
                return False
    except OSError:
        return False
    return True


def on_readonly_media(db: str | os.PathLike | None) -> bool:
    """A SQLite store that exists where it cannot be written (a read-only folder or medium):
    only a read-only Store can open it."""
    u = make_url(resolve_url(db))
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return False
    path = Path(u.database)
    return path.is_file() and not writable(path)


def _sqlite_readonly(path: str) -> Engine:
    """SQLite through a `file:...?mode=ro` URI: the file must exist and cannot be written."""
    import sqlite3
    from urllib.request import pathname2url

    if not path or path == ":memory:" or not Path(path).is_file():
        raise StoreError(f"no store at {path or ':memory:'}")
    uri = f"file:{pathname2url(str(Path(path).resolve()))}?mode=ro"
    if not writable(Path(path)):
        # read-only media or folder: SQLite cannot create the -shm / -wal files a WAL store
        # needs even to be read; immutable=1 reads the file as it is, without them
        uri += "&immutable=1"

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(uri, uri=True, timeout=60, check_same_thread=False)

    return create_engine("sqlite://", creator=connect, json_serializer=_json)


class Store:
    """Documents and incidents in SQLite or PostgreSQL; see the module docstring."""

    def __init__(
        self, db: str | os.PathLike | None = None, *, migrate: bool = True, readonly: bool = False
    ) -> None:
        """`readonly`: for readers (list, show, export); every write fails in the database."""
        self.url = resolve_url(db)
        self.readonly = readonly
        if not readonly and on_readonly_media(self.url):
            raise StoreError(
                f"store {self.display_url} is on read-only media (the file or its folder "
                "cannot be written): it can be listed and exported, not written"
            )
        self.engine = _make_engine(self.url, readonly=readonly)
        self.dialect = self.engine.dialect.name
        self._writer = self.engine.execution_options(sitrep_write=True)
        if migrate:
            from .migrate import current, head, upgrade

            try:
                if readonly and self.dialect == "sqlite" and not writable(self._sqlite_path()):
                    pass  # read-only media: read it at the revision it has
                elif not readonly:
                    upgrade(self.engine)
                elif current(self.engine) != head():
                    # an older store: upgrade it once (a write), then read it read-only
                    writer = _make_engine(self.url)
                    try:
                        upgrade(writer)
                    finally:
                        writer.dispose()
            except Exception as e:  # connection refused, permissions, ...
                raise StoreError(f"cannot open store {self.display_url}: {_short(e)}") from None

    def _sqlite_path(self) -> Path:
        return Path(make_url(self.url).database or "")

    @property
    def display_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ sessions

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction; the only writer at this moment."""
        if self.readonly:
            raise StoreError(f"store {self.display_url} is open read-only")
        with Session(self._writer, expire_on_commit=False) as s, s.begin():
            if self.dialect == "postgresql":
                s.execute(select(func.pg_advisory_xact_lock(_PG_LOCK)))
            yield s

    @contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as s, s.begin():
            yield s

    def _insert(self, table):
        if self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:
            from sqlalchemy.dialects.sqlite import insert
        return insert(table)

    # ------------------------------------------------------------ writing

    def has_raw(self, raw_hash: str) -> bool:
        """An input with this hash is already stored successfully (resume skips it)."""
        with self.read() as s:
            q = select(Document.id).where(Document.raw_hash == raw_hash, Document.status == "ok")
            return s.execute(q.limit(1)).first() is not None

    def add_report(
        self,
        report: Report,
        *,
        published_at: str | None = None,
        published: str | None = None,
        url: str | None = None,
        title: str | None = None,
        outlet: str | None = None,
        raw_hash: str | None = None,
        merge: bool = True,
        settle: bool = True,
    ) -> AddResult:
        """Store one extracted report and merge its events, in one transaction.

        `settle=False` (ingest runs): a late report is placed provisionally and its range
        marked pending; `settle()` at the end of the run re-clusters it (docs/merging.md)."""
        meta = {"published_at": published_at, "published": published, "url": url,
                "title": title, "outlet": outlet, "raw_hash": raw_hash}  # fmt: skip
        with operation(f"storing document {report.document.id}"), self.write() as s:
            return self._insert_reports(s, [(report, meta)], merge=merge, settle=settle)[0]

    def add_reports(
        self,
        batch: list[tuple[Report, dict[str, Any]]],
        *,
        merge: bool = True,
        settle: bool = True,
    ) -> list[AddResult]:
        """Store extracted reports and merge their events in order, in ONE transaction.

        Each (report, meta) is what `add_report` takes (meta: its keyword arguments, and
        "report_json": the report's `stored_json` if the caller has it made already).
        The rows of all the documents go in with one executemany per table, then each
        document's events are merged in input order, so the incidents are the ones
        storing them one by one gives (merging reads only incidents, members and the
        members' claims). A document already stored (or twice in the batch) is skipped.
        Any error rolls the whole batch back: the caller retries one by one to find it."""
        if not batch:
            return []
        with operation(f"storing {len(batch)} documents"), self.write() as s:
            return self._insert_reports(s, batch, merge=merge, settle=settle)

    def replace_report(self, old_id: str, report: Report) -> AddResult:
        """Replace a stored document by a new extraction of it, in one transaction: the old
        one leaves its incidents (re-merged), the new one is stored with the old one's
        metadata and merged. A kill at any point leaves the old or the new, never neither."""
        from .incidents import remove_document

        with operation(f"re-extracting document {old_id}"), self.write() as s:
            old = s.get(Document, old_id)
            if old is None:
                return AddResult(old_id, stored=False)
            meta = dict(published_at=old.published_at, published=old.published, url=old.url,
                        title=old.title, outlet=old.outlet, raw_hash=old.raw_hash)  # fmt: skip
            s.expunge(old)
            remove_document(s, old_id, now=utcnow())
            return self._insert_reports(s, [(report, meta)])[0]

    def _insert_reports(
        self,
        s: Session,
        batch: list[tuple[Report, dict[str, Any]]],
        *,
        merge: bool = True,
        settle: bool = True,
    ) -> list[AddResult]:
        """The rows of `batch` in session `s`, then each document merged in input order."""
        now = utcnow()
        ids = [r.document.id for r, _ in batch]
        have = set()
        for i in range(0, len(ids), 400):
            have.update(s.scalars(select(Document.id).where(Document.id.in_(ids[i : i + 400]))))
        new: list[tuple[Report, str | None]] = []
        out: list[AddResult] = []
        rows = []
        for report, meta in batch:
            d = report.document
            if d.id in have:  # already stored: nothing else to do
                out.append(AddResult(d.id, stored=False))
                continue
            have.add(d.id)
            pub_at = to_utc(meta.get("published_at")) or to_utc(d.published)
            rows.append(_document_row(report, meta, pub_at, now))
            new.append((report, pub_at))
            out.append(AddResult(d.id, stored=True))
        if not rows:
            return out
        s.connection().execute(Document.__table__.insert(), rows)
        self._add_parts(s, [r for r, _ in new])
        # an earlier failure of the same input is superseded
        failed = sorted({r["raw_hash"] for r in rows if r["raw_hash"] != r["id"]})
        for i in range(0, len(failed), 400):
            s.execute(
                delete(Document).where(
                    Document.raw_hash.in_(failed[i : i + 400]), Document.status == "failed"
                )
            )
        if merge:
            by_id = {r.doc_id: r for r in out if r.stored}
            for report, pub_at in new:
                by_id[report.document.id].incidents = merge_report(
                    s, report, published_at=pub_at, now=now, settle=settle
                )
        return out

    def _add_parts(self, s: Session, reports: list[Report]) -> None:
        """Mentions, claims, events as rows with the columns queries use: one Core executemany
        per table for the whole batch (the ORM path is far slower). The Report itself is kept
        whole in documents.report."""
        conn = s.connection()
        mentions = [
            (r.document.id, m.id, i, m.kind, m.start, m.end, m.text, m.norm)
            for r in reports
            for i, m in enumerate(r.mentions)
        ]
        if mentions:
            _bulk_insert(conn, MentionRow.__table__, _MENTION_COLS, mentions)
        claims = [
            {
                "doc_id": r.document.id,
                "id": c.id,
                "seq": i,
                "kind": c.kind,
                "value": c.value,
                "qualifier": c.qualifier,
                "low": c.low,
                "high": c.high,
                "certainty": c.certainty,
                "source_name": c.source.name,
                "source_kind": c.source.kind,
                "perpetrator": c.perpetrator,
                "start": c.evidence.start,
                "end": c.evidence.end,
                "text": c.evidence.text,
            }
            for r in reports
            for i, c in enumerate(r.claims)
        ]
        if claims:
            conn.execute(ClaimRow.__table__.insert(), claims)
        events = []
        for r in reports:
            for i, e in enumerate(r.events):
                loc, d = e.location, e.date
                events.append(
                    (r.document.id, e.id, i, e.event_type, e.sub_event_type,
                     d.iso if d else None, d.precision if d else None,
                     loc.name if loc else None, loc.geonameid if loc else None,
                     loc.lat if loc else None, loc.lon if loc else None,
                     loc.country if loc else None, loc.admin1 if loc else None,
                     loc.precision if loc else None)
                )  # fmt: skip
        if events:
            _bulk_insert(conn, EventRow.__table__, _EVENT_COLS, events)

    def settle(self) -> dict[str, int]:
        """Re-cluster what late reports left pending, so incidents equal a rebuild."""
        from .incidents import settle

        with self.write() as s:
            return settle(s, now=utcnow())

    def remove_document(self, doc_id: str) -> list[int] | None:
        """Delete one document (a wrong one, or before re-ingesting it) and re-merge the
        incidents it was in; None if there is no such document, else the incidents touched."""
        from .incidents import remove_document

        with operation(f"removing document {doc_id}"), self.write() as s:
            if s.get(Document, doc_id) is None:
                return None
            return remove_document(s, doc_id, now=utcnow())

    def documents_by_source(self, source: str) -> list[str]:
        """Ids of the documents read from `source` (a path as ingested, or a URL)."""
        with self.read() as s:
            q = select(Document.id).where((Document.source == source) | (Document.url == source))
            return list(s.scalars(q.order_by(Document.id)))

    def docs_with_raw(self, raw_hash: str) -> list[str]:
        """Ids of the documents stored from an input with this hash."""
        with self.read() as s:
            return list(s.scalars(select(Document.id).where(Document.raw_hash == raw_hash)))

    def add_failure(
        self,
        doc_id: str,
        *,
        error: str,
        source: str | None = None,
        raw_hash: str | None = None,
        url: str | None = None,
        title: str | None = None,
        outlet: str | None = None,
        published: str | None = None,
        stage: str | None = None,
        position: str | None = None,
    ) -> bool:
        """Record a document that could not be read, extracted or stored; False if already
        recorded. Its own transaction; every value is scrubbed (NUL, lone surrogates) and cut
        to a bounded length first, so recording a failure cannot fail on the record's bytes."""
        values = dict(
            id=doc_id, raw_hash=raw_hash or doc_id, status="failed", error=error, source=source,
            url=url, title=title, outlet=outlet, published=published, stage=stage,
            position=position,
        )  # fmt: skip
        values = {k: _safe(v, _FAILURE_LIMITS.get(k, 2000)) for k, v in values.items()}
        values["ingested_at"] = utcnow()
        with operation("recording a failed document"), self.write() as s:
            res = s.execute(
                self._insert(Document)
                .values(**values)
                .on_conflict_do_nothing(index_elements=["id"])
                .returning(Document.id)
            )
            return res.first() is not None

    def remove_failure(self, doc_id: str) -> bool:
        """Forget one failure record (it was retried and stored, or is superseded)."""
        with operation("removing a failure record"), self.write() as s:
            res = s.execute(
                delete(Document).where(Document.id == doc_id, Document.status == "failed")
            )
            return bool(res.rowcount)

    # ------------------------------------------------------------ reading

    def counts(self) -> dict[str, int]:
        with operation("counting stored rows"), self.read() as s:

            def n(q) -> int:
                return int(s.scalar(q) or 0)

            return {
                "documents": n(select(func.count()).select_from(Document)),
                "ok": n(select(func.count()).where(Document.status == "ok")),
                "failed": n(select(func.count()).where(Document.status == "failed")),
                "mentions": n(select(func.count()).select_from(MentionRow)),
                "claims": n(select(func.count()).select_from(ClaimRow)),
                "events": n(select(func.count()).select_from(EventRow)),
                "incidents": n(select(func.count()).select_from(Incident)),
                "members": n(select(func.count()).select_from(IncidentMember)),
            }

    def failures(self) -> list[dict[str, Any]]:
        """Failed documents, oldest first: id, stage, position, source, error, ingested_at."""
        cols = ("id", "stage", "position", "source", "error", "url", "title", "outlet",
                "published", "ingested_at")  # fmt: skip
        with operation("reading failures"), self.read() as s:
            rows = s.execute(
                select(*(getattr(Document, c) for c in cols))
                .where(Document.status == "failed")
                .order_by(Document.ingested_at, Document.id)
            )
            return [dict(zip(cols, r, strict=True)) for r in rows]

    def document(self, doc_id: str) -> dict[str, Any] | None:
        with self.read() as s:
            d = s.get(Document, doc_id)
            if d is None:
                return None
            return {c.name: getattr(d, c.key) for c in Document.__table__.columns}

    def report(self, doc_id: str) -> Report | None:
        """The stored Report: the document's extraction, kept whole as its source of truth."""
        with self.read() as s:
            data = s.scalar(select(Document.report).where(Document.id == doc_id))
        return Report.model_validate(data) if data else None

    def size_bytes(self) -> int:
        """Size of the store on disk (SQLite file + WAL, or the PostgreSQL database)."""
        if self.dialect == "sqlite":
            path = make_url(self.url).database or ""
            return sum(os.path.getsize(p) for p in (path, path + "-wal") if p and os.path.exists(p))
        with self.read() as s:
            return int(s.scalar(select(func.pg_database_size(func.current_database()))) or 0)

    # incidents: see query.py
    def incidents(self, **filters: Any) -> list[dict[str, Any]]:
        from .query import list_incidents

        with operation("reading incidents"), self.read() as s:
            return list_incidents(s, **filters)

    def incident(self, inc_id: int) -> dict[str, Any] | None:
        from .query import show_incident

        with operation(f"reading incident {inc_id}"), self.read() as s:
            return show_incident(s, inc_id)


def _short(e: Exception) -> str:
    msg = str(getattr(e, "orig", None) or e).strip().splitlines()
    return msg[0] if msg else type(e).__name__


_FAILURE_LIMITS = {"id": 16, "raw_hash": 64, "status": 8, "stage": 16, "published": 40}


def _safe(value: Any, limit: int) -> Any:
    """A string any store takes: NUL and lone surrogates replaced, at most `limit` chars."""
    if not isinstance(value, str):
        return value
    from ..ingest.scrub import scrubbed

    return scrubbed(value)[:limit]
