"""The figure of a claim: value as stated, qualifier, low and high."""

from __future__ import annotations

from ..doc import Doc
from ..mentions.quantities import bounds
from ..schema.models import Claim, QuantityValue


def is_figure(qv: QuantityValue | None) -> bool:
    """A quantity with a value other than zero can be a claim's figure (zeros: negation)."""
    return not (qv is None or qv.value in (None, 0))


def counts_anyone(kind: str, qv: QuantityValue) -> bool:
    """ "one of the largest protests" counts no one: a crowd is two or more."""
    return not (kind == "participants" and max(qv.low or 0, qv.high or 0) < 2)


def figure_of(qv: QuantityValue):
    """(value, qualifier, low, high, words): a range is its own bounds, else the qualifier's."""
    value, qualifier = qv.value, qv.qualifier
    low, high = (value[0], value[1]) if isinstance(value, list) else bounds(qualifier, value)
    return value, qualifier, low, high, qv.words if qualifier == "vague" else None


def exact_claim(doc: Doc, kind: str, n: int, **fields) -> Claim:
    """A claim of exactly n people ("загинув водій" is 1, "no one died" is 0): one place
    that spells out value, qualifier and bounds for the figures no quantity states."""
    return Claim.fast(
        id=doc.next_id("c"), kind=kind, value=n, qualifier="exact", low=n, high=n, **fields
    )
