"""The one table reader refuses hostile or oversized files quickly, with a clear message, and
reads what real offices send (UTF-16 CSV, control characters). Every file is built here."""

from __future__ import annotations

import struct
import time
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest

from app.core import tabular
from app.core.tabular import read_table
from app.errors import UserError

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
    'officedocument.spreadsheetml.sharedStrings+xml"/>'
    "</Types>"
)
_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
_WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Usulan" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
)
_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_SHEET_TWO_STRINGS = (
    f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}><sheetData>'
    '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    '<row r="2"><c r="A2" t="s"><v>1</v></c></row>'
    "</sheetData></worksheet>"
)


def _small_xlsx(path: Path, *, sheet: str, strings: str) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", sheet)
        archive.writestr("xl/sharedStrings.xml", strings)
    return path


def _strings(*texts: str, prolog: str = "") -> str:
    items = "".join(f"<si><t>{t}</t></si>" for t in texts)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}'
        f'<sst {_NS} count="{len(texts)}" uniqueCount="{len(texts)}">{items}</sst>'
    )


def _raw_zip(path: Path, members: list[tuple[str, bytes, int, int]]) -> None:
    """A zip written by hand from raw deflate streams (name, data, crc, uncompressed size)."""
    central = b""
    with path.open("wb") as out:
        for name, data, crc, size in members:
            offset = out.tell()
            encoded = name.encode()
            out.write(
                struct.pack(
                    "<IHHHHHIIIHH",
                    0x04034B50,
                    20,
                    0,
                    8,
                    0,
                    0,
                    crc,
                    len(data),
                    size,
                    len(encoded),
                    0,
                )
            )
            out.write(encoded)
            out.write(data)
            central += (
                struct.pack(
                    "<IHHHHHHIIIHHHHHII",
                    0x02014B50,
                    20,
                    20,
                    0,
                    8,
                    0,
                    0,
                    crc,
                    len(data),
                    size,
                    len(encoded),
                    0,
                    0,
                    0,
                    0,
                    0,
                    offset,
                )
                + encoded
            )
        start = out.tell()
        out.write(central)
        out.write(
            struct.pack(
                "<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(central), start, 0
            )
        )


def _deflated(text: str) -> tuple[bytes, int, int]:
    raw = text.encode()
    c = zlib.compressobj(6, zlib.DEFLATED, -15)
    return c.compress(raw) + c.flush(), zlib.crc32(raw), len(raw)


def _gib_cell_xlsx(path: Path) -> Path:
    """An xlsx of about 5 MB whose one shared string is 1 GiB of 'a'."""
    prefix = f'<?xml version="1.0" encoding="UTF-8"?><sst {_NS} count="1" uniqueCount="1"><si><t>'
    suffix = "</t></si></sst>"
    block = b"a" * (1 << 20)
    c = zlib.compressobj(1, zlib.DEFLATED, -15)
    head = c.compress(prefix.encode()) + c.flush(zlib.Z_FULL_FLUSH)
    body = c.compress(block) + c.flush(zlib.Z_FULL_FLUSH)  # state is reset after a full flush
    tail = c.compress(suffix.encode()) + c.flush()
    crc = zlib.crc32(prefix.encode())
    for _ in range(1024):
        crc = zlib.crc32(block, crc)
    crc = zlib.crc32(suffix.encode(), crc)
    size = len(prefix) + 1024 * len(block) + len(suffix)
    sheet = (
        f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}><sheetData>'
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>'
    )
    members = [
        ("[Content_Types].xml", *_deflated(_CONTENT_TYPES)),
        ("_rels/.rels", *_deflated(_RELS)),
        ("xl/workbook.xml", *_deflated(_WORKBOOK)),
        ("xl/_rels/workbook.xml.rels", *_deflated(_WORKBOOK_RELS)),
        ("xl/worksheets/sheet1.xml", *_deflated(sheet)),
        ("xl/sharedStrings.xml", head + body * 1024 + tail, crc, size),
    ]
    _raw_zip(path, members)
    return path


