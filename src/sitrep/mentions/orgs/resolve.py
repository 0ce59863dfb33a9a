"""Which candidates become org mentions: no overlap with persons, dates or across places."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ...doc import Doc, OrgCandidate, Token
from ...lang.letters import cyrillic_lang
from ...names.fold import fold
from ...names.titled import ends_title
from ...names.tokens import name_tokens
from ...spans import Disjoint, Spans
from .acronyms import _token_hits
from .compounds import compound_hits
from .context import _overlaps
from .country import Countries, _country_for
from .lexicon import is_org_word, latin_name, resources
from .outlets import _byline_hits


def find_orgs(doc: Doc) -> list[OrgCandidate]:
    res = resources()
    toks = name_tokens(doc)
    # persons and dates must not overlap; places may sit inside an org ("МВС Білорусі")
    hard = Spans((m.start, m.end) for m in doc.mentions if m.kind in ("person", "date"))
    places = Spans((m.start, m.end) for m in doc.mentions if m.kind == "place")
    out: list[OrgCandidate] = []
    taken = Disjoint()
    acronyms = _acronym_adjectives(doc, toks, _join_acronyms(doc, _token_hits(doc, toks, res)))
    late = _byline_hits(doc, toks, res) + _acronym_country(
        doc, toks, acronyms + compound_hits(doc, toks)
    )
    # copies: the country is appended below, and the org_lexicon's candidates stay as found
    for h in [replace(h) for h in doc.org_candidates] + late:
        if _overlaps(h, hard) and h.rule == "body" and not h.norm.isascii():
            h = _cut_before(doc.text, h, hard)  # "Партії регіонів минулого тижня"
        if h is None or _overlaps(h, hard) or _overlaps(h, taken):
            continue
        crossing = places.overlapping(h.start, h.end)
        if any(not (h.start <= s and e <= h.end) for s, e in crossing):
            continue  # cuts through a place name
        if any(s <= h.start and h.end <= e for s, e in crossing):
            if h.rule != "lexicon":
                continue  # the whole name is a place ("Київ" after a byline comma)
        if h.rule != "lexicon" and ends_title(doc.text, h.start, _lang_at(doc, h.start)):
            continue  # "День работника органов безопасности Российской Федерации"
        out.append(h)
        taken.add(h.start, h.end)
    _department_prefix(doc, out, hard)
    out += _back_references(doc, toks, out, hard + places)
    ends = [t.end for t in toks]
    countries = Countries(
        [
            m
            for m in doc.mentions
            if m.kind == "place" and m.place and m.place.country and m.place.feature == "country"
        ]
    )
    for h in out:
        if h.generic and h.country is None:
            h.country = _country_for(doc, toks, ends, countries, h, res)
            if h.country:
                h.norm = f"{h.norm} ({h.country})"
    out.sort(key=lambda h: h.start)
    return out


def _cut_before(text: str, h: OrgCandidate, hard: Spans) -> OrgCandidate | None:
    """A body whose genitive tail ran into a date or a person ("Партії регіонів минулого
    тижня", "ради Олександр"): the name ends before it; None if nothing is left."""
    cut = min((s for s, _ in hard.overlapping(h.start, h.end) if s > h.start), default=None)
    if cut is None:
        return None
    end = cut
    while end > h.start and not text[end - 1].isalnum():
        end -= 1
    if end <= h.start or " " not in text[h.start : end].strip():
        return None  # a lone head word is no name
    return replace(h, end=end, norm=h.norm[: len(h.norm) - (h.end - end)])


def _department_prefix(doc: Doc, hits: list[OrgCandidate], hard: Spans) -> None:
    """ "ГУ ДФС", "ВП ГУ Нацполіції": the abbreviation of a department right before a body
    (resources/<lang>/orgs_department_abbrs.txt) is that body's office, one name with it."""
    text = doc.text
    starts = {h.start for h in hits}
    for h in hits:
        s = h.start
        while True:
            m = _WORD_BEFORE.search(text, max(0, s - 12), s)
            if m is None or m.group(1) not in _department_abbrs(doc.lang_at(s)):
                break
            if m.start(1) in starts or _overlaps(replace(h, start=m.start(1), end=s), hard):
                break
            s = m.start(1)
        if s != h.start:
            h.start = s


_WORD_BEFORE = re.compile(r"(?:^|(?<=[\s(«\"]))(\w+) $")


@lru_cache(maxsize=8)
def _department_abbrs(lang: str | None) -> frozenset[str]:
    from ...resources import load_list

    if lang not in ("uk", "ru"):
        return frozenset()
    return frozenset(load_list(lang, "orgs_department_abbrs", optional=True))


def _back_references(
    doc: Doc, toks: list[Token], hits: list[OrgCandidate], blocked: Spans
) -> list[OrgCandidate]:
    """'the Observatory said' after 'the Syrian Observatory for Human Rights': the same org."""
    res = resources()
    text = doc.text
    heads: dict[str, OrgCandidate] = {}
    for h in hits:
        for w in text[h.start : h.end].split():
            if w in res.en_heads:
                heads.setdefault(w, h)
    if not heads:
        return []
    out = []
    taken = blocked + [(h.start, h.end) for h in hits]
    for i, t in enumerate(toks):
        first = heads.get(t.text)
        if first is None or t.start < first.end or i == 0 or toks[i - 1].text not in ("the", "The"):
            continue
        hit = OrgCandidate(t.start, t.end, first.norm, 0.7, "reference", first.country)
        if not _overlaps(hit, taken):
            out.append(hit)
    return out


def _entity_key(norm: str) -> str:
    """OzenMunaiGas / Ozenmunaigaz / Озенмунайгаз: one key."""
    return re.sub(r"[^a-z0-9()]", "", fold(latin_name(norm))).replace("gas", "gaz")


def _acronym_country(doc: Doc, toks: list[Token], hits: list[OrgCandidate]) -> list[OrgCandidate]:
    """ "НАН України", "МОЗ Киргизстану", "Мінсоцполітики України": a Cyrillic acronym or a
    compound-abbreviated name with a country named right after it is one name
    (eval/GUIDE.md §9.1, nested names)."""
    countries = Spans(
        (m.start, m.end)
        for m in doc.mentions
        if m.kind == "place" and m.place is not None and m.place.feature == "country"
    )
    if not countries:
        return hits
    index = {t.start: k for k, t in enumerate(toks)}
    for h in hits:
        k = index.get(h.start)
        if h.rule not in ("acronym", "compound") or k is None or k + 1 >= len(toks):
            continue
        if h.rule == "acronym" and h.norm.isascii():
            continue
        nxt = toks[k + 1]
        if doc.text[h.end : nxt.start] == " " and countries.covers(nxt.start, nxt.end):
            h.end = nxt.end
            h.norm = doc.text[h.start : h.end]
    return hits


def _join_acronyms(doc: Doc, hits: list[OrgCandidate]) -> list[OrgCandidate]:
    """ "ТК СНТТ", "ТРК ЕРА": two Cyrillic acronyms a space apart are one name."""
    out: list[OrgCandidate] = []
    for h in hits:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.rule == h.rule == "acronym"
            and doc.text[prev.end : h.start] == " "
            and not (prev.norm.isascii() or h.norm.isascii())
            and not (is_org_word(prev.norm) or is_org_word(h.norm))  # "ООН МООНСДРК": two
        ):
            prev.end = h.end
            prev.norm = doc.text[prev.start : prev.end]
            continue
        out.append(h)
    return out


def _acronym_adjectives(
    doc: Doc, toks: list[Token], hits: list[OrgCandidate]
) -> list[OrgCandidate]:
    """ "Сокирянської РДА", "Іршанським ГЗК": capitalized adjectives right before a Cyrillic
    acronym are part of its name, as with a head noun ("Харківської обласної прокуратури")."""
    from .context import _lang_of
    from .lexicon import grammemes

    index = {t.start: k for k, t in enumerate(toks)}
    for h in hits:
        k = index.get(h.start)
        if h.rule != "acronym" or k is None or h.norm.isascii():
            continue
        j = k
        while j > 0 and k - j < 2:
            t = toks[j - 1]
            if doc.text[t.end : toks[j].start] != " " or not t.text[:1].isupper():
                break
            if t.text.isupper() or "ADJF" not in grammemes(t.text, _lang_of(doc, t)):
                break
            j -= 1
        if j < k:
            h.start = toks[j].start
            h.norm = doc.text[h.start : h.end]
    return hits


def _lang_at(doc: Doc, at: int) -> str:
    lang = doc.lang_at(at)
    if lang in ("uk", "ru"):
        return lang
    return cyrillic_lang(doc.text[at : at + 20]) if not doc.text[at : at + 1].isascii() else "en"
