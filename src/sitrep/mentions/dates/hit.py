"""A date found in the text, resolved."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(slots=True)
class DateHit:
    start: int
    end: int
    iso: str
    precision: str
    time: str | None = None
    relative: bool = False
    confidence: float = 1.0
    rule: str = ""
    day: date | None = None  # the resolved day when precision is "day"
    explicit_year: bool = False
