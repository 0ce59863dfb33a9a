"""Build eval/real/parts/f.jsonl: batch f, real English reports (VOA, U.S. Department of State).

Every text is a literal copy of the stored page (site navigation stripped); every
annotation is written as surface strings and every offset is computed here.

Run: .venv/bin/python eval/real/build/f.py
"""

from _english import *  # noqa: F403 - the shared helpers and constants




# ---------------------------------------------------------------------------
# f01  U.S. Department of State press statement (reposted by the U.S. Mission
#      Geneva), Kabul, 23 July 2016: attack on a peaceful demonstration
# ---------------------------------------------------------------------------
T = (
    "The United States Condemns in the Strongest Terms the Vicious Attack in Kabul, Afghanistan\n"
    "July 25, 2016\n\n"
    "Afghanistan: Attack on Peaceful Demonstration\n"
    "Press Statement by\n"
    "John Kirby\n\n"
    "Assistant Secretary and Department Spokesperson, Bureau of Public Affairs\n\n"
    "Washington, DC\n"
    "July 23, 2016\n\n\n"
    "The United States condemns in the strongest terms the vicious attack today in Kabul that killed dozens of Afghans and wounded many more. We send our deepest condolences to the loved ones of those killed and injured, and we offer President Ghani whatever assistance he may require as his government investigates and works to bring the murderers to justice.\n\n"
    "The innocent victims today were, as President Ghani said, exercising nothing more than their constitutional right of peaceful demonstration. They were gathered together as free citizens, protected by brave security forces who also fell victim in the line of duty.\n\n"
    "The killers responsible for this bloodshed do not represent the future for Afghanistan and will not prevail. Attacks like these only strengthen our resolve to continue our mission in Afghanistan and deepen our support for the people and Government there.\n\n"
    "We will stand today, as we have stood for so many years, shoulder to shoulder with our Afghan partners and friends as they strive to bring peace, security, and prosperity to their country.\n\n\n"
    "(end statement)"
)
d = Doc(T)
k = d.claim("killed", 12, "vague", "killed dozens of Afghans")
d.ent("LOC", "United States", "United States", country="US")
d.ent("LOC", "Kabul", "Kabul", geonameid=1138958)
d.ent("LOC", "Afghanistan", "Afghanistan", country="AF")
d.ent("PER", "John Kirby", "John Kirby")
d.ent("ORG", "Bureau of Public Affairs", "Bureau of Public Affairs")
d.ent("LOC", "Washington, DC", "Washington", geonameid=4140963)
d.ent("PER", "Ghani", "Ashraf Ghani")
record(
    "real-en-f01",
    published="2016-07-25",
    url="https://geneva.usmission.gov/2016/07/25/the-united-states-condemns-in-the-strongest-terms-the-vicious-attack-in-kabul-afghanistan/",
    licence=USG_LICENCE,
    outlet="U.S. Department of State",
    truncated=False,
    doc=d,
    notes={"published_note": "the page (U.S. Mission Geneva) is dated July 25, 2016; the State Department statement itself is dated July 23, 2016, the day of the attack"},
    gold_head={
        "event_date": "2016-07-23",
        **place(1138958, admin1="Kabul"),
        "geo_precision": "place",
        # the statement never says how the people were killed (it was a suicide
        # bombing): a reader of this text alone can only code an attack
        "event_types": ["Violence against civilians", "Protests"],
        "sub_event_types": ["Attack", "Peaceful protest"],
    },
    figures={"killed": k},
    actor_specs=[
        ("unidentified attackers", "armed group", ["murderers", "killers"]),
        ("demonstrators", "protesters", ["Afghans", "innocent victims", "free citizens"]),
        ("Afghan security forces", "state forces", ["security forces"]),
        ("Afghan government", "political", ["President Ghani", "his government"]),
    ],
    incident="af-kabul-2016-07-23",
)

# ---------------------------------------------------------------------------
# f02  VOA breaking-news blog, Belarus, 6 July 2011: mass arrests at the
#      "silent" protests (country-level; Sunday's arrests are background)
# ---------------------------------------------------------------------------
T = (
    "Belarusian Police Arrest Hundreds of Protesters\n\n"
    "Posted July 6th, 2011 at 8:40 pm (UTC-5)\n"
    "Leave a comment\n\n"
    "Belarusian police have arrested more than 400 people during another day of protests against authoritarian President Alexander Lukashenko.\n\n"
    "Marches were held Wednesday in most major cities, including Grodno, where witnesses say police grabbed people by their hair and clothes and threw them into vans. Women and children were among those arrested.\n\n"
    "Several journalists were also arrested after police warned them not to turn on their cameras.\n\n"
    "The opposition has used the Internet and social networks to organize a wave of marches against the Lukashenko government. Demonstrators on Sunday clapped their hands while Mr. Lukashenko tried to make a Belarusian Independence Day speech in Minsk. Dozens of people were jailed.\n\n"
    "The United States has called President Lukashenko Europe's last dictator for suppressing free speech and human rights and rigging elections. Washington and the European Union have imposed numerous sanctions against his government.\n\n"
    "Belarus is also facing economic turmoil with its national currency plunging in value."
)
d = Doc(T)
d.claim("arrested", 100, "vague", "Arrest Hundreds of Protesters", perpetrator="police")
a = d.claim("arrested", 400, "more_than", "arrested more than 400 people", perpetrator="police")
d.claim("arrested", 3, "vague", "Several journalists were also arrested")
d.claim("arrested", 12, "vague", "Dozens of people were jailed", scope="background", accept_kinds=["detained"])
d.ent("PER", "Alexander Lukashenko", "Alexander Lukashenko")
d.ent("LOC", "Grodno", "Hrodna", geonameid=627904)
d.ent("PER", "Lukashenko", "Alexander Lukashenko")
d.ent("LOC", "Minsk", "Minsk", geonameid=625144)
d.ent("LOC", "United States", "United States", country="US")
d.ent("LOC", "Europe", "Europe")
d.ent("LOC", "Washington", "Washington", geonameid=4140963)
d.ent("ORG", "European Union", "European Union")
d.ent("LOC", "Belarus", "Belarus", country="BY")
record(
    "real-en-f02",
    published="2011-07-06",
    url="https://blogs.voanews.com/breaking-news/2011/07/06/belarusian-police-arrest-hundreds-of-protesters/",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=False,
    doc=d,
    gold_head={
        "event_date": "2011-07-06",
        "country": "BY",
        "admin1": None,
        "location": None,
        "geo_precision": "country",
        "event_types": ["Protests"],
        "sub_event_types": ["Protest with intervention"],
    },
    figures={"arrested": a},
    actor_specs=[
        ("police", "state forces", ["Belarusian police", "police"]),
        ("protesters", "protesters", ["Protesters", "Demonstrators"]),
        ("journalists", "civilians", ["journalists"]),
        ("opposition", "political", ["The opposition"]),
    ],
    persons_same=[("Alexander Lukashenko", "Lukashenko")],
    incident="by-belarus-2011-07-06",
)

# ---------------------------------------------------------------------------
# f03  VOA, El-Salin base (Lower Shabelle, Somalia), 22 September 2019:
#      al-Shabab raid on a military base (the base is not in the gazetteer)
# ---------------------------------------------------------------------------
T = (
    "Al-Shabab Attack Kills 20 Somali Soldiers\n\n"
    "By Harun Maruf\n"
    "September 22, 2019 10:29 AM\n"
    "At least 20 Somali government soldiers were killed and 18 others were wounded when al-Shabab raided a military base south of Mogadishu, security sources told VOA Somali.\n\n"
    "The sources said militants detonated a suicide car bomb at the El-Salin military base followed by an infantry attack in the early hours of Sunday.\n\n"
    "The militants briefly took over the base, a regional official told VOA Somali.\n\n"
    "A spokesman for Somali special forces said the militants attacked the base “in large numbers.” \n\n"
    "Mowlid Ahmed Hassan said the fighting lasted about 40 minutes, insisting the troops ‘defended” the base. He said reinforcements have been sent to the base.\n\n"
    "Hassan said the troops killed 13 militants, but declined to comment on the number of government soldiers killed in the attack.\n\n"
    "Somali troops seized the El-Salin base from al-Shabab on August 6. It was one of four bases in Lower Shabelle region recaptured following an offensive by the Somali military."
)
d = Doc(T)
k = d.claim("killed", 20, "exact", "Kills 20 Somali Soldiers", perpetrator="al-Shabaab")
d.claim(
    "killed", 20, "at_least", "At least 20 Somali government soldiers were killed",
    source="security sources", perpetrator="al-Shabaab",
)
i = d.claim("injured", 18, "exact", "18 others were wounded", source="security sources", perpetrator="al-Shabaab")
d.claim("killed", 13, "exact", "the troops killed 13 militants", source="Mowlid Ahmed Hassan", source_span="Hassan", source_occ=1, perpetrator="military")
d.ent("ORG", "Al-Shabab", "al-Shabaab")
d.ent("ORG", "al-Shabab", "al-Shabaab")
d.ent("PER", "Harun Maruf", "Harun Maruf")
d.ent("LOC", "Mogadishu", "Mogadishu", geonameid=53654)
d.ent("ORG", "VOA Somali", "VOA Somali Service")
d.ent("LOC", "El-Salin", "El-Salin")
d.ent("PER", "Mowlid Ahmed Hassan", "Mowlid Ahmed Hassan")
d.ent("PER", "Hassan", "Mowlid Ahmed Hassan")
d.ent("LOC", "Lower Shabelle", "Lower Shabeelle")
record(
    "real-en-f03",
    published="2019-09-22",
    url="https://www.voanews.com/africa/al-shabab-attack-kills-20-somali-soldiers",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=True,
    doc=d,
    gold_head={
        "event_date": "2019-09-22",
        # El-Salin base is not in the gazetteer; the text names only its region
        # (Lower Shabelle), whose centre town Marka is listed
        **place(54225, admin1="Lower Shabeelle"),
        "geo_precision": "region",
        "event_types": ["Battles", "Explosions/Remote violence"],
        "sub_event_types": ["Armed clash", "Suicide bomb"],
    },
    figures={"killed": k, "injured": i},
    actor_specs=[
        ("al-Shabaab", "armed group", ["al-Shabab", "militants", "The militants"]),
        ("Somali military", "state forces", ["Somali government soldiers", "Somali special forces", "the troops", "Somali troops", "Somali military", "government soldiers"]),
    ],
    persons_same=[("Mowlid Ahmed Hassan", "Hassan")],
    incident="so-lower-shabeelle-region-2019-09-22",
)

