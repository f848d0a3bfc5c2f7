"""``build_report``: one document of one forum session, as PDF or XLSX (chosen by the file name)."""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from reportlab.platypus import Flowable
from sqlalchemy import Engine

from app.core.progress import CancelCheck, Progress
from app.core.reports.layout import PageArea, build_pdf
from app.core.reports.logo import resolve_logo
from app.core.reports.model import CollectOptions, ReportInfo, TableData
from app.core.reports.xlsx import write_workbook
from app.errors import EnvironmentProblem, UserError
from app.models.db import read_session
from common.i18n import _


class Content(Protocol):
    info: ReportInfo

    def tables(self) -> list[TableData]: ...

    def story(self, area: PageArea) -> list[Flowable]: ...

    def expected_pages(self) -> int: ...


@dataclass(frozen=True)
class ReportKind:
    kind: str
    label: str  # shown in the UI's document list
    module: str

    def load(self) -> Any:
        return importlib.import_module(self.module)


REPORT_KINDS: dict[str, ReportKind] = {
    k.kind: k
    for k in (
        ReportKind(
            "berita-acara",
            "Berita Acara Hasil Kesepakatan Musrenbang Kecamatan",
            "app.core.reports.berita_acara",
        ),
        ReportKind(
            "td4",
            "Daftar Urutan Kegiatan Prioritas menurut Perangkat Daerah (T-D.4)",
            "app.core.reports.td4",
        ),
        ReportKind(
            "belum-disepakati",
            "Daftar Usulan yang Belum Disepakati",
            "app.core.reports.not_agreed",
        ),
        ReportKind("daftar-hadir", "Daftar Hadir", "app.core.reports.attendance"),
        ReportKind("delegasi", "Daftar Delegasi", "app.core.reports.delegation"),
        ReportKind(
            "rekap-desa",
            "Rekap per Desa/Kelurahan (surat umpan balik)",
            "app.core.reports.village",
        ),
        ReportKind("kartu", "Kartu Usulan", "app.core.reports.cards"),
    )
}
FORMATS = (".pdf", ".xlsx")


@dataclass(frozen=True)
class ReportResult:
    path: Path
    kind: str
    format: str  # "pdf" or "xlsx"
    pages: int  # PDF pages; sheets for XLSX
    digest: str
    code: str
    sealed: bool


def report_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix not in FORMATS:
        raise UserError(
            _("Nama berkas {name} harus berakhiran .pdf atau .xlsx.").format(name=path.name),
            hint=_("Contoh: -o berita-acara.pdf atau -o td4.xlsx."),
        )
    return suffix[1:]


def require_kind(kind: str) -> ReportKind:
    found = REPORT_KINDS.get(kind)
    if found is None:
        raise UserError(
            _("Jenis laporan '{kind}' tidak dikenal.").format(kind=kind),
            hint=_("Pilih salah satu: {choices}.").format(choices=", ".join(REPORT_KINDS)),
        )
    return found


def collect_content(engine: Engine, kind: str, session_id: str, options: CollectOptions) -> Content:
    module = require_kind(kind).load()
    with read_session(engine) as session:
        content: Content = module.collect(session, session_id, options)
    return content


def build_report(
    engine: Engine,
    kind: str,
    session_id: str,
    path: Path,
    progress: Progress | None = None,
    *,
    cancelled: CancelCheck | None = None,
    logo: Path | None = None,
    number: str | None = None,
) -> ReportResult:
    """Write document ``kind`` of forum session ``session_id`` to ``path`` (.pdf or .xlsx).

    The file is written beside the target and renamed into place, so a failed or cancelled
    run never leaves half a report under the chosen name.
    """
    fmt = report_format(path)
    require_kind(kind)
    step: Callable[[int, int], None] = progress or (lambda _done, _total: None)
    step(0, 100)
    options = CollectOptions(
        logo=resolve_logo(logo), number=number, progress=None, cancelled=cancelled
    )
    content = collect_content(engine, kind, session_id, options)
    info = content.info
    step(10, 100)
    target = path.resolve()
    if not target.parent.is_dir():
        raise UserError(
            _("Folder {parent} tidak ada.").format(parent=target.parent),
            hint=_("Pilih folder yang ada untuk laporan."),
        )
    partial = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        if fmt == "pdf":

            def page_progress(done: int, total: int) -> None:
                step(10 + 90 * done // max(total, 1), 100)

            pages = build_pdf(
                partial,
                info,
                content.story,
                is_landscape=bool(getattr(require_kind(kind).load(), "LANDSCAPE", False)),
                progress=page_progress,
                cancelled=cancelled,
                expected_pages=content.expected_pages(),
            )
        else:
            pages = write_workbook(partial, info, content.tables())
        os.replace(partial, target)
    except OSError as exc:
        raise EnvironmentProblem(
            _("Laporan tidak dapat ditulis ke {target}: {strerror}.").format(
                target=target, strerror=exc.strerror or exc
            ),
            hint=_(
                "Tutup berkas itu bila sedang dibuka (mis. di Excel atau pembaca PDF), "
                "periksa ruang disk dan izin folder, lalu coba lagi."
            ),
        ) from exc
    finally:
        partial.unlink(missing_ok=True)
    step(100, 100)
    return ReportResult(target, kind, fmt, pages, info.digest, info.code, info.sealed)
