"""The domain vocabulary files and the routing they produce for typical field wording."""

from __future__ import annotations

import json

import pytest

from app.core.scorer import ProposalInput
from app.core.scorer.vocab import SCORER_RESOURCE_FILES, load_vocabulary, scorer_resource_dir
from tests.core.conftest_scorer import bundled_reference, bundled_scorer, top_bidang


def test_vocabulary_files_are_valid_json_and_documented() -> None:
    folder = scorer_resource_dir()
    for name in SCORER_RESOURCE_FILES:
        json.loads((folder / name).read_text(encoding="utf-8"))
    readme = (folder / "README.md").read_text(encoding="utf-8")
    assert "Permendagri 90" in readme and "UU 23/2014" in readme


def test_every_concept_points_at_real_bidang_never_the_penunjang() -> None:
    bidang = {r.code for r in bundled_reference().nomenclature if r.level == "bidang"}
    vocab = load_vocabulary()
    ids = [c.id for c in vocab.concepts]
    assert len(ids) == len(set(ids))
    for concept in vocab.concepts:
        assert concept.terms, concept.id
        for code, weight in concept.bidang:
            assert code in bidang and not code.startswith("X"), (concept.id, code)
            assert 0 < weight <= 1.0


def test_kewenangan_rules_use_known_levels() -> None:
    vocab = load_vocabulary()
    levels = {"desa", "kabupaten", "provinsi", "pusat"}
    assert vocab.kewenangan.default_level in levels
    assert all(rule.level in levels and rule.terms for rule in vocab.kewenangan.rules)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Semenisasi jalan lingkungan", "1.03"),
        ("Rabat beton gang", "1.03"),
        ("Pembuatan siring dan gorong-gorong", "1.03"),
        ("Pemasangan PJU", "2.15"),
        ("Pengadaan lampu jalan tenaga surya", "2.15"),
        ("Pembangunan dermaga sungai", "2.15"),
        ("Pembangunan TPI", "3.25"),
        ("Pembangunan jalan usaha tani", "3.27"),
        ("Rehabilitasi jaringan irigasi tersier", "3.27"),
        ("Rehabilitasi bendung irigasi", "1.03"),
        ("Bedah rumah RTLH", "1.04"),
        ("Rehab gedung PAUD", "1.01"),
        ("Pembangunan posyandu", "1.02"),
        ("Pembangunan sumur bor air bersih", "1.03"),
        ("Pengadaan tong sampah dan bank sampah", "2.11"),
        ("Bantuan kursi roda penyandang disabilitas", "1.06"),
        ("Pelayanan KB di kampung KB", "2.14"),
        ("Pelatihan aparatur desa", "2.13"),
        ("Pembangunan lapangan sepak bola", "2.19"),
        ("Pengadaan alat kesenian tradisional", "2.22"),
        ("Pengembangan desa wisata", "3.26"),
        ("Revitalisasi pasar tradisional", "3.30"),
        ("Pelatihan pengrajin anyaman", "3.31"),
        ("Bantuan modal usaha UMKM", "2.17"),
        ("Pelatihan kerja menjahit bagi pencari kerja", "2.07"),
        ("Pengadaan alat pemadam kebakaran", "1.05"),
        ("Pembuatan akta kelahiran", "2.12"),
        ("Pemasangan jaringan internet desa", "2.16"),
        ("Pembangunan perpustakaan desa", "2.23"),
        ("Pengembangan lumbung pangan", "2.09"),
        ("Pencegahan kekerasan terhadap anak", "2.08"),
        ("Rehab masjid", "4.01"),
    ],
)
def test_field_wording_routes_to_the_planner_bidang(text: str, expected: str) -> None:
    assert top_bidang(text) == expected


def test_generic_concepts_step_back_for_the_sector() -> None:
    assert top_bidang("Pembangunan gedung olahraga") == "2.19"
    assert top_bidang("Kajian perumahan dan permukiman") == "1.04"
    assert top_bidang("Bantuan bibit dan pakan ikan") == "3.25"


