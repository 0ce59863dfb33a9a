"""Who did it: the actor named as the subject of a trigger's verb.

ACLED codes arrests and detentions by a non-state armed group ("the Taliban
detained four women") as Abduction/forced disappearance: only the state
arrests. The group must come before an active verb in the same sentence with no
state force there; "three militants were arrested" names the arrested.

Detentions told in the passive with no one named ("several were detained") in
a report whose lead tells a non-state group detaining people are that group's:
abductions too.

State forces that shoot ("police shot the attacker dead", "полиция застрелила
его") are the ones who fire, not the victims: one attacker they stop is no
second armed side of a battle (ACLED codes his attack).
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc
from ..resources import load_list
from ..schema.models import Mention
from .signals import Hit

# English auxiliaries that make the next verb passive ("were arrested")
_EN_PASSIVE = frozenset({"was", "were", "been", "be", "being", "is", "are", "got", "get"})
# morphology tags of a passive form or participle (pymorphy3): "затримані", "задержаны"
_PASSIVE_TAGS = frozenset({"pssv", "PRTS", "PRTF"})


@lru_cache(maxsize=1)
def _under() -> frozenset[str]:
    """Words right before the trigger that make its subject the target ("came under
    fire"): resources/<lang>/events_target_words.txt, every language's at once."""
    return frozenset(
        w for lang in ("en", "ru", "uk") for w in load_list(lang, "events_target_words")
    )


def _passive(doc: Doc, h: Hit) -> bool:
    """The trigger's verb is passive: a participle or passive form, or an English
    auxiliary right before it ("were arrested", "затримані")."""
    i, _ = doc.token_range(h.start, h.end)
    if doc.tokens[i].tags & _PASSIVE_TAGS:
        return True
    prev = doc.tokens[i - 1].text.lower() if i > 0 else ""
    return prev in _EN_PASSIVE or prev in _under()


# words between a subject and its verb ("the officers eventually shot him")
_SUBJECT_GAP = 2


def state_force_did_it(doc: Doc, h: Hit, sent_mentions: list[Mention]) -> bool:
    """A state force is the subject of the trigger's verb: named at most two words before
    it, the trigger a verb (not a noun by its morphology: "у здания ФСБ произошла
    стрельба" is no shooting by the FSB) and not passive ("police shot him dead")."""
    before = [m for m in sent_mentions if m.kind == "actor" and m.end <= h.start]
    if not before:
        return False
    subj = max(before, key=lambda m: m.end)
    if subj.role != "state forces":
        return False
    i, _ = doc.token_range(h.start, h.end)
    j, _ = doc.token_range(subj.start, subj.end)
    between = [t for t in doc.tokens[j:i] if t.start >= subj.end]
    if len(between) > _SUBJECT_GAP or "NOUN" in doc.tokens[i].tags:
        return False
    return not _passive(doc, h)


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
    return not _passive(doc, h)


def detained_again(doc: Doc, h: Hit, sent_mentions: list[Mention]) -> bool:
    """A detention told in the passive ("they are believed to have been detained",
    "были задержаны") with no state force named in its sentence: in a report whose lead
    tells an armed group detaining people, it is that group's (an abduction)."""
    if any(m.kind == "actor" and m.role == "state forces" for m in sent_mentions):
        return False
    return _passive(doc, h)
