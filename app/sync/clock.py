"""Noticing a wrong computer clock.

Sync orders nothing by clocks (server revisions and change numbers do that), so a clock ten years
behind changes no outcome. It still puts wrong dates on what people read (audit events, "saved
at", berita acara times), so the office is told to fix it.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from common.dates import format_date_id

# Laptops drift by seconds to minutes; anything beyond this is a wrong date or time zone.
TOLERANCE = timedelta(minutes=5)


def clock_skew(server_time: str | None, now: datetime) -> timedelta | None:
    """How far this computer's clock (``now``, aware UTC) is ahead of the server's."""
    if not server_time:
        return None
    try:
        server = datetime.fromisoformat(server_time)
    except ValueError:
        return None
    if server.tzinfo is None:
        server = server.replace(tzinfo=UTC)
    return now - server


def clock_warning(server_time: str | None, now: datetime) -> str | None:
    skew = clock_skew(server_time, now)
    if skew is None or abs(skew) <= TOLERANCE:
        return None
    direction = "lebih cepat" if skew > timedelta(0) else "lebih lambat"
    server_date = format_date_id((now - skew).astimezone(UTC).date())
    return (
        f"Jam komputer ini {direction} {_span(abs(skew))} dibanding server kabupaten "
        f"(menurut server hari ini {server_date}). Data tetap terkirim dengan benar, tetapi "
        "tanggal pada catatan dan dokumen akan salah: betulkan tanggal, jam dan zona waktu "
        "(WITA) di pengaturan Windows."
    )


def _span(delta: timedelta) -> str:
    days = delta.days
    if days >= 365:
        return f"sekitar {days // 365} tahun"
    if days >= 1:
        return f"sekitar {days} hari"
    hours = int(delta.total_seconds() // 3600)
    if hours >= 1:
        return f"sekitar {hours} jam"
    return f"sekitar {int(delta.total_seconds() // 60)} menit"
