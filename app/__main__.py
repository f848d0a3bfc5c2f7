"""Entry point: no argument opens the desktop application, anything else is the CLI."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args:
        from app.ui.launch import launch_gui

        return launch_gui()
    from app.cli import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
