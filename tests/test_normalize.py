"""normalize: mojibake, Unicode clean-up, lost characters, markup stripping, metadata, offsets.

Sample sentences are written for these tests; mojibake is made here by
encoding and decoding them wrongly.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from sitrep.doc import Doc
from sitrep.normalize import normalize_text
from sitrep.registry import make

SEED = Path(__file__).resolve().parents[2] / "shared" / "gold" / "seed.jsonl"

UK = (
    "Увечері біля будівлі обласної адміністрації в Харкові зібралося близько двохсот людей. "
    "Поліція затримала п'ятьох учасників, серед них двох студентів."
)
RU = (
    "В среду у здания городского суда в Уральске собрались около ста человек, "
    "требовавших отпустить задержанного журналиста. Полиция оцепила площадь."
)
EN = "On Tuesday night about 400 residents marched to the governor's office in the old town."


def _doc(raw: str, content_type: str = "text") -> tuple[Doc, list]:
    n = normalize_text(raw, content_type)
    doc = Doc(raw=raw, text=n.text, offsets=n.offsets, content_type=content_type)
    return doc, n.flags


def _orig(doc: Doc, needle: str) -> str:
    i = doc.text.index(needle)
    s, e = doc.to_orig(i, i + len(needle))
    return doc.raw[s:e]


# ------------------------------------------------------------------ the seed


@pytest.fixture(scope="module")
def seed() -> dict:
    if not SEED.exists():
        pytest.skip("shared seed gold file not available")
    return json.loads(SEED.read_text("utf-8").splitlines()[0])


def test_seed_spans_map_back_to_gold(seed: dict) -> None:
    n = normalize_text(seed["text"], "markdown")
    doc = Doc(raw=seed["text"], text=n.text, offsets=n.offsets)
    i = doc.text.index("Dasha Bakay")
    assert doc.to_orig(i, i + 11) == [2304, 2315]
    i = doc.text.index("NewsMarket")
    assert doc.to_orig(i, i + 10) == [2319, 2329]
    lost = [f for f in n.flags if f.flag == "lost_characters"]
    assert len(lost) == 1
    assert doc.to_orig(*lost[0].span) == [515, 517]
    # every gold entity is in the normalized text and maps back to its gold span
    for ent in seed["gold"]["entities"]:
        i = n.offsets.index(ent["start"])
        assert doc.text[i : i + len(ent["text"])] == ent["text"]
        assert doc.to_orig(i, i + len(ent["text"])) == [ent["start"], ent["end"]]


def test_seed_markup_and_metadata(seed: dict) -> None:
    n = normalize_text(seed["text"], "markdown")
    assert n.text.rstrip().endswith("Відео сутичок .\n\nDasha Bakay, NewsMarket")
    assert "](#)" not in n.text and "*" not in n.text
    assert n.title == "В казахському Жанаозені щонайменше 50 вбитих і 500 поранених."
    assert (n.byline, n.outlet) == ("Dasha Bakay", "NewsMarket")
    assert "\n\n" in n.text and n.text.count("\n\n") >= 10


def test_component_sets_doc_fields(seed: dict) -> None:
    doc = Doc(raw=seed["text"], content_type="markdown")
    make("normalize")(doc)
    assert doc.byline == "Dasha Bakay" and doc.outlet == "NewsMarket"
    assert len(doc.offsets) == len(doc.text) + 1
    assert {f.flag for f in doc.flags} == {"markup_stripped", "lost_characters"}


# ------------------------------------------------------------------ mojibake


def _utf8_as(codec: str):
    return lambda t: t.encode("utf-8").decode(codec, errors="replace")


def _single(enc: str, dec: str):
    return lambda t: t.encode(enc).decode(dec, errors="replace")


@pytest.mark.parametrize("text", [UK, RU])
@pytest.mark.parametrize(
    ("how", "spoil"),
    [
        ("utf-8 read as cp1251", _utf8_as("cp1251")),
        ("utf-8 read as latin-1", _utf8_as("latin-1")),
        ("cp1251 read as latin-1", _single("cp1251", "latin-1")),
        ("cp1251 read as cp1252", _single("cp1251", "cp1252")),
        ("koi8 read as cp1251", _single("koi8_u", "cp1251")),
        ("cp1251 read as koi8", _single("cp1251", "koi8_u")),
        ("cp1125 read as cp1251", _single("cp1125", "cp1251")),
        ("cp1251 read as cp866", _single("cp1251", "cp866")),
    ],
)
def test_mojibake_is_repaired_and_flagged(text: str, how: str, spoil) -> None:
    broken = spoil(text)
    assert broken != text
    doc, flags = _doc(broken)
    assert doc.text == text, how
    assert [f.flag for f in flags] == ["encoding_repaired"]


def test_utf8_as_cp1251_offsets_are_exact() -> None:
    broken = RU.encode("utf-8").decode("cp1251")
    doc, _ = _doc(broken)
    for word in ("Уральске", "журналиста", "Полиция"):
        src = _orig(doc, word)
        # all but the last letter's second byte-char are covered by to_orig
        assert (src + broken[broken.index(src) + len(src)]).encode("cp1251").decode() == word


def test_latin_mojibake_goes_to_ftfy() -> None:
    good = "Police met protesters outside the café in München — no arrests, they said."
    broken = good.encode("utf-8").decode("cp1252")
    doc, flags = _doc(broken + "\n\nA second, clean paragraph.")
    assert doc.text.startswith(good)
    assert flags[0].flag == "encoding_repaired"
    assert _orig(doc, "clean paragraph") == "clean paragraph"


@pytest.mark.parametrize(
    "text",
    [
        UK,
        RU,
        EN,
        "Демонстранти дійшли до кафе «Résumé» на площі, а потім розійшлися.",
        "Les manifestants ont été reçus à la préfecture; façade endommagée.",
        "Grüße aus Köln: über 300 Menschen auf der Straße.",
        "ТЕРМІНОВО: У ХАРКОВІ ПРОЛУНАЛИ ВИБУХИ, ПОЛІЦІЯ ЗАТРИМАЛА ДВОХ ОСІБ",
        "СРОЧНО: В МОСКВЕ ЗАДЕРЖАНЫ ДЕСЯТКИ ЛЮДЕЙ У ЗДАНИЯ СУДА",
        "Компанія ОзеньМунайГаз та ТОВ «АвтоТрансСервіс» заявили про страйк.",
        "Table:\n┌────┬────┐\n│ a  │ b  │\n└────┴────┘",
        "№ 5, § 12, 20 °C, ±3, 5 € — цифри з протоколу.",
    ],
)
def test_clean_text_is_left_alone(text: str) -> None:
    doc, flags = _doc(text)
    assert doc.text == text
    assert flags == []


# ------------------------------------------------------------------ characters


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("зв’язок і м’ята", "зв'язок і м'ята"),
        ("обʼєднання, пʼять", "об'єднання, п'ять"),
        ("п`ять і сім´я", "п'ять і сім'я"),
        ("they don’t know", "they don't know"),
        ("‘цитата’ лишається", "‘цитата’ лишається"),  # quotes, not apostrophes
        ("сорок\u00a0осіб", "сорок осіб"),
        ("двісті\u202fлюдей\u2009тут", "двісті людей тут"),
        ("полі\u00adція", "поліція"),
        ("полі\u200bція\ufeff", "поліція"),
        ("a\r\nb\r\n\r\nc", "a\nb\n\nc"),
        ("a\rb", "a\nb"),
        ("перший\u2029другий", "перший\n\nдругий"),
        ("bell\x07 and esc\x1b[0m", "bell and esc[0m"),
        ("\u202eзмінений\u202c порядок", "змінений порядок"),
    ],
)
def test_character_cleanup(raw: str, expected: str) -> None:
    doc, _ = _doc(raw)
    assert doc.text == expected
    assert len(doc.offsets) == len(doc.text) + 1
    for i, ch in enumerate(doc.text):
        if ch.isalpha():
            assert doc.raw[doc.offsets[i]] == ch


def test_nfc_composes_and_maps_to_the_base_letter() -> None:
    raw = "Мешканці Ки\u0456\u0308вщини вийшли, один затримани\u0438\u0306."  # decomposed ї, й
    doc, _ = _doc(raw)
    assert doc.text == "Мешканці Київщини вийшли, один затриманий."
    i = doc.text.index("й.")
    assert doc.raw[doc.offsets[i]] == "и"
    assert doc.to_orig(i, i + 1)[0] == raw.index("и\u0306")
    assert _orig(doc, "Київщини") == "Ки\u0456\u0308вщини"


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("юрта, встановлена ??на площі", [[18, 20]]),
        ("Что случилось??", []),
        ("Хто це?!", []),
        ("Хто це?! Ніхто не знав.", []),
        ("What?? No way.", []),
        ("сло?о і ще сл??во", [[3, 4], [13, 15]]),
        ("ціна ?? грн", [[5, 7]]),
        ("??? ??? ?????", [[0, 3], [4, 7], [8, 13]]),
        ("see https://example.org/page?id=3 now", []),
        ("Это правда? Да.", []),
        ("втрачено \ufffd\ufffd символи", [[9, 11]]),
    ],
)
def test_lost_characters_are_flagged_never_dropped(text: str, spans: list) -> None:
    doc, flags = _doc(text)
    assert doc.text == text
    assert [f.span for f in flags if f.flag == "lost_characters"] == spans


# ------------------------------------------------------------------ Markdown


@pytest.mark.parametrize(
    ("md", "expected"),
    [
        ("# Протест у Харкові\n\nЛюди вийшли.", "Протест у Харкові\n\nЛюди вийшли."),
        ("## Заголовок ##\n\nтекст", "Заголовок\n\nтекст"),
        ("Title\n=====\n\nBody text.", "Title\n\nBody text."),
        ("Підзаголовок\n---\nтекст", "Підзаголовок\nтекст"),
        ("Дивіться [відео](https://x.org/a_b_c) тут.", "Дивіться відео тут."),
        ("Фото ![натовп](img/crowd.png) внизу.", "Фото  внизу."),
        (
            "**Поліція** затримала *трьох* і __двох__ _людей_.",
            "Поліція затримала трьох і двох людей.",
        ),
        ("***дуже*** ~~старе~~ `код`", "дуже старе код"),
        ("- перший\n- другий\n* третій", "перший\nдругий\nтретій"),
        ("> Цитата\n> продовження", "Цитата\nпродовження"),
        ("Текст<br>новий <b>жирний</b> рядок", "Текст\nновий жирний рядок"),
        ("AT&amp;T і &laquo;лапки&raquo;", "AT&T і «лапки»"),
        ("Зірочка \\*не\\* курсив", "Зірочка *не* курсив"),
        ("2*3*4 = 24, snake_case_name", "2*3*4 = 24, snake_case_name"),
        ("зв`язок і м`який", "зв'язок і м'який"),
        ("[ref]: http://x.org\n\nТекст [посилання][ref].", "\n\nТекст посилання."),
        ("```\nкод\n```\n\nДалі.", "\nкод\n\n\nДалі."),
        ("Line one\n\n---\n\nLine two", "Line one\n\n\n\nLine two"),
        ("<https://example.org> link", "https://example.org link"),
    ],
)
def test_markdown_is_stripped_with_offsets(md: str, expected: str) -> None:
    doc, flags = _doc(md, "markdown")
    assert doc.text == expected
    markup_changed = md.replace("`", "'") != expected  # in-word apostrophes are no markup
    assert ("markup_stripped" in {f.flag for f in flags}) == markup_changed
    offs = doc.offsets
    assert all(a <= b for a, b in zip(offs, offs[1:], strict=False))
    for i, ch in enumerate(doc.text):
        if ch.isalpha():
            assert doc.raw[offs[i]] == ch or doc.raw[offs[i]] == "&"


# ------------------------------------------------------------------ HTML

PAGE = """<!DOCTYPE html>
<html><head><title>Protest in Kharkiv | Daily Example</title>
<meta property="og:site_name" content="Daily Example">
<meta name="author" content="Jane Roe">
<style>p { color: red }</style>
<script>var s = "<p>not text</p>";</script></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Police detain 12 protesters in Kharkiv</h1>
<p>About 300 people gathered&nbsp;on Freedom Square. Police said &ldquo;order was
restored&rdquo; &amp; detained 12.</p>
<p>Witnesses said the crowd&#8217;s mood   changed after noon.<br>Two people were hurt.</p>
<div class="share-buttons">Share on Facebook</div>
</article><footer>&copy; Daily Example</footer></body></html>"""


def test_html_main_text_blocks_and_entities() -> None:
    doc, flags = _doc(PAGE, "html")
    assert doc.text == (
        "Police detain 12 protesters in Kharkiv\n\n"
        "About 300 people gathered on Freedom Square. Police said “order was restored” "
        "& detained 12.\n\n"
        "Witnesses said the crowd's mood changed after noon.\nTwo people were hurt."
    )
    assert _orig(doc, "Freedom Square") == "Freedom Square"
    assert _orig(doc, "“order") == "&ldquo;order"
    assert _orig(doc, "crowd's") == "crowd&#8217;s"
    assert {f.flag for f in flags} == {"markup_stripped"}


def test_html_metadata() -> None:
    n = normalize_text(PAGE, "html")
    assert n.title == "Police detain 12 protesters in Kharkiv"
    assert (n.byline, n.outlet) == ("Jane Roe", "Daily Example")
    # outlet from the byline element, else from the <title> suffix
    page = (
        "<html><head><title>Страйк у Кривому Розі — Рудний край</title></head><body>"
        "<h1>Страйк у Кривому Розі</h1><p class='byline'>Ігор Лис, «Гірник», 3 травня</p>"
        "<p>Гірники третій день не піднімаються на поверхню, вимагаючи виплатити борги.</p>"
    )
    n = normalize_text(page + "</body></html>", "html")
    assert (n.title, n.byline, n.outlet) == ("Страйк у Кривому Розі", "Ігор Лис", "Гірник")
    n = normalize_text(page.replace("class='byline'", "") + "</body></html>", "html")
    assert (n.byline, n.outlet) == ("Ігор Лис", "Рудний край")


@pytest.mark.parametrize(
    ("html", "text", "title", "byline"),
    [
        (
            "<html><head><meta property='og:title' content='Мітинг у Львові'></head><body>"
            "<main><p>Близько ста людей вийшли на площу Ринок у неділю ввечері.</p>"
            "<p class='author'>Автор: Олена Коваль</p></main></body></html>",
            "Близько ста людей вийшли на площу Ринок у неділю ввечері.\n\nАвтор: Олена Коваль",
            "Мітинг у Львові",
            "Олена Коваль",
        ),
        (
            "<div><p>Полиция задержала <b>семь</b> человек у здания суда в Уральске.</p>"
            "<p>По словам очевидцев, люди стояли молча.</p></div><p>By Ivan Petrov</p>",
            "Полиция задержала семь человек у здания суда в Уральске.\n\n"
            "По словам очевидцев, люди стояли молча.\n\nBy Ivan Petrov",
            None,
            "Ivan Petrov",
        ),
        (  # an unclosed <nav> must not hide the whole page
            "<body><nav>menu<p>Protesters blocked the road to the airport for three hours.</p>",
            "menu\n\nProtesters blocked the road to the airport for three hours.",
            None,
            None,
        ),
        (
            "<table><tr><td>Killed</td><td>3</td></tr></table><pre>a  b\n c</pre>",
            "Killed 3\n\na  b\n c",
            None,
            None,
        ),
    ],
)
def test_html_samples(html: str, text: str, title: str | None, byline: str | None) -> None:
    n = normalize_text(html, "html")
    assert n.text == text
    assert n.title == title
    assert n.byline == byline
    assert len(n.offsets) == len(n.text) + 1
    for i, ch in enumerate(n.text):
        if ch.isalpha():
            assert html[n.offsets[i]] == ch


# ------------------------------------------------------------------ metadata


@pytest.mark.parametrize(
    ("text", "ctype", "title", "byline", "outlet"),
    [
        (f"Протест у Харкові\n\n{UK}\n\n*Олена Коваль*, [Слобідські вісті](#)", "markdown",
         "Протест у Харкові", "Олена Коваль", "Слобідські вісті"),
        (f"{RU}\n\nАвтор: Ирина Смирнова (Уральская неделя)", "text",
         None, "Ирина Смирнова", "Уральская неделя"),
        (f"Marchers reach the governor's office\n\n{EN}\n\nBy Jane Roe, Example Post", "text",
         "Marchers reach the governor's office", "Jane Roe", "Example Post"),
        (f"# Страйк нафтовиків\n\n{UK}\n\nДжерело: Укрінформ", "markdown",
         "Страйк нафтовиків", None, "Укрінформ"),
        (f"{RU}\n\nИсточник: Интерфакс", "text", None, None, "Интерфакс"),
        (f"Reporting by Tom Ode\n\n{EN}\n\n{EN}", "text", None, "Tom Ode", None),
        (f"{UK}\n\nwww.example.org", "text", None, None, None),
        (f"# Raid on a market town\n\n**By Sam Okoro** | *Delta Courier* | 3 May 2021\n\n{EN}",
         "markdown", "Raid on a market town", "Sam Okoro", "Delta Courier"),
        (f"Марш у Вінниці\n\nМарина Ткач, «Вечірній Поділ», 5 травня 2020\n\n{UK}", "text",
         "Марш у Вінниці", "Марина Ткач", "Вечірній Поділ"),
        (f"{RU}\n\nИсточник — Пример-Инфо", "text", None, None, "Пример-Инфо"),
        (f"Харків, 8 березня. {UK}\n\n{UK}", "text", None, None, None),
    ],
)  # fmt: skip
def test_title_byline_outlet(text, ctype, title, byline, outlet) -> None:
    n = normalize_text(text, ctype)
    assert (n.title, n.byline, n.outlet) == (title, byline, outlet)
    if byline:
        assert byline in n.text  # kept in the text: names in bylines are entities


def test_max_chars_bounds_api_input() -> None:
    raw = "\n\n".join([UK, RU, EN] * 50)
    n = normalize_text(raw, "text", max_chars=2000)
    assert len(n.text) <= 2000 and raw.startswith(n.text)
    assert n.flags[0].flag == "truncated"


def test_bad_html_never_raises() -> None:
    for html in [
        "<",
        "<<<>>>",
        "<p",
        "</p></div>",
        "<!-- open",
        "<script>x",
        "&#99999999;",
        "<a href='",
    ]:
        n = normalize_text(html + " текст", "html")
        assert len(n.offsets) == len(n.text) + 1


# ------------------------------------------------------------------ property


def _check_map(raw: str, ctype: str) -> None:
    n = normalize_text(raw, ctype)
    offs = n.offsets
    assert len(offs) == len(n.text) + 1
    assert offs[-1] == len(raw)
    assert all(0 <= a <= b for a, b in zip(offs, offs[1:], strict=False))
    if any(f.flag == "encoding_repaired" for f in n.flags):
        return  # repaired letters come from other characters by design
    for i, ch in enumerate(n.text):
        if ch.isalpha():
            src = raw[offs[i]]
            if src == "&":  # an entity decoded in Markdown
                continue
            assert unicodedata.normalize("NFD", src)[0] == unicodedata.normalize("NFD", ch)[0]


_alphabet = st.sampled_from(
    list("абвгґдеєжзиіїйклмнопрстуфхцчшщьюяыэъёАБВЖЗІЇЄЁ abcxyzABC0123456789.,;:!?-\n'’ʼ`´")
    + ["\u00a0", "\u00ad", "\u200b", "\ufeff", "\r\n", "\r", "??", "\ufffd", "\u0306", "\u0308"]
    + ["*", "**", "_", "#", "# ", "> ", "- ", "[", "]", "(", ")", "](#)", "<b>", "</p>", "&amp;"]
    + ["`", "~~", "![", "\\", "Ð", "Ñ", "Р", "С", "љ", "°", "ê", "à", "┬", "\x07", "\u2029"]
)
_texts = st.lists(_alphabet, max_size=120).map("".join)


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_offsets_property_plain(raw: str) -> None:
    _check_map(raw, "text")


@settings(max_examples=300, deadline=None)
@given(_texts)
def test_offsets_property_markdown(raw: str) -> None:
    _check_map(raw, "markdown")


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_offsets_property_any_unicode(raw: str) -> None:
    _check_map(raw, "text")
    _check_map(raw, "markdown")
    n = normalize_text(raw, "html")
    assert len(n.offsets) == len(n.text) + 1
