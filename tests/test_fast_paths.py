"""The shortcuts taken for speed (issue 19) give what the long way gives.

Each fast path is checked against the plain computation it replaces, on texts written for
it in uk, ru and en, including the cases where the shortcut must not apply (a paragraph in
another language, a word that two languages analyse differently, an English possessive).
"""

from __future__ import annotations

import pytest

from sitrep.doc import Doc, Para
from sitrep.lang import detect_lang_strength
from sitrep.lexicon import key, token_keys
from sitrep.names.tokens import name_tokens
from sitrep.pipeline import extract_doc
from sitrep.segment import analyze


def _slow_lang_at(doc: Doc, pos: int) -> str | None:
    """Doc.lang_at as a plain scan of the paragraphs (the rule it implements)."""
    for p in doc.paras:
        if pos < p.end:
            return (p.lang or doc.lang) if pos >= p.start else doc.lang
    return doc.lang


PARA_CASES = [
    # (paragraph languages, document language)
    (["uk", "uk", "uk"], "uk"),
    (["ru", None, "ru"], "ru"),
    (["en"], "en"),
    (["uk", "ru", "uk"], "uk"),  # a quoted Russian paragraph in a Ukrainian report
    (["en", "uk"], "en"),
    ([None, None], None),
    (["ru", "en", "en"], "ru"),
]


@pytest.mark.parametrize("langs,doc_lang", PARA_CASES)
def test_lang_at_equals_the_paragraph_scan_at_every_position(langs, doc_lang):
    text = "\n\n".join("слово word " * 3 for _ in langs)
    doc = Doc(raw=text, lang=doc_lang)
    pos, paras = 0, []
    for lang in langs:
        paras.append(Para(pos, pos + 30, lang))
        pos += 32
    doc.paras = paras
    for i in range(len(text) + 2):
        assert doc.lang_at(i) == _slow_lang_at(doc, i), i


def test_lang_at_follows_new_paragraphs_and_a_new_document_language():
    doc = Doc(raw="a" * 40, lang="uk")
    doc.paras = [Para(0, 10, "uk"), Para(12, 40, "uk")]
    assert doc.lang_at(20) == "uk"
    doc.paras = [Para(0, 10, "uk"), Para(12, 40, "ru")]  # a new list: asked again
    assert doc.lang_at(20) == "ru"
    doc.lang = "en"
    assert doc.lang_at(11) == "en"  # between paragraphs: the document's language


SEGMENT_CASES = [
    ("uk", "Поліція затримала 12 людей у Києві. Поліція повідомила, що люди були у Києві."),
    ("ru", "Полиция задержала 12 человек в Москве. Полиция сообщила, что люди были в Москве."),
    ("en", "Police detained 12 people in London. Police said the people were in London."),
    # the same word forms in a Ukrainian and a Russian paragraph: each keeps its language
    ("uk", "Війна триває вже рік, сказала вона.\n\nВойна длится уже год, сказала она."),
    ("ru", "Мы видели мост и село.\n\nМи бачили міст і село, кажуть вони."),
]


@pytest.mark.parametrize("lang,text", SEGMENT_CASES)
def test_segment_tokens_carry_each_words_own_analysis(lang, text):
    doc = extract_doc(text, "2023-05-01", lang)
    assert doc.tokens
    for t in doc.tokens:
        tl = doc.lang_at(t.start) or "en"
        if t.text[0].isalpha():
            want = analyze(t.text, "en" if t.text.isascii() else tl)
        else:
            want = (t.text, frozenset())
        assert (t.lemma, t.tags) == want, t.text


@pytest.mark.parametrize(
    "word,lemma",
    [("Києві", "київ"), ("Ёлки", "ёлка"), ("п’ятеро", "п'ятеро"), ("Police", "police"), ("7", "7")],
)
def test_token_keys_are_the_keys_of_lemma_and_word(word, lemma):
    from sitrep.doc import Token

    tok = Token(0, len(word), word, lemma)
    assert token_keys(tok) == (key(lemma), key(word))
    assert token_keys(tok) == token_keys(Token(5, 5 + len(word), word, lemma))


@pytest.mark.parametrize(
    "text,cut",
    [
        ("Ukraine's army said NATO's summit would meet.", {"Ukraine", "NATO"}),
        ("Kyiv’s mayor spoke.", {"Kyiv"}),
        ("The mayor spoke to reporters in Kyiv.", set()),
        ("Мер Києва сказав, що це не так.", set()),
        ("it's a dog's life", set()),  # lower case: no name, nothing cut
    ],
)
def test_name_tokens_cut_possessives_only_where_there_are_some(text, cut):
    doc = extract_doc(text, "2023-05-01", None)
    got = {t.text for t in name_tokens(doc)} - {t.text for t in doc.tokens}
    assert got == cut
    if not cut:
        assert name_tokens(doc) is doc.tokens


