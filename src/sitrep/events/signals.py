"""Event signals: trigger words (resources/<lang>/events.yaml) found in each sentence.

A signal fires on any of its `any` phrases, or when one word of each of its
`near` lists occurs within NEAR_WINDOW tokens ("beat" near "protesters").
Words that name a state force ("riot police") or a date ("in March") are not triggers,
nor are the words of a `not_trigger` phrase ("shot down" a plane).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..doc import Doc
from ..lexicon import PhraseMatcher, doc_keys, lang_of, sentence_token_ranges
from ..resources import load_list, load_yaml
from ..spans import Spans

NEAR_WINDOW = 5
# phrases in events.yaml whose words are no trigger ("shot down" an aircraft is no shooting);
# every signal named so ("not_trigger", "not_trigger_negated": one `near` rule each)
NOT_TRIGGER = "not_trigger"


@dataclass
class SignalLexicon:
    any: PhraseMatcher
    # one matcher for every word list of every `near` rule, labelled "signal#rule#list"
    near: PhraseMatcher
    rules: dict[tuple[str, int], int] = field(default_factory=dict)  # (signal, rule) -> lists
    # each rule with the labels of its word lists, built once rather than per sentence
    labels: tuple = field(init=False)

    def __post_init__(self) -> None:
        self.labels = tuple(
            (sig, tuple(f"{sig}#{ri}#{li}" for li in range(n)))
            for (sig, ri), n in self.rules.items()
        )


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
        if not by_list:
            continue  # no word of any near rule in this sentence
        for sig, labels in lex.labels:
            found = [by_list.get(label) for label in labels]
            if not all(found):
                continue
            first, rest = found[0], found[1:]
            for m in first:
                others = [min(ms, key=lambda o: abs(o.start - m.start)) for ms in rest]
                if all(abs(o.start - m.start) <= NEAR_WINDOW for o in others):
                    if sig.startswith(NOT_TRIGGER):
                        # a not-trigger covers every word of its lists in reach ("periodic
                        # attacks and kidnappings"), not only the nearest
                        others = [
                            o for ms in rest for o in ms if abs(o.start - m.start) <= NEAR_WINDOW
                        ]
                    lo = min([m.start] + [o.start for o in others])
                    hi = max([m.end] + [o.end for o in others])
                    hits.append(Hit(sig, si, toks[lo].start, toks[hi - 1].end))
                    break
    hits.sort(key=lambda h: h.start)
    return hits


def event_signals(doc: Doc) -> list[Hit]:
    """The document's signals, less those inside the name of a state force, an
    organisation or a date."""
    # words that name a state force ("riot police"), an organisation ("Shell Nigeria") or a
    # date ("on 3 March") are no triggers
    forces = Spans(
        (m.start, m.end)
        for m in doc.mentions
        if (m.kind == "actor" and m.role == "state forces") or m.kind in ("date", "org")
    )
    hits = [
        h
        for h in find_signals(doc)
        if not forces.covers(h.start, h.end) and not is_month_name(doc, h)
    ]
    # a phrase that only looks like a trigger ("shot down" a plane) takes its words out
    nots = Spans((h.start, h.end) for h in hits if h.signal.startswith(NOT_TRIGGER))
    return [
        h for h in hits if not h.signal.startswith(NOT_TRIGGER) and not nots.covers(h.start, h.end)
    ]


@lru_cache(maxsize=8)
def _months(lang: str) -> frozenset[str]:
    return frozenset(load_list(lang, "nc_months", optional=True))


def is_month_name(doc: Doc, h: Hit) -> bool:
    """A capitalized month name inside a sentence ("in March", "since May") is the month,
    not the trigger it spells (a march)."""
    word = doc.text[h.start : h.end]
    if not word[:1].isupper() or word.lower() not in _months(lang_of(doc, h.start)):
        return False
    s = doc.sents[h.sent] if 0 <= h.sent < len(doc.sents) else None
    return s is not None and doc.text[s.start : h.start].strip() != ""
