"""``musrenbang proposals`` as a person runs it: real processes, exit codes, messages."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from openpyxl import load_workbook

from tests.cli.runner import run

pytestmark = pytest.mark.slow


def test_template_export_and_import(app_home: Path, tmp_path: Path) -> None:
    assert run("demo", home=app_home).returncode == 0
    template = tmp_path / "templat.xlsx"
    made = run("proposals", "template", str(template), home=app_home)
    assert made.returncode == 0 and template.exists()
    assert "Petunjuk" in load_workbook(template).sheetnames
    empty = run("proposals", "import", str(template), home=app_home)
    assert empty.returncode != 0  # nothing to import

    exported = tmp_path / "usulan.csv"
    result = run("proposals", "export", str(exported), home=app_home)
    assert result.returncode == 0 and "150 usulan" in result.stdout
    with exported.open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert len(rows) == 151
    again = run("proposals", "import", str(exported), home=app_home)
    assert again.returncode != 0  # all 150 unchanged: nothing imported, nothing duplicated
    assert "150 tidak berubah" in again.stdout


def test_import_with_bad_rows(app_home: Path, tmp_path: Path) -> None:
    assert run("demo", "--empty", home=app_home).returncode == 0
    path = tmp_path / "desa.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(
            [
                "Judul Usulan",
                "Desa/Kelurahan",
                "Volume",
                "Satuan",
                "Perkiraan Biaya (Rp)",
                "Peringkat Desa",
            ]
        )
        writer.writerow(["Sumur bor RT 1", "Jahab", "1", "titik", "90.000.000", "1"])
        writer.writerow(["", "Jahab", "1", "titik", "90.000.000", "2"])
        writer.writerow(["PJU RT 2", "Jahab", "8", "titik", "120.000.000", "3"])
    strict = run("proposals", "import", str(path), home=app_home)
    assert strict.returncode == 1
    assert "baris 3" in strict.stdout and "Judul Usulan" in strict.stdout
    assert "--valid-only" in strict.stderr
    lenient = run("proposals", "import", str(path), "--valid-only", home=app_home)
    assert lenient.returncode == 0, lenient.stderr
    assert "2 usulan baru" in lenient.stdout and "1 baris ditolak" in lenient.stdout
    missing = run("proposals", "import", str(tmp_path / "tidak-ada.xlsx"), home=app_home)
    assert missing.returncode == 1 and "tidak ditemukan" in missing.stderr


def test_dry_run_json_of_a_kabupaten_wide_sipd_export(app_home: Path, tmp_path: Path) -> None:
    import json

    from tests.field_files import sipd_export

    assert run("demo", "--empty", home=app_home).returncode == 0
    path = sipd_export(tmp_path / "sipd.xlsx", own_kecamatan="Tenggarong", own_rows=6, other_rows=9)
    result = run("proposals", "import", str(path), "--dry-run", "--json", home=app_home)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["summary"] == {"new": 6, "update": 0, "unchanged": 0, "skipped": 9, "error": 0}
    assert report["columns"]["PERANGKAT DAERAH TUJUAN AKHIR"] == "opd_akhir"
    assert report["columns"]["Nilai Usulan"] == "anggaran"
    first = report["rows"][0]
    assert set(first) >= {
        "sheet",
        "row",
        "action",
        "sipd_id",
        "title",
        "desa",
        "estimated_cost",
        "agency_code",
        "agency_confidence",
        "sub_kegiatan_code",
        "problems",
    }
    assert {r["action"] for r in report["rows"]} == {"new", "skip"}
    assert all(isinstance(r["estimated_cost"], int) for r in report["rows"] if r["action"] == "new")
    # nothing changed: a real import afterwards still finds 6 new
    real = run("proposals", "import", str(path), home=app_home)
    assert real.returncode == 0 and "6 usulan baru" in real.stdout
    assert "9 baris dari kecamatan lain dilewati" in real.stdout
    again = run("proposals", "import", str(path), "--dry-run", "--json", home=app_home)
    assert json.loads(again.stdout)["summary"]["new"] == 0


def test_file_with_none_of_the_office_rows_exits_non_zero(app_home: Path, tmp_path: Path) -> None:
    from tests.field_files import sipd_export

    assert run("demo", "--empty", home=app_home).returncode == 0
    path = sipd_export(
        tmp_path / "loa-kulu.csv", own_kecamatan="Loa Kulu", own_rows=5, other_rows=0
    )
    result = run("proposals", "import", str(path), home=app_home)
    assert result.returncode != 0
    assert "tidak ada baris untuk Kecamatan" in result.stdout + result.stderr


def test_export_in_sipd_layout(app_home: Path, tmp_path: Path) -> None:
    assert run("demo", home=app_home).returncode == 0
    out = tmp_path / "sipd.xlsx"
    result = run("proposals", "export", str(out), "--sipd", home=app_home)
    assert result.returncode == 0 and "150 usulan" in result.stdout
    header = [c.value for c in load_workbook(out).active[1]]
    assert header[:4] == ["NO", "ID USULAN", "PENGUSUL", "USULAN"]


def test_dry_run_json_shows_fuzzy_matches_and_other_regions(app_home: Path, tmp_path: Path) -> None:
    import json

    from tests.field_files import typed_sipd_export

    assert run("demo", "--empty", home=app_home).returncode == 0
    path = typed_sipd_export(tmp_path / "sipd.csv")
    result = run("proposals", "import", str(path), "--dry-run", "--json", home=app_home)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["summary"] == {"new": 3, "update": 0, "unchanged": 0, "skipped": 3, "error": 0}
    rows = {r["sipd_id"]: r for r in report["rows"]}
    typo, short, exact = rows["USL-1"], rows["USL-2"], rows["USL-3"]
    assert (typo["agency_code"], short["agency_code"]) == ("1.04.01", "2.16.01")
    assert 0.85 <= typo["agency_confidence"] < 1 and 0.85 <= short["agency_confidence"] < 1
    assert exact["agency_confidence"] == 1.0
    assert typo["sub_kegiatan_code"] == "1.01.03.2.01.0004"
    assert any("keyakinan" in p["message"] for p in typo["problems"] if p["column"])
    skipped = {k: r["problems"][-1]["message"] for k, r in rows.items() if r["action"] == "skip"}
    assert skipped == {
        "USL-4": "kecamatan lain (LOA KULU)",
        "USL-5": "kabupaten/kota lain (KUTAI TIMUR)",
        "USL-6": "kabupaten/kota lain (KABUPATEN KUTAI TIMUR)",
    }
