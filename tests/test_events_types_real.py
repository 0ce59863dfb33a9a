"""Typing rules of issue 12 added for real reports, one table per rule, in uk, ru and en.

Sentences written for these tests (none is taken from eval/real); each table names the
rule in docs/events.md it checks.
"""

from __future__ import annotations

import pytest

import sitrep

PUB = "2022-03-10"


def subs(lang: str, text: str) -> list[str]:
    return [e.sub_event_type for e in sitrep.extract(text, published=PUB, lang=lang).events]


# -- a suicide bomber is a Suicide bomb, not an IED; a fake vest is none ---------------------
SUICIDE = [
    ("en", "A suicide bomber blew himself up at a checkpoint outside the town.", True),
    ("en", "A suicide car bomb exploded near the market, witnesses said.", True),
    ("en", "Two suicide bombers struck a crowded mosque on Friday.", True),
    ("uk", "Смертник підірвав себе біля блокпосту на околиці міста.", True),
    ("uk", "Терорист-смертник підірвав себе на ринку.", True),
    ("ru", "Смертник подорвал себя у входа в здание полиции.", True),
    ("ru", "Смертница подорвала себя в автобусе.", True),
    # negative: a fake vest, or a plain roadside bomb
    ("en", "A man wearing a fake suicide vest was stopped by police.", False),
    ("en", "A roadside bomb exploded under a patrol vehicle.", False),
    ("uk", "На дорозі вибухнула міна під вантажівкою.", False),
    ("ru", "Мужчина с муляжом пояса смертника был задержан полицией.", False),
    ("ru", "На обочине взорвалась мина под грузовиком.", False),
]


@pytest.mark.parametrize("lang,text,suicide", SUICIDE)
def test_a_suicide_bomber_is_a_suicide_bomb(lang, text, suicide):
    got = subs(lang, text)
    assert ("Suicide bomb" in got) == suicide, got
    if suicide:
        assert "Remote explosive/landmine/IED" not in got, got


# -- arrests are a protest's intervention only where the protest is --------------------------
ARRESTS = [
    # a purge told apart from a protest the lead does not tell: Arrests
    (
        "en",
        "Authorities arrested twelve army officers over the coup plot.\n\nThe officers were "
        "held in the capital. Courts ordered more arrests on Monday. Weeks earlier, a small "
        "rally was held abroad.",
        "Arrests",
    ),
    (
        "uk",
        "Влада заарештувала дванадцять офіцерів через змову.\n\nОфіцерів утримують у "
        "столиці. Суд дозволив нові арешти. Кілька тижнів тому за кордоном відбувся мітинг.",
        "Arrests",
    ),
    (
        "ru",
        "Власти арестовали двенадцать офицеров по делу о заговоре.\n\nОфицеров держат в "
        "столице. Суд санкционировал новые аресты. Несколько недель назад за рубежом прошёл "
        "митинг.",
        "Arrests",
    ),
    # a protest the lead tells: the arrests told later are its intervention
    (
        "en",
        "Thousands of people marched against the new tax in the capital.\n\nThe march was "
        "loud. Later the ministry said 40 people were detained.",
        "Protest with intervention",
    ),
    (
        "uk",
        "Тисячі людей вийшли на мітинг проти нового податку в столиці.\n\nАкція була "
        "гучною. Згодом міністерство повідомило, що затримали 40 людей.",
        "Protest with intervention",
    ),
    (
        "ru",
        "Тысячи людей вышли на митинг против нового налога в столице.\n\nАкция была "
        "шумной. Позже министерство сообщило, что задержаны 40 человек.",
        "Protest with intervention",
    ),
]


@pytest.mark.parametrize("lang,text,expected", ARRESTS)
def test_arrests_are_the_protests_only_where_it_is(lang, text, expected):
    got = subs(lang, text)
    assert expected in got, got
    if expected == "Arrests":
        assert "Protest with intervention" not in got, got


