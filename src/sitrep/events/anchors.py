"""Where and when: the report's main place and date, and each event's anchors.

An event takes the city named nearest its trigger in the same sentence, else
the report's main place; likewise the day. The main place is the city named
most, early and where events are told; the main date a recent day of the lead.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..doc import Doc
from ..gazetteer.keys import fold
from ..mentions.dates.today import TODAY_KEY
from ..resources import load_list
from ..schema.models import EventDate, EventLocation, Mention
from .lead import lead_sentences
from .signals import Hit

LEAD_DATE_SENTS = 3  # the headline and two sentences: where the event's date is told


def place_key(m: Mention | None) -> str:
    if m is None or m.place is None:
        return "?"
    return str(m.place.geonameid or m.place.name)


def name_qualifier(text: str, m: Mention) -> bool:
    """A town in brackets right after a quoted name: the name's home, not where things
    happened ("«Спартак» (Москва)", "the "Dynamo" (Kyiv) team")."""
    before = text[max(0, m.start - 4) : m.start].rstrip()
    return before.endswith("(") and before[:-1].rstrip()[-1:] in ("»", '"', "”", "“")


@lru_cache(maxsize=8)
def _near_words(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in load_list(lang, "places_near_words", optional=True))


def near_country(doc: Doc, m: Mention) -> bool:
    """A country named after "near", "біля", "возле" ("a house near Pakistan"): a
    neighbour of where things happened, not the place (a town there still is)."""
    if m.place is None or m.place.feature != "country":
        return False
    i, _ = doc.token_range(m.start, m.end)
    if i == 0:
        return False
    prev = doc.tokens[i - 1]
    return fold(prev.text) in _near_words(doc.lang_at(m.start) or doc.lang or "en")


@lru_cache(maxsize=8)
def _archive_marks(lang: str) -> tuple[str, ...]:
    return load_list(lang, "places_archive_marks", optional=True)


ARCHIVE_REACH = 200  # characters: how far a caption's mark may stand before its place
_SENT_END = re.compile(r"[.!?…]\s")


def _archive_starts(doc: Doc) -> list[int]:
    """Where an archive caption's mark stands in the text (opening a line or after a
    space); most reports have none, and then no place needs checking."""
    got = doc.user.get("_archive_starts")
    if got is not None:
        return got
    text, out = doc.text, []
    langs = {doc.lang or "en", *(p.lang for p in doc.paras if p.lang)}
    for lang in langs:
        for mark in _archive_marks(lang):
            i = text.find(mark)
            while i >= 0:
                if i == 0 or text[i - 1].isspace():
                    out.append(i)
                i = text.find(mark, i + 1)
    out.sort()
    doc.user["_archive_starts"] = out
    return out


def archive_caption(doc: Doc, m: Mention) -> bool:
    """A place in an archive photo's caption ("FILE - Afghan women walk through Panjwaii
    town, Kandahar province"): where an old photo was taken. The mark opens the line or
    follows a space (pages read as HTML join lines), and no sentence ends before the place."""
    starts = _archive_starts(doc)
    if not starts:
        return False
    ls = doc.text.rfind("\n", 0, m.start) + 1
    lo = max(ls, m.start - ARCHIVE_REACH)
    for i in starts:
        if i >= m.start:
            break
        if i >= lo and not _SENT_END.search(doc.text, i + 1, m.start):
            return True
    return False


def is_area(m: Mention) -> bool:
    """A continent, historical region, river or sea (resources/common/gazetteer_areas.yaml):
    a region without coordinates. It tells where a story's world is, never where an event
    took place ("в Європі", "на Донбасі"), so events neither anchor to it nor group by it."""
    return m.place is not None and m.place.feature == "region" and m.place.lat is None


def main_place(doc: Doc, hits: list[Hit]) -> Mention | None:
    """The city named most, early and where events are told; among countries alone
    (no town named) the country named most: each country pays its penalty once, so
    naming Ukraine seven times beats naming Denmark four."""
    places = [
        m
        for m in doc.mentions
        if m.kind == "place"
        and m.place
        and not name_qualifier(doc.text, m)
        and not near_country(doc, m)
        and not archive_caption(doc, m)
        and not is_area(m)
    ]
    cities = [m for m in places if m.place.feature in ("city", "user")] or places
    if not cities:
        return None
    hit_sents = {h.sent for h in hits}
    first_para_end = doc.paras[0].end if doc.paras else 0
    score: Counter[str] = Counter()
    first: dict[str, Mention] = {}
    for m in cities:
        k = place_key(m)
        first.setdefault(k, m)
        score[k] += 1.0
        if m.start < first_para_end:
            score[k] += 1.5
        if doc.sent_index(m.start) in hit_sents:
            score[k] += 1.0
        if m.place.feature == "user":
            score[k] -= 0.5  # facilities and fields sit inside the town the report is about
        if m.place.feature == "country" and first[k] is m:
            score[k] -= 2.0  # once per country: below any town, by count among countries
    best = max(score, key=lambda k: (score[k], -first[k].start))
    return first[best]


BACKGROUND_DAYS = 90  # a day or month ending this long before publication is history

HISTORY_WORDS_BEFORE = 3  # a history word this many words before a date, or opening it
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=8)
def _history_words(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in load_list(lang, "dates_background"))


def history_cue(m: Mention, doc: Doc) -> bool:
    """A history word ("earlier", "раніше", "напомним") right before the date or
    opening it: the date tells what happened before the event, not the event."""
    words = _history_words(doc.lang_at(m.start) or doc.lang or "en")
    s = doc.sents[doc.sent_index(m.start)].start if doc.sents else 0
    before = _WORD.findall(doc.text[max(s, m.start - 40) : m.start])[-HISTORY_WORDS_BEFORE:]
    opening = _WORD.findall(m.text)[:1]
    return any(fold(w) in words for w in before + opening)


def is_background(m: Mention, doc: Doc) -> bool:
    """A date from history ("in 1941", "since 2014", "on 5 May 2018") in a dated report.

    A year before the year of publication, or a month or day that ended three
    months before it: background, never the event date (as figures are scoped). A
    digest's "riot of 2 May" seven weeks on still dates its event. So is a date that
    a history word introduces ("Earlier, on 7 May", "Напомним, 6 декабря").
    """
    from datetime import date as _date
    from datetime import timedelta

    if m.date is None:
        return False
    if history_cue(m, doc):
        return True
    if not doc.published:
        return False
    iso = m.date.iso
    try:
        if len(iso) == 4:
            return int(iso) < doc.published.year
        if len(iso) == 7:
            y, mo = int(iso[:4]), int(iso[5:7])
            end = _date(y + mo // 12, mo % 12 + 1, 1) - timedelta(days=1)
        else:
            end = _date.fromisoformat(iso[:10])
    except ValueError:
        return False
    return end < doc.published - timedelta(days=BACKGROUND_DAYS)


def after_today(m: Mention, doc: Doc) -> bool:
    """A day after the text's own day (its dateline, "the 9th day of war"; dates/today.py):
    the page's later date of re-posting ("July 25" above "Washington, July 23"), no event's."""
    today = doc.user.get(TODAY_KEY)
    return today is not None and m.date is not None and m.date.iso[:10] > today.isoformat()


@lru_cache(maxsize=8)
def _opening_words(lang: str) -> frozenset[str]:
    """Words a sentence-opening date may follow (resources/<lang>/dates_opening_words.txt)."""
    return frozenset(load_list(lang, "dates_opening_words", optional=True))


def opens_sentence(m: Mention, doc: Doc) -> bool:
    """An explicit day that opens its sentence and runs on into it ("19 апреля 2013 года
    в пригороде ...", "On 9 January 2015, police ..."); not a relative word ("Вчора") nor
    a dateline set off by a dash, bar or line end ("May 5, 2021 — Gunmen ...")."""
    if m.date is None or m.date.precision != "day" or not any(c.isdigit() for c in m.text):
        return False  # a relative word ("Вчора", "Wednesday") names no day of its own
    s = doc.sents[doc.sent_index(m.start)]
    before = _WORD.findall(doc.text[s.start : m.start])
    openers = _opening_words(doc.lang_at(m.start) or doc.lang or "en")
    if len(before) > 1 or (before and before[0].lower() not in openers):
        return False
    if doc.text[s.start : m.start].strip(' \t*_«"').rstrip() not in ("", *before):
        return False  # punctuation or a heading mark before it
    after = doc.text[m.end : m.end + 3].lstrip(" \t")
    return bool(after) and (after[0].isalpha() or after[0] == ",")


def main_date(doc: Doc, hits: list[Hit]) -> Mention | None:
    """The date of the main event: a day named where the events are told, recent first.

    Reports trail their events by hours or days, so a day within a week before
    publication beats an older one (background: "in May, too, ..."); the lead's own
    date first, then the first one given where the events are told.
    """
    from datetime import date as _date
    from datetime import timedelta

    dates = [m for m in doc.mentions if m.kind == "date" and m.date and not after_today(m, doc)]
    if doc.published:
        pub = doc.published.isoformat()
        dates = [m for m in dates if m.date.iso[:10] <= pub or len(m.date.iso) < 10]
        # history is no event date: without a current one, the report's own date serves
        dates = [m for m in dates if not is_background(m, doc)]
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
    # earliest, as reports say "yesterday" after a dateline of today; else the lead's
    # first day that is not history ("7 апреля 2011 года" in a report of ten days on)
    lead_sents = lead_sentences(doc, LEAD_DATE_SENTS)
    lead_days = [m for m in days if doc.sent_index(m.start) in lead_sents]
    lead = [m for m in lead_days if recent(m)]
    opening = [m for m in lead if opens_sentence(m, doc)]
    if opening:
        # "19 апреля 2013 года в пригороде Бостона проходит спецоперация по поимке
        # подозреваемого в теракте 15 апреля": the date a sentence opens with is its
        # event's; later days in it sit in subordinate phrases
        return opening[0]
    if lead:
        return min(lead, key=lambda m: (m.date.iso, m.start))
    if lead_days:
        return min(lead_days, key=lambda m: m.start)
    if hit_sents & lead_sents:
        # the lead tells the event and gives no day: it is news of the day published
        # ("Another oil worker has been kidnapped"); a later day dates something else
        return None
    # a month or a year outside the lead ("last month", "since April") says when
    # something else happened: without a day, the report's own date serves
    coarse_lead = [m for m in dates if doc.sent_index(m.start) in lead_sents]
    for pool in (
        [m for m in days if doc.sent_index(m.start) in hit_sents and recent(m)],
        [m for m in days if recent(m)],
        [m for m in days if doc.sent_index(m.start) in hit_sents],
        days,
        coarse_lead,
    ):
        if pool:
            return min(pool, key=lambda m: m.start)
    return None


def nearest(allowed: set[int], doc: Doc, pos: int, sent: int) -> Mention | None:
    """The mention (among `allowed` ids) in sentence `sent` closest to `pos`."""
    same = [m for m in doc.mentions_by_sentence().get(sent, []) if id(m) in allowed]
    if same:
        return min(same, key=lambda m: abs(m.start - pos))
    return None


def event_date(m: Mention | None, doc: Doc) -> EventDate | None:
    if m is not None and m.date:
        return EventDate(iso=m.date.iso, precision=m.date.precision, mention=m.id)
    today = doc.user.get(TODAY_KEY) or doc.published
    if today:
        # no date in the text: the report's own date (its dateline or day of the war,
        # else the published one), as coders do, at lower precision
        return EventDate(iso=today.isoformat(), precision="week")
    return None


def event_location(m: Mention | None) -> EventLocation | None:
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
