"""Which names are the same person: nominative, transliterated, folded, compared."""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from ...names.fold import fold
from ...names.translit import transliterate
from .hit import PersonHit
from .nominative import nominative


def _prepare(hit: PersonHit, lang: str | None) -> None:
    parts = []
    for t, r in zip(hit.tokens, hit.roles, strict=True):
        if r == "initial":
            parts.append(transliterate(t.text) + ".")
        else:
            parts.append(transliterate(nominative(t.text, lang, r, hit.gender)))
    hit.norm_parts = parts
    given = [p for p, r in zip(parts, hit.roles, strict=True) if r in ("given", "initial")]
    sur = [p for p, r in zip(parts, hit.roles, strict=True) if r == "surname"]
    hit.given_key = fold(given[0]) if given else None
    hit.sur_key = fold(sur[-1]) if sur else None


def _same_surname(a: str, b: str) -> bool:
    if a == b:
        return True
    if a[:1] != b[:1]:
        return False
    if fuzz.ratio(a, b) >= 88:
        return True
    # Ivanov / Ivanova: the same family name across genders
    return a.rstrip("a") == b.rstrip("a") and len(a) > 3


def _same_given(a: str, b: str) -> bool:
    """Equal up to spelling; an initial ("v.") matches any name with that letter."""
    a, b = a.rstrip("."), b.rstrip(".")
    if len(a) == 1 or len(b) == 1:
        return a[:1] == b[:1]
    return a == b or (a[:1] == b[:1] and fuzz.ratio(a, b) >= 85)


@dataclass
class _Cluster:
    hits: list[PersonHit]
    given: str | None
    sur: str | None

    @property
    def best(self) -> PersonHit:
        return max(self.hits, key=lambda h: (len(h.norm_parts), -h.start))


def link(hits: list[PersonHit], lang_of: dict[int, str | None]) -> list[_Cluster]:
    for h in hits:
        _prepare(h, lang_of.get(h.start))
    clusters: list[_Cluster] = []
    full = [h for h in hits if h.given_key and h.sur_key]
    single = [h for h in hits if not (h.given_key and h.sur_key)]
    for h in full:
        for c in clusters:
            if (
                c.sur
                and _same_surname(c.sur, h.sur_key or "")
                and (c.given is None or _same_given(c.given, h.given_key or ""))
            ):
                c.hits.append(h)
                break
        else:
            clusters.append(_Cluster([h], h.given_key, h.sur_key))
    # the weak last: a lone word links to a name the document gives anywhere, before or after
    for h in sorted(single, key=lambda h: (h.weak, h.start)):
        if h.sur_key:
            match = [c for c in clusters if c.sur and _same_surname(c.sur, h.sur_key)]
            if not match:
                # a lone first name tagged as surname? try given names too
                match = [c for c in clusters if c.given and _same_given(c.given, h.sur_key)]
        else:
            match = [c for c in clusters if c.given and _same_given(c.given, h.given_key or "")]
        if len(match) > 1:
            # "Паршов" after "Павел Паршов" and "Денис Паршов": the one named last before it
            match = [max(match, key=lambda c: _last_before(c, h.start))]
        if len(match) == 1:
            match[0].hits.append(h)
        elif not h.weak:
            clusters.append(_Cluster([h], h.given_key, h.sur_key))
    for c in clusters:
        c.hits.sort(key=lambda h: h.start)
    clusters.sort(key=lambda c: c.hits[0].start)
    return clusters


def _last_before(c: _Cluster, at: int) -> tuple[bool, int]:
    """Where a cluster was last named before `at` (a cluster named only after it ranks last)."""
    before = [h.start for h in c.hits if h.start < at]
    return (bool(before), max(before) if before else -min(h.start for h in c.hits))
