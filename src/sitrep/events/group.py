"""Which signals make one event: one event per ACLED sub-type and place.

A report about two incidents yields two events. A sentence that names several
places for a signal told elsewhere too is a summary and places nothing
("detentions in Osh and Kutaisi"). Tags alone make ACLED's "Other".
"""

from __future__ import annotations

from functools import lru_cache

from ..claims.headline import headline
from ..doc import Doc
from ..resources import load_list
from ..schema.models import Mention
from .agent import armed_group_did_it, detained_again, state_force_did_it
from .anchors import (
    after_today,
    archive_caption,
    biography_place,
    event_day,
    is_area,
    is_background,
    name_qualifier,
    near_country,
    nearest,
    place_key,
    reference_point,
)
from .captions import in_caption
from .classify import (
    BY_ARMED_GROUP,
    BY_STATE,
    SHOTS,
    acled,
    classify,
    lead_battle_again,
    sentence_roles,
    tag_for,
)
from .demonyms import demonym_towns
from .headline import headline_end
from .lead import lead_sentences
from .signals import Hit

LEAD_SENTS = 2  # the headline and the first sentence (salutations skipped: lead.py)

GroupKey = tuple[str, str, str]  # (event type, sub-event type, place key)
Anchors = tuple[Mention | None, Mention | None]  # (place, date)
TagHit = tuple[str, Hit, Mention | None]  # (tag, signal, place)