# ---------------------------------------------------------------------------
# f04  VOA, Awdhegle (Lower Shabelle, Somalia), 14 August 2019: vehicle bombs
#      and assault on a base (near-miss of f03: same region, another base and day)
# ---------------------------------------------------------------------------
T = (
    "At Least 7 Killed in al-Shabab Attack on Somali Base\n\n"
    "Lower Shabelle, Somalia\n"
    "Lower Shabelle, Somalia\n\n"
    "At least six Somali government soldiers and a cameraman were killed and 13 others were injured Wednesday when al-Shabab militants attacked a military base near the capital, officials say.\n\n"
    "The officials say back-to-back vehicle-borne improvised explosive devices (VBIEDs) hit the base in the town of Awdhegle, 70 kilometers south of Mogadishu. Militants then attacked the base from two sides, exchanging gunfire with government forces before they were overpowered and pushed back.\n\n"
    "Awdhigle Somalia\n"
    "Awdhigle Somalia\n\n"
    "Al-Shabab, which claimed responsibility for the attack, said it killed at least 50 government soldiers. Security sources told VOA Somali that government forces suffered six fatalities. The governor of Lower Shabelle region Ibrahim Adan Najah told VOA Somali that a cameraman working with the Somali National Army was also killed.\n\n"
    "Najah said 23 militants were killed by the government forces.\n\n"
    "Commander of Somali ground forces General Odawaa Yusuf Rageh, who was at the base at the time of the attack, told VOA that VBIEDs detonated before they could hit frontline forces.\n\n"
    "“Our forces were ready to confront,” he said. “The attack ended in failure, both vehicles were foiled and were blown up before they reached the defenses.”\n\n"
    "Awdhegle has changed hands between Somali forces and al-Shabab several times over the past three years. Somali troops recaptured Awdhegle from al-Shabab on August 6."
)
d = Doc(T)
k = d.claim("killed", 7, "at_least", "At Least 7 Killed", perpetrator="al-Shabaab")
# "six soldiers and a cameraman": the sum (GUIDE 12.7) and its two parts
d.claim(
    "killed", 7, "at_least", "At least six Somali government soldiers and a cameraman were killed",
    source="officials", perpetrator="al-Shabaab",
)
d.claim(
    "killed", 6, "at_least", "At least six Somali government soldiers",
    source="officials", perpetrator="al-Shabaab",
)
d.claim(
    "killed", 1, "exact", "a cameraman were killed",
    source="officials", perpetrator="al-Shabaab",
)
i = d.claim("injured", 13, "exact", "13 others were injured", source="officials", perpetrator="al-Shabaab")
d.claim(
    "killed", 50, "at_least", "killed at least 50 government soldiers",
    source="al-Shabab", source_span="Al-Shabab", perpetrator="al-Shabaab",
    accept_certainties=["unconfirmed"],
)
d.claim("killed", 6, "exact", "government forces suffered six fatalities", source="security sources", source_span="Security sources")
d.claim("killed", 1, "exact", "a cameraman working with the Somali National Army was also killed", source="Ibrahim Adan Najah")
d.claim("killed", 23, "exact", "23 militants were killed", source="Ibrahim Adan Najah", source_span="Najah", source_occ=1, perpetrator="military")
d.ent("ORG", "al-Shabab", "al-Shabaab")
d.ent("ORG", "Al-Shabab", "al-Shabaab")
d.ent("LOC", "Lower Shabelle", "Lower Shabeelle")
d.ent("LOC", "Somalia", "Somalia", country="SO")
d.ent("LOC", "Awdhegle", "Awdheegle")
d.ent("LOC", "Awdhigle", "Awdheegle")
d.ent("LOC", "Mogadishu", "Mogadishu", geonameid=53654)
d.ent("ORG", "VOA Somali", "VOA Somali Service")
d.ent("PER", "Ibrahim Adan Najah", "Ibrahim Adan Najah")
d.ent("ORG", "Somali National Army", "Somali National Army")
d.ent("PER", "Najah", "Ibrahim Adan Najah")
d.ent("PER", "Odawaa Yusuf Rageh", "Odowaa Yusuf Rageh")
d.ent("ORG", "VOA", "Voice of America")
record(
    "real-en-f04",
    published="2019-08-14",
    url="https://www.voanews.com/a/africa_least-7-killed-al-shabab-attack-somali-base/6173819.html",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=False,
    doc=d,
    notes={"published_note": "the stored page shows no date; 'Wednesday' is 14 August 2019 (dated copies of the same article, by Harun Maruf, are dated August 14, 2019)"},
    gold_head={
        "event_date": "2019-08-14",
        # Awdhegle is not in the gazetteer; the text names its region, Lower
        # Shabelle, whose centre town Marka is listed
        **place(54225, admin1="Lower Shabeelle"),
        "geo_precision": "region",
        "event_types": ["Battles", "Explosions/Remote violence"],
        "sub_event_types": ["Armed clash", "Remote explosive/landmine/IED"],
    },
    figures={"killed": k, "injured": i},
    actor_specs=[
        ("al-Shabaab", "armed group", ["al-Shabab militants", "Militants", "Al-Shabab", "militants", "al-Shabab"]),
        ("Somali military", "state forces", ["Somali government soldiers", "government forces", "Somali National Army", "Somali ground forces", "frontline forces", "Somali forces", "Somali troops"]),
        ("journalists", "civilians", ["cameraman"]),
    ],
    persons_same=[("Ibrahim Adan Najah", "Najah")],
    incident="so-lower-shabeelle-region-2019-08-14",
)

# ---------------------------------------------------------------------------
# f05  VOA, Kabul, 19-20 January 2022: women activists taken from their homes
#      (Taliban denial = a denied zero)
# ---------------------------------------------------------------------------
CAP = "A Ministry for the Propagation of Virtue and the Prevention of Vice sitcker reading \"According to Sharia Law, Muslim women must do the Hijab (covering head)\" is seen on the window of a shop in Kabul, Jan. 7, 2022."
T = (
    "Rights Groups: Taliban Arrest 4 Afghan Women at Homes\n\n"
    "FILE - Afghan women walk through Panjwaii town, Kandahar province, Afghanistan. Women in Kabul took part in a protest Jan. 16, 2021, against a Taliban directive making wearing hijabs compulsory for women, and now several appear to have been detained.\n\n"
    "A female Afghan human rights activist, her two sisters and another activist have been taken from their homes after recent protests in Kabul, friends and activists say, prompting suspicions they were detained by the Taliban.\n\n"
    "Shafi Karimi, a freelance journalist, told VOA that Tamana Paryani and her two sisters have been missing since Wednesday night.\n\n"
    "\"Tamana's father went to all the Taliban offices today and found no clues about his daughters,\" Karimi said.\n\n"
    "The Associated Press, citing eyewitnesses, said the Taliban \"stormed\" an apartment in Kabul, \"smashing the door in\" and arresting Paryani and her sisters.\n\n"
    "Another woman who took part in Sunday's protest against a Taliban directive making wearing hijabs, or Islamic headscarves, compulsory for women is also believed to have been detained.\n\n"
    + CAP + "\n" + CAP + "\n\n"
    "The Taliban denied arresting the women, however. \"This news is baseless, and no women [have been] arrested in Kabul,\" Taliban spokesperson Zabihullah Mujahid told the BBC.\n\n"
    "Despite the Taliban government's denials, activists are preparing for more detentions."
)
d = Doc(T)
a = d.claim("arrested", 4, "exact", "Taliban Arrest 4 Afghan Women", source="rights groups", source_span="Rights Groups", perpetrator="Taliban", accept_kinds=["detained", "missing"])
d.claim(
    "detained", 3, "vague", "several appear to have been detained",
    certainty="unconfirmed", accept_kinds=["arrested", "missing"], accept_certainties=["reported"],
)
# the sum of the three coordinated parts (GUIDE 12.7), then the parts
d.claim(
    "missing", 4, "exact", "A female Afghan human rights activist, her two sisters and another activist have been taken from their homes",
    source="friends and activists", accept_kinds=["detained"],
)
d.claim(
    "missing", 1, "exact", "A female Afghan human rights activist",
    source="friends and activists", accept_kinds=["detained"],
)
d.claim(
    "missing", 2, "exact", "her two sisters",
    source="friends and activists", accept_kinds=["detained"],
)
d.claim(
    "missing", 1, "exact", "another activist have been taken",
    source="friends and activists", accept_kinds=["detained"],
)
d.claim(
    "missing", 3, "exact", "Tamana Paryani and her two sisters have been missing",
    source="Shafi Karimi",
)
d.claim("missing", 2, "exact", "her two sisters", 1, source="Shafi Karimi")
d.claim(
    "detained", 1, "exact", "Another woman who took part in Sunday's protest against a Taliban directive making wearing hijabs, or Islamic headscarves, compulsory for women is also believed to have been detained",
    certainty="unconfirmed", accept_kinds=["arrested", "missing"],
)
d.claim(
    "arrested", 0, "exact", "no women [have been] arrested", certainty="denied",
    source="Zabihullah Mujahid",
)
d.ent("ORG", "Taliban", "Taliban")
d.ent("LOC", "Panjwaii", "Panjwayi")
d.ent("LOC", "Kandahar", "Kandahar Province")
d.ent("LOC", "Afghanistan", "Afghanistan", country="AF")
d.ent("LOC", "Kabul", "Kabul", geonameid=1138958)
d.ent("PER", "Shafi Karimi", "Shafi Karimi")
d.ent("ORG", "VOA", "Voice of America")
d.ent("PER", "Tamana Paryani", "Tamana Paryani")
d.ent("PER", "Tamana", "Tamana Paryani")
d.ent("PER", "Karimi", "Shafi Karimi")
d.ent("ORG", "Associated Press", "Associated Press")
d.ent("PER", "Paryani", "Tamana Paryani")
d.ent("ORG", "Ministry for the Propagation of Virtue and the Prevention of Vice", "Ministry for the Propagation of Virtue and the Prevention of Vice")
d.ent("PER", "Zabihullah Mujahid", "Zabihullah Mujahid")
d.ent("ORG", "BBC", "BBC")
record(
    "real-en-f05",
    published="2022-01-20",
    url="https://www.voanews.com/a/rights-groups-taliban-arrest-4-afghan-women-at-homes/6406330.html",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=True,
    doc=d,
    notes={"published_note": "not on the stored page; inferred from the text: missing 'since Wednesday night' (19 January 2022, after the protest of Sunday 16 January) and the father's search 'today'"},
    gold_head={
        "event_date": "2022-01-19",
        **place(1138958, admin1="Kabul"),
        "geo_precision": "place",
        "event_types": ["Violence against civilians"],
        "sub_event_types": ["Abduction/forced disappearance"],
    },
    figures={"arrested": a},
    actor_specs=[
        ("Taliban", "state forces", ["Taliban", "Taliban spokesperson"]),
        ("women activists", "civilians", ["female Afghan human rights activist", "another activist", "Another woman", "the women"]),
        ("women protesters", "protesters", ["Women in Kabul"]),
    ],
    persons_same=[("Tamana Paryani", "Tamana", "Paryani"), ("Shafi Karimi", "Karimi")],
    incident="af-kabul-2022-01-19",
)

