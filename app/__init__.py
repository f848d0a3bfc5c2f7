"""Musrenbang Kecamatan desktop client."""

from __future__ import annotations


def __getattr__(name: str) -> str:
    # ``__version__`` is read from the installed metadata on first use: importing
    # importlib.metadata and scanning the installed packages takes about 70 ms, a tenth of
    # `musrenbang score`'s start-up, and most runs never show the version.
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("musrenbang-kecamatan")
    except PackageNotFoundError:  # running from a source tree or a bundle without metadata
        found = "0.1.0"
    globals()["__version__"] = found
    return found
