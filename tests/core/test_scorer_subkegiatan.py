"""Second-generation routing (issue #16): the sub kegiatan a planner would pick, the region's own
kamus, title first, the learned ranker, real words kept."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import Engine

from app.core.reference_import import import_reference
from app.core.scorer import KamusRow, Scorer, ScorerReference, load_bundled_reference
from app.core.scorer.engine import split_title
from app.core.scorer.from_db import load_reference_from_session
from app.core.scorer.inputs import normalise_sub_kegiatan_code, read_kamus_csv
from app.core.scorer.ranker import BidangRanker, text_feature_ids
from app.models.db import read_session
from app.paths import resource
from tests.core.conftest_scorer import bundled_scorer, fresh_scorer, proposal, top_bidang


def _subs(text: str, **fields: object) -> list[str]:
    return [s.code for s in bundled_scorer().score(proposal(text, **fields)).sub_kegiatan]


@pytest.mark.parametrize(
    ("text", "problem", "expected"),
    [
        # settlement-scale road: the settlement programme, never land acquisition
        (
            "Semenisasi jalan lingkungan RT 05",
            "Jalan tanah becek dan berlubang",
            "1.03.07.2.01.0001",
        ),
        ("Rehabilitasi gedung posyandu", "", "1.02.02.2.01.0010"),
        ("Pembangunan saluran drainase lingkungan RT 02", "", "1.03.06.2.01.0012"),
        ("Pelatihan menjahit bagi ibu rumah tangga", "", "2.07.03.2.01.0001"),
    ],
)
def test_sub_kegiatan_a_planner_would_pick(text: str, problem: str, expected: str) -> None:
    subs = _subs(text, problem=problem)
    assert expected in subs[:2], subs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an operating grant (BOP, BOK) is paid, not maintained
        ("Bantuan Operasional Pendidikan (BOP) PAUD", "1.01.02.2.03.0018"),
        ("Bantuan Operasional Kesehatan (BOK) Puskesmas", "1.02.02.2.02.0033"),
        # looking after a building is maintenance, not operating costs
        ("Perawatan gedung puskesmas", "1.02.02.2.01.0009"),
        # Desa Siaga is community-based health effort (UKBM)
        ("Desa Siaga", "1.02.05.2.03.0001"),
        # siblings told apart by their object: only what the proposal names
        ("Pengadaan koleksi bahan pustaka", "2.23.02.2.01.0008"),
        ("Rehabilitasi jaringan irigasi", "1.03.02.2.02.0014"),
        ("Rehabilitasi jaringan irigasi rawa", "1.03.02.2.02.0016"),
    ],
)
def test_the_kind_of_work_and_the_object_pick_the_sibling(text: str, expected: str) -> None:
    assert _subs(text)[0] == expected


def test_land_acquisition_only_when_asked_for() -> None:
    for text in ("Semenisasi jalan lingkungan RT 05", "Pembangunan jalan poros desa"):
        assert "1.03.10.2.01.0002" not in _subs(text)
    assert _subs("Pembebasan lahan untuk pelebaran jalan kabupaten")[0] == "1.03.10.2.01.0002"


def test_sub_kegiatan_is_inside_the_chosen_bidang() -> None:
    scorer = bundled_scorer()
    for text in (
        "Bantuan bibit sawit",
        "Pembangunan pelantar kayu di kampung nelayan",
        "Pengadaan APAR",
    ):
        result = scorer.score(proposal(text))
        top = result.bidang[0].code
        assert all(s.code.startswith(top + ".") for s in result.sub_kegiatan), (text, top)


def test_an_object_the_text_does_not_name_steps_back() -> None:
    """Bibit sawit is not livestock seed; bibit kambing is."""
    assert not any(".2.06." in c or ".2.05." in c for c in _subs("Bantuan bibit sawit")[:2])
    assert _subs("Bantuan bibit kambing untuk kelompok ternak")[0].startswith("3.27.02.2.06")


def test_explanation_names_the_kind_of_work_and_the_object() -> None:
    text = bundled_scorer().score(proposal("Rehabilitasi gedung posyandu")).explanation_text()
    assert "pekerjaan: rehabilitasi («rehabilitasi»)" in text
    assert "objek: " in text


def test_title_first_problem_cannot_outvote_it() -> None:
    scorer = bundled_scorer()
    cctv = scorer.score(
        proposal("Pemasangan CCTV", problem="keamanan lingkungan, sering terjadi pencurian")
    )
    assert cctv.bidang[0].code == "2.16"
    one_text = scorer.score(
        proposal("Pemasangan CCTV. Untuk keamanan lingkungan karena sering terjadi pencurian")
    )
    assert one_text.bidang[0].code == "2.16"


def test_a_problem_with_nothing_to_read_changes_nothing() -> None:
    """Title first guards against a problem text that names another sector; a problem text with
    no word to read (what is left of "Dusun II ; 1 paket") used to tie the title's thesaurus
    sector with the rest ("Pembersihan saluran drainase kota" 1.03 → 2.11/1.03)."""
    scorer = bundled_scorer()
    title = "Pembersihan saluran drainase kota yang dangkal"
    alone = scorer.score(proposal(title))
    with_details = scorer.score(proposal(title, problem="Dusun II ; 1 paket"))
    assert alone.bidang[0].code == with_details.bidang[0].code == "1.03"
    assert alone.bidang[0].confidence == with_details.bidang[0].confidence


def test_a_problem_outvotes_nothing_the_title_words_decided() -> None:
    """Title first lifts the title's named sector only over a sector the problem named: a job
    fair "tingkat kecamatan" with a plain reason stays labour (the kecamatan's office before)."""
    result = bundled_scorer().score(
        proposal("Bursa kerja (job fair) tingkat kecamatan", problem="rusak parah")
    )
    assert result.bidang[0].code == "2.07", result.explanation_text()


@pytest.mark.parametrize(
    ("text", "title", "problem"),
    [
        # the cells of a pasted row
        (
            "Pembangunan Pagar Kantor | Desa Sumber Sari | 200 m",
            "Pembangunan Pagar Kantor",
            "Desa Sumber Sari | 200 m",
        ),
        (
            "Pembangunan Pagar Kantor ; Dusun II ; 1 paket",
            "Pembangunan Pagar Kantor",
            "Dusun II ; 1 paket",
        ),
        ("Rehab MCK | RT 03 | 1 unit", "Rehab MCK", "RT 03 | 1 unit"),
        # the reason joined to the request
        ("Rehab jembatan gantung karena sudah lapuk", "Rehab jembatan gantung", "sudah lapuk"),
        (
            "Perkemahan pramuka tingkat kecamatan supaya anak-anak aman",
            "Perkemahan pramuka tingkat kecamatan",
            "anak-anak aman",
        ),
        # too short a request to stand alone
        ("Rehab MCK karena rusak", "Rehab MCK karena rusak", ""),
        # a semicolon that joins two requests written tight is no cell separator
        ("Pembangunan jalan; drainase", "Pembangunan jalan; drainase", ""),
    ],
)
def test_split_title_reads_pasted_cells_and_reasons(text: str, title: str, problem: str) -> None:
    assert split_title(text) == (title, problem)


def test_a_reason_in_the_title_joins_the_problem() -> None:
    scorer = bundled_scorer()
    result = scorer.score(
        proposal("Perkemahan pramuka tingkat kecamatan supaya anak-anak aman", problem="Belum ada")
    )
    assert result.bidang[0].code == "2.19", result.explanation_text()


def test_split_title_keeps_abbreviations() -> None:
    assert split_title("Rehab posyandu Mawar. Atapnya bocor dan lantai retak") == (
        "Rehab posyandu Mawar",
        "Atapnya bocor dan lantai retak",
    )
    assert split_title("Pembangunan Jl. Mawar RT 03 sepanjang 200 m")[1] == ""
    assert split_title("Semenisasi jalan gang") == ("Semenisasi jalan gang", "")
    # a longer abbreviation the normaliser knows ends no sentence either
    text = "Peningkatan Operasi dan Pemel. Sarana dan Prasarana Persampahan"
    assert split_title(text, {"pemel"}) == (text, "")
    assert split_title(text)[1] == "Sarana dan Prasarana Persampahan"
    assert top_bidang(text) == "2.11"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pelatihan menjahit untuk perempuan", "2.07"),
        ("Pelatihan tata boga bagi pemuda", "2.07"),
        ("Pelatihan pangkas rambut untuk pemuda putus sekolah", "2.07"),
        ("Pengadaan terpal, senter, jas hujan dan sepatu boot untuk desa rawan banjir", "1.05"),
        ("Pelatihan jurnalistik untuk pewarta warga", "2.16"),
        ("Pembentukan PUSPAGA di kecamatan", "2.08"),
        ("Pelestarian tenun ikat tradisional", "2.22"),
    ],
)
def test_domain_knowledge_for_the_misses_seen(text: str, expected: str) -> None:
    assert bundled_scorer().score(proposal(text)).bidang[0].code == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a building word followed by what it is for is that facility, not housing
        ("Pembangunan Rumah Jamur Tiram", "3.27"),
        ("Pembangunan Rumah Kompos", "2.11"),
        ("Pembangunan Rumah Pompa Irigasi", "3.27"),
        ("Pembangunan Rumah Produksi Kerajinan Anyaman", "3.31"),
        # ... unless the next word names who lives there
        ("Pembangunan rumah nelayan miskin", "1.04"),
        ("Pembangunan rumah layak huni bagi warga miskin", "1.04"),
    ],
)
def test_facility_compounds_are_not_housing(text: str, expected: str) -> None:
    assert bundled_scorer().score(proposal(text)).bidang[0].code == expected


