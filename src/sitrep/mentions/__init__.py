"""mentions: places, persons, organizations, actors, dates and quantities."""

from . import actors, dates, ner, orgs, overlaps, persons, places, quantities  # noqa: F401
