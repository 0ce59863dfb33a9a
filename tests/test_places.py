"""places: gazetteer-backed, inflection-aware place mentions (uk, ru, en)."""

from __future__ import annotations

import json
import pickle
from pathlib import Path

import pytest

from sitrep.doc import Doc
from sitrep.gazetteer import (
    CACHE_FORMAT,
    GazetteerError,
    _load_cached,
    _save_cached,
    load_user_gazetteer,
    lookup,
)
from sitrep.gazetteer.keys import fold, query_stems, stem, words
from sitrep.pipeline import Pipeline

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "gazetteer.yaml"
SEED = ROOT.parent / "shared" / "gold" / "seed.jsonl"

COMPONENTS = ["normalize", "language", "segment", "places"]


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline.from_config({"pipeline": {"components": COMPONENTS}})


@pytest.fixture(scope="module")
def nlp_user() -> Pipeline:
    return Pipeline.from_config(
        {
            "pipeline": {"components": COMPONENTS},
            "components": {"places": {"user_gazetteer": str(EXAMPLE)}},
        }
    )


def places(nlp: Pipeline, text: str) -> dict[str, object]:
    doc = nlp(Doc(raw=text))
    return {m.text: m for m in doc.mentions if m.kind == "place"}


# (sentence, surface form, expected canonical name, expected country)
POSITIVE = [
    # Ukrainian: inflected cities, countries, regions, multi-word names
    ("У Харкові вночі пролунали вибухи.", "Харкові", "Kharkiv", "UA"),
    ("Мітинг у Львові зібрав дві тисячі людей.", "Львові", "Lviv", "UA"),
    ("Студенти вийшли на вулиці Одеси.", "Одеси", "Odesa", "UA"),
    ("Колона рушила з Києва ще вранці.", "Києва", "Kyiv", "UA"),
    ("У Кривому Розі затримали трьох активістів.", "Кривому Розі", "Kryvyy Rih", "UA"),
    ("Вибух стався у Донецьку біля ринку.", "Донецьку", "Donetsk", "UA"),
    ("Демонстранти зібралися у Тбілісі біля парламенту.", "Тбілісі", "Tbilisi", "GE"),
    ("У Бішкеку тривають протести.", "Бішкеку", "Bishkek", "KG"),
    ("Акція солідарності відбулася в Нью-Йорку.", "Нью-Йорку", "New York City", "US"),
    ("Сотні людей протестували в Празі.", "Празі", "Prague", "CZ"),
    ("Напад на блокпост стався у Харківській області.", "Харківській області", "Kharkiv", "UA"),
    ("На Херсонщині знову неспокійно.", "Херсонщині", "Kherson", "UA"),
    ("Влада Казахстану визнала загибель людей.", "Казахстану", "Kazakhstan", "KZ"),
    ("Посол прибув до Польщі.", "Польщі", "Poland", "PL"),
    ("Загинули мирні жителі Сирії.", "Сирії", "Syria", "SY"),
    ("В Москві затримали протестувальників.", "Москві", "Moscow", "RU"),
    ("Протести охопили Мангістауську область.", "Мангістауську область", "Mangystau", "KZ"),
    ("Обстріл Рівного тривав годину.", "Рівного", "Rivne", "UA"),
    ("Мер Полтави Олександр Мамай заявив про обстріл.", "Полтави", "Poltava", "UA"),
    # Russian
    ("В Киеве прошел митинг.", "Киеве", "Kyiv", "UA"),
    ("В Харькове прозвучали взрывы.", "Харькове", "Kharkiv", "UA"),
    ("Полиция задержала 40 человек в Москве.", "Москве", "Moscow", "RU"),
    ("Акция прошла в Санкт-Петербурге.", "Санкт-Петербурге", "Saint Petersburg", "RU"),
    ("Протесты прошли в Нижнем Новгороде.", "Нижнем Новгороде", "Nizhniy Novgorod", "RU"),
    ("В Ростове-на-Дону задержаны участники акции.", "Ростове-на-Дону", "Rostov-on-Don", "RU"),
    ("В Алматы прошли задержания.", "Алматы", "Almaty", "KZ"),
    ("Беспорядки в Жанаозене продолжались три дня.", "Жанаозене", "Zhanaozen", "KZ"),
    ("Власти Казахстана ввели чрезвычайное положение.", "Казахстана", "Kazakhstan", "KZ"),
    ("Жители Махачкалы вышли на митинг в Дагестане.", "Дагестане", "Dagestan", "RU"),
    ("Жители Махачкалы вышли на митинг.", "Махачкалы", "Makhachkala", "RU"),
    ("Беспилотник упал в Курской области.", "Курской области", "Kursk", "RU"),
    ("Май выдался тревожным для жителей Грозного.", "Грозного", "Grozny", "RU"),
    ("В Тбилиси полиция применила газ.", "Тбилиси", "Tbilisi", "GE"),
    ("Взрыв прогремел на окраине Шымкента.", "Шымкента", "Shymkent", "KZ"),
    ("Сторонники оппозиции собрались в Гомеле.", "Гомеле", "Homyel'", "BY"),
    ("Переговоры прошли в Турции.", "Турции", "Turkey", "TR"),
    ("Акции прошли в Казани, Уфе и Перми.", "Уфе", "Ufa", "RU"),
    ("Граница с Россией закрыта.", "Россией", "Russia", "RU"),
    # English
    ("Protesters clashed with police in Kyiv on Saturday.", "Kyiv", "Kyiv", "UA"),
    ("Riot police were deployed in Kiev overnight.", "Kiev", "Kyiv", "UA"),
    ("Kyiv's mayor said two people were injured.", "Kyiv", "Kyiv", "UA"),
    ("Police fired tear gas in Tbilisi, Georgia.", "Georgia", "Georgia", "GE"),
    ("The explosion hit a market in Donetsk.", "Donetsk", "Donetsk", "UA"),
    ("Riots broke out in Almaty and spread south.", "Almaty", "Almaty", "KZ"),
    ("Troops were deployed across the Kharkiv region.", "Kharkiv region", "Kharkiv", "UA"),
    ("Mobile networks were cut across Mangystau Region.", "Mangystau Region", "Mangystau", "KZ"),
    ("The strike began in Zhanaozen, Kazakhstan, in May.", "Zhanaozen", "Zhanaozen", "KZ"),
    ("The strike began in Zhanaozen, Kazakhstan, in May.", "Kazakhstan", "Kazakhstan", "KZ"),
    ("Thousands marched in Paris against the reform.", "Paris", "Paris", "FR"),
    ("Officials in Paris, Texas, said the storm killed two.", "Paris", "Paris", "US"),
    ("Hamas fighters attacked positions near Gaza City.", "Gaza City", "Gaza", "PS"),
    ("Shelling was reported in Mariupol and Zaporizhzhia.", "Mariupol", "Mariupol", "UA"),
    ("Clashes were reported in the village of Andriivka.", "Andriivka", None, "UA"),
    ("The ministry said the attack happened in Syria.", "Syria", "Syria", "SY"),
    ("A convoy left New York for Washington.", "New York", None, "US"),
    ("Sudanese troops clashed with rebels in Khartoum.", "Khartoum", "Khartoum", "SD"),
]


