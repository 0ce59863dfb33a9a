"""Which day dates the report's event (issue 12): a night survived, a participant's past,
more news of the same day.

- "we survived the night", "ми пережили ніч", "мы пережили ночь" is the night that just
  ended, so it dates the event on the text's own day, before any "yesterday" told later;
- a day in a relative clause ("the man who shot a guard on Tuesday", "чоловік, який у
  вівторок", "мужчина, который во вторник") tells a participant's past: it does not date
  a lead that names no day (events/when.in_relative_clause);
- a day that "also" introduces ("In another development Tuesday", "Також у вівторок",
  "Кроме того, во вторник") is the story's day: a lead that names no day took place on
  it too (events/when.also_day).

Every sentence here was written for these tests; none comes from eval/real.
"""

from __future__ import annotations

from datetime import date

import pytest

import sitrep
from sitrep.events.when import also_day, in_relative_clause
from sitrep.mentions.dates import find_dates

PUB = "2021-06-03"  # a Thursday

NIGHT = [
    (
        "en",
        "We survived the night that tested the whole city\n\nMissiles struck the power "
        "station on the river. Firefighters put out the blaze. Yesterday, bombs killed "
        "five people in another town.",
        PUB,
    ),
    (
        "en",
        "Address\n\nThe city has survived another night. Drones attacked the port. "
        "The harbour master said yesterday's storm had already closed it.",
        PUB,
    ),
    (
        "en",
        "Residents made it through the night as shelling hit the suburbs. Yesterday, "
        "a bridge was destroyed.",
        PUB,
    ),
    (
        "uk",
        "Ми пережили ніч, яка випробувала все місто\n\nРакети влучили в електростанцію "
        "на річці. Рятувальники загасили пожежу. Вчора бомби вбили п'ятьох людей в "
        "іншому місті.",
        PUB,
    ),
    (
        "uk",
        "Звернення\n\nМісто пережило ще одну ніч обстрілів. Дрони атакували порт. "
        "Вчора там затримали двох коригувальників.",
        PUB,
    ),
    (
        "uk",
        "Харків пережив ніч масованих обстрілів. Учора в місті зруйнували міст.",
        PUB,
    ),
    (
        "ru",
        "Мы пережили ночь, которая испытала весь город\n\nРакеты попали в электростанцию "
        "на реке. Спасатели потушили пожар. Вчера бомбы убили пятерых людей в другом "
        "городе.",
        PUB,
    ),
    (
        "ru",
        "Обращение\n\nГород пережил ночь обстрелов. Дроны атаковали порт. Вчера там "
        "задержали двух корректировщиков.",
        PUB,
    ),
    (
        "ru",
        "Мы пережили еще одну ночь под обстрелами. Вчера в городе разрушили мост.",
        PUB,
    ),
    # negatives: without a night survived, "yesterday" in the lead dates the event
    ("en", "Yesterday, missiles struck the power station. The night was calm.", "2021-06-02"),
    ("uk", "Вчора ракети влучили в електростанцію. Ніч минула спокійно.", "2021-06-02"),
    ("ru", "Вчера ракеты попали в электростанцию. Ночь прошла спокойно.", "2021-06-02"),
]


@pytest.mark.parametrize("lang,text,expected", NIGHT)
def test_a_night_survived_is_the_night_that_just_ended(lang, text, expected):
    s = sitrep.extract(text, published=PUB, lang=lang).summary
    assert s.event_date == expected, s


@pytest.mark.parametrize(
    "lang,text",
    [
        ("en", "We have survived the night."),
        ("uk", "Ми пережили цю ніч."),
        ("ru", "Мы пережили эту ночь."),
    ],
)
def test_night_survived_is_a_date_of_today(lang, text):
    found = find_dates(text, date.fromisoformat(PUB), lang=lang)
    assert [d for d in found if d.iso == PUB], found


