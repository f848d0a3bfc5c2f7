"""Exports that cannot run formulas, survive control characters and re-import without loss
(issue #15 items 3, 4 and 11)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine
from sqlmodel import select

from app.core.database import open_database
from app.core.demo import create_demo
from app.core.proposal_io import commit_import, export_proposals, preview_import
from app.core.proposal_queries import filtered_proposal_ids
from app.errors import UserError
from app.models import PlanningCycle, Proposal
from app.models.db import read_session, write_session
from app.models.proposal import CONTENT_FIELDS
from common.cellsafe import csv_text, restore_csv_text, set_cell

DANGEROUS = [
    '=HYPERLINK("http://contoh.invalid","klik")',
    "+62 811 jalan",
    "-jalan usaha tani",
    "@SUM(1+1)",
    "=cmd|' /C calc'!A0",
    "'=sudah dikutip",
]


def _ids(engine: Engine) -> list[str]:
    with read_session(engine) as session:
        cycle = session.exec(select(PlanningCycle)).one()
        return filtered_proposal_ids(session, cycle.id)


def _plant(engine: Engine) -> dict[str, tuple[str, str | None, str | None]]:
    """Give demo proposals formula-like titles, problems and addresses."""
    planted: dict[str, tuple[str, str | None, str | None]] = {}
    with write_session(engine) as session:
        proposals = session.exec(select(Proposal).order_by(Proposal.number)).all()[: len(DANGEROUS)]
        for proposal, text in zip(proposals, DANGEROUS, strict=True):
            proposal.title = f"{text} RT 3"
            proposal.problem = text
            proposal.address = text
            session.add(proposal)
            assert proposal.number is not None
            planted[proposal.number] = (proposal.title, proposal.problem, proposal.address)
    return planted


@pytest.mark.parametrize("text", [*DANGEROUS, "biasa", "", "'", "''x", "-", "\tx", "\rx"])
def test_csv_neutralising_is_reversible(text: str) -> None:
    safe = csv_text(text)
    assert not safe.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert restore_csv_text(safe) == text


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_formula_starts_are_neutralised_and_round_trip(
    demo_engine: Engine, tmp_path: Path, suffix: str
) -> None:
    planted = _plant(demo_engine)
    path = tmp_path / f"ekspor{suffix}"
    export_proposals(demo_engine, _ids(demo_engine), path)
    if suffix == ".xlsx":
        sheet = load_workbook(path)["Usulan"]
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                assert cell.data_type != "f", (cell.coordinate, cell.value)
        titles = {row[6].value for row in sheet.iter_rows(min_row=2)}
        assert {t for t, _p, _a in planted.values()} <= titles
    else:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle, delimiter=";"))
        for row in rows[1:]:
            for value in row[6:9]:  # title, problem, address
                assert not value.startswith(("=", "+", "-", "@")), value
    # Back into the same office: nothing blanked, nothing refused, nothing changed.
    preview = preview_import(demo_engine, path)
    assert not preview.error_rows, [str(p) for p in preview.problems][:5]
    assert {r.action for r in preview.rows} == {"unchanged"}
    # Into a fresh office: the same content.
    other = open_database(tmp_path / "lain.sqlite3")
    create_demo(other.engine, empty=True)
    commit_import(other.engine, preview_import(other.engine, path), actor="op")
    with read_session(other.engine) as session:
        copied = {p.number: p for p in session.exec(select(Proposal)).all()}
    for number, (title, problem, address) in planted.items():
        assert (copied[number].title, copied[number].problem, copied[number].address) == (
            title,
            problem,
            address,
        )
    with read_session(demo_engine) as session:
        original = {p.number: p for p in session.exec(select(Proposal)).all()}
    for key, proposal in original.items():
        for name in CONTENT_FIELDS:
            assert getattr(copied[key], name) == getattr(proposal, name), (key, name)
    other.engine.dispose()


def test_control_characters_do_not_break_the_export(demo_engine: Engine, tmp_path: Path) -> None:
    with write_session(demo_engine) as session:
        proposal = session.exec(select(Proposal).order_by(Proposal.number)).first()
        assert proposal is not None
        proposal.title = "Jalan\x0b usaha\x1b tani\x07"
        proposal.problem = "Banjir\x00 tiap tahun"
        session.add(proposal)
        number = proposal.number
    path = tmp_path / "ekspor.xlsx"
    export_proposals(demo_engine, _ids(demo_engine), path)
    sheet = load_workbook(path)["Usulan"]
    row = next(r for r in sheet.iter_rows(min_row=2, values_only=True) if r[0] == number)
    assert (row[6], row[7]) == ("Jalan usaha tani", "Banjir tiap tahun")


def test_control_characters_are_removed_at_import_with_a_warning(
    demo_engine: Engine, tmp_path: Path
) -> None:
    with read_session(demo_engine) as session:
        village = session.exec(select(Proposal.desa_code)).first()
    path = tmp_path / "desa.csv"
    path.write_text(
        f"Judul Usulan;Kode Desa\nSumur\x0b bor\x1b RT 2\x07;{village}\n", encoding="utf-8"
    )
    preview = preview_import(demo_engine, path)
    (row,) = preview.rows
    assert row.values.title == "Sumur bor RT 2"
    assert any("karakter kendali" in p.message and p.severity == "warning" for p in row.problems)


def test_report_cells_print_formulas_as_text(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    set_cell(sheet["A1"], "=1+1")
    set_cell(sheet["A2"], 5)
    book.save(tmp_path / "x.xlsx")
    again = load_workbook(tmp_path / "x.xlsx").active
    assert again is not None
    assert (again["A1"].data_type, again["A1"].value, again["A2"].value) == ("s", "=1+1", 5)


def test_a_100_kb_field_is_a_row_error_and_nothing_is_written(
    demo_engine: Engine, tmp_path: Path
) -> None:
    with read_session(demo_engine) as session:
        village = session.exec(select(Proposal.desa_code)).first()
        before = len(session.exec(select(Proposal.id)).all())
    path = tmp_path / "desa.csv"
    path.write_text(
        f"Judul Usulan;Permasalahan;Kode Desa\nSumur bor RT 2;{'x' * 100_000};{village}\n",
        encoding="utf-8",
    )
    preview = preview_import(demo_engine, path)
    (row,) = preview.rows
    assert not row.ok
    (problem,) = [p for p in row.problems if p.severity == "error"]
    assert problem.row == row.row and "Permasalahan" in str(problem)
    with pytest.raises(UserError):
        commit_import(demo_engine, preview, mode="all_or_nothing")
    with read_session(demo_engine) as session:
        assert len(session.exec(select(Proposal.id)).all()) == before
