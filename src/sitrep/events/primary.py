"""Which event leads the report: the one its lead (headline and first sentence) tells.

Later mentions of a protest or of arrests add secondary events; they do not
replace the lead's event. Without a lead event, the one told most leads, a
strategic development (arrests, a curfew) last.
"""

from __future__ import annotations

from .classify import STRATEGIC
from .group import LEAD_SENTS, GroupKey
from .signals import Hit

LEAD_WEIGHT = 3.0
# the headline's event over the first sentence's: the body may open with what led to it
HEADLINE_WEIGHT = 1.0


def primary_first(
    groups: dict[GroupKey, list[Hit]],
    lead: frozenset[int] | None = None,
    headline: int | None = None,
) -> list[GroupKey]:
    """The events in the order told, the primary one first (`lead`: the lead's sentences;
    `headline`: where the title line ends; its event outweighs the first sentence's)."""
    in_lead = (lambda si: si in lead) if lead is not None else (lambda si: si < LEAD_SENTS)
    order = sorted(groups, key=lambda k: groups[k][0].start)
    if order:
        # the lead outweighs any count of later mentions; a strategic development
        # yields to a violent or protest event told as early
        # a kind of event told at several places counts all its mentions: shelling of
        # three towns is told three times, though each town is an event of its own
        told: dict[tuple[str, str], int] = {}
        for t, sub, _pk in groups:
            told[(t, sub)] = told.get((t, sub), 0) + len(groups[(t, sub, _pk)])

        def weight(k: GroupKey) -> float:
            hs = groups[k]
            lead = LEAD_WEIGHT if any(in_lead(h.sent) for h in hs) else 0.0
            if headline is not None and any(h.start < headline for h in hs):
                lead += HEADLINE_WEIGHT
            return min(told[(k[0], k[1])], 2) + lead - (1.0 if k[0] == STRATEGIC else 0.0)

        primary = max(order, key=lambda k: (weight(k), -groups[k][0].start))
        order.remove(primary)
        order.insert(0, primary)
    return order
