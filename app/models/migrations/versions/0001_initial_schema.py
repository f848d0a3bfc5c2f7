"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-28
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "agency",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("abbreviation", sa.String(length=40), nullable=True),
        sa.Column("is_default", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("code"),
    )
    op.create_table(
        "app_setting",
        sa.Column("key", sa.String(length=100), nullable=False),
        sa.Column("value_json", sa.String(), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "attachment",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("mime_type", sa.String(length=100), nullable=False),
        sa.Column("stored_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("sha256"),
    )
    op.create_table(
        "audit_event",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("actor", sa.String(length=100), nullable=True),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("before_json", sa.String(), nullable=True),
        sa.Column("after_json", sa.String(), nullable=True),
        sa.Column("reason", sa.String(length=2000), nullable=True),
        sa.Column("prev_hash", sa.String(length=64), nullable=True),
        sa.Column("hash", sa.String(length=64), nullable=True),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("id"),
    )
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_audit_event_entity_id"), ["entity_id"], unique=False)

    op.create_table(
        "kamus_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=500), nullable=False),
        sa.Column("jenis", sa.String(length=40), nullable=True),
        sa.Column("agency_name", sa.String(length=300), nullable=True),
        sa.Column("agency_code", sa.String(length=40), nullable=True),
        sa.Column("sub_kegiatan_code", sa.String(length=40), nullable=True),
        sa.Column("satuan", sa.String(length=100), nullable=True),
        sa.Column("unit_price", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("kamus_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_kamus_item_code"), ["code"], unique=False)

    op.create_table(
        "local_user",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("username", sa.String(length=60), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("password_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("username"),
    )
    op.create_table(
        "nomenclature_entry",
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("level", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=1000), nullable=False),
        sa.Column("kinerja", sa.String(length=2000), nullable=True),
        sa.Column("indikator", sa.String(length=2000), nullable=True),
        sa.Column("satuan", sa.String(length=100), nullable=True),
        sa.Column("parent_code", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("code"),
    )
    with op.batch_alter_table("nomenclature_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_nomenclature_entry_level"), ["level"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_nomenclature_entry_parent_code"), ["parent_code"], unique=False
        )

    op.create_table(
        "outbox_entry",
        sa.Column("device_seq", sa.Integer(), nullable=False),
        sa.Column("op_id", sa.String(length=36), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("op", sa.String(length=10), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("base_rev", sa.Integer(), nullable=True),
        sa.Column("changed_fields", sa.String(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("state", sa.String(length=10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.String(length=2000), nullable=True),
        sa.PrimaryKeyConstraint("device_seq"),
        sa.UniqueConstraint("op_id"),
    )
    with op.batch_alter_table("outbox_entry", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_outbox_entry_entity"), ["entity"], unique=False)
        batch_op.create_index(batch_op.f("ix_outbox_entry_entity_id"), ["entity_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_outbox_entry_state"), ["state"], unique=False)

    op.create_table(
        "plan_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("plan_kind", sa.String(length=20), nullable=False),
        sa.Column("period", sa.String(length=20), nullable=True),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("parent_code", sa.String(length=40), nullable=True),
        sa.Column("name", sa.String(length=2000), nullable=False),
        sa.Column("indikator", sa.String(length=2000), nullable=True),
        sa.Column("satuan", sa.String(length=100), nullable=True),
        sa.Column("baseline", sa.String(length=100), nullable=True),
        sa.Column("target", sa.String(length=100), nullable=True),
        sa.Column("nomenclature_code", sa.String(length=40), nullable=True),
        sa.Column("agency_code", sa.String(length=40), nullable=True),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("plan_kind", "code"),
    )
    with op.batch_alter_table("plan_item", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_item_level"), ["level"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_plan_item_nomenclature_code"), ["nomenclature_code"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_plan_item_parent_code"), ["parent_code"], unique=False)

    op.create_table(
        "reference_import",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("source_name", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("imported_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "region",
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("level", sa.String(length=12), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("parent_code", sa.String(length=20), nullable=True),
        sa.PrimaryKeyConstraint("code"),
    )
    with op.batch_alter_table("region", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_region_level"), ["level"], unique=False)
        batch_op.create_index(batch_op.f("ix_region_parent_code"), ["parent_code"], unique=False)

    op.create_table(
        "renstra_item",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("agency_code", sa.String(length=40), nullable=False),
        sa.Column("level", sa.String(length=20), nullable=False),
        sa.Column("nomenclature_code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=1000), nullable=False),
        sa.Column("indikator", sa.String(length=2000), nullable=True),
        sa.Column("satuan", sa.String(length=100), nullable=True),
        sa.Column("target", sa.String(length=100), nullable=True),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("indicative_budget", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("renstra_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_renstra_item_agency_code"), ["agency_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_renstra_item_nomenclature_code"), ["nomenclature_code"], unique=False
        )

    op.create_table(
        "sync_base",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("server_rev", sa.Integer(), nullable=False),
        sa.Column("data_json", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("entity", "entity_id"),
    )
    op.create_table(
        "sync_cursor",
        sa.Column("stream", sa.String(length=40), nullable=False),
        sa.Column("cursor", sa.String(length=200), nullable=True),
        sa.Column("server_epoch", sa.String(length=80), nullable=True),
        sa.Column("last_pull_at", sa.String(length=32), nullable=True),
        sa.PrimaryKeyConstraint("stream"),
    )
    op.create_table(
        "agency_bidang",
        sa.Column("agency_code", sa.String(length=40), nullable=False),
        sa.Column("bidang_code", sa.String(length=10), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_code"],
            ["agency.code"],
        ),
        sa.PrimaryKeyConstraint("agency_code", "bidang_code"),
    )
    with op.batch_alter_table("agency_bidang", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_agency_bidang_bidang_code"), ["bidang_code"], unique=False
        )

    op.create_table(
        "planning_cycle",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("kecamatan_code", sa.String(length=20), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("pagu_total", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["kecamatan_code"],
            ["region.code"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("kecamatan_code", "year"),
    )
    with op.batch_alter_table("planning_cycle", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_planning_cycle_deleted"), ["deleted"], unique=False)
        batch_op.create_index(batch_op.f("ix_planning_cycle_year"), ["year"], unique=False)

    op.create_table(
        "forum_session",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("cycle_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("place", sa.String(length=300), nullable=True),
        sa.Column("chair", sa.String(length=200), nullable=True),
        sa.Column("minute_taker", sa.String(length=200), nullable=True),
        sa.Column("speakers", sa.String(length=5000), nullable=True),
        sa.Column("agenda", sa.String(length=5000), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("sealed_at", sa.String(length=32), nullable=True),
        sa.Column("digest", sa.String(length=64), nullable=True),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["planning_cycle.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("forum_session", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_forum_session_cycle_id"), ["cycle_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_forum_session_deleted"), ["deleted"], unique=False)

    op.create_table(
        "pagu_agency",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("cycle_id", sa.String(length=36), nullable=False),
        sa.Column("agency_code", sa.String(length=40), nullable=False),
        sa.Column("amount", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["agency_code"],
            ["agency.code"],
        ),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["planning_cycle.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("cycle_id", "agency_code"),
    )
    with op.batch_alter_table("pagu_agency", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pagu_agency_cycle_id"), ["cycle_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pagu_agency_deleted"), ["deleted"], unique=False)

    op.create_table(
        "proposal",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("cycle_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.String(length=40), nullable=True),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("planning_year", sa.Integer(), nullable=False),
        sa.Column("desa_code", sa.String(length=20), nullable=True),
        sa.Column("dusun", sa.String(length=100), nullable=True),
        sa.Column("rt", sa.String(length=10), nullable=True),
        sa.Column("rw", sa.String(length=10), nullable=True),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("problem", sa.String(length=5000), nullable=True),
        sa.Column("address", sa.String(length=500), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("volume", sa.Float(), nullable=True),
        sa.Column("satuan", sa.String(length=50), nullable=True),
        sa.Column("estimated_cost", sa.Integer(), nullable=True),
        sa.Column("agreed_amount", sa.Integer(), nullable=True),
        sa.Column("beneficiaries", sa.Integer(), nullable=True),
        sa.Column("beneficiaries_women", sa.Integer(), nullable=True),
        sa.Column("beneficiaries_poor", sa.Integer(), nullable=True),
        sa.Column("beneficiaries_disabled", sa.Integer(), nullable=True),
        sa.Column("village_rank", sa.Integer(), nullable=True),
        sa.Column("kewenangan", sa.String(length=12), nullable=True),
        sa.Column("agency_code", sa.String(length=40), nullable=True),
        sa.Column("bidang_code", sa.String(length=10), nullable=True),
        sa.Column("program_code", sa.String(length=40), nullable=True),
        sa.Column("kegiatan_code", sa.String(length=40), nullable=True),
        sa.Column("sub_kegiatan_code", sa.String(length=40), nullable=True),
        sa.Column("rpjmd_code", sa.String(length=40), nullable=True),
        sa.Column("land_ready", sa.Boolean(), nullable=False),
        sa.Column("land_certificate", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_reason", sa.String(length=2000), nullable=True),
        sa.Column("merged_into_id", sa.String(length=36), nullable=True),
        sa.Column("upstream_status", sa.String(length=40), nullable=True),
        sa.Column("upstream_reason", sa.String(length=2000), nullable=True),
        sa.Column("is_demo", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["cycle_id"],
            ["planning_cycle.id"],
        ),
        sa.ForeignKeyConstraint(
            ["desa_code"],
            ["region.code"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("proposal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_proposal_cycle_id"), ["cycle_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_proposal_deleted"), ["deleted"], unique=False)
        batch_op.create_index(batch_op.f("ix_proposal_desa_code"), ["desa_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_proposal_status"), ["status"], unique=False)

    op.create_table(
        "attendance",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("unsur", sa.String(length=60), nullable=False),
        sa.Column("institution", sa.String(length=200), nullable=True),
        sa.Column("desa_code", sa.String(length=20), nullable=True),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["forum_session.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attendance_deleted"), ["deleted"], unique=False)
        batch_op.create_index(batch_op.f("ix_attendance_session_id"), ["session_id"], unique=False)

    op.create_table(
        "decision",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("proposal_id", sa.String(length=36), nullable=False),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("priority", sa.Integer(), nullable=True),
        sa.Column("agreed_amount", sa.Integer(), nullable=True),
        sa.Column("reason", sa.String(length=2000), nullable=True),
        sa.Column("merged_into_id", sa.String(length=36), nullable=True),
        sa.Column("decided_by", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["proposal.id"],
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["forum_session.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decision_deleted"), ["deleted"], unique=False)
        batch_op.create_index(batch_op.f("ix_decision_proposal_id"), ["proposal_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_decision_session_id"), ["session_id"], unique=False)

    op.create_table(
        "delegate",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("session_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("sex", sa.String(length=1), nullable=False),
        sa.Column("unsur", sa.String(length=60), nullable=True),
        sa.Column("institution", sa.String(length=200), nullable=True),
        sa.Column("role", sa.String(length=100), nullable=True),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["forum_session.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("delegate", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_delegate_deleted"), ["deleted"], unique=False)
        batch_op.create_index(batch_op.f("ix_delegate_session_id"), ["session_id"], unique=False)

    op.create_table(
        "proposal_attachment",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("proposal_id", sa.String(length=36), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("original_name", sa.String(length=255), nullable=False),
        sa.Column("caption", sa.String(length=500), nullable=True),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["proposal.id"],
        ),
        sa.ForeignKeyConstraint(
            ["sha256"],
            ["attachment.sha256"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("proposal_attachment", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_proposal_attachment_deleted"), ["deleted"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_proposal_attachment_proposal_id"), ["proposal_id"], unique=False
        )

    op.create_table(
        "routing_confirmation",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("rev", sa.Integer(), nullable=False),
        sa.Column("deleted", sa.Boolean(), nullable=False),
        sa.Column("proposal_id", sa.String(length=36), nullable=True),
        sa.Column("text", sa.String(length=5000), nullable=False),
        sa.Column("bidang_code", sa.String(length=10), nullable=False),
        sa.Column("agency_code", sa.String(length=40), nullable=True),
        sa.Column("sub_kegiatan_code", sa.String(length=40), nullable=True),
        sa.Column("suggested_bidang_code", sa.String(length=10), nullable=True),
        sa.Column("accepted", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["proposal_id"],
            ["proposal.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("routing_confirmation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_routing_confirmation_deleted"), ["deleted"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("routing_confirmation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_routing_confirmation_deleted"))

    op.drop_table("routing_confirmation")
    with op.batch_alter_table("proposal_attachment", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_proposal_attachment_proposal_id"))
        batch_op.drop_index(batch_op.f("ix_proposal_attachment_deleted"))

    op.drop_table("proposal_attachment")
    with op.batch_alter_table("delegate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delegate_session_id"))
        batch_op.drop_index(batch_op.f("ix_delegate_deleted"))

    op.drop_table("delegate")
    with op.batch_alter_table("decision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decision_session_id"))
        batch_op.drop_index(batch_op.f("ix_decision_proposal_id"))
        batch_op.drop_index(batch_op.f("ix_decision_deleted"))

    op.drop_table("decision")
    with op.batch_alter_table("attendance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attendance_session_id"))
        batch_op.drop_index(batch_op.f("ix_attendance_deleted"))

    op.drop_table("attendance")
    with op.batch_alter_table("proposal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_proposal_status"))
        batch_op.drop_index(batch_op.f("ix_proposal_desa_code"))
        batch_op.drop_index(batch_op.f("ix_proposal_deleted"))
        batch_op.drop_index(batch_op.f("ix_proposal_cycle_id"))

    op.drop_table("proposal")
    with op.batch_alter_table("pagu_agency", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_pagu_agency_deleted"))
        batch_op.drop_index(batch_op.f("ix_pagu_agency_cycle_id"))

    op.drop_table("pagu_agency")
    with op.batch_alter_table("forum_session", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_forum_session_deleted"))
        batch_op.drop_index(batch_op.f("ix_forum_session_cycle_id"))

    op.drop_table("forum_session")
    with op.batch_alter_table("planning_cycle", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_planning_cycle_year"))
        batch_op.drop_index(batch_op.f("ix_planning_cycle_deleted"))

    op.drop_table("planning_cycle")
    with op.batch_alter_table("agency_bidang", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agency_bidang_bidang_code"))

    op.drop_table("agency_bidang")
    op.drop_table("sync_cursor")
    op.drop_table("sync_base")
    with op.batch_alter_table("renstra_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_renstra_item_nomenclature_code"))
        batch_op.drop_index(batch_op.f("ix_renstra_item_agency_code"))

    op.drop_table("renstra_item")
    with op.batch_alter_table("region", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_region_parent_code"))
        batch_op.drop_index(batch_op.f("ix_region_level"))

    op.drop_table("region")
    op.drop_table("reference_import")
    with op.batch_alter_table("plan_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_plan_item_parent_code"))
        batch_op.drop_index(batch_op.f("ix_plan_item_nomenclature_code"))
        batch_op.drop_index(batch_op.f("ix_plan_item_level"))

    op.drop_table("plan_item")
    with op.batch_alter_table("outbox_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_outbox_entry_state"))
        batch_op.drop_index(batch_op.f("ix_outbox_entry_entity_id"))
        batch_op.drop_index(batch_op.f("ix_outbox_entry_entity"))

    op.drop_table("outbox_entry")
    with op.batch_alter_table("nomenclature_entry", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_nomenclature_entry_parent_code"))
        batch_op.drop_index(batch_op.f("ix_nomenclature_entry_level"))

    op.drop_table("nomenclature_entry")
    op.drop_table("local_user")
    with op.batch_alter_table("kamus_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_kamus_item_code"))

    op.drop_table("kamus_item")
    with op.batch_alter_table("audit_event", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_event_entity_id"))

    op.drop_table("audit_event")
    op.drop_table("attachment")
    op.drop_table("app_setting")
    op.drop_table("agency")
