"""Supporting-programme codes: the nomenclature's X.XX.01 items written under a bidang."""

from __future__ import annotations

from app.core.nomenclature_codes import known_code, name_of, placeholder_form, under_bidang

KNOWN = frozenset({"X.XX.01.2.07.0002", "1.02.02.2.01.0014", "7.01.02.2.04.0001"})


def test_a_bidang_code_of_the_supporting_programme_has_a_placeholder_form() -> None:
    assert placeholder_form("1.02.01.2.07.0002") == "X.XX.01.2.07.0002"
    assert placeholder_form("7.01.01.2.09") == "X.XX.01.2.09"
    assert placeholder_form("7.01.01") == "X.XX.01"
    # a substantive programme (02 and on) is not the supporting one
    assert placeholder_form("1.02.02.2.01.0014") is None
    assert placeholder_form("X.XX.01.2.07.0002") is None
    assert placeholder_form("bukan kode") is None


def test_under_bidang_writes_the_placeholder_under_the_bidang() -> None:
    assert under_bidang("X.XX.01.2.07.0002", "7.01") == "7.01.01.2.07.0002"
    assert under_bidang("x.xx.01.2.07.0002", "1.02") == "1.02.01.2.07.0002"
    assert under_bidang("1.02.02.2.01.0014", "7.01") == "1.02.02.2.01.0014"


def test_known_code_accepts_an_instantiated_item_of_a_known_bidang_only() -> None:
    assert known_code("1.02.02.2.01.0014", KNOWN)
    assert known_code("1.02.01.2.07.0002", KNOWN)
    assert known_code("7.01.01.2.07.0002", KNOWN)
    assert not known_code("9.99.01.2.07.0002", KNOWN)  # no such bidang in the nomenclature
    assert not known_code("1.02.01.2.07.0099", KNOWN)  # no such placeholder item
    assert not known_code("1.02.02.2.01.9999", KNOWN)


def test_name_of_falls_back_to_the_placeholder_name() -> None:
    names = {"X.XX.01.2.07.0002": "Pengadaan Kendaraan Dinas Operasional atau Lapangan"}
    assert name_of("7.01.01.2.07.0002", names) == names["X.XX.01.2.07.0002"]
    assert name_of("7.01.02.2.04.0001", names) is None