# ---------------------------------------------------------------------------
# f06  VOA, Conakry, 22 January 2007: marches against President Conte fired on
# ---------------------------------------------------------------------------
T = (
    "Guinea Protests Turn Deadly\n\n\n"
    "Clashes in Guinea between protesters demanding the president's resignation and security forces claimed at least 20 lives and led to dozens of injuries. VOA's Nico Colombant reports from our regional bureau in Dakar.\n\n"
    "Doctors in the capital Conakry said most of the victims had been shot at with real bullets.\n\n"
    "Union leaders had called for large marches to begin on Monday, despite a government ban and a heavy military presence.\n\n"
    "Youths took to the streets in the early morning hours, moving from the suburbs of the capital closer to the center.\n\n"
    "Most of the shooting took place midday when waves of protesters approached the presidential palace and other government buildings.\n\n"
    "The protesters called on President Lansana Conte to resign, saying he was a dictator who cheated in elections.\n\n"
    "At one point, according to eye witnesses, security forces lobbed a grenade into an area where doctors were treating some of the wounded.\n\n"
    "Local journalist Maseco Conde says union leaders were detained after nightfall.\n\n"
    "Earlier, in a raid led by the president's own son, a special security force attacked an area where union leaders were meeting.\n\n"
    "Deadly violence was also reported in other cities.\n\n"
    "Analyst Gilles Yabi, with the Brussels-based International Crisis Group, says the protests would probably fizzle if a new prime minister was named.\n\n"
    "\"The minimum compromise would be the appointment of this prime minister with full powers, a kind of neutralization of President Conte,\" said Gilles Yabi. \"And even this can be acceptable to the population. What the Guineans have been asking really now is for Conte to leave them, to go into a village, even retaining the title of president but not interfering in the affairs of the country, not interfering in the justice and not plunging and maintaining the country in a situation of dire poverty.\"\n\n"
    "Guinea's opposition leaders said they feared they would also be arrested."
)
d = Doc(T)
k = d.claim("killed", 20, "at_least", "claimed at least 20 lives")
i = d.claim("injured", 12, "vague", "dozens of injuries")
d.ent("LOC", "Guinea", "Guinea", country="GN")
d.ent("ORG", "VOA", "Voice of America")
d.ent("PER", "Nico Colombant", "Nico Colombant")
d.ent("LOC", "Dakar", "Dakar", geonameid=2253354)
d.ent("LOC", "Conakry", "Conakry", geonameid=2422465)
d.ent("PER", "Lansana Conte", "Lansana Conté")
d.ent("PER", "Maseco Conde", "Maseco Conde")
d.ent("PER", "Gilles Yabi", "Gilles Yabi")
d.ent("LOC", "Brussels", "Brussels", geonameid=2800866)
d.ent("ORG", "International Crisis Group", "International Crisis Group")
d.ent("PER", "Conte", "Lansana Conté")
record(
    "real-en-f06",
    published="2007-01-22",
    url="https://www.voanews.com/a/a-13-2007-01-22-voa39/336172.html",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=True,
    doc=d,
    notes={"published_note": "from the URL (a-13-2007-01-22); the page shows no date"},
    gold_head={
        "event_date": "2007-01-22",
        **place(2422465, admin1="Conakry"),
        "geo_precision": "place",
        "event_types": ["Protests", "Explosions/Remote violence", "Strategic developments"],
        "sub_event_types": ["Excessive force against protesters", "Grenade", "Arrests"],
        "tags": ["security_forces_deployment"],
    },
    figures={"killed": k, "injured": i},
    actor_specs=[
        ("protesters", "protesters", ["protesters", "Youths", "The protesters"]),
        ("security forces", "state forces", ["security forces", "special security force"]),
        ("trade unions", "political", ["Union leaders", "union leaders"]),
        ("opposition", "political", ["opposition leaders"]),
    ],
    persons_same=[("Lansana Conte", "Conte")],
    incident="gn-conakry-2007-01-22",
)

# ---------------------------------------------------------------------------
# f07  VOA Africa video note, Kibera (Nairobi), 27 March 2023: one paragraph,
#      no figures (Kibera is not in the gazetteer: Nairobi)
# ---------------------------------------------------------------------------
T = (
    "Kenyan Police Teargas Violent Protestors\n\n\n"
    "Kenyan Police Teargas Violent Protestors\n"
    "please wait\n\n"
    "No media source currently available\n\n"
    "0:00 0:01:46 0:00\n\n"
    "Kenyan Police Monday faced violent protests after tensions ran high in Nairobi, especially in the capital city’s largest slum, Kibera, after veteran opposition leader Raila Odinga defied a protest ban by leading an anti-government demonstration focused on highlighting citizens displeasure with the high cost of living."
)
d = Doc(T)
d.ent("LOC", "Nairobi", "Nairobi", geonameid=184745)
d.ent("LOC", "Kibera", "Kibera")
d.ent("PER", "Raila Odinga", "Raila Odinga")
record(
    "real-en-f07",
    published="2023-03-27",
    url="https://www.voaafrica.com/a/kenyan-police-teargas-violent-protestors/7023526.html",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=False,
    doc=d,
    notes={"published_note": "not on the stored page; the clip follows VOA Africa item 7023359 on the Monday 27 March 2023 protests, which Odinga led 'despite a police ban'"},
    gold_head={
        "event_date": "2023-03-27",
        **place(184745, admin1="Nairobi Area"),
        "geo_precision": "place",
        "event_types": ["Riots"],
        "sub_event_types": ["Violent demonstration"],
    },
    figures={},
    actor_specs=[
        ("police", "state forces", ["Kenyan Police"]),
        ("protesters", "rioters", ["Violent Protestors"]),
        ("opposition", "political", ["veteran opposition leader Raila Odinga"]),
    ],
    incident="ke-nairobi-2023-03-27",
)

