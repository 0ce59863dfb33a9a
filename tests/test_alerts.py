"""Alert rules (sitrep.alerts): which incidents cross which rule, once per crossing, state in
the store (both dialects), and sinks: JSON Lines, and a webhook whose HMAC verifies."""

from __future__ import annotations

import hashlib
import hmac
import json

import jsonschema
import pytest
from sqlalchemy import update
from typer.testing import CliRunner

from sitrep.alerts.fire import evaluate, fired_alerts
from sitrep.alerts.rules import Rule, RulesError, SinkConfig, crossing, load_rules
from sitrep.alerts.sinks import SIGNATURE_HEADER, DeliveryError, Sink, body_of, verify
from sitrep.cli import _register, app
from sitrep.sources.fetch import FetchPolicy, parse_networks
from sitrep.store import Store
from sitrep.store.models import Incident
from webserver import Route, WebServer

_register()
runner = CliRunner()
LOOPBACK = FetchPolicy(allow_networks=parse_networks(["127.0.0.0/8"]))

KILLED_CA = Rule(
    name="deaths in Central Asia",
    when="at_least",
    field="killed_best",
    value=10,
    countries=["kz", "KG", "TJ"],
)
SHUTDOWN = Rule(name="shutdown", when="new", types=["communications_shutdown"])
RIOTS = Rule(name="riots", when="new", types=["Riots"])
DOUBLED = Rule(name="doubled", when="doubled", field="killed_best", min_base=2)


def inc(**kw):
    base = {"id": 1, "country": "KZ", "killed_best": None, "event_type": "Protests"}
    base.update(kw)
    return base


@pytest.mark.parametrize(
    "rule, incident, baseline, expected",
    [
        (KILLED_CA, inc(killed_best=12), None, "killed_best>=10"),
        (KILLED_CA, inc(killed_best=10, country="TJ"), None, "killed_best>=10"),
        (KILLED_CA, inc(killed_best=9), None, None),
        (KILLED_CA, inc(killed_best=40, country="UA"), None, None),  # other country
        (KILLED_CA, inc(killed_best=None, country="KG"), None, None),  # no figure
        (KILLED_CA, inc(killed_best=12, country=None), None, None),  # place unknown
        (SHUTDOWN, inc(tags=["communications_shutdown"]), None, "new"),
        (SHUTDOWN, inc(tags=["strike"], event_types=["Protests"]), None, None),
        (RIOTS, inc(event_types=["Protests", "Riots"]), None, "new"),  # a secondary type
        (RIOTS, inc(event_type="riots"), None, "new"),  # case-insensitive
        (RIOTS, inc(sub_event_types=["Violent demonstration"]), None, None),
        (DOUBLED, inc(killed_best=8), 4, "killed_best>=8"),
        (DOUBLED, inc(killed_best=11), 4, "killed_best>=8"),
        (DOUBLED, inc(killed_best=7), 4, None),
        (DOUBLED, inc(killed_best=8), None, None),  # no baseline yet: it is set first
        (DOUBLED, inc(killed_best=2), 1, None),  # a baseline under min_base never fires
    ],
)
def test_which_incidents_cross_which_rule(rule, incident, baseline, expected):
    assert crossing(rule, incident, baseline) == expected


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "no [[rule]] entries"),
        ("[[rule]]\nname='a'\nwhen='sometimes'", "rule.0.when"),
        ("[[rule]]\nname='a'\nwhen='at_least'\nfield='killed_best'", "needs a value"),
        ("[[rule]]\nname='a'\nwhen='at_least'\nvalue=3", "needs a field"),
        ("[[rule]]\nname='a'\nwhen='new'", "needs types"),
        ("[[rule]]\nname='a'\nwhen='doubled'\nfield='dead'", "rule.0.field"),
        ("[[rule]]\nname='a'\nwhen='new'\ntypes=['x']\ncolour='red'", "colour"),
        (
            "[[rule]]\nname='a'\nwhen='new'\ntypes=['x']\n[[rule]]\nname='a'\nwhen='new'\n"
            "types=['y']",
            "used twice",
        ),  # fmt: skip
        (
            "[[rule]]\nname='a'\nwhen='new'\ntypes=['x']\n[[sink]]\ntype='webhook'\n"
            "url='http://h/'",
            "secret_env",
        ),  # fmt: skip
        ("[[rule]]\nname='a'\nwhen='new'\ntypes=['x']\n[[sink]]\ntype='jsonl'", "needs a path"),
        ("[[rule]\n", "not valid TOML"),
    ],
)
def test_a_bad_rules_file_is_one_clear_error(tmp_path, text, message):
    p = tmp_path / "alerts.toml"
    p.write_text(text, encoding="utf-8")
    with pytest.raises(RulesError) as e:
        load_rules(p)
    assert message in str(e.value) and str(p) in str(e.value)


