"""Error classes shared by every layer.

The class of an error decides how it reaches a person: a ``UserError`` is shown as written,
an ``EnvironmentProblem`` gets its friendly message plus what to do, a ``Cancelled`` is silent,
and anything else is a bug that is logged with its traceback.
"""

from __future__ import annotations


class AppError(Exception):
    """Base for errors the application expects and can explain."""

    def __init__(self, message: str, *, hint: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.message} {self.hint}".strip()


class UserError(AppError):
    """The input was wrong; the message tells the person what to fix."""


class EnvironmentProblem(AppError):
    """Disk, database file, network or permissions: not the person's input, not a bug."""


class DatabaseCorrupt(EnvironmentProblem):
    """The database file exists but cannot be trusted; the fix is to restore a backup."""


class Cancelled(Exception):
    """The person cancelled a long operation; never shown."""
