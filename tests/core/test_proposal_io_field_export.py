"""Rejected rows go back to the village; export in SIPD's layout round-trips (issue #14, 5-6)."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine
from sqlmodel import select

from app.core.database import open_database
from app.core.demo import create_demo
from app.core.proposal_io import (
    commit_import,
    export_sipd,
    preview_import,
    write_rejected_rows,
)
from app.core.proposal_io.columns import SIPD_EXTRA_COLUMNS
from app.core.proposal_io.export import FIX_HEADER, SIPD_EXPORT_COLUMNS
from app.core.proposal_queries import filtered_proposal_ids
from app.models import PlanningCycle, Proposal, Region
from app.models.db import read_session
from app.models.proposal import CONTENT_FIELDS


def test_rejected_rows_file_in_the_village_template(engine: Engine, tmp_path: Path) -> None:
    create_demo(engine, empty=True)
    with read_session(engine) as session:
        cycle = session.exec(select(PlanningCycle)).one()
        village = session.exec(
            select(Region.name).where(Region.parent_code == cycle.kecamatan_code)
        ).first()
    path = tmp_path / "desa.csv"
    path.write_text(
        "Judul Usulan;Desa/Kelurahan;Volume;Satuan\n"
        f"Sumur bor RT 2;{village};2;unit\n"
        f";{village};3;unit\n"
        f"Jalan usaha tani;{village};-5;m\n",
        encoding="utf-8",
    )
    preview = preview_import(engine, path)
    assert len(preview.error_rows) == 2
    out = tmp_path / "perbaiki.xlsx"
    assert write_rejected_rows(preview, out) == 2
    sheet = load_workbook(out)["Usulan"]
    header = [c.value for c in sheet[1]]
    assert header[-1] == FIX_HEADER and "Judul Usulan" in header
    fixes = [row[-1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert len(fixes) == 2
    assert "baris 3" in fixes[0] and "Salah" in fixes[0]
    assert "baris 4" in fixes[1] and "Volume" in fixes[1]
    # The village fixes the file and sends it back: it imports (the extra column is ignored).
    book = load_workbook(out)
    data = book["Usulan"]
    title_col = header.index("Judul Usulan") + 1
    volume_col = header.index("Volume") + 1
    data.cell(row=2, column=title_col, value="Drainase RT 4")
    data.cell(row=3, column=volume_col, value=5)
    book.save(out)
    fixed = preview_import(engine, out)
    assert len(fixed.rows) == 2 and not fixed.error_rows, [str(p) for p in fixed.problems]


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_sipd_layout_round_trip(demo_engine: Engine, tmp_path: Path, suffix: str) -> None:
    with read_session(demo_engine) as session:
        cycle = session.exec(select(PlanningCycle)).one()
        ids = filtered_proposal_ids(session, cycle.id)
        original = {p.number: p for p in session.exec(select(Proposal)).all()}
    path = tmp_path / f"sipd{suffix}"
    assert export_sipd(demo_engine, ids, path) == 150
    # SIPD's own columns first and in SIPD's order, so an upload to SIPD sees its layout.
    if suffix == ".xlsx":
        header = [c.value for c in load_workbook(path).active[1]]
    else:
        header = path.read_text(encoding="utf-8-sig").splitlines()[0].split(";")
    sipd = [h for h, _key in SIPD_EXPORT_COLUMNS]
    assert header[: len(sipd)] == sipd
    assert header[len(sipd) :] == [c.header for c in SIPD_EXTRA_COLUMNS]
    assert "Kewenangan" in header and "Dusun" in header
    other = open_database(tmp_path / "lain.sqlite3")
    create_demo(other.engine, empty=True)
    preview = preview_import(other.engine, path)
    assert preview.format == "sipd" and not preview.skipped
    assert not preview.error_rows, [str(p) for p in preview.problems][:5]
    outcome = commit_import(other.engine, preview, "all_or_nothing", actor="op")
    assert outcome.inserted == 150
    with read_session(other.engine) as session:
        copied = {p.sipd_id: p for p in session.exec(select(Proposal)).all()}
    assert copied.keys() == original.keys()
    for number, proposal in original.items():
        for name in CONTENT_FIELDS:
            assert getattr(copied[number], name) == getattr(proposal, name), (number, name)
    again = preview_import(other.engine, path)
    assert again.summary()["new"] == 0
    other.engine.dispose()
