"""Names for codes (kecamatan, desa, OPD, bidang) and the kecamatan positions for the map.

Names come from the bundled reference files (``resources/reference``); an ``agencies`` file
published to the server (``musrenbang-server publish-reference``) overrides the OPD names.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from server.db import ReferenceFile

RESOURCES = Path(__file__).resolve().parents[2] / "resources" / "reference"
STATIC = Path(__file__).resolve().parent / "static"


@dataclass(frozen=True)
class Names:
    regions: dict[str, str]
    agencies: dict[str, str]
    agency_short: dict[str, str]
    bidang: dict[str, str]

    def kecamatan(self, code: str | None) -> str:
        return self.regions.get(code or "", code or "-")

    def agency(self, code: str | None) -> str:
        if not code:
            return "Belum ditentukan"
        return self.agencies.get(code, code)

    def short(self, code: str | None) -> str:
        if not code:
            return "-"
        return self.agency_short.get(code) or self.agencies.get(code, code)


def _read_csv(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


@lru_cache(maxsize=1)
def _bundled() -> tuple[dict[str, str], dict[str, str], dict[str, str], dict[str, str]]:
    regions = {
        row["kode"]: row["nama"]
        for row in _read_csv((RESOURCES / "wilayah_kukar.csv").read_text(encoding="utf-8"))
    }
    agencies: dict[str, str] = {}
    short: dict[str, str] = {}
    for row in _read_csv((RESOURCES / "opd_kukar_default.csv").read_text(encoding="utf-8")):
        agencies[row["kode"]] = row["nama"].title()
        short[row["kode"]] = row.get("singkatan") or ""
    bidang: dict[str, str] = {}
    for row in _read_csv((RESOURCES / "nomenklatur.csv").read_text(encoding="utf-8")):
        if row.get("level") == "bidang" and row.get("kode"):
            bidang.setdefault(
                row["kode"],
                (row.get("nama") or "").replace("URUSAN PEMERINTAHAN BIDANG ", "").title(),
            )
    return regions, agencies, short, bidang


def names(session: Session) -> Names:
    regions, agencies, short, bidang = _bundled()
    published = session.execute(
        select(ReferenceFile.content)
        .where(ReferenceFile.kind == "agencies")
        .order_by(ReferenceFile.published_at.desc())
        .limit(1)
    ).scalar()
    if published:
        agencies, short = dict(agencies), dict(short)
        try:
            for row in _read_csv(bytes(published).decode("utf-8-sig")):
                if row.get("kode") and row.get("nama"):
                    agencies[row["kode"]] = row["nama"].title()
                    short[row["kode"]] = row.get("singkatan") or short.get(row["kode"], "")
        except (UnicodeDecodeError, csv.Error, KeyError):
            pass  # a damaged published file: keep the bundled names
    return Names(regions, agencies, short, bidang)


@lru_cache(maxsize=1)
def kecamatan_positions() -> dict[str, tuple[float, float]]:
    """Approximate (lat, lon) of each Kukar kecamatan's centre; see static/README.md."""
    out: dict[str, tuple[float, float]] = {}
    for row in _read_csv((STATIC / "kecamatan_kukar.csv").read_text(encoding="utf-8")):
        out[row["kode"]] = (float(row["lintang"]), float(row["bujur"]))
    return out
