"""The columns of the village template, the import and the export (one list for all three),
and the SIPD usulan export columns accepted as a second format."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.proposal_rules import ProposalInput
from app.core.tabular import normalise_header
from app.models.proposal import CONTENT_FIELDS, field_label, max_length
from common.numbers import format_integer


@dataclass(frozen=True)
class Column:
    key: str  # canonical name: the normalised header
    header: str  # as written in the template and the export
    field: str | None  # ProposalInput field it fills (None: handled specially)
    aliases: tuple[str, ...] = ()
    hint: str = ""
    width: int = 14
    number_format: str | None = None
    export_only: bool = False


def _c(
    header: str,
    field: str | None,
    aliases: tuple[str, ...] = (),
    hint: str = "",
    width: int = 14,
    number_format: str | None = None,
    export_only: bool = False,
) -> Column:
    if field is not None and field not in ProposalInput.FIELDS:
        raise KeyError(f"column {header!r} fills no proposal field {field!r}")
    return Column(
        normalise_header(header), header, field, aliases, hint, width, number_format, export_only
    )


def _letters(name: str) -> str:
    return f"{format_integer(max_length(name))} huruf"


COLUMNS: tuple[Column, ...] = (
    _c(
        "Nomor",
        None,
        ("no_usulan", "nomor_usulan", "id_usulan"),
        "Kosongkan untuk usulan baru; nomor dari aplikasi atau desa dipakai untuk mencocokkan "
        "usulan yang sama bila berkas diimpor lagi.",
        16,
    ),
    _c(
        "Kode Desa",
        "desa_code",
        ("kode_desa_kelurahan", "kode_wilayah", "kode_kelurahan"),
        "Boleh dikosongkan bila kolom Desa/Kelurahan diisi.",
        16,
    ),
    _c(
        "Desa/Kelurahan",
        None,
        ("desa", "kelurahan", "nama_desa", "nama_kelurahan", "desa_kel", "lokasi_desa"),
        "Pilih dari daftar (desa/kelurahan kecamatan ini).",
        20,
    ),
    _c("Dusun", "dusun", ("nama_dusun", "lingkungan"), "", 14),
    _c("RT", "rt", (), "", 6),
    _c("RW", "rw", (), "", 6),
    _c(
        "Judul Usulan",
        "title",
        ("judul", "nama_usulan", "usulan", "nama_kegiatan", "kegiatan_usulan", "uraian_usulan"),
        f"Wajib. Apa yang diusulkan dan di mana, maksimum {_letters('title')}.",
        45,
    ),
    _c(
        "Permasalahan",
        "problem",
        ("masalah", "uraian_masalah", "latar_belakang", "permasalahan_usulan"),
        f"Masalah yang ingin diatasi, maksimum {_letters('problem')}.",
        45,
    ),
    _c("Alamat/Lokasi", "address", ("alamat", "lokasi", "alamat_lengkap", "lokasi_usulan"), "", 30),
    _c("Lintang", "latitude", ("latitude", "lat"), "Contoh: -0.4167 (LS bertanda minus).", 12),
    _c("Bujur", "longitude", ("longitude", "lon", "lng", "long"), "Contoh: 116.9833.", 12),
    _c(
        "Koordinat/Tautan Peta",
        "coordinates",
        ("koordinat", "titik_koordinat", "tautan_peta", "link_peta", "link_maps"),
        "Boleh diisi sebagai ganti Lintang/Bujur: '-0.4167, 116.9833', \"0°25'S 116°59'E\" "
        "atau tautan Google Maps/OpenStreetMap.",
        24,
    ),
    _c("Volume", "volume", ("jumlah", "vol"), "Angka lebih dari 0, contoh 450 atau 12,5.", 10),
    _c("Satuan", "satuan", ("unit_satuan",), "Pilih dari daftar atau tulis satuan lain.", 10),
    _c(
        "Perkiraan Biaya (Rp)",
        "estimated_cost",
        ("perkiraan_biaya", "biaya", "anggaran", "pagu", "nilai", "estimasi_biaya", "rab"),
        "Rupiah tanpa desimal, contoh 250000000.",
        18,
        "#,##0",
    ),
    _c(
        "Penerima Manfaat",
        "beneficiaries",
        ("jumlah_penerima_manfaat", "penerima_manfaat_jiwa", "jumlah_penerima", "sasaran_jiwa"),
        "Jumlah orang.",
        12,
        "#,##0",
    ),
    _c(
        "Perempuan",
        "beneficiaries_women",
        ("penerima_perempuan", "penerima_manfaat_perempuan"),
        "Tidak lebih dari jumlah penerima manfaat.",
        10,
        "#,##0",
    ),
    _c(
        "Miskin",
        "beneficiaries_poor",
        ("penerima_miskin", "penerima_manfaat_miskin", "warga_miskin"),
        "Tidak lebih dari jumlah penerima manfaat.",
        10,
        "#,##0",
    ),
    _c(
        "Disabilitas",
        "beneficiaries_disabled",
        ("penerima_disabilitas", "penerima_manfaat_disabilitas", "difabel"),
        "Tidak lebih dari jumlah penerima manfaat.",
        10,
        "#,##0",
    ),
    _c(
        "Peringkat Desa",
        "village_rank",
        ("peringkat", "prioritas", "urutan_prioritas", "no_prioritas", "ranking", "prioritas_desa"),
        "1 = prioritas tertinggi; tidak boleh sama dalam satu desa.",
        10,
    ),
    _c(
        "Kewenangan",
        "kewenangan",
        ("kewenangan_usulan",),
        "desa, kabupaten, provinsi atau pusat.",
        12,
    ),
    _c(
        "Sumber",
        "source",
        ("sumber_usulan", "asal_usulan"),
        "Musrenbang Desa, Kecamatan atau Pokir DPRD.",
        18,
    ),
    _c("Lahan Siap", "land_ready", ("status_lahan", "kesiapan_lahan"), "ya atau tidak.", 10),
    _c("Sertifikat Lahan", "land_certificate", ("sertifikat",), "ya atau tidak.", 10),
    _c(
        "OPD",
        "agency_code",
        ("kode_opd", "perangkat_daerah", "opd_tujuan", "skpd"),
        "Kode atau nama OPD (boleh kosong).",
        24,
    ),
    _c("Kode Bidang", "bidang_code", ("bidang", "bidang_urusan", "kode_bidang_urusan"), "", 10),
    _c(
        "Sub Kegiatan",
        "sub_kegiatan_code",
        ("kode_sub_kegiatan", "subkegiatan", "sub_kegiatan_code"),
        "Kode sub kegiatan (boleh diikuti namanya).",
        20,
    ),
    _c("Kode RPJMD", "rpjmd_code", ("rpjmd", "sasaran_rpjmd", "program_prioritas"), "", 12),
    _c(
        "Status",
        None,
        ("status_usulan",),
        "Diisi aplikasi saat ekspor; diabaikan saat impor.",
        16,
        export_only=True,
    ),
)
COLUMN_BY_KEY = {c.key: c for c in COLUMNS}
NUMBER = "nomor"
DESA_NAME = "desa_kelurahan"
STATUS = "status"

# SIPD "usulan" export: ID, tanggal, pengusul, usulan, masalah, alamat, kab/kec/kel, OPD, status,
# volume, satuan, anggaran, sub kegiatan. Canonical key → accepted normalised headers.
SIPD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id_usulan", "id", "no_usulan", "kode_usulan", "nomor_usulan"),
    "tanggal": ("tanggal_usul", "tanggal", "tgl", "tanggal_usulan", "tgl_usulan", "tgl_usul"),
    "pengusul": ("pengusul", "nama_pengusul", "pengusul_usulan"),
    "usulan": ("usulan", "nama_usulan", "judul_usulan", "judul", "uraian_usulan"),
    "masalah": ("masalah", "permasalahan", "uraian_masalah"),
    "alamat": ("alamat_lokasi", "alamat", "lokasi", "alamat_usulan"),
    "wilayah": (
        "kab_kec_kel",
        "kab_kec_desa",
        "kabupaten_kecamatan_kelurahan",
        "wilayah",
        "kab_kota_kec_kel",
    ),
    "kabupaten": ("kabupaten_kota", "kabupaten", "kab_kota", "kota"),
    "kelurahan": (
        "kelurahan",
        "desa",
        "desa_kelurahan",
        "kelurahan_desa",
        "kel_desa",
        "gampong",
        "nagari",
        "kel",
    ),
    "kecamatan": ("kecamatan", "kec", "distrik"),
    "opd_akhir": (
        "perangkat_daerah_tujuan_akhir",
        "opd_tujuan_akhir",
        "skpd_tujuan_akhir",
        "pd_tujuan_akhir",
    ),
    "opd": (
        "perangkat_daerah_tujuan_awal",
        "opd_tujuan_awal",
        "skpd_tujuan_awal",
        "opd",
        "perangkat_daerah",
        "skpd",
        "opd_tujuan",
        "nama_opd",
        "perangkat_daerah_tujuan",
    ),
    "status": ("status", "status_usulan"),
    "volume": ("volume", "vol"),
    "satuan": ("satuan",),
    "harga_satuan": ("harga_satuan", "harga"),
    "anggaran": ("nilai_usulan", "anggaran", "pagu", "nilai", "biaya", "perkiraan_biaya"),
    "sub_kegiatan": ("sub_kegiatan", "subkegiatan", "kode_sub_kegiatan", "nama_sub_kegiatan"),
}
SIPD_LABELS: dict[str, str] = {
    "id": field_label("sipd_id"),
    "tanggal": "Tanggal usul",
    "pengusul": field_label("pengusul"),
    "usulan": field_label("title"),
    "masalah": field_label("problem"),
    "alamat": field_label("address"),
    "wilayah": "Kab/Kec/Kel",
    "kabupaten": "Kabupaten/kota",
    "kelurahan": field_label("desa_code"),
    "kecamatan": "Kecamatan",
    "opd_akhir": "OPD tujuan akhir",
    "opd": "OPD tujuan awal",
    "status": field_label("sipd_status"),
    "volume": field_label("volume"),
    "satuan": field_label("satuan"),
    "harga_satuan": "Harga satuan",
    "anggaran": "Nilai usulan (Rp)",
    "sub_kegiatan": "Sub kegiatan",
}
# The content fields SIPD's own export columns carry (by the key of SIPD_ALIASES). The app's
# export in SIPD's layout appends the columns of the rest, so a round trip keeps every field.
SIPD_FIELDS: dict[str, str] = {
    "title": "usulan",
    "problem": "masalah",
    "address": "alamat",
    "desa_code": "kelurahan",
    "agency_code": "opd",
    "volume": "volume",
    "satuan": "satuan",
    "estimated_cost": "anggaran",
    "sub_kegiatan_code": "sub_kegiatan",
}
# The app's columns (headers as in its own format) for the content SIPD's columns do not carry;
# program and kegiatan follow from the sub kegiatan code.
SIPD_EXTRA_COLUMNS: tuple[Column, ...] = tuple(
    c
    for c in COLUMNS
    if c.field in CONTENT_FIELDS and c.field not in SIPD_FIELDS and not c.export_only
)
SIPD_MARKERS = frozenset(
    {
        "pengusul",
        "kab_kec_kel",
        "kab_kec_desa",
        "tanggal",
        "tgl",
        "anggaran",
        "id_usulan",
        "tanggal_usul",
        "nilai_usulan",
        "perangkat_daerah_tujuan_akhir",
        "perangkat_daerah_tujuan_awal",
        "opd_tujuan_akhir",
        "alamat_lokasi_usulan",
    }
)
OUR_MARKERS = frozenset(
    {
        "judul_usulan",
        "kode_desa",
        "peringkat_desa",
        "perkiraan_biaya_rp",
        "penerima_manfaat",
        "kewenangan",
    }
)


def detect_format(headers: list[str]) -> str:
    """ "template" (our template/export) or "sipd" (SIPD usulan export), from the headers."""
    present = set(headers)
    ours = len(present & OUR_MARKERS)
    sipd = len(present & SIPD_MARKERS)
    if "masalah" in present and "usulan" in present:
        sipd += 1
    return "sipd" if sipd > ours else "template"


def known_headers() -> frozenset[str]:
    """Every header name either format knows: used to find the header row under title rows."""
    names: set[str] = set()
    for column in COLUMNS:
        names.add(column.key)
        names.update(column.aliases)
    for key, aliases in SIPD_ALIASES.items():
        names.add(key)
        names.update(aliases)
    names.discard("id")  # too common in title rows to count as a header on its own
    return frozenset(names)
