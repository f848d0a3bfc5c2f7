"""Creating, editing, deleting proposals: numbering, audit before/after, drafts, routing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from app.core.attachments import PendingFile
from app.core.audit import verify_chain
from app.core.proposal_rules import ProposalInput
from app.core.proposal_service import (
    ProposalValidationFailed,
    SuggestedRouting,
    delete_proposal,
    discard_draft,
    draft_for_proposal,
    list_drafts,
    load_draft,
    load_input,
    restore_proposal,
    save_draft,
    save_proposal,
)
from app.errors import UserError
from app.models import (
    AuditEvent,
    OutboxEntry,
    PlanningCycle,
    Proposal,
    ProposalAttachment,
    ProposalDraft,
    RoutingConfirmation,
)
from app.models.db import read_session

DESA = "64.02.06.1001"


def _cycle(engine: Engine) -> PlanningCycle:
    with read_session(engine) as session:
        return session.exec(select(PlanningCycle)).one()


def _input(
    title: str = "Pembangunan posyandu Dusun Mawar", rank: int = 1, **more: object
) -> ProposalInput:
    data = ProposalInput(
        title=title,
        problem="Posyandu menumpang di rumah warga",
        desa_code=DESA,
        volume="1",
        satuan="unit",
        estimated_cost="350.000.000",
        beneficiaries="200",
        village_rank=str(rank),
        kewenangan="kabupaten",
        coordinates="-0.44, 117.04",
    )
    for key, value in more.items():
        setattr(data, key, value)
    return data


@pytest.fixture
def empty_office(engine: Engine) -> Engine:
    from app.core.demo import create_demo

    create_demo(engine, empty=True)
    return engine


def test_numbers_count_up_per_cycle(empty_office: Engine) -> None:
    cycle = _cycle(empty_office)
    first = save_proposal(empty_office, cycle.id, _input(rank=1), actor="op")
    second = save_proposal(empty_office, cycle.id, _input("Sumur bor RT 3", rank=2), actor="op")
    assert first.number == f"USL-{cycle.year}-0001"
    assert second.number == f"USL-{cycle.year}-0002"
    delete_proposal(empty_office, second.proposal_id, actor="op")
    third = save_proposal(empty_office, cycle.id, _input("PJU RT 4", rank=3), actor="op")
    assert third.number == f"USL-{cycle.year}-0003"  # a deleted number is never reused


def test_create_writes_row_outbox_and_audit_in_one_go(empty_office: Engine) -> None:
    cycle = _cycle(empty_office)
    saved = save_proposal(empty_office, cycle.id, _input(), actor="operator1")
    with read_session(empty_office) as session:
        proposal = session.get(Proposal, saved.proposal_id)
        assert proposal is not None and proposal.estimated_cost == 350_000_000
        assert proposal.problem_count == len(saved.problems) == 0
        events = session.exec(
            select(AuditEvent).where(AuditEvent.entity_id == saved.proposal_id)
        ).all()
        outbox = session.exec(
            select(OutboxEntry).where(OutboxEntry.entity_id == saved.proposal_id)
        ).all()
    assert [e.action for e in events] == ["create"]
    assert json.loads(events[0].after_json or "{}")["title"] == "Pembangunan posyandu Dusun Mawar"
    assert [o.op for o in outbox] == ["insert"]


def test_invalid_input_is_refused_with_every_field_named(empty_office: Engine) -> None:
    cycle = _cycle(empty_office)
    with pytest.raises(ProposalValidationFailed) as caught:
        save_proposal(empty_office, cycle.id, _input(title="", volume="0"), actor="op")
    assert {p.field for p in caught.value.problems if p.severity == "error"} == {"title", "volume"}
    assert "Judul usulan" in caught.value.message
    with read_session(empty_office) as session:
        assert session.exec(select(Proposal)).first() is None


def test_warnings_are_saved_as_problem_count(empty_office: Engine) -> None:
    cycle = _cycle(empty_office)
    saved = save_proposal(
        empty_office, cycle.id, _input(coordinates=None, satuan="ember"), actor="op"
    )
    with read_session(empty_office) as session:
        proposal = session.get(Proposal, saved.proposal_id)
    assert proposal is not None and proposal.problem_count == 2 == len(saved.problems)


def test_update_audits_before_and_after_of_changed_fields_only(empty_office: Engine) -> None:
    cycle = _cycle(empty_office)
    saved = save_proposal(empty_office, cycle.id, _input(), actor="op")
    data, rev = load_input(empty_office, saved.proposal_id)
    data.estimated_cost = "Rp 400.000.000"
    data.title = "Pembangunan posyandu Dusun Melati"
    result = save_proposal(
        empty_office,
        cycle.id,
        proposal_id=saved.proposal_id,
        data=data,
        actor="op2",
        expected_rev=rev,
    )
    assert set(result.changed_fields) == {"estimated_cost", "title"}
    with read_session(empty_office) as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.action == "update")).one()
        assert verify_chain(session).ok
    assert event.actor == "op2"
    assert json.loads(event.before_json or "{}") == {
        "estimated_cost": 350_000_000,
        "title": "Pembangunan posyandu Dusun Mawar",
    }
    assert json.loads(event.after_json or "{}") == {
        "estimated_cost": 400_000_000,
        "title": "Pembangunan posyandu Dusun Melati",
    }
    # The form was opened on an older revision: refused, nothing overwritten.
    with pytest.raises(UserError, match="diubah di tempat lain"):
        save_proposal(
            empty_office,
            cycle.id,
            proposal_id=saved.proposal_id,
            data=_input(),
            actor="op",
            expected_rev=rev,
        )


def test_rank_clash_is_refused_on_save(empty_office: Engine) -> None:
    cycle = _cycle(empty_office)
    save_proposal(empty_office, cycle.id, _input(rank=1), actor="op")
    with pytest.raises(ProposalValidationFailed) as caught:
        save_proposal(empty_office, cycle.id, _input("PJU gang", rank=1), actor="op")
    assert [p.field for p in caught.value.problems if p.severity == "error"] == ["village_rank"]


def test_soft_delete_and_restore(empty_office: Engine) -> None:
    cycle = _cycle(empty_office)
    saved = save_proposal(empty_office, cycle.id, _input(), actor="op")
    delete_proposal(empty_office, saved.proposal_id, actor="op", reason="ganda")
    with read_session(empty_office) as session:
        proposal = session.get(Proposal, saved.proposal_id)
        assert proposal is not None and proposal.deleted
        ops = session.exec(select(OutboxEntry.op).where(OutboxEntry.entity_id == proposal.id)).all()
    assert list(ops) == ["insert", "delete"]
    restore_proposal(empty_office, saved.proposal_id, actor="op")
    with read_session(empty_office) as session:
        proposal = session.get(Proposal, saved.proposal_id)
        assert proposal is not None and not proposal.deleted


def test_drafts_keep_what_was_typed_and_go_when_saved(empty_office: Engine) -> None:
    cycle = _cycle(empty_office)
    form = {"title": "Semenisasi jal", "estimated_cost": "Rp 1.2", "note": "x" * 100_000}
    draft_id = save_draft(empty_office, cycle_id=cycle.id, form=form)
    again = save_draft(
        empty_office,
        cycle_id=cycle.id,
        form={**form, "title": "Semenisasi jalan"},
        draft_id=draft_id,
    )
    assert again == draft_id
    restored = load_draft(empty_office, draft_id)
    assert restored is not None and restored.form["title"] == "Semenisasi jalan"
    assert restored.form["note"] == "x" * 100_000
    assert [d.id for d in list_drafts(empty_office, cycle.id)] == [draft_id]
    saved = save_proposal(empty_office, cycle.id, _input(), actor="op", draft_id=draft_id)
    assert load_draft(empty_office, draft_id) is None
    # A draft of an existing proposal is reused, not duplicated.
    first = save_draft(
        empty_office, cycle_id=cycle.id, form={"a": 1}, proposal_id=saved.proposal_id
    )
    second = save_draft(
        empty_office, cycle_id=cycle.id, form={"a": 2}, proposal_id=saved.proposal_id
    )
    assert first == second
    info = draft_for_proposal(empty_office, saved.proposal_id)
    assert info is not None and info.form == {"a": 2}
    discard_draft(empty_office, first)
    with read_session(empty_office) as session:
        assert session.exec(select(ProposalDraft)).first() is None
        # Drafts are local: they never reach the outbox.
        assert (
            session.exec(select(OutboxEntry).where(OutboxEntry.entity == "proposal_draft")).first()
            is None
        )


JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"foto" * 100


def _outbox_per_row(engine: Engine) -> dict[tuple[str, str], list[str]]:
    with read_session(engine) as session:
        rows = session.exec(select(OutboxEntry).order_by(col(OutboxEntry.device_seq))).all()
    ops: dict[tuple[str, str], list[str]] = {}
    for row in rows:
        ops.setdefault((row.entity, row.entity_id), []).append(row.op)
    return ops


def _only_confirmation(engine: Engine) -> str:
    with read_session(engine) as session:
        return session.exec(select(RoutingConfirmation.id)).one()


def test_routing_choices_are_remembered_once_per_proposal(empty_office: Engine) -> None:
    cycle = _cycle(empty_office)
    saved = save_proposal(
        empty_office,
        cycle.id,
        _input(bidang_code="1.02", agency_code="1.02.01"),
        actor="op",
        suggested=SuggestedRouting(bidang_code="1.02", agency_code="1.02.01"),
    )
    data, rev = load_input(empty_office, saved.proposal_id)
    data.bidang_code, data.agency_code = "1.03", "1.03.01"
    data.sub_kegiatan_code = "1.03.10.2.01.0001"
    save_proposal(
        empty_office,
        cycle.id,
        data,
        proposal_id=saved.proposal_id,
        expected_rev=rev,
        actor="op",
        suggested=SuggestedRouting(bidang_code="1.02"),
    )
    with read_session(empty_office) as session:
        rows = session.exec(
            select(RoutingConfirmation).where(col(RoutingConfirmation.deleted).is_(False))
        ).all()
        proposal = session.get(Proposal, saved.proposal_id)
        actions = session.exec(
            select(AuditEvent.action).where(AuditEvent.entity_id == saved.proposal_id)
        ).all()
    assert len(rows) == 1
    assert rows[0].accepted is False and rows[0].bidang_code == "1.03"
    assert rows[0].suggested_bidang_code == "1.02" and "posyandu" in rows[0].text
    assert proposal is not None and proposal.agency_code == "1.03.01"
    assert proposal.kegiatan_code == "1.03.10.2.01" and proposal.program_code == "1.03.10"
    assert list(actions) == ["create", "routing", "update", "routing"]


def test_a_bad_pending_file_refuses_the_save_before_anything_is_written(
    empty_office: Engine, tmp_path: Path
) -> None:
    """Two clicks on Simpan with a bad pending file once made two proposals (150 → 152): the
    proposal was committed before the file was checked."""
    cycle = _cycle(empty_office)
    good = tmp_path / "lokasi.jpg"
    good.write_bytes(JPEG)
    fake = tmp_path / "bukan-foto.jpg"
    fake.write_text("ini teks, bukan foto")
    files = [PendingFile(good, "photo"), PendingFile(fake, "photo")]
    for _click in range(2):
        with pytest.raises(UserError, match=r"bukan-foto\.jpg bukan foto"):
            save_proposal(empty_office, cycle.id, _input(), actor="op", attachments=files)
    missing = [PendingFile(tmp_path / "hilang.pdf", "letter"), PendingFile(fake, "photo")]
    with pytest.raises(UserError) as caught:
        save_proposal(empty_office, cycle.id, _input(), actor="op", attachments=missing)
    assert "2 lampiran" in caught.value.message
    assert "hilang.pdf" in caught.value.message and "bukan-foto.jpg" in caught.value.message
    with read_session(empty_office) as session:
        assert session.exec(select(Proposal)).first() is None
        assert session.exec(select(ProposalAttachment)).first() is None
        assert (
            session.exec(select(AuditEvent).where(AuditEvent.entity == "proposal")).first() is None
        )


def test_proposal_attachments_and_routing_are_one_transaction(
    empty_office: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cycle = _cycle(empty_office)
    photo = tmp_path / "lokasi.jpg"
    photo.write_bytes(JPEG)
    before = _outbox_per_row(empty_office)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("disk penuh")

    monkeypatch.setattr("app.core.proposal_service.link_file", broken)
    with pytest.raises(RuntimeError):
        save_proposal(
            empty_office,
            cycle.id,
            _input(bidang_code="1.02"),
            actor="op",
            attachments=[PendingFile(photo, "photo")],
        )
    with read_session(empty_office) as session:
        assert session.exec(select(Proposal)).first() is None
        assert session.exec(select(RoutingConfirmation)).first() is None
    assert _outbox_per_row(empty_office) == before  # nothing of it is waiting to sync


def test_one_save_writes_one_outbox_op_per_row(empty_office: Engine, tmp_path: Path) -> None:
    cycle = _cycle(empty_office)
    photo = tmp_path / "lokasi.jpg"
    photo.write_bytes(JPEG)
    letter = tmp_path / "surat.pdf"
    letter.write_bytes(b"%PDF-1.7\n" + b"isi surat" * 50)
    before = _outbox_per_row(empty_office)
    saved = save_proposal(
        empty_office,
        cycle.id,
        _input(bidang_code="1.03", sub_kegiatan_code="1.03.10.2.01.0001"),
        actor="op",
        attachments=[PendingFile(photo, "photo"), PendingFile(letter, "letter")],
        suggested=SuggestedRouting(bidang_code="1.03"),
    )
    new = {k: v for k, v in _outbox_per_row(empty_office).items() if k not in before}
    assert all(ops == ["insert"] for ops in new.values()), new
    entities = sorted(entity for entity, _id in new)
    assert entities.count("proposal") == 1
    assert entities.count("proposal_attachment") == 2
    assert entities.count("routing_confirmation") == 1
    assert entities.count("audit_event") == 4  # create, routing, two attachments
    with read_session(empty_office) as session:
        proposal = session.get(Proposal, saved.proposal_id)
        assert proposal is not None and proposal.kegiatan_code == "1.03.10.2.01"
    # Editing through the same use case: one update op for the proposal, nothing else twice.
    data, rev = load_input(empty_office, saved.proposal_id)
    data.title = "Pembangunan posyandu Dusun Melati"
    before = _outbox_per_row(empty_office)
    save_proposal(
        empty_office, cycle.id, data, proposal_id=saved.proposal_id, expected_rev=rev, actor="op"
    )
    after = _outbox_per_row(empty_office)
    assert after[("proposal", saved.proposal_id)] == ["insert", "update"]
    assert after[("routing_confirmation", _only_confirmation(empty_office))] == ["insert", "update"]
    assert len(after) - len(before) == 2  # the audit events "update" and "routing"
