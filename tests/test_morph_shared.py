"""One dictionary look-up per word form: every component reads the shared parses.

A new word (one no cache has seen) in a report is parsed by pymorphy3 once, whichever
components (segment, places, persons, orgs, quantities) ask about it afterwards.
"""

from __future__ import annotations

from collections import Counter

import pytest

from sitrep.pipeline import extract_doc
from sitrep.segment import morph, word_parses

# new-looking names and words in each language: invented, so no earlier test cached them
CASES = [
    ("uk", "Вчора у селі Зарубинцівка поліція затримала Остапа Грицюківського та 12 людей."),
    ("uk", "Мешканці Новоколодязька повідомили, що Ярина Шепетюківна зникла безвісти."),
    ("ru", "Вчера в посёлке Заречнокаменск полиция задержала Остапа Грицюковского и 12 человек."),
    ("ru", "Жители Новоколодезянска сообщили, что Ярина Шепетюкова пропала без вести."),
]


@pytest.mark.parametrize("lang,text", CASES)
def test_each_word_form_is_parsed_once_per_process(lang, text, monkeypatch):
    analyzer = morph(lang)
    calls: Counter[str] = Counter()
    real_parse = analyzer.parse

    depth = [0]

    def counting(word):
        # pymorphy3 parses the parts of a hyphenated word through the same method: count
        # only the look-ups sitrep asks for, not the analyzer's own recursion
        if depth[0] == 0:
            calls[word] += 1
        depth[0] += 1
        try:
            return real_parse(word)
        finally:
            depth[0] -= 1

    monkeypatch.setattr(analyzer, "parse", counting)
    word_parses.cache_clear()
    from sitrep.segment import analyze

    analyze.cache_clear()
    doc = extract_doc(text, "2022-03-01", lang)
    assert doc.tokens and calls, "the pipeline should have parsed the new words"
    twice = {w: n for w, n in calls.items() if n > 1}
    assert not twice, f"parsed more than once: {twice}"


def test_shared_parses_are_the_analyzer_parses_best_first():
    got = word_parses("Києві", "uk")
    assert got and got is word_parses("Києві", "uk")  # the same cached tuple
    assert [p.normal_form for p in got] == [p.normal_form for p in morph("uk").parse("Києві")]
    assert word_parses.cache_info().maxsize is not None  # bounded
