"""Command-line interface: ``musrenbang <command> ...``.

Each command lives in its own module with a ``register(subparsers)`` function that adds its parser
and sets ``handler`` (a callable taking the parsed namespace and returning an exit status).
Errors the application expects are printed as one line; anything else is logged with its
traceback to the log folder and reported as a bug, never dumped on the terminal.
"""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import logging
import sys
from collections.abc import Sequence
from typing import Any

from app.errors import AppError, Cancelled

# Modules under app.cli that contribute commands, each with the top-level commands it adds; a
# command issue adds its module here (tests/cli/test_cli.py checks the names against what each
# module registers). A command line naming one of these commands builds that module's parser
# only: `musrenbang score` then does not import the database, report and sync machinery of the
# other commands (sqlalchemy, alembic, openpyxl, reportlab), which took most of its start-up.
COMMAND_MODULES: dict[str, tuple[str, ...]] = {
    "app.cli.db": ("db",),
    "app.cli.ref": ("ref",),
    "app.cli.demo": ("demo",),
    "app.cli.score": ("score",),
    "app.cli.proposals": ("proposals",),
    "app.cli.forum": ("verify", "forum"),
    "app.cli.report": ("report",),
    "app.cli.sync": ("sync",),
    "app.cli.office": ("office",),
    "app.cli.diagnostics": ("diagnostics",),
}

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_BUG = 70

log = logging.getLogger(__name__)


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    """The parser for ``argv``: when it starts with a command name, that command's module only
    (argparse hands the rest of the line to the command's own parser, so it parses and prints as
    the whole parser would); otherwise (``--help``, a typo) every command, so the help and the
    error list them all."""
    first = argv[0] if argv else None
    for module_name, commands in COMMAND_MODULES.items():
        if first in commands and importlib.util.find_spec(module_name) is not None:
            return _parser_with((module_name,))
    return _parser_with(tuple(COMMAND_MODULES))


def _parser_with(module_names: Sequence[str]) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="musrenbang",
        description="Musrenbang Kecamatan. Tanpa argumen: membuka aplikasi desktop.",
    )
    parser.add_argument("--version", action=_VersionAction)
    subparsers = parser.add_subparsers(dest="command", metavar="PERINTAH")
    for module_name in module_names:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue  # a command whose module is not written yet is simply absent
            raise
        module.register(subparsers)
    return parser


class _VersionAction(argparse.Action):
    """argparse's ``action="version"`` (same help, same output), reading the version only when
    ``--version`` is given: app.__version__ costs about 70 ms to look up."""

    def __init__(self, option_strings: Sequence[str], dest: str) -> None:
        super().__init__(
            option_strings,
            dest=argparse.SUPPRESS,
            default=argparse.SUPPRESS,
            nargs=0,
            help="show program's version number and exit",
        )

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        from app import __version__

        print(f"musrenbang {__version__}")
        parser.exit()


def run(argv: Sequence[str]) -> int:
    from app.logsetup import configure_logging

    configure_logging()
    parser = build_parser(argv)
    args = parser.parse_args(list(argv))
    handler = getattr(args, "handler", None)
    if handler is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        status = handler(args)
    except Cancelled:
        return EXIT_FAILURE
    except AppError as exc:
        print(f"Gagal: {exc}", file=sys.stderr)
        return EXIT_FAILURE
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return EXIT_FAILURE
    except Exception:
        log.exception("unexpected error in command %s", args.command)
        from app.paths import log_dir

        print(
            "Terjadi kesalahan yang tidak terduga (bug). Rinciannya dicatat di "
            f"{log_dir() / 'musrenbang.log'}; kirimkan berkas itu ke tim pengembang.",
            file=sys.stderr,
        )
        return EXIT_BUG
    return int(status or 0)
