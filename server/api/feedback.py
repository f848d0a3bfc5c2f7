"""Upstream answers (status and reason set by Bappeda or an OPD) and the summary counts.

The decision itself is written by ``server.logic.set_status``, which the portal calls too."""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter

from common.protocol import FeedbackRequest, FeedbackResponse
from server import logic
from server.db import read_session, write_session
from server.deps import Auth, EngineDep, Proto
from server.errors import ApiError

router = APIRouter(tags=["feedback"])


@router.post("/v1/feedback", response_model=FeedbackResponse, dependencies=[Proto])
def feedback(body: FeedbackRequest, who: Auth, engine: EngineDep) -> FeedbackResponse:
    if who.role not in ("bappeda", "agency"):
        raise ApiError(403, "forbidden", "Hanya Bappeda atau OPD yang memberi status usulan.")
    try:
        with write_session(engine) as session:
            record = logic.set_status(session, who, body.proposal_id, body.status, body.reason)
            data = json.loads(record.data_json)
            return FeedbackResponse(
                proposal_id=body.proposal_id,
                rev=record.rev,
                upstream_status=data["upstream_status"],
                upstream_reason=data["upstream_reason"],
            )
    except logic.FeedbackRefused as refused:
        raise ApiError(refused.status, refused.code, refused.message) from refused


@router.get("/v1/stats", dependencies=[Proto])
def stats_endpoint(who: Auth, engine: EngineDep) -> dict[str, Any]:
    if who.role != "bappeda":
        raise ApiError(403, "forbidden", "Hanya Bappeda.")
    with read_session(engine) as session:
        return logic.stats(session)
