"""Closed-class words the claim rules check, from resources/<lang>/claims_words.yaml.

The rules have always checked every language's words in every sentence (a
quote in another language keeps its cues), so each set is the union over the
languages; a word is listed under the language it is a word of.
"""

from __future__ import annotations

from ..lexicon import key
from ..resources import load_yaml

# kinds of harm done to people: one victim without a number may be a report's event ("a
# child was killed"), and an event without violence (arrests, an agreement) has none
HARM_KINDS = ("killed", "injured", "casualties")

# punctuation tokens the rules stop at; not language data
STOP_PUNCT = {",", ".", ";", ":", "—", "–", "(", ")", "!", "?", "«", "»", '"', "“", "”", "„"}
QUOTES = {"«", "»", '"', "“", "”", "„"}

SOURCES = ("common", "uk", "ru", "en")  # resources/<dir>/claims_words.yaml, merged


def _entries(name: str) -> list[str]:
    out: list[str] = []
    for lang in SOURCES:
        data = load_yaml(lang, "claims_words")
        if data is None:
            raise FileNotFoundError(f"resources/{lang}/claims_words.yaml is missing")
        for w in data.get(name) or ():
            if not isinstance(w, str):
                raise ValueError(f"{lang}/claims_words.yaml: {name}: {w!r} is no word; quote it")
            out.append(w)
    return out


def ranks(name: str) -> dict[str, int]:
    """The words of ordered list `name` with their rank from 2 ("second": 2, "третій": 3)."""
    out: dict[str, int] = {}
    for lang in SOURCES:
        for i, w in enumerate((load_yaml(lang, "claims_words") or {}).get(name) or ()):
            out.setdefault(key(str(w)), i + 2)
    return out


def words(name: str) -> frozenset[str]:
    """The words of list `name` in every language, in the form tokens are compared in."""
    return frozenset(key(w) for w in _entries(name))


def phrases(name: str) -> frozenset[tuple[str, ...]]:
    """The phrases of list `name` in every language, as tuples of compared words."""
    return frozenset(tuple(key(w) for w in p.split()) for p in _entries(name))


PRONOUNS = words("pronouns")
SOURCE_OPENERS = words("source_openers")
CONTRAST = words("contrast")
SUBSET_OPENERS = words("subset_openers")
AMBIGUOUS_OF = words("ambiguous_of")
CONJUNCTIONS = words("conjunctions")
OF_WORDS = words("of_words")
NEGATORS = words("negators")
NO_ONE = words("no_one")
ABSENCE_AFTER = words("absence_after")
NOT_HAVE = phrases("not_have")
SUBSET_CUES = phrases("subset_cues")
VOICE_ABOUT = words("voice_about")
RISE_TO = words("rise_to")
COUNT_AT = words("count_at")
NOT_NOUNS = words("not_nouns")
EN_FUNCTION = words("function_words")
ZERO_JOINERS = words("zero_joiners")
SINCE = words("since")
BACK_REFERENCE = words("back_reference")
SINGULAR_PRONOUNS = words("singular_pronouns")
SINGULAR_BE = words("singular_be")
SINGULAR_ARTICLES = words("singular_articles")
SINGULAR_DIED = words("singular_died")
BE_ADVERBS = words("be_adverbs")
WOUND_VERBS = words("wound_verbs")
WOUND_NOUNS = words("wound_nouns")
FATE_AFTER = phrases("fate_after")
FATAL_VERBS = words("fatal_verbs")
ORDINALS = ranks("ordinals")
PASSIVE_BE = words("passive_be")
UPDATE_WORDS = words("update_words")
ANOTHER = words("another")
OTHERS = words("others")
POSTHUMOUS = words("posthumous")
OBJECT_PRONOUNS = words("object_pronouns")
GROUP_PRONOUNS = words("group_pronouns")
AGENT_BY = words("agent_by")
AGE_WORDS = words("age_words")
ANOTHER_AFTER = words("another_after")
OR_WORDS = words("or_words")
SINCE_BEGAN = words("since_began")
SPLIT_CUES = words("split_cues")
PLURAL_BE = words("plural_be")
PLURAL_DIED = words("plural_died")
GROUP_NOUNS = words("group_nouns")
VICTIM_JOINERS = words("victim_joiners")
VICTIM_POSSESSIVES = words("victim_possessives")
LIST_JOINERS = phrases("list_joiners")
ONE_WORDS = phrases("one_words")
CAPTURE_VERBS = words("capture_verbs")
COUNT_NOUNS = words("count_nouns")
MODAL_WORDS = words("modal_words")
CAUSAL_VERBS = words("causal_verbs")
LIFE_NOUNS = words("life_nouns")
LIFE_TAKERS = words("life_takers")
RECEIVE_VERBS = words("receive_verbs")
