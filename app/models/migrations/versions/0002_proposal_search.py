"""full-text search over proposals (FTS5)

The index keeps its own copy of the text with the proposal id, rather than pointing at the
proposal table's rowid: rowids of a table with a text primary key may change on VACUUM, and
backups are taken with VACUUM INTO.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE proposal_fts USING fts5("
        "proposal_id UNINDEXED, title, problem, address, "
        "tokenize = 'unicode61 remove_diacritics 2')"
    )
    op.execute(
        "CREATE TRIGGER proposal_fts_insert AFTER INSERT ON proposal BEGIN "
        "INSERT INTO proposal_fts(proposal_id, title, problem, address) "
        "VALUES (new.id, new.title, coalesce(new.problem, ''), coalesce(new.address, '')); END"
    )
    op.execute(
        "CREATE TRIGGER proposal_fts_update AFTER UPDATE OF title, problem, address ON proposal BEGIN "
        "DELETE FROM proposal_fts WHERE proposal_id = old.id; "
        "INSERT INTO proposal_fts(proposal_id, title, problem, address) "
        "VALUES (new.id, new.title, coalesce(new.problem, ''), coalesce(new.address, '')); END"
    )
    op.execute(
        "CREATE TRIGGER proposal_fts_delete AFTER DELETE ON proposal BEGIN "
        "DELETE FROM proposal_fts WHERE proposal_id = old.id; END"
    )
    op.execute(
        "INSERT INTO proposal_fts(proposal_id, title, problem, address) "
        "SELECT id, title, coalesce(problem, ''), coalesce(address, '') FROM proposal"
    )


def downgrade() -> None:
    for trigger in ("proposal_fts_insert", "proposal_fts_update", "proposal_fts_delete"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS proposal_fts")
