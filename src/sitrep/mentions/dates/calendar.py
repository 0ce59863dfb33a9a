"""Which day a day and month, or a weekday, means next to the publication date."""

from __future__ import annotations

from datetime import date, timedelta


def _valid(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def resolve_day_month(day: int, month: int, published: date, future_days: int = 7) -> date | None:
    """The latest date with this day and month no more than `future_days` after publication."""
    limit = published + timedelta(days=future_days)
    for y in (published.year + 1, published.year, published.year - 1, published.year - 2):
        d = _valid(y, month, day)
        if d is not None and d <= limit:
            return d
    return None


def resolve_weekday(weekday: int, published: date, strict: bool = False) -> date:
    """The most recent such weekday on (or, if strict, before) the publication day."""
    back = (published.weekday() - weekday) % 7
    if strict and back == 0:
        back = 7
    return published - timedelta(days=back)


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _shift_month(d: date, months: int) -> tuple[int, int]:
    idx = d.year * 12 + d.month - 1 + months
    return idx // 12, idx % 12 + 1