# -- storming or clashing by an armed side with no crowd is no mob ----------------------------
NO_MOB = [
    ("en", "Gunmen stormed a bar in the city and kidnapped three guests.", "Riots"),
    ("en", "Soldiers stormed the hotel shortly after midnight.", "Riots"),
    ("uk", "Бойовики штурмували будівлю адміністрації вночі.", "Riots"),
    ("uk", "Солдати штурмували готель після опівночі.", "Riots"),
    ("ru", "Боевики штурмовали здание администрации ночью.", "Riots"),
    ("ru", "Солдаты штурмовали гостиницу после полуночи.", "Riots"),
]
MOB = [
    ("en", "An angry mob stormed the town hall and smashed its windows."),
    ("uk", "Розлючений натовп штурмував будівлю мерії."),
    ("ru", "Разъярённая толпа штурмовала здание мэрии."),
]


@pytest.mark.parametrize("lang,text,absent", NO_MOB)
def test_an_armed_side_storming_is_no_mob(lang, text, absent):
    r = sitrep.extract(text, published=PUB, lang=lang)
    assert absent not in [e.event_type for e in r.events], [e.sub_event_type for e in r.events]


@pytest.mark.parametrize("lang,text", MOB)
def test_a_crowd_storming_is_a_riot(lang, text):
    r = sitrep.extract(text, published=PUB, lang=lang)
    assert "Riots" in [e.event_type for e in r.events], [e.sub_event_type for e in r.events]


# -- a photo caption scraped twice is no lead: the body's first sentence is ------------------
def first_sub(lang: str, text: str) -> str | None:
    evs = sitrep.extract(text, published=PUB, lang=lang).events
    return evs[0].sub_event_type if evs else None


CAPTION = {
    "en": (
        "A night of fear in the south",
        "Protesters march through the capital in a file photo taken in May.",
        "Artillery shelled the town of Nikopol overnight, the regional governor said.",
    ),
    "uk": (
        "Ніч страху на півдні",
        "Протестувальники йдуть маршем столицею, архівне фото з травня.",
        "Артилерія вночі обстріляла місто Нікополь, повідомив голова області.",
    ),
    "ru": (
        "Ночь страха на юге",
        "Протестующие идут маршем по столице, архивное фото мая.",
        "Артиллерия ночью обстреляла город Никополь, сообщил губернатор области.",
    ),
}


@pytest.mark.parametrize("lang", sorted(CAPTION))
@pytest.mark.parametrize("repeated", [True, False])
def test_a_repeated_caption_does_not_lead(lang, repeated):
    head, caption, body = CAPTION[lang]
    captions = f"{caption}\n{caption}" if repeated else caption
    got = first_sub(lang, f"{head}\n\n{captions}\n\n{body}")
    # a caption told once is still the lead's first sentence (it may be the news itself)
    assert got == ("Shelling/artillery/missile attack" if repeated else "Peaceful protest")


# -- an attack on a military post by an armed group is a battle ------------------------------
POST = [
    # a bare "base" names no state force: the attack on it is still a battle
    ("en", "Dozens killed in militant attack on base", True),
    ("en", "Rebels attacked a base near the river at dawn.", True),
    ("en", "Militants attacked a military base near the border overnight.", True),
    ("uk", "Бойовики атакували базу поблизу кордону.", True),
    ("uk", "Уночі бойовики напали на базу в горах.", True),
    ("ru", "Боевики атаковали базу у границы.", True),
    ("ru", "Ночью боевики напали на базу в горах.", True),
    # negative: an attack on villagers, a base hit by a blast, no armed group
    ("en", "Militants attacked a village and killed six civilians.", False),
    ("en", "A car bomb exploded at the gate of the military base.", False),
    ("en", "Hackers attacked the database of the ministry.", False),
    ("uk", "Бойовики напали на село і вбили шістьох мирних жителів.", False),
    ("ru", "Боевики напали на деревню и убили шестерых мирных жителей.", False),
]


@pytest.mark.parametrize("lang,text,battle", POST)
def test_an_attack_on_a_military_post_is_a_battle(lang, text, battle):
    got = subs(lang, text)
    assert ("Armed clash" in got) == battle, got
    if battle:
        assert "Attack" not in got, got


# -- troops pushing back militants are no protest's intervention -----------------------------
PUSHED = [
    (
        "en",
        "Militants attacked the base from two sides before soldiers pushed back the fighters.",
        False,
    ),
    ("uk", "Бойовики атакували базу, але військові витіснили бойовиків.", False),
    ("ru", "Боевики атаковали базу, но военные вытеснили боевиков.", False),
    # positive: police dispersing a protest
    ("en", "Police used tear gas to disperse protesters in the capital.", True),
    ("uk", "Поліція розігнала протестувальників у столиці.", True),
    ("ru", "Полиция разогнала протестующих в столице.", True),
]


