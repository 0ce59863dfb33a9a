"""An incident's list fields (types, sub-types, tags, languages) in their child tables.

Read in bulk for many incidents with one query, written as the difference to
what is stored (values only grow as members join, so usually nothing).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from sqlalchemy import bindparam, literal, select, union_all
from sqlalchemy.engine import Connection

from .models import LIST_TABLES

CHUNK = 500  # incident ids per query: bounded parameter lists
# built once: merging reads one incident's lists per document, so building the statement
# each time would cost more than running it
_READ = union_all(
    *(
        select(t.c.incident_id, literal(field).label("field"), t.c.value).where(
            t.c.incident_id.in_(bindparam("ids", expanding=True))
        )
        for field, t in LIST_TABLES.items()
    )
)


def read_lists(conn: Connection, ids: Iterable[int]) -> dict[int, dict[str, list[str]]]:
    """{incident id: {field: sorted values}}, every field present for every id asked."""
    ids = sorted(set(ids))
    out: dict[int, dict[str, list[str]]] = {i: {f: [] for f in LIST_TABLES} for i in ids}
    for n in range(0, len(ids), CHUNK):
        for inc_id, field, value in conn.execute(_READ, {"ids": ids[n : n + CHUNK]}):
            out[inc_id][field].append(value)
    for lists in out.values():
        for values in lists.values():
            values.sort()
    return out


def write_lists(
    conn: Connection,
    inc_id: int,
    fields: Mapping[str, Iterable[str]],
    have: Mapping[str, Iterable[str]] | None = None,
) -> None:
    """Make the stored values of each list field of one incident equal `fields`; `have`:
    what is stored, when the caller knows it (else it is read)."""
    if have is None:
        have = read_lists(conn, [inc_id])[inc_id]
    for field, table in LIST_TABLES.items():
        want, old = set(fields[field]), set(have[field])
        if want - old:
            conn.execute(
                table.insert(), [{"incident_id": inc_id, "value": v} for v in sorted(want - old)]
            )
        if old - want:
            conn.execute(
                table.delete().where(table.c.incident_id == inc_id, table.c.value.in_(old - want))
            )
