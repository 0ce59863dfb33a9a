"""Which characters no store can take: lone surrogates and NUL.

A lone surrogate ("\\ud800", legal in JSON, not in UTF-8) fails at the INSERT on
SQLite (UnicodeEncodeError) and PostgreSQL; NUL fails on PostgreSQL (DataError).
Both are replaced one for one by U+FFFD, so offsets into a text still hold, and
the caller flags the record. The failure record uses the same scrub, so writing
down why a record failed can never fail on the record's own bytes.
"""

from __future__ import annotations

import re

_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def scrub(value: str | None) -> tuple[str | None, bool]:
    """(value with NUL and lone surrogates replaced by U+FFFD, whether any was replaced)."""
    if value is None or not _UNSTORABLE.search(value):
        return value, False
    return _UNSTORABLE.sub("\ufffd", value), True


def scrubbed(value: str | None) -> str | None:
    """`value` made storable (see `scrub`)."""
    return scrub(value)[0]
