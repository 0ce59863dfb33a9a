"""The ACLED type and sub-type of an event signal, in the context of the report.

Shots at a crowd at a protest are "Excessive force against protesters",
elsewhere an "Attack"; a clash is a battle only with an armed group. The ACLED
codebook is data (resources/common/acled.yaml); every type coded here is
looked up in it.
"""

from __future__ import annotations

from ..doc import Doc
from ..resources import load_yaml
from .signals import Hit

# ACLED event type -> its sub-event types
ACLED: dict[str, tuple[str, ...]] = {
    t: tuple(subs) for t, subs in load_yaml("common", "acled").items()
}
_TYPE_OF = {sub: t for t, subs in ACLED.items() for sub in subs}


def acled(sub: str) -> tuple[str, str]:
    """(event type, sub-event type) of an ACLED sub-event type."""
    return _TYPE_OF[sub], sub


PROTESTS = acled("Peaceful protest")[0]
STRATEGIC = acled("Other")[0]

# one attacker alone (resources/<lang>/actors.yaml): no organised armed group
LONE = "lone attacker"

# state forces that fight as an army: two of them named means two sides (police do not count)
ARMED_SIDES = frozenset({"military", "occupying forces"})

# a non-state armed group is the subject of the trigger's verb (events/agent.py)
BY_ARMED_GROUP = "by:armed group"

# state forces are the subject of a shooting's verb ("police shot him dead"; events/agent.py)
BY_STATE = "by:state forces"
# signals of shots or an attack whose doer the sentence may name
SHOTS = frozenset({"attack_civilians", "fire_on_crowd", "fire_on_people"})

# the sentence names an army at war (ARMED_SIDES), not the police
ARMY = "role:army"

# a protest's own signals told in or next to a sentence ("near:..." in `here`)
PROTEST_NEAR = frozenset(
    "near:" + s for s in ("protest", "strike", "riot", "fire_on_crowd", "intervention")
)

# a protest told in or next to a shooting's (or an arrest's) sentence: shots at its crowd,
# arrests of its people
CROWD_NEAR = frozenset("near:" + s for s in ("protest", "strike", "riot", "intervention"))

# who acts at a protest: its own escalation, not an attack on it
CROWD_SIDES = frozenset({"role:state forces", "role:protesters", "role:rioters"})

# a report whose lead tells a protest: its shootings are the protest's
LEAD_PROTEST = frozenset("lead:" + s for s in ("protest", "strike", "riot", "intervention"))

# signals that tag the event they belong to
TAG_SIGNALS = {
    "arson": "arson",
    "comms": "communications_shutdown",
    "blockade": "blockade",
    "deployment": "security_forces_deployment",
    "curfew": "curfew",
    "strike": "strike",
}


# remote weapons told in or next to a sentence: a fire there is the strike's, no arson
REMOTE_NEAR = frozenset(
    "near:" + s for s in ("shelling", "airstrike", "explosion", "suicide_bomb", "grenade")
)


def tag_for(signal: str, here: set[str], ctx: set[str] = frozenset()) -> str | None:
    """The tag a signal gives its event. A fire next to a strike or blast, or in a report
    of shelling or air strikes with no riot or protest beside the fire, is the strikes'
    damage, not arson (ACLED's arson is set by people: rioters, attackers)."""
    tag = TAG_SIGNALS.get(signal)
    if tag == "arson" and (
        here & REMOTE_NEAR or (ctx & {"shelling", "airstrike"} and not here & CROWD_NEAR)
    ):
        return None
    return tag


def signal_context(doc: Doc, hits: list[Hit]) -> set[str]:
    """What classification looks at: the report's signals and its actors' roles ("role:...").

    "sides:2" when two differently named armed state forces are named (our
    troops and the occupiers): two organised armed sides, as ACLED's Battles need.
    """
    actors = [m for m in doc.mentions if m.kind == "actor"]
    ctx = {h.signal for h in hits}
    ctx |= {actor_role(m) for m in actors}
    if len({m.norm for m in actors if m.norm in ARMED_SIDES}) >= 2:
        ctx.add("sides:2")
    return ctx


