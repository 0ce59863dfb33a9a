"""list fields of incidents in child tables

The ",a,b," strings in incidents.event_types / sub_event_types / tags /
languages (matched with LIKE) become one row per value in incident_<field>.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-03
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

FIELDS = ("event_types", "sub_event_types", "tags", "languages")


def _child(field: str) -> sa.Table:
    return sa.table(f"incident_{field}", sa.column("incident_id"), sa.column("value"))


def _drop_column(table: str, column: str) -> None:
    """Plain ALTER TABLE ... DROP COLUMN (SQLite >= 3.35): no batch copy of the table, whose
    DROP would cascade to the incident members under foreign_keys=ON."""
    op.execute(sa.text(f'ALTER TABLE "{table}" DROP COLUMN "{column}"'))


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        import sqlite3

        if sqlite3.sqlite_version_info < (3, 35):
            raise RuntimeError(f"SQLite {sqlite3.sqlite_version} is too old: need 3.35 or newer")
    for field in FIELDS:
        name = f"incident_{field}"
        op.create_table(
            name,
            sa.Column("incident_id", sa.Integer(), nullable=False),
            sa.Column("value", sa.Text(), nullable=False),
            sa.ForeignKeyConstraint(["incident_id"], ["incidents.id"], ondelete="CASCADE"),
            sa.PrimaryKeyConstraint("incident_id", "value"),
        )
        op.create_index(f"ix_{name}_value", name, ["value"], unique=False)
    incidents = sa.table("incidents", sa.column("id"), *(sa.column(f) for f in FIELDS))
    rows = bind.execute(sa.select(incidents)).mappings().all()
    for field in FIELDS:
        values = [
            {"incident_id": r["id"], "value": v}
            for r in rows
            for v in sorted({x for x in (r[field] or "").split(",") if x})
        ]
        if values:
            op.bulk_insert(_child(field), values)
    for field in FIELDS:
        _drop_column("incidents", field)


def downgrade() -> None:
    bind = op.get_bind()
    for field in FIELDS:
        op.add_column("incidents", sa.Column(field, sa.Text(), nullable=False, server_default=""))
    incidents = sa.table("incidents", sa.column("id"), *(sa.column(f) for f in FIELDS))
    for field in FIELDS:
        child = _child(field)
        values: dict[int, list[str]] = {}
        for inc_id, value in bind.execute(sa.select(child.c.incident_id, child.c.value)):
            values.setdefault(inc_id, []).append(value)
        for inc_id, vals in values.items():
            bind.execute(
                incidents.update()
                .where(incidents.c.id == inc_id)
                .values({field: "," + ",".join(sorted(vals)) + ","})
            )
        op.drop_index(f"ix_incident_{field}_value", table_name=f"incident_{field}")
        op.drop_table(f"incident_{field}")
