"""sync probe fixes: idempotent enrolment key, per-kecamatan attachment uploads

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-02 05:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("enrolment_code", schema=None) as batch_op:
        batch_op.add_column(sa.Column("enrol_key_hash", sa.String(length=64), nullable=True))
    op.create_table(
        "blob_upload",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("kecamatan_code", sa.String(length=20), nullable=False),
        sa.Column("size", sa.BigInteger(), nullable=False),
        sa.Column("received", sa.BigInteger(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("sha256", "kecamatan_code"),
    )


def downgrade() -> None:
    op.drop_table("blob_upload")
    with op.batch_alter_table("enrolment_code", schema=None) as batch_op:
        batch_op.drop_column("enrol_key_hash")
