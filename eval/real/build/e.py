"""Build eval/real/parts/e.jsonl: batch e, real English reports (VOA, Wikinews).

Every text is a literal copy of the stored page (site navigation stripped); every
annotation is written as surface strings and every offset is computed here.

Run: .venv/bin/python eval/real/build/e.py
"""

from _english import *  # noqa: F403 - the shared helpers and constants



# ---------------------------------------------------------------------------
# e01  VOA, Hong Kong, 28 July 2019: tear gas against an unsanctioned march
# ---------------------------------------------------------------------------
T = (
    "Hong Kong Police Fire Tear Gas To Disperse Pro-Democracy Protesters\n\n"
    "By VOA News\n"
    "July 28, 2019\n"
    "Protesters use umbrellas to shield themselves from tear gas as they face off with riot policemen on a streets in Hong Kong, Sunday, July 28, 2019. Police launched tear gas at protesters in Hong Kong on Sunday for the second night in a row in another…\n"
    "FILE - Protesters use umbrellas to shield themselves from tear gas as they face off with riot policemen on a streets in Hong Kong, July 28, 2019.\n\n"
    "Police in Hong Kong Sunday fired tear gas to disperse thousands of protesters who joined an unsanctioned pro-democracy march, in the latest political unrest gripping the city.\n\n"
    "Television images showed riot police launching multiple volleys of tear gas at protesters who had set up barricades close to the Liaison Office of the Central People's Government in the Hong Kong Special Administrative Region.\n\n"
    "Thousands of pro-democracy protesters, as they have done for weeks, marched in central Hong Kong Sunday, demanding the resignation of Hong Kong's leader and an investigation into police use of force against demonstrators.\n\n"
    "This week's demonstration on Sunday, however, was different.  Police banned the activists, limiting then to Chater Garden, an urban park in the financial district.  Police denied a request to march about two kilometers west to Sun Yat-sen Memorial Park.  \n\n"
    "The protesters quickly spilled over from Chater Garden and marched into the surrounding, unsanctioned areas of Hong Kong, a move that could result in arrests.  \n\n"
    "Clashes with the police Saturday led to 11 arrests and left at least two dozen injured in an outlying district toward the border with mainland China.\n\n"
    "The police said Sunday they have arrested the organizer of Saturday's march.\n"
    " \n"
    "Hong Kong is facing its worst political crisis since its handover to China in 1997."
)
d = Doc(T)
p1 = d.claim("participants", 1000, "vague", "thousands of protesters")
d.claim("participants", 1000, "vague", "Thousands of pro-democracy protesters")
d.claim("arrested", 11, "exact", "11 arrests", scope="background")
d.claim("injured", 24, "at_least", "at least two dozen injured", scope="background")
d.claim("arrested", 1, "exact", "arrested the organizer", scope="background", source="police", source_span="police", source_occ=3)
d.ent("LOC", "Hong Kong", "Hong Kong", geonameid=1819729)
d.ent("ORG", "VOA News", "Voice of America")
d.ent(
    "ORG",
    "Liaison Office of the Central People's Government in the Hong Kong Special Administrative Region",
    "Liaison Office of the Central People's Government in the Hong Kong SAR",
)
d.ent("LOC", "Chater Garden", "Chater Garden")
d.ent("LOC", "Sun Yat-sen Memorial Park", "Sun Yat Sen Memorial Park")
d.ent("LOC", "China", "China", country="CN")
record(
    "real-en-e01",
    published="2019-07-28",
    url="https://www.voanews.com/east-asia-pacific/hong-kong-police-fire-tear-gas-disperse-pro-democracy-protesters",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=True,
    doc=d,
    gold_head={
        "event_date": "2019-07-28",
        **place(1819729, admin1="Hong Kong"),
        "geo_precision": "place",
        "event_types": ["Protests"],
        "sub_event_types": ["Protest with intervention"],
        "tags": ["blockade"],
    },
    figures={"participants": p1},
    actor_specs=[
        ("police", "state forces", ["Police", "riot policemen", "riot police", "police"]),
        ("pro-democracy protesters", "protesters", ["Protesters", "protesters", "pro-democracy protesters", "activists", "demonstrators"]),
    ],
    incident="hk-hong-kong-2019-07-28",
)