def sentence_roles(doc: Doc) -> dict[int, set[str]]:
    """The actor roles named in each sentence ("role:..."): who acted against whom there."""
    out: dict[int, set[str]] = {}
    armies: dict[int, set[str]] = {}
    for m in doc.mentions:
        if m.kind == "actor":
            roles = out.setdefault(doc.sent_index(m.start), set())
            roles.add(actor_role(m))
            if m.norm in ARMED_SIDES:
                roles.add(ARMY)  # an army at war, not the police
                armies.setdefault(doc.sent_index(m.start), set()).add(m.norm)
    for si, names in armies.items():
        if len(names) >= 2:
            out[si].add("sides:2")  # two armies in one sentence: our troops and the occupiers
    return out


def actor_role(m) -> str:
    """ "role:..." of an actor mention; one attacker alone ("a gunman", "стрелок") is
    "role:lone attacker", not an organised armed group."""
    return "role:" + (LONE if m.norm == LONE else (m.role or ""))


def no_political_violence(ctx: set[str], here: set[str]) -> bool:
    """Killing with no organised perpetrator: an accident or disaster told with no armed
    side, or one attacker alone with no armed group or state force where it happened
    (GUIDE 12.5: ordinary crime, accidents and disasters get no ACLED type)."""
    armed = "role:armed group" in ctx or "sides:2" in ctx
    if armed or "role:state forces" in here:
        return False  # an organised side, or state forces where it happened (a battle)
    return "accident" in ctx or "role:lone attacker" in ctx


def armed_sides(ctx: set[str], here: set[str]) -> bool:
    """State forces in the trigger's sentence, an armed group there (or, in the lead,
    anywhere in the report), no civilians there: violence between two armed sides
    ("two police officers were shot" in a headline). Later sentences only refer back
    ("after Monday's attack, troops were deployed"). State forces that fire at someone no
    armed group ("police shot the attacker dead") end one man's attack: no battle."""
    if BY_STATE in here and "role:armed group" not in here:
        return False
    # one attacker against police or soldiers counts as a side (GUIDE 12.7: Armed clash)
    sides = {"role:armed group", "role:lone attacker"}
    armed = bool(sides & here) or ("lead" in here and bool(sides & ctx))
    return "role:state forces" in here and armed and "role:civilians" not in here


def armed_not_mob(protest: bool, here: set[str]) -> bool:
    """A riot word ("stormed", "clash") whose sentence names no crowd (rioters,
    protesters) but an armed side: an armed group, one attacker or an army anywhere, or
    the police in a report that tells no protest (clashes "with police" at a protest are
    the crowd's). A mob is people without arms acting together (ACLED Riots). Workers or
    activists (the protesters' names) are a crowd only in a report that tells a protest:
    "gunmen stormed the bar and seized oil workers" is no riot."""
    crowd = {"role:rioters", "role:protesters"} if protest else {"role:rioters"}
    if here & crowd:
        return False
    if here & {"role:armed group", "role:lone attacker", ARMY}:
        return True
    return "role:state forces" in here and not protest


# remote weapons told in the trigger's own sentence: the attack is the blast's or the strike's
REMOTE_OWN = frozenset(
    "own:" + s for s in ("shelling", "airstrike", "explosion", "suicide_bomb", "grenade")
)


def attacks_a_post(ctx: set[str], here: set[str]) -> bool:
    """An attack on a military post ("militants attacked a base", "напад на блокпост"),
    by an armed group named in its sentence (in the lead: anywhere in the report), no
    civilians there and no blast or strike in it: the forces holding the post fight back,
    so ACLED codes a battle even where no soldier is named."""
    if "own:attack_post" not in here or "role:civilians" in here or here & REMOTE_OWN:
        return False
    sides = {"role:armed group", "role:lone attacker"}
    return bool(here & sides) or ("lead" in here and "role:armed group" in ctx)


def deadly_raid(ctx: set[str], here: set[str]) -> bool:
    """A raid or arrest whose own sentence tells people killed, by state forces named
    there, against an armed side (in the sentence; in the lead, anywhere in the report),
    no civilians there: "suspects were killed during a police raid" is a fight, not an
    arrest (ACLED: Armed clash)."""
    if "own:killing" not in here or "role:state forces" not in here or "role:civilians" in here:
        return False
    sides = {"role:armed group", "role:lone attacker"}
    return bool(here & sides) or ("lead" in here and bool(ctx & sides))


