"""Indonesian dates: "Selasa, 25 Februari 2025"."""

from __future__ import annotations

from datetime import date, datetime

from babel.dates import format_date, format_datetime


def format_date_id(value: date) -> str:
    return format_date(value, format="EEEE, d MMMM y", locale="id_ID")


def format_datetime_id(value: datetime) -> str:
    return format_datetime(value, format="EEEE, d MMMM y HH.mm", locale="id_ID")