# ---------------------------------------------------------------------------
# f08  VOA, off Bayelsa State (Nigeria), 25 May 2007: foreign oil workers
#      kidnapped from an offshore facility; totals for the year are background
# ---------------------------------------------------------------------------
T = (
    "Nigerian Militants Kidnap More Foreign Oil Workers\n\n\n"
    "Gunmen in Nigeria have kidnapped Friday at least eight more foreign oil workers in the country's Niger Delta region. Kari Barber reports for VOA from Abuja.\n\n"
    "Nigerian police say the workers were taken from an off-shore facility in southern Bayelsa State by men who arrived by boat. Diplomats in Nigerian say the kidnapped workers include three Americans, at least two British nationals and one South African.\n\n"
    "More than 100 foreign oil workers have been kidnapped so far this year in the Niger Delta, at least 40 of them in the month of May alone. On Thursday, a Polish oil worker was abducted in the southern city of Warri.\n\n"
    "Militant groups in the delta say they are fighting for a more equal distribution of the region's oil wealth. The kidnaped workers are usually released unharmed, after a ransom is paid.\n\n"
    "Niger Delta community activist Charles Johnson lives in one of the areas where many militants operate. He says although he does not support kidnapping oil workers, he understands the militants' frustrations at the persistence of poverty in a land rich in oil wealth.\n\n"
    "\"We hail them in certain actions they take,\" he said. \"We have to fight for our rights. The only place we do not support them is when it comes to hostage taking and all of those things, we do not really go for that. It creates more tension and spoils the relationship between Nigeria and other countries. So it is not really the best form of fighting for your rights.\"\n\n"
    "In recent weeks, the militant groups have begun kidnaping foreigners not working in the oil sector.\n\n"
    "Aid workers who try to negotiate with the militants say they have been asking for as much as one million dollars per group of hostages.\n\n"
    "In an e-mail sent to reporters, the main militant group, known by its acronym MEND, said it had nothing to do with Friday's kidnapping."
)
d = Doc(T)
m = d.claim("missing", 8, "at_least", "kidnapped Friday at least eight more foreign oil workers", perpetrator="unknown gunmen")
d.claim("missing", 3, "exact", "three Americans", source="diplomats", source_span="Diplomats")
d.claim("missing", 2, "at_least", "at least two British nationals", source="diplomats", source_span="Diplomats")
d.claim("missing", 1, "exact", "one South African", source="diplomats", source_span="Diplomats")
d.claim("missing", 100, "more_than", "More than 100 foreign oil workers have been kidnapped", scope="background")
d.claim("missing", 40, "at_least", "at least 40 of them", scope="background")
d.claim("missing", 1, "exact", "a Polish oil worker was abducted", scope="background")
d.ent("LOC", "Nigeria", "Nigeria", country="NG")
d.ent("LOC", "Niger Delta", "Niger Delta")
d.ent("PER", "Kari Barber", "Kari Barber")
d.ent("ORG", "VOA", "Voice of America")
d.ent("LOC", "Abuja", "Abuja", geonameid=2352778)
d.ent("LOC", "Bayelsa", "Bayelsa State")
d.ent("LOC", "Nigerian", "Nigeria", occs=[2], country="NG")
d.ent("LOC", "Warri", "Warri", geonameid=2319133)
d.ent("PER", "Charles Johnson", "Charles Johnson")
d.ent("ORG", "MEND", "Movement for the Emancipation of the Niger Delta")
record(
    "real-en-f08",
    published="2007-05-25",
    url="https://www.voanews.com/a/a-13-2007-05-25-voa70/348067.html",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=True,
    doc=d,
    notes={"published_note": "from the URL (a-13-2007-05-25); the page shows no date"},
    gold_head={
        "event_date": "2007-05-25",
        # an offshore facility off Bayelsa State: the state's capital
        **place(2318123, admin1="Bayelsa"),
        "geo_precision": "region",
        "event_types": ["Violence against civilians"],
        "sub_event_types": ["Abduction/forced disappearance"],
    },
    figures={},
    actor_specs=[
        ("unknown gunmen", "armed group", ["Gunmen", "men who arrived by boat"]),
        ("Niger Delta militants", "armed group", ["Nigerian Militants", "Militant groups", "militants", "MEND"]),
        ("police", "state forces", ["Nigerian police"]),
        ("foreign oil workers", "civilians", ["foreign oil workers", "the workers", "oil worker"]),
    ],
    incident="ng-bayelsa-region-2007-05-25",
)

# ---------------------------------------------------------------------------
# f09  VOA, Owerri-Port Harcourt road (Nigeria), 6 February 2007: a Filipino
#      worker kidnapped; a police death only in "some news reports"
# ---------------------------------------------------------------------------
T = (
    "Oil Worker Kidnapped in Nigeria's Delta Region\n\n\n"
    "Another oil worker has been kidnapped by gunmen in Nigeria's troubled Delta region. Sarah Simpson reports for VOA from Lagos.\n\n"
    "A spokesman for oil company Shell Nigeria, Bisi Ojediran, told VOA that one contract worker, a national of the Philippines, was taken hostage while traveling along the Owerri-Port Harcourt road.\n\n"
    "Port Harcourt is the main commercial center for Nigeria's oil-rich delta region.\n\n"
    "Some news reports from the region say there was an exchange of gunfire during the abduction and one police officer who had been escorting the worker, was killed.\n\n"
    "But the deputy police commissioner of Rivers State, with responsibility for Port Harcourt, said he had no information about any new attack on oil workers. Full details of kidnappings are often difficult to determine for many hours and sometimes days in a region with poor communications.\n\n"
    "Hostage taking has become frequent in the Niger Delta and attacks on oil installations and personnel last year cut oil exports by about a quarter.\n\n"
    "This latest abduction brings the number of foreign nationals believed held by armed groups in the delta region to 30.\n\n"
    "Last month, the Philippines blocked foreign nationals from accepting work contracts in Nigeria after 24 were taken hostage in a single incident.\n\n"
    "Militia groups operating in the area say they want a bigger share of the wealth from the Nigerian government and oil companies who have pumped billions of dollars of crude from beneath their soil, but left residents impoverished.\n\n"
    "But analysts say that hostage taking is increasingly a moneymaking enterprise for criminal gangs.\n\n"
    "Kidnappers demand tens of thousands of dollars for the safe return of foreign workers, who are generally released unharmed. Oil companies officially deny payment of ransom."
)
d = Doc(T)
d.claim("missing", 1, "exact", "Another oil worker has been kidnapped", perpetrator="unknown gunmen")
d.claim("missing", 1, "exact", "one contract worker, a national of the Philippines, was taken hostage", source="Bisi Ojediran")
k = d.claim(
    "killed", 1, "exact", "one police officer who had been escorting the worker, was killed",
    source="some news reports", source_span="Some news reports",
    certainty="unconfirmed", accept_certainties=["reported"],
)
d.claim(
    "missing", 30, "exact", "the number of foreign nationals believed held by armed groups in the delta region to 30",
    scope="background", certainty="unconfirmed", accept_certainties=["reported"],
)
d.claim("missing", 24, "exact", "24 were taken hostage", scope="background")
d.ent("LOC", "Nigeria", "Nigeria", country="NG")
d.ent("LOC", "Delta", "Niger Delta")
d.ent("PER", "Sarah Simpson", "Sarah Simpson")
d.ent("ORG", "VOA", "Voice of America")
d.ent("LOC", "Lagos", "Lagos", geonameid=2332459)
d.ent("ORG", "Shell Nigeria", "Shell Nigeria")
d.ent("PER", "Bisi Ojediran", "Bisi Ojediran")
d.ent("LOC", "Philippines", "Philippines", country="PH")
d.ent("LOC", "Owerri-Port Harcourt road", "Owerri–Port Harcourt Road")
d.ent("LOC", "Port Harcourt", "Port Harcourt", geonameid=2324774)
d.ent("LOC", "Rivers State", "Rivers State")
d.ent("LOC", "Niger Delta", "Niger Delta")
record(
    "real-en-f09",
    published="2007-02-06",
    url="https://www.voanews.com/a/a-13-2007-02-06-voa39/331732.html",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=True,
    doc=d,
    notes={"published_note": "from the URL (a-13-2007-02-06); the page shows no date and no day for the kidnapping"},
    gold_head={
        "event_date": "2007-02-06",
        # on the road between Owerri and Port Harcourt; the text ties it to
        # Port Harcourt and Rivers State
        **place(2324774, admin1="Rivers"),
        "geo_precision": "district",
        "event_types": ["Violence against civilians"],
        "sub_event_types": ["Abduction/forced disappearance"],
    },
    figures={"killed": k},
    actor_specs=[
        ("unknown gunmen", "armed group", ["gunmen", "armed groups", "Kidnappers"]),
        ("Niger Delta militias", "armed group", ["Militia groups", "criminal gangs"]),
        ("police", "state forces", ["police officer", "deputy police commissioner"]),
        ("foreign oil workers", "civilians", ["oil worker", "contract worker", "foreign nationals"]),
    ],
    incident="ng-port-harcourt-2007-02-06",
)

