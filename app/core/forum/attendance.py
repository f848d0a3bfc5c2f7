"""Attendance (daftar hadir): quick entry, import from Excel/CSV, live counts.

Rows are insert-only; removing one writes a tombstone, so two laptops' lists merge by adding.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from app.core.forum.sessions import require_open
from app.core.reference_import.common import ImportIssue, ReferenceImportFailed, RowReader
from app.core.tabular import read_table
from app.errors import UserError
from app.models import Attendance
from app.models.db import write_session
from common.i18n import N_, _

UNSUR_LABELS: dict[str, str] = {
    "kepala_desa": N_("Kepala Desa/Lurah"),
    "perangkat_desa": N_("Perangkat Desa/Kelurahan"),
    "bpd": N_("BPD"),
    "lpm": N_("LPM"),
    "kecamatan": N_("Unsur Kecamatan"),
    "perangkat_daerah": N_("Perangkat Daerah (OPD)"),
    "dprd": N_("Anggota DPRD"),
    "tokoh_masyarakat": N_("Tokoh Masyarakat"),
    "tokoh_agama": N_("Tokoh Agama"),
    "perempuan": N_("Kelompok Perempuan/PKK"),
    "pemuda": N_("Pemuda/Karang Taruna"),
    "disabilitas": N_("Kelompok Disabilitas"),
    "anak": N_("Forum Anak"),
    "lainnya": N_("Lainnya"),
}
_ALIASES: dict[str, str] = {
    "kades": "kepala_desa",
    "kepala_desa": "kepala_desa",
    "kepala_desa_lurah": "kepala_desa",
    "lurah": "kepala_desa",
    "pj_kepala_desa": "kepala_desa",
    "sekdes": "perangkat_desa",
    "perangkat_desa": "perangkat_desa",
    "perangkat_kelurahan": "perangkat_desa",
    "badan_permusyawaratan_desa": "bpd",
    "lembaga_pemberdayaan_masyarakat": "lpm",
    "camat": "kecamatan",
    "unsur_kecamatan": "kecamatan",
    "opd": "perangkat_daerah",
    "perangkat_daerah": "perangkat_daerah",
    "dinas": "perangkat_daerah",
    "perangkat_daerah_opd": "perangkat_daerah",
    "anggota_dprd": "dprd",
    "tokoh": "tokoh_masyarakat",
    "tokoh_masyarakat": "tokoh_masyarakat",
    "tokoh_agama": "tokoh_agama",
    "pkk": "perempuan",
    "kelompok_perempuan": "perempuan",
    "kelompok_perempuan_pkk": "perempuan",
    "organisasi_perempuan": "perempuan",
    "karang_taruna": "pemuda",
    "pemuda_karang_taruna": "pemuda",
    "kelompok_disabilitas": "disabilitas",
    "penyandang_disabilitas": "disabilitas",
    "forum_anak": "anak",
    "lain_lain": "lainnya",
}
_SEXES = {
    "l": "L",
    "lk": "L",
    "laki": "L",
    "laki_laki": "L",
    "pria": "L",
    "p": "P",
    "pr": "P",
    "perempuan": "P",
    "wanita": "P",
}


def _key(text: str) -> str:
    return "_".join("".join(ch if ch.isalnum() else " " for ch in text.lower()).split())


def normalise_unsur(text: str) -> str | None:
    key = _key(text)
    if key in UNSUR_LABELS:
        return key
    if key in _ALIASES:
        return _ALIASES[key]
    for code, label in UNSUR_LABELS.items():
        if _key(label) == key:
            return code
    return None


def normalise_sex(text: str) -> str | None:
    return _SEXES.get(_key(text))


def add_attendee(
    session: Session,
    forum_session_id: str,
    *,
    name: str,
    unsur: str,
    sex: str,
    institution: str | None = None,
    desa_code: str | None = None,
) -> Attendance:
    require_open(session, forum_session_id)
    clean_name = " ".join(name.split())
    if not clean_name:
        raise UserError(_("Nama peserta wajib diisi."))
    unsur_code = normalise_unsur(unsur)
    if unsur_code is None:
        raise UserError(
            _("Unsur '{unsur}' tidak dikenal.").format(unsur=unsur),
            hint=_("Pilih salah satu: {choices}.").format(
                choices=", ".join(_(label) for label in UNSUR_LABELS.values())
            ),
        )
    sex_code = normalise_sex(sex)
    if sex_code is None:
        raise UserError(
            _("Jenis kelamin '{sex}' tidak dikenal.").format(sex=sex), hint=_("Isi L atau P.")
        )
    clean_institution = " ".join((institution or "").split()) or None
    for other in list_attendance(session, forum_session_id):
        same_place = _key(other.institution or "") == _key(clean_institution or "")
        if _key(other.name) == _key(clean_name) and same_place:
            where = f" ({other.institution})" if other.institution else ""
            raise UserError(
                _("{name}{where} sudah ada di daftar hadir.").format(name=other.name, where=where),
                hint=_(
                    "Orang yang sama tidak dicatat dua kali. Bila ini orang lain dengan nama "
                    "yang sama, isi instansi/desanya agar keduanya dapat dibedakan."
                ),
            )
    row = Attendance(
        session_id=forum_session_id,
        name=clean_name,
        unsur=unsur_code,
        sex=sex_code,
        institution=clean_institution,
        desa_code=desa_code or None,
    )
    session.add(row)
    session.flush()  # the next add in the same transaction sees this one
    return row


def remove_attendee(session: Session, attendance_id: str) -> None:
    row = session.get(Attendance, attendance_id)
    if row is None or row.deleted:
        raise UserError(_("Peserta itu tidak ada di daftar hadir."))
    require_open(session, row.session_id)
    row.deleted = True
    session.add(row)


def list_attendance(session: Session, forum_session_id: str) -> list[Attendance]:
    return list(
        session.exec(
            select(Attendance)
            .where(Attendance.session_id == forum_session_id, col(Attendance.deleted).is_(False))
            .order_by(col(Attendance.created_at), col(Attendance.id))
        ).all()
    )


@dataclass(frozen=True)
class UnsurCount:
    unsur: str
    label: str
    total: int
    women: int


@dataclass(frozen=True)
class AttendanceCounts:
    total: int
    women: int
    men: int
    by_unsur: tuple[UnsurCount, ...]

    @property
    def women_share(self) -> float:
        return self.women / self.total if self.total else 0.0


def attendance_counts(rows: Iterable[Attendance]) -> AttendanceCounts:
    totals: dict[str, list[int]] = {}
    women = men = 0
    for row in rows:
        entry = totals.setdefault(row.unsur, [0, 0])
        entry[0] += 1
        if row.sex == "P":
            entry[1] += 1
            women += 1
        else:
            men += 1
    order = list(UNSUR_LABELS)
    by_unsur = tuple(
        UnsurCount(code, UNSUR_LABELS.get(code, code), counts[0], counts[1])
        for code, counts in sorted(
            totals.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else len(order)
        )
    )
    return AttendanceCounts(women + men, women, men, by_unsur)


_COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("nama", "nama_peserta", "nama_lengkap"),
    "unsur": ("unsur", "unsur_peserta", "peran", "kategori"),
    "institution": ("instansi", "lembaga", "asal", "desa_kelurahan", "desa", "instansi_desa"),
    "sex": ("jenis_kelamin", "jk", "l_p", "kelamin", "sex"),
}


@dataclass(frozen=True)
class AttendanceImport:
    source_name: str
    added: int


def import_attendance(
    engine: Engine, forum_session_id: str, path: Path, *, sheet: str | None = None
) -> AttendanceImport:
    """All rows or none: every bad cell is reported with its row and column."""
    table = read_table(path, sheet=sheet)
    reader = RowReader(table, _COLUMNS, ("name", "unsur", "sex"))
    parsed: list[tuple[str, str, str, str | None]] = []
    for row in reader.rows:
        name = reader.text(row, "name", required=True, max_len=200)
        unsur_text = reader.text(row, "unsur", required=True, max_len=60)
        sex_text = reader.text(row, "sex", required=True, max_len=20)
        institution = reader.text(row, "institution", max_len=200)
        unsur = normalise_unsur(unsur_text) if unsur_text else None
        if unsur_text and unsur is None:
            reader.add(
                row.number, "unsur", _("'{unsur_text}' tidak dikenal").format(unsur_text=unsur_text)
            )
        sex = normalise_sex(sex_text) if sex_text else None
        if sex_text and sex is None:
            reader.add(
                row.number, "sex", _("'{sex_text}' bukan L atau P").format(sex_text=sex_text)
            )
        if name and unsur and sex:
            parsed.append((name, unsur, sex, institution))
    issues: list[ImportIssue] = reader.issues
    if issues:
        raise ReferenceImportFailed(issues)
    with write_session(engine) as session:
        require_open(session, forum_session_id)
        for name, unsur, sex, institution in parsed:
            add_attendee(
                session, forum_session_id, name=name, unsur=unsur, sex=sex, institution=institution
            )
    return AttendanceImport(table.source_name, len(parsed))
