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


def _column(name: str, type_: sa.types.TypeEngine[str] | None = None) -> sa.Column[str]:
    return sa.Column(name, type_ or sa.Text(), nullable=False)


def _counts_table(name: str, keys: list[sa.Column[str]], *labels: sa.Column[str]) -> None:
    """A table of counts: its key columns (the primary key), the count `n`, then `labels`."""
    op.create_table(name, *keys, sa.Column("n", sa.Integer(), nullable=False), *labels,
                    sa.PrimaryKeyConstraint(*(c.name for c in keys), name=f"pk_{name}"))


def upgrade() -> None:
    _counts_table("event_counts",
                  [_column("name", sa.String(length=32)), _column("key"), _column("period")])
    _counts_table("pair_counts", [_column("cn"), _column("ru"), _column("year", sa.String(length=4))])
    _counts_table("pair_totals", [_column("cn"), _column("ru")], _column("cn_name"), _column("ru_name"))
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
