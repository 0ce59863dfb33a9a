"""The claim rules' closed-class words load from resources/<lang>/claims_words.yaml intact."""

from __future__ import annotations

import re

import pytest

from sitrep.claims import words
from sitrep.resources import load_yaml

CYRILLIC = re.compile("[\u0400-\u052f]")


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        ("NEGATORS", "no"),  # YAML reads a bare no as False: the file must quote it
        ("EN_FUNCTION", "on"),
        ("CONJUNCTIONS", ","),  # punctuation from resources/common
        ("PRONOUNS", "він"),
        ("PRONOUNS", "который"),
        ("SOURCE_OPENERS", "еще"),
        ("NOT_HAVE", ("не", "має")),
        ("SUBSET_CUES", ("в", "том", "числе")),
        ("SUBSET_CUES", ("among", "whom")),
        ("SUBSET_CUES", ("—",)),
        ("ZERO_JOINERS", "чи"),
    ],
)
def test_word_is_loaded(name: str, entry) -> None:
    assert entry in getattr(words, name)


@pytest.mark.parametrize(("lang", "script"), [("uk", "cyrl"), ("ru", "cyrl"), ("en", "latn")])
def test_words_are_listed_under_their_language(lang: str, script: str) -> None:
    data = load_yaml(lang, "claims_words")
    assert data, f"resources/{lang}/claims_words.yaml is empty"
    for name, entries in data.items():
        for w in entries:
            cyrillic = bool(CYRILLIC.search(w))
            assert cyrillic == (script == "cyrl"), f"{lang}: {name}: {w!r}"
