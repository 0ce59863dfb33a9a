"""actors: who acts and who is acted upon (police, troops, protesters, residents ...).

Actor phrases per language live in resources/<lang>/actors.yaml with a
canonical English name and an ACLED-style role, matched by lemma so that
"поліцейськими", "полицейских" and "police officers" all find `police`.
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc
from ..lexicon import PhraseMatcher, doc_keys, lang_of, sentence_token_ranges
from ..registry import component
from ..resources import load_yaml


@lru_cache(maxsize=8)
def actor_matcher(lang: str) -> PhraseMatcher:
    entries: dict[str, list[str]] = {}
    for e in load_yaml(lang, "actors") or ():
        entries.setdefault(f"{e['name']}|{e['role']}", []).extend(str(n) for n in e["names"])
    return PhraseMatcher(lang, entries)


@component("actors", requires=("tokens",), assigns=("mentions.actor",))
def make_actors():
    def actors(doc: Doc) -> None:
        toks = doc.tokens
        doc_keys(doc)
        for a, b in sentence_token_ranges(doc):
            if a >= b:
                continue
            lang = lang_of(doc, toks[a].start)
            for m in actor_matcher(lang).find_in(doc, a, b):
                name, role = m.label.split("|", 1)
                s, e = toks[m.start].start, toks[m.end - 1].end
                doc.add_mention("actor", s, e, norm=name, role=role, entity=f"actor:{name}")

    return actors
