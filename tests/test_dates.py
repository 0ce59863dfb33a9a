"""dates: table-driven cases in uk / ru / en, resolution rules, and property tests."""

from __future__ import annotations

from datetime import date, timedelta
from functools import lru_cache

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep import registry
from sitrep.mentions.dates import find_dates, lexicon, resolve_day_month, resolve_weekday
from sitrep.pipeline import Pipeline, extract_doc


@lru_cache(maxsize=1)
def _pipe() -> Pipeline:
    return Pipeline.from_config(
        {"pipeline": {"components": ["normalize", "language", "segment", "dates"]}}
    )


def dates(text: str, published: str | None) -> list[tuple]:
    doc = extract_doc(text, published=published, pipeline=_pipe())
    out = []
    for m in doc.mentions_of("date"):
        assert doc.text[m.start : m.end] == m.text
        out.append((m.text, m.date.iso, m.date.precision, m.date.time))
    return out


# (text, published, [(span, iso, precision, time)])
UK = [
    ("16 грудня понад 3000 осіб вийшли на площу.", "2011-12-16",
     [("16 грудня", "2011-12-16", "day", None)]),
    ("Це сталося 16 грудня 2011 року в центрі міста.", "2012-03-01",
     [("16 грудня 2011 року", "2011-12-16", "day", None)]),
    ("Мітинг призначено на 16.12.2011.", None, [("16.12.2011", "2011-12-16", "day", None)]),
    ("У п'ятницю робітники знову зібралися.", "2011-12-16",
     [("У п'ятницю", "2011-12-16", "day", None)]),
    ("Вчора поліція затримала двох активістів.", "2020-05-04",
     [("Вчора", "2020-05-03", "day", None)]),
    ("Позавчора у місті зникло світло.", "2020-05-04", [("Позавчора", "2020-05-02", "day", None)]),
    ("Сьогодні вранці біля мерії було тихо.", "2020-05-04",
     [("Сьогодні вранці", "2020-05-04", "day", None)]),
    ("Протести почалися минулого тижня.", "2020-05-06",
     [("минулого тижня", "2020-04-27", "week", None)]),
    ("Штурм почався в ніч на суботу.", "2020-05-04", [("в ніч на суботу", "2020-05-02", "day", None)]),
    ("Страйк триває у грудні без перерви.", "2011-12-20", [("у грудні", "2011-12", "month", None)]),
    ("Завод закрили ще у 2009 році.", "2011-12-20", [("у 2009 році", "2009", "year", None)]),
    ("Колона рушила 16 грудня о 14:30 від вокзалу.", "2011-12-16",
     [("16 грудня о 14:30", "2011-12-16", "day", "14:30")]),
    ("Вибух пролунав 28 грудня.", "2012-01-03", [("28 грудня", "2011-12-28", "day", None)]),
    ("У ніч з п'ятниці на суботу сталася пожежа.", "2020-05-04",
     [("У ніч з п'ятниці на суботу", "2020-05-02", "day", None)]),
    ("Минулої п'ятниці в місті було спокійно.", "2020-05-08",
     [("Минулої п'ятниці", "2020-05-01", "day", None)]),
    ("Два дні тому на блокпосту стріляли.", "2020-05-04",
     [("Два дні тому", "2020-05-02", "day", None)]),
    ("У вівторок, 14 березня, люди вийшли на вулиці.", "2023-03-15",
     [("У вівторок, 14 березня", "2023-03-14", "day", None)]),
    ("Звіт оприлюднили 2011-12-16.", None, [("2011-12-16", "2011-12-16", "day", None)]),
]  # fmt: skip

RU = [
    ("16 декабря более трёх тысяч человек собрались на площади.", "2011-12-16",
     [("16 декабря", "2011-12-16", "day", None)]),
    ("Забастовка началась 16-го декабря 2011 года.", "2012-02-01",
     [("16-го декабря 2011 года", "2011-12-16", "day", None)]),
    ("В пятницу рабочие снова вышли к акимату.", "2011-12-17",
     [("В пятницу", "2011-12-16", "day", None)]),
    ("Вчера в 14:30 полиция открыла огонь.", "2011-12-17",
     [("Вчера в 14:30", "2011-12-16", "day", "14:30")]),
    ("Сегодня утром в городе отключили связь.", "2022-01-05",
     [("Сегодня утром", "2022-01-05", "day", None)]),
    ("Позавчера задержали журналиста.", "2022-01-05", [("Позавчера", "2022-01-03", "day", None)]),
    ("На прошлой неделе прошли обыски.", "2022-01-05",
     [("На прошлой неделе", "2021-12-27", "week", None)]),
    ("В ночь на субботу начался штурм.", "2022-01-10", [("В ночь на субботу", "2022-01-08", "day", None)]),
    ("В декабре протесты утихли.", "2022-01-10", [("В декабре", "2021-12", "month", None)]),
    ("Первые акции прошли в 2011 году.", "2022-01-10", [("в 2011 году", "2011", "year", None)]),
    ("Сообщение поступило 05.01.2022.", None, [("05.01.2022", "2022-01-05", "day", None)]),
    ("Неделю назад здесь стояли палатки.", "2022-01-12", [("Неделю назад", "2022-01-03", "week", None)]),
    ("Акция пройдет 16 декабря.", "2011-12-12", [("16 декабря", "2011-12-16", "day", None)]),
    ("В прошлую пятницу задержали 40 человек.", "2022-01-07",
     [("В прошлую пятницу", "2021-12-31", "day", None)]),
    ("Три дня назад в городе ввели комендантский час.", "2022-01-07",
     [("Три дня назад", "2022-01-04", "day", None)]),
    ("В среду, 5 января 2022 года, митинг разогнали.", "2022-01-06",
     [("В среду, 5 января 2022 года", "2022-01-05", "day", None)]),
    ("Это случилось в конце августа.", "2021-10-01", [("в конце августа", "2021-08", "month", None)]),
]  # fmt: skip