# signals of a war between armies: strikes from afar, armies fighting
WAR = frozenset({"shelling", "airstrike", "combat", "attack_town"})
# a crowd's own signals in or next to a sentence (a riot word is the fighting itself)
CROWD_SIGNALS_NEAR = frozenset("near:" + s for s in ("protest", "strike", "intervention"))


def war_fighting(ctx: set[str], here: set[str]) -> bool:
    """Fighting where an army is named (not the police), or in a report of a war's
    strikes, with no crowd (protesters, rioters, civilians) and no protest named there."""
    if here & {"role:protesters", "role:rioters", "role:civilians"} or here & CROWD_SIGNALS_NEAR:
        return False
    return ARMY in here or bool(ctx & WAR)


# riot words told in or next to a sentence, or in the lead
RIOT_HERE = frozenset({"near:riot", "lead:riot"})


def mob_violence(protest: bool, ctx: set[str], here: set[str]) -> bool:
    """Killings told next to a mob's clashes (or in a report whose lead tells them), in a
    report of no protest, no organised armed group, no war between armies: the mob's own
    violence ("ethnic clashes ... people were hacked to death, shot with arrows"), and the
    police firing at the mob is its riot too (ACLED codes force against rioters as the
    riot). One attacker or an army named there is someone else."""
    if protest or not here & RIOT_HERE:
        return False
    if ctx & (WAR | {"role:armed group", "sides:2"}):
        return False
    return not here & {ARMY, "role:lone attacker"}


