"""A weekday next to a date names the same day ("у п'ятницю, 16 грудня"): one mention."""

from __future__ import annotations

import re

from .hit import DateHit

# spaces, commas, a bracket; never a line break: "Wednesday, 5 May\n\nOn Sunday" is two dates
_GAP = re.compile(r"[ \t\u00a0,(]*\)?[ \t\u00a0,]*")


def _merge_weekdays(hits: list[DateHit], text: str) -> list[DateHit]:
    """'у п'ятницю, 16 грудня' is one expression: the explicit date wins, the span covers both."""
    out: list[DateHit] = []
    for h in hits:
        if out:
            p = out[-1]
            pair = {p.rule, h.rule}
            if (
                "weekday" in pair
                and p.precision == h.precision == "day"
                and len(pair) == 2
                and _GAP.fullmatch(text, p.end, h.start)
            ):
                date_hit = h if p.rule == "weekday" else p
                wd_hit = p if p.rule == "weekday" else h
                merged = DateHit(
                    p.start,
                    h.end,
                    date_hit.iso,
                    "day",
                    date_hit.time,
                    date_hit.relative,
                    date_hit.confidence,
                    date_hit.rule,
                    date_hit.day,
                    date_hit.explicit_year,
                )
                if (
                    date_hit.day
                    and date_hit.day.weekday() == (wd_hit.day or date_hit.day).weekday()
                ):
                    merged.confidence = max(merged.confidence, 0.95)
                out[-1] = merged
                continue
        out.append(h)
    return out
