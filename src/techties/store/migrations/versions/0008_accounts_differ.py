"""A curated event's note on diverging accounts: where the two countries' official accounts,
or official and independent reporting, differ about it (issue 15: two voices). Nullable
text; events stored before have none.

Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("accounts_differ", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("accounts_differ")