def test_the_example_rules_load():
    from conftest import ROOT

    cfg = load_rules(ROOT / "examples" / "alerts.toml")
    assert {r.when for r in cfg.rule} == {"at_least", "new", "doubled"}


# ---------------------------------------------------------------- state in the store


def _incident(store: Store, **values) -> int:
    now = "2026-12-03T00:00:00Z"
    with store.write() as s:
        fields = {"event_type": "Protests", "country": "KZ", "n_documents": 1, "n_events": 1,
                  "estimates": {}, "created_at": now, "updated_at": now, **values}  # fmt: skip
        row = Incident(**fields)
        s.add(row)
        s.flush()
        return row.id


def _set(store: Store, inc_id: int, **values) -> None:
    with store.write() as s:
        s.execute(update(Incident).where(Incident.id == inc_id).values(**values))


class Collect:
    """A sink stand-in that keeps what it was sent."""

    def __init__(self) -> None:
        self.sent: list[dict] = []
        self.name = "collect"

    def send(self, alert: dict) -> None:
        self.sent.append(alert)


def test_a_rule_fires_once_per_incident_and_crossing(store, db_url):
    from sitrep.alerts.rules import AlertsFile

    cfg = AlertsFile(rule=[KILLED_CA, DOUBLED])
    sink = Collect()
    a = _incident(store, killed_best=3, location="Zhanaozen")
    b = _incident(store, killed_best=12, country="UA")
    assert [(f.rule, f.crossing) for f in evaluate(store, cfg, [sink])] == []  # baselines 3, 12
    _set(store, a, killed_best=5)
    assert evaluate(store, cfg, [sink]) == []
    _set(store, a, killed_best=12)
    got = [(f.rule, f.incident_id, f.crossing) for f in evaluate(store, cfg, [sink])]
    assert got == [
        ("deaths in Central Asia", a, "killed_best>=10"),
        ("doubled", a, "killed_best>=6"),
    ]
    assert evaluate(store, cfg, [sink]) == []  # the same figures again: nothing
    assert sink.sent[0]["incident"]["location"] == "Zhanaozen"
    schema = json.loads(runner.invoke(app, ["alerts", "schema"]).stdout)
    for alert in sink.sent:
        jsonschema.validate(alert, schema)
    # a restart: a new Store on the same database remembers
    again = Store(db_url)
    try:
        assert evaluate(again, cfg, [sink]) == []
        _set(again, a, killed_best=24)  # doubled again from 12: a new crossing
        got = [(f.rule, f.crossing) for f in evaluate(again, cfg, [sink], {a, b})]
        assert got == [("doubled", "killed_best>=24")]
        assert len(fired_alerts(again)) == 3
    finally:
        again.close()
    assert len(sink.sent) == 3


def test_a_dry_run_records_nothing(store):
    from sitrep.alerts.rules import AlertsFile

    cfg = AlertsFile(rule=[KILLED_CA])
    _incident(store, killed_best=30)
    sink = Collect()
    assert len(evaluate(store, cfg, [sink], dry_run=True)) == 1
    assert sink.sent == [] and fired_alerts(store) == []
    assert len(evaluate(store, cfg, [sink])) == 1


# ---------------------------------------------------------------- sinks


@pytest.fixture
def web():
    w = WebServer()
    yield w
    w.close()


ALERT = {"schema": "sitrep-alert/1", "rule": "r", "incident": {"id": 1, "location": "Жанаозен"}}


