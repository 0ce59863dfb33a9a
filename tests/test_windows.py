"""Long texts are read in windows of paragraphs; near a window's edge nothing changes (issue 16)."""

from __future__ import annotations

import pytest

from sitrep.doc import Para
from sitrep.pipeline import Pipeline, default_config, extract_doc
from sitrep.registry import PipelineError
from sitrep.windows import plan, stage_bounds

# paragraphs written for this test: each holds figures, so wherever a window ends,
# figures, places and dates sit at its edge
PARAS = {
    "uk": [
        "У середу поліція затримала щонайменше 12 учасників мітингу у Львові. "
        "Мешканці району розповіли журналістам про тривалі перебої зі світлом.",
        "За даними лікарів, 7 людей отримали поранення під час сутичок біля адміністрації. "
        "Двох постраждалих госпіталізували до міської лікарні.",
        "Місцева влада повідомила, що загинули троє мирних жителів після обстрілу Харкова.",
        "Близько двохсот працівників заводу вийшли на страйк у Дніпрі в понеділок. "
        "Вони вимагають виплатити заборговану зарплату за пів року.",
    ],
    "ru": [
        "В четверг полиция задержала не менее 15 участников акции протеста в Казани. "
        "Жители соседних домов наблюдали за происходящим из окон.",
        "По словам врачей, пострадали 9 человек, двое из них в тяжелом состоянии.",
        "Около трехсот жителей собрались на площади в Екатеринбурге, требуя отставки мэра. "
        "Митинг продолжался почти три часа.",
        "Власти сообщили, что погибли четыре человека после взрыва на рынке в Самаре.",
    ],
    "en": [
        "Police arrested at least 25 demonstrators in central Nairobi on Tuesday. "
        "Witnesses said the crowd had gathered peacefully before noon.",
        "Hospital officials said 11 people were injured in the clashes near the parliament.",
        "About 2,000 workers marched through Lagos on Monday demanding unpaid wages. "
        "Union leaders promised further action next week.",
        "Three civilians were killed when shells hit a market in the north of Kharkiv.",
    ],
}
# a full name, then the surname alone in the next paragraph: linked only with context
NAMES = {
    "uk": (
        "Голова профспілки Олена Ковальчук заявила, що 5 активістів досі під вартою.",
        "Ковальчук додала, що адвокатів до затриманих не допускають.",
    ),
    "ru": (
        "Правозащитник Игорь Смирнов сообщил, что 6 задержанных отпустили.",
        "Смирнов добавил, что остальным грозят штрафы.",
    ),
    "en": (
        "Union leader Peter Okafor told reporters 8 organisers were still held by police.",
        "Mr Okafor said lawyers had not been allowed to see them.",
    ),
}
PUBLISHED = {"uk": "2024-03-14", "ru": "2024-03-15", "en": "2024-03-13"}


def _pipeline(window_chars: int, overlap: int = 300) -> Pipeline:
    cfg = default_config()
    cfg["pipeline"]["window_chars"] = window_chars
    cfg["pipeline"]["window_overlap"] = overlap
    return Pipeline.from_config(cfg)


def _text(lang: str, n: int = 10) -> str:
    """n paragraphs with figures, the full name, the surname alone, one more with figures."""
    paras = PARAS[lang]
    body = [paras[i % len(paras)] for i in range(n)]
    return "\n\n".join([*body, *NAMES[lang], paras[0]])


def _found(doc):
    mentions = sorted((m.kind, m.start, m.end, m.norm) for m in doc.mentions)
    claims = sorted(
        (c.kind, c.evidence.start, c.evidence.end, c.low, c.high, c.qualifier) for c in doc.claims
    )
    return mentions, claims