def test_untuk_names_the_beneficiary_not_the_sector() -> None:
    result = bundled_scorer().score(proposal("Pelatihan komputer untuk pemuda putus sekolah"))
    assert result.bidang[0].code == "2.07"


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        # the work verb after a wrapper decides the kind of work, and with it the sub kegiatan
        ("Bantuan Bedah Rumah Tidak Layak Huni", "rehabilitasi", "1.04.03.2.03.0002"),
        ("Peningkatan Jalan Lingkungan RT 07 (Semenisasi)", "pembangunan", "1.03.07.2.01.0001"),
        ("Bantuan alat tangkap nelayan", "pengadaan", None),
    ],
)
def test_a_wrapper_verb_gives_way_to_the_work_verb(
    text: str, kind: str, expected: str | None
) -> None:
    result = bundled_scorer().score(proposal(text))
    assert f"pekerjaan: {kind} " in result.explanation_text()
    if expected is not None:
        assert result.sub_kegiatan[0].code == expected


def test_real_words_are_not_corrected_into_others() -> None:
    normaliser = bundled_scorer().normaliser
    assert "rambu" not in normaliser.analyse("pangkas rambut").stems
    assert "drainase" in normaliser.analyse("pembangunan drainse").stems  # typos still are


def test_ranker_predicts_with_numpy_from_the_bundled_weights() -> None:
    ranker = BidangRanker.load()
    assert ranker is not None
    stems = bundled_scorer().normaliser.analyse("Bantuan bibit kopi untuk petani").content_stems()
    probs = ranker.probabilities(stems)
    assert probs.shape == (len(ranker.classes),) and abs(float(probs.sum()) - 1.0) < 1e-9
    assert ranker.top(stems, 1)[0][0] == "3.27"
    # memoised word vectors give the same logits as a fresh ranker
    again = BidangRanker.load()
    assert again is not None
    assert np.allclose(ranker.logits(stems), again.logits(stems))
    assert len(text_feature_ids(stems)) > len(stems)