def classify(signal: str, ctx: set[str], here: set[str] | None = None) -> tuple[str, str] | None:
    """The ACLED (type, sub-type) a signal stands for, given the document's other signals.

    `here`: the actor roles of the signal's own sentence ("role:..."), the signals of
    it and its neighbours ("near:..."), and "lead" in the headline or first sentence. ACLED types by who acted
    against whom: an armed group attacking state forces is a battle, not an attack
    on civilians; two organised armed sides fighting are a battle.
    """
    here = here or set()
    protest = bool(ctx & {"protest", "strike"})
    if signal in ("protest", "strike"):
        return acled("Peaceful protest")
    if signal == "intervention":
        # force against a crowd; troops "pushing back" militants (an armed side in the
        # sentence, no protest in the report) are a battle's, typed by its own triggers
        armed = here & {"role:armed group", "role:lone attacker", ARMY}
        if armed and not ctx & {"protest", "strike", "riot"}:
            return None
        if not protest and here & RIOT_HERE and not here & {"role:protesters"}:
            return None  # tear gas at a mob that is no protest: the riot's (ACLED Riots)
        return acled("Protest with intervention")
    if signal == "accident":
        return None  # an accident or a disaster is no political violence
    if signal == "fire_on_people":
        signal = "fire_on_crowd"  # "shot at people": typed as shots at a crowd are
    if signal == "fire_on_crowd":
        # force against protesters needs the protest where it happened: police shooting a
        # man in a report that later tells protests over it is an Attack
        if protest and (here & CROWD_NEAR or "role:protesters" in here or here & LEAD_PROTEST):
            return acled("Excessive force against protesters")
        if no_political_violence(ctx, here) or mob_violence(protest, ctx, here):
            return None
        return acled("Armed clash") if armed_sides(ctx, here) else acled("Attack")
    if signal == "combat":
        # our troops destroying the occupiers: two armies named in one sentence fight
        if "sides:2" in here:
            return acled("Armed clash")
        return None
    if signal == "firefight":
        return acled("Armed clash")  # both sides shoot: two armed sides by definition
    if signal == "riot":
        if armed_not_mob(protest, here):
            # police storming a gunmen's hideout is a battle; soldiers storming a hotel,
            # gunmen storming a bar or militias clashing are no mob: their other triggers
            # (fighting, an abduction, an attack) type what they did
            return acled("Armed clash") if armed_sides(ctx, here) else None
        if protest:
            return acled("Violent demonstration")
        if war_fighting(ctx, here):
            return acled("Armed clash")  # "heavy clashes around the base" in a war
        return acled("Mob violence")
    if signal == "shelling":
        if here & {"own:armed_clash", "own:firefight"} and "lead" not in here:
            # "militias fought with mortars and artillery": the battle's weapons; the lead's
            # shelling stands ("Shelling hits the market as the army and RSF battle")
            return None
        if protest and here & {"own:riot", "role:protesters", "role:rioters"}:
            return None  # "stones and homemade mortars" at a riot: the crowd's violence
        if "role:lone attacker" in here and "near:airstrike" not in here:
            # one gunman "обстреливал ФСБ": firing a gun at a building is a shooting
            return classify("attack_civilians", ctx - {"shelling"}, here - {"near:shelling"})
        return acled("Shelling/artillery/missile attack")
    if signal == "airstrike":
        return acled("Air/drone strike")
    if signal == "suicide_bomb":
        return acled("Suicide bomb")  # the bomber dies with the bomb: no IED left behind
    if signal == "explosion":
        if protest and here & {"own:riot", "role:protesters", "role:rioters"}:
            return None  # a homemade bomb thrown by rioters: the crowd's violence
        if ctx & {"shelling", "airstrike", "suicide_bomb", "grenade"}:
            # the blasts of a strike, of a suicide bomber or of a thrown grenade already typed
            return None
        return acled("Remote explosive/landmine/IED")
    if signal == "grenade":
        return acled("Grenade")
    if signal == "armed_clash":
        # a battle needs an armed group; traders fighting police are a riot; but "heavy
        # fighting" in a war (an army named there, or strikes told in the report) with no
        # crowd there is the armies' battle
        if "role:armed group" not in ctx and "sides:2" not in ctx and not war_fighting(ctx, here):
            return acled("Violent demonstration") if protest else acled("Mob violence")
        return acled("Armed clash")
    if signal == "attack_town":
        if ARMY in here and "role:armed group" not in here:
            # an army attacking a whole town ("the enemy attacked the capital") strikes from
            # afar: ACLED codes it as shelling/missiles, not as a ground attack
            return acled("Shelling/artillery/missile attack")
        return None  # otherwise the attack's own trigger types it
    if signal == "attack_civilians":
        if ARMY in here and "near:attack_town" in here and "role:armed group" not in here:
            return None  # the army's attack on a town, typed by attack_town
        remote = here & {"near:shelling", "near:airstrike", "near:explosion", "near:suicide_bomb"}
        if attacks_a_post(ctx, here):
            return acled("Armed clash")
        if (
            "role:state forces" in here
            and here & {"role:armed group", "role:lone attacker"}
            and "role:civilians" not in here
            and not (remote or protest)
            and not (BY_STATE in here and "role:armed group" not in here)
            and not here & {"lead:explosion", "lead:suicide_bomb"}
        ):
            # both sides in its own sentence, no civilians, no blast or protest by it:
            # "militants attacked a checkpoint" is a battle even where strikes are told too
            return acled("Armed clash")
        if (
            remote
            or ctx & {"shelling", "airstrike"}
            or here & {"lead:explosion", "lead:suicide_bomb"}
        ):
            # the blasts' own attack, a war report's strikes, or a report about a blast;
            # a car that exploded late in a riot does not make a police shooting a blast
            return None
        if no_political_violence(ctx, here) or mob_violence(protest, ctx, here):
            return None
        on_protest = "own:protest" in here and not here & CROWD_SIDES
        if protest and (here & PROTEST_NEAR or here & LEAD_PROTEST) and not on_protest:
            # shots at a protest: its escalation, coded by the protest signals; but an
            # "attack on a peaceful demonstration" by no one of the crowd or the state is
            # an attack on civilians
            return None
        if here & {"near:armed_clash", "near:firefight"}:
            return None  # the shooting of a battle told next to it
        # gunmen against police or soldiers: two armed sides
        return acled("Armed clash") if armed_sides(ctx, here) else acled("Attack")
    if signal == "abduction":
        return acled("Abduction/forced disappearance")
    if signal == "arrest":
        if BY_ARMED_GROUP in here:
            # only the state arrests: a non-state armed group detaining people abducts them
            return acled("Abduction/forced disappearance")
        if deadly_raid(ctx, here):
            return acled("Armed clash")
        if not protest and no_political_violence(ctx, here - {"role:state forces"}):
            # the arrest of a lone killer is police work, not a development: the police
            # named at the arrest are those who make it, not a side in a battle
            return None
        # arrests the lead tells with no protest near them are the report's own event;
        # so are arrests a headline tells with no protest in it ("Government Detains Protesters")
        lead_alone = "lead" in here and not here & {"near:protest", "near:strike"}
        lead_alone |= "headline" in here and not here & {"head:protest", "head:strike"}
        # arrests are the protest's intervention only where the protest is: a protest
        # signal in or next to their sentence, protesters named in it, or a report whose
        # lead tells the protest ("37 people were detained" after it); arrests told apart
        # from a protest the lead does not tell (a purge, a raid) are Arrests
        at_protest = bool(here & (CROWD_NEAR | LEAD_PROTEST)) or "role:protesters" in here
        return (
            acled("Protest with intervention")
            if protest and at_protest and not lead_alone
            else acled("Arrests")
        )
    if signal == "agreement":
        return acled("Agreement")  # a deal between the sides: a strategic development
    if signal == "looting":
        if here & ATTACK_OWN and "role:rioters" not in here:
            return None  # "attacked the villages ... looting and burning homes": the attack's
        return (
            acled("Violent demonstration")
            if ctx & {"riot"}
            else acled("Looting/property destruction")
        )
    return None


