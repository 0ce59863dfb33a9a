"""A readable terminal summary of one Report: figures with their words, sources, events.

Report text is untrusted, so everything from it goes into rich `Text`
objects (never parsed as markup).
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..schema.models import Report


def _t(s: object) -> Text:
    return Text("" if s is None else str(s))


def _clip(s: str, n: int = 70) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def print_report(report: Report, console: Console | None = None) -> None:
    if console is None:
        import sys

        console = Console(width=None if sys.stdout.isatty() else 160)
    d, s = report.document, report.summary
    head = Text()
    head.append("document ", style="bold")
    head.append(d.id)
    for label, val in (
        ("source", d.source),
        ("title", d.title),
        ("byline", d.byline),
        ("outlet", d.outlet),
        ("published", d.published),
        ("lang", d.lang),
    ):
        if val:
            head.append(f"\n  {label}: ", style="dim")
            head.append(_clip(str(val), 100))
    for f in d.quality:
        head.append("\n  quality: ", style="yellow")
        head.append(f"{f.flag} {f.span or ''} {f.detail or ''}")
    console.print(head)

    summ = Table(title="Summary", show_header=False, title_justify="left")
    summ.add_column("field", style="bold")
    summ.add_column("value")
    place = ", ".join(str(x) for x in (s.location, s.admin1, s.country) if x)
    if s.geonameid:
        place += f"  (GeoNames {s.geonameid}; {s.lat}, {s.lon})"
    rows = [
        ("event date", f"{s.event_date or '?'} ({s.date_precision or '-'})"),
        ("location", place or "?"),
        ("event types", "; ".join(s.event_types) or "-"),
        ("sub-event types", "; ".join(s.sub_event_types) or "-"),
        ("tags", ", ".join(s.tags) or "-"),
    ]
    certainty = {c.id: c.certainty for c in report.claims}
    for kind in ("killed", "injured", "participants", "arrested"):
        fig = getattr(s, kind)
        if fig:
            hi = "" if fig.high is None else f"–{fig.high}" if fig.high != fig.low else ""
            sure = ", ".join(dict.fromkeys(certainty[c] for c in fig.claims if c in certainty))
            rows.append(
                (
                    kind,
                    f"{fig.low}{hi}{'+' if fig.high is None else ''} ({fig.qualifier}"
                    f"{'; ' + sure if sure else ''})",
                )
            )
    for k, v in rows:
        summ.add_row(k, _t(v))
    console.print(summ)

    if report.claims:
        t = Table(title="Figures (claims)", title_justify="left")
        for col in ("id", "kind", "figure", "certainty", "source", "perpetrator", "evidence"):
            t.add_column(col, overflow="fold")
        for c in report.claims:
            stated = "–".join(map(str, c.value)) if isinstance(c.value, list) else str(c.value)
            rng = f"{c.low}–{'' if c.high is None else c.high}"
            fig = f"{stated} {c.qualifier} [{rng}]" + (f" «{c.words}»" if c.words else "")
            src = (
                c.source.name if c.source.name == "author" else f"{c.source.name} ({c.source.kind})"
            )
            ev = f"{_clip(c.evidence.text, 60)} @{c.evidence.start}"
            t.add_row(
                *map(_t, (c.id, c.kind, fig, c.certainty, _clip(src, 40), c.perpetrator or "", ev))
            )
        console.print(t)
    else:
        console.print(Text("No figures found.", style="dim"))

    if report.events:
        t = Table(title="Events", title_justify="left")
        for col in (
            "id",
            "type",
            "sub-event",
            "tags",
            "date",
            "location",
            "actor1",
            "actor2",
            "claims",
            "evidence",
        ):
            t.add_column(col)
        for e in report.events:
            loc = e.location.name if e.location else ""
            date = f"{e.date.iso} ({e.date.precision})" if e.date else ""
            ev = "; ".join(_clip(sp.text, 30) for sp in e.evidence[:3])
            t.add_row(
                *map(
                    _t,
                    (
                        e.id,
                        e.event_type,
                        e.sub_event_type,
                        ", ".join(e.tags),
                        date,
                        loc,
                        e.actor1.name if e.actor1 else "",
                        e.actor2.name if e.actor2 else "",
                        ", ".join(e.claims),
                        ev,
                    ),
                )
            )
        console.print(t)

    ents = [m for m in report.mentions if m.kind in ("place", "person", "org")]
    if ents:
        t = Table(title="Places, people, organizations", title_justify="left")
        for col in ("kind", "text", "normalized", "span"):
            t.add_column(col)
        for m in ents:
            norm = m.norm or ""
            if m.place and m.place.geonameid:
                norm += f" (GeoNames {m.place.geonameid}, {m.place.country})"
            elif m.place and m.place.country:
                norm += f" ({m.place.country})"
            t.add_row(*map(_t, (m.kind, m.text, norm, f"{m.start}:{m.end}")))
        console.print(t)
    for w in report.warnings:
        console.print(Text(f"warning: {w}", style="yellow"))