def group_hits(
    doc: Doc,
    hits: list[Hit],
    ctx: set[str],
    main_place: Mention | None,
    main_date: Mention | None,
) -> tuple[dict[GroupKey, list[Hit]], dict[GroupKey, Anchors], list[TagHit]]:
    """The signals of each event, each event's place and date, and the tags with their place."""
    cities = [
        m
        for m in doc.mentions
        if m.kind == "place"
        and m.place
        and m.place.feature in ("city", "user")
        and not name_qualifier(doc.text, m)
        and not archive_caption(doc, m)
        and not in_caption(doc, m.start)
        and not biography_place(doc, m)
        and not reference_point(doc, m)
    ]
    # a quoted name's home town ("«Жилина» (Жилина, Словакия)"): no event's place by
    # itself, but the best guess in its country when the report names no other town there
    homes = [
        m
        for m in doc.mentions
        if m.kind == "place"
        and m.place
        and m.place.feature == "city"
        and name_qualifier(doc.text, m)
    ]
    dates = [
        m
        for m in doc.mentions
        if m.kind == "date"
        and m.date
        and m.date.precision == "day"
        and not is_background(m, doc)
        and not after_today(m, doc)
        and event_day(m, doc)
    ]
    city_ids, date_ids = {id(m) for m in cities}, {id(m) for m in dates}
    groups: dict[GroupKey, list[Hit]] = {}
    where: dict[GroupKey, Anchors] = {}
    tag_hits: list[TagHit] = []
    by_sent = doc.mentions_by_sentence()
    roles = sentence_roles(doc)
    lead = lead_sentences(doc, LEAD_SENTS)
    head_end = headline_end(doc)
    in_head = (lambda h: h.start < head_end) if head_end is not None else (lambda h: False)
    # what the headline tells; "Protesters" there names people (an actor), not a protest:
    # "Government Detains Protesters" tells arrests
    crowd_names = [
        (m.start, m.end) for m in doc.mentions if m.kind == "actor" and m.role == "protesters"
    ]
    head = {
        "head:" + h.signal
        for h in hits
        if in_head(h) and not any(a <= h.start and h.end <= b for a, b in crowd_names)
    }
    told_in_lead = {"lead:" + h.signal for h in hits if h.sent in lead}  # what the lead tells
    near: dict[int, set[str]] = {}
    for h in hits:
        for k in (h.sent - 1, h.sent, h.sent + 1):
            near.setdefault(k, set()).add("near:" + h.signal)
        near.setdefault(h.sent, set()).add("own:" + h.signal)  # told in the same sentence
    told_elsewhere: dict[str, set[int]] = {}
    for h in hits:
        told_elsewhere.setdefault(h.signal, set()).add(h.sent)
    countries = {
        id(m): m.place.country
        for m in doc.mentions
        if m.kind == "place" and m.place and m.place.feature == "country"
    }
    regions = {
        id(m)
        for m in doc.mentions
        if m.kind == "place" and m.place and m.place.feature == "region" and not is_area(m)
    }
    # the lead tells an armed group detaining people ("Taliban Arrest 4 Women")
    lead_abducts = any(
        h.signal == "arrest"
        and h.sent in lead
        and armed_group_did_it(doc, h, by_sent.get(h.sent, []))
        for h in hits
    )
    # sentences where state forces fire ("police shot him dead"): they are no victims there
    state_fired = {
        h.sent
        for h in hits
        if h.signal in SHOTS and state_force_did_it(doc, h, by_sent.get(h.sent, []))
    }
    typed_hits: list[tuple[Hit, tuple[str, str] | None, Mention | None]] = []
    for h in hits:
        places_here = {place_key(m) for m in by_sent.get(h.sent, []) if id(m) in city_ids}
        summary = len(places_here) > 1 and told_elsewhere[h.signal] - {h.sent}
        if summary and h.sent not in lead:
            continue  # "detentions in Osh and Kutaisi": a summary; the body places them
        here = roles.get(h.sent, set()) | near.get(h.sent, set()) | told_in_lead
        if h.sent in lead:
            here = here | {"lead"}
        if in_head(h):
            here = here | {"headline"} | head
        if h.signal == "arrest" and armed_group_did_it(doc, h, by_sent.get(h.sent, [])):
            here = here | {BY_ARMED_GROUP}
        elif (
            h.signal == "arrest"
            and lead_abducts
            and detained_again(doc, h, by_sent.get(h.sent, []))
        ):
            here = here | {BY_ARMED_GROUP}  # "now several were detained": the group's again
        if h.sent in state_fired:
            here = here | {BY_STATE}
        # the lead is no summary: it tells the report's event ("Теракт в Иерусалиме ... в
        # Восточном Иерусалиме"), so its actors type it, at the report's main place
        own_town = main_place if summary else nearest(city_ids, doc, h.start, h.sent)
        typed_hits.append((h, classify(h.signal, ctx, here), own_town))
    typed_hits = lead_battle_again(doc, typed_hits, lead)
    # where a trigger's own sentence names no town, the event is where the same kind of
    # event was placed by its own sentence ("missiles hit Mykolaiv ... the strike ...");
    # else in the country its sentence names; only then the report's main place
    own: dict[tuple[str, str], list[Mention]] = {}
    for _h, typed, p in typed_hits:
        if typed is not None and p is not None:
            own.setdefault(typed, []).append(p)
    main_key = place_key(main_place)
    main_cc = main_place.place.country if main_place and main_place.place else None
    for h, typed, own_place in typed_hits:
        place = own_place
        if place is None:
            # "Загинули 5 мирних киян": the town of the inhabitants the sentence names
            place = demonym_towns(doc).get(h.sent)
        if place is None:
            # the smallest unit the sentence names: a region ("у селі X Харківської
            # області", a village the gazetteer lacks), else a country
            rs = [m for m in by_sent.get(h.sent, []) if id(m) in regions]
            if rs:
                place = _in_region(rs, main_place)
        if place is None and h.sent not in lead:
            # the town where the report's headline figure is told ("авіаудар по
            # Білогорівці ... вбито близько 60 людей"): an address naming many towns
            # leads with that event, whatever town it names most
            place = headline_town(doc, city_ids, main_cc)
        if place is None:
            named = [
                m
                for m in by_sent.get(h.sent, [])
                if id(m) in countries and after_preposition(doc, m) and not near_country(doc, m)
            ]
            if named:
                place = _in_countries(cities, named, main_place, homes)
        if place is None and h.sent in lead:
            place = headline_town(doc, city_ids, main_cc)
        if place is None and typed in own:
            # only in the main place's country: talks in Geneva do not place Aleppo's shelling
            ps = [p for p in own[typed] if main_cc is None or p.place.country == main_cc]
            if ps:
                place = next((p for p in ps if place_key(p) == main_key), ps[0])
        place = place or main_place
        tag = tag_for(h.signal, near.get(h.sent, set()), ctx)
        if tag is not None:
            tag_hits.append((tag, h, place))
        if typed is None:
            continue
        k = (typed[0], typed[1], place_key(place))
        groups.setdefault(k, []).append(h)
        if k not in where:
            date = nearest(date_ids, doc, h.start, h.sent) or main_date
            where[k] = (place, date)
    # a blockade, curfew, shutdown or deployment with nothing else, or the one thing the
    # headline tells ("Burma Cuts Phone Services"): ACLED's "Other"
    head_tags = [t for t in tag_hits if in_head(t[1])]
    if any(in_head(h) for hs in groups.values() for h in hs):
        head_tags = []
    if (not groups or head_tags) and tag_hits:
        other = head_tags + [t for t in tag_hits if t not in head_tags]
        h = other[0][1]
        k = (*acled("Other"), place_key(other[0][2]))
        groups[k] = [t[1] for t in other]
        where[k] = (other[0][2], nearest(date_ids, doc, h.start, h.sent) or main_date)
    return groups, where, tag_hits


