"""Entry point: no argument opens the desktop application, anything else is the CLI.

``--version`` and ``--self-check`` are answered here, before the CLI loads its command modules
(numpy, the scorer), so they stay quick in the bundle too.
"""

from __future__ import annotations

import sys

SELF_CHECK = "--self-check"


def self_check() -> int:
    from app.core.selfcheck import Check, self_check

    extra: tuple[Check, ...]
    try:
        from app.ui.selfcheck import UI_CHECKS
    except ImportError as exc:  # a copy without Qt still checks the rest, and says so
        problem = exc

        def qt_missing(context: object) -> str:
            raise problem

        extra = (Check("Qt", qt_missing),)
    else:
        extra = UI_CHECKS
    return self_check(extra, sys.stdout)


def _attach_parent_console() -> None:
    """The windowed Windows build has no console of its own: a command typed in a Command Prompt
    (``musrenbang.exe --self-check``) still prints there, through the prompt's console."""
    if sys.platform != "win32" or sys.stdout is not None:
        return
    import ctypes

    if ctypes.windll.kernel32.AttachConsole(-1):  # ATTACH_PARENT_PROCESS
        sys.stdout = open("CONOUT$", "w", errors="replace")  # noqa: SIM115  (lives as long as the process)
        sys.stderr = open("CONOUT$", "w", errors="replace")  # noqa: SIM115


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        from app.ui.launch import launch_gui

        return launch_gui()
    _attach_parent_console()
    if args == [SELF_CHECK]:
        return self_check()
    if args == ["--version"]:
        from app import __version__

        print(f"musrenbang {__version__}")
        return 0
    from app.cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
