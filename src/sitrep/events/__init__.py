"""events: ACLED-typed events with tags, date, location, actors and claims; the summary.

Sentences are scanned for event *signals* (resources/<lang>/events.yaml);
signals become ACLED types in context (shots at a crowd at a protest are
"Excessive force against protesters", elsewhere an "Attack"), and events are
grouped by type and place so that a report about two incidents yields two.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from ..doc import Doc, Signal
from ..lexicon import PhraseMatcher, doc_keys, lang_of, sentence_token_ranges
from ..registry import component
from ..resources import load_yaml
from ..schema.models import Actor, Event, EventDate, EventLocation, Figure, Mention, Summary

TAG_SIGNALS = {
    "arson": "arson",
    "comms": "communications_shutdown",
    "blockade": "blockade",
    "deployment": "security_forces_deployment",
    "curfew": "curfew",
    "strike": "strike",
}
PROTESTS, RIOTS = "Protests", "Riots"
EXPLOSIONS, VAC = "Explosions/Remote violence", "Violence against civilians"
BATTLES, STRATEGIC = "Battles", "Strategic developments"
NEAR_WINDOW = 5


@dataclass
class SignalLexicon:
    any: PhraseMatcher
    # one matcher for every word list of every `near` rule, labelled "signal#rule#list"
    near: PhraseMatcher
    rules: dict[tuple[str, int], int] = field(default_factory=dict)  # (signal, rule) -> lists


@lru_cache(maxsize=8)
def signal_lexicon(lang: str) -> SignalLexicon:
    data = load_yaml(lang, "events") or {}
    entries: dict[str, list[str]] = {}
    rules: dict[tuple[str, int], int] = {}
    for sig, v in data.items():
        for ri, group in enumerate([v["near"]] if v.get("near") else []):
            rules[(sig, ri)] = len(group)
            for li, words in enumerate(group):
                entries[f"{sig}#{ri}#{li}"] = words
    anys = {k: v.get("any") or [] for k, v in data.items()}
    return SignalLexicon(PhraseMatcher(lang, anys), PhraseMatcher(lang, entries), rules)


@dataclass
class Hit:
    signal: str
    sent: int
    start: int  # char offsets of the trigger words
    end: int


def find_signals(doc: Doc) -> list[Hit]:
    hits: list[Hit] = []
    toks = doc.tokens
    doc_keys(doc)
    for si, (a, b) in enumerate(sentence_token_ranges(doc)):
        if a >= b:
            continue
        lex = signal_lexicon(lang_of(doc, toks[a].start))
        for m in lex.any.find_in(doc, a, b):
            hits.append(Hit(m.label, si, toks[m.start].start, toks[m.end - 1].end))
        by_list: dict[str, list] = {}
        for m in lex.near.find_all_in(doc, a, b):
            by_list.setdefault(m.label, []).append(m)
        for (sig, ri), n in lex.rules.items():
            found = [by_list.get(f"{sig}#{ri}#{li}") for li in range(n)]
            if not all(found):
                continue
            first, rest = found[0], found[1:]
            for m in first:
                others = [min(ms, key=lambda o: abs(o.start - m.start)) for ms in rest]
                if all(abs(o.start - m.start) <= NEAR_WINDOW for o in others):
                    lo = min([m.start] + [o.start for o in others])
                    hi = max([m.end] + [o.end for o in others])
                    hits.append(Hit(sig, si, toks[lo].start, toks[hi - 1].end))
                    break
    hits.sort(key=lambda h: h.start)
    return hits


def classify(signal: str, ctx: set[str]) -> tuple[str, str] | None:
    """The ACLED (type, sub-type) a signal stands for, given the document's other signals."""
    protest = bool(ctx & {"protest", "strike"})
    if signal in ("protest", "strike"):
        return PROTESTS, "Peaceful protest"
    if signal == "intervention":
        return PROTESTS, "Protest with intervention"
    if signal == "fire_on_crowd":
        return (PROTESTS, "Excessive force against protesters") if protest else (VAC, "Attack")
    if signal == "riot":
        return (RIOTS, "Violent demonstration") if protest else (RIOTS, "Mob violence")
    if signal == "shelling":
        return EXPLOSIONS, "Shelling/artillery/missile attack"
    if signal == "airstrike":
        return EXPLOSIONS, "Air/drone strike"
    if signal == "explosion":
        if ctx & {"shelling", "airstrike"}:
            return None  # the blasts of a strike already typed
        return EXPLOSIONS, "Remote explosive/landmine/IED"
    if signal == "grenade":
        return EXPLOSIONS, "Grenade"
    if signal == "armed_clash":
        # a battle needs an armed group; traders fighting police are a riot
        if "role:armed group" not in ctx:
            return (RIOTS, "Violent demonstration") if protest else (RIOTS, "Mob violence")
        return BATTLES, "Armed clash"
    if signal == "attack_civilians":
        if ctx & {"shelling", "airstrike", "explosion"}:
            return None
        return VAC, "Attack"
    if signal == "abduction":
        return VAC, "Abduction/forced disappearance"
    if signal == "arrest":
        return (PROTESTS, "Protest with intervention") if protest else (STRATEGIC, "Arrests")
    if signal == "looting":
        return (
            (RIOTS, "Violent demonstration")
            if ctx & {"riot"}
            else (STRATEGIC, "Looting/property destruction")
        )
    return None


