"""The network within a window of years at a million events (issue 13): the pair counters'
yearly rows read through an index that holds the count too, so that each pair's years in
the window are read from the index alone (an index-only scan on PostgreSQL, a covering
index on SQLite) instead of one table page per pair.

Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"


def upgrade() -> None:
    op.create_index("ix_pair_counts_cover", "pair_counts", ["cn", "ru", "year", "n"])
    op.create_index("ix_pair_facet_counts_cover", "pair_facet_counts",
                    ["facet", "value", "cn", "ru", "year", "n"])
    # PostgreSQL reads an index alone where the table's visibility map says its pages are
    # all visible; autovacuum writes that map after the counters' writes, as for any table
    op.execute("ANALYZE pair_counts")
    op.execute("ANALYZE pair_facet_counts")


def downgrade() -> None:
    op.drop_index("ix_pair_facet_counts_cover", table_name="pair_facet_counts")
    op.drop_index("ix_pair_counts_cover", table_name="pair_counts")
