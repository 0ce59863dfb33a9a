"""language and segment components, table-driven in the three languages."""

from __future__ import annotations

import pytest

from sitrep.lang import detect_lang, split_paras
from sitrep.pipeline import Pipeline, extract_doc
from sitrep.segment import analyze, split_sentences

LANG_CASES = [
    ("Поліція затримала двадцять учасників акції біля будівлі міської ради.", "uk"),
    ("У неділю в місті відключили мобільний зв'язок і інтернет.", "uk"),
    ("Їхні родичі досі чекають на відповідь від слідства.", "uk"),
    ("Полиция задержала двадцать участников акции у здания городской администрации.", "ru"),
    ("В субботу вечером в городе отключили мобильную связь и интернет.", "ru"),
    ("Это был уже третий подъезд, в который они зашли.", "ru"),
    ("Police detained twenty people outside the city council building.", "en"),
    ("Internet and phone lines were cut across the region on Sunday.", "en"),
]


@pytest.mark.parametrize("text,lang", LANG_CASES)
def test_detect_lang(text, lang):
    assert detect_lang(text) == lang


def test_mixed_language_paragraphs():
    text = (
        "Поліція затримала двадцять учасників акції біля будівлі міської ради у Львові.\n\n"
        "Witnesses told us that the police used batons against the crowd near the town hall.\n\n"
        "Очевидцы рассказали, что полиция применила дубинки против собравшихся у мэрии."
    )
    doc = extract_doc(
        text, pipeline=Pipeline.from_config({"pipeline": {"components": ["normalize", "language"]}})
    )
    assert [p.lang for p in doc.paras] == ["uk", "en", "ru"]
    assert doc.lang in ("uk", "en", "ru")


def test_split_paras_offsets():
    text = "\n\nFirst para.\n\n\nSecond para.\n"
    paras = split_paras(text)
    assert [text[p.start : p.end] for p in paras] == ["First para.", "Second para."]


SENT_CASES = [
    ("uk", "Мітинг почався о 10:00. Близько полудня прибула поліція! Чи є жертви? Невідомо.", 4),
    ("uk", "Зібралися на вул. Шевченка біля буд. 5. Потім рушили далі.", 2),
    ("ru", "Акция прошла на ул. Ленина, д. 5. Задержаны 12 человек.", 2),
    ("ru", "«Нас окружили», — сказал он. Связь пропала.", 2),
    ("en", "Mr. Smith said 12 were hurt. Dr. Lee disagreed.", 2),
    ("en", "They marched to St. Mary's square at 5 p.m. yesterday. Police watched.", 2),
]


@pytest.mark.parametrize("lang,text,n", SENT_CASES)
def test_sentences(lang, text, n):
    sents = split_sentences(text, 0, len(text), lang)
    assert len(sents) == n, [text[s:e] for s, e in sents]
    assert all(text[s:e].strip() == text[s:e] for s, e in sents)


LEMMA_CASES = [
    ("uk", "поранених", "поранений"),
    ("uk", "Казахстану", "казахстан"),
    ("uk", "п'ятдесяти", "п'ятдесят"),
    ("uk", "пʼятдесяти", "п'ятдесят"),  # U+02BC apostrophe
    ("uk", "п’ятдесяти", "п'ятдесят"),  # U+2019 apostrophe
    ("ru", "погибли", "погибнуть"),
    ("ru", "двадцати", "двадцать"),
    ("en", "protesters", "protester"),
    ("en", "killed", "kill"),
    ("en", "said", "say"),
]


@pytest.mark.parametrize("lang,word,lemma", LEMMA_CASES)
def test_lemmas(lang, word, lemma):
    assert analyze(word, lang)[0] == lemma


def test_tokens_keep_offsets():
    text = "За даними МВС, 7-8 осіб поранено; «Каражанбас» — 3 000 людей."
    doc = extract_doc(
        text,
        lang="uk",
        pipeline=Pipeline.from_config(
            {"pipeline": {"components": ["normalize", "language", "segment"]}}
        ),
    )
    for t in doc.tokens:
        assert doc.text[t.start : t.end] == t.text
    assert [t.text for t in doc.tokens][4:7] == ["7", "-", "8"]
