"""merge: which incident each event of a report belongs to. Pure: no SQL here.

features (an event as a typed record) -> candidates (the incidents it could
join) -> score / decide (join the best above the threshold, or start one) ->
aggregate (an incident's fields and estimates from its members). The store
(`sitrep.store.incidents`) runs the queries and writes the decisions.
"""

from .aggregate import incident_fields, widen
from .candidates import Window, span_days, window
from .decide import Decision, best_incident, decide, stream_key
from .estimates import estimates, timeline
from .features import EventFeatures, event_features, report_events

__all__ = [
    "Decision",
    "EventFeatures",
    "Window",
    "best_incident",
    "decide",
    "estimates",
    "event_features",
    "incident_fields",
    "report_events",
    "span_days",
    "stream_key",
    "timeline",
    "widen",
    "window",
]
