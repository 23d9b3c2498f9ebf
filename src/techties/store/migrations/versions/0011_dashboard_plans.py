"""The dashboard's pages at a million events (issue 13), read along indexes rather than by
aggregating or sorting every match:

- facet_counts: events per domain ('*': all, once), type, stage, origin and year, kept at
  every write (store/counters.py), so the events page counts its common filters exactly;
- composite indexes for a stage or a type in date order (on PostgreSQL in the pages' order,
  date DESC NULLS LAST, id DESC), for the network's heaviest pairs, and for the kinds of
  cited pages;
- on SQLite, the word-search index rows renumbered so that each id carries its event's date
  key (store/search.py: date_key), and the FTS5 index rebuilt over the new ids.

Create Date: 2026-12-06
"""

from __future__ import annotations

import zlib

import sqlalchemy as sa
from alembic import op

from techties.store.search import SEQ_BITS, date_key

revision: str = "0011"
down_revision: str | None = "0010"

FACETS = """
INSERT INTO facet_counts (domain, type, stage, origin, year, n)
SELECT domain, type, stage, origin, year, count(*) FROM (
    SELECT d.domain AS domain, e.type AS type, e.stage AS stage, e.origin AS origin,
           coalesce(substr(e.date, 1, 4), '') AS year
    FROM events e JOIN event_domains d ON d.event_id = e.id
    UNION ALL
    SELECT '*', e.type, e.stage, e.origin, coalesce(substr(e.date, 1, 4), '')
    FROM events e
) AS facets
GROUP BY domain, type, stage, origin, year
"""
TRIGGERS = ("event_search_ai", "event_search_ad", "event_search_au")


def _renumber_search_rows(conn: sa.Connection) -> None:
    """SQLite: give each index row the id search.index_events would give it now, then
    rebuild the FTS5 index (its rowids are those ids)."""
    rows = conn.execute(sa.text(
        "SELECT s.id, s.event_id, e.date FROM event_search s JOIN events e ON e.id = s.event_id"
    )).all()
    if not rows:
        return
    span = 1 << SEQ_BITS
    taken: set[int] = set()
    mapping = []
    for old, event_id, date in rows:
        key = date_key(date)
        seq = zlib.crc32(event_id.encode()) % (span - 1) + 1
        while (key << SEQ_BITS) | seq in taken:
            seq = seq % (span - 1) + 1
        taken.add((key << SEQ_BITS) | seq)
        mapping.append({"old": old, "new": (key << SEQ_BITS) | seq})
    for name in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("CREATE TEMP TABLE search_ids (old INTEGER PRIMARY KEY, new INTEGER NOT NULL)")
    conn.execute(sa.text("INSERT INTO search_ids (old, new) VALUES (:old, :new)"), mapping)
    # through negative ids, so that no new id meets an old one on the way
    op.execute("UPDATE event_search SET id = -id")
    op.execute("UPDATE event_search SET id = (SELECT new FROM search_ids WHERE old = -event_search.id)")
    op.execute("DROP TABLE search_ids")
    op.execute("INSERT INTO event_search_fts(event_search_fts) VALUES ('rebuild')")
    _create_triggers()


def _create_triggers() -> None:
    """The triggers of revision 0009, which keep the FTS5 index in step with event_search."""
    op.execute("CREATE TRIGGER event_search_ai AFTER INSERT ON event_search BEGIN "
               "INSERT INTO event_search_fts(rowid, body) VALUES (new.id, new.body); END")
    op.execute("CREATE TRIGGER event_search_ad AFTER DELETE ON event_search BEGIN "
               "INSERT INTO event_search_fts(event_search_fts, rowid, body) "
               "VALUES ('delete', old.id, old.body); END")
    op.execute("CREATE TRIGGER event_search_au AFTER UPDATE ON event_search BEGIN "
               "INSERT INTO event_search_fts(event_search_fts, rowid, body) "
               "VALUES ('delete', old.id, old.body); "
               "INSERT INTO event_search_fts(rowid, body) VALUES (new.id, new.body); END")


def upgrade() -> None:
    op.create_table(
        "facet_counts",
        sa.Column("domain", sa.String(length=32), nullable=False),
        sa.Column("type", sa.String(length=32), nullable=False),
        sa.Column("stage", sa.String(length=32), nullable=False),
        sa.Column("origin", sa.String(length=16), nullable=False),
        sa.Column("year", sa.String(length=4), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("domain", "type", "stage", "origin", "year",
                                name="pk_facet_counts"),
    )
    op.execute(FACETS)
    conn = op.get_bind()
    if conn.dialect.name == "postgresql":
        op.execute("CREATE INDEX ix_events_stage_date_id ON events "
                   "(stage, date DESC NULLS LAST, id DESC)")
        op.execute("CREATE INDEX ix_events_type_date_id ON events "
                   "(type, date DESC NULLS LAST, id DESC)")
    else:
        op.create_index("ix_events_stage_date_id", "events", ["stage", "date", "id"])
        op.create_index("ix_events_type_date_id", "events", ["type", "date", "id"])
    op.create_index("ix_pair_totals_order", "pair_totals", [sa.text("n DESC"), "cn", "ru"])
    op.create_index("ix_event_sources_kind", "event_sources", ["kind"])
    if conn.dialect.name == "sqlite":
        _renumber_search_rows(conn)
        op.execute("ANALYZE")
    else:
        op.execute("ANALYZE events")


def downgrade() -> None:
    op.drop_index("ix_event_sources_kind", table_name="event_sources")
    op.drop_index("ix_pair_totals_order", table_name="pair_totals")
    op.drop_index("ix_events_type_date_id", table_name="events")
    op.drop_index("ix_events_stage_date_id", table_name="events")
    op.drop_table("facet_counts")
    # the SQLite index rows keep their date-keyed ids: any distinct ids serve revision 0010
