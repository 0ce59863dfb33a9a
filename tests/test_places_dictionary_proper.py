"""A capitalized uk word right after a preposition of place that the dictionary reads only
as an inanimate proper noun is a place the gazetteer lacks ("у Трахтемирові", "біля
Куземина"; places/unlisted._by_dictionary, words.uk_proper_inanimate); not a person's
surname, a common noun, an organization of the lexicon, or a word opening a longer name.
Russian and English have no such cue (the ru dictionary tags toponyms itself). Sentences
written for the rule."""

from __future__ import annotations

import pytest

from helpers import case_param, place_texts

# fmt: off
CASES = [
    ("uk", {"text": "Він народився у Трахтемирові над Дніпром.",
            "places": ["Трахтемирові", "Дніпром"]}),
    ("uk", {"text": "Відпочивальники зупинилися біля Куземина.", "places": ["Куземина"]}),
    ("uk", {"text": "Родина переїхала до Львова з Сілезії.", "places": ["Львова", "Сілезії"]}),
    ("uk", {"text": "Він працює в Нафтогазі вже рік.", "places": []}),
    ("uk", {"text": "Питання розглянули у Київраді вчора.", "places": []}),
    ("uk", {"text": "Лист прийшов від Петренка.", "places": []}),
    ("uk", {"text": "Засідання відбулося в Парламенті.", "places": []}),
    ("uk", {"text": "Вона довго жила у Петренкові в гостях.", "places": []}),
    ("ru", {"text": "Он родился в Трахтемирове над Днепром.", "places": ["Днепром"]}),
    ("en", {"text": "He was born in Trakhtemyriv on the Dnipro.", "places": ["Dnipro"]}),
]
# fmt: on


@pytest.mark.parametrize(
    "lang,case", [case_param(lang, c, f"{lang}-{i}") for i, (lang, c) in enumerate(CASES)]
)
def test_dictionary_proper_nouns(lang: str, case: dict) -> None:
    assert place_texts(case["text"], lang) == case["places"]
