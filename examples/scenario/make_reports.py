"""Writes reports.jsonl: the fictional scenario reports (our own words) used in tests and docs."""

import json
from pathlib import Path

REPORTS = [
    # --- incident A: Aktobe, Kazakhstan, 14 March 2025 (fictional) ---------------------
    {
        "id": "a1-uk",
        "published": "2025-03-14T11:20:00+05:00",
        "outlet": "Степовий вісник",
        "title": "В Актобе поліція розганяє мітинг робітників заводу",
        "url": "https://example.org/stepovyi/2025/03/14/aktobe-mitynh",
        "text": (
            "В Актобе поліція розганяє мітинг робітників заводу\n\n"
            "14 березня близько тисячі робітників хромового заводу вийшли на площу перед "
            "адміністрацією Актобе з вимогою повернути скорочені премії. Спочатку акція була "
            "мирною, люди тримали саморобні плакати.\n\n"
            "Близько полудня до площі під'їхали автобуси з поліцією. Очевидці розповідають про "
            "сльозогінний газ і кийки. На даний момент постраждало 7-8 осіб (за непідтвердженою "
            "інформацією). Мобільний інтернет у центрі міста працює з перебоями.\n\n"
            "Ми стежимо за подіями."
        ),
    },
    {
        "id": "a2-ru",
        "published": "2025-03-14T18:05:00+05:00",
        "outlet": "Вечерний Актобе",
        "title": "МВД подтвердило гибель людей при разгоне митинга",
        "url": "https://example.org/vechernii/2025/03/14/mvd",
        "text": (
            "МВД подтвердило гибель людей при разгоне митинга в Актобе\n\n"
            "Вечером 14 марта министерство внутренних дел Казахстана подтвердило, что при "
            "разгоне митинга рабочих хромового завода в Актобе погибли 14 человек. По словам "
            "представителя ведомства, полиция открыла огонь после того, как толпа подожгла "
            "два служебных автомобиля.\n\n"
            "На площади, по оценкам журналистов, собралось около двух тысяч человек. Центр "
            "города оцеплен, въезд в Актобе ограничен."
        ),
    },
    {
        "id": "a3-en",
        "published": "2025-03-15T09:30:00+00:00",
        "outlet": "Caspian Monitor",
        "title": "Activists say Aktobe death toll far higher than official count",
        "url": "https://example.org/caspian-monitor/aktobe-toll",
        "text": (
            "Activists say Aktobe death toll far higher than official count\n\n"
            "Rights activists in western Kazakhstan said on Saturday that at least 50 people "
            "were killed when police broke up a workers' rally in Aktobe on 14 March. The "
            "activists, who asked not to be named, said they had compiled lists of the dead "
            "from hospitals and families.\n\n"
            "The rally began peacefully as a protest over pay cuts at the city's chrome plant. "
            "Mobile internet in the city centre remained patchy on Saturday morning."
        ),
    },
    {
        "id": "a4-uk",
        "published": "2025-03-16T08:00:00+02:00",
        "outlet": "Огляд Центральної Азії",
        "title": "Актобе після розстрілу мітингу: затримання і надзвичайний стан",
        "url": "https://example.org/ohliad/aktobe-pislia",
        "text": (
            "Актобе після розстрілу мітингу\n\n"
            "Влада Казахстану запровадила в Актобе надзвичайний стан до кінця місяця. За даними "
            "правозахисників, після подій 14 березня затримано 120 учасників протесту, багатьох "
            "із них утримують без доступу до адвокатів.\n\n"
            "Правозахисники також кажуть, що під час розгону загинули понад 40 людей. Офіційні "
            "органи називають меншу цифру."
        ),
    },
    # --- incident B: Osh, Kyrgyzstan, 2 May 2025 (fictional) ----------------------------
    {
        "id": "b1-ru",
        "published": "2025-05-02T16:40:00+06:00",
        "outlet": "Ошская неделя",
        "title": "Беспорядки на рынке в Оше",
        "url": "https://example.org/osh-nedelia/2025/05/02/bazar",
        "text": (
            "Беспорядки на рынке в Оше\n\n"
            "2 мая торговцы центрального рынка Оша вступили в столкновение с сотрудниками "
            "милиции, которые пришли закрывать павильоны после пожара. Толпа перевернула "
            "патрульную машину и подожгла склад.\n\n"
            "По данным министерства здравоохранения, пострадали 23 человека, четверо из них в "
            "тяжелом состоянии. На рынок стянуты дополнительные силы."
        ),
    },
    {
        "id": "b2-en",
        "published": "2025-05-03T07:15:00+00:00",
        "outlet": "Ferghana Wire",
        "title": "Osh police detain traders after market clash",
        "url": "https://example.org/ferghana-wire/osh-market",
        "text": (
            "Osh police detain traders after market clash\n\n"
            "Police in Osh detained 35 people after traders fought with officers at the city's "
            "main bazaar on 2 May, local officials said. Dozens were injured in the clash, "
            "according to witnesses, and a warehouse was set on fire.\n\n"
            "The traders were protesting against the closure of stalls after a fire last week."
        ),
    },
    {
        "id": "b3-uk",
        "published": "2025-05-03T12:00:00+03:00",
        "outlet": "Новини Сходу",
        "title": "У киргизькому Оші сутички на ринку",
        "url": "https://example.org/novyny-skhodu/osh",
        "text": (
            "У киргизькому Оші сутички на ринку\n\n"
            "У Оші 2 травня торговці центрального ринку побилися з міліцією. За словами місцевих "
            "журналістів, поранено близько 30 людей, згорів склад і кілька автомобілів.\n\n"
            "Влада міста обіцяє компенсації власникам павільйонів."
        ),
    },
    # --- incident C: Kutaisi, Georgia, 20 June 2025 (fictional) -------------------------
    {
        "id": "c1-en",
        "published": "2025-06-20T20:10:00+04:00",
        "outlet": "Black Sea Courier",
        "title": "Students march in Kutaisi against university closure",
        "url": "https://example.org/bsc/kutaisi-march",
        "text": (
            "Students march in Kutaisi against university closure\n\n"
            "About 3,000 students marched through the centre of Kutaisi on 20 June against a "
            "plan to close the city's technical university. The march was peaceful until the "
            "evening, when police removed a group of students blocking the main avenue."
        ),
    },
    {
        "id": "c2-ru",
        "published": "2025-06-21T10:00:00+03:00",
        "outlet": "Кавказский обозреватель",
        "title": "В Кутаиси задержаны участники студенческой акции",
        "url": "https://example.org/obozrevatel/kutaisi",
        "text": (
            "В Кутаиси задержаны участники студенческой акции\n\n"
            "Полиция Грузии задержала 18 участников студенческой акции протеста в Кутаиси, "
            "которая прошла 20 июня. По словам организаторов, на улицы вышли до пяти тысяч "
            "человек. Задержанных обвиняют в блокировании дороги."
        ),
    },
    {
        "id": "c3-uk",
        "published": "2025-06-21T15:30:00+03:00",
        "outlet": "Кавказький тиждень",
        "title": "МВС Грузії заперечує поранених у Кутаїсі",
        "url": "https://example.org/kavkaz-tyzhden/kutaisi",
        "text": (
            "МВС Грузії заперечує поранених у Кутаїсі\n\n"
            "МВС Грузії спростувало повідомлення про 5 поранених студентів під час акції 20 "
            "червня в Кутаїсі. У відомстві наголосили, що поліція не застосовувала силу, а "
            "затримані порушили громадський порядок."
        ),
    },
    # --- one report, two incidents ------------------------------------------------------
    {
        "id": "d1-en",
        "published": "2025-06-22T09:00:00+00:00",
        "outlet": "Regional Digest",
        "title": "Weekly digest: detentions in Osh and Kutaisi",
        "url": "https://example.org/regional-digest/week-25",
        "text": (
            "Weekly digest: detentions in Osh and Kutaisi\n\n"
            "In Osh, Kyrgyzstan, 35 people detained after the market riot of 2 May are still in "
            "custody, their lawyers say. A court hearing is set for July.\n\n"
            "In Kutaisi, Georgia, police detained 18 students at the protest of 20 June; all "
            "of them were released on bail on Saturday."
        ),
    },
]


def main() -> None:
    out = Path(__file__).with_name("reports.jsonl")
    with out.open("w", encoding="utf-8") as fh:
        for r in REPORTS:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