@pytest.mark.parametrize("lang,text,intervention", PUSHED)
def test_pushing_back_an_armed_side_is_no_intervention(lang, text, intervention):
    got = subs(lang, text)
    assert ("Protest with intervention" in got) == intervention, got


# -- explosives found are no blast; a lone killer's arrest by the police is no development ---
NO_BLAST = [
    ("en", "Police searching the flat found rifles, ammunition and explosives.", False),
    ("uk", "Під час обшуку в квартирі поліцейські знайшли зброю, набої та вибухівку.", False),
    ("ru", "При осмотре машины полицейские нашли пистолеты, патроны и взрывчатку.", False),
    # positive: the blast itself, or a device going off
    ("en", "An explosive device went off near the bus station.", True),
    ("uk", "Біля вокзалу спрацював вибуховий пристрій.", True),
    ("ru", "У вокзала сработало взрывное устройство.", True),
    ("ru", "У вокзала прогремел взрыв.", True),
]


@pytest.mark.parametrize("lang,text,blast", NO_BLAST)
def test_explosives_found_are_no_blast(lang, text, blast):
    got = subs(lang, text)
    assert ("Remote explosive/landmine/IED" in got) == blast, got


LONE_ARREST = [
    ("en", "The gunman opened fire in a shop. Police arrested the gunman an hour later.", None),
    ("uk", "Стрілець відкрив вогонь у магазині. Поліція затримала стрільця через годину.", None),
    ("ru", "Стрелок открыл огонь в магазине. Полиция задержала стрелка через час.", None),
    # negative: arrests in a report with an armed group are a development
    (
        "en",
        "Police arrested five members of the militant group after the attack.",
        "Arrests",
    ),
    ("ru", "Полиция задержала пятерых боевиков группировки после нападения.", "Arrests"),
    ("uk", "Поліція затримала п'ятьох бойовиків угруповання після нападу.", "Arrests"),
]


@pytest.mark.parametrize("lang,text,expected", LONE_ARREST)
def test_the_arrest_of_a_lone_killer_is_no_development(lang, text, expected):
    got = subs(lang, text)
    assert ("Arrests" in got) == (expected == "Arrests"), got


# -- a raid that kills armed men is a fight, not an arrest -----------------------------------
RAID = [
    (
        "en",
        "Two militants were killed during a police raid on a flat in the north of the city.",
        True,
    ),
    ("en", "Police killed the gunman in a raid on his hideout.", True),
    ("uk", "Під час затримання поліцейські вбили двох бойовиків.", True),
    ("ru", "Во время задержания полицейские убили двоих боевиков.", True),
    ("ru", "При обыске полиция ликвидировала вооружённого боевика.", True),
    # negative: arrests with no one killed; villagers killed are no armed side
    ("en", "Police detained five militants in a raid on Monday.", False),
    ("en", "Police raided the house and killed two villagers, residents said.", False),
    ("uk", "Поліція затримала п'ятьох бойовиків у понеділок.", False),
    ("ru", "Полиция задержала пятерых боевиков в понедельник.", False),
]


@pytest.mark.parametrize("lang,text,battle", RAID)
def test_a_raid_that_kills_armed_men_is_a_battle(lang, text, battle):
    got = subs(lang, text)
    assert ("Armed clash" in got) == battle, got
    if battle:
        assert "Arrests" not in got, got


# -- arrests said not to have happened are none ----------------------------------------------
NO_ARRESTS = [
    ("en", "The rally passed peacefully and no one was detained.", False),
    ("en", "There were no arrests, police said.", False),
    ("en", "No detentions were reported after the march.", False),
    ("uk", "Акція пройшла спокійно, затриманих немає.", False),
    ("uk", "Мітинг минув спокійно, нікого не затримали.", False),
    ("ru", "Акция прошла спокойно. Задержаний не было, сообщили в полиции.", False),
    ("ru", "Полиция в происходящее не вмешивалась, задержанных нет.", False),
    # negative: "no fewer than", "не менее" count arrests that happened
    ("en", "Police arrested no fewer than 50 people.", True),
    ("uk", "Поліція затримала не менше 50 людей.", True),
    ("ru", "Задержаны не менее 50 человек.", True),
]


