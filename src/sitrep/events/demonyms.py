"""Which town a word for its inhabitants names: "кияни", "москвичи", "Kyivans".

"Загинули 5 мирних киян" tells where the dead were though it names no place. Such
a word is no place name (no place mention, no LOC entity), but where an event's
sentence names no town, or the report names none at all, the town of the
inhabitants it names places the event (resources/<lang>/places_demonyms.yaml).
"""

from __future__ import annotations

from functools import lru_cache

from ..doc import Doc
from ..gazetteer import Place, lookup
from ..gazetteer.keys import fold, stem
from ..mentions.places.resolve import place_value
from ..resources import load_yaml
from ..schema.models import Mention

PREFIX = 4  # letters: a word is looked up only if a demonym starts so (most words do not)


@lru_cache(maxsize=8)
def _prefixes(lang: str) -> frozenset[str]:
    lemmas, _ = _demonyms(lang)
    return frozenset(w[:PREFIX] for w in lemmas)


@lru_cache(maxsize=8)
def _demonyms(lang: str) -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """(folded lemma -> (town, country), stem -> (town, country)) for one language."""
    lemmas: dict[str, tuple[str, str]] = {}
    stems: dict[str, tuple[str, str]] = {}
    for key, ws in (load_yaml(lang, "places_demonyms", optional=True) or {}).items():
        town, _, cc = str(key).rpartition(",")
        val = (town.strip(), cc.strip())
        for w in ws:
            f = fold(str(w))
            lemmas[f] = val
            if " " not in f:
                stems[stem(f)] = val
    return lemmas, stems


@lru_cache(maxsize=64)
def _town(name: str, country: str) -> Place | None:
    return next((p for p in lookup(name) if p.country == country and p.feature == "city"), None)


def _mention(doc: Doc, start: int, end: int, p: Place) -> Mention:
    """The town as a place for the event (listed in no mention list: the word is no name)."""
    return Mention.fast(
        id="",
        kind="place",
        start=start,
        end=end,
        text=doc.text[start:end],
        orig=doc.to_orig(start, end),
        norm=p.name,
        entity=p.entity_id,
        place=place_value(p, "city"),
        confidence=0.7,
        role=None,
        date=None,
        quantity=None,
    )


def demonym_towns(doc: Doc) -> dict[int, Mention]:
    """Sentence index -> the town of the first inhabitants' word in it."""
    got = doc.user.get("_demonyms")
    if got is not None:
        return got
    got = {}
    langs = {doc.lang or "en", *(p.lang for p in doc.paras if p.lang)}
    heads = frozenset().union(*(_prefixes(lang) for lang in langs))
    for t in doc.tokens:
        if t.text[:PREFIX].lower() not in heads or t.sent in got:
            continue
        lang = doc.lang_at(t.start) or doc.lang or "en"
        lemmas, stems = _demonyms(lang)
        if not lemmas:
            continue
        hit = lemmas.get(fold(t.lemma or t.text)) or lemmas.get(fold(t.text))
        if hit is None and lang != "en":
            hit = stems.get(stem(fold(t.text)))
        if hit is None:
            continue
        p = _town(*hit)
        if p is not None:
            got[t.sent] = _mention(doc, t.start, t.end, p)
    doc.user["_demonyms"] = got
    return got
