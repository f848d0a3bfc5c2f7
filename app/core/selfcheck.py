"""``musrenbang --self-check``: proves that an installed copy (above all a PyInstaller bundle) has
everything it needs, without touching the user's data.

Every check runs inside a temporary folder that ``MUSRENBANG_HOME`` points at for the duration, so
the database, backups and logs it creates vanish afterwards. The Qt-free checks live here; the
interface adds its own (translations loaded by Qt, fonts registered with Qt) from ``app.ui``.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TextIO

from app import __version__, paths
from common.numbers import format_integer

# The first four bytes of every compiled Qt translation catalogue (.qm).
QM_MAGIC = bytes.fromhex("3cb86418")
LANGUAGES = ("id", "en")


@dataclass
class SelfCheckContext:
    """What the checks share: the temporary folder and the database once it is open."""

    workspace: Path
    values: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class CheckResult:
    name: str
    passed: bool
    detail: str


@dataclass(frozen=True)
class Check:
    """``run`` returns a one-line description of what it found, or raises when the check fails."""

    name: str
    run: Callable[[SelfCheckContext], str]


class CheckFailed(Exception):
    """A check found something wrong (as opposed to crashing)."""


def is_bundle() -> bool:
    return bool(getattr(sys, "frozen", False))


@contextmanager
def temporary_home() -> Iterator[Path]:
    """A throw-away ``MUSRENBANG_HOME`` for the duration; the previous value is restored."""
    previous = os.environ.get(paths.HOME_ENV)
    with tempfile.TemporaryDirectory(prefix="musrenbang-selfcheck-") as folder:
        os.environ[paths.HOME_ENV] = folder
        try:
            yield Path(folder)
        finally:
            if previous is None:
                os.environ.pop(paths.HOME_ENV, None)
            else:
                os.environ[paths.HOME_ENV] = previous


def _thousands(number: int) -> str:
    return format_integer(number)


def _check_database(context: SelfCheckContext) -> str:
    from app.core.database import open_database
    from app.models.migrate import current_revision, head_revision

    db_path = paths.database_path()
    if context.workspace not in db_path.parents:
        raise CheckFailed(f"basis data di luar folder sementara: {db_path}")
    opened = open_database(db_path)
    context.values["opened"] = opened
    revision = current_revision(opened.engine)
    if revision != head_revision():
        raise CheckFailed(f"skema di revisi {revision}, seharusnya {head_revision()}")
    with opened.engine.connect() as connection:
        integrity = connection.exec_driver_sql("PRAGMA quick_check").scalar()
    if integrity != "ok":
        raise CheckFailed(f"pemeriksaan integritas SQLite: {integrity}")
    return f"basis data baru dibuat dan dimigrasikan ke revisi {revision} (folder sementara)"


def _check_reference(context: SelfCheckContext) -> str:
    from app.core.database import OpenedDatabase
    from app.core.proposal_rules import bounding_boxes, satuan_list

    opened = context.values.get("opened")
    if not isinstance(opened, OpenedDatabase):
        raise CheckFailed("basis data tidak terbuka, data referensi tidak dapat dimuat")
    manifest = json.loads(paths.resource("reference", "manifest.json").read_text(encoding="utf-8"))
    if len(opened.reference_loaded) != len(manifest["imports"]):
        raise CheckFailed(
            f"{len(opened.reference_loaded)} dari {len(manifest['imports'])} berkas referensi dimuat"
        )
    empty = [result.source_name for result in opened.reference_loaded if result.rows == 0]
    if empty:
        raise CheckFailed(f"berkas referensi kosong: {', '.join(empty)}")
    rows = sum(result.rows for result in opened.reference_loaded)
    scorer_files = sorted(paths.resource("scorer").glob("*.json"))
    if not scorer_files:
        raise CheckFailed(f"data penilai tidak ada di {paths.resource('scorer')}")
    for scorer_file in scorer_files:
        json.loads(scorer_file.read_text(encoding="utf-8"))
    if not satuan_list() or not bounding_boxes():
        raise CheckFailed("daftar satuan atau batas wilayah kosong")
    # The stemmer reads its root-word list from a data file next to its code.
    from Sastrawi.Stemmer.StemmerFactory import StemmerFactory

    stem = StemmerFactory().create_stemmer().stem("pembangunan")
    if stem != "bangun":
        raise CheckFailed(f"pemotong kata Sastrawi memberi {stem!r} untuk 'pembangunan'")
    return (
        f"{len(opened.reference_loaded)} berkas referensi ({_thousands(rows)} baris), "
        f"{len(scorer_files)} berkas penilai, kamus Sastrawi"
    )


def _check_translation_files(context: SelfCheckContext) -> str:
    found: list[str] = []
    for language in LANGUAGES:
        path = paths.resource("i18n", f"musrenbang_{language}.qm")
        if not path.is_file():
            raise CheckFailed(f"berkas terjemahan tidak ada: {path}")
        with path.open("rb") as handle:
            if handle.read(len(QM_MAGIC)) != QM_MAGIC:
                raise CheckFailed(f"{path.name} bukan katalog terjemahan Qt")
        found.append(path.name)
    return ", ".join(found)


def _check_fonts(context: SelfCheckContext) -> str:
    from reportlab.pdfbase import pdfmetrics

    from app.core.reports.fonts import BOLD, CONDENSED, CONDENSED_BOLD, REGULAR, register_fonts

    register_fonts()
    names = [REGULAR, BOLD, CONDENSED, CONDENSED_BOLD]
    for name in names:
        font = pdfmetrics.getFont(name)
        if pdfmetrics.stringWidth("Rp 1.250.000", font.fontName, 10) <= 0:
            raise CheckFailed(f"huruf {name} tidak punya ukuran glif")
    return f"{len(names)} huruf DejaVu terdaftar untuk laporan"


def _check_pdf(context: SelfCheckContext) -> str:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from app.core.reports.fonts import BOLD, REGULAR, register_fonts
    from app.core.reports.render import page_count, render_pages
    from common.dates import format_date_id
    from common.money import format_rupiah

    register_fonts()
    target = context.workspace / "pemeriksaan-mandiri.pdf"
    canvas = Canvas(str(target), pagesize=A4)
    height = A4[1]
    canvas.setFont(BOLD, 16)
    canvas.drawString(72, height - 96, "Pemeriksaan mandiri Musrenbang Kecamatan")
    canvas.setFont(REGULAR, 11)
    lines = [
        f"Versi {__version__}",
        f"Tanggal: {format_date_id(date.today())}",
        f"Contoh nilai: {format_rupiah(1_250_000)}",
        "Huruf: DejaVu Sans (ĀāŌō “kutip” — tanda hubung)",
    ]
    for number, line in enumerate(lines):
        canvas.drawString(72, height - 130 - number * 18, line)
    canvas.showPage()
    canvas.save()
    data = target.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise CheckFailed("berkas yang dibuat bukan PDF")
    pages = page_count(target)
    if pages != 1:
        raise CheckFailed(f"PDF berisi {pages} halaman, seharusnya 1")
    rendered = render_pages(target, dpi=36)[0]
    if len(set(rendered.rgb)) < 2:
        raise CheckFailed("halaman PDF tergambar kosong")
    return f"PDF 1 halaman ({_thousands(len(data))} bita) dibuat dan digambar ulang oleh PDFium"


def _check_guide(context: SelfCheckContext) -> str:
    folder = paths.guide_dir()
    chapters = sorted(folder.glob("*.md")) if folder.is_dir() else []
    if not chapters:
        raise CheckFailed(f"panduan pengguna tidak ada di {folder}")
    for chapter in chapters:
        chapter.read_text(encoding="utf-8")
    return f"{len(chapters)} berkas panduan pengguna"


def _check_scorer(context: SelfCheckContext) -> str:
    """Scores one proposal with the bundled reference: the scorer's modules (compiled ones in a
    bundle built with them) load, and route a plain proposal where a planner would."""
    from app.core.scorer import ProposalInput, Scorer, load_bundled_reference, native

    scorer = Scorer(load_bundled_reference(), persist_stems=False)
    result = scorer.score(ProposalInput(id="cek", text="Semenisasi jalan lingkungan RT 05"))
    if not result.bidang or result.bidang[0].code != "1.03":
        got = result.bidang[0].code if result.bidang else "tidak ada"
        raise CheckFailed(f"«Semenisasi jalan lingkungan» diarahkan ke bidang {got}, bukan 1.03")
    return f"bidang 1.03 untuk usulan contoh; penilai {native.describe()}"


CORE_CHECKS: tuple[Check, ...] = (
    Check("Basis data", _check_database),
    Check("Data referensi", _check_reference),
    Check("Berkas terjemahan", _check_translation_files),
    Check("Huruf laporan", _check_fonts),
    Check("PDF satu halaman", _check_pdf),
    Check("Penilai usulan", _check_scorer),
    Check("Panduan pengguna", _check_guide),
)


def run_checks(checks: Sequence[Check], context: SelfCheckContext) -> list[CheckResult]:
    """Every check runs even when an earlier one failed, so one run lists every problem."""
    results: list[CheckResult] = []
    for check in checks:
        try:
            detail = check.run(context)
        except CheckFailed as exc:
            results.append(CheckResult(check.name, False, str(exc)))
        except Exception as exc:
            where = traceback.extract_tb(exc.__traceback__)[-1]
            results.append(
                CheckResult(
                    check.name,
                    False,
                    f"{type(exc).__name__}: {exc} ({Path(where.filename).name}:{where.lineno})",
                )
            )
        else:
            results.append(CheckResult(check.name, True, detail))
    return results


def print_report(results: Sequence[CheckResult], out: TextIO | None) -> None:
    """One line per check. ``out`` is None in a windowed Windows build (no console)."""
    if out is None:
        return
    kind = "bundel" if is_bundle() else "kode sumber"
    print(f"Pemeriksaan mandiri Musrenbang Kecamatan {__version__} ({kind})", file=out)
    for result in results:
        mark = "LULUS" if result.passed else "GAGAL"
        print(f"[{mark}] {result.name}: {result.detail}", file=out)
    passed = sum(result.passed for result in results)
    verdict = "SEMUA LULUS" if passed == len(results) else "ADA YANG GAGAL"
    print(f"Hasil: {passed} dari {len(results)} pemeriksaan lulus — {verdict}.", file=out)
    out.flush()


def self_check(extra: Sequence[Check] = (), out: TextIO | None = None) -> int:
    """Run the core checks and ``extra`` (the interface's) in a temporary home; exit status 0/1."""
    with temporary_home() as workspace:
        context = SelfCheckContext(workspace)
        try:
            results = run_checks((*CORE_CHECKS, *extra), context)
        finally:
            opened = context.values.get("opened")
            engine = getattr(opened, "engine", None)
            if engine is not None:
                engine.dispose()  # Windows cannot delete an open database file
    print_report(results, sys.stdout if out is None else out)
    return 0 if all(result.passed for result in results) else 1
