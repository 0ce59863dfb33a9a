"""`sitrep alerts test|run|list`: alert rules over the incidents in a store."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from .common import DB_HELP, check_format, fail, format_option, note, quiet_option
from .store import _open

alerts_app = typer.Typer(
    help="Alert rules (alerts.toml): try them, fire them, list what fired.", no_args_is_help=True
)

RULES_ARG = typer.Argument(
    ..., metavar="RULES.toml", help="Rules: \\[\\[rule]] name, when (at_least | new | doubled) ..."
)


def _rules(path: Path):
    from ..alerts.rules import RulesError, load_rules

    try:
        return load_rules(path)
    except RulesError as e:
        fail(str(e))


@alerts_app.command("test")
def alerts_test_cmd(
    rules: Path = RULES_ARG,
    db: str = typer.Option(None, "--db", metavar="URL", help=DB_HELP),
    fmt: str = format_option(("table", "jsonl"), "table"),
) -> None:
    """Show which incidents in the store would fire which rule now; records and sends nothing."""
    from ..alerts.fire import evaluate

    fmt = check_format(fmt, ("table", "jsonl"), "table")
    cfg = _rules(rules)
    with _open(db, readonly=True) as store:
        fired = evaluate(store, cfg, [], dry_run=True)
    if fmt == "jsonl":
        for f in fired:
            typer.echo(json.dumps(f.alert, ensure_ascii=False, sort_keys=True))
        return
    from .watch import _table

    rows = [
        {
            "rule": f.rule,
            "incident": f.incident_id,
            "crossing": f.crossing,
            "location": f.alert["incident"].get("location"),
            "date": f.alert["incident"].get("event_date"),
        }
        for f in fired
    ]
    _table(rows, ("rule", "incident", "crossing", "location", "date"))
    note(
        f"{len(fired)} alerts would fire ('doubled' rules need a baseline first: "
        "they fire on a later run)"
    )


@alerts_app.command("run")
def alerts_run_cmd(
    rules: Path = RULES_ARG,
    db: str = typer.Option(None, "--db", metavar="URL", help=DB_HELP),
    allow_net: list[str] = typer.Option(
        None,
        "--allow-net",
        metavar="CIDR",
        help="Allow a webhook on this non-public network (tests, intranets); repeatable.",
    ),
    quiet: bool = quiet_option(),
) -> None:
    """Fire the rules over every incident in the store, each once per incident and crossing
    (what fired before, here or in `sitrep watch`, is not sent again)."""
    from ..alerts.fire import evaluate
    from ..alerts.sinks import DeliveryError, make_sinks
    from ..sources.fetch import FetchPolicy, parse_networks

    cfg = _rules(rules)
    try:
        nets = parse_networks([*(allow_net or []), *cfg.allow_networks])
        sinks = make_sinks(cfg.sink, FetchPolicy(allow_networks=nets))
    except (ValueError, DeliveryError) as e:
        fail(str(e))
    with _open(db) as store:
        fired = evaluate(store, cfg, sinks)
    failed = [f for f in fired if f.errors]
    for f in failed:
        for e in f.errors:
            typer.echo(f"sitrep: alert {f.rule!r} incident {f.incident_id}: {e}", err=True)
    note(f"{len(fired)} alerts fired, {len(failed)} with delivery errors", quiet)
    if failed:
        raise typer.Exit(1)


@alerts_app.command("list")
def alerts_list_cmd(
    db: str = typer.Option(None, "--db", metavar="URL", help=DB_HELP),
    failed: bool = typer.Option(False, "--failed", help="Only alerts a sink did not take."),
    fmt: str = format_option(("table", "json"), "table"),
) -> None:
    """Alerts fired so far: rule, incident, crossing, where they went, delivery errors."""
    from ..alerts.fire import fired_alerts

    fmt = check_format(fmt, ("table", "json"), "table")
    with _open(db, readonly=True) as store:
        rows = fired_alerts(store, failed_only=failed)
    if fmt == "json":
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    from .watch import _table

    _table(rows, ("fired_at", "rule", "incident_id", "crossing", "delivered", "error"))


@alerts_app.command("schema")
def alerts_schema_cmd() -> None:
    """The JSON Schema of what every sink receives (sitrep-alert/1)."""
    from ..alerts.payload import json_schema

    typer.echo(json.dumps(json_schema(), indent=2, ensure_ascii=False))


def register(app: typer.Typer) -> None:
    app.add_typer(alerts_app, name="alerts")
