"""Counts the dashboard reads instead of aggregating every event per request (issue 13: the
dashboard at a million events): event_counts (events by origin and review status, type,
stage, date precision, domain and month, actor, actor and year or type; documents) pair_counts and
pair_totals (events a Chinese and a Russian actor share, per year and in all). store/counters.py keeps
them up to date at every write; here they are counted once from the rows already stored.

Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from techties.store.counters import rebuild

revision: str = "0010"
down_revision: str | None = "0009"


def upgrade() -> None:
    op.create_table(
        "event_counts",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("period", sa.Text(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("name", "key", "period", name="pk_event_counts"),
    )
    op.create_table(
        "pair_counts",
        sa.Column("cn", sa.Text(), nullable=False),
        sa.Column("ru", sa.Text(), nullable=False),
        sa.Column("year", sa.String(length=4), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("cn", "ru", "year", name="pk_pair_counts"),
    )
    op.create_table(
        "pair_totals",
        sa.Column("cn", sa.Text(), nullable=False),
        sa.Column("ru", sa.Text(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.Column("cn_name", sa.Text(), nullable=False),
        sa.Column("ru_name", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("cn", "ru", name="pk_pair_totals"),
    )
    op.create_index("ix_pair_totals_n", "pair_totals", ["n"])
    op.create_index("ix_events_created_at", "events", ["created_at"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE INDEX ix_events_date_desc_id ON events (date DESC NULLS LAST, id DESC)")
    op.create_index("ix_pair_totals_ru_cn", "pair_totals", ["ru", "cn"])
    rebuild(op.get_bind(), with_facets=False)


def downgrade() -> None:
    op.execute("DROP INDEX IF EXISTS ix_events_date_desc_id")
    op.drop_index("ix_events_created_at", table_name="events")
    op.drop_index("ix_pair_totals_ru_cn", table_name="pair_totals")
    op.drop_index("ix_pair_totals_n", table_name="pair_totals")
    op.drop_table("pair_totals")
    op.drop_table("pair_counts")
    op.drop_table("event_counts")
