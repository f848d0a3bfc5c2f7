"""Importers for every kind of reference data, all-or-nothing.

A file is read, every row checked against the file itself and the database, and only when no
problem is found is it applied, in one write transaction with its provenance row. Any problem
raises ``ReferenceImportFailed`` naming file, row and column, and leaves the database unchanged.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

from sqlalchemy import Engine

from app.core.reference_import import agencies, kamus, nomenclature, pagu, regions, renstra, rpjmd
from app.core.reference_import.common import (
    ImportIssue,
    ImportResult,
    ReferenceImportFailed,
    RowReader,
)
from app.core.tabular import read_table
from app.errors import UserError
from app.models import ReferenceImport
from app.models.db import write_session
from common.i18n import _


@dataclass(frozen=True)
class Kind:
    name: str
    label: str
    module: ModuleType


KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        Kind("nomenclature", "Nomenklatur (Permendagri 90)", nomenclature),
        Kind("regions", "Wilayah (kode Kemendagri)", regions),
        Kind("agencies", "Perangkat Daerah (OPD)", agencies),
        Kind("rpjmd", "RPJMD", rpjmd),
        Kind("renstra", "Renstra OPD", renstra),
        Kind("kamus", "Kamus usulan", kamus),
        Kind("pagu", "Pagu indikatif kecamatan", pagu),
    )
}
# Names people may type on the command line, in Indonesian too.
KIND_ALIASES = {
    "nomenklatur": "nomenclature",
    "wilayah": "regions",
    "opd": "agencies",
}

__all__ = ["KINDS", "ImportIssue", "ImportResult", "ReferenceImportFailed", "import_reference"]


def resolve_kind(name: str) -> Kind:
    key = KIND_ALIASES.get(name.lower(), name.lower())
    if key not in KINDS:
        choices = ", ".join(sorted(KINDS))
        raise UserError(
            _("Jenis data referensi '{name}' tidak dikenal.").format(name=name),
            hint=_("Pilih: {choices}.").format(choices=choices),
        )
    return KINDS[key]


def import_reference(
    engine: Engine, kind_name: str, path: Path, *, sheet: str | None = None
) -> ImportResult:
    kind = resolve_kind(kind_name)
    # Offices' files open with title rows ("KAMUS USULAN ... TAHUN 2026"): the header is the
    # row among the first ones that holds the most of this kind's column names.
    known = {
        name for canonical, names in kind.module.ALIASES.items() for name in (canonical, *names)
    }
    table = read_table(path, sheet=sheet, known=known)
    reader = RowReader(table, kind.module.ALIASES, kind.module.REQUIRED)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with write_session(engine) as session:
        parsed = kind.module.validate(reader, session) if not _missing_columns(reader) else []
        if reader.issues:
            raise ReferenceImportFailed(reader.issues)
        result: ImportResult = kind.module.apply(session, parsed)
        result.source_name = table.source_name
        session.add(
            ReferenceImport(
                kind=kind.name, source_name=table.source_name, sha256=digest, rows=result.rows
            )
        )
    return result


def _missing_columns(reader: RowReader) -> bool:
    return any(issue.row is None for issue in reader.issues)
