"""What the claim rules know about one sentence, computed once per sentence with figures."""

from __future__ import annotations

from ..doc import Doc
from ..lexicon import doc_keys
from ..schema.models import Claim, Source
from .attribution import find_sources, source_for
from .certainty import certainty_for
from .lexicon import ClaimLexicon
from .rescue import rescued_as_displaced
from .scope import background_cue, charged_before, is_war_tally


class SentenceContext:
    """Everything the claim rules need to know about one sentence, computed once."""

    def __init__(
        self,
        doc: Doc,
        a: int,
        b: int,
        lang: str,
        lex: ClaimLexicon,
        previous: tuple[int, int] | None = None,
    ):
        self.doc, self.a, self.b, self.lang, self.lex = doc, a, b, lang, lex
        self.previous = previous  # the last named source of the paragraph, for "It said"
        self.claims: list[Claim] = []  # claims found in this sentence so far
        toks = doc.tokens
        self.keys = doc_keys(doc)
        units = lex.units.find_all_in(doc, a, b)
        self.unit_spans = {(m.start, m.end) for m in units}
        rescued = rescued_as_displaced(doc, a, b, lex)
        self.rescue_words = {(m.start, m.end) for m in rescued}
        condition = lex.condition.find_all_in(doc, a, b)  # "двоє у важкому стані": injured
        self.condition_words = {(m.start, m.end) for m in condition}
        self.kinds = lex.kinds.find_all_in(doc, a, b) + units + rescued + condition
        self.cues = lex.certainty.find_in(doc, a, b)
        self.mentions = doc.mentions_by_sentence().get(toks[a].sent, [])
        self.sources = find_sources(doc, a, b, lex, self.mentions, previous)
        self.background_cues = lex.background.find_in(doc, a, b)
        self.charges = lex.charged.find_in(doc, a, b)

    def source_for(self, q_start: int, q_end: int) -> Source:
        return source_for(self.doc, self.sources, self.mentions, q_start, q_end)

    def certainty_for(self, q_start: int, q_end: int) -> str:
        return certainty_for(self.doc, self.a, self.b, self.cues, q_start, q_end)

    def scope_for(
        self,
        q_start: int,
        q_end: int,
        kind: str | None = None,
        low: int | None = None,
        word: tuple[int, int] | None = None,
    ) -> str:
        """ "background" for a cue in the sentence, a toll in the thousands, the people an
        evacuation rescued (claim word `word`: its tally spans days of corridors) or a crime a
        suspect is held for ("suspected of killing 12"); else "event"."""
        if is_war_tally(kind, low) or (word is not None and word in self.rescue_words):
            return "background"
        if charged_before(self.charges, min(q_start, word[0] if word else q_start)):
            return "background"
        cue = background_cue(
            self.doc, self.a, self.b, self.background_cues, self.mentions, (q_start, q_end)
        )
        return "event" if cue is None else "background"