# ---------------------------------------------------------------------------
# e02  Wikinews, Buttala (Sri Lanka), 16 January 2008: bomb on a bus
# ---------------------------------------------------------------------------
T = (
    "Nearly two dozen people killed in bomb blast on bus in Sri Lanka\n\n"
    "Wednesday, January 16, 2008\n\n"
    "Map highlighting location of Sri Lanka.\n\n"
    "So far at least 23 people, all civilians, are reported dead when a bomb exploded on a bus in the town of Buttala in Sri Lanka. Nearly 70 have been injured. Reports say that there were at least 50 people on the bus, many of them school children.\n\n"
    "\"Twenty-three people were killed and 67 wounded. They are all civilians. The terrorists were desperate in that area and are now targeting civilians,\" said Brigadier Udaya Nanayakkara, a spokesman for the country's military. Police also say that someone fire shots at the bus after it exploded.\n\n"
    "It is not yet known whether or not the bomb was on the bus, or placed in close proximity of it."
)
d = Doc(T)
d.claim("killed", 24, "about", "Nearly two dozen people killed", accept_qualifiers=["less_than"])
k2 = d.claim(
    "killed", 23, "at_least", "at least 23 people, all civilians, are reported dead",
    accept_certainties=["unconfirmed"],
)
i2 = d.claim("injured", 70, "about", "Nearly 70 have been injured", accept_qualifiers=["less_than"])
d.claim(
    "killed", 23, "exact", "Twenty-three people were killed",
    source="Udaya Nanayakkara",
)
d.claim("injured", 67, "exact", "67 wounded", source="Udaya Nanayakkara")
d.ent("LOC", "Sri Lanka", "Sri Lanka", country="LK")
d.ent("LOC", "Buttala", "Buttala")
d.ent("PER", "Udaya Nanayakkara", "Udaya Nanayakkara")
record(
    "real-en-e02",
    published="2008-01-16",
    url="https://en.m.wikinews.org/wiki/Nearly_two_dozen_people_killed_in_bomb_blast_on_bus_in_Sri_Lanka",
    licence="CC BY 2.5",
    outlet="Wikinews",
    truncated=True,
    doc=d,
    gold_head={
        "event_date": "2008-01-16",
        # Buttala is not in the gazetteer; it lies in Monaragala District (Uva),
        # whose centre town is listed; the report itself names no district.
        **place(1234808, admin1="Uva"),
        "geo_precision": "district",
        "event_types": ["Explosions/Remote violence"],
        "sub_event_types": ["Remote explosive/landmine/IED"],
    },
    figures={"killed": k2, "injured": i2},
    actor_specs=[
        ("unidentified militants", "armed group", ["terrorists"]),
        ("civilians", "civilians", ["civilians", "school children"]),
        ("military", "state forces", ["military"]),
        ("police", "state forces", ["Police"]),
    ],
    incident="lk-monaragala-2008-01-16",
)

# ---------------------------------------------------------------------------
# e03  VOA (preview page), Mogadishu, 18 March 2013: suicide car bomb
#      The stored page repeats its body once; kept as stored.
# ---------------------------------------------------------------------------
BODY = (
    "At least 10 people were injured in the blast, which happened near Somalia's national theater.\n"
    "One of those killed in the explosion was journalist Mohammed Ali Nuxurkey who worked for VOA's bureau in Nairobi, Kenya. The 29-year-old Nuxurkey also worked for a private radio station in Mogadishu.\n"
    "A police spokesman, Abdullahi Hassan Bariise, told VOA's Somali Service that the suicide bomber apparently targeted a car carrying Mogadishu's security chief and several other intelligence officials.\n"
    "Instead, the blast struck a mini-bus, killing some of the passengers, including several schoolchildren.\n"
    "The militant group al-Shabab claimed responsibility for the explosion.\n"
    "The Somali capital has been slowly returning to normal since al-Shabab was driven out of the city in 2011. However, militants still carry out periodic suicide attacks and kidnappings."
)
T = (
    "Somali officials say at least 10 people were killed Monday when a suicide bomber blew up his car in the center of the capital, Mogadishu.\n"
    + BODY + "\n" + BODY
)
d = Doc(T)
k3 = d.claim("killed", 10, "at_least", "at least 10 people were killed", source="Somali officials")
i3 = d.claim("injured", 10, "at_least", "At least 10 people were injured", 0)
d.claim("killed", 1, "exact", "One of those killed", 0)
d.claim("killed", 3, "vague", "killing some of the passengers, including several schoolchildren", 0)
d.claim("injured", 10, "at_least", "At least 10 people were injured", 1)
d.claim("killed", 1, "exact", "One of those killed", 1)
d.claim("killed", 3, "vague", "killing some of the passengers, including several schoolchildren", 1)
d.ent("LOC", "Mogadishu", "Mogadishu", geonameid=53654)
d.ent("LOC", "Somalia", "Somalia", country="SO")
d.ent("PER", "Mohammed Ali Nuxurkey", "Mohammed Ali Nuxurkey")
d.ent("PER", "Nuxurkey", "Mohammed Ali Nuxurkey")
d.ent("ORG", "VOA", "Voice of America", occs=[0, 2])
d.ent("LOC", "Nairobi", "Nairobi", geonameid=184745)
d.ent("LOC", "Kenya", "Kenya", country="KE")
d.ent("PER", "Abdullahi Hassan Bariise", "Abdullahi Hassan Bariise")
d.ent("ORG", "VOA's Somali Service", "VOA Somali Service")
d.ent("ORG", "al-Shabab", "al-Shabaab")
record(
    "real-en-e03",
    published="2013-03-18",
    url="https://voa.pangea-cms.com/preview/en-US/a/car-bomb-kills-8-in-somali-capital/1623456.html",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=False,
    doc=d,
    notes={"published_note": "not on the stored page (preview URL, no headline or date); the day of the bombing, 'Monday' 18 March 2013"},
    gold_head={
        "event_date": "2013-03-18",
        **place(53654, admin1="Banaadir"),
        "geo_precision": "place",
        "event_types": ["Explosions/Remote violence"],
        "sub_event_types": ["Suicide bomb"],
    },
    figures={"killed": k3, "injured": i3},
    actor_specs=[
        ("al-Shabaab", "armed group", ["suicide bomber", "The militant group al-Shabab", "al-Shabab", "militants"]),
        ("police", "state forces", ["police"]),
        ("civilians", "civilians", ["passengers", "schoolchildren"]),
    ],
    persons_same=[("Mohammed Ali Nuxurkey", "Nuxurkey")],
    incident="so-mogadishu-2013-03-18",
)

