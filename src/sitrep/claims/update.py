"""Whether a figure updates an earlier one: "the toll rose to 12", "число погибших возросло до пяти".

SPEC "headline figure": a later update in the same report supersedes an earlier
figure. An update is a rise verb (resources/<lang>/numbers.yaml `rise_verbs`,
compared by lemma) just before the figure, or an update word ("now", "тепер",
"теперь") right before it.
"""

from __future__ import annotations

from ..doc import Doc
from ..lexicon import key
from ..mentions.quantities import number_lexicon
from .words import UPDATE_WORDS

REACH = 3  # tokens between the rise verb and the figure ("rose to 12", "зросла вже до 12")


def is_update(doc: Doc, a: int, q_start: int, lang: str) -> bool:
    """True when the figure at token `q_start` of a sentence starting at `a` is an update."""
    toks = doc.tokens
    rise = number_lexicon(lang).rise_verbs
    for i in range(max(a, q_start - REACH), q_start):
        if key(toks[i].lemma) in rise or key(toks[i].text) in rise:
            return True
    return q_start > a and key(toks[q_start - 1].text) in UPDATE_WORDS
