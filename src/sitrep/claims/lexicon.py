"""The claim lexicon of a language (resources/<lang>/claims.yaml) as phrase matchers."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..lexicon import PhraseMatcher, phrase_keys
from ..resources import load_yaml


@dataclass
class ClaimLexicon:
    kinds: PhraseMatcher
    units: PhraseMatcher
    persons: PhraseMatcher
    certainty: PhraseMatcher
    attr_prefix: PhraseMatcher
    attr_verbs: frozenset[str]
    nobody: PhraseMatcher
    absent: PhraseMatcher
    background: PhraseMatcher
    charged: PhraseMatcher
    condition: PhraseMatcher
    rescue: PhraseMatcher
    evacuation: PhraseMatcher


@lru_cache(maxsize=8)
def claim_lexicon(lang: str) -> ClaimLexicon:
    d = {**(load_yaml(lang, "claims") or {}), **(load_yaml(lang, "people") or {})}
    neg = d.get("negation") or {}
    evac = d.get("evacuation") or {}
    return ClaimLexicon(
        kinds=PhraseMatcher(lang, d.get("kinds") or {}),
        units=PhraseMatcher(lang, d.get("unit_kinds") or {}),
        persons=PhraseMatcher(
            lang, {"person": (d.get("person_nouns") or []) + (d.get("person_roles") or [])}
        ),
        certainty=PhraseMatcher(lang, d.get("certainty") or {}),
        attr_prefix=PhraseMatcher(
            lang, {"source": (d.get("attribution") or {}).get("prefix") or []}
        ),
        attr_verbs=frozenset(
            phrase_keys(str(v), lang)[0][0] for v in (d.get("attribution") or {}).get("verbs") or ()
        ),
        nobody=PhraseMatcher(lang, {"nobody": neg.get("nobody") or []}),
        absent=PhraseMatcher(lang, {"absent": neg.get("absent") or []}),
        background=PhraseMatcher(
            lang, {"background": (d.get("scope") or {}).get("background") or []}
        ),
        condition=PhraseMatcher(lang, {"injured": d.get("condition") or []}),
        charged=PhraseMatcher(lang, {"charged": (d.get("scope") or {}).get("charged") or []}),
        rescue=PhraseMatcher(lang, {"rescue": evac.get("rescue") or []}),
        evacuation=PhraseMatcher(lang, {"evacuation": evac.get("cues") or []}),
    )
