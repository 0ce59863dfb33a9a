"""The claim rules' closed-class words load from resources/<lang>/claims_words.yaml intact."""

from __future__ import annotations

import pytest

from sitrep.claims import words


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


def test_entries_are_compared_forms() -> None:
    for name in ("PRONOUNS", "SOURCE_OPENERS", "NEGATORS", "EN_FUNCTION", "COUNT_AT"):
        for w in getattr(words, name):
            assert w == w.lower() and "ё" not in w, (name, w)