@pytest.mark.parametrize("lang,text,arrests", NO_ARRESTS)
def test_arrests_said_not_to_have_happened_are_none(lang, text, arrests):
    got = subs(lang, text)
    told = {"Arrests", "Protest with intervention"} & set(got)
    assert bool(told) == arrests, got


# -- force against a peaceful crowd is one event; a peaceful rally turned riot is two --------
PEACEFUL = [
    ("en", "Police dispersed a peaceful march in the capital with water cannon.", False),
    ("en", "Riot police used tear gas on a peaceful sit-in outside parliament.", False),
    ("uk", "Поліція розігнала мирний мітинг у столиці водометами.", False),
    ("ru", "Полиция разогнала мирный митинг в столице водомётами.", False),
    # two phases: the crowd itself turned violent
    (
        "en",
        "The rally was peaceful at first, but later protesters threw stones at police and "
        "smashed windows.",
        True,
    ),
    (
        "uk",
        "Спочатку акція була мирною, але згодом протестувальники закидали поліцію камінням "
        "і розбили вітрини.",
        True,
    ),
    (
        "ru",
        "Сначала акция была мирной, но потом протестующие забросали полицию камнями и "
        "разбили витрины.",
        True,
    ),
]


@pytest.mark.parametrize("lang,text,peaceful", PEACEFUL)
def test_force_against_a_peaceful_crowd_is_one_event(lang, text, peaceful):
    got = subs(lang, text)
    assert ("Peaceful protest" in got) == peaceful, got
    assert len(got) == (2 if peaceful else 1), got


# -- fighting in a war is the armies' battle, not a mob; an award for courage in battles is none
WAR_FIGHTING = [
    ("en", "Heavy fighting continued near Bakhmut on Monday, the army said.", "Armed clash"),
    (
        "en",
        "Artillery shelled Kupiansk overnight. Heavy clashes were reported around the station.",
        "Armed clash",
    ),
    ("uk", "Артилерія обстріляла Куп'янськ. Біля вокзалу тривають запеклі бої.", "Armed clash"),
    ("uk", "Ворожа артилерія обстріляла Ізюм. Біля мосту точилися важкі сутички.", "Armed clash"),
    ("ru", "Артиллерия обстреляла Купянск. У вокзала идут ожесточённые бои.", "Armed clash"),
    (
        "ru",
        "Вражеская артиллерия обстреляла Изюм. У моста шли тяжёлые столкновения.",
        "Armed clash",
    ),
    # negative: football fans fighting are a mob, in any language
    ("en", "Fans of the two clubs clashed in the city centre after the match.", "Mob violence"),
    (
        "uk",
        "Після матчу вболівальники двох клубів влаштували масову бійку в центрі міста.",
        "Mob violence",
    ),
    (
        "ru",
        "После матча болельщики двух клубов устроили массовую драку в центре города.",
        "Mob violence",
    ),
]


@pytest.mark.parametrize("lang,text,expected", WAR_FIGHTING)
def test_fighting_in_a_war_is_a_battle(lang, text, expected):
    got = subs(lang, text)
    assert expected in got, got
    assert ("Mob violence" in got) == (expected == "Mob violence"), got


AWARD = [
    (
        "en",
        "Lieutenant Ivan Petrenko was awarded for his personal courage and efficiency in the "
        "battles against the occupiers in the Donetsk region.",
        False,
    ),
    ("en", "The sergeant received a medal for bravery in battle near Izium.", False),
    (
        "uk",
        "Звання Героя присвоєно лейтенанту Івану Петренку за особисту мужність у боях проти "
        "окупантів на Донеччині.",
        False,
    ),
    (
        "ru",
        "Лейтенант Иван Петренко награжден орденом за мужество в боях с оккупантами в "
        "Донецкой области.",
        False,
    ),
    # negative: a battle the report tells
    ("en", "Heavy fighting continued near Bakhmut on Monday, the army said.", True),
    ("uk", "Артилерія обстріляла Куп'янськ. Біля вокзалу тривають запеклі бої.", True),
    ("ru", "Артиллерия обстреляла Купянск. У вокзала идут ожесточённые бои.", True),
]


