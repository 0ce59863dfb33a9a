"""ner_natasha: the optional Russian model component, combined with the rules."""

from __future__ import annotations

import pytest

pytest.importorskip("natasha")

from sitrep.pipeline import Pipeline, extract, load_config  # noqa: E402
from sitrep.registry import PipelineError, make  # noqa: E402

CONFIG = "examples/pipeline-natasha.toml"


def _pipe() -> Pipeline:
    from pathlib import Path

    return Pipeline.from_config(load_config(Path(__file__).parent.parent / CONFIG))


@pytest.mark.parametrize(
    "text,kind,name",
    [
        (
            "Глава компании Дмитрий Ковальчук заявил журналистам о сокращениях.",
            "person",
            "Ковальчук",
        ),
        ("Об этом сообщил пресс-секретарь Арина Белоусова.", "person", "Белоусова"),
        ("Депутат Сергей Миронов выступил против закона.", "person", "Миронов"),
        ("Представители Лукойла отказались от комментариев.", "org", "Лукойла"),
    ],
)
def test_russian_names_found(text: str, kind: str, name: str) -> None:
    r = extract(text, lang="ru", pipeline=_pipe())
    got = [m.text for m in r.mentions if m.kind == kind]
    assert any(name in g for g in got), got


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian officials said Olena Kovalenko was detained in Kharkiv.",
        "Посадовці повідомили, що Олену Коваленко затримали в Харкові.",
    ],
)
def test_other_languages_untouched(text: str) -> None:
    lang = "en" if text.isascii() else "uk"
    plain = extract(text, lang=lang)
    with_model = extract(text, lang=lang, pipeline=_pipe())
    key = lambda r: sorted((m.kind, m.start, m.end) for m in r.mentions)  # noqa: E731
    assert key(plain) == key(with_model)


def test_rule_mentions_win_and_entities_stay_whole() -> None:
    text = "МВД России сообщило, что Анна Смирнова задержана в Москве. Лукойл молчит."
    plain = extract(text, lang="ru")
    r = extract(text, lang="ru", pipeline=_pipe())
    kinds = ("person", "org", "place")
    old = {(m.start, m.end) for m in plain.mentions if m.kind in kinds}
    new = {(m.start, m.end) for m in r.mentions if m.kind in kinds} - old
    assert old <= {(m.start, m.end) for m in r.mentions}
    # the model only fills gaps: nothing it adds overlaps a rule mention
    assert all(not (a < d and c < b) for a, b in new for c, d in old)
    ids = {m.id for m in r.mentions}
    assert all(set(e.mentions) <= ids and e.mentions for e in r.entities)


def test_config_is_checked() -> None:
    with pytest.raises(PipelineError):
        make("ner_natasha", labels=["PER"], bogus=1)


# --- the cheap combination: gap windows, the rules' vetoes, Latin glosses (issue 14) ---

from sitrep.mentions.ner.gaps import gap_windows  # noqa: E402
from sitrep.mentions.ner.vetoes import latin_gloss, trimmed_end  # noqa: E402
from sitrep.pipeline import extract_doc  # noqa: E402


def _windows(text: str, window: int = 3) -> list[str]:
    doc = extract_doc(text, published="2022-01-06", lang="ru")
    kinds = ("person", "org", "place", "date")
    taken = sorted((m.start, m.end) for m in doc.mentions if m.kind in kinds)
    return [doc.text[a:b] for a, b in gap_windows(doc, taken, window)]


@pytest.mark.parametrize(
    "text,expected",
    [
        # every name held by a rule, or capitalized only as the sentence's first word: nothing
        ("Президент Владимир Путин прилетел в Москву. Сегодня было тепло.", []),
        ("Об этом сообщили СМИ. Мы узнали об этом вечером.", []),
        # an unexplained name: the words around it, within its sentence
        ("Вчера ночью боевики внезапно атаковали Хушаб и быстро ушли в горы.",
         ["боевики внезапно атаковали Хушаб и быстро ушли"]),
        ("Об этом заявил Забиулла Муджахид. Погода была хорошей.",
         ["Об этом заявил Забиулла Муджахид."]),
    ],
)  # fmt: skip
def test_gap_windows(text: str, expected: list[str]) -> None:
    assert _windows(text) == expected


def test_gap_window_zero_is_the_sentence() -> None:
    text = "Пограничники задержали Сирила Вангрикена у самой границы страны. Было тихо."
    assert _windows(text, 0) == ["Пограничники задержали Сирила Вангрикена у самой границы страны."]


@pytest.mark.parametrize(
    "text,start,end,gloss",
    [
        ("Боевики Нинава (Ninawa) отступили", 8, 14, "Ninawa"),
        ("город Даммартен-ан-Гоэль (Dammartin-en-Goële) закрыт", 6, 24, "Dammartin-en-Goële"),
        ("заявил Сирил Вангрикен (Cyril Vangriecken).", 7, 22, "Cyril Vangriecken"),
        ("заявил Сирил Вангрикен (в интервью).", 7, 22, None),
        ("заявил Сирил Вангрикен (по-английски Cyril).", 7, 22, None),
    ],
)
def test_latin_gloss(text: str, start: int, end: int, gloss: str | None) -> None:
    got = latin_gloss(text, end, [])
    assert [text[a:b] for a, b in got] == ([gloss] if gloss else [])


def test_span_stops_before_a_gloss() -> None:
    text = "Нинава (Ninawa) отступили"
    assert text[: trimmed_end(text, 0, 15)] == "Нинава"


@pytest.mark.parametrize(
    "text,kind,absent,present",
    [
        # a country ending an honour's or a code's name, "СМИ", a common word first in its
        # sentence: no model mention, whatever the tagger says
        ("Ему присвоено звание Героя Украины. Так сообщает Иван Петров.", "place",
         "Украины", None),
        ("Дело возбуждено по статье 105 УК РФ, сообщил Иван Петров.", "place", "РФ", None),
        ("СМИ: Нападавшего на пост звали Евгений Манюров.", "person", "Нападавшего",
         "Евгений Манюров"),
        # the Latin spelling in brackets is the same name
        ("Пресс-секретарь талибов Забиулла Муджахид (Zabiullah Mujahid) заявил об атаке.",
         "person", None, "Zabiullah Mujahid"),
    ],
)  # fmt: skip
def test_combination_vetoes_and_glosses(text, kind, absent, present) -> None:
    r = extract(text, lang="ru", pipeline=_pipe())
    got = [m.text for m in r.mentions if m.kind == kind]
    if absent:
        assert absent not in got, got
    if present:
        assert present in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Вчера в городе Хушаб боевики напали на пост, заявил Забиулла Муджахид.",
        "Депутат Игорь Мосийчук ранен в Киеве, сообщает Эспрессо.",
    ],
)
def test_gaps_find_what_the_whole_text_finds(text: str) -> None:
    """The window around an unexplained word holds what the model finds there."""
    cfg = load_config(__import__("pathlib").Path(__file__).parent.parent / CONFIG)
    cfg["components"]["ner_natasha"]["scope"] = "all"
    whole = extract(text, lang="ru", pipeline=Pipeline.from_config(cfg))
    gaps = extract(text, lang="ru", pipeline=_pipe())
    key = lambda r: sorted((m.kind, m.start, m.end) for m in r.mentions)  # noqa: E731
    assert key(gaps) == key(whole)
