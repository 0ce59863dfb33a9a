"""Synthetic reports for the crash / concurrency tests and scripts/bench_ingest.py.

Sentences (our own words, in uk / ru / en) are recombined with varying places,
dates and figures, so every record is distinct and about as long as asked.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

from sitrep.resources import load_list

_PLACES = {
    "uk": ["Актобе", "Оші", "Кутаїсі", "Атирау", "Бішкеку", "Батумі", "Шимкенті", "Жанаозені"],
    "ru": ["Актобе", "Оше", "Кутаиси", "Атырау", "Бишкеке", "Батуми", "Шымкенте", "Жанаозене"],
    "en": ["Aktobe", "Osh", "Kutaisi", "Atyrau", "Bishkek", "Batumi", "Shymkent", "Zhanaozen"],
}
_SENTENCES = {
    "uk": [
        "У {place} {day} зібралися близько {n} людей на мітинг біля адміністрації.",
        "За даними місцевих активістів, поліція затримала {k} учасників акції.",
        "Очевидці повідомляють про {k} поранених, офіційних даних поки немає.",
        "Міська влада закликала мешканців не виходити на вулиці ввечері.",
        "Мобільний зв'язок у центрі міста працює з перебоями.",
        "За непідтвердженою інформацією, загинули {m} осіб.",
        "Страйкарі вимагають підвищення зарплат і повернення премій.",
        "До площі стягнуто додаткові підрозділи поліції.",
        "Журналістів не пускають до лікарні, де перебувають постраждалі.",
        "Представник прокуратури заявив, що розпочато кримінальне провадження.",
    ],
    "ru": [
        "В {place} {day} на площади собрались около {n} человек.",
        "По данным правозащитников, задержаны {k} участников акции.",
        "Министерство здравоохранения сообщило о {k} пострадавших.",
        "Городские власти призвали жителей сохранять спокойствие.",
        "В центре города перебои с мобильным интернетом.",
        "По неподтвержденным данным, погибли {m} человек.",
        "Рабочие требуют повышения зарплаты и отмены сокращений.",
        "К площади стянуты дополнительные силы полиции.",
        "Журналистов не пускают в больницу, где находятся пострадавшие.",
        "Прокуратура возбудила уголовное дело по факту беспорядков.",
    ],
    "en": [
        "About {n} people gathered in {place} on {day} outside the city administration.",
        "Local activists said police detained {k} protesters.",
        "Witnesses reported {k} people injured; there are no official figures yet.",
        "City authorities urged residents to stay at home in the evening.",
        "Mobile internet in the city centre was patchy.",
        "Unconfirmed reports say {m} people were killed.",
        "The strikers demand higher wages and the return of bonuses.",
        "Additional police units were brought to the square.",
        "Journalists were not allowed into the hospital where the injured are treated.",
        "Prosecutors said a criminal case had been opened.",
    ],
}


def _month(lang: str, month: int) -> str:
    """Month name as a date is written in `lang` (genitive in uk/ru), from the shared lexicon."""
    name = load_list(lang, "nc_months")[month - 1]
    return name.capitalize() if lang == "en" else name


_OUTLETS = ["Steppe Herald", "Вечерний город", "Новини Сходу", "Caspian Monitor", "Regional Digest"]


def generate(n: int, *, seed: int = 0, size: int = 3000) -> Iterator[dict[str, Any]]:
    """n distinct JSON Lines records (text, published, url, title, outlet) of ~`size` chars."""
    rng = random.Random(seed)
    start = datetime(2025, 1, 1, 8, 0)
    for i in range(n):
        lang = ("uk", "ru", "en")[i % 3]
        place = rng.choice(_PLACES[lang])
        when = start + timedelta(hours=rng.randrange(0, 24 * 365))
        day = (
            f"{when.day} {_month(lang, when.month)}"
            if lang != "en"
            else f"{when.day} {_month('en', when.month)}"
        )
        title = f"#{i} {place}: {day}"
        paras: list[str] = [title]
        length = len(title)
        while length < size:
            sents = rng.sample(_SENTENCES[lang], 3)
            para = " ".join(
                s.format(
                    place=place,
                    day=day,
                    n=rng.randrange(100, 5000),
                    k=rng.randrange(2, 90),
                    m=rng.randrange(1, 30),
                )
                for s in sents
            )
            paras.append(para)
            length += len(para) + 2
        yield {
            "text": "\n\n".join(paras),
            "published": (when + timedelta(hours=rng.randrange(1, 30))).isoformat() + "+00:00",
            "url": f"https://example.org/synthetic/{seed}/{i}",
            "title": title,
            "outlet": rng.choice(_OUTLETS),
        }