@pytest.mark.parametrize("lang", ["uk", "ru", "en"])
def test_windows_find_what_the_whole_text_finds(lang: str) -> None:
    """A text just over the window size: the same mentions and claims, at the same spans."""
    text = _text(lang)
    window = text.index(NAMES[lang][1]) - 2  # the first window ends after the full name
    whole = extract_doc(text, PUBLISHED[lang], pipeline=_pipeline(0))
    cut = extract_doc(text, PUBLISHED[lang], pipeline=_pipeline(window))
    cores = plan(cut.paras, len(cut.text), window, 300)
    assert len(cores) == 2 and len(text) - window < 250  # just over the window size
    edge = cores[0].core_end
    # figures right before and right after the edge between the two windows
    assert any(edge - 400 < c.evidence.end <= edge for c in whole.claims)
    assert any(edge <= c.evidence.start < edge + 400 for c in whole.claims)
    assert _found(cut) == _found(whole)
    # the surname after the edge is linked to the full name before it
    surname = [m for m in cut.mentions if m.kind == "person" and m.start >= edge]
    assert surname and surname[0].norm == next(
        m.norm for m in whole.mentions if m.start >= edge and m.kind == "person"
    )
    assert [(s.start, s.end) for s in cut.sents] == [(s.start, s.end) for s in whole.sents]
    assert [(t.start, t.sent) for t in cut.tokens] == [(t.start, t.sent) for t in whole.tokens]


@pytest.mark.parametrize("lang", ["uk", "ru", "en"])
def test_windows_keep_every_reference_whole(lang: str) -> None:
    """Small windows: every id a claim, an event or an entity names exists, once."""
    doc = extract_doc(_text(lang, 14), PUBLISHED[lang], pipeline=_pipeline(500, 150))
    ids = [m.id for m in doc.mentions]
    assert len(ids) == len(set(ids))
    known, claims = set(ids), {c.id for c in doc.claims}
    for c in doc.claims:
        assert {c.quantity, c.place, c.date} - {None} <= known
    for e in doc.entities:
        assert e.mentions and set(e.mentions) <= known
    for ev in doc.events:
        assert set(ev.claims) <= claims
        for a in (ev.actor1, ev.actor2):
            assert a is None or set(a.mentions) <= known
        assert ev.location is None or ev.location.mention in known | {None}
    assert doc.summary.event_types  # the summary codes the whole text
    spans = [(m.kind, m.start, m.end) for m in doc.mentions]
    assert len(spans) == len(set(spans))  # nothing found twice in an overlap


def test_short_texts_are_read_whole() -> None:
    text = _text("en", 3)
    a = extract_doc(text, PUBLISHED["en"], pipeline=_pipeline(len(text) + 1))
    b = extract_doc(text, PUBLISHED["en"], pipeline=_pipeline(0))
    assert [m.id for m in a.mentions] == [m.id for m in b.mentions]


def test_plan_tiles_the_text_with_whole_paragraphs() -> None:
    paras = [Para(i * 100, i * 100 + 90) for i in range(20)]
    windows = plan(paras, 2000, 450, 150)
    assert windows[0].core_start == 0 and windows[-1].core_end == 2000
    for a, b in zip(windows, windows[1:], strict=False):
        assert a.core_end == b.core_start  # the cores tile the text
    starts, ends = {p.start for p in paras}, {p.end for p in paras}
    for w in windows:
        assert w.start in starts and w.end in ends  # windows are whole paragraphs
        assert w.start <= w.core_start and w.core_end <= w.end + 10
        assert w.core_end - w.core_start <= 450 + 10
    inner = windows[1]
    assert inner.core_start - inner.start >= 150 and inner.end - (inner.core_end - 10) >= 150


def test_one_paragraph_longer_than_a_window_is_one_core() -> None:
    windows = plan([Para(0, 5000), Para(5002, 5100)], 5100, 1000, 100)
    assert [(w.core_start, w.core_end) for w in windows] == [(0, 5002), (5002, 5100)]


def test_stage_bounds() -> None:
    names = ["normalize", "language", "segment", "claims", "events", "summary"]
    assert stage_bounds(names) == (2, 5)
    assert stage_bounds(["segment", "claims"]) == (0, 2)


@pytest.mark.parametrize("value", [-1, "big", 1.5, True])
def test_window_settings_are_checked(value) -> None:
    cfg = default_config()
    cfg["pipeline"]["window_chars"] = value
    with pytest.raises(PipelineError, match="window_chars"):
        Pipeline.from_config(cfg)
