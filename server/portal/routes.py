"""The portal's HTTP side: pages, forms and files under ``/portal``. Thin: sessions and CSRF
checks here, queries in ``queries``, decisions in ``decisions``."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, FastAPI, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup
from sqlalchemy import Engine, select

from common import protocol
from common.dates import format_date_id, format_datetime_id
from common.money import format_rupiah
from common.numbers import format_integer, format_number
from server import logic, security
from server.config import Settings
from server.db import read_session, utcnow, write_session
from server.portal import auth, charts, decisions, exports, projection, queries, reference
from server.portal.auth import PortalIdentity
from server.portal.models import PortalProposal, PortalUser

HERE = Path(__file__).resolve().parent
COOKIE = "portal_session"
SECURE_ENV = "MUSRENBANG_PORTAL_SECURE_COOKIE"
CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
WIB = timedelta(hours=8)  # Kukar keeps WITA (UTC+8)


def _local(value: datetime | None) -> str:
    return format_datetime_id(value + WIB) + " WITA" if value else "-"


def _environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(HERE / "templates"),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["rupiah"] = lambda v: format_rupiah(int(v)) if v is not None else "-"
    env.filters["tanggal"] = lambda v: format_date_id(v) if v else "-"
    env.filters["waktu"] = _local
    env.filters["status"] = decisions.status_label
    env.filters["angka"] = lambda v: format_integer(v) if v is not None else "-"
    env.filters["volume"] = lambda v: format_number(v) if v is not None else "-"
    return env


@dataclass
class Ctx:
    token: str
    csrf: str
    user: PortalIdentity | None
    new_cookie: bool
    # Whether the read model lags the change log (asked only for a signed-in user's page).
    behind: bool = False


class PortalRedirect(Exception):
    def __init__(self, ctx: Ctx, url: str) -> None:
        super().__init__(url)
        self.ctx = ctx
        self.url = url


class PortalDenied(Exception):
    def __init__(self, ctx: Ctx, status: int, message: str) -> None:
        super().__init__(message)
        self.ctx = ctx
        self.status = status
        self.message = message


def install_portal(app: FastAPI, settings: Settings) -> None:
    """Add the web portal (pages under ``/portal``) to the sync server's app."""
    env = _environment()
    secure = os.environ.get(SECURE_ENV, "") == "1"
    router = APIRouter(prefix="/portal", include_in_schema=False)

    def engine_of(request: Request) -> Engine:
        getter: Callable[[], Engine] = request.app.state.get_engine
        return getter()

    # ---- sessions ------------------------------------------------------------------------

    def begin(request: Request, *, read_model: bool = False) -> Ctx:
        engine = engine_of(request)
        token = request.cookies.get(COOKIE)
        with read_session(engine) as session:
            loaded = auth.load_session(session, token)
            if loaded is not None:
                row, user = loaded
                ctx = Ctx(str(token), row.csrf_token, auth.identity(user) if user else None, False)
                stale = utcnow() - row.last_seen >= auth.SESSION_TOUCH
                # Asked in this transaction rather than in one of catch_up's own: on
                # PostgreSQL each transaction is a pool checkout (ping), BEGIN and ROLLBACK.
                if read_model and user is not None:
                    ctx.behind = projection.behind(session)
        if loaded is not None:
            if stale:
                with write_session(engine) as session:
                    fresh = session.get(type(row), row.token_hash)
                    if fresh is not None:
                        auth.touch(fresh, utcnow())
            return ctx
        with write_session(engine) as session:
            info = auth.new_session(session, None)
        return Ctx(info.token, info.csrf_token, None, True)

    def require(request: Request, *, admin: bool = False) -> tuple[Ctx, PortalIdentity]:
        ctx = begin(request, read_model=True)
        if ctx.user is None:
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            raise PortalRedirect(ctx, "/portal/login?" + urlencode({"next": target}))
        if admin and not ctx.user.is_admin:
            raise PortalDenied(ctx, 403, "Halaman ini hanya untuk administrator Bappeda.")
        if ctx.behind:
            projection.catch_up(engine_of(request))
        return ctx, ctx.user

    def check_csrf(ctx: Ctx, given: str | None) -> None:
        if not auth.csrf_ok(ctx.csrf, given):
            raise PortalDenied(
                ctx,
                403,
                "Formulir ini kedaluwarsa atau tidak sah (token CSRF tidak cocok). "
                "Muat ulang halaman, lalu kirim lagi.",
            )

    def finish(response: Response, ctx: Ctx, started: float | None = None) -> Response:
        if ctx.new_cookie:
            response.set_cookie(
                COOKIE, ctx.token, httponly=True, samesite="lax", secure=secure, path="/portal"
            )
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "same-origin"
        response.headers.setdefault("Cache-Control", "no-store")
        if started is not None:
            response.headers["Server-Timing"] = (
                f"app;dur={(time.perf_counter() - started) * 1000:.1f}"
            )
        return response

    def page(
        request: Request,
        ctx: Ctx,
        template: str,
        *,
        status: int = 200,
        started: float | None = None,
        names: reference.Names | None = None,
        **values: Any,
    ) -> Response:
        if names is None:
            with read_session(engine_of(request)) as session:
                names = reference.names(session)
        html = env.get_template(template).render(
            user=ctx.user,
            csrf_token=ctx.csrf,
            names=names,
            path=request.url.path,
            statuses=protocol.UPSTREAM_STATUSES,
            actions=decisions.ACTIONS,
            **values,
        )
        return finish(HTMLResponse(html, status_code=status), ctx, started)

    def redirect(ctx: Ctx, url: str) -> Response:
        return finish(RedirectResponse(url, status_code=303), ctx)

    @app.exception_handler(PortalRedirect)
    async def _redirect(_request: Request, exc: PortalRedirect) -> Response:
        return redirect(exc.ctx, exc.url)

    @app.exception_handler(PortalDenied)
    async def _denied(request: Request, exc: PortalDenied) -> Response:
        return page(request, exc.ctx, "error.html", status=exc.status, message=exc.message)

    def safe_next(target: str | None) -> str:
        if target and target.startswith("/portal/") and not target.startswith("//"):
            return target
        return "/portal/"

    # ---- login, logout, password ------------------------------------------------------------

    @router.get("/login")
    def login_form(request: Request, next: str | None = None) -> Response:
        ctx = begin(request)
        if ctx.user is not None:
            return redirect(ctx, safe_next(next))
        return page(request, ctx, "login.html", next=safe_next(next), error=None)

    @router.post("/login")
    def login(
        request: Request,
        username: Annotated[str, Form(max_length=200)] = "",
        password: Annotated[str, Form(max_length=400)] = "",
        csrf_token: Annotated[str | None, Form()] = None,
        next: Annotated[str | None, Form()] = None,
    ) -> Response:
        ctx = begin(request)
        check_csrf(ctx, csrf_token)
        engine = engine_of(request)
        with write_session(engine) as session:
            result = auth.attempt_login(session, username, password)
            if result.user is not None:
                auth.end_session(session, ctx.token)
                info = auth.new_session(session, result.user.id)
                who = auth.identity(result.user)
                logic.log_write(session, None, "portal_login", {"user": who.username})
        if result.user is None:
            if result.locked_until is not None:
                error = (
                    "Akun ini dikunci sementara karena terlalu banyak percobaan masuk yang gagal. "
                    f"Coba lagi setelah {_local(result.locked_until)}, atau minta administrator Bappeda."
                )
                status = 429
            else:
                error = "Nama pengguna atau kata sandi salah. Periksa lalu coba lagi."
                status = 401
            return page(
                request, ctx, "login.html", status=status, next=safe_next(next), error=error
            )
        fresh = Ctx(info.token, info.csrf_token, who, True)
        return redirect(fresh, safe_next(next) if next else _home(who))

    @router.post("/logout")
    def logout(request: Request, csrf_token: Annotated[str | None, Form()] = None) -> Response:
        ctx = begin(request)
        check_csrf(ctx, csrf_token)
        with write_session(engine_of(request)) as session:
            auth.end_session(session, ctx.token)
        response = RedirectResponse("/portal/login", status_code=303)
        response.delete_cookie(COOKIE, path="/portal")
        return response

    @router.get("/kata-sandi")
    def password_form(request: Request) -> Response:
        ctx, _user = require(request)
        return page(request, ctx, "password.html", error=None, done=False)

    @router.post("/kata-sandi")
    def password_change(
        request: Request,
        old: Annotated[str, Form(max_length=400)] = "",
        new: Annotated[str, Form(max_length=400)] = "",
        repeat: Annotated[str, Form(max_length=400)] = "",
        csrf_token: Annotated[str | None, Form()] = None,
    ) -> Response:
        ctx, user = require(request)
        check_csrf(ctx, csrf_token)
        error = None
        if new != repeat:
            error = "Kata sandi baru dan ulangannya tidak sama."
        else:
            try:
                with write_session(engine_of(request)) as session:
                    row = session.get(PortalUser, user.user_id)
                    assert row is not None
                    auth.change_password(session, row, old, new)
                    auth.end_sessions_of(session, user.user_id, keep=ctx.token)
            except auth.AccountError as exc:
                error = str(exc)
        return page(
            request, ctx, "password.html", status=422 if error else 200, error=error, done=not error
        )

    # ---- dashboard ------------------------------------------------------------------------

    @router.get("/")
    def dashboard(request: Request) -> Response:
        started = time.perf_counter()
        ctx, user = require(request)
        if not user.is_admin:
            return redirect(ctx, "/portal/kotak-masuk")
        with read_session(engine_of(request)) as session:
            data = queries.dashboard(session)
            names = reference.names(session)
        svg_opd = charts.stacked_bars(
            "Usulan per OPD",
            [(names.short(a.code), a.answered, a.waiting) for a in data.agencies],
            ("sudah dijawab", "menunggu"),
        )
        svg_bidang = charts.stacked_bars(
            "Usulan per bidang urusan",
            [
                (names.bidang.get(code or "", code or "Tanpa bidang"), n, 0)
                for code, n, _c in data.bidang
            ],
            ("usulan disepakati", ""),
        )
        svg_kec = charts.money_bars(
            "Biaya disepakati terhadap pagu kecamatan (garis = pagu)",
            [(names.kecamatan(k.code), k.agreed_cost, k.pagu) for k in data.kecamatan],
        )
        svg_map = charts.point_map(reference.kecamatan_positions(), names.regions, data.points)
        return page(
            request,
            ctx,
            "dashboard.html",
            started=started,
            names=names,
            data=data,
            svg_opd=Markup(svg_opd),
            svg_bidang=Markup(svg_bidang),
            svg_kec=Markup(svg_kec),
            svg_map=Markup(svg_map),
        )

    # ---- inbox ----------------------------------------------------------------------------

    def inbox_filter(request: Request, user: PortalIdentity) -> queries.InboxFilter:
        q = request.query_params
        try:
            page_no = max(1, min(100_000, int(q.get("hal", "1"))))
        except ValueError:
            page_no = 1
        return queries.InboxFilter(
            agency=(q.get("opd") or None) if user.is_admin else user.agency_code,
            kecamatan=q.get("kecamatan") or None,
            state=q.get("keadaan", "menunggu")
            if q.get("keadaan") in ("menunggu", "dijawab", "semua")
            else "menunggu",
            bidang=q.get("bidang") or None,
            q=(q.get("cari") or "")[:100],
            only_agreed=q.get("semua_status") != "1",
            sort=q.get("urut", "prioritas") if q.get("urut") in queries.SORTS else "prioritas",
            page=page_no,
        )

    def render_inbox(
        request: Request,
        ctx: Ctx,
        user: PortalIdentity,
        *,
        error: str | None = None,
        status: int = 200,
        started: float | None = None,
    ) -> Response:
        f = inbox_filter(request, user)
        with read_session(engine_of(request)) as session:
            result = queries.inbox(session, user, f)
            kec, bidang, agencies = queries.inbox_choices(session, user)
            names = reference.names(session)
        params = {k: v for k, v in request.query_params.items() if k not in ("hal", "ok", "aksi")}
        all_agencies = sorted(set(names.agencies) | set(agencies))
        return page(
            request,
            ctx,
            "inbox.html",
            status=status,
            started=started,
            names=names,
            f=f,
            result=result,
            kec_choices=kec,
            bidang_choices=bidang,
            agency_choices=agencies,
            all_agencies=all_agencies,
            query_base=urlencode(params),
            back=request.url.path + (f"?{request.url.query}" if request.url.query else ""),
            error=error,
            ok=request.query_params.get("ok"),
            ok_action=request.query_params.get("aksi"),
        )

    @router.get("/kotak-masuk")
    def inbox(request: Request) -> Response:
        started = time.perf_counter()
        ctx, user = require(request)
        return render_inbox(request, ctx, user, started=started)

    @router.post("/keputusan")
    def decide(
        request: Request,
        ids: Annotated[list[str], Form(max_length=36)] = [],  # noqa: B006
        action: Annotated[str, Form(max_length=20)] = "",
        reason: Annotated[str, Form(max_length=4000)] = "",
        amount: Annotated[str, Form(max_length=40)] = "",
        to_agency: Annotated[str, Form(max_length=40)] = "",
        back: Annotated[str, Form(max_length=2000)] = "/portal/kotak-masuk",
        csrf_token: Annotated[str | None, Form()] = None,
    ) -> Response:
        ctx, user = require(request)
        check_csrf(ctx, csrf_token)
        with read_session(engine_of(request)) as session:
            names = reference.names(session)
        try:
            done = decisions.decide(
                engine_of(request),
                user,
                ids,
                decisions.DecisionRequest(action, reason, amount, to_agency),
                names.agencies,
            )
        except decisions.DecisionError as exc:
            return page(
                request, ctx, "error.html", status=422, message=str(exc), back=safe_next(back)
            )
        target = safe_next(back)
        joiner = "&" if "?" in target else "?"
        return redirect(ctx, f"{target}{joiner}ok={done}&aksi={quote(action)}")

    # ---- one proposal, photos ---------------------------------------------------------------

    @router.get("/usulan/{proposal_id}")
    def proposal(request: Request, proposal_id: str) -> Response:
        ctx, user = require(request)
        with read_session(engine_of(request)) as session:
            row = session.get(PortalProposal, proposal_id[:36])
            if not queries.can_see(user, row):
                raise PortalDenied(ctx, 404, "Usulan tidak ditemukan atau bukan untuk OPD Anda.")
            photos = queries.photos_of(session, proposal_id)
            audit = queries.audit_of(session, proposal_id)
        return page(
            request,
            ctx,
            "proposal.html",
            p=row,
            photos=photos,
            audit=audit,
            back=request.url.path,
            ok=request.query_params.get("ok"),
        )

    @router.get("/foto/{sha256}")
    def photo(request: Request, sha256: str) -> Response:
        ctx, user = require(request)
        if len(sha256) != 64 or any(c not in "0123456789abcdef" for c in sha256):
            raise PortalDenied(ctx, 404, "Foto tidak ditemukan.")
        with read_session(engine_of(request)) as session:
            allowed = queries.photo_visible(session, user, sha256)
        path = logic.blob_path(settings.blob_dir, sha256)
        if not allowed or not path.is_file():
            raise PortalDenied(ctx, 404, "Foto tidak ditemukan atau belum terunggah lengkap.")
        response = Response(path.read_bytes(), media_type="image/jpeg")
        response.headers["Cache-Control"] = "private, max-age=3600"
        return finish(response, ctx)

    # ---- Pra Forum ----------------------------------------------------------------------------

    @router.get("/pra-forum")
    def forum_choice(request: Request) -> Response:
        ctx, user = require(request)
        with read_session(engine_of(request)) as session:
            kec, _b, _a = queries.inbox_choices(session, user)
        return page(request, ctx, "forum_choice.html", kec_choices=kec)

    @router.get("/pra-forum/{kecamatan}")
    def forum(request: Request, kecamatan: str, langsung: Annotated[str, Query()] = "") -> Response:
        ctx, user = require(request)
        with read_session(engine_of(request)) as session:
            groups = queries.forum(session, user, kecamatan[:20])
        return page(
            request,
            ctx,
            "forum.html",
            kecamatan=kecamatan[:20],
            groups=groups,
            live=langsung == "1",
            back=request.url.path + ("?langsung=1" if langsung == "1" else ""),
            ok=request.query_params.get("ok"),
        )

    # ---- exports ----------------------------------------------------------------------------

    def xlsx(ctx: Ctx, content: bytes, filename: str) -> Response:
        response = Response(
            content,
            media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            headers={"Content-Disposition": f'attachment; filename="{filename}"'},
        )
        return finish(response, ctx)

    @router.get("/ekspor")
    def export_choice(request: Request) -> Response:
        ctx, user = require(request)
        with read_session(engine_of(request)) as session:
            kec, _b, agencies = queries.inbox_choices(session, user)
        return page(request, ctx, "exports.html", kec_choices=kec, agency_choices=agencies)

    @router.get("/ekspor/opd/{code}.xlsx")
    def export_agency(request: Request, code: str) -> Response:
        ctx, user = require(request)
        if not user.is_admin and code != user.agency_code:
            raise PortalDenied(ctx, 403, "Anda hanya dapat mengekspor usulan OPD Anda sendiri.")
        with read_session(engine_of(request)) as session:
            rows = queries.export_rows(session, user, agency=code)
            names = reference.names(session)
            content = exports.workbook(f"Usulan untuk {names.agency(code)}", rows, names)
        return xlsx(ctx, content, f"usulan-opd-{code}.xlsx")

    @router.get("/ekspor/kecamatan/{code}.xlsx")
    def export_kecamatan(request: Request, code: str) -> Response:
        ctx, user = require(request)
        with read_session(engine_of(request)) as session:
            rows = queries.export_rows(session, user, kecamatan=code)
            names = reference.names(session)
            content = exports.workbook(f"Usulan Kecamatan {names.kecamatan(code)}", rows, names)
        return xlsx(ctx, content, f"usulan-kecamatan-{code}.xlsx")

    @router.get("/ekspor/kabupaten.xlsx")
    def export_all(request: Request) -> Response:
        ctx, user = require(request, admin=True)
        with read_session(engine_of(request)) as session:
            rows = queries.export_rows(session, user)
            names = reference.names(session)
            content = exports.workbook("Usulan disepakati se-kabupaten", rows, names)
        return xlsx(ctx, content, "usulan-kabupaten.xlsx")

    # ---- administration ---------------------------------------------------------------------

    def render_users(
        request: Request,
        ctx: Ctx,
        *,
        error: str | None = None,
        created: str | None = None,
        code: str | None = None,
        status: int = 200,
    ) -> Response:
        with read_session(engine_of(request)) as session:
            users = list(
                session.execute(select(PortalUser).order_by(PortalUser.username)).scalars()
            )
            names = reference.names(session)
        return page(
            request,
            ctx,
            "admin_users.html",
            status=status,
            users=users,
            error=error,
            created=created,
            code=code,
            all_agencies=sorted(names.agencies),
        )

    @router.get("/admin/pengguna")
    def users(request: Request) -> Response:
        ctx, _user = require(request, admin=True)
        return render_users(request, ctx)

    @router.post("/admin/pengguna")
    def add_user(
        request: Request,
        username: Annotated[str, Form(max_length=100)] = "",
        full_name: Annotated[str, Form(max_length=200)] = "",
        role: Annotated[str, Form(max_length=20)] = "",
        agency: Annotated[str, Form(max_length=40)] = "",
        password: Annotated[str, Form(max_length=400)] = "",
        csrf_token: Annotated[str | None, Form()] = None,
    ) -> Response:
        ctx, user = require(request, admin=True)
        check_csrf(ctx, csrf_token)
        try:
            with write_session(engine_of(request)) as session:
                created = auth.create_user(
                    session, username, password, role, agency or None, full_name
                )
                logic.log_write(
                    session,
                    None,
                    "portal_add_user",
                    {"by": user.username, "user": created.username, "role": role},
                )
                name = created.username
        except auth.AccountError as exc:
            return render_users(request, ctx, error=str(exc), status=422)
        return render_users(request, ctx, created=name)

    @router.post("/admin/kode")
    def enrolment_code(
        request: Request,
        kecamatan: Annotated[str, Form(max_length=20)] = "",
        csrf_token: Annotated[str | None, Form()] = None,
    ) -> Response:
        import re

        ctx, user = require(request, admin=True)
        check_csrf(ctx, csrf_token)
        if not re.match(protocol.KECAMATAN_PATTERN, kecamatan):
            return render_users(
                request, ctx, error="Kode kecamatan harus berbentuk 64.02.01.", status=422
            )
        with write_session(engine_of(request)) as session:
            code = security.create_enrolment_code(
                session, kecamatan, hours=settings.enrol_code_hours
            )
            logic.log_write(
                session, None, "enroll_code", {"kecamatan": kecamatan, "by": user.username}
            )
        return render_users(request, ctx, code=f"{kecamatan}: {code}")

    app.include_router(router)
    app.mount("/portal/static", StaticFiles(directory=HERE / "static"), name="portal-static")


def _home(user: PortalIdentity) -> str:
    return "/portal/" if user.is_admin else "/portal/kotak-masuk"
