"""proposal_desk: problem flags on proposals, form drafts, list indexes

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("proposal") as batch:
        batch.add_column(
            sa.Column("problem_count", sa.Integer(), nullable=False, server_default="0")
        )
    op.create_index(
        "ix_proposal_cycle_deleted_desa",
        "proposal",
        ["cycle_id", "deleted", "desa_code"],
        unique=False,
    )
    op.create_table(
        "proposal_draft",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("proposal_id", sa.String(length=36), nullable=True),
        sa.Column("cycle_id", sa.String(length=36), nullable=False),
        sa.Column("form_json", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["cycle_id"], ["planning_cycle.id"]),
        sa.ForeignKeyConstraint(["proposal_id"], ["proposal.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_proposal_draft_cycle_id", "proposal_draft", ["cycle_id"], unique=False)
    op.create_index(
        "ix_proposal_draft_proposal_id", "proposal_draft", ["proposal_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_proposal_draft_proposal_id", table_name="proposal_draft")
    op.drop_index("ix_proposal_draft_cycle_id", table_name="proposal_draft")
    op.drop_table("proposal_draft")
    op.drop_index("ix_proposal_cycle_deleted_desa", table_name="proposal")
    # A plain DROP COLUMN (SQLite ≥ 3.35): a batch copy of the table would drop its FTS triggers.
    op.execute("ALTER TABLE proposal DROP COLUMN problem_count")
