"""Which rules fire for which incidents, recorded in the store before they are delivered.

The record (rule, incident, crossing) is inserted first with ON CONFLICT DO NOTHING;
only the process whose insert went in delivers. So a restart, a second watcher, or the
same incident touched again never fires twice. The price: an alert whose delivery
fails (after the sink's retries) is not sent again; it stays in the store with its
error (`sitrep alerts list --failed`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select, update

from ..sources.state import record_refusal
from ..store import Store
from ..store.db import utcnow
from ..store.lists import read_lists
from ..store.models import AlertBaseline, AlertFired, Incident
from ..store.query import incident_dict
from .payload import make_alert
from .rules import AlertsFile, Rule, crossing, figure
from .sinks import DeliveryError, Sink


@dataclass
class Fired:
    rule: str
    incident_id: int
    crossing: str
    alert: dict[str, Any]
    delivered: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def load_incidents(store: Store, ids: set[int] | None = None) -> list[dict[str, Any]]:
    """Incidents as dicts (all of them when `ids` is None), in id order."""
    with store.read() as s:
        q = select(Incident).order_by(Incident.id)
        if ids is not None:
            if not ids:
                return []
            q = q.where(Incident.id.in_(sorted(ids)))
        found = list(s.scalars(q))
        lists = read_lists(s.connection(), [i.id for i in found])
        return [incident_dict(i, lists[i.id]) for i in found]


def payload(rule: Rule, inc: dict[str, Any], cross: str, now: str) -> dict[str, Any]:
    return make_alert(rule.name, rule.when, cross, now, inc)


def _baseline(store: Store, rule: str, inc_id: int) -> int | None:
    with store.read() as s:
        row = s.get(AlertBaseline, (rule, inc_id))
        return row.value if row else None


def _set_baseline(store: Store, rule: str, inc_id: int, value: int) -> None:
    with store.write() as s:
        values = {"rule": rule, "incident_id": inc_id, "value": value, "at": utcnow()}
        s.execute(
            store._insert(AlertBaseline)
            .values(**values)
            .on_conflict_do_update(
                index_elements=["rule", "incident_id"], set_={"value": value, "at": values["at"]}
            )
        )


def _claim(store: Store, alert: dict[str, Any], rule: str, inc_id: int, cross: str) -> bool:
    """Record the alert; False if it was recorded before (then it is not delivered again)."""
    with store.write() as s:
        res = s.execute(
            store._insert(AlertFired)
            .values(
                rule=rule,
                incident_id=inc_id,
                crossing=cross,
                payload=alert,
                fired_at=alert["fired_at"],
            )
            .on_conflict_do_nothing(index_elements=["rule", "incident_id", "crossing"])
            .returning(AlertFired.id)
        )
        return res.first() is not None


def _already(store: Store, rule: str, inc_id: int, cross: str) -> bool:
    with store.read() as s:
        q = select(AlertFired.id).where(
            AlertFired.rule == rule, AlertFired.incident_id == inc_id, AlertFired.crossing == cross
        )
        return s.execute(q.limit(1)).first() is not None


def evaluate(
    store: Store,
    cfg: AlertsFile,
    sinks: list[Sink],
    incident_ids: set[int] | None = None,
    *,
    dry_run: bool = False,
) -> list[Fired]:
    """Fire every rule the incidents (all, or these ids) cross for the first time.

    `dry_run`: say what would fire; nothing is recorded or delivered."""
    fired: list[Fired] = []
    for inc in load_incidents(store, incident_ids):
        for rule in cfg.rule:
            base = None
            if rule.when == "doubled":
                base = _baseline(store, rule.name, inc["id"])
                value = figure(inc, rule.field or "")
                if base is None:
                    if value is not None and value >= rule.min_base and not dry_run:
                        _set_baseline(store, rule.name, inc["id"], value)
                    continue
            cross = crossing(rule, inc, base)
            if cross is None:
                continue
            now = utcnow()
            alert = payload(rule, inc, cross, now)
            if dry_run:
                if not _already(store, rule.name, inc["id"], cross):
                    fired.append(Fired(rule.name, inc["id"], cross, alert))
                continue
            new = _claim(store, alert, rule.name, inc["id"], cross)
            if rule.when == "doubled":  # the next doubling counts from here
                _set_baseline(store, rule.name, inc["id"], figure(inc, rule.field or "") or 0)
            if new:
                fired.append(_deliver(store, sinks, Fired(rule.name, inc["id"], cross, alert)))
    return fired


def _deliver(store: Store, sinks: list[Sink], f: Fired) -> Fired:
    for sink in sinks:
        try:
            sink.send(f.alert)
            f.delivered.append(sink.name)
        except DeliveryError as e:
            f.errors.append(str(e))
            if e.refusal is not None:  # every refusal is kept with the feeds' ones
                record_refusal(store, *e.refusal)
    with store.write() as s:
        s.execute(
            update(AlertFired)
            .where(
                AlertFired.rule == f.rule,
                AlertFired.incident_id == f.incident_id,
                AlertFired.crossing == f.crossing,
            )
            .values(delivered=", ".join(f.delivered) or None, error="; ".join(f.errors) or None)
        )
    return f


def fired_alerts(store: Store, *, failed_only: bool = False) -> list[dict[str, Any]]:
    with store.read() as s:
        q = select(AlertFired).order_by(AlertFired.id)
        if failed_only:
            q = q.where(AlertFired.error.is_not(None))
        return [
            {
                "id": a.id,
                "fired_at": a.fired_at,
                "rule": a.rule,
                "incident_id": a.incident_id,
                "crossing": a.crossing,
                "delivered": a.delivered,
                "error": a.error,
            }
            for a in s.scalars(q)
        ]
