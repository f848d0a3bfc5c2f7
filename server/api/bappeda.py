"""The old read-only page of received proposals at ``/bappeda`` (HTTP basic auth, a Bappeda or
OPD user's token as the password)."""

from __future__ import annotations

import base64
import html
from typing import Annotated, Any

from fastapi import APIRouter, Header
from fastapi.responses import HTMLResponse
from sqlalchemy import select

from common import protocol
from server import logic, security
from server.db import Principal, read_session
from server.deps import EngineDep

router = APIRouter()


@router.get("/bappeda", response_class=HTMLResponse, include_in_schema=False)
def bappeda_page(
    engine: EngineDep, authorization: Annotated[str | None, Header()] = None
) -> HTMLResponse:
    with read_session(engine) as session:
        if not _basic_user_ok(session, authorization):
            return HTMLResponse(
                "Perlu login Bappeda (token pengguna sebagai kata sandi).",
                status_code=401,
                headers={"WWW-Authenticate": 'Basic realm="Bappeda"'},
            )
        rows = logic.proposals_overview(session)
    return HTMLResponse(_render_overview(rows))


def _basic_user_ok(session: Any, authorization: str | None) -> bool:
    if not authorization or not authorization.lower().startswith("basic "):
        return False
    try:
        decoded = base64.b64decode(authorization[6:]).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        return False
    secret = decoded.split(":", 1)[-1]
    principal = session.execute(
        select(Principal).where(Principal.refresh_hash == security.token_hash(secret))
    ).scalar_one_or_none()
    return (
        principal is not None
        and principal.revoked_at is None
        and principal.role in ("bappeda", "agency")
    )


def _render_overview(rows: list[dict[str, Any]]) -> str:
    from common.money import format_rupiah

    by_kec: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        by_kec.setdefault(row["kecamatan"], []).append(row)
    parts = [
        "<!doctype html><html lang='id'><head><meta charset='utf-8'>",
        "<title>Usulan diterima per kecamatan</title>",
        "<style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse;margin-bottom:2em}"
        "td,th{border:1px solid #999;padding:4px 8px;text-align:left}</style></head><body>",
        "<h1>Usulan Musrenbang Kecamatan yang diterima</h1>",
    ]
    for code, items in sorted(by_kec.items()):
        parts.append(f"<h2>Kecamatan {html.escape(code)} ({len(items)} usulan)</h2>")
        parts.append(
            "<table><tr><th>Nomor</th><th>Usulan</th><th>Perkiraan biaya</th><th>Status kecamatan</th><th>Status kabupaten</th><th>Alasan</th></tr>"
        )
        for item in items:
            cost = item["estimated_cost"]
            upstream = protocol.UPSTREAM_STATUSES.get(
                item["upstream_status"] or "", "belum ditanggapi"
            )
            parts.append(
                "<tr>"
                + "".join(
                    f"<td>{html.escape(str(v))}</td>"
                    for v in (
                        item["number"] or "",
                        item["title"] or "",
                        format_rupiah(cost) if isinstance(cost, int) else "",
                        item["status"] or "",
                        upstream + (" (dihapus)" if item["deleted"] else ""),
                        item["upstream_reason"] or "",
                    )
                )
                + "</tr>"
            )
        parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)
