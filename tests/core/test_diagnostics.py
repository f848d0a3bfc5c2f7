"""The diagnosis text: versions, database state, sync state, log tail, and no secrets."""

from __future__ import annotations

import logging

from sqlalchemy import Engine

from app import __version__, paths
from app.core.diagnostics import collect_diagnostics, log_tail, redact
from app.logsetup import log_file
from app.sync.status import diagnosis_lines


def test_redact_masks_secrets_but_keeps_codes() -> None:
    text = redact(
        'password=rahasia1 token: abc.def "refresh_token": "xyz" Authorization: Bearer qwe '
        "kecamatan_code=64.02.01"
    )
    for secret in ("rahasia1", "abc.def", "xyz", "qwe"):
        assert secret not in text
    assert "64.02.01" in text


def test_log_tail_gives_the_last_lines_masked() -> None:
    log_file().write_text(
        "".join(f"baris {i}\n" for i in range(80)) + "login password=sandi-rahasia\n",
        encoding="utf-8",
    )
    tail = log_tail(50)
    assert len(tail) == 50 and tail[0] == "baris 31"
    assert tail[-1] == "login password=***"


def test_diagnostics_name_versions_database_and_sync(engine: Engine) -> None:
    logging.getLogger("uji").info("ini baris log")
    log_file().write_text("2026 INFO uji: token=bocor123\n", encoding="utf-8")
    text = collect_diagnostics(sync_lines=diagnosis_lines(engine), extra={"Qt": "6.x"})
    assert __version__ in text and "Qt: 6.x" in text
    assert str(paths.database_path()) in text
    assert "quick_check): ok" in text
    assert "Revisi skema:" in text and "Revisi skema: kosong" not in text
    assert "Antrean keluar: menunggu 0" in text
    assert "Terdaftar ke server: belum" in text
    assert "token=***" in text and "bocor123" not in text


def test_diagnostics_without_a_database() -> None:
    text = collect_diagnostics(sync_lines=diagnosis_lines(None))
    assert "Berkas tidak ada." in text and "(log kosong)" in text
