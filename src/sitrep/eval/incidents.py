"""`sitrep eval --incidents`: how well reports of one incident merge, and others stay apart.

The gold gives each document an `incident` id (GUIDE section 12.6); a document without one
is an incident of its own. The prediction is the store's own merge: every document is
ingested into a throwaway SQLite store, in publication order, and labelled with the
incident that its first event joined. Two views of the same partition comparison:

- pairwise: over all pairs of documents, a pair is positive when both sides are in one
  incident; precision = right positive pairs / predicted positive pairs, recall likewise.
- B-cubed: per document, the share of its predicted incident that is in its gold incident
  (precision) and the share of its gold incident that is in its predicted one (recall),
  averaged over documents. Unlike pairwise, a single large wrong merge cannot dominate it.
"""

from __future__ import annotations

import tempfile
from collections import defaultdict
from collections.abc import Hashable, Mapping
from pathlib import Path
from typing import Any

from .gold import GoldDoc
from .metrics import prf


def _groups(labels: Mapping[str, Hashable]) -> dict[Hashable, set[str]]:
    out: dict[Hashable, set[str]] = defaultdict(set)
    for doc, lab in labels.items():
        out[lab].add(doc)
    return out


def _pairs(labels: Mapping[str, Hashable]) -> set[frozenset[str]]:
    out: set[frozenset[str]] = set()
    for members in _groups(labels).values():
        ms = sorted(members)
        out.update(frozenset((a, b)) for i, a in enumerate(ms) for b in ms[i + 1 :])
    return out


def cluster_scores(gold: Mapping[str, Hashable], pred: Mapping[str, Hashable]) -> dict[str, Any]:
    """Pairwise and B-cubed P/R/F1 of `pred` against `gold` (both: document -> cluster label).

    Documents missing from `pred` count as singletons there.
    """
    docs = sorted(gold)
    pred_full = {d: pred.get(d, ("__alone__", d)) for d in docs}
    gp, pp = _pairs(gold), _pairs(pred_full)
    pairwise = prf(len(gp & pp), len(pp - gp), len(gp - pp))
    gg, pg = _groups(gold), _groups(pred_full)
    bp = br = 0.0
    for d in docs:
        g, p = gg[gold[d]], pg[pred_full[d]]
        both = len(g & p)
        bp += both / len(p)
        br += both / len(g)
    n = len(docs)
    p_, r_ = (bp / n, br / n) if n else (1.0, 1.0)
    f_ = 2 * p_ * r_ / (p_ + r_) if p_ + r_ else 0.0
    return {
        "documents": n,
        "gold_incidents": len(gg),
        "predicted_incidents": len(pg),
        "gold_groups": sum(1 for m in gg.values() if len(m) > 1),
        "pairwise": pairwise,
        "bcubed": {"precision": p_, "recall": r_, "f1": f_},
    }


def gold_labels(docs: list[GoldDoc]) -> dict[str, str]:
    """document id -> gold incident id (a document without one is alone)."""
    return {d.id: str(d.gold.get("incident") or f"__alone__:{d.id}") for d in docs}


def predict_labels(docs: list[GoldDoc], reports: Mapping[str, Any]) -> dict[str, Hashable]:
    """Ingest the extracted reports into a throwaway store; document id -> incident id."""
    from ..store import Store

    order = sorted((d for d in docs if d.id in reports), key=lambda d: (d.published or "", d.id))
    with tempfile.TemporaryDirectory(prefix="sitrep-eval-") as tmp:
        store = Store(Path(tmp) / "incidents.db")
        try:
            by_report: dict[str, str] = {}
            for d in order:
                rep = reports[d.id]
                res = store.add_report(rep, published=d.published, url=d.source)
                by_report.setdefault(res.doc_id, d.id)
            primary = {gid: _first_event(reports[gid]) for gid in by_report.values()}
            out: dict[str, Hashable] = {}
            for inc in store.incidents():
                for m in (store.incident(inc["id"]) or {}).get("members", []):
                    gid = by_report.get(m["doc_id"])
                    if gid is not None and (gid not in out or m["event_id"] == primary[gid]):
                        out[gid] = inc["id"]
        finally:
            store.close()
    return out


def _first_event(report: Any) -> str | None:
    """The report's primary event (its first): the one that places the document."""
    events = getattr(report, "events", None) or []
    return events[0].id if events else None