def test_missing_ranker_file_is_not_an_error(tmp_path: Path) -> None:
    assert BidangRanker.load(tmp_path / "nothing.npz") is None
    broken = tmp_path / "broken.npz"
    broken.write_bytes(b"not a zip")
    assert BidangRanker.load(broken) is None


def test_confirmed_routing_keeps_its_weight_over_the_ranker() -> None:
    from app.core.scorer import ConfirmedRouting

    scorer = fresh_scorer()
    text = "Pengadaan tenda untuk kegiatan karang taruna"
    scorer.add_confirmation(ConfirmedRouting(text=text, bidang_code="2.19"))
    assert scorer.score(proposal(text)).bidang[0].code == "2.19"


def _kamus_scorer(rows: list[KamusRow]) -> Scorer:
    return Scorer(load_bundled_reference(kamus=rows), persist_stems=False)


def test_a_near_exact_kamus_match_decides_bidang_agency_and_sub_kegiatan() -> None:
    rows = [
        KamusRow(
            code="K1",
            name="Pengadaan tenda pleton untuk kegiatan warga",
            agency_name="BADAN PENANGGULANGAN BENCANA DAERAH",
            sub_kegiatan_code="1.05.03.2.02.0004",
        )
    ]
    scorer = _kamus_scorer(rows)
    result = scorer.score(proposal("Pengadaan tenda pleton untuk kegiatan warga"))
    assert result.bidang[0].code == "1.05"
    assert result.sub_kegiatan[0].code == "1.05.03.2.02.0004"
    assert result.agency is not None and result.agency.abbreviation == "BPBD"
    assert "Kamus usulan daerah menentukan" in result.explanation_text()
    weak = scorer.score(proposal("Pengadaan kursi untuk balai warga"))
    assert "Kamus usulan daerah menentukan" not in weak.explanation_text()


