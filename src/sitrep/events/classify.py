"""The ACLED type and sub-type of an event signal, in the context of the report.

Shots at a crowd at a protest are "Excessive force against protesters",
elsewhere an "Attack"; a clash is a battle only with an armed group. The ACLED
codebook is data (resources/common/acled.yaml); every type coded here is
looked up in it.
"""

from __future__ import annotations

from ..doc import Doc
from ..resources import load_yaml
from .signals import Hit

# ACLED event type -> its sub-event types
ACLED: dict[str, tuple[str, ...]] = {
    t: tuple(subs) for t, subs in load_yaml("common", "acled").items()
}
_TYPE_OF = {sub: t for t, subs in ACLED.items() for sub in subs}


def acled(sub: str) -> tuple[str, str]:
    """(event type, sub-event type) of an ACLED sub-event type."""
    return _TYPE_OF[sub], sub


PROTESTS = acled("Peaceful protest")[0]
STRATEGIC = acled("Other")[0]

# signals that tag the event they belong to
TAG_SIGNALS = {
    "arson": "arson",
    "comms": "communications_shutdown",
    "blockade": "blockade",
    "deployment": "security_forces_deployment",
    "curfew": "curfew",
    "strike": "strike",
}


def signal_context(doc: Doc, hits: list[Hit]) -> set[str]:
    """What classification looks at: the report's signals and its actors' roles ("role:...")."""
    ctx = {h.signal for h in hits}
    ctx |= {"role:" + (m.role or "") for m in doc.mentions if m.kind == "actor"}
    return ctx


def classify(signal: str, ctx: set[str]) -> tuple[str, str] | None:
    """The ACLED (type, sub-type) a signal stands for, given the document's other signals."""
    protest = bool(ctx & {"protest", "strike"})
    if signal in ("protest", "strike"):
        return acled("Peaceful protest")
    if signal == "intervention":
        return acled("Protest with intervention")
    if signal == "fire_on_crowd":
        return acled("Excessive force against protesters") if protest else acled("Attack")
    if signal == "riot":
        return acled("Violent demonstration") if protest else acled("Mob violence")
    if signal == "shelling":
        return acled("Shelling/artillery/missile attack")
    if signal == "airstrike":
        return acled("Air/drone strike")
    if signal == "explosion":
        if ctx & {"shelling", "airstrike"}:
            return None  # the blasts of a strike already typed
        return acled("Remote explosive/landmine/IED")
    if signal == "grenade":
        return acled("Grenade")
    if signal == "armed_clash":
        # a battle needs an armed group; traders fighting police are a riot
        if "role:armed group" not in ctx:
            return acled("Violent demonstration") if protest else acled("Mob violence")
        return acled("Armed clash")
    if signal == "attack_civilians":
        if ctx & {"shelling", "airstrike", "explosion"}:
            return None
        return acled("Attack")
    if signal == "abduction":
        return acled("Abduction/forced disappearance")
    if signal == "arrest":
        return acled("Protest with intervention") if protest else acled("Arrests")
    if signal == "looting":
        return (
            acled("Violent demonstration")
            if ctx & {"riot"}
            else acled("Looting/property destruction")
        )
    return None


def drop_milder(groups: dict[tuple[str, str, str], list[Hit]], ctx: set[str]) -> None:
    """Keep only the most escalated form of a protest at each place (in place)."""
    # a protest met with force or turned violent is coded "peaceful" only when the
    # report says it was (the seed's "мирний мітинг")
    escalated = {
        "Protest with intervention",
        "Excessive force against protesters",
        "Violent demonstration",
    }
    if "peaceful" not in ctx:
        for k in list(groups):
            t, sub, pk = k
            if sub == "Peaceful protest" and any(
                k2[1] in escalated and k2[2] == pk for k2 in groups
            ):
                del groups[k]
    # the escalated form of a protest stands for its milder forms at the same place
    for k in list(groups):
        t, sub, pk = k
        if (
            sub == "Protest with intervention"
            and (PROTESTS, "Excessive force against protesters", pk) in groups
        ):
            del groups[k]
