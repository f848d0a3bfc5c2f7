"""Musrenbang Kecamatan desktop client."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("musrenbang-kecamatan")
except PackageNotFoundError:  # running from a source tree or a bundle without metadata
    __version__ = "0.1.0"
