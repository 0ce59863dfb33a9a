"""Scoring under a corpus's span convention (eval/conventions.py)."""

from __future__ import annotations

import json

import pytest

from helpers import run_cli
from sitrep.eval.conventions import ner_uk_nested_loc, ner_uk_org, to_convention


def _span(text: str, sub: str) -> tuple[int, int]:
    s = text.index(sub)
    return s, s + len(sub)


@pytest.mark.parametrize(
    "text,ours,theirs",
    [
        # legal form + quotes, spaced as in tokenized corpora
        (
            "Позов подало ТОВ « Зоряний млин » минулого тижня.",
            "Зоряний млин",
            "ТОВ « Зоряний млин »",
        ),
        # tight quotes
        ("Директор ПАТ «Морський порт» звільнився.", "Морський порт", "ПАТ «Морський порт»"),
        # a capitalized descriptor is part of the proper name, with its agreeing adjectives
        (
            "Гроші зібрав Міжнародний благодійний фонд «Сонячне коло».",
            "Сонячне коло",
            "Міжнародний благодійний фонд «Сонячне коло»",
        ),
        # a descriptor in lower case is not: the name alone, without quotes
        (
            "Гроші зібрав міжнародний благодійний фонд «Сонячне коло».",
            "Сонячне коло",
            "Сонячне коло",
        ),
        # Russian: descriptor in the genitive, lower case
        (
            "Сотрудники компании «Северный ветер» уволены.",
            "Северный ветер",
            "Северный ветер",
        ),
        # no quotes and no legal form: unchanged
        ("Заяву оприлюднило Міністерство оборони.", "Міністерство оборони", "Міністерство оборони"),
        # quotes without a descriptor: the name without them
        ("Як пише «Вечірня пошта», рейс скасували.", "Вечірня пошта", "Вечірня пошта"),
        # English legal form after is not a descriptor before; quotes kept out when absent
        ("Shares of Acme Holdings fell.", "Acme Holdings", "Acme Holdings"),
    ],
)
def test_ner_uk_org(text: str, ours: str, theirs: str) -> None:
    s, e = _span(text, ours)
    got = ner_uk_org(text, s, e, "ru" if "компании" in text else None)
    assert text[got[0] : got[1]] == theirs


def test_to_convention_moves_only_orgs() -> None:
    text = "Ольга Петренко очолює ТОВ «Ранок» у Львові."
    pred = {
        "entities": [
            {"start": 0, "end": 14, "label": "PER", "text": "Ольга Петренко"},
            {
                **dict(zip(("start", "end"), _span(text, "Ранок"), strict=True)),
                "label": "ORG",
                "text": "Ранок",
            },
            {
                **dict(zip(("start", "end"), _span(text, "Львові"), strict=True)),
                "label": "LOC",
                "text": "Львові",
            },
        ]
    }
    out = to_convention(pred, text, "ner-uk", "uk")
    assert [e["text"] for e in out["entities"]] == ["Ольга Петренко", "ТОВ «Ранок»", "Львові"]
    assert to_convention(pred, text, "ours") is pred
    assert to_convention(pred, text, None) is pred
    with pytest.raises(ValueError):
        to_convention(pred, text, "nope")


def test_eval_cli_scores_under_the_line_convention(tmp_path) -> None:
    text = "Рішення ухвалило ТОВ «Ранок» у Львові."
    s, e = _span(text, "ТОВ «Ранок»")
    line = {
        "id": "c-1",
        "lang": "uk",
        "convention": "ner-uk",
        "text": text,
        "gold": {"entities": [{"start": s, "end": e, "label": "ORG", "text": text[s:e]}]},
    }
    gold = tmp_path / "g.jsonl"
    gold.write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    auto = json.loads(run_cli("eval", str(gold), "--json", "-").stdout.decode())
    ours = json.loads(
        run_cli("eval", str(gold), "--json", "-", "--convention", "ours").stdout.decode()
    )
    assert auto["overall"]["entities"]["exact"]["ORG"]["recall"] == 1.0
    assert ours["overall"]["entities"]["exact"]["ORG"]["recall"] == 0.0
    bad = run_cli("eval", str(gold), "--convention", "nope")
    assert bad.returncode == 2


# NER-UK annotates only the outer name: a place right after a capitalized word inside a
# sentence has no LOC of its own ("Державного Герба України", "ЗС України")
NESTED = [
    ("Поле щита малого Державного Герба України покрито емаллю.", "України", True),
    ("Фахівці Тилу ЗС України підрахували втрати.", "України", True),
    ("Про це заявив президент України вчора.", "України", False),
    ("Вчора. Україна перемогла у фіналі.", "Україна", False),
    ("Міста Києва, Львова та Одеси.", "Львова", False),  # a list: punctuation between
    ("Київ прийняв гостей.", "Київ", False),
]


@pytest.mark.parametrize("text,word,nested", NESTED)
def test_ner_uk_nested_loc(text: str, word: str, nested: bool) -> None:
    start = text.index(word)
    assert ner_uk_nested_loc(text, start) is nested
    pred = {"entities": [{"start": start, "end": start + len(word), "label": "LOC"}]}
    kept = to_convention(pred, text, "ner-uk", "uk")["entities"]
    assert len(kept) == (0 if nested else 1)
    assert to_convention(pred, text, "ours", "uk")["entities"] == pred["entities"]