# ---------------------------------------------------------------------------
# e04  VOA, Igabi district (Kaduna, Nigeria), 1 March 2020: villages attacked
# ---------------------------------------------------------------------------
T = (
    "Armed men killed at least 50 people Sunday in attacks on villages in the Nigerian state of Kaduna, according to local officials and residents.\n"
    "According to local police, about a hundred armed men attacked the villages of Kerawa, Rago, Zareyawa, Marina, Hashimawa, and Unguwar Barau, all in the Igabi district, shooting residents, and looting and burning homes.\n"
    "Zayyad Ibrahim, a member of Nigerian parliament, said assailants began shooting people at random, as worshipers left mosques after prayer.\n"
    "Ibrahim and local counsellor Dayyabu Kerawa told the French news agency (AFP) that killings were the work of \"bandits.\" Kerawa said bandits “accused the residents of the targeted villages of providing information about their hiding places to the soldiers.\"\n"
    "A local politician, Alhaji Daiyibu Kerawa, told VOA's Hausa service that the shooters were part of Islamist insurgent group Boko Haram.\n"
    "“These killers are Boko Haram. They stormed our village killing indiscriminately. They spared nobody — the young, the old, even Almajiris [Islamic students] were not spared,\" he said. “They continued to shoot people, setting fire on the dead and on property. It was extremely horrific!\"\n"
    "Kerawa appealed for President Muhammadu Buhari to send security forces to protect the area.\n"
    "Last month 21 people, 16 of them belonging to one family, were killed in similar attacks on the village of Bakali in the neighboring Giwa district.\n"
    "VOA's Hausa Service contributed to this report."
)
d = Doc(T)
k4 = d.claim(
    "killed", 50, "at_least", "killed at least 50 people",
    source="local officials and residents", perpetrator="unknown gunmen",
)
d.claim("killed", 21, "exact", "21 people, 16 of them belonging to one family, were killed", scope="background")
d.claim("killed", 16, "exact", "16 of them belonging to one family, were killed", scope="background")
d.ent("LOC", "Kaduna", "Kaduna State")
d.ent("LOC", "Kerawa", "Kerawa", occs=[0])
d.ent("LOC", "Rago", "Rago")
d.ent("LOC", "Zareyawa", "Zareyawa")
d.ent("LOC", "Marina", "Marina")
d.ent("LOC", "Hashimawa", "Hashimawa")
d.ent("LOC", "Unguwar Barau", "Unguwar Barau")
d.ent("LOC", "Igabi", "Igabi")
d.ent("PER", "Zayyad Ibrahim", "Zayyad Ibrahim")
d.ent("PER", "Ibrahim", "Zayyad Ibrahim")
d.ent("PER", "Dayyabu Kerawa", "Dayyabu Kerawa")
d.ent("ORG", "AFP", "Agence France-Presse")
d.ent("PER", "Kerawa", "Dayyabu Kerawa", occs=[2, 4])
d.ent("PER", "Daiyibu Kerawa", "Dayyabu Kerawa")
d.ent("ORG", "VOA's Hausa service", "VOA Hausa Service")
d.ent("ORG", "Boko Haram", "Boko Haram")
d.ent("PER", "Muhammadu Buhari", "Muhammadu Buhari")
d.ent("LOC", "Bakali", "Bakali")
d.ent("LOC", "Giwa", "Giwa")
d.ent("ORG", "VOA's Hausa Service", "VOA Hausa Service")
record(
    "real-en-e04",
    published="2020-03-02",
    url="https://voanews.com/africa/over-50-killed-armed-men-attack-villages-northern-nigeria",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=False,
    doc=d,
    notes={"published_note": "not on the stored page (which also lacks the headline); the attacks were on Sunday 1 March 2020, reported the next day"},
    gold_head={
        "event_date": "2020-03-01",
        # the villages are not in the gazetteer; Igabi (the district's town of that name) is
        **place(2338863, admin1="Kaduna"),
        "geo_precision": "district",
        "event_types": ["Violence against civilians"],
        "sub_event_types": ["Attack"],
        "tags": ["arson"],
    },
    figures={"killed": k4},
    actor_specs=[
        ("unknown gunmen", "armed group", ["Armed men", "armed men", "assailants", "bandits", "shooters", "killers"]),
        ("Boko Haram", "armed group", ["Boko Haram"]),
        ("civilians", "civilians", ["residents", "worshipers"]),
        ("police", "state forces", ["local police"]),
        ("military", "state forces", ["soldiers", "security forces"]),
    ],
    persons_same=[("Zayyad Ibrahim", "Ibrahim"), ("Dayyabu Kerawa", "Kerawa", "Daiyibu Kerawa")],
    incident="ng-igabi-2020-03-01",
)