@pytest.mark.parametrize(
    "text,lang,sure",
    [
        ("Поліція затримала людей у Києві, їх відпустили.", "uk", True),
        ("Полиция задержала людей в Москве, их выпустили.", "ru", True),
        ("Police detained people in London and released them.", "en", True),
        ("Мама мыла раму", "ru", True),
        ("Мама мила раму", "uk|ru", False),  # no letter only one of uk/ru has: the model guesses
        ("", None, False),
    ],
)
def test_language_votes_counted_once_give_the_same_answer(text, lang, sure):
    got, got_sure = detect_lang_strength(text)
    assert got_sure is sure
    assert got == lang or (lang and got in lang.split("|"))


# --- second round (issue 19, memory and places): word caches and facility glosses

KEY_CASES = [
    ("uk", "Рятувальники п’ятеро разів виїжджали до Ялти. Ще раз: рятувальники виїжджали."),
    ("ru", "Ёлки вывезли из Орла. Елки вывезли 3 раза, сообщили в МЧС."),
    ("en", "Rescuers' trucks left Kyiv's centre twice. The rescuers left again."),
]


@pytest.mark.parametrize("lang,text", KEY_CASES)
def test_doc_keys_are_each_tokens_keys(lang, text):
    from sitrep.lexicon import doc_keys

    doc = extract_doc(text, "2023-05-01", lang)
    assert doc.tokens
    doc.user.pop("_keys", None)
    assert doc_keys(doc) == [token_keys(t) for t in doc.tokens]


@pytest.mark.parametrize(
    "word", ["Києві", "п’ятеро", "О'Коннор", "Kyiv’s", "Львів", "rock`n`roll", "", "12"]
)
def test_unify_apostrophes_copies_only_what_it_changes(word):
    from sitrep.normalize.chars import _APOS_TR, unify_apostrophes

    assert unify_apostrophes(word) == word.translate(_APOS_TR)
    if word == word.translate(_APOS_TR):
        assert unify_apostrophes(word) is word


@pytest.mark.parametrize(
    "lang,word", [("uk", "селі"), ("uk", "районі"), ("ru", "районе"), ("ru", "улицы")]
)
def test_shared_grammemes_are_the_tags_own(lang, word):
    from sitrep.segment import morph, word_parses

    p = word_parses(word, lang)[0]
    assert analyze(word, lang)[1] == frozenset(p.tag.grammemes)
    q = morph(lang).parse(word)[0]  # another Parse with the same tag: the same set
    assert analyze(word, lang)[1] is analyze(word, lang)[1]
    assert frozenset(q.tag.grammemes) == analyze(word, lang)[1]


FACILITY_CASES = [
    ("uk", "Вибух стався на вул. Шкільна у селі Іванівка Бориспільського району."),
    ("uk", "Обстріл пошкодив готель «Аруана» і площу Свободи, повідомили у Львові."),
    ("uk", "Вони жили в селі. Район був тихий, а вулиця порожня."),  # nouns, no names
    ("ru", "Взрыв произошёл на ул. Ленина в селе Петровка Перевальского района."),
    ("ru", "Горняки шахты «Заря» вышли на поверхность, сообщили в Донецке."),
    ("ru", "Мы шли по улице. Село было пустым, район тоже."),  # nouns, no names
    ("en", "Protesters gathered in Tahrir Square and outside Hotel Aruana in Cairo."),
    ("en", "The Karazhanbas oil field was shut; the square was empty."),
]


@pytest.mark.parametrize("lang,text", FACILITY_CASES)
def test_facilities_skip_of_inert_words_finds_what_the_long_way_finds(lang, text, monkeypatch):
    from sitrep.mentions.places import facilities

    def places(doc):
        return [(m.start, m.end, m.text) for m in doc.mentions if m.kind == "place"]

    fast = places(extract_doc(text, "2023-05-01", lang))
    fast_again = places(extract_doc(text, "2023-05-01", lang))  # memo warm
    # the long way: no word is ever inert, every token goes through every test
    monkeypatch.setattr(facilities, "_INERT", object())
    slow = places(extract_doc(text, "2023-05-01", lang))
    assert fast == fast_again == slow


@pytest.mark.parametrize(
    "word", ["київ", "Києві", "ёлка", "Ёлки", "п’ятеро", "police", "Police", "O’Brien", "7"]
)
def test_key_memo_keeps_the_word_itself_when_it_is_its_own_key(word):
    from sitrep import lexicon
    from sitrep.lang.letters import unify_letters
    from sitrep.normalize.chars import unify_apostrophes

    lexicon._KEYS.pop(word, None)  # as if first seen here
    want = unify_apostrophes(unify_letters(word.lower()))
    assert key(word) == want and key(word) == want  # first call and memo hit
    if want == word:
        assert key(word) is word
