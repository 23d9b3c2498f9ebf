"""The network filtered by one domain or one type at a million events (issue 13): the events
each pair of knowledge-base actors, a Chinese and a Russian, shares per domain and per type,
by year (pair_facet_counts) and in all (pair_facet_totals, read heaviest first), kept at
every write by store/counters.py like pair_counts; here counted once from the stored rows.
On SQLite also search_terms, every term of the FTS5 word-search index (store/search.py:
a query word with few terms is asked as their OR, which FTS5 reads lazily), here read from
the index itself.

Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"

# Each actor once per side of an event, as store/counters.py counts them.
PAIRS = """
WITH cn AS (SELECT DISTINCT event_id, actor_id FROM event_actors
            WHERE side = 'CN' AND actor_id IS NOT NULL),
     ru AS (SELECT DISTINCT event_id, actor_id FROM event_actors
            WHERE side = 'RU' AND actor_id IS NOT NULL),
     pairs AS (SELECT cn.event_id AS event_id, cn.actor_id AS cn, ru.actor_id AS ru,
                      e.type AS type, coalesce(substr(e.date, 1, 4), '') AS year
               FROM cn JOIN ru ON ru.event_id = cn.event_id
               JOIN events e ON e.id = cn.event_id)
INSERT INTO pair_facet_counts (facet, value, cn, ru, year, n)
SELECT facet, value, cn, ru, year, count(*) FROM (
    SELECT 'domain' AS facet, d.domain AS value, p.cn AS cn, p.ru AS ru, p.year AS year
    FROM pairs p JOIN (SELECT DISTINCT event_id, domain FROM event_domains) d
         ON d.event_id = p.event_id
    UNION ALL
    SELECT 'type', p.type, p.cn, p.ru, p.year FROM pairs p
) AS facets
GROUP BY facet, value, cn, ru, year
"""
TOTALS = """
INSERT INTO pair_facet_totals (facet, value, cn, ru, n)
SELECT facet, value, cn, ru, sum(n) FROM pair_facet_counts GROUP BY facet, value, cn, ru
"""


def upgrade() -> None:
    op.create_table(
        "pair_facet_counts",
        sa.Column("facet", sa.String(length=8), nullable=False),
        sa.Column("value", sa.String(length=32), nullable=False),
        sa.Column("cn", sa.Text(), nullable=False),
        sa.Column("ru", sa.Text(), nullable=False),
        sa.Column("year", sa.String(length=4), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("facet", "value", "cn", "ru", "year",
                                name="pk_pair_facet_counts"),
    )
    op.create_table(
        "pair_facet_totals",
        sa.Column("facet", sa.String(length=8), nullable=False),
        sa.Column("value", sa.String(length=32), nullable=False),
        sa.Column("cn", sa.Text(), nullable=False),
        sa.Column("ru", sa.Text(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("facet", "value", "cn", "ru", name="pk_pair_facet_totals"),
    )
    op.execute(PAIRS)
    op.execute(TOTALS)
    op.create_index("ix_pair_facet_totals_order", "pair_facet_totals",
                    ["facet", "value", sa.text("n DESC"), "cn", "ru"])
    op.execute("ANALYZE pair_facet_counts")
    op.execute("ANALYZE pair_facet_totals")
    if op.get_bind().dialect.name == "sqlite":
        create_search_terms()


def create_search_terms() -> None:
    """SQLite: the table of index terms, filled from the FTS5 index's vocabulary."""
    op.execute("CREATE TABLE search_terms (term TEXT PRIMARY KEY) WITHOUT ROWID")
    op.execute("CREATE VIRTUAL TABLE temp.event_search_vocab "
               "USING fts5vocab(main, event_search_fts, 'row')")
    op.execute("INSERT INTO search_terms (term) SELECT term FROM temp.event_search_vocab")
    op.execute("DROP TABLE temp.event_search_vocab")


def downgrade() -> None:
    op.execute("DROP TABLE IF EXISTS search_terms")
    op.drop_index("ix_pair_facet_totals_order", table_name="pair_facet_totals")
    op.drop_table("pair_facet_totals")
    op.drop_table("pair_facet_counts")
