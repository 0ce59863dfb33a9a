"""Doc helpers every component relies on: one answer for "which language is this?"."""

from __future__ import annotations

import pytest

from sitrep.doc import Doc, Para, Token
from sitrep.lexicon import lang_of

TEXT = "Перший абзац.\n\nSecond paragraph.\n\nТретій без мови."


def _doc(doc_lang: str | None = "uk") -> Doc:
    doc = Doc(raw=TEXT, lang=doc_lang)
    doc.paras = [Para(0, 13, "uk"), Para(15, 32, "en"), Para(34, 50, None)]
    return doc


@pytest.mark.parametrize(
    ("pos", "doc_lang", "expected"),
    [
        (0, "uk", "uk"),  # first character of a paragraph
        (12, "uk", "uk"),  # last character
        (13, "uk", "uk"),  # just after it, between paragraphs: the document's
        (14, "ru", "ru"),
        (15, "uk", "en"),  # the next paragraph starts
        (31, "uk", "en"),
        (32, "ru", "ru"),  # its end is not inside it
        (40, "ru", "ru"),  # a paragraph without a language follows the document
        (40, None, None),
        (99, "uk", "uk"),  # past the text
    ],
)
def test_lang_at(pos, doc_lang, expected):
    doc = _doc(doc_lang)
    assert doc.lang_at(pos) == expected
    assert lang_of(doc, pos) == (expected or "en")


def test_lang_at_without_paragraphs_is_the_documents():
    assert Doc(raw="x", lang="ru").lang_at(0) == "ru"


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (0, 6, (0, 1)),  # one whole token
        (0, 13, (0, 3)),  # several
        (2, 4, (0, 1)),  # inside a token
        (6, 7, (1, 1)),  # the space between two tokens: none
        (15, 21, (3, 4)),
    ],
)
def test_token_range(start, end, expected):
    doc = Doc(raw=TEXT)
    doc.tokens = [
        Token(0, 6, "Перший"),
        Token(7, 12, "абзац"),
        Token(12, 13, "."),
        Token(15, 21, "Second"),
    ]
    assert doc.token_range(start, end) == expected
