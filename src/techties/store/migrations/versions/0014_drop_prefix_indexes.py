"""Ingest at the speed of extraction (issue 13): indexes whose columns lead a composite
index are dropped. Each cost an insert into its b-tree for every event, domain or actor
row an ingest writes, and answered nothing the composite does not: a look-up by the
leading columns reads the composite the same way.

Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"

# index → (table, its columns); the composite that leads with them is named beside
PREFIX_INDEXES = {
    "ix_events_type": ("events", ["type"]),  # ix_events_type_date_id
    "ix_events_stage": ("events", ["stage"]),  # ix_events_stage_date_id
    "ix_events_date": ("events", ["date"]),  # ix_events_date_id
    "ix_events_review_status": ("events", ["review_status"]),  # ix_events_review_origin
    "ix_event_domains_domain": ("event_domains", ["domain"]),  # ix_event_domains_domain_event
    "ix_event_actors_event_id": ("event_actors", ["event_id"]),  # ix_event_actors_event_side_actor
    "ix_event_actors_actor_id": ("event_actors", ["actor_id"]),  # ix_event_actors_actor_side_event
}


def upgrade() -> None:
    for name, (table, _columns) in PREFIX_INDEXES.items():
        op.drop_index(name, table_name=table)


def downgrade() -> None:
    for name, (table, columns) in PREFIX_INDEXES.items():
        op.create_index(name, table, columns)