# ---------------------------------------------------------------------------
# e05  VOA Learning English, Boston, 15 April 2013: marathon bombings (short item)
# ---------------------------------------------------------------------------
T = (
    "Boston Marathon Explosions\n\n"
    "President Barack Obama says America’s Federal Bureau of Investigation is investigating the bomb attacks at the Boston Marathon. President Obama called the bombings “an act of terrorism,” and a \"heinous and cowardly act.\" But he said officials do not yet know who carried out the attack or why. FBI officials say the investigation will be worldwide. The explosions killed three people and wounded more than 170 others. The Learning English program “As It Is” will have a special report on the Boston bombings at 22:30 UTC Tuesday."
)
d = Doc(T)
k5 = d.claim("killed", 3, "exact", "killed three people")
i5 = d.claim("injured", 170, "more_than", "wounded more than 170 others")
d.ent("LOC", "Boston", "Boston", geonameid=4930956)
d.ent("PER", "Barack Obama", "Barack Obama")
d.ent("LOC", "America", "United States", country="US")
d.ent("ORG", "Federal Bureau of Investigation", "Federal Bureau of Investigation")
d.ent("PER", "Obama", "Barack Obama", occs=[1])
d.ent("ORG", "FBI", "Federal Bureau of Investigation")
d.ent("ORG", "Learning English", "VOA Learning English")
record(
    "real-en-e05",
    published="2013-04-16",
    url="https://learningenglish.voanews.com/a/boston-marathon-explosions-kill-2-wound-more/1642384.html",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=False,
    doc=d,
    notes={"published_note": "not on the stored page; the item announces a report 'at 22:30 UTC Tuesday', i.e. 16 April 2013, the day after the bombings"},
    gold_head={
        "event_date": "2013-04-15",
        **place(4930956, admin1="Massachusetts"),
        "geo_precision": "place",
        "event_types": ["Explosions/Remote violence"],
        "sub_event_types": ["Remote explosive/landmine/IED"],
    },
    figures={"killed": k5, "injured": i5},
    actor_specs=[
        ("FBI", "state forces", ["Federal Bureau of Investigation", "FBI officials"]),
    ],
    persons_same=[("Barack Obama", "Obama")],
    incident="us-boston-2013-04-15",
)