def test_a_webhook_body_is_signed_and_verifies(web, monkeypatch):
    monkeypatch.setenv("SITREP_TEST_SECRET", "s3cret")
    web.routes["/hook"] = Route(b"ok")
    cfg = SinkConfig(type="webhook", url=web.url("/hook"), secret_env="SITREP_TEST_SECRET")
    Sink(cfg, LOOPBACK).send(ALERT)
    (req,) = web.requests("/hook")
    assert req.method == "POST"
    assert json.loads(req.body) == ALERT
    sig = req.headers[SIGNATURE_HEADER.lower()]
    expected = "sha256=" + hmac.new(b"s3cret", req.body, hashlib.sha256).hexdigest()
    assert sig == expected and verify(b"s3cret", req.body, sig)
    assert not verify(b"other", req.body, sig)
    assert not verify(b"s3cret", req.body + b" ", sig)


def test_a_webhook_is_retried_with_doubling_waits(web, monkeypatch):
    monkeypatch.setenv("SITREP_TEST_SECRET", "k")
    web.routes["/hook"] = Route(b"ok", fail_first=2)
    waits: list[float] = []
    cfg = SinkConfig(type="webhook", url=web.url("/hook"), secret_env="SITREP_TEST_SECRET",
                     retries=3, backoff=0.5)  # fmt: skip
    Sink(cfg, LOOPBACK, sleep=waits.append).send(ALERT)
    assert len(web.requests("/hook")) == 3 and waits == [0.5, 1.0]
    bodies = {r.body for r in web.requests("/hook")}
    assert bodies == {body_of(ALERT)}  # the same signed bytes each time


def test_a_webhook_that_keeps_failing_is_a_delivery_error(web, monkeypatch):
    monkeypatch.setenv("SITREP_TEST_SECRET", "k")
    web.routes["/hook"] = Route(b"ok", fail_first=99)
    cfg = SinkConfig(type="webhook", url=web.url("/hook"), secret_env="SITREP_TEST_SECRET",
                     retries=1, backoff=0)  # fmt: skip
    with pytest.raises(DeliveryError, match="HTTP 500 .2 attempts"):
        Sink(cfg, LOOPBACK, sleep=lambda s: None).send(ALERT)


def test_a_webhook_on_a_private_address_is_refused_without_retrying(web, monkeypatch):
    monkeypatch.setenv("SITREP_TEST_SECRET", "k")
    web.routes["/hook"] = Route(b"ok")
    cfg = SinkConfig(type="webhook", url=web.url("/hook"), secret_env="SITREP_TEST_SECRET")
    with pytest.raises(DeliveryError, match="private_address"):
        Sink(cfg, FetchPolicy(), sleep=lambda s: None).send(ALERT)
    assert web.log == []


def test_a_webhook_without_its_secret_is_refused_up_front(monkeypatch):
    monkeypatch.delenv("SITREP_NO_SUCH_SECRET", raising=False)
    cfg = SinkConfig(
        type="webhook", url="https://example.org/h", secret_env="SITREP_NO_SUCH_SECRET"
    )
    with pytest.raises(DeliveryError, match=r"\$SITREP_NO_SUCH_SECRET is not set"):
        Sink(cfg, FetchPolicy())


def test_a_jsonl_sink_appends_one_line_per_alert(tmp_path):
    path = tmp_path / "alerts.jsonl"
    sink = Sink(SinkConfig(type="jsonl", path=str(path)), FetchPolicy())
    sink.send(ALERT)
    sink.send({**ALERT, "rule": "s"})
    lines = path.read_text(encoding="utf-8").splitlines()
    assert [json.loads(x)["rule"] for x in lines] == ["r", "s"]
    assert "Жанаозен" in lines[0]  # UTF-8, not escaped


def test_a_refused_webhook_is_kept_with_the_alert_and_the_refusals(store, web, monkeypatch):
    from sitrep.alerts.rules import AlertsFile
    from sitrep.sources.state import refusals

    monkeypatch.setenv("SITREP_TEST_SECRET", "k")
    web.routes["/hook"] = Route(b"ok")
    cfg = SinkConfig(type="webhook", url=web.url("/hook"), secret_env="SITREP_TEST_SECRET")
    sinks = [Sink(cfg, FetchPolicy(), sleep=lambda s: None), Collect()]
    _incident(store, killed_best=30)
    (f,) = evaluate(store, AlertsFile(rule=[KILLED_CA]), sinks)
    assert f.delivered == ["collect"] and "private_address" in f.errors[0]
    (row,) = fired_alerts(store, failed_only=True)
    assert row["delivered"] == "collect" and "private_address" in row["error"]
    assert [r["reason"] for r in refusals(store)] == ["private_address"]
    assert web.log == []