HEADLINE_TOWN_BACK = 3  # sentences before the headline figure that may name its town


def headline_town(doc: Doc, city_ids: set[int], country: str | None) -> Mention | None:
    """The town named in the sentence of the report's headline killed figure (else
    injured), nearest the figure, in the main place's `country`; None if it names none."""
    key = ("_headline_town", country)
    if key in doc.user:
        return doc.user[key]
    got = None
    for kinds in (("killed",), ("injured",)):
        c = headline(doc, doc.claims, kinds)
        if c is None:
            continue
        si = doc.sent_index(c.evidence.start)
        by_sent = doc.mentions_by_sentence()
        for back in range(HEADLINE_TOWN_BACK + 1):
            # the figure's own sentence, else the town the sentences just before it name
            # ("ракети вдарили по Миколаєву ... Внаслідок цього удару ... семеро загинули")
            ms = [
                m
                for m in by_sent.get(si - back, [])
                if id(m) in city_ids and (country is None or m.place.country == country)
            ]
            if ms:
                got = min(ms, key=lambda m: abs(m.start - c.evidence.start))
                break
            if back == 0 and not HEADLINE_TOWN_BACK:
                break
        break
    doc.user[key] = got
    return got


def _in_countries(
    cities: list[Mention],
    named: list[Mention],
    main: Mention | None,
    homes: list[Mention] = (),  # type: ignore[assignment]
) -> Mention | None:
    """The main place when it lies in a country the sentence names (`named`), else the
    first town there, else the home town of a quoted name there ("матч «Спартака»
    (Москва) и «Жилины» (Жилина, Словакия)" in Slovakia: the home side's town), else
    that country itself (precision country)."""
    cc = {m.place.country for m in named if m.place}
    if main is not None and main.place is not None and main.place.country in cc:
        if main.place.feature != "country" or not homes:
            return main
    for pool in (cities, homes):
        got = next((m for m in pool if m.place and m.place.country in cc), None)
        if got is not None:
            return got
    return named[0]


def _in_region(regions: list[Mention], main: Mention | None) -> Mention:
    """The main place when it lies in the region named, else the region itself
    (precision region: the smallest enclosing unit the text names)."""
    for r in regions:
        p, q = r.place, main.place if main is not None else None
        if q is not None and p is not None and q.country == p.country and q.admin1 == p.admin1:
            return main  # type: ignore[return-value]
    return regions[0]


@lru_cache(maxsize=1)
def _en_place_preps() -> frozenset[str]:
    return frozenset(load_list("en", "places_prepositions"))


def after_preposition(doc: Doc, m: Mention) -> bool:
    """A place named after a preposition ("В Словакии", "in Somalia"): where something is,
    not the actor ("Росія обстріляла" names the country that fired)."""
    i, _ = doc.token_range(m.start, m.end)
    if i > 1 and doc.tokens[i - 1].text.lower() == "the":
        i -= 1  # "in the Czech Republic"
    if i == 0:
        return False
    prev = doc.tokens[i - 1]
    return "PREP" in prev.tags or prev.text.lower() in _en_place_preps()
