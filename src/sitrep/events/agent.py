"""Who did it: a non-state armed group named as the subject of a trigger's verb.

ACLED codes arrests and detentions by a non-state armed group ("the Taliban
detained four women") as Abduction/forced disappearance: only the state
arrests. The group must come before an active verb in the same sentence with no
state force there; "three militants were arrested" names the arrested.
"""

from __future__ import annotations

from ..doc import Doc
from ..schema.models import Mention
from .signals import Hit

# English auxiliaries that make the next verb passive ("were arrested")
_EN_PASSIVE = frozenset({"was", "were", "been", "be", "being", "is", "are", "got", "get"})
# morphology tags of a passive form or participle (pymorphy3): "затримані", "задержаны"
_PASSIVE_TAGS = frozenset({"pssv", "PRTS", "PRTF"})


def armed_group_did_it(doc: Doc, h: Hit, sent_mentions: list[Mention]) -> bool:
    """A non-state armed group (not one lone attacker) named before the trigger in its
    sentence, no state force named there, and the trigger's verb not passive."""
    actors = [m for m in sent_mentions if m.kind == "actor"]
    if any(m.role == "state forces" for m in actors):
        return False
    if not any(
        m.role == "armed group" and m.norm != "lone attacker" and m.end <= h.start for m in actors
    ):
        return False
    i, _ = doc.token_range(h.start, h.end)
    tok = doc.tokens[i]
    if tok.tags & _PASSIVE_TAGS:
        return False
    prev = doc.tokens[i - 1].text.lower() if i > 0 else ""
    return prev not in _EN_PASSIVE
