"""The kabupaten web portal: Bappeda and every OPD review the kecamatan proposals and answer
them. ``install_portal(app, settings)`` adds it to the sync server's FastAPI app."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fastapi import FastAPI

    from server.config import Settings


def install_portal(app: FastAPI, settings: Settings) -> None:
    from server.portal import models  # noqa: F401  (tables on the server's metadata)
    from server.portal.routes import install_portal as install

    install(app, settings)


__all__: list[Any] = ["install_portal"]