# actors by sub-event type: (roles for actor1, roles for actor2)
ACTOR_ROLES = {
    "Peaceful protest": (("protesters",), ()),
    "Protest with intervention": (("protesters",), ("state forces",)),
    "Excessive force against protesters": (("state forces",), ("protesters", "civilians")),
    "Violent demonstration": (("rioters", "protesters"), ("state forces",)),
    "Mob violence": (("rioters", "civilians"), ("civilians",)),
    "Arrests": (("state forces",), ("protesters", "civilians", "political")),
}


def _place_key(m: Mention | None) -> str:
    if m is None or m.place is None:
        return "?"
    return str(m.place.geonameid or m.place.name)


def _main_place(doc: Doc, hits: list[Hit]) -> Mention | None:
    places = [m for m in doc.mentions if m.kind == "place" and m.place]
    cities = [m for m in places if m.place.feature in ("city", "user")] or places
    if not cities:
        return None
    hit_sents = {h.sent for h in hits}
    first_para_end = doc.paras[0].end if doc.paras else 0
    score: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    for m in cities:
        k = _place_key(m)
        first.setdefault(k, m)
        score[k] += 1.0
        if m.start < first_para_end:
            score[k] += 1.5
        if doc.sent_index(m.start) in hit_sents:
            score[k] += 1.0
        if m.place.feature == "user":
            score[k] -= 0.5  # facilities and fields sit inside the town the report is about
        if m.place.feature == "country":
            score[k] -= 2.0
    best = max(score, key=lambda k: (score[k], -first[k].start))
    return first[best]


def _main_date(doc: Doc, hits: list[Hit]) -> Mention | None:
    """The date of the main event: a day named where the events are told, recent first.

    Reports trail their events by hours or days, so a day within a week before
    publication beats an older one (background: "in May, too, ..."); the lead's own
    date first, then the first one given where the events are told.
    """
    from datetime import date as _date
    from datetime import timedelta

    dates = [m for m in doc.mentions if m.kind == "date" and m.date]
    if doc.published:
        pub = doc.published.isoformat()
        dates = [m for m in dates if m.date.iso[:10] <= pub or len(m.date.iso) < 10]
    if not dates:
        return None
    hit_sents = {h.sent for h in hits}
    days = [m for m in dates if m.date.precision == "day"]

    def recent(m: Mention) -> bool:
        if not doc.published:
            return True
        try:
            d = _date.fromisoformat(m.date.iso[:10])
        except ValueError:
            return False
        return doc.published - timedelta(days=7) <= d <= doc.published

    # the lead (headline and first sentences) dates the event; of its recent days the
    # earliest, as reports say "yesterday" after a dateline of today
    lead = [m for m in days if doc.sent_index(m.start) < 3 and recent(m)]
    if lead:
        return min(lead, key=lambda m: (m.date.iso, m.start))
    for pool in (
        [m for m in days if doc.sent_index(m.start) in hit_sents and recent(m)],
        [m for m in days if recent(m)],
        [m for m in days if doc.sent_index(m.start) in hit_sents],
        days,
        [m for m in dates if doc.sent_index(m.start) in hit_sents],
        dates,
    ):
        if pool:
            return min(pool, key=lambda m: m.start)
    return None


def _nearest(allowed: set[int], doc: Doc, pos: int, sent: int) -> Mention | None:
    """The mention (among `allowed` ids) in sentence `sent` closest to `pos`."""
    same = [m for m in doc.mentions_by_sentence().get(sent, []) if id(m) in allowed]
    if same:
        return min(same, key=lambda m: abs(m.start - pos))
    return None


