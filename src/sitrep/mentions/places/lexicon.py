"""The places word lists and constants: stop words, triggers, facility nouns, precision."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ...gazetteer.keys import fold, name_keys, stem, words
from ...resources import load_list, load_yaml
from ...schema.models import PlaceValue

MAX_WORDS = 5

_OPENERS = frozenset("«“„\"'(‘[—–-:•*")

_GAP_OK = frozenset(" \t-.'’")

_QUOTES = {"«": "»", "“": "”", "„": "“", '"': '"'}

_PRECISION = {
    "city": "exact",
    "user": "exact",
    "region": "region",
    "country": "country",
    "facility": "unknown",
}

# English place nouns that may follow a place name without making it part of an org name
_EN_PLACE_NOUNS = frozenset(load_list("en", "places_nouns"))
_EN_PREPS = frozenset(load_list("en", "places_prepositions"))
_EN_MODIFIERS = frozenset(load_list("en", "places_modifiers"))
# ordinary English words GeoNames also has as places: Hope, Nice, Split, Reading
_EN_COMMON = frozenset(fold(w) for w in load_list("en", "places_common_words"))
# lower-case particles inside personal names: "Gilbert da Costa", "Ursula von der Leyen"
_NAME_PARTICLES = frozenset(fold(w) for w in load_list("en", "names_particles"))
_STOP = ("stop",)


def _en_date_words() -> frozenset[str]:
    """English weekday and month names (resources/en/dates_lexicon.yaml): "Minsk Sunday",
    "Kyiv Monday" are a place and a day, not a longer proper name."""
    data = load_yaml("en", "dates_lexicon") or {}
    out: set[str] = set()
    for key in ("weekdays", "months"):
        for names in (data.get(key) or {}).values():
            out.update(fold(n.rstrip(".")) for n in names)
    return frozenset(out)


_EN_DATE_WORDS = _en_date_words()

_NO_FLAGS = {
    "person": False,
    "geox": False,
    "common": False,
    "dict_common": False,
    "trigger": False,
    "prep": False,
    "part_of_name": False,
    "blocked": False,
    "weak": False,
}


def _feature_for_facilities() -> str:
    """'facility' once the schema knows it, else 'user' (a place from outside GeoNames)."""
    ann = PlaceValue.model_fields["feature"].annotation
    return "facility" if "facility" in getattr(ann, "__args__", ()) else "user"


_FACILITY = _feature_for_facilities()


@lru_cache(maxsize=8)
def _facility_nouns(lang: str) -> dict[str, str]:
    """Facility noun (folded) -> English gloss, from resources/<lang>/places_facilities.txt."""
    return _glossed(lang, "places_facilities")


@lru_cache(maxsize=8)
def _unlisted_nouns(lang: str) -> dict[str, str]:
    """Settlement, district or river noun (folded) -> English gloss, from
    resources/<lang>/places_unlisted_nouns.txt: the name after one is a place (unlisted.py)."""
    return _glossed(lang, "places_unlisted_nouns", optional=True)


def _glossed(lang: str, name: str, optional: bool = False) -> dict[str, str]:
    """A `noun | gloss` list, by folded noun (the noun itself when no gloss is given)."""
    out = {}
    for line in load_list(lang, name, optional=optional):
        word, _, gloss = line.partition("|")
        out[fold(word.strip())] = gloss.strip() or word.strip()
    if lang != "en":
        # "~" + stem: a noun pymorphy3 lemmatizes wrongly ("парку" -> "парка") still meets it
        for w, g in list(out.items()):
            if " " not in w:
                out.setdefault("~" + stem(w), g)
    return out


@dataclass(slots=True)
class _Lexicon:
    stop: frozenset[str]
    stop_initial: frozenset[str]
    triggers: frozenset[str]
    person_cues: frozenset[str]


@lru_cache(maxsize=8)
def _lexicon(lang: str) -> _Lexicon:
    stop: set[str] = set()
    stop_initial: set[str] = set()
    for line in load_list(lang, "places_stop"):
        target = stop_initial if line.startswith("^") else stop
        ws = words(line.lstrip("^"))
        if lang == "en":
            target.add(" ".join(ws))
        else:
            target.update(name_keys(ws))
    trig = frozenset(fold(w) for w in load_list(lang, "places_triggers"))
    cues = frozenset(fold(w) for w in load_list(lang, "places_person_cues"))
    return _Lexicon(frozenset(stop), frozenset(stop_initial), trig, cues)
