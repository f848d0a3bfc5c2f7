"""forum: criteria weights, ratings and manual reordering per forum session

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def _synced_columns() -> list[sa.Column[object]]:
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
    ]


def upgrade() -> None:
    op.create_table(
        "forum_criterion",
        *_synced_columns(),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("key", sa.String(length=30), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("weight", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["session_id"], ["forum_session.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("session_id", "key"),
    )
    with op.batch_alter_table("forum_criterion", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_forum_criterion_deleted"), ["deleted"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_forum_criterion_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "forum_rating",
        *_synced_columns(),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("proposal_id", sa.String(length=36), nullable=False),
        sa.Column("criterion_key", sa.String(length=30), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=True),
        sa.ForeignKeyConstraint(["proposal_id"], ["proposal.id"]),
        sa.ForeignKeyConstraint(["session_id"], ["forum_session.id"]),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("session_id", "proposal_id", "criterion_key"),
    )
    with op.batch_alter_table("forum_rating", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_forum_rating_deleted"), ["deleted"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_forum_rating_proposal_id"), ["proposal_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_forum_rating_session_id"), ["session_id"], unique=False
        )

    op.create_table(
        "forum_order_override",
        *_synced_columns(),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("proposal_id", sa.String(length=36), nullable=False),
        sa.Column("position", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=2000), nullable=False),
        sa.Column("decided_by", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(["proposal_id"], ["proposal.id"]),
        sa.ForeignKeyConstraint(["session_id"], ["forum_session.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("forum_order_override", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_forum_order_override_deleted"), ["deleted"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_forum_order_override_proposal_id"), ["proposal_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_forum_order_override_session_id"), ["session_id"], unique=False
        )


def downgrade() -> None:
    for table in ("forum_order_override", "forum_rating", "forum_criterion"):
        op.drop_table(table)
