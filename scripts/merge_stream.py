#!/usr/bin/env python
"""A synthetic stream of short war reports for measuring merging through the extractor.

Few cities, many incidents over months, three languages (uk / ru / en versions of each item,
paraphrased), late updates ("the death toll rose to N", published days later) and
country-level digests. Every sentence is our own; cities and officials are in the forms
each language writes them. Writes a gold file (eval/GUIDE.md section 12.6: `gold.incident`)
that `sitrep eval FILE --incidents` scores with pairwise and B-cubed precision / recall:

    python scripts/merge_stream.py -n 120 -o out/stream.jsonl
    sitrep eval out/stream.jsonl --incidents
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import date, timedelta
from pathlib import Path

from sitrep.resources import load_list

# city: (uk locative, ru locative, en, official uk / ru / en: an invented name per city)
CITIES = {
    "kharkiv": ("Харкові", "Харькове", "Kharkiv", ("Ігор Савчук", "Игорь Савчук", "Ihor Savchuk")),
    "odesa": ("Одесі", "Одессе", "Odesa", ("Олег Мороз", "Олег Мороз", "Oleh Moroz")),
    "dnipro": ("Дніпрі", "Днепре", "Dnipro",
               ("Сергій Литвин", "Сергей Литвин", "Serhii Lytvyn")),
    "sumy": ("Сумах", "Сумах", "Sumy", ("Андрій Ткачук", "Андрей Ткачук", "Andrii Tkachuk")),
    "lviv": ("Львові", "Львове", "Lviv", ("Максим Гнатюк", "Максим Гнатюк", "Maksym Hnatiuk")),
    "zaporizhzhia": ("Запоріжжі", "Запорожье", "Zaporizhzhia",
                     ("Іван Федорук", "Иван Федорук", "Ivan Fedoruk")),
}  # fmt: skip

STRIKE = {
    "uk": [
        "У {loc} {day} внаслідок ракетного удару загинули {k} людей, ще {i} поранені. "
        "Про це повідомив голова обласної військової адміністрації {who}.",
        "Російська армія {day} атакувала дронами житловий квартал у {loc}. Загинули {k} "
        "людей, {i} отримали поранення, повідомив {who}.",
    ],
    "ru": [
        "В {loc} {day} в результате ракетного удара погибли {k} человек, еще {i} ранены. "
        "Об этом сообщил глава областной военной администрации {who}.",
        "Российская армия {day} атаковала дронами жилой квартал в {loc}. Погибли {k} "
        "человек, {i} получили ранения, сообщил {who}.",
    ],
    "en": [
        "A missile strike on {loc} on {day} killed {k} people and injured {i}, regional "
        "governor {who} said.",
        "Russian drones hit a residential block in {loc} on {day}. {k} people were killed "
        "and {i} were wounded, according to governor {who}.",
    ],
}
UPDATE = {
    "uk": "Кількість загиблих унаслідок удару {day} у {loc} зросла до {k}, повідомив {who}.",
    "ru": "Число погибших в результате удара {day} в {loc} выросло до {k}, сообщил {who}.",
    "en": "The death toll from the {day} strike on {loc} has risen to {k}, governor {who} said.",
}
PROTEST = {
    "uk": "У {loc} {day} близько {n} людей вийшли на мітинг проти закриття лікарні. "
    "Поліція затримала {a} учасників, повідомив {who}.",
    "ru": "В {loc} {day} около {n} человек вышли на митинг против закрытия больницы. "
    "Полиция задержала {a} участников, сообщил {who}.",
    "en": "About {n} people rallied in {loc} on {day} against the closure of a hospital. "
    "Police detained {a} protesters, {who} said.",
}
DIGEST = {
    "uk": "Уночі російські війська атакували ракетами та дронами кілька областей України, "
    "повідомили Повітряні сили.",
    "en": "Overnight Russian forces attacked several regions of Ukraine with missiles and "
    "drones, the air force said.",
}
LANGS = ("uk", "ru", "en")


def _day(d: date, lang: str) -> str:
    month = load_list(lang, "nc_months")[d.month - 1]
    return f"{d.day} {month.capitalize() if lang == 'en' else month}"


def stream(n_incidents: int, seed: int = 0) -> list[dict]:
    """Gold documents in publication order: several versions per item, updates, digests."""
    rnd = random.Random(seed)
    start = date(2023, 2, 1)
    free = {c: start for c in CITIES}
    docs: list[dict] = []
    for i in range(n_incidents):
        city = rnd.choice(sorted(CITIES))
        day = free[city] + timedelta(days=rnd.randint(1, 8))
        free[city] = day + timedelta(days=3)  # the next incident in this city: days later
        protest = rnd.random() < 0.25
        k, inj = rnd.randint(2, 19), rnd.randint(3, 60)
        n, arrested = rnd.randint(2, 30) * 100, rnd.randint(3, 40)
        versions = rnd.sample(LANGS, rnd.randint(1, 3))
        for lang in versions:
            loc = CITIES[city][LANGS.index(lang)]
            who = CITIES[city][3][LANGS.index(lang)]
            if protest:
                text = PROTEST[lang].format(loc=loc, day=_day(day, lang), n=n, a=arrested, who=who)
            else:
                text = rnd.choice(STRIKE[lang]).format(loc=loc, day=_day(day, lang), k=k,
                                                       i=inj, who=who)  # fmt: skip
            pub = day + timedelta(days=rnd.choice((0, 0, 0, 1)))
            docs.append(_doc(f"i{i:03d}-{lang}", lang, pub, text, f"inc{i:03d}"))
        if not protest and rnd.random() < 0.3:  # a late update, in one language
            lang = rnd.choice(LANGS)
            text = UPDATE[lang].format(day=_day(day, lang), loc=CITIES[city][LANGS.index(lang)],
                                       k=k + rnd.randint(1, 5),
                                       who=CITIES[city][3][LANGS.index(lang)])  # fmt: skip
            pub = day + timedelta(days=rnd.randint(2, 3))
            docs.append(_doc(f"i{i:03d}-update-{lang}", lang, pub, text, f"inc{i:03d}"))
        if rnd.random() < 0.1:  # a country-level digest: an incident of its own
            lang = rnd.choice(("uk", "en"))
            docs.append(_doc(f"d{i:03d}-{lang}", lang, day, DIGEST[lang], f"digest{i:03d}"))
    docs.sort(key=lambda d: (d["published"], d["id"]))
    return docs


def _doc(doc_id: str, lang: str, pub: date, text: str, incident: str) -> dict:
    return {
        "id": doc_id,
        "lang": lang,
        "published": pub.isoformat(),
        "text": text,
        "licence": "CC0 (synthetic, written for sitrep)",
        "url": f"https://example.org/stream/{doc_id}",
        "gold": {"incident": incident},
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-n", type=int, default=120, help="incidents (default 120)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("-o", "--out", type=Path, required=True, help="gold JSON Lines to write")
    a = ap.parse_args()
    docs = stream(a.n, a.seed)
    a.out.parent.mkdir(parents=True, exist_ok=True)
    a.out.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), "utf-8")
    print(f"{len(docs)} reports of {a.n} incidents -> {a.out}")


if __name__ == "__main__":
    main()
