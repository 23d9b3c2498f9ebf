"""Science ties: China–Russia co-publications imported from OpenAlex, their domains, their
institutions resolved to knowledge-base actors, and the progress of paged API imports
(issue: science ties from co-publications).

Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"

# Spelled out here rather than imported from models.py: a revision keeps describing the
# schema as it was when written.
TIMESTAMP = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "science_works",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("published", sa.String(length=10), nullable=True),
        sa.Column("doi", sa.Text(), nullable=True),
        sa.Column("type", sa.String(length=32), nullable=True),
        sa.Column("venue", sa.Text(), nullable=True),
        sa.Column("cited_by", sa.Integer(), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("imported_at", TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_science_works")),
    )
    op.create_index(op.f("ix_science_works_year"), "science_works", ["year"])

    op.create_table(
        "science_work_domains",
        sa.Column("work_id", sa.String(), nullable=False),
        sa.Column("domain", sa.String(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["work_id"], ["science_works.id"], ondelete="CASCADE",
                                name=op.f("fk_science_work_domains_work_id_science_works")),
        sa.PrimaryKeyConstraint("work_id", "domain", name=op.f("pk_science_work_domains")),
    )
    op.create_index("ix_science_work_domains_domain_work", "science_work_domains",
                    ["domain", "work_id"])

    op.create_table(
        "science_institutions",
        sa.Column("id", sa.String(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("country", sa.String(length=2), nullable=True),
        sa.Column("ror", sa.String(), nullable=True),
        sa.Column("actor_id", sa.String(), nullable=True),
        sa.Column("resolved_by", sa.String(length=16), nullable=True),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"],
                                name=op.f("fk_science_institutions_actor_id_actors")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_science_institutions")),
    )
    op.create_index(op.f("ix_science_institutions_actor_id"), "science_institutions", ["actor_id"])

    op.create_table(
        "science_authorships",
        sa.Column("work_id", sa.String(), nullable=False),
        sa.Column("institution_id", sa.String(), nullable=False),
        sa.Column("side", sa.String(length=2), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["work_id"], ["science_works.id"], ondelete="CASCADE",
                                name=op.f("fk_science_authorships_work_id_science_works")),
        sa.ForeignKeyConstraint(["institution_id"], ["science_institutions.id"],
                                name=op.f("fk_science_authorships_institution_id_science_institutions")),
        sa.PrimaryKeyConstraint("work_id", "institution_id", name=op.f("pk_science_authorships")),
    )
    op.create_index(op.f("ix_science_authorships_institution_id"), "science_authorships",
                    ["institution_id"])

    op.create_table(
        "science_imports",
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("cursor", sa.Text(), nullable=True),
        sa.Column("pages", sa.Integer(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("updated_at", TIMESTAMP, nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_science_imports")),
    )


def downgrade() -> None:
    op.drop_table("science_imports")
    op.drop_index(op.f("ix_science_authorships_institution_id"), table_name="science_authorships")
    op.drop_table("science_authorships")
    op.drop_index(op.f("ix_science_institutions_actor_id"), table_name="science_institutions")
    op.drop_table("science_institutions")
    op.drop_index("ix_science_work_domains_domain_work", table_name="science_work_domains")
    op.drop_table("science_work_domains")
    op.drop_index(op.f("ix_science_works_year"), table_name="science_works")
    op.drop_table("science_works")
