"""`sitrep watch`, `sitrep fetch`, `sitrep sources status|refusals`: live sources."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from .common import DB_HELP, check_format, check_lang, fail, format_option, note, quiet_option
from .store import _open

ALLOW_HELP = (
    "Allow fetching from this non-public network (CIDR, e.g. 127.0.0.0/8); repeatable. "
    "For tests and intranets only: loopback, private and link-local addresses are refused "
    "by default, also after a redirect."
)


def _allow_option():
    return typer.Option(None, "--allow-net", metavar="CIDR", help=ALLOW_HELP)


def _bar(quiet: bool):
    from .common import show_progress

    if not show_progress(quiet):
        return lambda: None
    from .progress import IngestBar

    return IngestBar


def _poll_line(res) -> str:
    from rich.markup import escape

    if res.status == "new":
        what = (
            f"{res.new} new of {res.entries} ({res.stored} stored, {res.duplicates} already "
            f"stored, {res.failed} failed, {len(res.incidents)} incidents touched)"
        )
    elif res.status == "unchanged":
        what = f"unchanged ({res.entries} entries)" if res.entries else "unchanged"
    else:
        what = f"{res.status}: {res.error}"
    return escape(f"{res.url}: {what}")


def watch_cmd(
    feeds: Path = typer.Argument(
        ...,
        metavar="FEEDS.toml",
        help="The feeds to poll (\\[watch] settings, \\[\\[feed]] url ...).",
    ),
    db: str = typer.Option(None, "--db", metavar="URL", help=DB_HELP),
    once: bool = typer.Option(
        False, "--once", help="One poll cycle (the feeds that are due), then exit: for cron/tests."
    ),
    every_feed: bool = typer.Option(
        False, "--all", help="Poll every feed now, ignoring the schedule and back-off."
    ),
    alerts: Path = typer.Option(
        None,
        "--alerts",
        metavar="RULES.toml",
        help="Alert rules checked against the incidents each cycle touches "
        "(default: alerts = ... under \\[watch] in FEEDS.toml).",
    ),
    allow_net: list[str] = _allow_option(),
    no_extract: bool = typer.Option(
        False, "--no-extract", help="Store the texts without extraction (no incidents, no alerts)."
    ),
    quiet: bool = quiet_option(),
) -> None:
    """Poll RSS/Atom feeds on a schedule and ingest each new entry exactly once.

    State (ETag / Last-Modified, entries seen, next poll, back-off, refusals, alerts fired)
    lives in the store, so a restarted watch neither re-ingests nor re-alerts."""
    from rich.console import Console
    from sqlalchemy.exc import OperationalError

    from ..sources.watch import ConfigError, load_config, policy_of, run

    try:
        cfg = load_config(feeds)
        policy = policy_of(cfg.watch, list(allow_net or []))
    except (ConfigError, ValueError) as e:
        fail(str(e))
    for f in cfg.feed:
        if f.lang:
            f.lang = check_lang(f.lang, f"{feeds}: feed {f.url}: lang")
    rules_path = alerts or (Path(cfg.watch.alerts) if cfg.watch.alerts else None)
    alerter = _alerter(rules_path, policy, quiet) if rules_path and not no_extract else None
    store = _open(db)
    err = Console(stderr=True, highlight=False, soft_wrap=True)
    bad = 0

    def on_poll(res) -> None:
        nonlocal bad
        bad += res.status in ("refused", "failed")
        err.print(_poll_line(res))

    def on_cycle(results) -> None:
        if alerter is not None:
            touched = set().union(*(r.incidents for r in results)) if results else set()
            alerter(store, touched)
        if not results:
            note("no feed is due (--all polls them anyway)", quiet)

    previous = _stop_on_sigterm()
    try:
        run(
            store, cfg, policy, once=once, every_feed=every_feed, extract=not no_extract,
            on_cycle=on_cycle, on_poll=on_poll, progress=_bar(quiet),
        )  # fmt: skip
    except OperationalError as e:
        fail(f"store {store.display_url} failed: {str(getattr(e, 'orig', e)).strip()}")
    except KeyboardInterrupt:
        note("interrupted; state is in the store, run the same command to go on", quiet)
        raise typer.Exit(130) from None
    finally:
        store.close()
        if previous is not None:
            import signal

            signal.signal(signal.SIGTERM, previous)
    if bad:
        raise typer.Exit(1)


def _stop_on_sigterm():
    """SIGTERM (systemd, docker stop, kill) stops the watcher as Ctrl-C does: the write in
    progress rolls back and everything committed stays, so the next start goes on.
    Returns the previous handler (restored when the watch ends), or None."""
    import signal

    def stop(_signum, _frame):
        raise KeyboardInterrupt

    try:
        return signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread (embedded use): leave signals alone
        return None


def _alerter(path: Path, policy, quiet: bool):
    """A function (store, incident ids) -> None that fires the rules, or a clean failure."""
    from ..alerts.fire import evaluate
    from ..alerts.rules import RulesError, load_rules
    from ..alerts.sinks import DeliveryError, make_sinks
    from ..sources.fetch import FetchPolicy, parse_networks

    try:
        rules = load_rules(path)
        nets = policy.allow_networks + parse_networks(rules.allow_networks)
        sinks = make_sinks(rules.sink, FetchPolicy(allow_networks=nets))
    except (RulesError, DeliveryError, ValueError) as e:
        fail(str(e))

    def fire(store, ids: set[int]) -> None:
        if not ids:
            return
        for f in evaluate(store, rules, sinks, ids):
            for e in f.errors:
                typer.echo(f"sitrep: alert {f.rule!r} incident {f.incident_id}: {e}", err=True)
            note(f"alert {f.rule!r} fired for incident {f.incident_id} ({f.crossing})", quiet)

    return fire


def fetch_cmd(
    url: str = typer.Argument(..., metavar="URL", help="A web page (http or https)."),
    db: str = typer.Option(None, "--db", metavar="URL", help=DB_HELP),
    lang: str = typer.Option(
        None, "--lang", "-l", metavar="LANG", help="Force the language (uk, ru, en)."
    ),
    print_only: bool = typer.Option(
        False, "--print", help="Print the extraction (sitrep/1 JSON) instead of storing it."
    ),
    allow_net: list[str] = _allow_option(),
    max_bytes: int = typer.Option(
        5_000_000, "--max-bytes", metavar="N", min=1, help="Cut the page off after N bytes."
    ),
    timeout: float = typer.Option(
        20.0, "--timeout", metavar="SECONDS", min=0.1, help="Give up after this long."
    ),
    quiet: bool = quiet_option(),
) -> None:
    """Fetch one web page safely, extract its main text (title, byline, outlet, date kept)
    and store it like `sitrep ingest` would."""
    from ..sources.fetch import FetchFailed, FetchPolicy, FetchRefused, parse_networks
    from ..sources.pages import fetch_page

    lang = check_lang(lang)
    try:
        policy = FetchPolicy(
            allow_networks=parse_networks(allow_net or []), max_bytes=max_bytes, timeout=timeout
        )
    except ValueError as e:
        fail(str(e))
    store = None if print_only else _open(db)
    try:
        item, resp = fetch_page(url, policy, lang=lang)
    except (FetchRefused, FetchFailed) as e:
        if store is not None:
            from ..sources.state import record_refusal

            record_refusal(store, e.url, e.reason, e.detail)
            store.close()
        fail(str(e))
    if resp.truncated:
        typer.echo(
            f"sitrep: warning: {resp.url}: page cut off at {max_bytes} bytes "
            "(--max-bytes); the text extracted is from the part read",
            err=True,
        )
    if item.error:
        if store is not None:
            store.close()
        fail(item.error)
    if print_only:
        from ..store.ingest import extract_item

        report, error = extract_item(item)
        if error:
            fail(error)
        typer.echo(report.model_dump_json(by_alias=True, indent=2))
        return
    from ..store.ingest import ingest_items

    try:
        summary = ingest_items(store, [item], total=1)
    finally:
        store.close()
    if summary.failed:
        fail(summary.failed[0][1], 1)
    what = "stored" if summary.stored else "already stored"
    typer.echo(
        f"{resp.url}: {what} ({item.title or 'untitled'}; {len(summary.incidents)} incidents "
        f"touched) -> {store.display_url}",
        err=True,
    )


# ---------------------------------------------------------------- sources

sources_app = typer.Typer(
    help="What `sitrep watch` remembers: feed state and refused fetches.", no_args_is_help=True
)


@sources_app.command("status")
def sources_status_cmd(
    db: str = typer.Option(None, "--db", metavar="URL", help=DB_HELP),
    fmt: str = format_option(("table", "json"), "table"),
) -> None:
    """Each watched feed: last poll, its result, failures in a row, next poll."""
    from ..sources.state import all_states

    fmt = check_format(fmt, ("table", "json"), "table")
    with _open(db, readonly=True) as store:
        rows = all_states(store)
    if fmt == "json":
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    _table(rows, ("url", "last_polled", "last_status", "failures", "items_seen", "next_poll"))


@sources_app.command("refusals")
def sources_refusals_cmd(
    db: str = typer.Option(None, "--db", metavar="URL", help=DB_HELP),
    fmt: str = format_option(("table", "json"), "table"),
    limit: int = typer.Option(50, "--limit", metavar="N", min=1, help="The N most recent."),
) -> None:
    """Fetches refused (private address, entity expansion, oversize ...) or failed, newest
    first, each with its reason."""
    from ..sources.state import refusals

    fmt = check_format(fmt, ("table", "json"), "table")
    with _open(db, readonly=True) as store:
        rows = refusals(store, limit)
    if fmt == "json":
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    _table(rows, ("at", "reason", "url", "detail"))


def _table(rows: list[dict], cols: tuple[str, ...]) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    t = Table(*cols)
    for r in rows:  # Text, not str: a URL or an error message is never read as markup
        t.add_row(*(Text("" if r.get(c) is None else str(r[c])) for c in cols))
    Console(highlight=False, soft_wrap=True).print(t)
    if not rows:
        typer.echo("(none)", err=True)


def register(app: typer.Typer) -> None:
    app.command("watch")(watch_cmd)
    app.command("fetch")(fetch_cmd)
    app.add_typer(sources_app, name="sources")