@pytest.mark.parametrize(("text", "surface", "name", "country"), POSITIVE)
def test_place_found(nlp, text, surface, name, country):
    found = places(nlp, text)
    assert surface in found, f"{surface!r} not found in {text!r}: {sorted(found)}"
    m = found[surface]
    assert m.place is not None
    assert m.place.country == country
    if name is not None:
        assert m.norm == name
    assert m.entity and m.entity.startswith("loc:")
    assert m.start >= 0 and m.end > m.start
    assert 0 < m.confidence <= 1


# (sentence, a capitalized word that must NOT become a place)
NEGATIVE = [
    ("Роза сказала, що все гаразд.", "Роза"),
    ("Травень видався спекотним.", "Травень"),
    ("Президент виступив у парламенті.", "Президент"),
    ("Надія Савченко виступила з заявою.", "Надія"),
    ("Олена Петренко повідомила про затримання.", "Олена"),
    ("Люди зібралися на площі. Площа була заповнена.", "Площа"),
    ("Того ж дня поліція затримала двох.", "Того"),
    ("Президент Володимир Зеленський виступив у Раді.", "Володимир"),
    ("Голова Дніпропетровської ОВА повідомив про вибух.", "Дніпропетровської"),
    ("Голова Дніпропетровської ОВА повідомив про вибух.", "ОВА"),
    ("ЗСУ відбили атаку.", "ЗСУ"),
    ("Вера и Надежда пришли на площадь.", "Надежда"),
    ("Мира Иванова рассказала о событиях.", "Иванова"),
    ("Май выдался тревожным.", "Май"),
    ("Того же дня журналистов задержали.", "Того"),
    ("Губернатор Донецкой области выступил.", "Донецкой"),
    ("Президент подписал указ.", "Президент"),
    ("Austin Tice was last seen in Damascus.", "Austin"),
    ("May was a difficult month for residents.", "May"),
    ("Reading the statement, the minister blamed the opposition.", "Reading"),
    ("Hamas fighters attacked the border post.", "Hamas"),
    ("Jordan Peterson spoke at the rally.", "Jordan"),
    ("A spokeswoman for Greater Manchester Police said three were held.", "Manchester"),
    ("Maria Evans said she heard gunshots.", "Evans"),
    ("Mobile networks were cut.", "Mobile"),
]


