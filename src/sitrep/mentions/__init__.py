"""mentions: places, persons, organizations, actors, dates and quantities."""

from . import actors, dates, orgs, overlaps, persons, places, quantities  # noqa: F401
