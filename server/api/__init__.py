"""The device API (``/v1/...``) and the old read-only Bappeda page, one router per area."""

from __future__ import annotations

from fastapi import APIRouter

from server.api import attachments, auth, bappeda, feedback, sync

router = APIRouter()
router.include_router(auth.router)
router.include_router(sync.router)
router.include_router(attachments.router)
router.include_router(feedback.router)
router.include_router(bappeda.router)

__all__ = ["router"]
