"""A region named by its adjective alone, the region noun said once for several
(places/elliptic.py, resources/<lang>/places_region_nouns.txt): the adjective is the
region when only a list's comma, dash or conjunction follows it and its sentence says the
region noun, names another region, or lists two such adjectives; an adjective before a
noun is not elliptic. Before the abbreviated noun ("Донецька обл.") it is the region, the
abbreviation in its span. Sentences written for the rule."""

from __future__ import annotations

import pytest

from helpers import case_param, place_texts

# fmt: off
CASES = [
    ("uk", {"text": "Сильні зливи пройдуть у Вінницькій, Житомирській та Черкаській областях.",
            "places": ["Вінницькій", "Житомирській", "Черкаській областях"]}),
    ("uk", {"text": "Найбільше переселенців із Донецької та Луганської областей.",
            "places": ["Донецької", "Луганської областей"]}),
    ("uk", {"text": "Прибули з Волинської області – 9 учнів, з Рівненської – 7.",
            "places": ["Волинської області", "Рівненської"]}),
    ("uk", {"text": "Експедиція пройшла Полтавську, Сумську і Чернігівську.",
            "places": ["Полтавську", "Сумську", "Чернігівську"]}),
    # an adjective before its noun, or alone with no region in its sentence: none
    ("uk", {"text": "Полтавська міська рада зібралася на сесію.", "places": []}),
    ("uk", {"text": "Він купив Полтавську, бо інша скінчилася.", "places": []}),
    ("ru", {"text": "Морозы ожидаются в Курской, Брянской и Орловской областях.",
            "places": ["Курской", "Брянской", "Орловской областях"]}),
    ("ru", {"text": "Беженцы прибыли из Белгородской и Воронежской областей.",
            "places": ["Белгородской", "Воронежской областей"]}),
    ("ru", {"text": "Курская городская дума собралась утром.", "places": []}),
    # the region's abbreviated noun belongs to its name, its stop too
    ("uk", {"text": "Він живе у Мирнограді (Донецька обл.) з родиною.",
            "places": ["Мирнограді", "Донецька обл."]}),
    ("uk", {"text": "Фірма із села Гоголів Київської обл, як з'ясувалося, збанкрутувала.",
            "places": ["Гоголів", "Київської обл"]}),
    ("uk", {"text": "Він приїхав з Донецька вчора.", "places": ["Донецька"]}),
    ("ru", {"text": "Он живет в Мирнограде (Донецкая обл.) с семьей.",
            "places": ["Мирнограде", "Донецкая обл."]}),
    # English names its regions by their nouns: no such ellipsis
    ("en", {"text": "Frost is expected in the Sumy and Poltava regions.",
            "places": ["Sumy", "Poltava"]}),
    ("en", {"text": "The Poltava city council met on Monday.", "places": ["Poltava"]}),
]
# fmt: on


@pytest.mark.parametrize(
    "lang,case", [case_param(lang, c, f"{lang}-{i}") for i, (lang, c) in enumerate(CASES)]
)
def test_elliptic_regions(lang: str, case: dict) -> None:
    assert place_texts(case["text"], lang) == case["places"]
