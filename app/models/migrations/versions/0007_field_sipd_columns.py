"""SIPD id, SIPD status and pengusul on proposals (field imports)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("proposal") as batch:
        batch.add_column(sa.Column("sipd_id", sa.String(length=60), nullable=True))
        batch.add_column(sa.Column("sipd_status", sa.String(length=100), nullable=True))
        batch.add_column(sa.Column("pengusul", sa.String(length=300), nullable=True))
        batch.create_index("ix_proposal_sipd_id", ["sipd_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("proposal") as batch:
        batch.drop_index("ix_proposal_sipd_id")
        batch.drop_column("pengusul")
        batch.drop_column("sipd_status")
        batch.drop_column("sipd_id")