# ---------------------------------------------------------------------------
# f10  VOA, Port Harcourt, 18 February 2007 (late Sunday): three oil workers
#      seized from a bar (near-miss of f09: same area, another day)
# ---------------------------------------------------------------------------
T = (
    "Gunmen Seize Three Oil Workers in Nigeria\n\n\n"
    "Gunmen have kidnapped three oil workers in the latest in a series of abductions in Nigeria's restive oil-rich Niger Delta. The Croatian Foreign Ministry says two of those kidnapped are from Croatia and the third is from Montenegro. Gilbert da Costa reports for VOA, an American oil worker was released Sunday, hours before the others were abducted.\n\n"
    "The kidnapped oil workers were reportedly out drinking late Sunday, when gunmen stormed the bar in Nigeria's main oil city Port Harcourt, and kidnapped them.\n\n"
    "No group has claimed responsibility, but kidnapping for ransom has become a fairly regular occurrence in Nigeria's troubled Delta region. Hostages are often released without harm after payment of ransom.\n\n"
    "Tony Tamuno, a journalist in Port Harcourt, says the unprecedented rise in abductions has provoked speculations of a grand conspiracy to extort money.\n\n"
    "\"People are getting tired with the spate of kidnappings, not only in Port Harcourt, but in the Niger Delta region,\" he said. \"Every other day, you hear, this person has been kidnapped, the next day, another person is released, the next day, someone else is kidnapped.\"\n\n"
    "\"And, people feel that maybe something is happening, and we are yet to be told the truth. Obviously, some people are benefiting. People now believe that something is happening, Mr. A or Mr. B could be benefiting from it,\" he added.\n\n"
    "More than 50 foreign workers have been seized in the Niger Delta since January, almost as many as for the whole of 2006. This represents a dramatic surge of violence across the remote creeks of the Delta.\n\n"
    "Tamuno says accessing the mangrove swamps is a major challenge for the Nigerian security in dealing with the growing anarchy.\n\n"
    "He said, \"The security agencies are doing their best. The biggest handicap, or problem, I know they have is, going to the creeks, to go after the kidnappers or militants.\""
)
d = Doc(T)
d.claim("missing", 3, "exact", "Seize Three Oil Workers", perpetrator="unknown gunmen")
m = d.claim("missing", 3, "exact", "kidnapped three oil workers", perpetrator="unknown gunmen")
d.claim("missing", 2, "exact", "two of those kidnapped", source="Croatian Foreign Ministry")
d.claim("missing", 1, "exact", "the third is from Montenegro", source="Croatian Foreign Ministry")
d.claim("missing", 50, "more_than", "More than 50 foreign workers have been seized", scope="background")
d.ent("LOC", "Nigeria", "Nigeria", country="NG")
d.ent("LOC", "Niger Delta", "Niger Delta")
d.ent("ORG", "Croatian Foreign Ministry", "Ministry of Foreign and European Affairs of Croatia")
d.ent("LOC", "Croatia", "Croatia", country="HR")
d.ent("LOC", "Montenegro", "Montenegro", country="ME")
d.ent("PER", "Gilbert da Costa", "Gilbert da Costa")
d.ent("ORG", "VOA", "Voice of America")
d.ent("LOC", "Port Harcourt", "Port Harcourt", geonameid=2324774)
d.ent("LOC", "Delta", "Niger Delta")
d.ent("PER", "Tony Tamuno", "Tony Tamuno")
d.ent("PER", "Tamuno", "Tony Tamuno")
record(
    "real-en-f10",
    published="2007-02-19",
    url="https://www.voanews.com/a/a-13-2007-02-19-voa21/331851.html",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=True,
    doc=d,
    notes={"published_note": "from the URL (a-13-2007-02-19); the kidnapping was 'late Sunday', 18 February 2007"},
    gold_head={
        "event_date": "2007-02-18",
        **place(2324774, admin1="Rivers"),
        "geo_precision": "place",
        "event_types": ["Violence against civilians"],
        "sub_event_types": ["Abduction/forced disappearance"],
    },
    figures={},
    actor_specs=[
        ("unknown gunmen", "armed group", ["Gunmen", "gunmen", "kidnappers"]),
        ("foreign oil workers", "civilians", ["oil workers", "foreign workers"]),
        ("security forces", "state forces", ["Nigerian security", "security agencies"]),
    ],
    persons_same=[("Tony Tamuno", "Tamuno")],
    incident="ng-port-harcourt-2007-02-18",
)

# ---------------------------------------------------------------------------
# f11  VOA, off Port Harcourt, 20 June 2006: two Filipino workers seized from
#      an oil rig (police confirm)
# ---------------------------------------------------------------------------
T = (
    "Nigeria Seeking Release of Kidnapped Oil Workers\n\n"
    "The Nigerian police says it is doing everything possible for the release of two Philippine oil workers seized by gunmen Tuesday. Armed men in a speedboat kidnapped the oil workers near Nigeria's oil capital Port Harcourt.\n\n"
    "Police spokesman Haz Iwendi, who confirmed the incident, said the police have intensified efforts for the release of the kidnapped Philippine oil workers.\n\n"
    "\"Two Filipinos were kidnapped offshore by some men when they were on their oil rig,\" he said. \"No group has claimed responsibility yet; we are still waiting for them. Our men are on their trail.\"\n\n"
    "Tuesday's abduction was the latest in a string of kidnappings and attacks on the Nigerian oil industry. Ethnic Ijaw militants fighting for control of the region's resources and the release of their detained leaders have forced the closure of oil fields producing about 500,000 barrels a day since February.\n\n"
    "But the Niger Delta Volunteer Force, a militant group led by Mujahid Dokubo-Asari, said it had suspended its violent campaigns in the delta.\n\n"
    "Mohammed Powell, who leads the group in the absence of its jailed leader, told VOA it is considering other options to secure the release of Dokubo-Asari.\n\n"
    "\"We are tired of taking hostages and will not do it again. We are not part of it any longer,\" he said. \"We are saying that we will pray till the day God will release him. What we believe as a people is that we have not done anything wrong to the federal government or Nigerians.\"\n\n"
    "Five South Korean gas workers taken hostage in the delta earlier this month were freed after a plea by the jailed militant leader in whose name they were abducted.\n\n"
    "The Niger Delta Volunteer Force's pledge to abstain from further violence is not likely to ease the security problems in the region.\n\n"
    "Other groups including the newly formed Joint Revolutionary Council have vowed to continue their violent protests for Dokubo-Asari's release."
)
d = Doc(T)
d.claim("missing", 2, "exact", "two Philippine oil workers seized by gunmen", source="Nigerian police", perpetrator="unknown gunmen")
m = d.claim(
    "missing", 2, "exact", "Two Filipinos were kidnapped", source="Haz Iwendi",
    certainty="confirmed", accept_certainties=["reported"],
)
d.claim("missing", 5, "exact", "Five South Korean gas workers taken hostage", scope="background")
d.ent("LOC", "Nigeria", "Nigeria", country="NG")
d.ent("LOC", "Port Harcourt", "Port Harcourt", geonameid=2324774)
d.ent("PER", "Haz Iwendi", "Haz Iwendi")
d.ent("ORG", "Niger Delta Volunteer Force", "Niger Delta Volunteer Force")
d.ent("PER", "Mujahid Dokubo-Asari", "Mujahid Dokubo-Asari")
d.ent("PER", "Dokubo-Asari", "Mujahid Dokubo-Asari")
d.ent("PER", "Mohammed Powell", "Mohammed Powell")
d.ent("ORG", "VOA", "Voice of America")
d.ent("ORG", "Joint Revolutionary Council", "Joint Revolutionary Council")
record(
    "real-en-f11",
    published="2006-06-21",
    url="https://www.voanews.com/a/a-13-2006-06-21-voa29/325144.html",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=True,
    doc=d,
    notes={"published_note": "from the URL (a-13-2006-06-21); the kidnapping was on 'Tuesday', 20 June 2006"},
    gold_head={
        "event_date": "2006-06-20",
        # offshore, "near Nigeria's oil capital Port Harcourt"
        **place(2324774, admin1="Rivers"),
        "geo_precision": "district",
        "event_types": ["Violence against civilians"],
        "sub_event_types": ["Abduction/forced disappearance"],
    },
    figures={},
    actor_specs=[
        ("unknown gunmen", "armed group", ["gunmen", "Armed men", "some men"]),
        ("police", "state forces", ["The Nigerian police", "Police spokesman", "the police"]),
        ("Niger Delta Volunteer Force", "armed group", ["Niger Delta Volunteer Force", "militant group"]),
        ("foreign oil workers", "civilians", ["Philippine oil workers", "Filipinos"]),
    ],
    persons_same=[("Mujahid Dokubo-Asari", "Dokubo-Asari")],
    incident="ng-port-harcourt-2006-06-20",
)

# ---------------------------------------------------------------------------
# f12  VOA archive, Zimbabwe, 20 November 2003: a general strike that flopped
#      (no figures; the stored page has no headline)
# ---------------------------------------------------------------------------
T = (
    "A call by Zimbabwe's leading trade union for a two-day general strike in solidarity with arrested labor leaders has gone unheeded by the workers.\n\n"
    "The Zimbabwe Congress of Trade Unions, which called the strike, concedes the industrial action is a flop. A spokesman for the Congress, which represents most private sector workers, blames lack of coverage by the media, which in Zimbabwe, is almost entirely state controlled.\n\n"
    "There is a heavy police presence in the capital, Harare. The police are also reportedly out in force in Zimbabwe's second city, Bulawayo. But reports from both cities say shops, offices, and factories conduct business as usual.\n\n"
    "The strike was organized to force the release of union leaders who were arrested Tuesday, and force changes in the government's economic policies.\n\n"
    "The unions had organized a successful three-day strike last April, shutting down the country's economy. A spokesman for the Congress, Mlamleli Sibanba, said unions have chosen work stoppages because of the brutality with which the police had suppressed peaceful marches in the recent past.\n\n"
    "Zimbabwe is experiencing its worst economic crisis since independence 23 years ago. Inflation has hit an all time high of 525 percent and more than 70 percent of the work force is unemployed."
)
d = Doc(T)
d.ent("LOC", "Zimbabwe", "Zimbabwe", country="ZW")
d.ent("ORG", "Zimbabwe Congress of Trade Unions", "Zimbabwe Congress of Trade Unions")
d.ent("ORG", "Congress", "Zimbabwe Congress of Trade Unions")
d.ent("LOC", "Harare", "Harare", geonameid=890299)
d.ent("LOC", "Bulawayo", "Bulawayo", geonameid=894701)
d.ent("PER", "Mlamleli Sibanba", "Mlamleli Sibanda")
record(
    "real-en-f12",
    published="2003-11-20",
    url="https://www.voanews.com/archive/zimbabwe-call-general-strike-flops-2003-11-20",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=False,
    doc=d,
    notes={"published_note": "from the URL (...-2003-11-20); the stored page has neither headline nor date"},
    gold_head={
        "event_date": "2003-11-20",
        "country": "ZW",
        "admin1": None,
        "location": None,
        "geo_precision": "country",
        "event_types": ["Protests"],
        "sub_event_types": ["Peaceful protest"],
        "tags": ["strike", "security_forces_deployment"],
    },
    figures={},
    actor_specs=[
        ("Zimbabwe Congress of Trade Unions", "political", ["leading trade union", "Zimbabwe Congress of Trade Unions", "the Congress", "unions"]),
        ("workers", "protesters", ["the workers"]),
        ("police", "state forces", ["police", "The police"]),
    ],
    incident="zw-zimbabwe-2003-11-20",
)