@pytest.mark.parametrize(("text", "word"), NEGATIVE)
def test_not_a_place(nlp, text, word):
    assert word not in places(nlp, text)


AMBIGUOUS = [
    # the same name, resolved by the country the report mentions
    ("Officials in Odessa, Texas, reported flooding.", "Odessa", "US"),
    ("Protesters gathered in Odessa, Ukraine, on Sunday.", "Odessa", "UA"),
    ("У Парижі, столиці Франції, пройшов марш.", "Парижі", "FR"),
    ("In the United States, Moscow is a small town in Idaho.", "Moscow", "RU"),
]


@pytest.mark.parametrize(("text", "surface", "country"), AMBIGUOUS)
def test_ambiguity_resolved_by_context(nlp, text, surface, country):
    found = places(nlp, text)
    assert surface in found
    assert found[surface].place.country == country


def test_same_place_one_entity(nlp):
    doc = nlp(
        Doc(
            raw="Протест почався у Жанаозені. Із Жанаозеня виїжджали автобуси. "
            "Місто Жанаозень заблоковане."
        )
    )
    ms = [m for m in doc.mentions if m.kind == "place"]
    assert [m.text for m in ms] == ["Жанаозені", "Жанаозеня", "Жанаозень"]
    assert {m.entity for m in ms} == {"loc:607610"}
    ents = [e for e in doc.entities if e.kind == "place"]
    assert len(ents) == 1 and ents[0].mentions == [m.id for m in ms]
    assert set(ents[0].variants) == {"Жанаозені", "Жанаозеня", "Жанаозень"}


def test_small_village_needs_evidence(nlp):
    # a village named like a common name is accepted after "село" only
    with_trigger = places(nlp, "Обстріл зачепив село Андріївка на Донеччині.")
    assert "Андріївка" in with_trigger
    assert with_trigger["Андріївка"].place.country == "UA"


def test_region_value(nlp):
    m = places(nlp, "Протести охопили Мангістауську область.")["Мангістауську область"]
    assert m.place.feature == "region"
    assert m.place.precision == "region"
    assert m.place.admin1 == "Mangystau"
    assert m.place.lat is not None and 40 < m.place.lat < 48


def test_country_value(nlp):
    m = places(nlp, "Влада Казахстану мовчить.")["Казахстану"]
    assert m.place.feature == "country"
    assert m.place.precision == "country"
    assert m.entity == "loc:1522867"
    assert m.place.lat is not None and 40 < m.place.lat < 55


def test_facility_after_noun(nlp):
    found = places(nlp, "Йде дим від будівлі готелю «Аруана» у центрі міста.")
    assert "Аруана" in found
    assert found["Аруана"].place.geonameid is None
    assert found["Аруана"].place.precision == "unknown"
    found = places(nlp, "Thousands gathered in Tahrir Square on Friday.")
    assert "Tahrir Square" in found


def test_spans_point_into_text(nlp):
    text = "Вибухи пролунали в Харкові та Києві, а також у Львові."
    doc = nlp(Doc(raw=text))
    for m in doc.mentions:
        assert doc.text[m.start : m.end] == m.text
        assert m.orig == [m.start, m.end]


def test_no_tokens_no_crash(nlp):
    assert places(nlp, "") == {}
    assert places(nlp, "12345 ... !!!") == {}
    assert places(nlp, "ЦЕ ЗАГОЛОВОК БЕЗ МІСТ") == {}


# ------------------------------------------------------------------ the seed


@pytest.fixture(scope="module")
def seed() -> dict:
    if not SEED.is_file():
        pytest.skip("shared/gold/seed.jsonl is not beside the repository")
    return json.loads(SEED.read_text("utf-8").splitlines()[0])


def test_seed_places(nlp_user, seed):
    doc = nlp_user(Doc(raw=seed["text"]))
    by_span = {(m.start, m.end): m for m in doc.mentions if m.kind == "place"}
    gold = [e for e in seed["gold"]["entities"] if e["label"] == "LOC"]
    for e in gold:
        if e.get("geonameid") or e.get("country"):
            assert (e["start"], e["end"]) in by_span, e["text"]
    zh = [m for m in by_span.values() if m.place.geonameid == 607610]
    assert len(zh) == 5
    z = zh[0].place
    assert z.country == "KZ" and z.admin1 == "Mangystau" and z.name == "Zhanaozen"
    assert abs(z.lat - seed["gold"]["lat"]) < 0.01 and abs(z.lon - seed["gold"]["lon"]) < 0.01
    almaty = by_span[(1391, 1397)]
    assert almaty.place.geonameid == 1526384
    kz = [m for m in by_span.values() if m.place.feature == "country"]
    assert {m.text for m in kz} == {"Казахстану"} and all(m.place.country == "KZ" for m in kz)
    kar = by_span[(1253, 1263)]
    assert kar.place.feature == "user" and kar.norm == "Karazhanbas oil field"
    # nothing that the gold calls a person or an organization
    for e in seed["gold"]["entities"]:
        if e["label"] != "LOC":
            assert (e["start"], e["end"]) not in by_span, e["text"]
    assert set(by_span) <= {(e["start"], e["end"]) for e in gold}