# ---------------------------------------------------------------------------
# e06  VOA, Hong Kong, 13 December 2005: anti-WTO protesters at a police line
#      (near-miss of e01: same city, another day and another protest)
# ---------------------------------------------------------------------------
T = (
    "Anti-WTO Protesters Turn Aggressive in Hong Kong\n\n"
    "After a peaceful march through the streets of Hong Kong, activists opposed to the World Trade Organization turned more aggressive Tuesday evening. Dozens tried to break through police barriers and head toward the complex were WTO negotiators are meeting but were held back by Hong Kong riot police. VOA broadcaster Pros Laput is at the scene of the protest, and spoke with editor Kate Pound Dawson in our Asia News Center.\n\n"
    "DAWSON: Can you describe what's going on around you?\n\n"
    "LAPUT: There is a tense standoff between the police, about 200 of them and about a 100 protesters on the other side. The protesters are trying to get through the police barricade and there were several attempts to do that, while the police reacted by shifting their defense moves. There are several protesters on the left … shouting to the policemen to back off and give way to the protesters, but I think the police are quite determined to stand their ground.\n\n"
    "DAWSON: Are they (the police) firing pepper spray or tear gas or anything?\n\n"
    "LAPUT: The police officers are geared with some tear gas launchers and some pepper spray but I don't think they will use it at the moment. It's just like a standoff between them. It's probably a matter of someone who is gong to be brave enough to move in and at the moment there's no indication of that.\n\n"
    "DAWSON: At this point does it look like any of the protesters have any weapons, clubs, rocks, anything like that?\n\n"
    "LAPUT: I didn't see from my perspective any of them having those weapons, having clubs or bats, things like that. But they are very prepared, many of them have hankies and water to protect themselves in any event the police are going to use tear gas."
)
d = Doc(T)
p6 = d.claim("participants", 12, "vague", "Dozens tried to break through")
d.claim("participants", 100, "about", "about a 100 protesters", source="Pros Laput", source_span="LAPUT")
d.claim("participants", 3, "vague", "several protesters", source="Pros Laput", source_span="LAPUT")
d.ent("ORG", "WTO", "World Trade Organization")
d.ent("LOC", "Hong Kong", "Hong Kong", geonameid=1819729)
d.ent("ORG", "World Trade Organization", "World Trade Organization")
d.ent("ORG", "VOA", "Voice of America")
d.ent("PER", "Pros Laput", "Pros Laput")
d.ent("PER", "Kate Pound Dawson", "Kate Pound Dawson")
d.ent("ORG", "Asia News Center", "VOA Asia News Center")
d.ent("PER", "DAWSON", "Kate Pound Dawson")
d.ent("PER", "LAPUT", "Pros Laput")
record(
    "real-en-e06",
    published="2005-12-13",
    url="http://www.voanews.com/content/a-13-2005-12-13-voa21/301488.html",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=False,
    doc=d,
    notes={"published_note": "from the URL (a-13-2005-12-13); the page shows no date"},
    gold_head={
        "event_date": "2005-12-13",
        **place(1819729, admin1="Hong Kong"),
        "geo_precision": "place",
        "event_types": ["Protests"],
        "sub_event_types": ["Protest with intervention"],
        "tags": ["blockade"],
    },
    figures={"participants": p6},
    actor_specs=[
        ("police", "state forces", ["Hong Kong riot police", "police", "policemen", "The police officers"]),
        ("anti-WTO protesters", "protesters", ["activists opposed to the World Trade Organization", "Dozens", "protesters", "The protesters"]),
    ],
    persons_same=[("Pros Laput", "LAPUT"), ("Kate Pound Dawson", "DAWSON")],
    incident="hk-hong-kong-2005-12-13",
)