def test_beneficiary_words_do_not_override_the_object() -> None:
    assert top_bidang("Bantuan jamban sehat untuk keluarga miskin") == "1.03"
    assert top_bidang("Bantuan sosial keluarga miskin") == "1.06"


def test_penunjang_is_never_suggested() -> None:
    scorer = bundled_scorer()
    for text in ("Penyediaan jasa kebersihan kantor", "administrasi umum perangkat daerah"):
        result = scorer.score(ProposalInput(id="x", text=text))
        assert all(not b.code.startswith("X") for b in result.bidang)
        assert all(not s.code.startswith("X") for s in result.sub_kegiatan)


def test_stem_collisions_do_not_leak_into_other_sectors() -> None:
    # perawatan (maintenance) is not perawat (nurse); penghubung is not perhubungan;
    # penyaluran (distribution) is not saluran (drain); pekerjaan umum is not tenaga kerja
    assert top_bidang("Perawatan jalan kabupaten") == "1.03"
    assert top_bidang("Pembangunan jembatan penghubung dusun") == "1.03"
    assert top_bidang("Penyaluran bantuan sembako lansia") == "1.06"
    assert top_bidang("Usulan ke Dinas Pekerjaan Umum untuk siring") == "1.03"
    assert top_bidang("Pengolahan dan pemasaran hasil perkebunan") == "3.27"
    assert top_bidang("Pembangunan rumah sakit pratama") == "1.02"


def test_the_object_of_a_request_word_is_the_head() -> None:
    assert top_bidang("Anak sekolah kesulitan menyeberang sungai, perlu jembatan") == "1.03"
    assert top_bidang("Lampu jalan mati di depan masjid, mohon perbaikan lampu") == "2.15"
    assert top_bidang("Posyandu belum punya gedung, mohon dibangunkan gedung posyandu") == "1.02"


def _top3(text: str) -> list[str]:
    result = bundled_scorer().score(ProposalInput(id="n", text=text))
    return [b.code for b in result.bidang]


@pytest.mark.parametrize(
    ("text", "first", "alternates"),
    [
        # the alternates are the sectors that share the duty (Permendagri 90, UU 23/2014)
        ("Pemasangan lampu PJU di jalan poros desa", "2.15", {"1.04", "1.03"}),
        ("Bedah rumah warga lansia", "1.04", {"1.06"}),
        ("Pembangunan gedung posyandu", "1.02", {"2.13"}),
        ("Pembangunan tambatan perahu di kampung", "2.15", {"3.25"}),
        ("Pengembangan desa wisata", "3.26", {"2.22"}),
        ("Penanaman mangrove di pantai", "2.11", {"3.28", "3.25"}),
        ("Posyandu lansia di dusun", "1.02", {"1.06"}),
        ("Pemasangan CCTV di titik rawan kejahatan", "2.16", {"1.05"}),
    ],
)
def test_neighbouring_sectors_are_the_alternates(
    text: str, first: str, alternates: set[str]
) -> None:
    codes = _top3(text)
    assert codes[0] == first, codes
    assert alternates & set(codes[1:]), codes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a phrase holding the request word is the object; "bagi/untuk" introduces beneficiaries
        ("Pelatihan keterampilan bagi pemuda pengangguran", "2.07"),
        ("Pengadaan tanah SD", "1.01"),
        # office items belong to the office named
        ("Pengadaan laptop dan printer untuk kantor camat", "7.01"),
        ("Pengadaan komputer untuk puskesmas", "1.02"),
        ("Pembangunan pagar kantor desa", "2.13"),
        # regional terms
        ("Pembangunan pelantar kayu di kampung nelayan", "1.03"),
        ("Pembangunan honai sehat", "1.04"),
        ("Pengadaan handtraktor utk poktan", "3.27"),
        ("Pengadaan pompong antar pulau", "2.15"),
        ("Rehab JIAT yang rusak", "1.03"),
        ("Penyediaan data statistik sektoral", "2.20"),
    ],
)
def test_free_wording_from_other_regions(text: str, expected: str) -> None:
    assert top_bidang(text) == expected
