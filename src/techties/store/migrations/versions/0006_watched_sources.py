"""Watched sources: the polling state of `techties watch` per feed or page (last poll, last
success, last error, consecutive failures, ETag and Last-Modified, documents taken), so a
restarted monitor keeps its schedule and its conditional requests (issue: live monitoring).

Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"

# Spelled out here rather than imported from models.py: a revision keeps describing the
# schema as it was when written.
TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "watched_sources",
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=True),
        sa.Column("lang", sa.String(length=8), nullable=True),
        sa.Column("interval", sa.Float(), nullable=False),
        sa.Column("last_poll", TIMESTAMP, nullable=True),
        sa.Column("last_success", TIMESTAMP, nullable=True),
        sa.Column("last_status", sa.String(length=16), nullable=True),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("next_poll", TIMESTAMP, nullable=True),
        sa.Column("etag", sa.Text(), nullable=True),
        sa.Column("last_modified", sa.Text(), nullable=True),
        sa.Column("items_taken", sa.Integer(), nullable=False),
        sa.Column("last_items", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("url", name=op.f("pk_watched_sources")),
    )


def downgrade() -> None:
    op.drop_table("watched_sources")
