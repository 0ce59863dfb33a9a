"""each document's Report kept whole, once, in documents.report

Mentions, claims and events were stored twice: as columns and as full JSON
(`data`) in their rows, with documents.report holding the rest of the Report.
The Report (the per-document extraction, the source of truth) now lives whole
in documents.report; the part rows keep their columns and lose `data`.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")
PARTS = ("mentions", "claims", "events")
CHUNK = 200  # documents at a time: bounded memory on a large store

documents = sa.table("documents", sa.column("id"), sa.column("report", JSON))


def _part(name: str) -> sa.TableClause:
    return sa.table(name, sa.column("doc_id"), sa.column("seq"), sa.column("data", JSON))


def _chunks(bind) -> list[list[str]]:
    ids = list(bind.scalars(sa.select(documents.c.id).order_by(documents.c.id)))
    return [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]


def _reports(bind, ids: list[str]) -> dict[str, dict]:
    """The reports of these documents; a failed one has none (SQL NULL or JSON null)."""
    q = sa.select(documents.c.id, documents.c.report).where(documents.c.id.in_(ids))
    return {doc_id: report for doc_id, report in bind.execute(q) if report}


def upgrade() -> None:
    bind = op.get_bind()
    for ids in _chunks(bind):
        reports = _reports(bind, ids)
        for name in PARTS:
            for r in reports.values():
                r[name] = []
            t = _part(name)
            q = (
                sa.select(t.c.doc_id, t.c.data)
                .where(t.c.doc_id.in_(ids))
                .order_by(t.c.doc_id, t.c.seq)
            )
            for doc_id, data in bind.execute(q):
                if doc_id in reports:
                    reports[doc_id][name].append(data)
        for doc_id, report in reports.items():
            bind.execute(documents.update().where(documents.c.id == doc_id).values(report=report))
    for name in PARTS:
        op.execute(sa.text(f'ALTER TABLE "{name}" DROP COLUMN "data"'))


def downgrade() -> None:
    bind = op.get_bind()
    for name in PARTS:
        op.add_column(name, sa.Column("data", JSON, nullable=True))
    for ids in _chunks(bind):
        for doc_id, report in _reports(bind, ids).items():
            for name in PARTS:
                t = sa.table(name, sa.column("doc_id"), sa.column("id"), sa.column("data", JSON))
                for item in report.pop(name, None) or []:
                    bind.execute(
                        t.update()
                        .where(t.c.doc_id == doc_id, t.c.id == item["id"])
                        .values(data=item)
                    )
            bind.execute(documents.update().where(documents.c.id == doc_id).values(report=report))
