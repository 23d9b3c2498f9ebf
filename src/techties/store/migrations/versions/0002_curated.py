"""Curated knowledge base: projects, event sources, and the event columns that link
extracted events to curated ones, group reports of one happening and hold the review
verdict. Curated events have no document, so events.document_id becomes nullable.

Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"


def upgrade() -> None:
    op.create_table(
        "projects",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("domains", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_projects")),
    )
    # batch mode: SQLite cannot alter a column or add a foreign key in place
    with op.batch_alter_table("events") as batch:
        batch.alter_column("document_id", existing_type=sa.String(), nullable=True)
        batch.add_column(sa.Column("project_id", sa.String(), nullable=True))
        batch.add_column(sa.Column("curated_id", sa.String(), nullable=True))
        batch.add_column(sa.Column("cluster_id", sa.String(), nullable=True))
        batch.add_column(sa.Column("review_status", sa.String(length=16), nullable=False,
                                   server_default="pending"))
        batch.create_foreign_key(op.f("fk_events_project_id_projects"), "projects",
                                 ["project_id"], ["id"])
        batch.create_foreign_key(op.f("fk_events_curated_id_events"), "events",
                                 ["curated_id"], ["id"], ondelete="SET NULL")
    with op.batch_alter_table("events") as batch:
        batch.alter_column("review_status", server_default=None)
    for column in ("project_id", "curated_id", "cluster_id", "review_status"):
        op.create_index(op.f(f"ix_events_{column}"), "events", [column])
    op.execute("UPDATE events SET review_status = 'verified' WHERE origin = 'curated'")

    op.create_table(
        "event_sources",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("event_id", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("publisher", sa.Text(), nullable=False),
        sa.Column("published", sa.String(length=10), nullable=True),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE",
                                name=op.f("fk_event_sources_event_id_events")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_sources")),
    )
    op.create_index(op.f("ix_event_sources_event_id"), "event_sources", ["event_id"])


def downgrade() -> None:
    op.drop_index(op.f("ix_event_sources_event_id"), table_name="event_sources")
    op.drop_table("event_sources")
    for column in ("project_id", "curated_id", "cluster_id", "review_status"):
        op.drop_index(op.f(f"ix_events_{column}"), table_name="events")
    with op.batch_alter_table("events") as batch:
        batch.drop_constraint(op.f("fk_events_curated_id_events"), type_="foreignkey")
        batch.drop_constraint(op.f("fk_events_project_id_projects"), type_="foreignkey")
        for column in ("review_status", "cluster_id", "curated_id", "project_id"):
            batch.drop_column(column)
        batch.alter_column("document_id", existing_type=sa.String(), nullable=False)
    op.drop_table("projects")
