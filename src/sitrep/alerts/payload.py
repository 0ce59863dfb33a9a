"""What every sink receives: one alert, schema sitrep-alert/1 (this model is its source;
`sitrep alerts schema` prints the JSON Schema)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "sitrep-alert/1"


class AlertIncident(BaseModel):
    """The incident as it stood when the rule fired (`sitrep incidents show ID`: all of it)."""

    model_config = ConfigDict(extra="forbid")

    id: int
    event_date: str | None = None
    date_start: str | None = None
    date_end: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    location: str | None = None
    country: str | None = Field(None, description="ISO 3166-1 alpha-2")
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    killed_low: int | None = None
    killed_best: int | None = None
    killed_high: int | None = None
    injured_low: int | None = None
    injured_best: int | None = None
    injured_high: int | None = None
    participants_best: int | None = None
    n_documents: int = 0
    event_types: list[str] = Field(default_factory=list)
    sub_event_types: list[str] = Field(default_factory=list)
    tags: list[str] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    first_published: str | None = None
    last_published: str | None = None


class Alert(BaseModel):
    """One rule fired for one incident at one crossing."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    schema_: Literal["sitrep-alert/1"] = Field(SCHEMA, alias="schema")
    rule: str = Field(description="the rule's name in alerts.toml")
    when: Literal["at_least", "new", "doubled"]
    crossing: str = Field(description="what was crossed, e.g. killed_best>=10, new")
    fired_at: str = Field(description="UTC, YYYY-MM-DDTHH:MM:SSZ")
    incident: AlertIncident


def make_alert(rule: str, when: str, crossing: str, fired_at: str, inc: dict[str, Any]) -> dict:
    """The alert as the JSON-ready dict every sink sends."""
    fields = AlertIncident.model_fields
    incident = AlertIncident(**{k: inc[k] for k in fields if inc.get(k) is not None})
    alert = Alert(rule=rule, when=when, crossing=crossing, fired_at=fired_at, incident=incident)
    return alert.model_dump(by_alias=True, mode="json")


def json_schema() -> dict:
    return Alert.model_json_schema(by_alias=True)