def _two_million_rows_xlsx(path: Path) -> Path:
    """2,000,000 rows, no <dimension> element."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("[Content_Types].xml", _CONTENT_TYPES)
        archive.writestr("_rels/.rels", _RELS)
        archive.writestr("xl/workbook.xml", _WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        archive.writestr("xl/sharedStrings.xml", _strings("judul"))
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as stream:
            stream.write(
                f'<?xml version="1.0" encoding="UTF-8"?><worksheet {_NS}><sheetData>'.encode()
            )
            block = b'<row><c t="s"><v>0</v></c><c><v>1</v></c></row>' * 20_000
            for _ in range(100):
                stream.write(block)
            stream.write(b"</sheetData></worksheet>")
    return path


def _bounded(build: object, path: Path) -> tuple[UserError, float, int]:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(UserError) as caught:
            read_table(path)
    finally:
        elapsed = time.perf_counter() - started
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    return caught.value, elapsed, peak


def test_gib_cell_is_refused_with_bounded_memory(tmp_path: Path) -> None:
    path = _gib_cell_xlsx(tmp_path / "sel-raksasa.xlsx")
    assert path.stat().st_size < 8 * 1024 * 1024
    error, _elapsed, peak = _bounded(None, path)
    assert "terlalu besar setelah dibuka" in str(error)
    assert peak < 64 * 1024 * 1024  # streaming: never the whole part in memory


def test_two_million_rows_without_dimension_is_refused(tmp_path: Path) -> None:
    path = _two_million_rows_xlsx(tmp_path / "dua-juta.xlsx")
    error, _elapsed, peak = _bounded(None, path)
    assert "lebih dari 100.000 baris" in str(error)
    assert "Pecah berkas" in str(error)
    assert peak < 64 * 1024 * 1024


def test_row_limit_holds_for_csv(tmp_path: Path) -> None:
    path = tmp_path / "banyak.csv"
    path.write_text("judul\n" + "x\n" * (tabular.MAX_ROWS + 100), encoding="utf-8")
    with pytest.raises(UserError, match=r"100\.000 baris"):
        read_table(path)


@pytest.mark.parametrize(
    "prolog",
    [
        '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;">'
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>',
        '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    ],
    ids=["billion-laughs", "external-entity"],
)
def test_entity_declarations_are_refused(tmp_path: Path, prolog: str) -> None:
    path = _small_xlsx(
        tmp_path / "entitas.xlsx",
        sheet=_SHEET_TWO_STRINGS,
        strings=_strings("judul", "&lol3;" if "lol" in prolog else "&xxe;", prolog=prolog),
    )
    with pytest.raises(UserError, match="DTD/entitas") as caught:
        read_table(path)
    assert caught.value.hint and "simpan ulang" in caught.value.hint


def test_corrupt_stream_is_a_clear_error(tmp_path: Path) -> None:
    good = _small_xlsx(
        tmp_path / "baik.xlsx",
        sheet=_SHEET_TWO_STRINGS,
        strings=_strings("judul", "Semenisasi jalan " * 200),
    )
    assert read_table(good).rows[0].values["judul"].startswith("Semenisasi")
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as archive:
        info = archive.getinfo("xl/sharedStrings.xml")
    start = info.header_offset + 30 + len(info.filename) + 5
    for i in range(start, start + 40):
        data[i] ^= 0x5A
    bad = tmp_path / "rusak.xlsx"
    bad.write_bytes(bytes(data))
    with pytest.raises(UserError, match="rusak"):
        read_table(bad)


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_csv_is_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "excel-unicode.csv"
    path.write_bytes("Judul Usulan\tDesa\nSemenisasi jalan\tBukit Raya\n".encode(encoding))
    table = read_table(path)
    assert table.headers == ["judul_usulan", "desa"]
    assert table.rows[0].values == {"judul_usulan": "Semenisasi jalan", "desa": "Bukit Raya"}


def test_control_characters_are_removed_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "kendali.csv"
    path.write_text("judul;desa\nJalan\x0b usaha\x1b tani\x07;Bukit\n", encoding="utf-8")
    table = read_table(path)
    assert table.rows[0].values["judul"] == "Jalan usaha tani"
    assert table.cleaned_cells == [(2, "judul")]


def test_oversized_cell_names_row_and_column(tmp_path: Path) -> None:
    path = tmp_path / "panjang.csv"
    path.write_text("a,b\n1," + "x" * (tabular.HARD_CELL_CHARS + 5) + "\n", encoding="utf-8")
    with pytest.raises(UserError, match="terlalu panjang"):
        read_table(path)