def test_kamus_item_with_several_executors_keeps_them_as_alternatives(tmp_path: Path) -> None:
    path = tmp_path / "kamus.csv"
    path.write_text(
        "kode_sub_kegiatan,nama_sub_kegiatan,kamus_usulan,perangkat_daerah,satuan,perkiraan_harga_satuan\n"
        "1.03.06.2.01.12,Pembangunan Sistem Drainase Lingkungan,Pembangunan saluran drainase lingkungan,"
        "DINAS PEKERJAAN UMUM,m,2.000.000\n"
        "1.03.06.2.01.12,Pembangunan Sistem Drainase Lingkungan,Pembangunan saluran drainase lingkungan,"
        "DINAS PERUMAHAN DAN KAWASAN PERMUKIMAN,m,2.000.000\n",
        encoding="utf-8",
    )
    rows = read_kamus_csv(path)
    assert [r.sub_kegiatan_code for r in rows] == ["1.03.06.2.01.0012"] * 2
    assert len({r.code for r in rows}) == 1 and rows[0].unit_price == 2_000_000
    result = _kamus_scorer(list(rows)).score(proposal("Pembangunan saluran drainase lingkungan"))
    assert result.sub_kegiatan[0].code == "1.03.06.2.01.0012"
    assert " atau " in result.explanation_text()


def test_a_kamus_item_decides_also_with_the_villages_own_details() -> None:
    """Village, hamlet and RT names are words the reference has never seen: they cannot match
    any kamus item, so they must not turn a near-exact match into a weak one."""
    rows = [
        KamusRow(
            code="K1",
            name="Revitalisasi Posyandu",
            agency_name="DINAS PEMBERDAYAAN MASYARAKAT DAN DESA",
        )
    ]
    scorer = _kamus_scorer(rows)
    assert top_bidang("Revitalisasi Posyandu") != "2.13"  # without the kamus: health
    for text in (
        "Revitalisasi Posyandu",
        "Revitalisasi Posyandu di Desa Cibadak RT 03 RW 02",
        "Revitalisasi Posyandu Kampung Babakan 1 unit",
    ):
        result = scorer.score(proposal(text))
        assert result.bidang[0].code == "2.13", text
        assert "Kamus usulan daerah menentukan" in result.explanation_text(), text


def test_the_problem_text_cannot_outvote_a_title_that_matches_a_kamus_item() -> None:
    rows = [
        KamusRow(code="K1", name="Pemasangan CCTV", agency_name="DINAS KOMUNIKASI DAN INFORMATIKA"),
        KamusRow(
            code="K2",
            name="Pengadaan sarana keamanan lingkungan dan siskamling",
            agency_name="SATUAN POLISI PAMONG PRAJA",
        ),
    ]
    result = _kamus_scorer(rows).score(
        proposal(
            "Pemasangan CCTV di simpang desa",
            problem="Keamanan lingkungan kurang terjaga, sarana siskamling tidak ada",
        )
    )
    assert result.bidang[0].code == "2.16"
    assert "Kamus usulan daerah menentukan" in result.explanation_text()


