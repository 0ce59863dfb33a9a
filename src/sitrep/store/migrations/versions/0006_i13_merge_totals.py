"""incidents keep their running totals; late reports leave a pending re-clustering mark

- incidents.agg: the totals of merge/accumulate.py (JSON), so a join reads and updates
  them instead of every member; NULL on an upgraded store until the incident is touched
  (then rebuilt once from its members).
- merge_pending: date ranges (per country) where a late report was placed provisionally;
  the end of an ingest run re-clusters them (docs/merging.md).

Revision ID: 0004_i13
Revises: 0004_i18s
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0004_i13"
down_revision = "0004_i18s"
branch_labels = None
depends_on = None

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")


def upgrade() -> None:
    op.add_column("incidents", sa.Column("agg", JSON, nullable=True))  # in place, no copy
    op.create_table(
        "merge_pending",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("date_from", sa.String(10), nullable=False),
        sa.Column("date_to", sa.String(10), nullable=False),
        sa.Column("country", sa.String(2), nullable=True),
    )


def downgrade() -> None:
    op.drop_table("merge_pending")
    # not a batch (table copy) on SQLite: dropping the old incidents table would cascade
    # to incident_members; SQLite >= 3.35 drops a column in place
    op.execute("ALTER TABLE incidents DROP COLUMN agg")