EN = [
    ("On December 16 police opened fire on strikers.", "2011-12-17",
     [("December 16", "2011-12-16", "day", None)]),
    ("The report is dated 16 Dec 2011.", None, [("16 Dec 2011", "2011-12-16", "day", None)]),
    ("The rally was held on Friday, December 16, 2011.", "2011-12-20",
     [("on Friday, December 16, 2011", "2011-12-16", "day", None)]),
    ("Police said on Friday that 12 people were hurt.", "2011-12-17",
     [("on Friday", "2011-12-16", "day", None)]),
    ("Yesterday at 2:30 pm troops entered the square.", "2011-12-17",
     [("Yesterday at 2:30 pm", "2011-12-16", "day", "14:30")]),
    ("Shops stayed closed today.", "2020-06-20", [("today", "2020-06-20", "day", None)]),
    ("This morning the bridge reopened.", "2020-06-20", [("This morning", "2020-06-20", "day", None)]),
    ("Clashes broke out last week near the port.", "2020-06-20",
     [("last week", "2020-06-08", "week", None)]),
    ("Fighting continued overnight into Saturday.", "2020-06-22",
     [("overnight into Saturday", "2020-06-20", "day", None)]),
    ("Wages have not been paid since December.", "2021-03-03", [("since December", "2020-12", "month", None)]),
    ("A similar strike ended in 2011.", "2021-03-03", [("in 2011", "2011", "year", None)]),
    ("Two days ago the governor resigned.", "2021-03-03", [("Two days ago", "2021-03-01", "day", None)]),
    ("The statement was issued on 2021-03-02.", None, [("2021-03-02", "2021-03-02", "day", None)]),
    ("Last Friday the union called a strike.", "2021-03-05",
     [("Last Friday", "2021-02-26", "day", None)]),
    ("Workers marched on March 3rd.", "2021-03-05", [("March 3rd", "2021-03-03", "day", None)]),
    ("The vote took place on the 16th of December 2019.", None,
     [("16th of December 2019", "2019-12-16", "day", None)]),
    ("Protests began in late December.", "2022-01-05", [("in late December", "2021-12", "month", None)]),
]  # fmt: skip


@pytest.mark.parametrize("text,published,expected", UK + RU + EN)
def test_dates_table(text, published, expected):
    assert dates(text, published) == expected


# things that must never become dates
NEGATIVE = [
    ("Понад 3000 осіб зібралися, 50 вбитих і 500 поранених.", "2011-12-16"),
    ("Йому 25 років, він живе на вул. Шевченка, 16.", "2011-12-16"),
    ("Постраждало 7-8 чоловік, ще 12 у лікарні.", "2011-12-16"),
    ("Зустріч о 14:30 скасували.", "2011-12-16"),
    ("У лютому бою загинули троє.", "2011-12-16"),
    ("Более 2000 человек вышли на улицы.", "2011-12-16"),
    ("В среде протестующих росло недовольство.", "2011-12-16"),
    ("Марта сказала, что уходит.", "2011-12-16"),
    ("Рост цен составил 12.5 процента.", "2011-12-16"),
    ("In 2000 people were evacuated from the coast.", "2011-12-16"),
    ("The 25-year-old was detained with 3 others at 10 Downing Street.", "2011-12-16"),
    ("Police may use force, he said.", "2011-12-16"),
    ("A march through the city center drew 400 people.", "2011-12-16"),
    ("Room 1205 on floor 12 was searched.", "2011-12-16"),
]


@pytest.mark.parametrize("text,published", NEGATIVE)
def test_not_dates(text, published):
    assert dates(text, published) == []


def test_no_publication_date():
    # relative expressions need a publication date; absolute ones do not
    assert dates("Вчора і 16 грудня 2011 року.", None) == [
        ("16 грудня 2011 року", "2011-12-16", "day", None)
    ]
    # a yearless date borrows the year stated elsewhere in the report, with lower confidence
    doc = extract_doc("Страйк почався у травні 2011 року. 16 грудня стріляли.", pipeline=_pipe())
    got = {m.text: (m.date.iso, m.confidence) for m in doc.mentions_of("date")}
    assert got["16 грудня"] == ("2011-12-16", 0.6)
    assert got["у травні 2011 року"][0] == "2011-05"
    # ... and is dropped when there is none
    assert dates("16 грудня стріляли.", None) == []


