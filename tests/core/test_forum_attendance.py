"""Attendance quick entry, counts, import; delegation rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from app.core.forum.attendance import (
    add_attendee,
    attendance_counts,
    import_attendance,
    list_attendance,
    normalise_sex,
    normalise_unsur,
    remove_attendee,
)
from app.core.forum.delegation import (
    add_delegate,
    check_delegation,
    list_delegates,
    remove_delegate,
)
from app.core.reference_import.common import ReferenceImportFailed
from app.errors import UserError
from app.models.db import read_session, write_session
from tests.core.test_forum_support import ForumFixture, forum

__all__ = ["forum"]


def test_aliases_for_unsur_and_sex() -> None:
    assert normalise_unsur("Kades") == "kepala_desa"
    assert normalise_unsur("Kelompok Perempuan/PKK") == "perempuan"
    assert normalise_unsur("karang taruna") == "pemuda"
    assert normalise_unsur("astronot") is None
    assert normalise_sex("Perempuan") == "P" and normalise_sex("laki-laki") == "L"
    assert normalise_sex("x") is None


def test_quick_entry_and_live_counts(forum: ForumFixture) -> None:
    with write_session(forum.engine) as session:
        add_attendee(session, forum.session_id, name=" Siti  Aminah ", unsur="PKK", sex="P")
        add_attendee(
            session, forum.session_id, name="Budi", unsur="kades", sex="L", institution="Desa Jahab"
        )
        gone = add_attendee(session, forum.session_id, name="Keliru", unsur="BPD", sex="L")
        add_attendee(session, forum.session_id, name="Rina", unsur="disabilitas", sex="P")
    with write_session(forum.engine) as session:
        remove_attendee(session, gone.id)
    with read_session(forum.engine) as session:
        rows = list_attendance(session, forum.session_id)
    assert [r.name for r in rows] == ["Siti Aminah", "Budi", "Rina"]
    counts = attendance_counts(rows)
    assert (counts.total, counts.women, counts.men) == (3, 2, 1)
    assert counts.women_share == pytest.approx(2 / 3)
    assert [(u.unsur, u.total, u.women) for u in counts.by_unsur] == [
        ("kepala_desa", 1, 0),
        ("perempuan", 1, 1),
        ("disabilitas", 1, 1),
    ]
    with write_session(forum.engine) as session, pytest.raises(UserError, match="Unsur"):
        add_attendee(session, forum.session_id, name="X", unsur="astronot", sex="L")


def _xlsx(path: Path, rows: list[list[str]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Nama", "Unsur", "Instansi", "L/P"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_import_is_all_or_nothing_with_row_and_column(forum: ForumFixture, tmp_path: Path) -> None:
    bad = _xlsx(
        tmp_path / "hadir.xlsx",
        [["Ani", "PKK", "TP PKK", "P"], ["Budi", "penyanyi", "", "L"], ["", "BPD", "", "X"]],
    )
    with pytest.raises(ReferenceImportFailed) as caught:
        import_attendance(forum.engine, forum.session_id, bad)
    text = str(caught.value)
    assert "baris 3" in text and "kolom 'unsur'" in text and "baris 4" in text
    with read_session(forum.engine) as session:
        assert list_attendance(session, forum.session_id) == []
    good = _xlsx(
        tmp_path / "hadir2.xlsx",
        [["Ani", "PKK", "TP PKK", "P"], ["Budi", "Kepala Desa", "Desa Jahab", "L"]],
    )
    result = import_attendance(forum.engine, forum.session_id, good)
    assert result.added == 2
    with read_session(forum.engine) as session:
        counts = attendance_counts(list_attendance(session, forum.session_id))
    assert counts.total == 2 and counts.women == 1


def test_delegation_of_three_to_five_warns_without_a_woman(forum: ForumFixture) -> None:
    with write_session(forum.engine) as session:
        for name in ("Ahmad", "Budi", "Candra"):
            add_delegate(session, forum.session_id, name=name, sex="L", unsur="kades")
    with read_session(forum.engine) as session:
        check = check_delegation(list_delegates(session, forum.session_id))
    assert check.count == 3 and check.women == 0 and not check.ok
    assert any("perempuan" in w for w in check.warnings)
    with write_session(forum.engine) as session:
        add_delegate(session, forum.session_id, name="Dewi", sex="P", unsur="PKK")
        fifth = add_delegate(session, forum.session_id, name="Eko", sex="L")
    with read_session(forum.engine) as session:
        assert check_delegation(list_delegates(session, forum.session_id)).ok
    with write_session(forum.engine) as session, pytest.raises(UserError, match="terbanyak"):
        add_delegate(session, forum.session_id, name="Fajar", sex="L")
    with write_session(forum.engine) as session:
        remove_delegate(session, fifth.id)
    with write_session(forum.engine) as session, pytest.raises(UserError, match="sudah ada"):
        add_delegate(session, forum.session_id, name="dewi", sex="P")


def test_too_few_delegates_is_a_warning() -> None:
    check = check_delegation([])
    assert not check.ok and "3–5" in check.warnings[0]
