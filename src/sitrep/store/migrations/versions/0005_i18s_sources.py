"""live sources and alerts: feed state, entries seen, fetch refusals, alerts fired

Revision ID: 0004_i18s
Revises: 0004_i16r
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

JSON = sa.JSON().with_variant(postgresql.JSONB(), "postgresql")

revision = "0004_i18s"
down_revision = "0004_i16r"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feed_state",
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("last_polled", sa.String(length=20), nullable=True),
        sa.Column("last_status", sa.String(length=16), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("next_poll", sa.String(length=20), nullable=True),
        sa.Column("items_seen", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("url"),
    )
    op.create_table(
        "feed_entries",
        sa.Column("feed_url", sa.Text(), nullable=False),
        sa.Column("entry_key", sa.String(length=64), nullable=False),
        sa.Column("doc_id", sa.String(length=16), nullable=True),
        sa.Column("seen_at", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("feed_url", "entry_key"),
    )
    op.create_table(
        "fetch_refusals",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("feed_url", sa.Text(), nullable=True),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("at", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_fetch_refusals_url", "fetch_refusals", ["url"])
    op.create_table(
        "alerts_fired",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("rule", sa.String(length=128), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("crossing", sa.String(length=128), nullable=False),
        sa.Column("payload", JSON, nullable=False),
        sa.Column("fired_at", sa.String(length=20), nullable=False),
        sa.Column("delivered", sa.Text(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("rule", "incident_id", "crossing", name="uq_alert_once"),
    )
    op.create_index("ix_alerts_fired_incident_id", "alerts_fired", ["incident_id"])
    op.create_table(
        "alert_baselines",
        sa.Column("rule", sa.String(length=128), nullable=False),
        sa.Column("incident_id", sa.Integer(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=20), nullable=False),
        sa.PrimaryKeyConstraint("rule", "incident_id"),
    )


def downgrade() -> None:
    op.drop_table("alert_baselines")
    op.drop_index("ix_alerts_fired_incident_id", table_name="alerts_fired")
    op.drop_table("alerts_fired")
    op.drop_index("ix_fetch_refusals_url", table_name="fetch_refusals")
    op.drop_table("fetch_refusals")
    op.drop_table("feed_entries")
    op.drop_table("feed_state")
