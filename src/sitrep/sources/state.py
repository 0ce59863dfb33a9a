"""What the watcher remembers between polls, kept in the store so a restart resumes:
each feed's validators (ETag, Last-Modified) and schedule, the entries already handled,
and every refused or failed fetch with its reason."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select

from ..store import Store
from ..store.db import utcnow
from ..store.models import FeedEntry, FeedState, Refusal


@dataclass
class State:
    url: str
    etag: str | None = None
    last_modified: str | None = None
    last_polled: str | None = None
    last_status: str | None = None
    last_error: str | None = None
    failures: int = 0
    next_poll: str | None = None
    items_seen: int = 0


FIELDS = tuple(State.__dataclass_fields__)
CHUNK = 500


def load(store: Store, url: str) -> State:
    with store.read() as s:
        row = s.get(FeedState, url)
        if row is None:
            return State(url=url)
        return State(**{f: getattr(row, f) for f in FIELDS})


def save(store: Store, st: State) -> None:
    values = {f: getattr(st, f) for f in FIELDS}
    with store.write() as s:
        stmt = store._insert(FeedState).values(**values)
        s.execute(
            stmt.on_conflict_do_update(
                index_elements=["url"], set_={k: v for k, v in values.items() if k != "url"}
            )
        )


def all_states(store: Store) -> list[dict[str, Any]]:
    with store.read() as s:
        rows = s.scalars(select(FeedState).order_by(FeedState.url))
        return [{f: getattr(r, f) for f in FIELDS} for r in rows]


def seen_entries(store: Store, feed_url: str, keys: list[str]) -> set[str]:
    """Which of these entry keys of this feed were handled before."""
    wanted = sorted(set(keys))
    found: set[str] = set()
    with store.read() as s:
        for i in range(0, len(wanted), CHUNK):  # bounded parameter lists
            q = select(FeedEntry.entry_key).where(
                FeedEntry.feed_url == feed_url, FeedEntry.entry_key.in_(wanted[i : i + CHUNK])
            )
            found.update(s.scalars(q))
    return found


def mark_entry(store: Store, feed_url: str, key: str, doc_id: str | None = None) -> None:
    with store.write() as s:
        s.execute(
            store._insert(FeedEntry)
            .values(feed_url=feed_url, entry_key=key, doc_id=doc_id, seen_at=utcnow())
            .on_conflict_do_nothing(index_elements=["feed_url", "entry_key"])
        )


def record_refusal(
    store: Store, url: str, reason: str, detail: str, *, feed_url: str | None = None
) -> None:
    """Every refusal is kept with its reason (`sitrep sources refusals` lists them)."""
    with store.write() as s:
        s.add(Refusal(url=url, feed_url=feed_url, reason=reason, detail=detail, at=utcnow()))


def refusals(store: Store, limit: int | None = None) -> list[dict[str, Any]]:
    with store.read() as s:
        q = select(Refusal).order_by(Refusal.id.desc())
        if limit:
            q = q.limit(limit)
        return [
            {
                "id": r.id,
                "at": r.at,
                "url": r.url,
                "feed_url": r.feed_url,
                "reason": r.reason,
                "detail": r.detail,
            }
            for r in s.scalars(q)
        ]


def refusal_count(store: Store) -> int:
    with store.read() as s:
        return int(s.scalar(select(func.count()).select_from(Refusal)) or 0)