# a lead that tells the event and names no day; a later sentence dates a participant's
# past in a relative clause (-> the day published), or tells the event again (-> its day)
CLAUSE = [
    (
        "en",
        "Gunmen attack checkpoint\n\nGunmen attacked a police checkpoint outside the town. "
        "Two officers were wounded. Police believe one of them is the man who attacked "
        "a bus on Tuesday.",
        PUB,
    ),
    (
        "en",
        "Militants shell village\n\nMilitants shelled a village near the border. Houses "
        "burned for hours. The commander, whose unit shelled the same road on Monday, "
        "denied it.",
        PUB,
    ),
    (
        "uk",
        "Бойовики напали на блокпост\n\nБойовики напали на поліцейський блокпост біля "
        "міста. Двоє поліцейських поранені. Поліція вважає, що серед них чоловік, який у "
        "вівторок напав на автобус.",
        PUB,
    ),
    (
        "uk",
        "Бойовики обстріляли село\n\nБойовики обстріляли село біля кордону. Будинки "
        "горіли годинами. Командир, підрозділ якого в понеділок обстріляв ту саму "
        "дорогу, це заперечує.",
        PUB,
    ),
    (
        "ru",
        "Боевики напали на блокпост\n\nБоевики напали на полицейский блокпост у города. "
        "Двое полицейских ранены. Полиция считает, что среди них мужчина, который во "
        "вторник напал на автобус.",
        PUB,
    ),
    (
        "ru",
        "Боевики обстреляли село\n\nБоевики обстреляли село у границы. Дома горели "
        "часами. Командир, подразделение которого в понедельник обстреляло ту же "
        "дорогу, это отрицает.",
        PUB,
    ),
    # a relative clause after an event noun tells that event: its day stands
    (
        "en",
        "Bomb hits market\n\nA bomb exploded in a market in the town. Two shops burned. "
        "Police said the blast, which wrecked the stalls on Tuesday, was a homemade device.",
        "2021-06-01",
    ),
    (
        "uk",
        "Вибух на ринку\n\nНа ринку в місті вибухнула бомба. Згоріли дві крамниці. "
        "Поліція заявила, що вибух, який у вівторок зруйнував ятки, спричинив саморобний "
        "пристрій.",
        "2021-06-01",
    ),
    (
        "ru",
        "Взрыв на рынке\n\nНа рынке в городе взорвалась бомба. Сгорели два магазина. "
        "Полиция заявила, что взрыв, который во вторник разрушил прилавки, вызвало "
        "самодельное устройство.",
        "2021-06-01",
    ),
    # negatives: the event told again in a main clause keeps its day
    (
        "en",
        "Gunmen attack checkpoint\n\nGunmen attacked a police checkpoint outside the town. "
        "Two officers were wounded. The gunmen attacked the checkpoint on Tuesday night.",
        "2021-06-01",
    ),
    (
        "uk",
        "Бойовики напали на блокпост\n\nБойовики напали на поліцейський блокпост біля "
        "міста. Двоє поліцейських поранені. Бойовики напали на блокпост у вівторок "
        "увечері.",
        "2021-06-01",
    ),
    (
        "ru",
        "Боевики напали на блокпост\n\nБоевики напали на полицейский блокпост у города. "
        "Двое полицейских ранены. Боевики напали на блокпост во вторник вечером.",
        "2021-06-01",
    ),
]


@pytest.mark.parametrize("lang,text,expected", CLAUSE)
def test_a_relative_clause_dates_a_participants_past(lang, text, expected):
    s = sitrep.extract(text, published=PUB, lang=lang).summary
    assert s.event_date == expected, s


@pytest.mark.parametrize(
    "lang,text,inside",
    [
        ("en", "Police named the man who shot a guard on Tuesday.", True),
        ("en", "Who shot the guard on Tuesday is unknown.", False),
        ("en", "The guard was shot on Tuesday; the man who did it fled.", False),
        ("uk", "Поліція назвала чоловіка, який у вівторок застрелив охоронця.", True),
        ("uk", "У вівторок чоловік, якого шукали, застрелив охоронця.", False),
        ("ru", "Полиция назвала мужчину, который во вторник застрелил охранника.", True),
        ("ru", "Во вторник мужчина, которого искали, застрелил охранника.", False),
    ],
)
def test_in_relative_clause(lang, text, inside):
    doc = sitrep.extract_doc(text, published=PUB, lang=lang)
    days = [m for m in doc.mentions if m.kind == "date" and m.date]
    assert days
    assert in_relative_clause(days[0], doc) is inside


