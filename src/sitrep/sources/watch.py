"""`sitrep watch`: when each feed is due, poll the due ones, and repeat.

The schedule lives in the store (feed_state.next_poll), so a restarted watcher picks
up where the last one stopped. After a good poll a feed is due again after its
interval, give or take `jitter` (so many watchers do not hit a server in step);
after a refusal or failure the wait doubles with each failure in a row, up to
`max_backoff`. One feed's failure never stops the others.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator

from ..store import Store
from ..store.ingest import Progress
from ..tomlfile import load_toml
from . import state as st
from .feeds import FeedSpec, PollResult, poll_feed
from .fetch import MAX_BYTES, MAX_REDIRECTS, TIMEOUT, FetchPolicy, parse_networks


class ConfigError(ValueError):
    """FEEDS.toml cannot be used; the message names the file and the problem."""


class FeedConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    url: str
    name: str | None = None
    lang: str | None = None
    interval: float | None = Field(None, ge=0)
    fetch_pages: bool = False

    @field_validator("url")
    @classmethod
    def _http(cls, v: str) -> str:
        if not v.lower().startswith(("http://", "https://")):
            raise ValueError("a feed URL starts with http:// or https://")
        return v.strip()


class WatchConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    interval: float = Field(900, ge=0, description="seconds between two polls of a feed")
    jitter: float = Field(0.1, ge=0, le=0.5, description="± this fraction of the interval")
    max_backoff: float = Field(6 * 3600, ge=0, description="longest wait after failures")
    allow_networks: list[str] = Field(default_factory=list)
    max_bytes: int = Field(MAX_BYTES, gt=0)
    timeout: float = Field(TIMEOUT, gt=0)
    max_redirects: int = Field(MAX_REDIRECTS, ge=0)
    alerts: str | None = None  # an alerts.toml, relative to FEEDS.toml

    @field_validator("allow_networks")
    @classmethod
    def _nets(cls, v: list[str]) -> list[str]:
        parse_networks(v)
        return v


class FeedsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    watch: WatchConfig = Field(default_factory=WatchConfig)
    feed: list[FeedConfig] = Field(default_factory=list)


def load_config(path: str | Path) -> FeedsFile:
    """FEEDS.toml -> its model; every problem is one ConfigError naming the file."""
    p = Path(path)
    cfg = load_toml(p, FeedsFile, ConfigError)
    if not cfg.feed:
        raise ConfigError(f"{p}: no [[feed]] entries")
    urls = [f.url for f in cfg.feed]
    dup = next((u for u in urls if urls.count(u) > 1), None)
    if dup:
        raise ConfigError(f"{p}: feed {dup} is listed twice")
    if cfg.watch.alerts:
        cfg.watch.alerts = str((p.parent / cfg.watch.alerts).resolve())
    return cfg


def policy_of(cfg: WatchConfig, extra_networks: list[str] | None = None) -> FetchPolicy:
    return FetchPolicy(
        allow_networks=parse_networks([*cfg.allow_networks, *(extra_networks or [])]),
        max_bytes=cfg.max_bytes,
        timeout=cfg.timeout,
        max_redirects=cfg.max_redirects,
    )


def _iso(t: datetime) -> str:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def next_poll(
    state: st.State, interval: float, cfg: WatchConfig, now: datetime, rng: random.Random
) -> str:
    """When to poll again: the interval after success, doubling back-off after failures."""
    if state.failures:
        wait = min(max(interval, 1.0) * 2**state.failures, cfg.max_backoff)
    else:
        wait = interval
    wait *= 1 + rng.uniform(-cfg.jitter, cfg.jitter)
    return _iso(now + timedelta(seconds=wait))


def is_due(state: st.State, now: datetime) -> bool:
    return state.next_poll is None or state.next_poll <= _iso(now)


def spec(f: FeedConfig) -> FeedSpec:
    return FeedSpec(f.url, f.name, f.lang, f.interval, f.fetch_pages)


def cycle(
    store: Store,
    cfg: FeedsFile,
    policy: FetchPolicy,
    *,
    every_feed: bool = False,
    extract: bool = True,
    rng: random.Random | None = None,
    clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    progress: Callable[[], Progress | None] = lambda: None,
    on_poll: Callable[[PollResult], None] | None = None,
) -> list[PollResult]:
    """Poll the feeds that are due (all with `every_feed`), each isolated from the others."""
    from sqlalchemy.exc import OperationalError

    rng = rng or random.Random()
    results = []
    for f in cfg.feed:
        now = clock()
        state = st.load(store, f.url)
        if not every_feed and not is_due(state, now):
            continue
        try:
            res = poll_feed(
                store, spec(f), policy, state, now=_iso(now), extract=extract, progress=progress()
            )
        except OperationalError:
            raise  # the store is unusable: nothing else can go on either
        except Exception as e:  # a bug on one feed's data must not stop the others
            state.last_status, state.last_error = "failed", f"{type(e).__name__}: {e}"
            st.record_refusal(store, f.url, "error", state.last_error, feed_url=f.url)
            res = PollResult(f.url, "failed", error=state.last_error)
        state.failures = state.failures + 1 if res.status in ("refused", "failed") else 0
        interval = cfg.watch.interval if f.interval is None else f.interval
        state.next_poll = next_poll(state, interval, cfg.watch, now, rng)
        st.save(store, state)
        results.append(res)
        if on_poll is not None:
            on_poll(res)
    return results


def seconds_until_due(store: Store, cfg: FeedsFile, now: datetime) -> float:
    """How long until the first feed is due (0 if one is due now)."""
    waits = []
    for f in cfg.feed:
        s = st.load(store, f.url)
        if s.next_poll is None:
            return 0.0
        due = datetime.strptime(s.next_poll, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        waits.append((due - now).total_seconds())
    return max(0.0, min(waits)) if waits else 0.0


def run(
    store: Store,
    cfg: FeedsFile,
    policy: FetchPolicy,
    *,
    once: bool = False,
    every_feed: bool = False,
    extract: bool = True,
    on_cycle: Callable[[list[PollResult]], None] | None = None,
    on_poll: Callable[[PollResult], None] | None = None,
    progress: Callable[[], Progress | None] = lambda: None,
    max_sleep: float = 60.0,
    sleep: Callable[[float], None] = time.sleep,
    max_cycles: int | None = None,
) -> None:
    """Poll until interrupted (`once`: one cycle). Sleeps until the next feed is due,
    at most `max_sleep` at a time."""
    rng = random.Random()
    n = 0
    while True:
        results = cycle(
            store, cfg, policy, every_feed=every_feed, extract=extract, rng=rng,
            progress=progress, on_poll=on_poll,
        )  # fmt: skip
        if on_cycle is not None:
            on_cycle(results)
        n += 1
        if once or (max_cycles is not None and n >= max_cycles):
            return
        every_feed = False
        wait = seconds_until_due(store, cfg, datetime.now(UTC))
        sleep(min(max(wait, 1.0), max_sleep))
