from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlmodel import select

from app.core.proposal_service import draft_for_proposal
from app.models import Proposal, RoutingConfirmation
from app.models.db import read_session
from app.ui.context import AppContext
from app.ui.proposals.form import ProposalForm
from app.ui.widgets import RupiahEdit


def _form(qtbot: QtBot, context: AppContext, proposal_id: str | None = None) -> ProposalForm:
    form = ProposalForm(context, proposal_id)
    qtbot.addWidget(form)
    form.show()
    assert form.isEnabled()  # loaded (inline task runner)
    return form


def test_new_proposal_typed_and_saved(qtbot: QtBot, context: AppContext) -> None:
    form = _form(qtbot, context)
    saved: list[str] = []
    form.saved.connect(saved.append)
    desa = form.inputs["desa_code"]
    assert isinstance(desa, QComboBox)
    desa.setCurrentIndex(desa.findText("Jahab"))
    qtbot.keyClicks(form.inputs["title"], "Semenisasi jalan lingkungan RT 07 Gang Famili")
    qtbot.keyClicks(form.inputs["problem"], "Jalan becek dan licin saat hujan")
    qtbot.keyClicks(form.inputs["volume"], "250")
    satuan = form.inputs["satuan"]
    assert isinstance(satuan, QComboBox)
    satuan.setCurrentIndex(satuan.findData("m"))
    qtbot.keyClicks(form.inputs["estimated_cost"], "287500000")
    qtbot.keyClicks(form.inputs["beneficiaries"], "320")
    qtbot.keyClicks(form.inputs["beneficiaries_women"], "160")
    cost = form.inputs["estimated_cost"]
    assert isinstance(cost, RupiahEdit) and cost.text() == "287.500.000"
    result = form.validate()
    assert result is not None
    assert result.ok, [str(p) for p in result.problems]
    form.save()
    assert saved
    with read_session(context.engine) as session:
        proposal = session.get(Proposal, saved[0])
    assert proposal is not None
    assert (
        proposal.title,
        proposal.desa_code,
        proposal.volume,
        proposal.satuan,
        proposal.estimated_cost,
    ) == (
        "Semenisasi jalan lingkungan RT 07 Gang Famili",
        "64.02.06.1001",
        250.0,
        "m",
        287_500_000,
    )
    assert proposal.number and proposal.number.startswith("USL-")


def test_problems_are_explained_next_to_the_field(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    form = _form(qtbot, context)
    qtbot.keyClicks(form.inputs["beneficiaries"], "10")
    qtbot.keyClicks(form.inputs["beneficiaries_women"], "50")
    result = form.validate()
    assert result is not None and not result.ok
    assert form.problem_labels["title"].isVisibleTo(form)
    assert form.problem_labels["beneficiaries_women"].text()
    assert "✖" in form.problems_view.text()
    shown: list[str] = []
    monkeypatch.setattr(
        "app.ui.proposals.form.show_error", lambda _parent, exc: shown.append(str(exc))
    )
    form.save()
    assert shown and "belum disimpan" in shown[0]
    with read_session(context.engine) as session:
        assert session.exec(select(Proposal).where(Proposal.title == "")).first() is None


def test_draft_survives_and_is_offered_again(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    with read_session(context.engine) as session:
        proposal = session.exec(select(Proposal)).first()
    assert proposal is not None
    form = _form(qtbot, context, proposal.id)
    form.inputs["title"].clear()  # type: ignore[attr-defined]
    qtbot.keyClicks(form.inputs["title"], "Judul yang belum disimpan")
    form._autosave.flush()
    draft = draft_for_proposal(context.engine, proposal.id)
    assert draft is not None and draft.form["title"] == "Judul yang belum disimpan"
    form.hide()  # as after a crash: nothing saved, the draft stays
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes
    )
    again = _form(qtbot, context, proposal.id)
    assert again.inputs["title"].text() == "Judul yang belum disimpan"  # type: ignore[attr-defined]


def test_accepting_the_suggestion_is_remembered(qtbot: QtBot, context: AppContext) -> None:
    form = _form(qtbot, context)
    desa = form.inputs["desa_code"]
    assert isinstance(desa, QComboBox)
    desa.setCurrentIndex(desa.findText("Jahab"))
    qtbot.keyClicks(form.inputs["title"], "Pembangunan posyandu di RT 12")
    qtbot.waitUntil(lambda: form._holder.scorer is not None, timeout=10_000)
    form.rescore()
    assert form.suggestions.result is not None and form.suggestions.accept_button.isEnabled()
    form.suggestions.accept_button.click()
    bidang = form.values()["bidang_code"]
    assert bidang == form.suggestions.result.bidang[0].code
    saved: list[str] = []
    form.saved.connect(saved.append)
    form.save()
    with read_session(context.engine) as session:
        confirmation = session.exec(select(RoutingConfirmation)).one()
    assert (
        confirmation.proposal_id == saved[0]
        and confirmation.accepted
        and confirmation.bidang_code == bidang
    )


def test_photo_added_before_first_save_is_stored(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    from PySide6.QtGui import QColor, QImage

    from app.core.attachments import list_attachments

    photo = tmp_path / "lokasi.png"
    image = QImage(320, 200, QImage.Format.Format_RGB32)
    image.fill(QColor("#4caf50"))
    assert image.save(str(photo))
    form = _form(qtbot, context)
    desa = form.inputs["desa_code"]
    assert isinstance(desa, QComboBox)
    desa.setCurrentIndex(desa.findText("Jahab"))
    qtbot.keyClicks(form.inputs["title"], "Pembangunan drainase RT 03")
    form.attachments.add(photo, "photo")
    assert form.attachments.photo_count() == 1
    saved: list[str] = []
    form.saved.connect(saved.append)
    form.save()
    (stored,) = list_attachments(context.engine, saved[0])
    assert stored.original_name == "lokasi.png" and stored.path.exists()
    again = _form(qtbot, context, saved[0])
    assert again.attachments.model.rowCount() == 1
    assert not again.attachments.model.item(0).icon().isNull()  # thumbnail shown


def test_two_clicks_with_a_bad_pending_file_save_nothing_and_say_why(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With one bad pending file, two clicks on Simpan once made two duplicate proposals."""
    fake = tmp_path / "bukan-foto.jpg"
    fake.write_text("ini teks, bukan foto")
    with read_session(context.engine) as session:
        before = len(session.exec(select(Proposal.id)).all())
    form = _form(qtbot, context)
    desa = form.inputs["desa_code"]
    assert isinstance(desa, QComboBox)
    desa.setCurrentIndex(desa.findText("Jahab"))
    qtbot.keyClicks(form.inputs["title"], "Pembangunan drainase RT 03")
    form.attachments.add(fake, "photo")
    shown: list[str] = []
    monkeypatch.setattr(
        "app.ui.proposals.form.show_error", lambda _parent, exc: shown.append(str(exc))
    )
    saved: list[str] = []
    form.saved.connect(saved.append)
    form.save()
    form.save()
    assert not saved and len(shown) == 2
    assert all("bukan-foto.jpg bukan foto" in text for text in shown)
    assert form.buttons.isEnabled()  # the operator can fix the file and save again
    with read_session(context.engine) as session:
        assert len(session.exec(select(Proposal.id)).all()) == before