# a lead that tells the event and names no day; a later sentence adds news "also" of a
# day (-> that day), or names a day without "also" and without the event (-> published)
ALSO = [
    (
        "en",
        "Army cuts internet in the north\n\nThe army has cut internet access in three "
        "northern provinces after rallies against the curfew. Providers confirmed the "
        "outage. In another development Tuesday, the ministry closed two newspapers.",
        "2021-06-01",
    ),
    (
        "en",
        "Police disperse rally\n\nPolice have dispersed a rally of teachers in the "
        "capital. Several people were detained. Also on Tuesday, the mayor resigned.",
        "2021-06-01",
    ),
    (
        "uk",
        "Армія відключила інтернет на півночі\n\nАрмія відключила інтернет у трьох "
        "північних провінціях після мітингів проти комендантської години. Провайдери "
        "підтвердили збій. Також у вівторок міністерство закрило дві газети.",
        "2021-06-01",
    ),
    (
        "uk",
        "Поліція розігнала мітинг\n\nПоліція розігнала мітинг учителів у столиці. "
        "Кількох людей затримали. Крім того, у вівторок мер подав у відставку.",
        "2021-06-01",
    ),
    (
        "ru",
        "Армия отключила интернет на севере\n\nАрмия отключила интернет в трёх "
        "северных провинциях после митингов против комендантского часа. Провайдеры "
        "подтвердили сбой. Также во вторник министерство закрыло две газеты.",
        "2021-06-01",
    ),
    (
        "ru",
        "Полиция разогнала митинг\n\nПолиция разогнала митинг учителей в столице. "
        "Несколько человек задержаны. Кроме того, во вторник мэр подал в отставку.",
        "2021-06-01",
    ),
    # negatives: a day without "also" and without the event dates nothing
    (
        "en",
        "Police disperse rally\n\nPolice have dispersed a rally of teachers in the "
        "capital. Several people were detained. The ministry will publish its budget on "
        "Tuesday.",
        PUB,
    ),
    (
        "uk",
        "Поліція розігнала мітинг\n\nПоліція розігнала мітинг учителів у столиці. "
        "Кількох людей затримали. Міністерство оприлюднить бюджет у вівторок.",
        PUB,
    ),
    (
        "ru",
        "Полиция разогнала митинг\n\nПолиция разогнала митинг учителей в столице. "
        "Несколько человек задержаны. Министерство опубликует бюджет во вторник.",
        PUB,
    ),
]


@pytest.mark.parametrize("lang,text,expected", ALSO)
def test_a_day_that_also_introduces_is_the_storys_day(lang, text, expected):
    s = sitrep.extract(text, published=PUB, lang=lang).summary
    assert s.event_date == expected, s


@pytest.mark.parametrize(
    "lang,text,also",
    [
        ("en", "Separately on Tuesday, two mines were cleared.", True),
        ("en", "Meanwhile Tuesday, a bridge reopened.", True),
        ("en", "On Tuesday a bridge reopened; it was also repaired.", False),
        ("uk", "Тим часом у вівторок відкрили міст.", True),
        ("uk", "У вівторок відкрили міст, його також відремонтували.", False),
        ("ru", "Тем временем во вторник открыли мост.", True),
        ("ru", "Во вторник открыли мост, его тоже отремонтировали.", False),
    ],
)
def test_also_day(lang, text, also):
    doc = sitrep.extract_doc(text, published=PUB, lang=lang)
    days = [m for m in doc.mentions if m.kind == "date" and m.date]
    assert days
    assert also_day(days[0], doc) is also


# -- the same in the lead: a participant's past does not date the lead's event ---------------
LEAD_CLAUSE = [
    (
        "en",
        "Standoff at bank\n\nA gunman has taken four hostages at a bank. Police said the gunman "
        "is the man who robbed a post office on Tuesday.",
        PUB,
    ),
    (
        "uk",
        "Захоплення банку\n\nОзброєний чоловік узяв у банку чотирьох заручників. Поліція каже, "
        "що це той чоловік, який у вівторок пограбував пошту.",
        PUB,
    ),
    (
        "ru",
        "Захват банка\n\nВооруженный мужчина взял в банке четырех заложников. Полиция считает, "
        "что это тот мужчина, который во вторник ограбил почту.",
        PUB,
    ),
    # negative: a clause after an event noun (its place between at most) dates that event
    (
        "en",
        "Students detained\n\nPolice detained 18 students at a rally in Batumi, which ended "
        "on Tuesday.",
        "2021-06-01",
    ),
    (
        "ru",
        "Задержаны студенты\n\nПолиция задержала 18 участников акции протеста в Батуми, "
        "которая прошла во вторник.",
        "2021-06-01",
    ),
    (
        "uk",
        "Затримано студентів\n\nПоліція затримала 18 учасників акції протесту в Батумі, "
        "яка пройшла у вівторок.",
        "2021-06-01",
    ),
    # negative: a clause right after an event noun dates that event, the lead's
    (
        "en",
        "Blast in market\n\nThe blast, which tore through the market on Tuesday, wounded "
        "four traders.",
        "2021-06-01",
    ),
]


@pytest.mark.parametrize("lang,text,expected", LEAD_CLAUSE)
def test_a_relative_clause_in_the_lead_dates_no_event(lang, text, expected):
    s = sitrep.extract(text, published=PUB, lang=lang).summary
    assert s.event_date == expected, s
