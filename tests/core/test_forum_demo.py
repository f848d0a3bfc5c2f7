"""`musrenbang demo --with-forum` produces a sealed session that `musrenbang verify` accepts."""

from __future__ import annotations

import pytest

from app.cli import run
from app.core.database import open_database
from app.core.forum.sessions import list_sessions
from app.core.forum.summary import build_board
from app.models.db import read_session


@pytest.mark.slow
def test_demo_with_forum_is_sealed_realistic_and_verifies(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert run(["demo", "--with-forum"]) == 0
    assert "Sesi forum demo disegel" in capsys.readouterr().out
    assert run(["verify"]) == 0
    assert "disegel" in capsys.readouterr().out
    db = open_database(load_reference=False)
    with read_session(db.engine) as session:
        (forum,) = list_sessions(session)
        board = build_board(session, forum.id, alignment_available=False)
    db.engine.dispose()
    assert board.status == "sealed" and board.digest and board.verification_code
    att = board.attendance
    assert att.women > 0 and att.men > 0
    unsur = {u.unsur for u in att.by_unsur}
    assert {
        "kepala_desa",
        "bpd",
        "perangkat_daerah",
        "dprd",
        "perempuan",
        "pemuda",
        "disabilitas",
    } <= unsur
    assert board.pagu.ok and board.pagu.total_used > 0
    assert 3 <= board.delegation.count <= 5 and board.delegation.women >= 1
    outcomes = {v.outcome for v in board.proposals}
    assert {"agreed", "postponed", "moved_to_village", "not_agreed", "merged"} <= outcomes
    assert any(v.moved for v in board.proposals)
    # Running it again changes nothing.
    assert run(["demo", "--with-forum"]) == 0
    assert "sudah ada" in capsys.readouterr().out
