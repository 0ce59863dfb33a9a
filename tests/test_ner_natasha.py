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
