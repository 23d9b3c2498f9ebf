"""Word search on a full-text index: one `event_search` row per event (summary, document
title, evidence; Chinese runs as character bigrams), indexed by FTS5 on SQLite (kept in
step by triggers) and on PostgreSQL by a GIN index over a stored column
words = to_tsvector('russian', body).
Existing events are indexed here (issue: the dashboard at a million events).

Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from techties.store.search import body

revision: str = "0009"
down_revision: str | None = "0008"

CHUNK = 2000
SQLITE_INDEX = (
    "CREATE VIRTUAL TABLE event_search_fts USING fts5(body, content='event_search', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER event_search_ai AFTER INSERT ON event_search BEGIN "
    "INSERT INTO event_search_fts(rowid, body) VALUES (new.id, new.body); END",
    "CREATE TRIGGER event_search_ad AFTER DELETE ON event_search BEGIN "
    "INSERT INTO event_search_fts(event_search_fts, rowid, body) "
    "VALUES ('delete', old.id, old.body); END",
    "CREATE TRIGGER event_search_au AFTER UPDATE ON event_search BEGIN "
    "INSERT INTO event_search_fts(event_search_fts, rowid, body) "
    "VALUES ('delete', old.id, old.body); "
    "INSERT INTO event_search_fts(rowid, body) VALUES (new.id, new.body); END",
)
# A stored vector, so that a match re-checked on the heap (phrases, prefixes) reads it rather
# than running to_tsvector again on every candidate row.
POSTGRES_INDEX = (
    "ALTER TABLE event_search ADD COLUMN words tsvector "
    "GENERATED ALWAYS AS (to_tsvector('russian'::regconfig, body)) STORED",
    "CREATE INDEX ix_event_search_words ON event_search USING gin (words)",
)


def _backfill(conn: sa.Connection) -> None:
    events = sa.table("events", sa.column("id", sa.String), sa.column("summary", sa.Text),
                      sa.column("document_id", sa.String))
    documents = sa.table("documents", sa.column("id", sa.String), sa.column("title", sa.Text))
    evidence = sa.table("evidence", sa.column("event_id", sa.String),
                        sa.column("position", sa.Integer), sa.column("text", sa.Text))
    search = sa.table("event_search", sa.column("event_id", sa.String),
                      sa.column("body", sa.Text))
    ids = list(conn.scalars(sa.select(events.c.id).order_by(events.c.id)))
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        sentences: dict[str, list[str]] = {}
        for event_id, sentence in conn.execute(
                sa.select(evidence.c.event_id, evidence.c.text)
                .where(evidence.c.event_id.in_(chunk))
                .order_by(evidence.c.event_id, evidence.c.position)):
            sentences.setdefault(event_id, []).append(sentence)
        rows = [{"event_id": event_id,
                 "body": body(summary or "", title or "", sentences.get(event_id, []))}
                for event_id, summary, title in conn.execute(
                    sa.select(events.c.id, events.c.summary, documents.c.title)
                    .select_from(events.outerjoin(documents,
                                                  documents.c.id == events.c.document_id))
                    .where(events.c.id.in_(chunk)))]
        if rows:
            conn.execute(sa.insert(search), rows)


def upgrade() -> None:
    op.create_table(
        "event_search",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE"),
        sa.UniqueConstraint("event_id"),
    )
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for statement in SQLITE_INDEX:
            op.execute(statement)
        _backfill(conn)
    else:
        _backfill(conn)  # before the index: one build beats a million index updates
        for statement in POSTGRES_INDEX:
            op.execute(statement)


def downgrade() -> None:
    conn = op.get_bind()
    if conn.dialect.name == "sqlite":
        for name in ("event_search_ai", "event_search_ad", "event_search_au"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS event_search_fts")
    else:
        op.execute("DROP INDEX IF EXISTS ix_event_search_words")
        op.execute("ALTER TABLE event_search DROP COLUMN IF EXISTS words")
    op.drop_table("event_search")
