"""Whether a rescue verb counts the displaced: only where an evacuation is told.

"Rescuers saved three people from the boat" is no claim kind; but a few sentences
after "humanitarian corridors" or "the evacuation", "7,144 people were rescued"
counts the evacuated (SPEC kind `displaced`). Words: resources/<lang>/claims.yaml,
section `evacuation`.
"""

from __future__ import annotations

from ..doc import Doc
from ..lexicon import Match, sentence_token_ranges
from .lexicon import ClaimLexicon

BACK = 3  # sentences before the rescue verb's own in which an evacuation cue still holds


def rescued_as_displaced(doc: Doc, a: int, b: int, lex: ClaimLexicon) -> list[Match]:
    """The rescue verbs of sentence tokens [a, b) as `displaced` claim words, or []."""
    found = lex.rescue.find_all_in(doc, a, b)
    if not found:
        return []
    si = doc.tokens[a].sent
    lo = sentence_token_ranges(doc)[max(0, si - BACK)][0]
    if not lex.evacuation.find_in(doc, lo, b):
        return []
    return [Match(m.start, m.end, "displaced", m.phrase) for m in found]
