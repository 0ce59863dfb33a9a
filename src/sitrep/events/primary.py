"""Which event leads the report: told early and often, not a mere strategic development."""

from __future__ import annotations

from .classify import STRATEGIC
from .group import GroupKey
from .signals import Hit


def primary_first(groups: dict[GroupKey, list[Hit]]) -> list[GroupKey]:
    """The events in the order told, the primary one first."""
    order = sorted(groups, key=lambda k: groups[k][0].start)
    if order:
        # the primary event: told early and often; "Strategic developments" (arrests,
        # a curfew) only when nothing else happened
        def weight(k: GroupKey) -> float:
            hs = groups[k]
            lead = 1.5 if any(h.sent < 2 for h in hs) else 0.0
            return min(len(hs), 2) + lead - (3.0 if k[0] == STRATEGIC else 0.0)

        primary = max(order, key=lambda k: (weight(k), -groups[k][0].start))
        order.remove(primary)
        order.insert(0, primary)
    return order
