"""events: ACLED-typed events with tags, date, location, actors and claims; the summary."""

from ..doc import Doc
from ..registry import component


@component("events")
def make_events(**config):
    def events(doc: Doc) -> None:
        return None

    return events


@component("summary")
def make_summary(**config):
    def summary(doc: Doc) -> None:
        return None

    return summary