@pytest.mark.parametrize("lang,text,battle", AWARD)
def test_an_award_for_courage_in_battles_is_no_battle(lang, text, battle):
    got = subs(lang, text)
    assert bool({"Armed clash", "Mob violence"} & set(got)) == battle, got


# -- arrests after the violence the lead tells are its aftermath, not an event -------------
AFTERMATH = [
    (
        "en",
        "A bomb exploded at a bus stop in the city centre, killing four people. Rescuers "
        "worked through the night. Police later detained six suspects.",
        False,
    ),
    (
        "uk",
        "На зупинці в центрі міста вибухнула бомба, загинули четверо людей. Рятувальники "
        "працювали всю ніч. Згодом поліція затримала шістьох підозрюваних.",
        False,
    ),
    (
        "ru",
        "На остановке в центре города взорвалась бомба, погибли четыре человека. Спасатели "
        "работали всю ночь. Позже полиция задержала шестерых подозреваемых.",
        False,
    ),
    # negative: arrests the lead tells are the report's event
    (
        "en",
        "Police arrested six suspects over last week's bombing of a bus stop. The men were "
        "taken to the capital.",
        True,
    ),
    (
        "uk",
        "Поліція затримала шістьох підозрюваних у вибуху на зупинці. Їх доправили до столиці.",
        True,
    ),
    (
        "ru",
        "Полиция задержала шестерых подозреваемых во взрыве на остановке. Их доставили в столицу.",
        True,
    ),
]


@pytest.mark.parametrize("lang,text,arrests", AFTERMATH)
def test_arrests_after_the_leads_violence_are_its_aftermath(lang, text, arrests):
    got = subs(lang, text)
    assert ("Arrests" in got) == arrests, got


# -- a battle's heavy weapons are the battle's, not a shelling of their own -----------------
BATTLE_WEAPONS = [
    (
        "en",
        "Fighting in Mogadishu\n\nDozens of families fled the district on Sunday. Rival "
        "militias fought with mortars and artillery in the north of the city.",
        False,
    ),
    (
        "uk",
        "Бої в Могадішо\n\nДесятки родин покинули район у неділю. Бойовики двох угруповань "
        "вели бій із застосуванням мінометів і артилерії на півночі міста.",
        False,
    ),
    (
        "ru",
        "Бои в Могадишо\n\nДесятки семей покинули район в воскресенье. Боевики двух "
        "группировок вели бой с применением минометов и артиллерии на севере города.",
        False,
    ),
    # negative: the lead's shelling stands beside the battle it names
    (
        "en",
        "Shelling hits market as army and rebels battle for the city\n\nArtillery shells "
        "slammed into a market in the city on Thursday.",
        True,
    ),
    (
        "uk",
        "Артилерія обстріляла ринок, поки армія і бойовики ведуть бій за місто\n\nСнаряди "
        "влучили в ринок у четвер.",
        True,
    ),
    (
        "ru",
        "Артиллерия обстреляла рынок, пока армия и боевики ведут бой за город\n\nСнаряды "
        "попали в рынок в четверг.",
        True,
    ),
]


@pytest.mark.parametrize("lang,text,shelling", BATTLE_WEAPONS)
def test_a_battles_heavy_weapons_are_no_shelling(lang, text, shelling):
    got = subs(lang, text)
    assert ("Shelling/artillery/missile attack" in got) == shelling, got
    assert "Armed clash" in got, got


# -- a trigger word inside an organisation's name is no trigger ------------------------------
ORG_NAMES = [
    (
        "en",
        "A spokesman for oil company Shell Nigeria told reporters that the worker was freed.",
        False,
    ),
    ("en", "A spokesman for the oil company Shell said the contractor was freed on Monday.", False),
    ("ru", "Акционеры ООО «Взрыв» собрались в Москве.", False),
    ("uk", "Акціонери ТОВ «Вибух» зібралися в Києві.", False),
    # negative: the same words telling an event
    ("en", "Russian forces shelled the town overnight, the governor said.", True),
    ("ru", "Ночью в центре Москвы прогремел взрыв.", True),
    ("uk", "Уночі в центрі Києва пролунав вибух.", True),
]


@pytest.mark.parametrize("lang,text,event", ORG_NAMES)
def test_a_trigger_word_in_an_organisations_name_is_none(lang, text, event):
    got = subs(lang, text)
    assert bool(got) == event, got