def test_an_agency_name_is_read_duty_by_duty() -> None:
    """An "RSUD" is a hospital, not housing ("rumah"); an agency that names two duties keeps both
    and the kamus item's own words choose between them."""
    rows = [
        KamusRow(
            code="K1", name="Pengadaan kendaraan operasional", agency_name="RSUD PALABUHANRATU"
        ),
        KamusRow(
            code="K2",
            name="Bantuan benih ikan nila untuk pembudidaya",
            agency_name="DINAS PERIKANAN DAN PETERNAKAN",
        ),
        KamusRow(
            code="K3",
            name="Bantuan bibit kambing untuk kelompok ternak",
            agency_name="DINAS PERIKANAN DAN PETERNAKAN",
        ),
    ]
    scorer = _kamus_scorer(rows)
    assert scorer.score(proposal("Pengadaan kendaraan operasional")).bidang[0].code == "1.02"
    fish = scorer.score(proposal("Bantuan benih ikan nila untuk pembudidaya"))
    goats = scorer.score(proposal("Bantuan bibit kambing untuk kelompok ternak"))
    assert fish.bidang[0].code == "3.25"
    assert goats.bidang[0].code == "3.27"
    assert {"3.25", "3.27"} <= {b.code for b in goats.bidang}


def test_a_kamus_below_title_rows_is_read(tmp_path: Path) -> None:
    """``musrenbang score --kamus`` reads an SIPD export saved with its title rows."""
    path = tmp_path / "kamus.csv"
    path.write_text(
        "KAMUS USULAN KABUPATEN\n"
        "Tahun 2026\n"
        "No,Kode Sub Kegiatan,Nama Sub Kegiatan,Kamus Usulan,Perangkat Daerah,Perkiraan Harga Satuan\n"
        "1,1.03.06.2.01.12,Pembangunan Sistem Drainase Lingkungan,Pembangunan saluran drainase,"
        'DINAS PEKERJAAN UMUM,"2.000.000"\n'
        ",,,JUMLAH,,\n",
        encoding="utf-8",
    )
    (row,) = read_kamus_csv(path)
    assert (row.name, row.sub_kegiatan_code, row.unit_price) == (
        "Pembangunan saluran drainase",
        "1.03.06.2.01.0012",
        2_000_000,
    )


def test_sub_kegiatan_codes_are_padded() -> None:
    assert normalise_sub_kegiatan_code("1.01.02.2.01.08") == "1.01.02.2.01.0008"
    assert normalise_sub_kegiatan_code(" 1.03.10.2.01.0005 ") == "1.03.10.2.01.0005"
    assert normalise_sub_kegiatan_code("bukan kode") == "bukan kode"
    assert normalise_sub_kegiatan_code("") is None


# -- the nomenclature's own performance and indicator texts ------------------------------------
PSU_REPAIR = "1.04.05.2.01.0007"  # Perbaikan Prasarana, Sarana, dan Utilitas Umum di Perumahan ...
PSU_MEASURE = (
    "Prasarana, Sarana dan Utilitas Umum Perumahan yang Diperbaiki",
    "Jumlah jalan, saluran, taman dan ruang terbuka perumahan yang diperbaiki",
)


def _with_measure(reference: ScorerReference) -> ScorerReference:
    kinerja, indikator = PSU_MEASURE
    return dataclasses.replace(
        reference,
        nomenclature=tuple(
            dataclasses.replace(row, kinerja=kinerja, indikator=indikator)
            if row.code == PSU_REPAIR
            else row
            for row in reference.nomenclature
        ),
    )


def test_the_indicator_text_is_evidence_for_its_sub_kegiatan() -> None:
    # the name says "prasarana, sarana, utilitas"; only the indicator names the park
    item = proposal("Perbaikan taman bermain di perumahan")
    plain = fresh_scorer(load_bundled_reference()).score(item)
    assert plain.sub_kegiatan[0].code != PSU_REPAIR  # without it: a house-repair item
    measured = fresh_scorer(_with_measure(load_bundled_reference())).score(item)
    assert measured.sub_kegiatan[0].code == PSU_REPAIR
    assert any(f"indikator: «{PSU_MEASURE[1]}»" in line for line in measured.explanation)


def test_an_imported_nomenclature_brings_its_indicators_to_the_scorer(
    engine: Engine, tmp_path: Path
) -> None:
    source = resource("reference", "nomenklatur.csv")
    with source.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        if row["kode"] == PSU_REPAIR:
            row["kinerja"], row["indikator"] = PSU_MEASURE
    path = tmp_path / "nomenklatur_lengkap.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    import_reference(engine, "nomenclature", path)
    with read_session(engine) as session:
        reference = load_reference_from_session(session)
    entry = next(r for r in reference.nomenclature if r.code == PSU_REPAIR)
    assert (entry.kinerja, entry.indikator) == PSU_MEASURE
    result = Scorer(reference, persist_stems=False).score(
        proposal("Perbaikan taman bermain di perumahan")
    )
    assert result.sub_kegiatan[0].code == PSU_REPAIR


