"""All date mentions of a text: scan, interpret, merge weekdays, attach times."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from .hit import DateHit
from .meaning import _match_hit
from .scan import _scan
from .times import _attach_times
from .vocabulary import lexicon
from .weekdays import _merge_weekdays
from .years import _explicit_years


def find_dates(
    text: str,
    published: date | None = None,
    lang: str | Callable[[int], str | None] | None = None,
    *,
    sentences: list[tuple[int, int]] | None = None,
    future_days: int = 7,
) -> list[DateHit]:
    """All date expressions in `text`, left to right, resolved against `published`.

    `lang` (a code, or a function from a character offset to a code) only decides
    the order of ambiguous slashed dates (03/04/2011: month first in English).
    """
    lex = lexicon()
    matches = _scan(text, lex)
    years = None if published is not None else _explicit_years(matches)
    hits: list[DateHit] = []
    for m in matches:
        lg = lang(m.start()) if callable(lang) else lang
        hit = _match_hit(m, text, published, lex, lg, future_days, years)
        if hit is not None:
            hits.append(hit)
    hits = _merge_weekdays(hits, text)
    if hits:
        _attach_times(hits, text, lex, sentences)
    return hits