# -- mortars or rockets thrown by a protest's crowd are its violence, no shelling ------------
CROWD_MORTARS = [
    (
        "en",
        "During the protest, demonstrators threw stones and homemade mortars at the police.",
        False,
    ),
    (
        "uk",
        "Під час протесту демонстранти закидали поліцію камінням і саморобними мінометними "
        "снарядами.",
        False,
    ),
    (
        "ru",
        "Во время протеста демонстранты забросали полицию камнями и самодельными ракетами.",
        False,
    ),
    # negative: rebels firing mortars are a shelling, protest or not
    ("en", "During the protest, rebels fired mortars at an army base outside the city.", True),
    ("uk", "Бойовики обстріляли з мінометів військову базу за містом.", True),
    ("ru", "Боевики обстреляли из минометов военную базу за городом.", True),
]


@pytest.mark.parametrize("lang,text,shelling", CROWD_MORTARS)
def test_a_crowds_mortars_are_no_shelling(lang, text, shelling):
    got = subs(lang, text)
    assert ("Shelling/artillery/missile attack" in got) == shelling, got


# -- an offensive being prepared or threatened has not happened ------------------------------
FUTURE = [
    ("en", "Russian troops are preparing for an offensive in the east, the president said.", False),
    ("en", "The rebels threatened an assault on the capital.", False),
    ("uk", "Російські війська готуються до наступу на сході країни.", False),
    ("ru", "Российские войска готовятся к наступлению на востоке страны.", False),
    # negative: an offensive launched
    ("en", "Russian troops launched an offensive in the east on Monday.", True),
    ("uk", "Російські війська почали наступ на сході країни.", True),
    ("ru", "Российские войска начали наступление на востоке страны.", True),
]


@pytest.mark.parametrize("lang,text,battle", FUTURE)
def test_an_offensive_being_prepared_is_no_battle(lang, text, battle):
    got = subs(lang, text)
    assert ("Armed clash" in got) == battle, got


# -- shots at people: at a rally the protest's escalation, elsewhere an attack ---------------
SHOT_AT_PEOPLE = [
    (
        "en",
        "In Kherson, soldiers shot at people who came out to a rally for their freedom.",
        "Excessive force against protesters",
    ),
    (
        "uk",
        "У Херсоні окупанти стріляли по людях, які вийшли на мітинг за свою свободу.",
        "Excessive force against protesters",
    ),
    (
        "ru",
        "В Херсоне оккупанты стреляли по людям, которые вышли на митинг за свою свободу.",
        "Excessive force against protesters",
    ),
    ("en", "Soldiers shot at people queuing for bread in the village.", "Attack"),
    ("uk", "Військові стріляли по людях у черзі за хлібом у селі.", "Attack"),
    ("ru", "Военные стреляли по людям в очереди за хлебом в селе.", "Attack"),
    # negative: people killed by shelling are no shooting
    ("en", "The shelling killed five people in the village.", None),
]


@pytest.mark.parametrize("lang,text,expected", SHOT_AT_PEOPLE)
def test_shots_at_people(lang, text, expected):
    got = subs(lang, text)
    if expected is None:
        assert not {"Attack", "Excessive force against protesters"} & set(got), got
    else:
        assert expected in got, got


# -- an event told after the lead in another country is context, not the report's ----------
ABROAD = {
    "en": (
        "A bomb exploded at a market in Baghdad on Friday, killing nine people.\n\nThe blast "
        "hit the market at noon. Police cordoned off the area.\n\nOn Saturday, hundreds of "
        "people protested in {town} over the situation."
    ),
    "uk": (
        "У п'ятницю на ринку в Багдаді вибухнула бомба, загинули дев'ятеро людей.\n\nВибух "
        "пролунав опівдні. Поліція оточила район.\n\nУ суботу сотні людей вийшли на протест "
        "{town}."
    ),
    "ru": (
        "В пятницу на рынке в Багдаде взорвалась бомба, погибли девять человек.\n\nВзрыв "
        "прогремел в полдень. Полиция оцепила район.\n\nВ субботу сотни людей вышли на акцию "
        "протеста {town}."
    ),
}
# (foreign town, a town in the same country), in each language's case
ABROAD_TOWNS = {
    "en": ("Amman", "Basra"),
    "uk": ("в Аммані", "у Басрі"),
    "ru": ("в Аммане", "в Басре"),
}