# English words before a noun: "the attack", "this shooting", "Sunday's attack"
_EN_DETERMINERS = frozenset({"the", "this", "that", "these", "those", "'s", "’s"})


def names_an_event(doc: Doc, h) -> bool:
    """The trigger is a noun that names an event or its doers ("нападение", "напад", "the
    attack", "нападавшие" as a noun): by its morphology (ru, uk: a noun or a participle),
    or an English determiner or possessive before it."""
    i, _ = doc.token_range(h.start, h.end)
    if doc.tokens[i].tags & {"NOUN", "PRTF"}:
        return True
    prev = doc.tokens[i - 1].text.lower() if i > 0 else ""
    return prev in _EN_DETERMINERS or prev.endswith(("'s", "’s"))


def lead_battle_again(doc: Doc, typed_hits: list, lead: set[int]) -> list:
    """An attack named after a lead that types its attacks as a battle ("gunmen shot two
    police officers dead") names that battle again ("after the attack the square was
    closed", "нападение на ФСБ произошло в день ..."): an Armed clash too. Only a noun
    refers back; a verb tells a new act ("later gunmen attacked a village")."""
    battle, attack = acled("Armed clash"), acled("Attack")
    lead_types = {t for h, t, _ in typed_hits if h.signal == "attack_civilians" and h.sent in lead}
    if lead_types != {battle}:
        return typed_hits
    out = []
    for h, typed, place in typed_hits:
        if h.signal == "attack_civilians" and typed == attack and h.sent not in lead:
            if names_an_event(doc, h):
                typed = battle
        out.append((h, typed, place))
    return out


# an attack or abduction told in the trigger's own sentence
ATTACK_OWN = frozenset({"own:attack_civilians", "own:fire_on_people", "own:abduction"})


def drop_milder(groups: dict[tuple[str, str, str], list[Hit]], ctx: set[str]) -> None:
    """Keep only the most escalated form of a protest at each place (in place)."""
    # a protest met with force or turned violent is coded "peaceful" only when the
    # report says it was and the crowd turned violent (the seed's "мирний мітинг" that
    # ended in a riot: two phases); force against a peaceful crowd ("police dispersed a
    # peaceful march") is one event, the intervention
    escalated = {
        "Protest with intervention",
        "Excessive force against protesters",
        "Violent demonstration",
    }
    for k in list(groups):
        t, sub, pk = k
        if sub != "Peaceful protest":
            continue
        here = {k2[1] for k2 in groups if k2[2] == pk}
        two_phases = "peaceful" in ctx and "Violent demonstration" in here
        if here & escalated and not two_phases:
            del groups[k]
    # the escalated form of a protest stands for its milder forms at the same place
    for k in list(groups):
        t, sub, pk = k
        if (
            sub == "Protest with intervention"
            and (PROTESTS, "Excessive force against protesters", pk) in groups
        ):
            del groups[k]