@component(
    "events",
    requires=("tokens",),
    reads=("mentions.actor", "mentions.place", "mentions.date", "mentions.resolved", "claims"),
    assigns=("events", "signals"),
)
def make_events():
    def events(doc: Doc) -> None:
        # words that name a state force ("riot police") are not event triggers
        forces = [
            (m.start, m.end) for m in doc.mentions if m.kind == "actor" and m.role == "state forces"
        ]
        hits = [
            h for h in find_signals(doc) if not any(s <= h.start and h.end <= e for s, e in forces)
        ]
        doc.signals = [Signal(h.signal, h.sent, h.start, h.end) for h in hits]
        ctx = {h.signal for h in hits}
        ctx |= {"role:" + (m.role or "") for m in doc.mentions if m.kind == "actor"}
        main_place = _main_place(doc, hits)
        main_date = _main_date(doc, hits)
        cities = [
            m
            for m in doc.mentions
            if m.kind == "place" and m.place and m.place.feature in ("city", "user")
        ]
        dates = [
            m for m in doc.mentions if m.kind == "date" and m.date and m.date.precision == "day"
        ]
        city_ids, date_ids = {id(m) for m in cities}, {id(m) for m in dates}
        groups: dict[tuple[str, str, str], list[Hit]] = {}
        where: dict[tuple[str, str, str], tuple[Mention | None, Mention | None]] = {}
        tag_hits: list[tuple[str, Hit, Mention | None]] = []
        by_sent = doc.mentions_by_sentence()
        told_elsewhere: dict[str, set[int]] = {}
        for h in hits:
            told_elsewhere.setdefault(h.signal, set()).add(h.sent)
        for h in hits:
            places_here = {_place_key(m) for m in by_sent.get(h.sent, []) if id(m) in city_ids}
            if len(places_here) > 1 and told_elsewhere[h.signal] - {h.sent}:
                continue  # "detentions in Osh and Kutaisi": a summary; the body places them
            place = _nearest(city_ids, doc, h.start, h.sent) or main_place
            if h.signal in TAG_SIGNALS:
                tag_hits.append((TAG_SIGNALS[h.signal], h, place))
            typed = classify(h.signal, ctx)
            if typed is None:
                continue
            k = (typed[0], typed[1], _place_key(place))
            groups.setdefault(k, []).append(h)
            if k not in where:
                date = _nearest(date_ids, doc, h.start, h.sent) or main_date
                where[k] = (place, date)
        if not groups and tag_hits:
            # a blockade, curfew, shutdown or deployment with nothing else: ACLED's "Other"
            h = tag_hits[0][1]
            k = (STRATEGIC, "Other", _place_key(tag_hits[0][2]))
            groups[k] = [t[1] for t in tag_hits]
            where[k] = (tag_hits[0][2], _nearest(date_ids, doc, h.start, h.sent) or main_date)
        # a protest met with force or turned violent is coded "peaceful" only when the
        # report says it was (the seed's "мирний мітинг")
        escalated = {
            "Protest with intervention",
            "Excessive force against protesters",
            "Violent demonstration",
        }
        if "peaceful" not in ctx:
            for k in list(groups):
                t, sub, pk = k
                if sub == "Peaceful protest" and any(
                    k2[1] in escalated and k2[2] == pk for k2 in groups
                ):
                    del groups[k]
        # the escalated form of a protest stands for its milder forms at the same place
        for k in list(groups):
            t, sub, pk = k
            if (
                sub == "Protest with intervention"
                and (PROTESTS, "Excessive force against protesters", pk) in groups
            ):
                del groups[k]
        order = sorted(groups, key=lambda k: groups[k][0].start)
        if order:
            # the primary event: told early and often; "Strategic developments" (arrests,
            # a curfew) only when nothing else happened
            def weight(k: tuple[str, str, str]) -> float:
                hs = groups[k]
                lead = 1.5 if any(h.sent < 2 for h in hs) else 0.0
                return min(len(hs), 2) + lead - (3.0 if k[0] == STRATEGIC else 0.0)

            primary = max(order, key=lambda k: (weight(k), -groups[k][0].start))
            order.remove(primary)
            order.insert(0, primary)
        actors = [m for m in doc.mentions if m.kind == "actor"]
        for k in order:
            t, sub, pk = k
            place, date = where[k]
            ev_hits = groups[k]
            sents = {h.sent for h in ev_hits}
            ev = Event(
                id=doc.next_id("e"),
                event_type=t,
                sub_event_type=sub,
                date=_event_date(date, doc),
                location=_event_location(place),
                evidence=[doc.span(h.start, h.end) for h in ev_hits[:8]],
                confidence=min(0.4 + 0.15 * len(ev_hits), 0.9),
            )
            ev.actor1, ev.actor2 = _actors(actors, sub, t, sents, doc)
            doc.events.append(ev)
        if doc.events:
            by_place: dict[str, Event] = {}
            for ev in doc.events:
                by_place.setdefault(
                    str(ev.location.geonameid or ev.location.name) if ev.location else "?", ev
                )
            primary = doc.events[0]
            for tag, _h, place in tag_hits:
                target = by_place.get(_place_key(place), primary)
                if tag not in target.tags:
                    target.tags.append(tag)
            _attach_claims(doc, by_place, primary)

    return events