# ---------------------------------------------------------------------------
# f13  VOA, Rangoon, 27 September 2007: monasteries raided, monks taken away;
#      Wednesday's death toll is background
# ---------------------------------------------------------------------------
T = (
    "Burmese Security Forces Raid Buddhist Monasteries as Crackdown Continues\n\n"
    "Reports from Burma say security forces in Rangoon have opened fire to disperse demonstrators for the second day in a row. Earlier in the day, security forces raided at least two monasteries and took away scores of Buddhist monks. VOA's Luis Ramirez has more from our Southeast Asia bureau in Bangkok\n\n"
    "Witnesses say Thursday morning's raids targeted monasteries that are home to many of the monks who have led the massive demonstrations over the past week. Rangoon residents said streets were quiet early Thursday, as security forces took up positions in anticipation of new demonstrations.\n\n"
    "Burma's military rulers are barring foreign journalists from the country, and much of the information has come from eyewitnesses on the scene.\n\n"
    "A protester, speaking by telephone, says he doubts international pressure is swaying the military junta to exercise restraint.\n\n"
    "\"We are protesting very peacefully and they cracked down. I think [the] military regime, they don't really care about the international community,\" he said.\n\n"
    "The government confirms one person was killed in Wednesday's violence, in which security forces attacked protesters with batons, tear gas and gunfire. Other sources say the number of dead is higher."
)
d = Doc(T)
a = d.claim("detained", 20, "vague", "took away scores of Buddhist monks", perpetrator="security forces")
d.claim(
    "killed", 1, "exact", "one person was killed", scope="background",
    source="government", source_span="The government", certainty="confirmed", accept_certainties=["reported"],
)
d.claim(
    "killed", 1, "more_than", "the number of dead is higher", scope="background",
    source="other sources", source_span="Other sources", accept_certainties=["unconfirmed"],
)
d.ent("LOC", "Burma", "Myanmar", country="MM")
d.ent("LOC", "Rangoon", "Yangon", geonameid=1298824)
d.ent("ORG", "VOA", "Voice of America")
d.ent("PER", "Luis Ramirez", "Luis Ramirez")
d.ent("LOC", "Southeast Asia", "Southeast Asia")
d.ent("LOC", "Bangkok", "Bangkok", geonameid=1609350)
record(
    "real-en-f13",
    published="2007-09-27",
    url="https://voanews.com/amp/a-13-2007-09-27-voa5/404405.html",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=True,
    doc=d,
    notes={"published_note": "from the URL (a-13-2007-09-27); the raids were on 'Thursday morning', 27 September 2007"},
    gold_head={
        "event_date": "2007-09-27",
        **place(1298824, admin1="Yangon"),
        "geo_precision": "place",
        "event_types": ["Strategic developments", "Protests"],
        "sub_event_types": ["Arrests", "Excessive force against protesters"],
        "tags": ["security_forces_deployment"],
    },
    figures={"arrested": a},
    actor_specs=[
        ("security forces", "state forces", ["Burmese Security Forces", "security forces"]),
        ("Buddhist monks", "civilians", ["Buddhist monks", "the monks"]),
        ("protesters", "protesters", ["demonstrators", "A protester", "protesters"]),
        ("military government", "political", ["military rulers", "military junta", "military regime", "The government"]),
    ],
    incident="mm-yangon-2007-09-27",
)

# ---------------------------------------------------------------------------
# f14  VOA, Niger Delta (Nigeria), 15 June 2007: at least five foreigners seized
#      in two incidents, no place named (region without a gazetteer record)
# ---------------------------------------------------------------------------
T = (
    "Foreign Workers Snatched in Nigeria's Oil-Rich South\n\n\n"
    "Military officials say gunmen have abducted more foreign nationals working in Nigeria's oil-rich Niger Delta. News of the hostage-takings come a day after the release from prison of a prominent militant leader, hailed as a breakthrough in bringing about a solution to lawlessness in the troubled region. Sarah Simpson reports for VOA from Lagos.\n\n"
    "In the latest in a long-running spate of gun-point abductions, military spokesmen said Friday at least five foreign nationals were seized in at least two separate incidents.\n\n"
    "Details remain sketchy, with officials giving conflicting information on the nationalities and even the number of people seized.\n\n"
    "The Niger Delta abductions come hours after a prominent militia leader from the region, Mujahid Dokubo-Asari, was released for health reasons late Thursday after a year and a half in detention.\n\n"
    "Dokubo-Asari, a diabetic, has appealed for bail before without success.\n\n"
    "The timing of his release is widely seen as a key concession by the newly inaugurated President Umar Yar'Adua to militia groups whose attacks have cut oil company production and driven away most foreign staff.\n\n"
    "Yar'Adua has promised to find a solution to the Delta crisis.\n\n"
    "One of the largest militant groups, the Movement for the Emancipation of the Niger Delta, has announced it is suspending attacks to see what President Yar'Adua has to offer.\n\n"
    "Charles Dokubo, an analyst at the Nigeria Institute of International Affairs, says the militant leader's release is not enough and the new president needs to address underdevelopment and the distribution of oil wealth if he is to calm the restive Delta.\n\n"
    "\"To release Asari without negotiating these bigger issues will not resolve anything,\" he said."
)
d = Doc(T)
m = d.claim(
    "missing", 5, "at_least", "at least five foreign nationals were seized",
    source="military spokesmen",
)
d.ent("LOC", "Nigeria", "Nigeria", country="NG")
d.ent("LOC", "Niger Delta", "Niger Delta")
d.ent("PER", "Sarah Simpson", "Sarah Simpson")
d.ent("ORG", "VOA", "Voice of America")
d.ent("LOC", "Lagos", "Lagos", geonameid=2332459)
d.ent("PER", "Mujahid Dokubo-Asari", "Mujahid Dokubo-Asari")
d.ent("PER", "Dokubo-Asari", "Mujahid Dokubo-Asari")
d.ent("PER", "Umar Yar'Adua", "Umaru Musa Yar'Adua")
d.ent("PER", "Yar'Adua", "Umaru Musa Yar'Adua")
d.ent("LOC", "Delta", "Niger Delta")
d.ent("ORG", "Movement for the Emancipation of the Niger Delta", "Movement for the Emancipation of the Niger Delta")
d.ent("PER", "Charles Dokubo", "Charles Dokubo")
d.ent("ORG", "Nigeria Institute of International Affairs", "Nigerian Institute of International Affairs")
d.ent("PER", "Asari", "Mujahid Dokubo-Asari")
record(
    "real-en-f14",
    published="2007-06-15",
    url="https://www.voanews.com/a/a-13-2007-06-15-voa33-66779312/564999.html",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=True,
    doc=d,
    notes={"published_note": "from the URL (a-13-2007-06-15); the seizures came 'hours after' a release 'late Thursday' and were announced 'Friday'"},
    gold_head={
        "event_date": "2007-06-15",
        # only "Nigeria's oil-rich Niger Delta": no admin unit, no gazetteer record
        "country": "NG",
        "admin1": None,
        "location": None,
        "geo_precision": "region",
        "event_types": ["Violence against civilians"],
        "sub_event_types": ["Abduction/forced disappearance"],
    },
    figures={},
    actor_specs=[
        ("unknown gunmen", "armed group", ["gunmen"]),
        ("military", "state forces", ["Military officials", "military spokesmen"]),
        ("Niger Delta militants", "armed group", ["militia groups", "militant groups", "Movement for the Emancipation of the Niger Delta"]),
        ("foreign workers", "civilians", ["foreign nationals", "Foreign Workers"]),
    ],
    persons_same=[("Mujahid Dokubo-Asari", "Dokubo-Asari", "Asari"), ("Umar Yar'Adua", "Yar'Adua")],
    incident="ng-niger-delta-region-2007-06-15",
)

