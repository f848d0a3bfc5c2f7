"""Command-line interface: ``musrenbang <command> ...``.

Each command lives in its own module with a ``register(subparsers)`` function that adds its parser
and sets ``handler`` (a callable taking the parsed namespace and returning an exit status).
Errors the application expects are printed as one line; anything else is logged with its
traceback to the log folder and reported as a bug, never dumped on the terminal.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from app import __version__
from app.errors import AppError, Cancelled

# Modules under app.cli that contribute commands; a command issue adds its module here.
COMMAND_MODULES: tuple[str, ...] = (
    "app.cli.db",
    "app.cli.ref",
    "app.cli.demo",
    "app.cli.score",
    "app.cli.proposals",
    "app.cli.forum",
    "app.cli.report",
    "app.cli.sync",
    "app.cli.office",
    "app.cli.diagnostics",
)

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_BUG = 70

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="musrenbang",
        description="Musrenbang Kecamatan. Tanpa argumen: membuka aplikasi desktop.",
    )
    parser.add_argument("--version", action="version", version=f"musrenbang {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="PERINTAH")
    for module_name in COMMAND_MODULES:
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue  # a command whose module is not written yet is simply absent
            raise
        module.register(subparsers)
    return parser


def run(argv: Sequence[str]) -> int:
    from app.logsetup import configure_logging

    configure_logging()
    parser = build_parser()
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