@pytest.mark.parametrize("lang", sorted(ABROAD))
@pytest.mark.parametrize("foreign", [True, False])
def test_an_event_abroad_after_the_lead_is_context(lang, foreign):
    town = ABROAD_TOWNS[lang][0 if foreign else 1]
    got = subs(lang, ABROAD[lang].format(town=town))
    assert got[0] == "Remote explosive/landmine/IED", got
    assert ("Peaceful protest" in got) != foreign, got


# -- an agreement's parties (organisations, persons) place it as an event told --------------
AGREEMENT_HEAD = {
    "en": (
        "Shelling hit Kharkiv overnight, the governor said.\n\nMany homes were damaged. "
        "Rescuers worked all day.\n\n"
    ),
    "uk": (
        "Артилерія вночі обстріляла Харків, повідомив голова області.\n\nПошкоджено багато "
        "будинків. Рятувальники працювали весь день.\n\n"
    ),
    "ru": (
        "Артиллерия ночью обстреляла Харьков, сообщил губернатор.\n\nПовреждено много домов. "
        "Спасатели работали весь день.\n\n"
    ),
}
AGREEMENT = [
    (
        "en",
        "I thank the Red Cross and everyone who reached an agreement on the corridor for the "
        "people of the city.",
        True,
    ),
    (
        "uk",
        "Дякую Червоному Хресту й усім, завдяки кому досягли домовленості про коридор для людей.",
        True,
    ),
    (
        "ru",
        "Благодарю Красный Крест и всех, благодаря кому удалось достичь договорённости о "
        "коридоре для людей.",
        True,
    ),
    # corridors organised are agreed between the sides
    ("en", "Today we managed to organize three humanitarian corridors from Sumy.", True),
    ("uk", "Сьогодні нам вдалося організувати три гуманітарні коридори із Сум.", True),
    ("ru", "Сегодня нам удалось организовать три гуманитарных коридора из Сум.", True),
    # negative: an agreement only wished for, by no one named
    ("en", "One day someone must reach an agreement on a corridor.", False),
    ("uk", "Колись треба буде досягти домовленості про коридор.", False),
    ("ru", "Когда-нибудь нужно будет достичь договорённости о коридоре.", False),
]


@pytest.mark.parametrize("lang,text,told", AGREEMENT)
def test_an_agreements_parties_tell_it(lang, text, told):
    got = subs(lang, AGREEMENT_HEAD[lang] + text)
    assert ("Agreement" in got) == told, got


# -- an information or cyber attack is no attack on anyone ------------------------------------
NOT_ATTACKS = [
    ("en", "Join the information attack on the enemy.", False),
    ("en", "A cyber attack hit the ministry servers.", False),
    ("uk", "Долучайтеся до інформаційної атаки на ворога.", False),
    ("uk", "Хакерська атака вивела з ладу сайт міністерства.", False),
    ("ru", "Присоединяйтесь к информационной атаке на врага.", False),
    ("ru", "Кибератака вывела из строя сайт министерства.", False),
    # negative: an attack with arms
    ("en", "Gunmen attacked a bus in the north.", True),
    ("uk", "Бойовики атакували автобус на півночі.", True),
    ("ru", "Боевики атаковали автобус на севере.", True),
]


@pytest.mark.parametrize("lang,text,attack", NOT_ATTACKS)
def test_an_information_attack_is_none(lang, text, attack):
    got = subs(lang, text)
    assert bool(got) == attack, got


# -- money or an aircraft stolen is no abduction of people -----------------------------------
STOLEN = [
    ("ru", "Из казны было похищено более 100 миллиардов долларов.", False),
    ("ru", "В Венесуэле похищенный у полиции вертолёт обстрелял здание суда.", False),
    ("uk", "З бюджету було викрадено понад 100 мільйонів гривень.", False),
    ("uk", "Викрадений у поліції гелікоптер обстріляв будівлю суду.", False),
    (
        "en",
        "Officials said more than 100 million dollars had been stolen from the treasury.",
        False,
    ),
    # negative: people abducted, even with a ransom or a car named
    (
        "ru",
        "Боевики похитили бизнесмена вместе с машиной и потребовали миллион долларов выкупа.",
        True,
    ),
    (
        "uk",
        "Бойовики викрали бізнесмена разом з машиною і вимагали мільйон доларів викупу.",
        True,
    ),
    ("en", "Gunmen kidnapped two journalists in the north of the country.", True),
]