# ---------------------------------------------------------------------------
# f15  VOA, Naivasha (Kenya), 27 January 2008: ethnic clashes; national toll
#      since the election is background
# ---------------------------------------------------------------------------
T = (
    "Ethnic Clashes in Western Kenya Kill 20 Sunday\n\n\n"
    "Fresh ethnic clashes in western Kenya's Rift Valley Sunday killed at least 20 people and injured scores of others.\n\n"
    "Witnesses say the violence has spread to the previously quiet tourist town of Naivasha, where people were hacked to death, shot with arrows or burned to death in their homes.\n\n"
    "The violence between rival tribes continued in Naivasha despite the heightened presence of soldiers and police.\n\n"
    "Since the controversial presidential elections a month ago, the fighting killed nearly 800 people and displaced more than 250,000 others.\n\n"
    "The violence complicates the mission of former U.N. Secretary-General Kofi Annan, who is trying to bring together President Mwai Kibaki and opposition leader Raila Odinga.\n\n"
    "Annan said after visiting the region that the election dispute had resulted in \"gross and systematic\" human rights abuses. He met with Odinga in Nairobi Sunday.\n\n"
    "Odinga accuses Mr. Kibaki of rigging the December 27 vote. Most of the violence is between Mr. Odinga's Luo tribe and the president's Kikuyu tribe.\n\n"
    "On Thursday, Annan brought President Kibaki and Mr. Odinga together for their first face-to-face discussions since the disputed election. Both sides later accused the other of seeking to undermine the talks.\n\n"
    "Some information for this report was provided by AFP and AP."
)
d = Doc(T)
d.claim("killed", 20, "exact", "Kill 20")
k = d.claim("killed", 20, "at_least", "killed at least 20 people")
i = d.claim("injured", 20, "vague", "injured scores of others")
d.claim("killed", 800, "about", "killed nearly 800 people", scope="background", accept_qualifiers=["less_than"])
d.claim("displaced", 250000, "more_than", "displaced more than 250,000 others", scope="background")
d.ent("LOC", "Kenya", "Kenya", country="KE")
d.ent("LOC", "Rift Valley", "Rift Valley")
d.ent("LOC", "Naivasha", "Naivasha", geonameid=184707)
d.ent("ORG", "U.N.", "United Nations")
d.ent("PER", "Kofi Annan", "Kofi Annan")
d.ent("PER", "Annan", "Kofi Annan")
d.ent("PER", "Mwai Kibaki", "Mwai Kibaki")
d.ent("PER", "Kibaki", "Mwai Kibaki")
d.ent("PER", "Raila Odinga", "Raila Odinga")
d.ent("PER", "Odinga", "Raila Odinga")
d.ent("LOC", "Nairobi", "Nairobi", geonameid=184745)
d.ent("ORG", "AFP", "Agence France-Presse")
d.ent("ORG", "AP", "Associated Press")
record(
    "real-en-f15",
    published="2008-01-27",
    url="https://www.voanews.com/a/a-13-2008-01-27-voa10/338770.html",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=False,
    doc=d,
    notes={"published_note": "from the URL (a-13-2008-01-27); the page shows no date"},
    gold_head={
        "event_date": "2008-01-27",
        **place(184707, admin1="Nakuru"),
        "geo_precision": "place",
        "event_types": ["Riots"],
        "sub_event_types": ["Mob violence"],
        "tags": ["arson", "security_forces_deployment"],
    },
    figures={"killed": k, "injured": i},
    actor_specs=[
        ("Kikuyu and Luo gangs", "rioters", ["rival tribes"]),
        ("civilians", "civilians", ["people"]),
        ("security forces", "state forces", ["soldiers and police"]),
        ("opposition", "political", ["opposition leader Raila Odinga"]),
    ],
    persons_same=[("Kofi Annan", "Annan"), ("Mwai Kibaki", "Kibaki"), ("Raila Odinga", "Odinga")],
    incident="ke-naivasha-2008-01-27",
)

# ---------------------------------------------------------------------------
# f16  VOA, Kisumu (Kenya), 28 January 2008: Luo youths riot, police fire live
#      rounds; Kakamega the same day; Naivasha of the day before in passing
#      (near-miss of f15)
# ---------------------------------------------------------------------------
T = (
    "Ethnic Clashes Spread in Kenya\n\n"
    "Police battled rampaging youths in western Kenya as ethnic clashes that have left more than 100 people dead in the past four days spread across the country. VOA Correspondent Alisha Ryu in the Kenyan capital Nairobi has details about the latest flare-up of tribal violence that has killed nearly 900 people since elections last month.\n\n"
    "Thousands of angry youths belonging to the Luo tribe poured out of slums in Kisumu in western Kenya and rampaged through the downtown area, setting shops on fire and barricading roads with burning tires.\n\n"
    "They clashed with police, who threw tear gas and fired live rounds. Witnesses tell VOA that at least two people were shot and killed and dozens more wounded before the police regained control of the streets.\n\n"
    "About 100-kilometers north of Kisumu, ethnic Luhyas in the town of Kakamega torched houses and several shops and businesses belonging to ethnic Kikuyus, who have been strong supporters of embattled President Mwai Kibaki.\n\n"
    "The ethnic Luo and Luhya youths were said to be enraged over reports that police did little to stop recent violence that pitted members of Mr. Kibaki's ethnic Kikuyu tribe against ethnic Luos and other tribes living in the Rift Valley towns of Nakuru and Naivasha in central Kenya.\n\n"
    "The violence, in which rival gangs fought with machetes, clubs, and bows and arrows, turned especially gruesome Sunday in Naivasha. The police say a mob of Kikuyus chased a group of Luos, including several children, into a house and set the building ablaze.\n\n"
    "A businessman in Kisumu, Israel Agina, says that incident has triggered calls for revenge.\n\n"
    "\"After watching what happened in Naivasha and Nakuru, especially to their kids and kin who were being butchered in the presence of the police, they were very annoyed,\" he said. \"The atmosphere is very, very tense. The youth are now being stopped from entering town. Part of the town is now deserted and people are not moving."
)
d = Doc(T)
d.claim("killed", 100, "more_than", "left more than 100 people dead", scope="background")
d.claim("killed", 900, "about", "killed nearly 900 people", scope="background", accept_qualifiers=["less_than"])
p = d.claim("participants", 1000, "vague", "Thousands of angry youths")
k = d.claim("killed", 2, "at_least", "at least two people were shot and killed", source="witnesses", source_span="Witnesses")
i = d.claim("injured", 12, "vague", "dozens more wounded", source="witnesses", source_span="Witnesses")
d.ent("LOC", "Kenya", "Kenya", country="KE")
d.ent("ORG", "VOA", "Voice of America")
d.ent("PER", "Alisha Ryu", "Alisha Ryu")
d.ent("LOC", "Nairobi", "Nairobi", geonameid=184745)
d.ent("LOC", "Kisumu", "Kisumu", geonameid=191245)
d.ent("LOC", "Kakamega", "Kakamega", geonameid=195272)
d.ent("PER", "Mwai Kibaki", "Mwai Kibaki")
d.ent("PER", "Kibaki", "Mwai Kibaki")
d.ent("LOC", "Rift Valley", "Rift Valley")
d.ent("LOC", "Nakuru", "Nakuru", geonameid=184622)
d.ent("LOC", "Naivasha", "Naivasha", geonameid=184707)
d.ent("PER", "Israel Agina", "Israel Agina")
record(
    "real-en-f16",
    published="2008-01-28",
    url="https://www.voanews.com/a/a-13-2008-01-28-voa28/401234.html",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=True,
    doc=d,
    notes={"published_note": "from the URL (a-13-2008-01-28); the page shows no date"},
    gold_head={
        "event_date": "2008-01-28",
        **place(191245, admin1="Kisumu"),
        "geo_precision": "place",
        "event_types": ["Riots"],
        "sub_event_types": ["Violent demonstration", "Mob violence"],
        "tags": ["arson", "blockade"],
    },
    figures={"killed": k, "injured": i, "participants": p},
    actor_specs=[
        ("Luo youths", "rioters", ["rampaging youths", "angry youths", "Luo and Luhya youths"]),
        ("Luhya youths", "rioters", ["ethnic Luhyas"]),
        ("Kikuyu gangs", "rioters", ["a mob of Kikuyus", "rival gangs"]),
        ("police", "state forces", ["Police", "police", "The police"]),
        ("Kikuyu civilians", "civilians", ["ethnic Kikuyus"]),
    ],
    persons_same=[("Mwai Kibaki", "Kibaki")],
    incident="ke-kisumu-2008-01-28",
)

# ---------------------------------------------------------------------------
# f17  VOA, Addis Ababa, 8-9 June 2005: shootings, mass arrests of students and
#      opposition leaders, a taxi strike
# ---------------------------------------------------------------------------
T = (
    "Ethiopian Government Detains Protesters, Opposition\n\n"
    "The streets in the Ethiopian city of Addis Ababa were deserted Thursday, as troops patrolled the capital one day after security forces fired into groups of protesters, killing at least 26 people. For a second day, shops remained closed and taxi drivers continued their strike in support of protesters, who accuse the government of rigging last month's parliamentary elections.\n\n"
    "Ethiopian authorities say troops are enforcing a one-month ban on demonstrations, and they have warned against further protests.\n\n"
    "Hundreds of students were arrested during protests against initial election results that showed a majority for the ruling party. Both sides have declared victory.\n\n"
    "Several opposition politicians were arrested following the violence, including Lidetu Ayalew, a spokesman for the opposition Coalition for Unity and Democracy and the secretary general of a group within the CUD, the Ethiopian Democratic Union Party. He told English to Africa reporter William Eagle that he’s been under house arrest in his office for the past day and a half – and not allowed to receive visitors, or food."
)
d = Doc(T)
k = d.claim("killed", 26, "at_least", "killing at least 26 people", perpetrator="security forces")
a = d.claim("arrested", 100, "vague", "Hundreds of students were arrested")
d.claim("arrested", 3, "vague", "Several opposition politicians were arrested")
d.claim("arrested", 1, "exact", "including Lidetu Ayalew")
d.ent("LOC", "Addis Ababa", "Addis Ababa", geonameid=344979)
d.ent("PER", "Lidetu Ayalew", "Lidetu Ayalew")
d.ent("ORG", "Coalition for Unity and Democracy", "Coalition for Unity and Democracy")
d.ent("ORG", "CUD", "Coalition for Unity and Democracy")
d.ent("ORG", "Ethiopian Democratic Union Party", "Ethiopian Democratic Union Party")
d.ent("ORG", "English to Africa", "VOA English to Africa")
d.ent("PER", "William Eagle", "William Eagle")
record(
    "real-en-f17",
    published="2005-06-09",
    url="https://www.voanews.com/a/a-13-2005-06-09-voa46-67533962/387142.html",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=True,
    doc=d,
    notes={"published_note": "from the URL (a-13-2005-06-09); the shooting was 'one day' before Thursday 9 June 2005"},
    gold_head={
        # the crackdown of Wednesday 8 June (shooting, arrests "following the
        # violence", house arrest "for the past day and a half"); Thursday's
        # taxi strike is its second day
        "event_date": "2005-06-08",
        **place(344979, admin1="Addis Ababa"),
        "geo_precision": "place",
        "event_types": ["Strategic developments", "Protests"],
        "sub_event_types": ["Arrests", "Excessive force against protesters", "Peaceful protest"],
        "tags": ["strike", "security_forces_deployment"],
    },
    figures={"killed": k, "arrested": a},
    actor_specs=[
        ("security forces", "state forces", ["troops", "security forces"]),
        ("protesters", "protesters", ["protesters", "students"]),
        ("taxi drivers", "protesters", ["taxi drivers"]),
        ("opposition", "political", ["opposition politicians"]),
        ("Ethiopian government", "political", ["Ethiopian Government", "Ethiopian authorities", "the government"]),
    ],
    incident="et-addis-ababa-2005-06-08",
)