# ------------------------------------------------------------ the gazetteer


@pytest.mark.parametrize(
    ("name", "geonameid"),
    [
        ("Жанаозені", 607610),
        ("Жанаозеня", 607610),
        ("Жанаозень", 607610),
        ("Алмати", 1526384),
        ("Алматы", 1526384),
        ("Києві", 703448),
        ("Киеве", 703448),
        ("Kyiv", 703448),
        ("Kiev", 703448),
        ("Львові", 702550),
        ("Москві", 524901),
        ("Кривому Розі", 703845),
    ],
)
def test_lookup_inflected(name, geonameid):
    assert lookup(name)[0].geonameid == geonameid


def test_lookup_countries_in_cases():
    for form in ("Казахстан", "Казахстану", "Казахстана", "Казахстаном", "Kazakhstan"):
        assert lookup(form)[0].feature == "country", form
        assert lookup(form)[0].country == "KZ", form
    assert lookup("США")[0].country == "US"
    assert lookup("ОАЕ")[0].country == "AE"


@pytest.mark.parametrize(
    ("word", "expected"),
    [("Жанаозені", "жанаозен"), ("Москвою", "москв"), ("Донецьку", "донецьк"), ("Kyiv", "kyiv")],
)
def test_stem(word, expected):
    assert stem(fold(word)) == expected


def test_query_stems_mutation():
    assert "праг" in query_stems("празі")
    assert "рог" in query_stems("розі")


def test_words_split():
    assert words("Ростов-на-Дону") == ["ростов", "на", "дону"]
    assert words("St. Petersburg") == ["st", "petersburg"]
    assert words("Novyy Uzen’") == ["novyy", "uzen"]


def test_user_gazetteer_loads():
    idx = load_user_gazetteer(EXAMPLE)
    ids, _exact = idx.match(["каражанбасі"])
    assert ids and idx.place(ids[0]).country == "KZ"
    assert idx.place(ids[0]).feature == "user"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("places: 5", "expected a list"),
        ("- {names: [X]}", "'name' is required"),
        ("- {name: X, lat: north}", "'lat' must be a number"),
        ("- {name: X, lat: 95, lon: 0}", "out of range"),
        ("- {name: X, country: Kazakhstan}", "ISO 3166-1"),
        ("- {name: X, names: 7}", "'names' must be a list"),
        ("- [unclosed", "not valid YAML"),
    ],
)
def test_user_gazetteer_errors(tmp_path, content, message):
    p = tmp_path / "g.yaml"
    p.write_text(content, "utf-8")
    with pytest.raises(GazetteerError, match=message):
        load_user_gazetteer(p)


def test_user_gazetteer_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(ValueError, match="does not exist"):
        Pipeline.from_config(
            {
                "pipeline": {"components": COMPONENTS},
                "components": {"places": {"user_gazetteer": str(tmp_path / "nope.yaml")}},
            }
        )


def test_user_gazetteer_from_env(monkeypatch):
    monkeypatch.setenv("SITREP_GAZETTEER", str(EXAMPLE))
    nlp = Pipeline.from_config({"pipeline": {"components": COMPONENTS}})
    found = places(nlp, "Мітинг на Майдані Незалежності зібрав тисячі людей.")
    assert "Майдані Незалежності" in found
    assert found["Майдані Незалежності"].norm == "Maidan Nezalezhnosti"


def test_cache_roundtrip_and_corruption(tmp_path):
    path = tmp_path / "sub" / "gazetteer-test.pickle"
    state = {"format": CACHE_FORMAT, "records": [], "keys": {}}
    _save_cached(path, state)
    assert _load_cached(path) == state
    path.write_bytes(b"not a pickle")
    assert _load_cached(path) is None
    path.write_bytes(pickle.dumps({"format": -1}))
    assert _load_cached(path) is None


def test_cache_unwritable_dir_is_not_an_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    _save_cached(blocker / "gazetteer-x.pickle", {"format": CACHE_FORMAT})  # no raise
    assert not (blocker / "gazetteer-x.pickle").exists()
