"""One poll of one RSS/Atom feed: a conditional GET, a safety check of the XML, and the
entries not handled before ingested, each exactly once.

"Exactly once" has two locks: an entry's key (its link, else its content hash) is
recorded in the store once it has been stored, and the store itself skips a text it
already holds. A poll killed between the two is therefore harmless on restart.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field

from ..store import Store
from ..store.ingest import Progress, ingest_items
from ..store.sources import Item, parse_feed
from . import state as st
from .fetch import FetchFailed, FetchPolicy, FetchRefused, fetch
from .pages import fetch_page, http_date

ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8"


@dataclass
class FeedSpec:
    """A feed to poll (one [[feed]] of FEEDS.toml)."""

    url: str
    name: str | None = None
    lang: str | None = None
    interval: float | None = None  # seconds; None: the watch default
    fetch_pages: bool = False  # fetch each new entry's page for its full text


@dataclass
class PollResult:
    url: str
    status: str  # new | unchanged | refused | failed
    entries: int = 0  # in the feed
    new: int = 0  # not handled before
    stored: int = 0
    duplicates: int = 0
    failed: int = 0
    incidents: set[int] = field(default_factory=set)
    error: str | None = None


def unsafe_xml(data: bytes) -> tuple[str, str] | None:
    """(reason, detail) when the XML declares entities or external references, else None."""
    import defusedxml.ElementTree as DET
    from defusedxml import DefusedXmlException, EntitiesForbidden

    try:
        DET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except EntitiesForbidden as e:
        return "entity_expansion", f"entity declarations are refused ({e})"
    except DefusedXmlException as e:
        return "unsafe_xml", f"{type(e).__name__}: {e}"
    except Exception as e:  # not well-formed: feedparser is not given it either
        return "bad_feed", f"not well-formed XML ({e})"
    return None


def entry_key(item: Item) -> str:
    """What identifies an entry across polls: its link, else its content."""
    basis = item.url or item.raw_hash or item.source
    return hashlib.sha256(basis.encode("utf-8", "replace")).hexdigest()[:32]


def poll_feed(
    store: Store,
    feed: FeedSpec,
    policy: FetchPolicy,
    state: st.State,
    *,
    now: str,
    extract: bool = True,
    on_item: Callable[[Item], None] | None = None,
    progress: Progress | None = None,
) -> PollResult:
    """Poll `feed` once; updates `state` (validators, status) but not its schedule.

    Refusals and failures are recorded in the store and returned, never raised."""
    headers = {"Accept": ACCEPT}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    state.last_polled = now
    try:
        resp = fetch(feed.url, policy, headers=headers)
    except (FetchRefused, FetchFailed) as e:
        refused = isinstance(e, FetchRefused)
        return _refused(store, feed, state, e.reason, e.detail, refused=refused, url=e.url)
    if resp.status == 304:
        state.last_status, state.last_error = "unchanged", None
        return PollResult(feed.url, "unchanged")
    if resp.truncated:
        return _refused(store, feed, state, "oversize", f"feed over {policy.max_bytes} bytes")
    bad = unsafe_xml(resp.body)
    if bad is not None:
        return _refused(store, feed, state, *bad)
    items = parse_feed(resp.body, feed.url)
    if len(items) == 1 and items[0].error and items[0].source == feed.url:
        if items[0].error.endswith("no feed entries found"):  # a valid, empty feed
            items = []
        else:
            return _refused(store, feed, state, "bad_feed", items[0].error)
    fallback_date = http_date(resp.headers.get("date")) or now
    keys = {id(i): entry_key(i) for i in items}
    seen = st.seen_entries(store, feed.url, list(keys.values()))
    todo: list[Item] = []
    for item in items:
        if keys[id(item)] in seen:
            continue
        seen.add(keys[id(item)])  # the same entry twice in one document counts once
        item.lang = item.lang or feed.lang
        item.published = item.published or fallback_date
        item.outlet = item.outlet or feed.name
        if feed.fetch_pages and item.url and item.error is None:
            item = _with_page(store, feed, policy, item, keys)
        todo.append(item)

    def mark(item: Item) -> None:
        st.mark_entry(store, feed.url, keys[id(item)])
        if on_item is not None:
            on_item(item)

    summary = ingest_items(
        store, todo, total=len(todo), extract=extract, on_item=mark, progress=progress
    )
    state.etag = resp.headers.get("etag")
    state.last_modified = resp.headers.get("last-modified")
    state.last_status, state.last_error = ("new" if todo else "unchanged"), None
    state.items_seen += len(todo)
    return PollResult(
        feed.url,
        "new" if todo else "unchanged",
        entries=len(items),
        new=len(todo),
        stored=summary.stored,
        duplicates=summary.duplicates,
        failed=len(summary.failed),
        incidents=set(summary.incidents),
    )


def _with_page(store: Store, feed: FeedSpec, policy: FetchPolicy, entry: Item, keys) -> Item:
    """The entry's page in place of its summary; the summary stays if the page is refused."""
    try:
        page, _resp = fetch_page(entry.url or "", policy, lang=entry.lang)
    except (FetchRefused, FetchFailed) as e:
        st.record_refusal(store, e.url, e.reason, e.detail, feed_url=feed.url)
        return entry
    if page.error:
        st.record_refusal(store, entry.url or "", "no_main_text", page.error, feed_url=feed.url)
        return entry
    page.source, page.url = entry.source, entry.url
    page.published = entry.published or page.published
    page.title = page.title or entry.title
    page.outlet = entry.outlet or page.outlet
    keys[id(page)] = keys[id(entry)]
    return page


def _refused(
    store: Store,
    feed: FeedSpec,
    state: st.State,
    reason: str,
    detail: str,
    *,
    refused: bool = True,
    url: str | None = None,
) -> PollResult:
    """Record why the poll did not go through (`url`: where it was refused, after redirects)."""
    st.record_refusal(store, url or feed.url, reason, detail, feed_url=feed.url)
    state.last_status = "refused" if refused else "failed"
    state.last_error = f"{reason}: {detail}"
    return PollResult(feed.url, state.last_status, error=state.last_error)