# ---------------------------------------------------------------------------
# e07  VOA, off Jeju (South Korea), 5 September 2015: fishing boat capsizes
#      (no political violence: empty types)
# ---------------------------------------------------------------------------
CAPTION = "People watch a TV news program showing South Korean Coast Guard officers search for missing passengers after a fishing boat capsized in the water off north of the resort island of Jeju, at Seoul Railway Station in Seoul, Sept. 6, 2015"
T = (
    "At Least 10 Dead After S. Korean Boat Capsizes\n\n"
    "update\n\n"
    + CAPTION + "\n" + CAPTION + "\n\n"
    "Ten people have been reported dead and an unknown number of others are missing after a fishing charter boat capsized off the southeastern South Korean coast late Saturday night.\n\n"
    "The South Korean coast guard said the 9-ton boat named Dolphin was found Sunday morning near the resort island of Jeju, hours after it left the nearby island of Chuja and lost radio contact.\n\n"
    "The coast guard said three people have been rescued and flown to a nearby hospital.\n\n"
    "One survivor told Yonhap news agency that the boat capsized \"in an instant\" due to strong waves. He said he and other survivors climbed on top of the capsized boat and held on for more than 10 hours before being rescued.\n\n"
    "Jeju, South Korea\n"
    "Jeju, South Korea\n\n"
    "A manifest showed 22 passengers traveling on the Dolphin, but at least four of those listed were not onboard at the time of the accident, and one of the survivors was not on the list. Dozens of military and civilian ships are searching the surrounding area for more survivors.\n\n"
    "Yonhap says South Korean President Park Geun-hye has ordered officials to \"do everything possible for the search and rescue of the missing.\"\n\n"
    "South Korea is still mourning last year's sinking of the Sewol ferry off the southern coast that killed 300 passengers, many of them school children. Critics blamed lax safety measures and oversight for the tragedy.\n\n"
    "Some material for this report came from AP and AFP.\n\n"
    "  • 16x9 Image\n\n"
    "    VOA News"
)
d = Doc(T)
d.claim("killed", 10, "at_least", "At Least 10 Dead")
k7 = d.claim("killed", 10, "exact", "Ten people have been reported dead", accept_certainties=["unconfirmed"])
d.claim("killed", 300, "exact", "killed 300 passengers", scope="background")
d.ent("ORG", "South Korean Coast Guard", "Korea Coast Guard")
d.ent("ORG", "South Korean coast guard", "Korea Coast Guard")
d.ent("LOC", "Jeju", "Jeju Island")
d.ent("LOC", "Seoul Railway Station", "Seoul Station")
d.ent("LOC", "Seoul", "Seoul", geonameid=1835848)
d.ent("LOC", "Chuja", "Chujado")
d.ent("ORG", "Yonhap", "Yonhap News Agency")
d.ent("LOC", "South Korea", "South Korea", country="KR")
d.ent("PER", "Park Geun-hye", "Park Geun-hye")
d.ent("ORG", "AP", "Associated Press")
d.ent("ORG", "AFP", "Agence France-Presse")
d.ent("ORG", "VOA News", "Voice of America")
record(
    "real-en-e07",
    published="2015-09-06",
    url="http://www.voanews.com/a/south-korea-charter-boat-capsizes-killing-at-least-ten/2949769.html",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=False,
    doc=d,
    notes={"published_note": "the page shows no dateline; photo captions are dated Sept. 6, 2015 and the text says the boat was found 'Sunday morning'"},
    gold_head={
        "event_date": "2015-09-05",
        # found near Jeju island after leaving Chuja island: only the island (province) is known
        **place(1846266, admin1="Jeju-do"),
        "geo_precision": "region",
        "event_types": [],
        "sub_event_types": [],
    },
    figures={"killed": k7},
    actor_specs=[
        ("coast guard", "state forces", ["South Korean Coast Guard officers", "The South Korean coast guard", "The coast guard"]),
        ("passengers", "civilians", ["passengers", "survivors"]),
    ],
    incident="kr-jeju-do-region-2015-09-05",
)

