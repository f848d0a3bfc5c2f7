"""Bulk routing on the Usulan page (issue #17): the filter "tanpa OPD", and one action that
accepts the scorer's suggestions for every listed proposal, low-confidence ones on review."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlmodel import select

from app.core.proposal_queries import NO_AGENCY
from app.models import Proposal
from app.models.db import read_session
from app.ui.context import AppContext
from app.ui.proposals.page import ProposalsPage
from app.ui.proposals.routing_dialog import BulkRoutingDialog


def test_route_everything_listed_in_one_action(qtbot: QtBot, context: AppContext) -> None:
    page = ProposalsPage(context)
    qtbot.addWidget(page)
    page.show()
    page.agency_filter.setCurrentIndex(page.agency_filter.findData(NO_AGENCY))
    page.reload()
    assert page.model.rowCount() == 150  # the demo's proposals all wait for an agency
    dialog = page.route_in_bulk()
    assert isinstance(dialog, BulkRoutingDialog)
    qtbot.addWidget(dialog)
    sure, review = dialog.sure_model.rowCount(), dialog.review_model.rowCount()
    assert sure + review == 150 and sure > 0
    ticked = next(
        (s.proposal_id for s in dialog.suggestions if s.needs_review and s.agency_code is not None),
        None,
    )
    if ticked is not None:
        dialog.set_review_checked(ticked, True)
    with qtbot.waitSignal(dialog.routed, timeout=20000):
        dialog.apply_button.click()
    with read_session(context.engine) as session:
        routed = {p.id for p in session.exec(select(Proposal)).all() if p.agency_code}
    assert len(routed) == sure + (1 if ticked else 0)
    if ticked is not None:
        assert ticked in routed
    # The list refreshed by the change notice: only the unreviewed ones are left "tanpa OPD".
    assert page.model.rowCount() == 150 - len(routed)