def test_relative_flag_and_norm():
    doc = extract_doc("Вчора і 16.12.2011.", published="2011-12-17", pipeline=_pipe())
    rel, absolute = doc.mentions_of("date")
    assert rel.date.relative and not absolute.date.relative
    assert absolute.norm == "2011-12-16"


def test_time_attaches_to_date_in_sentence():
    got = dates("16 грудня натовп зібрався, а о 14:30 почалася стрілянина.", "2011-12-16")
    assert got == [("16 грудня", "2011-12-16", "day", "14:30")]


def test_resolution_rules():
    pub = date(2011, 12, 16)
    assert resolve_day_month(16, 12, pub) == date(2011, 12, 16)
    assert resolve_day_month(20, 12, pub) == date(2011, 12, 20)  # within a week ahead
    assert resolve_day_month(25, 12, pub) == date(2010, 12, 25)  # prefer the past
    assert resolve_day_month(2, 1, date(2011, 12, 30)) == date(2012, 1, 2)
    assert resolve_day_month(29, 2, date(2013, 3, 1)) == date(2012, 2, 29)
    assert resolve_weekday(4, pub) == pub  # Friday on a Friday is that day
    assert resolve_weekday(4, pub, strict=True) == date(2011, 12, 9)
    assert resolve_weekday(5, pub) == date(2011, 12, 10)


def test_bad_config_is_a_clear_error():
    with pytest.raises(ValueError, match="future_days"):
        registry.make("dates", future_days=-3)


# ---------------------------------------------------------------- properties

_MONTHS = {
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
           "вересня", "жовтня", "листопада", "грудня"],
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}  # fmt: skip


def _formats(d: date) -> list[str]:
    uk, ru, en = (_MONTHS[k][d.month - 1] for k in ("uk", "ru", "en"))
    return [
        f"{d.day} {uk} {d.year} року",
        f"{d.day} {uk} {d.year} р.",
        f"{d.day}-го {ru} {d.year} года",
        f"{d.day} {ru} {d.year} г.",
        f"{en} {d.day}, {d.year}",
        f"{d.day} {en} {d.year}",
        f"{d.day} {en[:3]} {d.year}",
        f"{d.day:02d}.{d.month:02d}.{d.year}",
        d.isoformat(),
    ]


dates_st = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))


@settings(max_examples=150, deadline=None)
@given(d=dates_st, pub=st.none() | dates_st, k=st.integers(0, 8))
def test_absolute_dates_round_trip(d, pub, k):
    text = f"Подія: {_formats(d)[k]}. Кінець."
    hits = find_dates(text, pub)
    assert [(h.iso, h.precision) for h in hits] == [(d.isoformat(), "day")]


@settings(max_examples=150, deadline=None)
@given(d=dates_st, pub=dates_st, lang=st.sampled_from(["uk", "ru", "en"]))
def test_yearless_dates_prefer_the_past(d, pub, lang):
    m = _MONTHS[lang][d.month - 1]
    text = f"{m} {d.day} something" if lang == "en" else f"Це було {d.day} {m}."
    hits = find_dates(text, pub)
    if d.month == 2 and d.day == 29 and not hits:
        return  # no leap year within reach
    assert len(hits) == 1
    got = date.fromisoformat(hits[0].iso)
    assert (got.month, got.day) == (d.month, d.day)
    assert pub - timedelta(days=3 * 366) < got <= pub + timedelta(days=7)
    assert hits[0].relative


def _relative_phrases() -> list[str]:
    lex = lexicon()
    phrases = [p for p in lex.relative if lex.relative[p][0] == "day"]
    weekdays = ["у п'ятницю", "в понеділок", "минулої суботи", "в пятницу", "во вторник",
                "в прошлую среду", "on Friday", "last Sunday", "on Tuesday",
                "в ніч на суботу", "в ночь на воскресенье", "overnight into Monday",
                "два дні тому", "3 дня назад", "two days ago"]  # fmt: skip
    return phrases + weekdays


@settings(max_examples=200, deadline=None)
@given(pub=dates_st, phrase=st.sampled_from(_relative_phrases()))
def test_relative_expressions_never_far_in_the_future(pub, phrase):
    hits = find_dates(f"Сказали, що {phrase} все сталося.", pub)
    assert len(hits) == 1, phrase
    got = date.fromisoformat(hits[0].iso)
    assert got <= pub + timedelta(days=1)
    assert pub - timedelta(days=14) <= got


@settings(max_examples=150, deadline=None)
@given(
    n=st.integers(0, 10**7),
    tail=st.sampled_from(["", " осіб", " человек", " people", " killed", " р", " км", "%", ".5"]),
    lead=st.sampled_from(["", "близько ", "около ", "about ", "№ ", "вул. Лесі, "]),
)
def test_bare_numbers_never_become_dates(n, tail, lead):
    assert find_dates(f"{lead}{n}{tail}", date(2011, 12, 16)) == []