# ---------------------------------------------------------------------------
# e08  VOA, Kunar (Afghanistan), 6 April 2013: coalition air strike
#      (background: the Zabul car bomb of the same day)
# ---------------------------------------------------------------------------
T = (
    "Afghan Officials: NATO Air Strike Kills 11 Civilians, Mostly Children\n\n\n"
    "Afghanistan\n"
    "Afghanistan\n"
    "Afghan officials say a coalition air strike has killed 11 civilians, including 10 children, in the eastern part of the country during a joint Afghan-NATO operation against Taliban militants.\n\n"
    "Government officials in Kunar province said Sunday that the air strike targeted a house near Pakistan, killing at least six suspected militants -- including two senior Taliban commanders -- in addition to the civilians.\n\n"
    "The U.S.-led coalition confirmed that international forces called in the air strikes after they came under attack from the house Saturday. However, NATO officials have not confirmed the death toll, saying they are still investigating.\n\n"
    "The deaths came on the same day that a car bomb killed five Americans, including three U.S. soldiers, a civilian Defense Department employee and a young female foreign service officer. The attack in southern Afghanistan's Zabul province also killed an Afghan doctor.\n\n"
    "Their convoy was on the way to deliver books to children at an Afghan school.\n\n"
    "Saturday's attacks also came as the chairman of the U.S. Joint Chiefs of Staff, General Martin Dempsey, arrived in the country to meet with American and Afghan officials and assess the number of U.S. troops who should remain in the country to train Afghan soldiers after next year.\n\n"
    "Most NATO combat troops are due to leave Afghanistan by the end of 2014, leaving security responsibility to Afghan forces and raising fears of increased militant violence.\n"
    "  • 16x9 Image\n\n"
    "    VOA News\n\n"
    "    The Voice of America provides news and information in more than 40 languages to an estimated weekly audience of over 326 million people. Stories with the VOA News byline are the work of multiple VOA journalists and may contain information from wire service reports."
)
d = Doc(T)
d.claim(
    "killed", 11, "exact", "NATO Air Strike Kills 11 Civilians",
    source="Afghan officials", source_span="Afghan Officials", perpetrator="NATO-led coalition",
)
d.claim(
    "killed", 11, "exact", "killed 11 civilians",
    source="Afghan officials", perpetrator="NATO-led coalition",
)
# the militants were killed "in addition to the civilians": the sum (GUIDE 12.7), the
# strike's total and so the headline figure; two sources, so the author's
k8 = d.claim(
    "killed", 17, "at_least",
    "11 civilians, including 10 children, in the eastern part of the country during a joint Afghan-NATO operation against Taliban militants.\n\n"
    "Government officials in Kunar province said Sunday that the air strike targeted a house near Pakistan, killing at least six suspected militants",
    perpetrator="NATO-led coalition",
)
d.claim("killed", 10, "exact", "10 children", source="Afghan officials", perpetrator="NATO-led coalition")
d.claim(
    "killed", 6, "at_least", "killing at least six suspected militants",
    source="Government officials in Kunar province", perpetrator="NATO-led coalition",
)
d.claim(
    "killed", 2, "exact", "two senior Taliban commanders",
    source="Government officials in Kunar province", perpetrator="NATO-led coalition",
)
d.claim("killed", 5, "exact", "killed five Americans", scope="background")
d.claim(
    "killed", 6, "exact",
    "five Americans, including three U.S. soldiers, a civilian Defense Department employee and a young female foreign service officer. "
    "The attack in southern Afghanistan's Zabul province also killed an Afghan doctor",
    scope="background",
)
d.claim("killed", 3, "exact", "three U.S. soldiers", scope="background")
d.claim("killed", 1, "exact", "a civilian Defense Department employee", scope="background")
d.claim("killed", 1, "exact", "a young female foreign service officer", scope="background")
d.claim("killed", 1, "exact", "killed an Afghan doctor", scope="background")
d.ent("ORG", "NATO", "NATO")
d.ent("LOC", "Afghanistan", "Afghanistan", country="AF")
d.ent("ORG", "Taliban", "Taliban")
d.ent("LOC", "Kunar province", "Kunar Province")
d.ent("LOC", "Pakistan", "Pakistan", country="PK")
d.ent("ORG", "Defense Department", "United States Department of Defense")
d.ent("LOC", "Zabul province", "Zabul Province")
d.ent("ORG", "U.S. Joint Chiefs of Staff", "Joint Chiefs of Staff")
d.ent("PER", "Martin Dempsey", "Martin Dempsey")
d.ent("ORG", "VOA News", "Voice of America")
d.ent("ORG", "Voice of America", "Voice of America")
d.ent("ORG", "VOA", "Voice of America", occs=[2])
record(
    "real-en-e08",
    published="2013-04-07",
    url="https://www.voanews.com/a/afghan-officials-nato-air-strike-kills-11-civilians-mostly-children/1636483.html",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=False,
    doc=d,
    notes={"published_note": "the page shows no dateline; officials spoke 'Sunday' about the strike of 'Saturday' (6 April 2013, the day of the Zabul bombing and of Dempsey's arrival)"},
    gold_head={
        "event_date": "2013-04-06",
        # only the province is named: its centre town
        **place(1148311, admin1="Kunar"),
        "geo_precision": "region",
        "event_types": ["Explosions/Remote violence"],
        "sub_event_types": ["Air/drone strike"],
    },
    figures={"killed": k8},
    actor_specs=[
        ("NATO-led coalition", "state forces", ["coalition", "U.S.-led coalition", "international forces", "NATO officials"]),
        ("Taliban", "armed group", ["Taliban militants", "suspected militants", "Taliban commanders"]),
        ("civilians", "civilians", ["civilians", "children"]),
    ],
    incident="af-kunar-region-2013-04-06",
)

