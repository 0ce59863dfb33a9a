"""Span conventions of public corpora: predictions moved to a corpus's bounds before scoring.

Our spans follow eval/GUIDE.md (§9, "Span conventions"): an organization's name
without its descriptor and quotes ("ТОВ «Надія»" -> "Надія"). Corpora differ:
NER-UK puts the descriptor and the quotes inside the ORG span. Scoring our
spans against theirs unchanged would count every such name as a miss and a
spurious hit, so the prediction is mapped to the corpus's convention first;
the pipeline itself never changes.
"""

from __future__ import annotations

import re
from typing import Any

CONVENTIONS = ("ours", "ner-uk")

_OPEN = "«\"“„'"
_CLOSE = "»\"”“'"
_WORD_BEFORE = re.compile(r"([\w'’ʼ-]+)\s*$")


def to_convention(
    pred: dict[str, Any], text: str, convention: str | None, lang: str | None = None
) -> dict[str, Any]:
    """The prediction with its entity spans moved to `convention` (unknown or ours: as is)."""
    if not convention or convention == "ours" or not pred.get("entities"):
        return pred
    if convention != "ner-uk":
        raise ValueError(
            f"unknown span convention {convention!r} (known: {', '.join(CONVENTIONS)})"
        )
    ents = []
    loc_ends = {e["end"] for e in pred["entities"] if e.get("label") == "LOC"}
    for e in pred["entities"]:
        if e.get("label") == "ORG":
            s, t = ner_uk_org(text, e["start"], e["end"], lang)
            e = {**e, "start": s, "end": t, "text": text[s:t]}
        elif e.get("label") == "LOC":
            if ner_uk_nested_loc(text, e["start"], loc_ends):
                continue
            s, t = ner_uk_street(text, e["start"], e["end"], lang)
            if (s, t) != (e["start"], e["end"]):
                e = {**e, "start": s, "end": t, "text": text[s:t]}
        ents.append(e)
    if lang in ("uk", None):
        ents = ner_uk_territorial(text, ents)
    return {**pred, "entities": ents}


# "у", "в", "по" and a town's "м." / "місті" between a body and its territory
_TERRITORY_GAP = re.compile(r"\s?(?:(?:у|в|по)\s(м\s?\.\s?|місті\s)?|(м\s?\.\s?|міста\s))")
_REGION = re.compile(r"\S+\s(?:області|обл|району|районі|областях)\b|АР\s?Крим|АРК")
_AND = re.compile(r"\s?,?\s?(?:(?:та|і|й)\s)?")