# ---------------------------------------------------------------------------
# f18  VOA Burmese service (English text), Burma, September 2007: phones of
#      activists and journalists cut (near-miss of f13); arrests are background
# ---------------------------------------------------------------------------
T = (
    "Burma Cuts Phone Services to Activists, Journalists\n\n\n"
    "Burma's military government has cut off the mobile phones of some pro-democracy supporters and journalists following a series of rare protests over fuel prices.\n\n"
    "Telecommunication officials say more than 50 phones have been affected by the move.\n\n"
    "The French News Agency reports two of its journalists have lost their mobile phone service.\n\n"
    "The opposition National League for Democracy also says the main landline to its headquarters in Rangoon was disconnected a few days ago.\n\n"
    "The Committee to Protect Journalists is urging Burma's military government to restore the phone services immediately, saying journalists have an absolute right to communicate.\n\n"
    "Protests began in Rangoon last month after the government doubled fuel prices, saying the increase was necessary because of rising world oil prices. The unrest has spread throughout the country since then.\n\n"
    "In another development Saturday, a state-run newspaper urged Buddhist monks to stay away from the protests.\n\n"
    "A newspaper column purportedly written by a senior Buddhist monk blamed anti-government forces for encouraging monks to demonstrate.\n\n"
    "The article is the latest attempt by the military-ruled government to discourage monks from joining public rallies. In the past week, military rulers also have made highly publicized donations to Buddhist monasteries.\n\n"
    "Last week, hundreds of monks held local officials hostage to protest their forceful suppression of a demonstration the day before.\n\n"
    "Activists say authorities have arrested at least 100 demonstrators. The government says it is holding 50 people.\n\n"
    "Information for this report is provided by AP and AFP."
)
d = Doc(T)
d.claim("participants", 100, "vague", "hundreds of monks", scope="background")
d.claim("arrested", 100, "at_least", "arrested at least 100 demonstrators", scope="background", source="activists", source_span="Activists", perpetrator="authorities")
d.claim("detained", 50, "exact", "holding 50 people", scope="background", source="government", source_span="The government")
d.ent("LOC", "Burma", "Myanmar", country="MM")
d.ent("ORG", "French News Agency", "Agence France-Presse")
d.ent("ORG", "National League for Democracy", "National League for Democracy")
d.ent("LOC", "Rangoon", "Yangon", geonameid=1298824)
d.ent("ORG", "Committee to Protect Journalists", "Committee to Protect Journalists")
d.ent("ORG", "AP", "Associated Press")
d.ent("ORG", "AFP", "Agence France-Presse")
record(
    "real-en-f18",
    published="2007-09-16",
    url="http://burmese.voanews.com/a/a-27-2007-09-16-voa1-93519084/1233626.html",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=False,
    doc=d,
    notes={"published_note": "from the URL (a-27-2007-09-16); the text dates nothing but 'Saturday' (15 September) and never says when the phones were cut"},
    gold_head={
        # the text gives no day for the cut: the report's own day ("Saturday")
        "event_date": "2007-09-15",
        "country": "MM",
        "admin1": None,
        "location": None,
        "geo_precision": "country",
        "event_types": ["Strategic developments"],
        "sub_event_types": ["Other"],
        "tags": ["communications_shutdown"],
    },
    figures={},
    actor_specs=[
        ("Burmese military government", "state forces", ["military government", "military-ruled government", "military rulers", "authorities"]),
        ("pro-democracy activists", "civilians", ["pro-democracy supporters", "journalists"]),
        ("Buddhist monks", "protesters", ["hundreds of monks", "Buddhist monks"]),
        ("opposition", "political", ["National League for Democracy"]),
    ],
    incident="mm-myanmar-2007-09-15",
)

# ---------------------------------------------------------------------------
# f19  VOA, Abobo (Abidjan), 12 January 2011: pro-Gbagbo forces vs Ouattara
#      supporters; Tuesday's dead are background
# ---------------------------------------------------------------------------
CAP = "Residents look at a vehicle of FDS - troops loyal to incumbent president Laurent Gbagbo - burned in the Abobo district of Abidjan, 12 Jan 2011"
T = (
    "7 Die in Ivory Coast Violence\n\n\n"
    + CAP + "\n" + CAP + "\n\n"
    "Witnesses report more fighting in Ivory Coast's commercial capital between forces loyal to incumbent leader Laurent Gbagbo and supporters of his rival, Alassane Ouattara.\n\n"
    "Mr. Gbagbo's interior ministry said at least six policemen were killed in Abidjan Wednesday. Several police vehicles were burned during heavy pre-dawn fighting.\n\n"
    "Witnesses said at least one civilian also was killed and they reported hearing more gunfire at mid-day.\n\n"
    "Similar clashes in Abidjan Tuesday left five people dead, including at least two police officers.\n\n"
    "The United Nations says three of its peacekeepers were slightly injured late Tuesday in an ambush by Gbagbo forces.\n\n"
    "These clashes have taken place in the Abobo district, a stronghold of support for Mr. Ouattara.\n\n"
    "Late Wednesday, the army chief of staff, who has backed Mr. Gbagbo, announced the district would be under a 7 pm to 6 am curfew until Saturday morning. And he warned that security forces are ready, in his words, to fight back.\n\n"
    "Incumbent President Gbagbo has rejected demands that he cede power to Mr. Ouattara, the internationally recognized winner of presidential elections in November.\n\n"
    "Mr. Gbagbo remains in control of the nation's security forces. Mr. Ouattara is still confined to an Abidjan hotel that is under the protection of U.N. peacekeepers.\n\n"
    "Kenyan Prime Minister Raila Odinga is expected to return to Ivory Coast this week in the latest effort to end the impasse. Mr. Odinga serves as the African Union's mediator for the country."
)
d = Doc(T)
k = d.claim("killed", 7, "exact", "7 Die")
d.claim("killed", 6, "at_least", "at least six policemen were killed", source="interior ministry")
d.claim("killed", 1, "at_least", "at least one civilian also was killed", source="witnesses", source_span="Witnesses", source_occ=1)
d.claim("killed", 5, "exact", "left five people dead", scope="background")
d.claim("killed", 2, "at_least", "at least two police officers", scope="background")
d.claim("injured", 3, "exact", "three of its peacekeepers were slightly injured", scope="background", source="United Nations", perpetrator="pro-Gbagbo forces")
d.ent("LOC", "Ivory Coast", "Ivory Coast", country="CI")
d.ent("ORG", "FDS", "Defence and Security Forces of Côte d'Ivoire")
d.ent("PER", "Laurent Gbagbo", "Laurent Gbagbo")
d.ent("LOC", "Abobo", "Abobo", geonameid=2293521)
d.ent("LOC", "Abidjan", "Abidjan", geonameid=2293538)
d.ent("PER", "Alassane Ouattara", "Alassane Ouattara")
d.ent("PER", "Gbagbo", "Laurent Gbagbo")
d.ent("ORG", "United Nations", "United Nations")
d.ent("PER", "Ouattara", "Alassane Ouattara")
d.ent("ORG", "U.N.", "United Nations")
d.ent("PER", "Raila Odinga", "Raila Odinga")
d.ent("PER", "Odinga", "Raila Odinga")
d.ent("ORG", "African Union", "African Union")
record(
    "real-en-f19",
    published="2011-01-12",
    url="https://www.voanews.com/a/five-policemen-killed-in-ivory-coast-violence---113343779/157203.html",
    licence=VOA_LICENCE,
    outlet="Voice of America",
    truncated=False,
    doc=d,
    notes={"published_note": "not on the stored page; the photo caption is dated 12 Jan 2011 and the text reports 'Wednesday' (12 January 2011)"},
    gold_head={
        "event_date": "2011-01-12",
        **place(2293521, admin1="Abidjan"),
        "geo_precision": "place",
        "event_types": ["Battles"],
        "sub_event_types": ["Armed clash"],
        "tags": ["arson", "curfew"],
    },
    figures={"killed": k},
    actor_specs=[
        ("pro-Gbagbo forces", "state forces", ["troops loyal to incumbent president Laurent Gbagbo", "forces loyal to incumbent leader Laurent Gbagbo", "policemen", "Gbagbo forces", "security forces"]),
        ("Ouattara supporters", "armed group", ["supporters of his rival"]),
        ("civilians", "civilians", ["civilian", "Residents"]),
        ("UN peacekeepers", "other", ["peacekeepers"]),
    ],
    persons_same=[("Laurent Gbagbo", "Gbagbo"), ("Alassane Ouattara", "Ouattara"), ("Raila Odinga", "Odinga")],
    incident="ci-abobo-2011-01-12",
)


def main() -> None:
    write(ROOT / "eval" / "real" / "parts" / "f.jsonl")


if __name__ == "__main__":
    main()