# ---------------------------------------------------------------------------
# e09  VOA, Mogadishu, 9 July 2006: Islamic Courts militia vs warlord militia
#      (near-miss of e03: same city, other year and other event)
# ---------------------------------------------------------------------------
T = (
    "21 Killed in Clash Between Rival Militias in Somalia\n\n"
    "In Somalia, Islamic militia fighters have attacked an enclave of a rival militia that supports warlords in the capital, Mogadishu.\n\n"
    "Witnesses in Mogadishu, say at least 21 people were killed and more than 20 wounded were wounded Sunday as the rival militias fought with mortars, artillery and other heavy weapons.\n\n"
    "Islamic fighters have been targeting militiamen loyal to secular warlords who lost control of Mogadishu last month.\n\n"
    "Somalia's Supreme Islamic Council of Courts is attempting to impose strict sharia law over areas in their control, which include Mogadishu and much of the country's south.\n\n"
    "Last month in Sudan, court leaders and government officials reached a cease-fire and mutual recognition agreement. The sides are scheduled to meet again in Khartoum on July 15.\n\n"
    "Islamic fundamentalists say they can bring order to Somalia, which has not had an effective central government for more than 15 years.\n\n"
    "Some information for this report was provided by AFP and AP."
)
d = Doc(T)
k9 = d.claim("killed", 21, "exact", "21 Killed")
d.claim("killed", 21, "at_least", "at least 21 people were killed", source="witnesses", source_span="Witnesses")
i9 = d.claim("injured", 20, "more_than", "more than 20 wounded", source="witnesses", source_span="Witnesses")
d.ent("LOC", "Somalia", "Somalia", country="SO")
d.ent("LOC", "Mogadishu", "Mogadishu", geonameid=53654)
d.ent("ORG", "Supreme Islamic Council of Courts", "Islamic Courts Union")
d.ent("LOC", "Sudan", "Sudan", country="SD")
d.ent("LOC", "Khartoum", "Khartoum", geonameid=379252)
d.ent("ORG", "AFP", "Agence France-Presse")
d.ent("ORG", "AP", "Associated Press")
record(
    "real-en-e09",
    published="2006-07-09",
    url="https://www.voanews.com/a/a-13-2006-07-09-voa22/320536.html",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=False,
    doc=d,
    notes={"published_note": "from the URL (a-13-2006-07-09); the page shows no date"},
    gold_head={
        "event_date": "2006-07-09",
        **place(53654, admin1="Banaadir"),
        "geo_precision": "place",
        "event_types": ["Battles"],
        "sub_event_types": ["Armed clash"],
    },
    figures={"killed": k9, "injured": i9},
    actor_specs=[
        ("Islamic Courts Union militia", "armed group", ["Islamic militia fighters", "Islamic fighters", "Islamic fundamentalists"]),
        ("warlord militia", "armed group", ["rival militia", "militiamen loyal to secular warlords", "warlords"]),
    ],
    incident="so-mogadishu-2006-07-09",
)

# ---------------------------------------------------------------------------
# e10  VOA Africa "VOA 60" digest, Nigeria, 1 August 2024: protesters killed
#      nationwide (country-level place); a flood in Port Sudan in passing
# ---------------------------------------------------------------------------
T = (
    "VOA 60: Amnesty International says at least 13 Nigerian protesters were killed Thursday, and more\n"
    "Your browser doesn’t support HTML5\n"
    "Amnesty International says at least 13 people were killed Thursday in Nigeria during nationwide protests. The protests continued Friday, with police firing tear gas to disperse demonstrators in Abuja. According to local officials in war-ravaged Sudan, torrential rain flooded houses and streets in Port Sudan, leaving five people dead. These, and more Africa-related news updates on today’s VOA 60."
)
d = Doc(T)
d.claim(
    "killed", 13, "at_least", "at least 13 Nigerian protesters were killed",
    source="Amnesty International",
)
k10 = d.claim(
    "killed", 13, "at_least", "at least 13 people were killed",
    source="Amnesty International", source_occ=1,
)
d.claim("killed", 5, "exact", "leaving five people dead", scope="background", source="local officials")
d.ent("ORG", "VOA 60", "VOA 60")
d.ent("ORG", "Amnesty International", "Amnesty International")
d.ent("LOC", "Nigeria", "Nigeria", country="NG")
d.ent("LOC", "Abuja", "Abuja", geonameid=2352778)
d.ent("LOC", "Sudan", "Sudan", country="SD", occs=[0])
d.ent("LOC", "Port Sudan", "Port Sudan", geonameid=377039)
record(
    "real-en-e10",
    published="2024-08-02",
    url="https://voaafrica.com/amp/voa-60-amnesty-international-says-13-nigerian-protesters-were-killed-thursday-and-more/7727582.html",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=False,
    doc=d,
    notes={"published_note": "not on the stored page; 'Thursday' is 1 August 2024, the first day of the #EndBadGovernance protests, and the item reports Friday's protests"},
    gold_head={
        "event_date": "2024-08-01",
        "country": "NG",
        "admin1": None,
        "location": None,
        "geo_precision": "country",
        "event_types": ["Protests"],
        "sub_event_types": ["Excessive force against protesters", "Protest with intervention"],
    },
    figures={"killed": k10},
    actor_specs=[
        ("protesters", "protesters", ["protesters", "demonstrators"]),
        ("police", "state forces", ["police"]),
    ],
    incident="ng-nigeria-2024-08-01",
)


def main() -> None:
    write(ROOT / "eval" / "real" / "parts" / "e.jsonl")


if __name__ == "__main__":
    main()
