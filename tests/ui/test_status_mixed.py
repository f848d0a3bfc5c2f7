"""Ubah status for a mixed selection (issue #17): every status some of the selection may take
is offered with how many can, and the ones that cannot are named and left as they were (the
dialog once offered only the common statuses and silently dropped the rest)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from sqlmodel import col, select

from app.core.status_change import change_status
from app.models import Proposal
from app.models.db import read_session
from app.ui.context import AppContext
from app.ui.proposals.status_dialog import StatusDialog


def test_a_mixed_selection_offers_every_status_and_says_who_stays(
    qtbot: QtBot, context: AppContext
) -> None:
    with read_session(context.engine) as session:
        ids = [p.id for p in session.exec(select(Proposal).order_by(col(Proposal.number))).all()][
            :4
        ]
    change_status(context.engine, ids[:2], "verified", actor="op", reason=None)
    change_status(context.engine, ids[:1], "in_forum", actor="op", reason=None)
    dialog = StatusDialog(context, ids, None)
    qtbot.addWidget(dialog)
    offered = [dialog.target.itemData(i) for i in range(dialog.target.count())]
    assert "verified" in offered  # the two drafts may be verified, the others not
    index = dialog.target.findData("verified")
    dialog.target.setCurrentIndex(index)
    assert "dari 4 usulan" in dialog.target.itemText(index)
    assert "dibiarkan seperti semula" in dialog.note.text()
    dialog.apply()
    with read_session(context.engine) as session:
        statuses = [session.get(Proposal, pid).status for pid in ids]  # type: ignore[union-attr]
    assert statuses.count("verified") >= 2 and "draft" not in statuses
    assert dialog.outcome.kept  # named, not silently dropped