def _event_date(m: Mention | None, doc: Doc) -> EventDate | None:
    if m is not None and m.date:
        return EventDate(iso=m.date.iso, precision=m.date.precision, mention=m.id)
    if doc.published:
        # no date in the text: the report's own date, as coders do, at lower precision
        return EventDate(iso=doc.published.isoformat(), precision="week")
    return None


def _event_location(m: Mention | None) -> EventLocation | None:
    if m is None or m.place is None:
        return None
    p = m.place
    return EventLocation(
        name=p.name,
        mention=m.id,
        geonameid=p.geonameid,
        lat=p.lat,
        lon=p.lon,
        country=p.country,
        admin1=p.admin1,
        precision=p.precision,
    )


def _actors(actors: list[Mention], sub: str, etype: str, sents: set[int], doc: Doc):
    roles1, roles2 = ACTOR_ROLES.get(
        sub, (("state forces", "armed group"), ("civilians", "protesters"))
    )

    def pick(roles: tuple[str, ...], exclude: str | None = None) -> Actor | None:
        cands = [m for m in actors if m.role in roles and m.norm != exclude]
        near = [m for m in cands if doc.sent_index(m.start) in sents] or cands
        if not near:
            return None
        name = Counter(m.norm for m in near).most_common(1)[0][0]
        ms = [m for m in cands if m.norm == name]
        return Actor(name=name, role=ms[0].role, mentions=[m.id for m in ms])

    a1 = pick(roles1)
    a2 = pick(roles2, exclude=a1.name if a1 else None) if roles2 else None
    return a1, a2


def _attach_claims(doc: Doc, by_place: dict[str, Event], primary: Event) -> None:
    mentions = {m.id: m for m in doc.mentions}
    for c in doc.claims:
        target = primary
        if c.place and c.place in mentions:
            target = by_place.get(_place_key(mentions[c.place]), primary)
        target.claims.append(c.id)


FIGURE_KINDS = {
    "killed": ("killed",),
    "injured": ("injured",),
    "participants": ("participants",),
    "arrested": ("arrested", "detained"),
}


def figure(claims, kinds: tuple[str, ...]) -> Figure | None:
    """The document's figure: the highest low among reported/confirmed claims (SPEC estimates)."""
    cands = [c for c in claims if c.kind in kinds and c.low is not None]
    if not cands:
        return None
    solid = [c for c in cands if c.certainty in ("reported", "confirmed")] or [
        c for c in cands if c.certainty != "denied"
    ]
    if not solid:
        return None
    best = max(solid, key=lambda c: (c.low, c.high is None, -c.evidence.start))
    return Figure(
        low=best.low, high=best.high, qualifier=best.qualifier, value=best.value, claims=[best.id]
    )


@component(
    "summary",
    requires=("signals",),
    reads=("events", "claims", "mentions.place", "mentions.date"),
    assigns=("summary",),
)
def make_summary():
    def summary(doc: Doc) -> None:
        s = Summary()
        hits = doc.signals
        if doc.events:
            primary = doc.events[0]
            for ev in doc.events:
                if ev.event_type not in s.event_types:
                    s.event_types.append(ev.event_type)
                if ev.sub_event_type not in s.sub_event_types:
                    s.sub_event_types.append(ev.sub_event_type)
            for h in hits:
                tag = TAG_SIGNALS.get(h.signal)
                if tag and tag not in s.tags:
                    s.tags.append(tag)
            loc, date = primary.location, primary.date
        else:
            loc = _event_location(_main_place(doc, hits))
            date = _event_date(_main_date(doc, hits), doc)
        if date:
            s.event_date, s.date_precision = date.iso, date.precision
        if loc:
            s.location, s.geonameid, s.lat, s.lon = loc.name, loc.geonameid, loc.lat, loc.lon
            s.country, s.admin1 = loc.country, loc.admin1
        if not s.country:
            countries = Counter(
                m.place.country
                for m in doc.mentions
                if m.kind == "place" and m.place and m.place.country
            )
            if countries:
                s.country = countries.most_common(1)[0][0]
        for name, kinds in FIGURE_KINDS.items():
            setattr(s, name, figure(doc.claims, kinds))
        doc.summary = s
        doc.mentions.sort(key=lambda m: (m.start, m.end))

    return summary
