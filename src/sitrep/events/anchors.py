"""Where and when: the report's main place and date, and each event's anchors.

An event takes the city named nearest its trigger in the same sentence, else
the report's main place; likewise the day. The main place is the city named
most, early and where events are told; the main date a recent day of the lead.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..claims.headline import headline
from ..doc import Doc
from ..gazetteer.keys import fold
from ..mentions.dates.today import TODAY_KEY
from ..resources import load_list, load_yaml
from ..schema.models import EventDate, EventLocation, Mention
from .captions import archive_sentences, caption_sentences, in_caption
from .demonyms import demonym_towns
from .lead import lead_sentences
from .signals import Hit
from .when import also_day, folded_phrases, relative_clause_start, statement_day, tells_when

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


def reference_point(doc: Doc, m: Mention) -> bool:
    """A town named as a reference point ("a raid north of Paris", "в 40 километрах от
    Харькова", "на північ від Києва"): the event is near it, not in it; it places an
    event only when the report names no other town."""
    if m.place is None or m.place.feature != "city":
        return False
    lang = doc.lang_at(m.start) or doc.lang or "en"
    phrases = folded_phrases(lang, "places_reference_words")
    if not phrases:
        return False
    s = doc.sents[doc.sent_index(m.start)].start if doc.sents else 0
    gap = doc.text[max(s, m.start - 60) : m.start]
    before = tuple(fold(w) for w in _WORD.findall(gap))
    return any(p and before[-len(p) :] == p for p in phrases)


BIOGRAPHY_WORDS_BEFORE = 3  # a birth or burial word this many words before the place


@lru_cache(maxsize=8)
def _birth_words(lang: str) -> frozenset[str]:
    return frozenset(fold(w) for w in load_list(lang, "places_birth_words", optional=True))


def _after_birth_word(doc: Doc, m: Mention, words: frozenset[str]) -> bool:
    s = doc.sents[doc.sent_index(m.start)].start if doc.sents else 0
    before = _WORD.findall(doc.text[max(s, m.start - 60) : m.start])[-BIOGRAPHY_WORDS_BEFORE:]
    return any(fold(w) in words for w in before)


def biography_place(doc: Doc, m: Mention) -> bool:
    """A place where someone was born or buried ("родился в Днепропетровске (сейчас
    город Днепр)", "born in Leeds", "похований у Києві"): a life's place, not where the
    event happened; so is the same place named again in that sentence (its new name)."""
    got = doc.user.get("_biography")
    if got is None:
        langs = {doc.lang or "en", *(p.lang for p in doc.paras if p.lang)}
        words = frozenset().union(*(_birth_words(lang) for lang in langs))
        got = set()
        if words:
            keys: set[tuple[int, str]] = set()
            for x in doc.mentions:
                if x.kind != "place" or x.place is None:
                    continue
                si = doc.sent_index(x.start)
                if (si, place_key(x)) in keys or _after_birth_word(doc, x, words):
                    keys.add((si, place_key(x)))
                    got.add(id(x))
        doc.user["_biography"] = got
    return id(m) in got


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
        and not in_caption(doc, m.start)
        and not biography_place(doc, m)
        and not is_area(m)
    ]
    cities = [m for m in places if m.place.feature in ("city", "user")]
    # a reference point ("north of Paris") only when no other town is named
    cities = [m for m in cities if not reference_point(doc, m)] or cities
    if not cities:
        # no town named: the town of the inhabitants it names ("мирних киян"), else
        # the countries and regions it names
        towns = demonym_towns(doc)
        cities = [towns[k] for k in sorted(towns)][:1] or places
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


def photo_day(m: Mention, doc: Doc) -> bool:
    """A day in a photo's caption (captions.py): when the photo was taken, not the event."""
    return doc.sent_index(m.start) in caption_sentences(doc)


def event_day(m: Mention, doc: Doc) -> bool:
    """A day that may date an event: not a photo's (captions.py) nor a statement's
    ("officials said Sunday": when.py)."""
    return not photo_day(m, doc) and not statement_day(m, doc)


@lru_cache(maxsize=1)
def _families() -> dict[str, str]:
    """Trigger kind -> its family (resources/common/dates_event_families.yaml)."""
    data = load_yaml("common", "dates_event_families") or {}
    return {k: fam for fam, kinds in data.items() for k in kinds}


def _family(kind: str) -> str:
    return _families().get(kind, kind)


TRIGGER_WORDS = 8  # a day this many words from a trigger stands in the trigger's clause
# words between an event noun and its "which": its place ("the rally in Kutaisi, which ...")
CLAUSE_AFTER_WORDS = 3


def _words_between(doc: Doc, a: tuple[int, int], b: tuple[int, int]) -> int:
    """How many words stand between two character spans."""
    (i1, j1), (i2, j2) = doc.token_range(*a), doc.token_range(*b)
    lo, hi = min(j1, j2), max(i1, i2)
    return sum(1 for k in range(lo, hi) if any(c.isalnum() for c in doc.tokens[k].text))


def _figure_sentences(doc: Doc) -> frozenset[int]:
    """The sentences of the report's headline killed and injured figures (claims/headline)."""
    got = doc.user.get("_figure_sents")
    if got is None:
        cs = [headline(doc, doc.claims, kinds) for kinds in (("killed",), ("injured",))]
        got = frozenset(doc.sent_index(c.evidence.start) for c in cs if c is not None)
        doc.user["_figure_sents"] = got
    return got


def participant_past(doc: Doc, m: Mention, hits: list[Hit]) -> bool:
    """A day in a relative clause ("the man who shot a guard on Thursday":
    when.in_relative_clause) tells what a participant did before, in the lead as later on,
    unless the clause follows an event noun, its place between them at most ("the blast in
    the market, which wrecked two shops on Tuesday"), or its sentence says when something
    happened (when.tells_when: "the rally, which took place on 20 June")."""
    clause = relative_clause_start(doc=doc, m=m)
    if clause is None:
        return False
    si = doc.sent_index(m.start)
    if tells_when(doc, si):
        return False  # "акция, которая прошла 20 июня": the clause says when the event was
    return not any(
        h.sent == si
        and h.end <= clause
        and _words_between(doc, (h.start, h.end), (clause, clause + 1)) <= CLAUSE_AFTER_WORDS
        for h in hits
    )


def tells_again(doc: Doc, m: Mention, hits: list[Hit], kind: str) -> bool:
    """A day in a sentence that tells the lead's event again: next to a trigger of the
    family of the kind the lead tells first (within `TRIGGER_WORDS`), in the sentence of
    the report's headline casualty figure ("в пятницу ... были убиты трое"), or with a
    verb of happening ("убийство было совершено 23 марта": when.tells_when). A trigger
    of another family ("a strike for leaders who were arrested Tuesday"), or one far off
    in the sentence ("участник нападения ... сдался в среду"), tells another event; so
    does a day in a relative clause ("the man who shot a guard on Thursday":
    when.in_relative_clause), a participant's past, unless the clause follows an event
    noun ("the blast, which wrecked two shops on Tuesday"). A day that "also" introduces
    ("In another development Saturday": when.also_day) is the story's day, the lead's too."""
    si = doc.sent_index(m.start)
    if participant_past(doc, m, hits):
        return False
    if also_day(m, doc):
        return True  # "In another development Saturday, ...": the story's day
    fam = _family(kind)
    for h in hits:
        if h.sent == si and _family(h.signal) == fam:
            if _words_between(doc, (m.start, m.end), (h.start, h.end)) <= TRIGGER_WORDS:
                return True
    return si in _figure_sentences(doc) or tells_when(doc, si)


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
    photos = [m for m in dates if photo_day(m, doc)]
    dates = [m for m in dates if not photo_day(m, doc)]
    days = [m for m in dates if m.date.precision == "day"]
    said_ids = {id(m) for m in days if statement_day(m, doc)}
    said = [m for m in days if id(m) in said_ids]
    days = [m for m in days if id(m) not in said_ids]

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
    lead_sents = lead_sentences(doc, LEAD_DATE_SENTS, skip=caption_sentences(doc))
    lead_days = [
        m
        for m in days
        if doc.sent_index(m.start) in lead_sents and not participant_past(doc, m, hits)
    ]
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
        # the lead tells the event and gives no day: a later sentence that tells it again
        # dates it ("... late Sunday, when gunmen stormed the bar and kidnapped them");
        # else it is news of the day published ("Another oil worker has been kidnapped")
        first = min((h for h in hits if h.sent in lead_sents), key=lambda h: h.start)
        last = max(lead_sents)
        again = [
            m
            for m in days
            if recent(m)
            and doc.sent_index(m.start) > last
            and tells_again(doc, m, hits, first.signal)
        ]
        return min(again, key=lambda m: m.start) if again else None
    # a photo's caption above a lead that tells no event: the day the photo was taken
    # is the best the page says ("... stormed a kosher market in Paris, Jan. 9, 2015")
    old = archive_sentences(doc)
    photo_days = [
        m
        for m in photos
        if m.date.precision == "day" and recent(m) and doc.sent_index(m.start) not in old
    ]
    if photo_days:
        return photo_days[0]
    # a month or a year outside the lead ("last month", "since April") says when
    # something else happened: without a day, the report's own date serves
    coarse_lead = [m for m in dates if doc.sent_index(m.start) in lead_sents]
    for pool in (
        [m for m in days if doc.sent_index(m.start) in hit_sents and recent(m)],
        [m for m in days if recent(m)],
        [m for m in days if doc.sent_index(m.start) in hit_sents],
        days,
        said,
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
        mention=m.id or None,  # none for an inhabitants' word (demonyms.py)
        geonameid=p.geonameid,
        lat=p.lat,
        lon=p.lon,
        country=p.country,
        admin1=p.admin1,
        precision=p.precision,
    )