@pytest.mark.parametrize("lang,text,abduction", STOLEN)
def test_things_stolen_are_no_abduction(lang, text, abduction):
    got = subs(lang, text)
    assert ("Abduction/forced disappearance" in got) == abduction, got


# -- a bomb thrown by a protest's rioters is the crowd's violence, no IED --------------------
CROWD_BOMB = [
    (
        "en",
        "During the protest, rioters threw a homemade bomb at the police, injuring an officer.",
        False,
    ),
    (
        "ru",
        "Во время протеста погромщики бросили в полицию самодельную бомбу, ранен полицейский.",
        False,
    ),
    (
        "uk",
        "Під час протесту погромники кинули в поліцію саморобну бомбу, поранено поліцейського.",
        False,
    ),
    # negative: a bomb with no crowd is an IED
    ("en", "A homemade bomb exploded near a police station, injuring an officer.", True),
    ("ru", "У отделения полиции взорвалась самодельная бомба, ранен полицейский.", True),
    ("uk", "Біля відділку поліції вибухнула саморобна бомба, поранено поліцейського.", True),
]


@pytest.mark.parametrize("lang,text,ied", CROWD_BOMB)
def test_a_bomb_thrown_by_rioters_is_no_ied(lang, text, ied):
    got = subs(lang, text)
    assert ("Remote explosive/landmine/IED" in got) == ied, got


# -- attacks told as a habit are no event; a not-trigger covers every word in its reach ------
HABIT = {
    "en": (
        "A car bomb exploded in the capital on Monday.\n\nThe city is calm now. Militants "
        "still carry out {how} attacks and kidnappings in the region."
    ),
    "uk": (
        "У понеділок у столиці вибухнув замінований автомобіль.\n\nЗараз у місті спокійно. "
        "Бойовики {how} вчинили напад і викрадення в регіоні."
    ),
    "ru": (
        "В понедельник в столице взорвался заминированный автомобиль.\n\nСейчас в городе "
        "спокойно. Боевики {how} совершили нападение и похищение в регионе."
    ),
}
# (a habit, a one-off told with a day)
HABIT_WORDS = {
    "en": ("periodic", "two deadly"),
    "uk": ("періодично", "вчора"),
    "ru": ("периодически", "вчера"),
}


@pytest.mark.parametrize("lang", sorted(HABIT))
@pytest.mark.parametrize("habit", [True, False])
def test_attacks_told_as_a_habit_are_none(lang, habit):
    how = HABIT_WORDS[lang][0 if habit else 1]
    got = subs(lang, HABIT[lang].format(how=how))
    assert got[0] == "Remote explosive/landmine/IED", got
    assert ("Abduction/forced disappearance" in got) != habit, got


# a digest whose headline names both towns tells both, whatever their countries
DIGEST = [
    (
        "en",
        "Weekly digest: protests in Minsk and Vilnius\n\nIn Minsk, Belarus, police detained 20 "
        "protesters on Sunday.\n\nIn Vilnius, Lithuania, thousands of people rallied in support "
        "on Saturday.",
    ),
    (
        "uk",
        "Огляд тижня: протести в Мінську та Вільнюсі\n\nУ Мінську поліція затримала 20 "
        "протестувальників у неділю.\n\nУ Вільнюсі тисячі людей вийшли на мітинг на підтримку "
        "в суботу.",
    ),
    (
        "ru",
        "Обзор недели: протесты в Минске и Вильнюсе\n\nВ Минске полиция задержала 20 "
        "протестующих в воскресенье.\n\nВ Вильнюсе тысячи людей вышли на митинг в поддержку "
        "в субботу.",
    ),
]


@pytest.mark.parametrize("lang,text", DIGEST)
def test_a_digest_tells_the_towns_its_headline_names(lang, text):
    evs = sitrep.extract(text, published=PUB, lang=lang).events
    assert {e.location.country for e in evs if e.location} == {"BY", "LT"}