@pytest.mark.parametrize(
    ("text", "bidang", "expected"),
    [
        # an agency's own office needs are the supporting programme, under its bidang
        ("Rehab kantor camat", "7.01", "7.01.01.2.09.0009"),
        ("Pengadaan kendaraan operasional kecamatan", "7.01", "7.01.01.2.07.0002"),
        ("Pembangunan pagar kantor kecamatan", "7.01", "7.01.01.2.07.0011"),
        ("Pengadaan meja kursi kantor camat", "7.01", "7.01.01.2.07.0005"),
        ("Pengadaan laptop untuk kantor kecamatan", "7.01", "7.01.01.2.07.0006"),
        ("Rehab gedung kantor dinas kesehatan", "1.02", "1.02.01.2.09.0009"),
        # no sector named: at a kecamatan forum, the kecamatan's own office
        ("Pembangunan Gedung Kantor", "7.01", "7.01.01.2.07.0009"),
        ("Pendidikan dan latihan pegawai", "7.01", "7.01.01.2.05.0009"),
    ],
)
def test_office_needs_take_the_supporting_programme_under_their_bidang(
    text: str, bidang: str, expected: str
) -> None:
    result = bundled_scorer().score(proposal(text))
    assert result.bidang[0].code == bidang
    assert result.sub_kegiatan[0].code == expected, [s.code for s in result.sub_kegiatan]
    assert result.sub_kegiatan[0].name  # the placeholder's name
    assert "program penunjang" in result.explanation_text()


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Pembangunan Pagar Kantor", None),
        ("Pengadaan Kendaraan Dinas/Operasional", None),
        ("Penataan Halaman Kantor", None),
        ("Rehab gedung kantor dinas kesehatan", "1.02"),
        ("Pengadaan laptop untuk kantor kecamatan", "7.01"),
    ],
)
def test_an_office_need_without_a_sector_offers_the_agencies_with_most_offices_next(
    text: str, named: str | None
) -> None:
    """Behind the kecamatan's own office, "kantor" alone is no evidence for a sector (it put
    land and civil registration second and third); the agencies with the most work units are."""
    ranked = [b.code for b in bundled_scorer().score(proposal(text)).bidang]
    if named is None:
        assert ranked == ["7.01", "1.02", "1.01"]
    else:  # a sector or the kecamatan named: the fallback does not apply
        assert ranked[0] == named
        assert ranked[1:] != ["1.02", "1.01"]


@pytest.mark.parametrize(
    ("text", "not_office_bidang"),
    [
        ("Rehab kantor desa", "2.13"),  # a village office is not a kabupaten agency's
        ("Peningkatan kapasitas aparatur pemerintah desa", "2.13"),
        ("Pembuatan videotron papan informasi publik di kantor camat", "2.16"),  # where, not what
        ("Pengadaan kendaraan operasional puskesmas", "1.02"),  # a service facility's
    ],
)
def test_other_offices_and_places_keep_their_sector_sub_kegiatan(
    text: str, not_office_bidang: str
) -> None:
    result = bundled_scorer().score(proposal(text))
    assert result.bidang[0].code == not_office_bidang
    assert all(s.code.startswith(not_office_bidang + ".") for s in result.sub_kegiatan[:1])
    assert all(s.code.split(".")[2] != "01" for s in result.sub_kegiatan)


@pytest.mark.parametrize(
    "title",
    [
        "Pengadaan mobil ambulans jenazah kantor dinas sosial",
        # not worded as an office need: the region's kamus still names the item
        "Pengadaan ambulans jenazah",
    ],
)
def test_a_kamus_item_with_a_supporting_programme_code_decides_it(title: str) -> None:
    rows = [
        KamusRow(
            code="K1", name=title, agency_name="DINAS SOSIAL", sub_kegiatan_code="1.06.01.2.07.0002"
        )
    ]
    result = _kamus_scorer(rows).score(proposal(title))
    assert result.bidang[0].code == "1.06"
    assert result.sub_kegiatan[0].code == "1.06.01.2.07.0002"
    assert "program penunjang" in result.explanation_text()
