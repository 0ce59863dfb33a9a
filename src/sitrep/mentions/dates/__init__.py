"""dates: date and time expressions, resolved against the publication date.

One lexicon-driven regex (month and weekday names in every case form, relative
words, year words: resources/<lang>/dates_lexicon.yaml) instead of dateparser:
it is fast, keeps exact spans, and never turns a bare number, a count or an age
into a date, because every pattern needs a month, weekday, year word or
relative word next to the digits.

Resolution rules (documented choices):
- day + month without a year takes the year that gives the latest date no more
  than `future_days` (7) after publication: reports describe the past;
- a weekday is the most recent such day on or before publication ("last
  Friday" / "минулої п'ятниці": strictly before);
- "в ніч на суботу" / "overnight into Saturday" is the Saturday (precision day);
- week precision: `iso` is the Monday of the week; month "YYYY-MM"; year "YYYY";
- the text's own day, when it names one (a dateline above the body, "the 9th day of
  war"; today.py), replaces the publication date for all of the above;
- "напередодні" / "накануне" before a genitive noun phrase is an eve ("накануне
  выборов"), no date (eve.py);
- "a few days ago", "кілька днів тому" (a vague count) is that week, not a day;
- "one day after", "через два дні після", "на следующий день после" is a date of
  its own: N days before the day named earlier in its sentence (after.py);
- without a publication date relative expressions are dropped; a day + month
  (or month) without a year borrows the nearest explicit year stated in the
  same document (confidence 0.6) and is dropped when there is none;
- clock times ("о 14:30", "at 2:30 pm") are never dates on their own: they are
  attached as `time` to the nearest day-precision date of the same sentence
  (the span grows to cover the time when only spaces or commas lie between).
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from ...doc import Doc
from ...registry import component
from ...schema.models import DateValue
from .after import days_after
from .calendar import resolve_day_month, resolve_weekday
from .eve import eve_of_something
from .find import find_dates
from .hit import DateHit
from .today import TODAY_KEY, own_today
from .vocabulary import lexicon


class DatesConfig(BaseModel):
    """future_days: how far after publication a yearless date may fall."""

    model_config = ConfigDict(extra="forbid", strict=True)
    future_days: int = Field(7, ge=0, le=366)
    min_confidence: float = 0.0


@component("dates", requires=("paras", "tokens"), assigns=("mentions.date",), config=DatesConfig)
def make_dates(future_days: int = 7, min_confidence: float = 0.0):
    """Config: future_days (how far after publication a yearless date may fall), min_confidence."""

    def dates(doc: Doc) -> None:
        sents = [(s.start, s.end) for s in doc.sents] or None
        hits = find_dates(
            doc.text, doc.published, doc.lang_at, sentences=sents, future_days=future_days
        )
        today = own_today(doc.text, hits, doc.published, doc.published_time)
        if today is not None:
            # the text's own day (its dateline, "the 9th day of war", a publication just
            # after midnight): relative words count
            # from it, not from the page's publication date (today.py)
            doc.user[TODAY_KEY] = today
            hits = find_dates(
                doc.text, today, doc.lang_at, sentences=sents, future_days=future_days
            )
        # "напередодні виборів": the eve of something, not the day before (eve.py)
        hits = [h for h in hits if not eve_of_something(doc, h)]
        # "Thursday, one day after ...": the introduced event's own day (after.py)
        hits = sorted(hits + days_after(doc.text, hits, doc.lang_at, sents), key=lambda h: h.start)
        for h in hits:
            if h.confidence < min_confidence:
                continue
            doc.add_mention(
                "date",
                h.start,
                h.end,
                norm=h.iso,
                date=DateValue(iso=h.iso, precision=h.precision, time=h.time, relative=h.relative),
                confidence=h.confidence,
            )

    return dates


__all__ = ["DateHit", "find_dates", "lexicon", "make_dates", "resolve_day_month", "resolve_weekday"]
