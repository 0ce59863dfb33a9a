"""The places component's matcher: candidates, evidence, facilities, adjectival, unlisted and
elliptic names, mentions."""

from __future__ import annotations

from ...doc import Doc
from ...gazetteer import Index, Place, get_index
from .adjectival import FindAdjectival
from .candidates import FindCandidates
from .districts import district_at
from .elliptic import FindElliptic, region_abbreviation_end
from .evidence import WeighEvidence
from .facilities import FindFacilities
from .resolve import EmitMentions
from .unlisted import FindUnlisted


class PlaceMatcher(
    FindCandidates,
    FindFacilities,
    FindAdjectival,
    FindUnlisted,
    FindElliptic,
    WeighEvidence,
    EmitMentions,
):
    """Finds place mentions in a segmented Doc; shared, stateless between documents."""

    def __init__(self, user: Index | None = None, index: Index | None = None) -> None:
        self.user = user
        self._index = index
        # (words, language, sentence-initial) -> lookup result; reports repeat their names
        self._memo: dict[tuple, object] = {}
        # capitalized word -> (folded forms, may open a multi-word name)
        self._heads: dict[str, tuple[tuple[str, ...], bool]] = {}
        # (language, word form, lemma) -> facility glosses by lemma and by stem
        self._glosses: dict[tuple[str, str, str], tuple[str | None, str | None]] = {}

    @property
    def index(self) -> Index:
        # the process-wide index is not kept here: `gazetteer.release_index()` may drop it
        # (end of an ingest run) and the next call then loads it again
        return self._index if self._index is not None else get_index()

    def __call__(self, doc: Doc) -> None:
        if not doc.tokens:
            return
        cands, wt, lower_stems = self._candidates(doc)
        for c in cands:
            self._evidence(c, wt, lower_stems, doc)

        # context: countries and regions the document names, and big unambiguous cities
        ctx_cc: dict[str, float] = {}
        ctx_a1: set[tuple[str | None, str | None]] = set()
        tops: list[Place] = []
        for c in cands:
            top = self._place(c, max(c.ids, key=lambda i: self._prior(c, i)))
            tops.append(top)
            if c.flags["blocked"]:
                continue
            # a country, a region, or a big city: a city of a million counts even when
            # namesakes abound ("Hong Kong" has several GeoNames records)
            if top.feature in ("country", "region", "user") or (
                top.feature == "city"
                and (top.population >= 1_000_000 or top.population >= 100_000 and len(c.ids) <= 3)
            ):
                if top.country:
                    ctx_cc[top.country] = ctx_cc.get(top.country, 0.0) + 1.0
                if top.feature in ("region", "user") or top.population >= 100_000:
                    ctx_a1.add((top.country, top.admin1))
        # the language of the report hints at its country (weakly: Russian is read widely)
        lang_cc = {"uk": "UA", "ru": "RU"}.get(doc.lang or "", None)

        # "Paris, Texas", "Zhanaozen (Kazakhstan)": the name right after qualifies this one;
        # so does a region right after ("Вишневе Харківської області", "Vyshneve in the
        # Kharkiv region"): the admin chain the text gives is evidence for the hierarchy
        text = doc.text
        for k in range(len(cands) - 1):
            c, q = cands[k], tops[k + 1]
            gap = text[c.end : cands[k + 1].start].strip()
            if q.feature not in ("country", "region") or cands[k + 1].flags.get("blocked"):
                continue
            if q.country is None:
                continue  # "Мадрид, Європа": a continent qualifies no country
            if gap in (",", "(") or q.feature == "region" and _chain_gap(gap):
                c.flags["qualifier"] = (q.country, q.admin1 if q.feature == "region" else None)

        accepted: set[str] = set()
        for c in cands:
            qual = c.flags.get("qualifier")
            best, best_score, best_weak, best_i = None, -1e9, False, 0
            for i in c.ids:
                p = self._place(c, i)
                weak = i < 0
                sc = self._prior(c, i)
                if p.country in ctx_cc:
                    sc += 1.5 + min(ctx_cc[p.country], 3.0) * 0.25
                if p.admin1 and (p.country, p.admin1) in ctx_a1 and p.feature == "city":
                    sc += 2.0
                if lang_cc and p.country == lang_cc:
                    sc += 0.3
                if qual and p.country == qual[0] and p.feature == "city":
                    sc += 4.0 + (1.0 if qual[1] and p.admin1 == qual[1] else 0.0)
                if sc > best_score:
                    best, best_score, best_weak, best_i = p, sc, weak, i
            c.best, c.score = best, best_score
            c.flags["weak"] = best_weak
            c.exact = best_i in c.exact_ids
            c.confidence = self._accept(c, ctx_cc, lang_cc)
            if c.confidence > 0 and best is not None:
                accepted.add(best.entity_id)
        # a name accepted once is the same place elsewhere in the report
        for c in cands:
            if c.confidence <= 0 and c.best is not None and c.best.entity_id in accepted:
                f = c.flags
                if not (f["blocked"] or f["common"] or f["part_of_name"] or f["person"]):
                    c.confidence = 0.6
        # a word read as the end of a longer name once ("Mowlid Ahmed Hassan") is that
        # name's surname elsewhere too ("Hassan said"), unless a preposition, a place
        # noun or its region vouches for the place
        named = {
            c.best.entity_id
            for c in cands
            if c.best is not None
            and c.confidence <= 0
            and c.flags.get("part_of_name")
            and c.flags.get("surname_end")
        }
        for c in cands:
            f = c.flags
            if (
                c.confidence > 0
                and c.best is not None
                and c.best.entity_id in named
                and c.best.feature == "city"
                and not (f["prep"] or f["trigger"] or f["geox"] or f.get("qualifier"))
            ):
                c.confidence = 0.0
        kept = [c for c in cands if c.confidence > 0]
        for c in kept:  # "Перевальском районе": the district named for the town is the place
            if c.tok1 - c.tok0 == 1 and c.tok1 < len(wt):
                if district_at(text, wt, c.tok1, c.lang) == c.tok0:
                    c.end, c.tok1 = wt[c.tok1].end, c.tok1 + 1
        for c in kept:  # "Донецька обл.": the region, its abbreviated noun in its name
            if c.tok1 < len(wt) and c.tok1 - c.tok0 == 1:
                e = region_abbreviation_end(text, c.end, wt[c.tok1], c.lang)
                region = self._region_of(text[c.start : c.end], c.lang) if e else None
                if e is not None and region is not None:
                    c.best, c.end, c.tok1 = region, e, c.tok1 + 1
        kept += self._facilities(doc, wt, [(c.start, c.end) for c in kept], ctx_cc)
        kept = self._adjectival(doc, wt, kept, ctx_cc)
        kept = self._unlisted(doc, wt, kept, ctx_cc)
        kept = self._elliptic(doc, wt, kept)
        self._emit(doc, kept)


_CHAIN_WORDS = (
    3  # "in the", "у", "district of the": lower-case words between a place and its region
)


def _chain_gap(gap: str) -> bool:
    """Nothing, or a few lower-case words and commas, between a place and the region after it."""
    ws = gap.replace(",", " ").split()
    return len(ws) <= _CHAIN_WORDS and all(w.isalpha() and w.islower() for w in ws)
