"""Alert rules (alerts.toml) and which incidents cross them.

Three kinds of rule, each with optional filters (countries, types):
  at_least  a figure reaches a value:        killed_best >= 10 in KZ, KG, TJ
  new       an incident of a type appears:   a new communications_shutdown
  doubled   a figure doubles since the rule first saw the incident (or last fired)

A rule fires once per incident and crossing. The crossing is part of the key kept in
the store ("killed_best>=10", "new", "killed_best>=8" for a doubling from 4), so a
restart, or the same incident seen again, does not fire it twice; a doubling from 8
to 16 later is a new crossing and fires again.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from ..tomlfile import load_toml

FIGURES = tuple(
    f"{kind}_{bound}"
    for kind in ("killed", "injured", "participants")
    for bound in ("low", "best", "high")
)
Figure = Literal[
    "killed_low", "killed_best", "killed_high", "injured_low", "injured_best",
    "injured_high", "participants_low", "participants_best", "participants_high",
]  # fmt: skip


class RulesError(ValueError):
    """alerts.toml cannot be used; the message names the file and the problem."""


class Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    name: str = Field(min_length=1, max_length=120)
    when: Literal["at_least", "new", "doubled"]
    field: Figure | None = None  # at_least, doubled
    value: int | None = Field(None, ge=0)  # at_least
    min_base: int = Field(1, ge=1)  # doubled: ignore incidents whose figure is below this
    countries: list[str] = Field(default_factory=list)  # ISO codes; empty: any
    types: list[str] = Field(default_factory=list)  # event / sub-event types or tags; any of

    @model_validator(mode="after")
    def _complete(self) -> Rule:
        if self.when in ("at_least", "doubled") and self.field is None:
            raise ValueError(f"rule {self.name!r}: when = {self.when!r} needs a field")
        if self.when == "at_least" and self.value is None:
            raise ValueError(f"rule {self.name!r}: when = 'at_least' needs a value")
        if self.when == "new" and not self.types:
            raise ValueError(f"rule {self.name!r}: when = 'new' needs types")
        self.countries = [c.strip().upper() for c in self.countries]
        return self

    def matches(self, inc: dict[str, Any]) -> bool:
        """The incident passes the rule's filters (country, types)."""
        if self.countries and (inc.get("country") or "").upper() not in self.countries:
            return False
        if self.types:
            have = {
                str(v).lower()
                for key in ("event_types", "sub_event_types", "tags")
                for v in inc.get(key) or ()
            }
            have |= {str(inc.get(k) or "").lower() for k in ("event_type", "sub_event_type")}
            if not have & {t.lower() for t in self.types}:
                return False
        return True


def figure(inc: dict[str, Any], field: str) -> int | None:
    v = inc.get(field)
    return int(v) if isinstance(v, int | float) else None


def crossing(rule: Rule, inc: dict[str, Any], baseline: int | None) -> str | None:
    """The crossing this incident makes for an at_least or new rule, or None."""
    if not rule.matches(inc):
        return None
    if rule.when == "new":
        return "new"
    if rule.when == "at_least":
        v = figure(inc, rule.field or "")
        if v is not None and v >= (rule.value or 0):
            return f"{rule.field}>={rule.value}"
        return None
    # doubled
    v = figure(inc, rule.field or "")
    if v is None or baseline is None or baseline < rule.min_base:
        return None
    if v >= 2 * baseline:
        return f"{rule.field}>={2 * baseline}"
    return None


class SinkConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    type: Literal["stdout", "jsonl", "webhook"]
    path: str | None = None  # jsonl
    url: str | None = None  # webhook
    secret_env: str | None = None  # webhook: the name of the variable holding the HMAC key
    retries: int = Field(3, ge=0, le=10)
    backoff: float = Field(1.0, ge=0, le=60)  # seconds before the first retry, then doubled
    timeout: float = Field(10.0, gt=0, le=120)

    @model_validator(mode="after")
    def _complete(self) -> SinkConfig:
        if self.type == "jsonl" and not self.path:
            raise ValueError("a jsonl sink needs a path")
        if self.type == "webhook":
            if not self.url or not self.url.lower().startswith(("http://", "https://")):
                raise ValueError("a webhook sink needs an http(s) url")
            if not self.secret_env:
                raise ValueError("a webhook sink needs secret_env (the body is signed)")
        return self


class AlertsFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    rule: list[Rule] = Field(default_factory=list)
    sink: list[SinkConfig] = Field(default_factory=lambda: [SinkConfig(type="stdout")])
    allow_networks: list[str] = Field(default_factory=list)  # for a webhook on an intranet


def load_rules(path: str | Path) -> AlertsFile:
    p = Path(path)
    cfg = load_toml(p, AlertsFile, RulesError)
    if not cfg.rule:
        raise RulesError(f"{p}: no [[rule]] entries")
    names = [r.name for r in cfg.rule]
    dup = next((n for n in names if names.count(n) > 1), None)
    if dup:
        raise RulesError(f"{p}: rule name {dup!r} is used twice (it keys the alert state)")
    for s in cfg.sink:
        if s.path:
            s.path = (
                str((p.parent / s.path).resolve()) if not Path(s.path).is_absolute() else s.path
            )
    return cfg
