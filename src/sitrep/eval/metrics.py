"""Metrics: pure functions of (gold dict, prediction dict), both in the gold format.

`score_document` returns raw counts (summable across documents) and a list of
errors; `finalize` turns summed counts into rates. Keeping counts separate from
rates makes per-language and overall numbers one `merge_counts` away.
"""

from __future__ import annotations

import math
import os
import re
import unicodedata
from typing import Any

from rapidfuzz import fuzz

from .gold import FIGURES, LABELS, SET_FIELDS

LOCATION_KM = 25.0
NAME_RATIO = 80.0  # rapidfuzz token_sort_ratio at or above which two source names agree
STEM_MIN = 4  # letters a shared stem needs at least
STEM_ENDING = 3  # letters an inflectional ending may differ by
STEM_SHARE = 0.5  # share of the longer name's words that must find a same-stem word

Counts = dict[str, Any]
Error = dict[str, Any]

_APOS = str.maketrans({c: "'" for c in "’ʼ`´‘"})
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


# -- small helpers -------------------------------------------------------------------------


def prf(tp: int, fp: int, fn: int) -> dict[str, Any]:
    """Precision/recall/F1; an empty side counts as perfect only if the other is empty too."""
    p = tp / (tp + fp) if tp + fp else (1.0 if fn == 0 else 0.0)
    r = tp / (tp + fn) if tp + fn else (1.0 if fp == 0 else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": p, "recall": r, "f1": f}


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(min(1.0, math.sqrt(a)))


def norm_name(s: str) -> str:
    """Lower-case, NFC, one apostrophe, punctuation and quotes gone, spaces collapsed."""
    s = unicodedata.normalize("NFC", s).translate(_APOS).casefold()
    return " ".join(_WORD.findall(s))


def same_stem(a: str, b: str) -> bool:
    """Two inflected forms of one word: a shared prefix of 4+ letters, endings of 3 at most."""
    if a == b:
        return True
    n = len(os.path.commonprefix([a, b]))
    return n >= STEM_MIN and n >= min(len(a), len(b)) - STEM_ENDING


def names_agree(a: str, b: str) -> bool:
    """Same speaker despite case, inflection and word order (see docs/eval.md)."""
    na, nb = norm_name(a), norm_name(b)
    if not na or not nb:
        return False
    if na == nb or fuzz.token_sort_ratio(na, nb) >= NAME_RATIO:
        return True
    wa = {w for w in na.split() if len(w) >= 3}
    wb = {w for w in nb.split() if len(w) >= 3}
    if not wa or not wb:
        return False
    short, long_ = sorted((wa, wb), key=len)
    shared = sum(1 for w in short if any(same_stem(w, x) for x in long_))
    return shared / len(long_) >= STEM_SHARE


def _overlap(a: list[int] | None, b: list[int] | None) -> int:
    if not a or not b:
        return 0
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def derive_bounds(value: Any, qualifier: str) -> tuple[int | None, int | None] | None:
    """low/high implied by a stated value under a qualifier (SPEC table); None if undefined."""
    if isinstance(value, list):
        if qualifier == "range" and len(value) == 2:
            return value[0], value[1]
        return None
    if not isinstance(value, int) or isinstance(value, bool):
        return None
    return {
        "exact": (value, value),
        "about": (value, value),
        "at_least": (value, None),
        "more_than": (value + 1, None),
        "at_most": (0, value),
        "less_than": (0, value - 1),
    }.get(qualifier)


def _stated_value(g: dict) -> Any:
    """The value as stated; figures may omit it, so invert the qualifier rule."""
    if g.get("value") is not None:
        return g["value"]
    lo, hi, q = g.get("low"), g.get("high"), g.get("qualifier")
    if q == "more_than" and lo is not None:
        return lo - 1
    if q == "at_most":
        return hi
    if q == "less_than" and hi is not None:
        return hi + 1
    if q == "range":
        return [lo, hi]
    return lo


def accepted_bounds(g: dict) -> set[tuple[Any, Any]]:
    """Gold (low, high) plus those its accept_qualifiers would give for the same value."""
    out = {(g.get("low"), g.get("high"))}
    value = _stated_value(g)
    for q in g.get("accept_qualifiers") or ():
        b = derive_bounds(value, q)
        if b is not None:
            out.add(b)
    return out


def _qualifier_ok(g: dict, p: dict) -> bool:
    return p.get("qualifier") == g.get("qualifier") or p.get("qualifier") in (
        g.get("accept_qualifiers") or ()
    )


def _fmt_bounds(d: dict | None) -> dict | None:
    if d is None:
        return None
    return {k: d.get(k) for k in ("qualifier", "low", "high")}


def _err(field: str, error: str, expected: Any, predicted: Any) -> Error:
    return {"field": field, "error": error, "expected": expected, "predicted": predicted}


def _snip(text: str, sp: list[int] | None) -> str | None:
    if not sp or not text:
        return None
    return text[sp[0] : sp[1]]


def greedy_pairs(cands: list[tuple]) -> list[tuple[int, int]]:
    """One-to-one (gold, pred) pairs from candidates `(*sort key, gi, pi)`, best key first."""
    pairs: list[tuple[int, int]] = []
    gm: set[int] = set()
    pm: set[int] = set()
    for *_, gi, pi in sorted(cands):
        if gi not in gm and pi not in pm:
            gm.add(gi)
            pm.add(pi)
            pairs.append((gi, pi))
    return pairs


# -- entities ------------------------------------------------------------------------------


def score_entities(
    gold: list[dict], pred: list[dict], text: str = ""
) -> tuple[Counts, list[Error]]:
    """Exact and overlap matches per label; overlap is one-to-one, largest overlap first."""
    g = sorted({(e["start"], e["end"], e["label"]) for e in gold})
    p = sorted({(e["start"], e["end"], e["label"]) for e in pred if e.get("label") in LABELS})
    gset, pset = set(g), set(p)
    exact = {
        lab: {
            "tp": sum(1 for x in g if x[2] == lab and x in pset),
            "fp": sum(1 for x in p if x[2] == lab and x not in gset),
            "fn": sum(1 for x in g if x[2] == lab and x not in pset),
        }
        for lab in LABELS
    }
    cands = []
    for gi, (gs, ge, gl) in enumerate(g):
        for pi, (ps, pe, pl) in enumerate(p):
            ov = _overlap([gs, ge], [ps, pe])
            if gl == pl and ov > 0:
                cands.append((-ov, abs(gs - ps) + abs(ge - pe), gi, pi))
    gm = dict(greedy_pairs(cands))
    pm = set(gm.values())
    overlap = {lab: {"tp": 0, "fp": 0, "fn": 0} for lab in LABELS}
    for gi, x in enumerate(g):
        overlap[x[2]]["tp" if gi in gm else "fn"] += 1
    for pi, x in enumerate(p):
        if pi not in pm:
            overlap[x[2]]["fp"] += 1

    def ent(x: tuple[int, int, str]) -> dict:
        return {"label": x[2], "span": [x[0], x[1]], "text": _snip(text, [x[0], x[1]])}

    errors: list[Error] = []
    # a missed gold entity with an unmatched prediction on the very same span: a label error
    same_span: dict[tuple[int, int], list[int]] = {}
    for pi, y in enumerate(p):
        if pi not in pm:
            same_span.setdefault((y[0], y[1]), []).append(pi)
    relabelled: set[int] = set()
    for gi, x in enumerate(g):
        if gi in gm:
            if p[gm[gi]] != x:
                errors.append(_err("entities", "boundary", ent(x), ent(p[gm[gi]])))
        elif same_span.get((x[0], x[1])):
            pi = same_span[(x[0], x[1])].pop(0)
            relabelled.add(pi)
            errors.append(_err("entities", "label", ent(x), ent(p[pi])))
        else:
            errors.append(_err("entities", "missed", ent(x), None))
    for pi, y in enumerate(p):
        if pi not in pm and pi not in relabelled:
            errors.append(_err("entities", "spurious", None, ent(y)))
    return {"documents": 1, "exact": exact, "overlap": overlap}, errors


# -- claims --------------------------------------------------------------------------------


def source_agrees(g: dict, p: dict) -> bool:
    """'author' only matches 'author'; a named source matches by span overlap or by name."""
    gs, ps = str(g.get("source") or "author"), str(p.get("source") or "author")
    if gs.casefold() == "author" or ps.casefold() == "author":
        return gs.casefold() == ps.casefold()
    if _overlap(g.get("source_span"), p.get("source_span")) > 0:
        return True
    return names_agree(gs, ps)


def _claim_view(c: dict, text: str) -> dict:
    ev = c.get("evidence")
    snippet = _snip(text, ev) if text else None
    return {
        "kind": c.get("kind"),
        "qualifier": c.get("qualifier"),
        "low": c.get("low"),
        "high": c.get("high"),
        "certainty": c.get("certainty", "reported"),
        "source": c.get("source", "author"),
        "scope": c.get("scope", "event"),
        "evidence": ev,
        "text": snippet if snippet is not None else c.get("evidence_text"),
    }


def score_claims(gold: list[dict], pred: list[dict], text: str = "") -> tuple[Counts, list[Error]]:
    """One-to-one on kind + low + high; greedy, preferring evidence overlap, then exact kind."""
    cands = []
    for gi, g in enumerate(gold):
        kinds = {g["kind"], *(g.get("accept_kinds") or ())}
        bounds = accepted_bounds(g)
        for pi, p in enumerate(pred):
            if p.get("kind") in kinds and (p.get("low"), p.get("high")) in bounds:
                ov = _overlap(g.get("evidence"), p.get("evidence"))
                cands.append((-ov, p.get("kind") != g["kind"], not _qualifier_ok(g, p), gi, pi))
    pairs = greedy_pairs(cands)
    gm = {gi for gi, _ in pairs}
    pm = {pi for _, pi in pairs}
    counts = {
        "documents": 1,
        "tp": len(pairs),
        "fp": len(pred) - len(pairs),
        "fn": len(gold) - len(pairs),
        "qualifier_correct": 0,
        "certainty_correct": 0,
        "source_correct": 0,
        "scope_n": 0,
        "scope_correct": 0,
        "background_tp": 0,
        "background_fp": 0,
        "background_fn": 0,
    }
    errors: list[Error] = []
    for gi, pi in sorted(pairs):
        g, p = gold[gi], pred[pi]
        checks = {
            "qualifier": _qualifier_ok(g, p),
            "certainty": p.get("certainty", "reported")
            in {g.get("certainty", "reported"), *(g.get("accept_certainties") or ())},
            "source": source_agrees(g, p),
        }
        if "scope" in g:
            gbg, pbg = g["scope"] == "background", p.get("scope", "event") == "background"
            checks["scope"] = gbg == pbg
            counts["scope_n"] += 1
            counts["background_tp"] += int(gbg and pbg)
            counts["background_fp"] += int(pbg and not gbg)
            counts["background_fn"] += int(gbg and not pbg)
        for name, ok in checks.items():
            if ok:
                counts[f"{name}_correct"] += 1
            else:
                errors.append(_err("claims", name, _claim_view(g, text), _claim_view(p, text)))
    for gi, g in enumerate(gold):
        if gi not in gm:
            errors.append(_err("claims", "missed", _claim_view(g, text), None))
    for pi, p in enumerate(pred):
        if pi not in pm:
            errors.append(_err("claims", "spurious", None, _claim_view(p, text)))
    return counts, errors


# -- document-level fields -----------------------------------------------------------------


def score_figure(name: str, g: dict, p: dict | None) -> tuple[Counts, list[Error]]:
    """Exact (low, high) match, accept_qualifiers honoured; MAE on low with missing = 0."""
    ok = p is not None and (p.get("low"), p.get("high")) in accepted_bounds(g)
    c: Counts = {"n": 1, "exact": int(ok), "missing": int(p is None), "abs_err": 0.0, "abs_n": 0}
    if g.get("low") is not None:
        plow = (p or {}).get("low")
        c["abs_err"] = float(abs((plow if plow is not None else 0) - g["low"]))
        c["abs_n"] = 1
    errs = []
    if not ok:
        kind = "missing" if p is None else "wrong"
        errs.append(_err(name, kind, _fmt_bounds(g), _fmt_bounds(p)))
    return c, errs


def figure_all(g: dict | None, p: dict | None) -> Counts:
    """Right when both agree, including 'no figure' on both sides."""
    if g is None:
        ok = p is None
    else:
        ok = p is not None and (p.get("low"), p.get("high")) in accepted_bounds(g)
    return {"n": 1, "exact": int(ok)}


def _acc(field: str, ok: bool, expected: Any, predicted: Any) -> tuple[Counts, list[Error]]:
    errs = [] if ok else [_err(field, "wrong", expected, predicted)]
    return {"n": 1, "correct": int(ok)}, errs


def score_location(g: dict, p: dict) -> tuple[Counts, list[Error]] | None:
    """Within LOCATION_KM of the gold point or the same GeoNames id; name equality as last resort.

    Only where the gold place is the place itself (`geo_precision` absent or "place"): a village
    the gazetteer lacks is coded at its district or region, which no point can match fairly.
    """
    if g.get("geo_precision", "place") != "place":
        return None
    has_point = g.get("lat") is not None and g.get("lon") is not None
    if not has_point and g.get("geonameid") is None and not g.get("location"):
        return None
    ok = False
    km = None
    if g.get("geonameid") is not None and p.get("geonameid") == g["geonameid"]:
        ok = True
    if has_point and p.get("lat") is not None and p.get("lon") is not None:
        km = haversine_km(g["lat"], g["lon"], p["lat"], p["lon"])
        ok = ok or km <= LOCATION_KM
    if not has_point and g.get("geonameid") is None:
        ok = bool(p.get("location")) and norm_name(p["location"]) == norm_name(g["location"])

    def view(d: dict) -> dict:
        return {k: d.get(k) for k in ("location", "geonameid", "lat", "lon")}

    counts, errs = _acc("location", ok, view(g), view(p))
    for e in errs:
        e["distance_km"] = None if km is None else round(km, 1)
    return counts, errs


def score_set(field: str, g: list[str], p: list[str]) -> tuple[Counts, list[Error]]:
    gs = {x.casefold() for x in g}
    ps = {x.casefold() for x in p or ()}
    tp, fp, fn = len(gs & ps), len(ps - gs), len(gs - ps)
    errs = []
    if fp or fn:
        e = _err(field, "wrong", sorted(g), sorted(p or ()))
        e["missed"] = sorted(x for x in g if x.casefold() not in ps)
        e["spurious"] = sorted(x for x in p or () if x.casefold() not in gs)
        errs.append(e)
    return {"documents": 1, "tp": tp, "fp": fp, "fn": fn, "f1_sum": prf(tp, fp, fn)["f1"]}, errs


def score_persons_same(
    pairs: list[list[str]], pred_pairs: list[list[str]]
) -> tuple[Counts, list[Error]]:
    """A gold pair is right when the prediction groups both spellings under one person."""
    same = {frozenset((norm_name(a), norm_name(b))) for a, b in pred_pairs or ()}
    c = {"n": 0, "correct": 0}
    errs = []
    for a, b in pairs:
        key = frozenset((norm_name(a), norm_name(b)))
        ok = len(key) == 1 or key in same
        c["n"] += 1
        c["correct"] += int(ok)
        if not ok:
            errs.append(_err("persons_same", "wrong", [a, b], None))
    return c, errs


def score_document(gold: dict, pred: dict, text: str = "") -> tuple[Counts, list[Error]]:
    """Counts and errors for every field present in `gold`; `text` only feeds error snippets."""
    counts: Counts = {"documents": 1}
    errors: list[Error] = []

    def add(key: str, res: tuple[Counts, list[Error]] | None) -> None:
        if res is not None:
            counts[key] = res[0]
            errors.extend(res[1])

    if "entities" in gold:
        add("entities", score_entities(gold["entities"], pred.get("entities") or [], text))
    if "claims" in gold:
        add("claims", score_claims(gold["claims"], pred.get("claims") or [], text))
    figs = {}
    for k in FIGURES:
        if gold.get(k) is not None:
            c, e = score_figure(k, gold[k], pred.get(k))
            figs[k] = c
            errors.extend(e)
    if figs:
        counts["figures"] = figs
    if "claims" in gold:  # claims annotated: a figure the gold lacks must be absent too
        # `arrested` is a headline figure only in files that follow GUIDE section 12 (they
        # carry `incident`); older gold never annotated it, so its absence means nothing there
        kinds = FIGURES if "incident" in gold else tuple(k for k in FIGURES if k != "arrested")
        counts["figures_all"] = {k: figure_all(gold.get(k), pred.get(k)) for k in kinds}
    if gold.get("event_date"):
        pd = pred.get("event_date")
        add("event_date", _acc("event_date", pd == gold["event_date"], gold["event_date"], pd))
    add("location", score_location(gold, pred))
    if gold.get("country"):
        pc = pred.get("country")
        ok = isinstance(pc, str) and pc.upper() == gold["country"].upper()
        add("country", _acc("country", ok, gold["country"], pc))
    if "event_types" in gold:  # [] = no political violence: no type is the right answer
        pt = pred.get("event_types") or []
        gt = gold["event_types"]
        ok = pt[0].casefold() == gt[0].casefold() if gt and pt else not gt and not pt
        add("event_type", _acc("event_type", ok, gt[0] if gt else None, pt[0] if pt else None))
    for k in SET_FIELDS:
        if k in gold:
            add(k, score_set(k, gold[k], pred.get(k) or []))
    if gold.get("persons_same"):
        add(
            "persons_same", score_persons_same(gold["persons_same"], pred.get("persons_same") or [])
        )
    return counts, errors


# -- aggregation ---------------------------------------------------------------------------


def merge_counts(total: Counts, part: Counts) -> Counts:
    """Add `part` into `total` in place (numbers summed, dicts merged recursively)."""
    for k, v in part.items():
        if isinstance(v, dict):
            merge_counts(total.setdefault(k, {}), v)
        else:
            total[k] = total.get(k, 0) + v
    return total


def _ratio(a: float, n: float) -> float | None:
    return a / n if n else None


def _prf_or_null(c: dict | None, scored: bool) -> dict[str, Any]:
    c = c or {}
    tp, fp, fn = c.get("tp", 0), c.get("fp", 0), c.get("fn", 0)
    if not scored:
        return {"tp": 0, "fp": 0, "fn": 0, "precision": None, "recall": None, "f1": None}
    return prf(tp, fp, fn)


def finalize(counts: Counts) -> dict[str, Any]:
    """Rates from summed counts, in the documented `sitrep-eval/1` shape (null = not scored)."""
    out: dict[str, Any] = {"documents": counts.get("documents", 0)}

    ent = counts.get("entities") or {}
    nd = ent.get("documents", 0)
    out["entities"] = {"documents": nd}
    for mode in ("exact", "overlap"):
        m = ent.get(mode) or {}
        sec = {lab: _prf_or_null(m.get(lab), nd > 0) for lab in LABELS}
        micro = {k: sum((m.get(lab) or {}).get(k, 0) for lab in LABELS) for k in ("tp", "fp", "fn")}
        sec["micro"] = _prf_or_null(micro, nd > 0)
        out["entities"][mode] = sec

    cl = counts.get("claims") or {}
    nd = cl.get("documents", 0)
    tp = cl.get("tp", 0)
    base = _prf_or_null(cl, nd > 0)
    out["claims"] = {
        "documents": nd,
        "gold": tp + cl.get("fn", 0),
        "predicted": tp + cl.get("fp", 0),
        "matched": tp,
        "precision": base["precision"],
        "recall": base["recall"],
        "f1": base["f1"],
    }
    for a in ("qualifier", "certainty", "source"):
        out["claims"][f"{a}_correct"] = cl.get(f"{a}_correct", 0)
        out["claims"][f"{a}_accuracy"] = _ratio(cl.get(f"{a}_correct", 0), tp)
    out["claims"]["scope_n"] = cl.get("scope_n", 0)
    out["claims"]["scope_correct"] = cl.get("scope_correct", 0)
    out["claims"]["scope_accuracy"] = _ratio(cl.get("scope_correct", 0), cl.get("scope_n", 0))
    bg = {k: cl.get(f"background_{k}", 0) for k in ("tp", "fp", "fn")}
    out["claims"]["background"] = {
        "n": bg["tp"] + bg["fn"],
        **_prf_or_null(bg, cl.get("scope_n", 0) > 0),
    }

    figs = counts.get("figures") or {}
    out["figures"] = {}
    for k in FIGURES:
        f = figs.get(k) or {}
        n = f.get("n", 0)
        out["figures"][k] = {
            "documents": n,
            "exact": f.get("exact", 0),
            "exact_rate": _ratio(f.get("exact", 0), n),
            "missing": f.get("missing", 0),
            "mae_low": _ratio(f.get("abs_err", 0.0), f.get("abs_n", 0)),
        }
    fa = counts.get("figures_all") or {}
    out["figures_all"] = {
        k: {
            "documents": (fa.get(k) or {}).get("n", 0),
            "exact": (fa.get(k) or {}).get("exact", 0),
            "exact_rate": _ratio((fa.get(k) or {}).get("exact", 0), (fa.get(k) or {}).get("n", 0)),
        }
        for k in FIGURES
    }

    for k in ("event_date", "location", "country", "event_type", "persons_same"):
        a = counts.get(k) or {}
        n = a.get("n", 0)
        out[k] = {
            "n": n,
            "correct": a.get("correct", 0),
            "accuracy": _ratio(a.get("correct", 0), n),
        }

    for k in SET_FIELDS:
        s = counts.get(k) or {}
        nd = s.get("documents", 0)
        out[k] = {
            "documents": nd,
            **_prf_or_null(s, nd > 0),
            "macro_f1": _ratio(s.get("f1_sum", 0.0), nd),
        }
    return out
