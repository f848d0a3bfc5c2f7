"""indexes for the proposal list's filter choices

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_COLUMNS = ("agency_code", "bidang_code", "kewenangan")


def upgrade() -> None:
    for column in _COLUMNS:
        op.create_index(
            f"ix_proposal_cycle_{column}", "proposal", ["cycle_id", "deleted", column], unique=False
        )


def downgrade() -> None:
    for column in _COLUMNS:
        op.drop_index(f"ix_proposal_cycle_{column}", table_name="proposal")