def ner_uk_territorial(text: str, ents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """A body's territorial office as NER-UK draws it: one ORG with its region or town
    ("ГУ Держгеокадастру у Дніпропетровській області", "ГУ ДФС у м. Києві",
    "ГУ СБУ в м. Києві та Київській області"); our spans give the body and the place.

    Counted on its dev split: an ORG, "у"/"в"/"по", and a region (області, району, АРК) or
    a town after "м."/"місті" are one ORG 38 times and an ORG and a LOC 6 times; a court's
    or council's town after "м."/"міста" ("Печерського районного суду м. Києва", with the
    region after it) is inside 32 times of 32; other places after a body ("посольства США у
    Києві", "Партії регіонів у Краматорську") are not merged."""
    out: list[dict[str, Any]] = []
    ents = sorted(ents, key=lambda e: e["start"])
    i = 0
    while i < len(ents):
        e = ents[i]
        j = i + 1
        if e.get("label") == "ORG" and j < len(ents):
            end = e["end"]
            while j < len(ents) and ents[j].get("label") == "LOC":
                loc = ents[j]
                gap = _TERRITORY_GAP if end == e["end"] else _AND
                m = gap.fullmatch(text, end, loc["start"])
                town = end == e["end"] and m is not None and (m.group(1) or m.group(2)) is not None
                if m is None or not (town or _REGION.match(text, loc["start"], loc["end"] + 1)):
                    break
                end = loc["end"]
                j += 1
            if end != e["end"]:
                e = {**e, "end": end, "text": text[e["start"] : end]}
            else:
                j = i + 1
        out.append(e)
        i = j
    return out


def ner_uk_nested_loc(text: str, start: int, loc_ends: set[int] | None = None) -> bool:
    """A place right after a capitalized word inside a sentence ("Герба України", "ЗС України",
    "Кубка України"): NER-UK annotates only the outer name, so no LOC of its own.

    Counted on its dev split: of 74 such places (a country or capital after a capitalized
    word that does not open a sentence), 2 are LOC; 46 lie inside an ORG, 26 inside a name
    of another kind (documents, awards, symbols), which the corpus leaves out.

    A place right after another place (`loc_ends`: where the predicted places end) is that
    place's region, a LOC of its own there too ("в Ірпіні Київської області", "селі
    Садове Арцизького району": 26 of the 33 gold LOCs after a capitalized word)."""
    m = _WORD_BEFORE.search(text, max(0, start - 60), start)
    if m is not None and loc_ends and m.end(1) in loc_ends:
        return False
    # "Міністр оборони України", "Податкового кодексу України": a genitive chain of one or
    # two lower-case words between (counted on the dev split: of 51 such places, 40 lie
    # inside an ORG, 11 inside another name, none is a LOC of its own)
    for _ in range(2):
        if m is None or m.group(1)[:1].isupper() or not _genitive(m.group(1)):
            break
        if text[m.end(1) : start].strip():
            return False
        start = m.start(1)
        m = _WORD_BEFORE.search(text, max(0, start - 60), start)
    if m is None or not m.group(1)[:1].isupper() or "\n" in text[m.end(1) : start]:
        return False
    if loc_ends and m.end(1) in loc_ends:
        return False
    if text[m.end(1) : start].strip():
        return False  # punctuation between: a list, not one name
    before = text[max(0, m.start(1) - 3) : m.start(1)].rstrip()
    return bool(before) and before[-1] not in '.!?…\n–—-:«"„“'


_NOT_IN_CHAIN = frozenset({"PREP", "CONJ", "PRCL", "NPRO"})


def _genitive(word: str) -> bool:
    """A Ukrainian noun or adjective first, some reading of it genitive, and no reading as a
    preposition, conjunction or pronoun ("оборони", "закордонних справ"; not "до")."""
    from ..segment import word_parses

    ps = word_parses(word, "uk")
    if not ps or ps[0].tag.POS not in ("NOUN", "ADJF"):
        return False
    if any(p.tag.POS in _NOT_IN_CHAIN for p in ps):
        return False
    return any("gent" in p.tag.grammemes and p.tag.POS in ("NOUN", "ADJF") for p in ps)


# a street's, square's, park's or bridge's noun or its abbreviation right before the name
_STREET_ABBR = re.compile(r"(?:^|(?<=[\s(«\"]))(вул|просп|пр-т|пл|пров|бульв|б-р)\s?\.?\s*$")
_HOUSE = re.compile(r"\s?,\s?\d{1,4}(?:\s?-\s?[^\W\d_]|[^\W\d_])?(?![^\W\d_])")


def ner_uk_street(text: str, start: int, end: int, lang: str | None = None) -> tuple[int, int]:
    """A street, square, park or bridge as NER-UK draws it: with its noun ("вулиці Чумацької",
    "площі Фердинанда", "вул. Шкільна") and the house number after an abbreviated street
    ("вул. Шкільна, 11"); our spans name the street alone (eval/GUIDE.md §9.1).

    Counted on its dev split: the noun is inside 97 + 8 times after "вул." / "вул" and 25
    times as a word (вулиці, площі, парку, сквері, мості ...); a town's "м." and a village's
    "с." stay outside (33 and 21 times against 3 and 2), so they are not moved."""
    m = _STREET_ABBR.search(text, max(0, start - 12), start)
    if m is not None or _STREET_ABBR.match(text[start : start + 8].split(" ")[0] + " "):
        h = _HOUSE.match(text, end)
        return (m.start(1) if m else start), (h.end() if h else end)
    w = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if w is None or text[w.end(1) : start].strip() or lang not in ("uk", None):
        return start, end
    from ..mentions.orgs.lexicon import lemmas

    if lemmas(w.group(1), "uk") & _street_nouns():
        return w.start(1), end
    return start, end


def _street_nouns() -> frozenset[str]:
    from ..resources import load_list

    return frozenset(load_list("uk", "persons_street_words")) | _SITE_NOUNS


_SITE_NOUNS = frozenset({"майдан", "парк", "сквер", "міст", "узвіз"})


def ner_uk_org(text: str, start: int, end: int, lang: str | None = None) -> tuple[int, int]:
    """An ORG span as NER-UK draws it.

    Counted on its dev split: a legal form's abbreviation and the quotes are inside
    ("ТОВ « Надія »", 753 names); a descriptor in words is inside only when it is part of the
    proper name, capitalized ("Міжнародний благодійний фонд « Покуття »", 94); otherwise
    the name stands without descriptor and quotes ("компанія « Фармак »" -> "Фармак", 961).
    """
    i = start
    while i > 0 and text[i - 1] == " ":
        i -= 1
    j = end
    while j < len(text) and text[j] == " ":
        j += 1
    quoted = i > 0 and text[i - 1] in _OPEN and j < len(text) and text[j] in _CLOSE
    s, e = (i - 1, j + 1) if quoted else (start, end)
    d = _descriptor(text, s, quoted, lang)
    if d == s:
        return start, end  # no descriptor: the name without its quotes
    legal = text[d:s].split()[0].isupper() if text[d:s].split() else False
    if legal or text[d : d + 1].isupper():
        return d, e
    return start, end


def _descriptor(text: str, start: int, quoted: bool, lang: str | None) -> int:
    """Start of the descriptor phrase before `start`: an org word and the adjectives before it."""
    from ..mentions.orgs.lexicon import grammemes, is_legal_form, resources
    from ..names.features import cyr_lang

    res = resources()
    m = _WORD_BEFORE.search(text, 0, start)
    if m is None:
        return start
    w = m.group(1)
    low = w.lower()
    # ТОВ, ПАТ, LLC; before quotes any Cyrillic legal-form acronym ("ПП «Нирт»")
    legal = w.isupper() and len(w) >= 2 and w in res.types
    legal = legal or (quoted and is_legal_form(w, text[m.end(1) : start + 2]))
    noun = quoted and (low in res.type_forms or low in res.quoted_forms or low in res.head_forms)
    if not (legal or noun):
        return start
    s = m.start(1)
    if legal:
        return s
    lang = cyr_lang(w, lang)
    # "Міжнародний благодійний фонд": adjectives that agree stay with the descriptor
    while True:
        m = _WORD_BEFORE.search(text, 0, s)
        if m is None or "\n" in text[m.end(1) : s]:
            return s
        g = grammemes(m.group(1), lang)
        if "ADJF" not in g or {"Apro", "Anum"} & g:
            return s
        s = m.start(1)


def guide7_figures(claims: list[dict]) -> dict[str, dict | None]:
    """Document figures under GUIDE section 7, the convention of gold files without `incident`.

    Those files define the figure as the claim with the highest low among the event's
    reported/confirmed claims, not the SPEC's headline figure (GUIDE 12.3) that the
    summary gives; recomputing it from the predicted claims scores like with like.
    """
    out: dict[str, dict | None] = {}
    for name, kinds in (
        ("killed", ("killed",)),
        ("injured", ("injured",)),
        ("participants", ("participants",)),
        ("arrested", ("arrested", "detained")),
    ):
        cands = [
            c
            for c in claims
            if c.get("kind") in kinds
            and c.get("low") is not None
            and c.get("scope", "event") == "event"
            and c.get("certainty") != "denied"
        ]
        solid = [c for c in cands if c.get("certainty") in ("reported", "confirmed")] or cands
        best = max(
            solid,
            key=lambda c: (c["low"], c.get("high") is None, -((c.get("evidence") or [0])[0])),
            default=None,
        )
        out[name] = (
            None
            if best is None
            else {
                "low": best["low"],
                "high": best.get("high"),
                "qualifier": best.get("qualifier"),
                "value": best.get("value"),
            }
        )
    return out
