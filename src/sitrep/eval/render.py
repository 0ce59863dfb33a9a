"""Terminal rendering of an eval result: a table of scores and a listing of mistakes.

Report text and gold ids are untrusted: they only ever reach the terminal as plain
`Text` (never parsed as rich markup) with control and bidi characters made visible.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from .gold import FIGURES, LABELS, SET_FIELDS

DASH = "–"
SNIP = 70


def safe(s: Any, limit: int | None = None) -> str:
    """Printable one-line form: newlines as spaces, control/format characters escaped."""
    s = "" if s is None else str(s)
    out = []
    for ch in s:
        if ch in "\n\r\t":
            out.append(" ")
        elif unicodedata.category(ch) in ("Cc", "Cf", "Cs", "Co") and ch != "\u200d":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    r = "".join(out)
    if limit and len(r) > limit:
        r = r[: limit - 1] + "…"
    return r


def _q(s: Any, limit: int | None = SNIP) -> str:
    return "none" if s is None else f"'{safe(s, limit)}'"


def _num(x: float | None, digits: int = 2) -> str:
    return DASH if x is None else f"{x:.{digits}f}"


def _prf(d: dict) -> str:
    if d.get("f1") is None:
        return DASH
    return f"{d['precision']:.2f} {d['recall']:.2f} {d['f1']:.2f}"


def _acc(d: dict, key: str = "accuracy", n: str = "n", c: str = "correct") -> str:
    if d.get(key) is None:
        return DASH
    return f"{d[key]:.2f} ({d[c]}/{d[n]})"


_FORMATS: dict[str, Callable[[dict], str]] = {
    "prf": _prf,
    "acc": _acc,
    "exact": lambda d: _acc(d, "exact_rate", "documents", "exact"),
    "mae": lambda d: _num(d["mae_low"], 1),
    "claim_counts": lambda d: f"{d['matched']}/{d['gold']}/{d['predicted']}",
    **{
        f"claim_{a}": lambda d, a=a: _acc(d, f"{a}_accuracy", "matched", f"{a}_correct")
        for a in ("qualifier", "certainty", "source")
    },
    "claim_scope": lambda d: _acc(d, "scope_accuracy", "scope_n", "scope_correct"),
}

# (section, metric label, path to the metrics dict, format)
ROWS: list[tuple[str, str, tuple[str, ...], str]] = [
    *(
        (f"Entities, {mode} span  (P R F1)", lab, ("entities", mode, lab), "prf")
        for mode in ("exact", "overlap")
        for lab in (*LABELS, "micro")
    ),
    ("Claims", "P R F1", ("claims",), "prf"),
    ("Claims", "matched/gold/pred", ("claims",), "claim_counts"),
    *(
        ("Claims", f"{a} acc.", ("claims",), f"claim_{a}")
        for a in ("qualifier", "certainty", "source")
    ),
    ("Claims", "scope acc.", ("claims",), "claim_scope"),
    ("Claims", "background P R F1", ("claims", "background"), "prf"),
    *(
        row
        for k in FIGURES
        for row in (
            ("Figures", f"{k} exact", ("figures", k), "exact"),
            ("Figures", f"{k} exact, all docs", ("figures_all", k), "exact"),
            ("Figures", f"{k} MAE low", ("figures", k), "mae"),
        )
    ),
    ("Event", "date (exact day)", ("event_date",), "acc"),
    ("Event", "location ≤25 km", ("location",), "acc"),
    ("Event", "country", ("country",), "acc"),
    ("Event", "primary type", ("event_type",), "acc"),
    *(("Event", f"{k} P R F1", (k,), "prf") for k in SET_FIELDS),
    ("Persons", "same-person pairs", ("persons_same",), "acc"),
]


def _cell(m: dict, path: tuple[str, ...], fmt: str) -> str | None:
    """The formatted value, or None when that part was not scored (no documents / n = 0)."""
    scored = 0
    for key in path:
        m = m[key]
        scored = m.get("documents", m.get("n", scored))
    return _FORMATS[fmt](m) if scored else None


def score_table(result: dict[str, Any], by_lang: bool = False) -> Table:
    """One row per metric, sections as header rows; one column per language with --by-lang."""
    return sets_table({"": result}, by_lang)


def sets_table(results: dict[str, dict[str, Any]], by_lang: bool = False) -> Table:
    """Several named gold sets side by side (e.g. dev and real), each with its languages."""
    named = len(results) > 1 or any(results)
    title = "; ".join(
        f"{safe(name) + ': ' if name else ''}{r['documents']} documents "
        f"({', '.join(safe(f) for f in r['files'])})"
        for name, r in results.items()
    )
    n_warn = sum(len(r["warnings"]) for r in results.values())
    n_err = sum(r["pipeline_errors"] for r in results.values())
    table = Table(
        title=Text(f"sitrep eval: {title}"),
        caption=Text(
            f"{n_warn} warnings, {n_err} pipeline errors; "
            f"{DASH} = not scored; MAE counts a missing figure as 0"
        ),
    )
    table.add_column("Metric")
    cols: list[tuple[str, dict]] = []
    for name, r in results.items():
        prefix = f"{name} " if named else ""
        cols.append((f"{prefix}all", r["overall"]))
        if by_lang:
            cols += [(f"{prefix}{lang}", m) for lang, m in r["by_lang"].items()]
    for name, m in cols:
        table.add_column(Text(f"{safe(name)} (n={m['documents']})"), justify="right", no_wrap=True)
    section = None
    for sec, label, path, fmt in ROWS:
        cells = [_cell(m, path, fmt) for _, m in cols]
        if all(c is None for c in cells):  # nothing in any gold to score this against
            continue
        if sec != section:
            if section is not None:
                table.add_section()
            table.add_row(Text(sec, style="bold"))
            section = sec
        table.add_row(f"  {label}", *(c or DASH for c in cells))
    return table


def _b(d: dict | None) -> str:
    if not d:
        return "none"
    lo, hi = d.get("low"), d.get("high")
    return f"{d.get('qualifier')} {'?' if lo is None else lo}..{'?' if hi is None else hi}"


def _ent(d: dict) -> str:
    return f"{d['label']} {_q(d.get('text'), SNIP)} [{d['span'][0]},{d['span'][1]})"


def _claim(d: dict) -> str:
    ev = d.get("evidence")
    where = f" [{ev[0]},{ev[1]})" if ev else ""
    return (
        f"{d['kind']} {_b(d)} ({d.get('certainty')}, source {_q(d.get('source'), 40)})"
        f" {_q(d.get('text'), SNIP)}{where}"
    )


def describe(e: dict) -> str:
    """One line for one error record."""
    f, kind, exp, got = e["field"], e["error"], e.get("expected"), e.get("predicted")
    if f == "entities":
        if kind == "missed":
            return f"missed   {_ent(exp)}"
        if kind == "spurious":
            return f"spurious {_ent(got)}"
        if kind == "label":
            return f"label    {_ent(exp)} predicted as {got['label']}"
        return f"boundary {_ent(exp)} predicted {_ent(got)}"
    if f == "claims":
        if kind == "missed":
            return f"missed   {_claim(exp)}"
        if kind == "spurious":
            return f"spurious {_claim(got)}"
        return (
            f"{kind}: expected {_q(exp.get(kind), 40)}, got {_q(got.get(kind), 40)} "
            f"in {_claim(got)}"
        )
    if f in FIGURES:
        return f"expected {_b(exp)}, got {_b(got)}"
    if f in SET_FIELDS:
        parts = [
            f"{what} [{', '.join(safe(x) for x in e[what])}]"
            for what in ("missed", "spurious")
            if e.get(what)
        ]
        return " ".join(parts)
    if f == "location":
        km = e.get("distance_km")
        dist = f", {km} km away" if km is not None else ""
        return f"expected {_loc(exp)}, got {_loc(got)}{dist}"
    if f == "persons_same":
        return f"{_q(exp[0], 40)} and {_q(exp[1], 40)} not grouped as one person"
    return f"expected {_q(exp, 60)}, got {_q(got, 60)}"


def _loc(d: dict) -> str:
    if not d or all(v is None for v in d.values()):
        return "none"
    pt = f" ({d['lat']:.3f}, {d['lon']:.3f})" if d.get("lat") is not None else ""
    gid = f" #{d['geonameid']}" if d.get("geonameid") else ""
    return f"{safe(d.get('location'), 40)}{gid}{pt}"


def print_errors(result: dict[str, Any], console: Console) -> None:
    for d in result["per_document"]:
        if not d["errors"] and not d["pipeline_error"]:
            continue
        head = Text(f"{safe(d['id'], 80)}", style="bold")
        head.append(f"  ({safe(d['lang'] or '?')}, {safe(d['file'])}:{d['line']})", style="dim")
        console.print(head)
        if d["pipeline_error"]:
            console.print(Text(f"  pipeline error: {safe(d['pipeline_error'], 200)}", style="red"))
        for e in d["errors"]:
            line = Text("  ")
            line.append(f"{e['field']:<16}", style="cyan")
            line.append(describe(e))
            console.print(line, soft_wrap=True)


def incident_table(inc: dict[str, Any], name: str = "") -> Table:
    """Merging scores of `sitrep eval --incidents`."""
    table = Table(
        title=Text(
            f"{safe(name) + ' ' if name else ''}incidents: {inc['documents']} documents, {inc['gold_incidents']} gold incidents "
            f"({inc['gold_groups']} with several reports), "
            f"{inc['predicted_incidents']} predicted"
        )
    )
    table.add_column("Merging")
    table.add_column("precision", justify="right")
    table.add_column("recall", justify="right")
    table.add_column("F1", justify="right")
    for name, key in (("pairwise", "pairwise"), ("B-cubed", "bcubed")):
        m = inc[key]
        table.add_row(name, *(f"{m[k]:.2f}" for k in ("precision", "recall", "f1")))
    return table
