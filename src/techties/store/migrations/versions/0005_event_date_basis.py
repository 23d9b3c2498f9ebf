"""Event dates with their precision (year, month, day) and basis (stated in the evidence,
the document's date, a dateline in its text, or unknown), so every screen reads one date
(issue: one date for an event, used everywhere).

Events stored before carry no basis: a date equal to its document's month is taken as the
document's, another date as stated (curated dates are the analyst's), none as unknown.

Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("date_precision", sa.String(length=8), nullable=True))
        batch.add_column(sa.Column("date_basis", sa.String(length=16), nullable=False,
                                   server_default="unknown"))
    events = sa.table("events", sa.column("date", sa.String), sa.column("document_id", sa.String),
                      sa.column("date_precision", sa.String), sa.column("date_basis", sa.String))
    documents = sa.table("documents", sa.column("id", sa.String), sa.column("published", sa.String))
    length = sa.func.length(events.c.date)
    op.execute(events.update().values(date_precision=sa.case(
        (length == 4, "year"), (length == 7, "month"), (length == 10, "day"), else_=None)))
    from_document = (sa.select(documents.c.id)
                     .where(documents.c.id == events.c.document_id,
                            sa.func.substr(documents.c.published, 1, 7) == events.c.date)
                     .exists())
    op.execute(events.update().where(events.c.date.is_not(None), from_document)
               .values(date_basis="document"))
    op.execute(events.update().where(events.c.date.is_not(None), ~from_document)
               .values(date_basis="stated"))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("date_basis")
        batch.drop_column("date_precision")
