"""``musrenbang-server``: run the reference sync server, or administer it.

musrenbang-server [--host H] [--port P] [--workers N] serve (also: ``serve``)
musrenbang-server enroll-code --kecamatan CODE      print a one-time enrolment code
musrenbang-server add-user USERNAME --role bappeda|agency [--agency CODE]  (password on stdin)
musrenbang-server add-user --role bappeda|agency --name N [--agency CODE]  (API token)
musrenbang-server revoke --principal ID             stop a device or user
musrenbang-server devices [--kecamatan KODE] [--json] list enrolled devices
musrenbang-server revoke-device ID                  stop a device (same as revoke)
musrenbang-server publish-reference [--kind K] FILE...
musrenbang-server set-status --proposal ID --status S [--reason TEXT]
musrenbang-server stats [--json]
musrenbang-server new-epoch                         after restoring a backup
musrenbang-server openapi [-o FILE]
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import Engine

from common import protocol
from server import logic, security
from server.config import ConfigError, Settings, load_settings
from server.db import create_server_engine, migrate, read_session, write_session
from server.portal import models as _portal_tables  # noqa: F401  (part of the server schema)

REFERENCE_KINDS = ("nomenclature", "regions", "agencies", "rpjmd", "renstra", "kamus", "pagu")
_KIND_WORDS = {
    "nomenklatur": "nomenclature",
    "nomenclature": "nomenclature",
    "wilayah": "regions",
    "regions": "regions",
    "opd": "agencies",
    "agencies": "agencies",
    "rpjmd": "rpjmd",
    "renstra": "renstra",
    "kamus": "kamus",
    "pagu": "pagu",
}


def open_server_database(settings: Settings) -> Engine:
    engine = create_server_engine(settings.database_url)
    migrate(engine)
    with write_session(engine) as session:
        logic.ensure_initialised(session)
        again = security.reapply_revocations(session, security.ledger_path(settings.data_dir))
    if again:
        logging.getLogger(__name__).warning(
            "%d revoked principal(s) were active in the database (restored?): revoked again", again
        )
    return engine


def guess_kind(path: Path) -> str | None:
    words = re.split(r"[^a-z]+", path.stem.lower())
    for word in words:
        if word in _KIND_WORDS:
            return _KIND_WORDS[word]
    return None


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="musrenbang-server",
        description="Server sinkronisasi rujukan E-Perencanaan untuk Musrenbang Kecamatan.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="alamat dengar (bawaan 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8765, help="port (bawaan 8765)")
    parser.add_argument(
        "--workers",
        type=int,
        default=1,
        help="jumlah proses server (bawaan 1; untuk PostgreSQL boleh sebanyak inti CPU)",
    )
    commands = parser.add_subparsers(dest="command", metavar="PERINTAH")
    serve = commands.add_parser("serve", help="jalankan server (bawaan)")
    serve.add_argument("--host", default=argparse.SUPPRESS)
    serve.add_argument("--port", type=int, default=argparse.SUPPRESS)
    serve.add_argument("--workers", type=int, default=argparse.SUPPRESS)

    code = commands.add_parser("enroll-code", help="buat kode pendaftaran sekali pakai")
    code.add_argument("--kecamatan", required=True, metavar="KODE")

    user = commands.add_parser(
        "add-user",
        help="buat pengguna portal (USERNAME, kata sandi dari stdin) atau pengguna API (--name)",
    )
    user.add_argument("username", nargs="?", metavar="USERNAME")
    user.add_argument("--role", required=True, choices=("bappeda", "agency"))
    user.add_argument("--name", help="pengguna API dengan token (tanpa USERNAME)")
    user.add_argument("--agency", metavar="KODE_OPD")

    revoke = commands.add_parser("revoke", help="cabut perangkat atau pengguna")
    revoke.add_argument("--principal", required=True, metavar="ID")

    revoke_device = commands.add_parser("revoke-device", help="cabut satu perangkat")
    revoke_device.add_argument("principal", metavar="ID")

    devices = commands.add_parser("devices", help="daftar perangkat terdaftar")
    devices.add_argument("--kecamatan", metavar="KODE")
    devices.add_argument("--json", action="store_true")

    publish = commands.add_parser("publish-reference", help="terbitkan berkas data referensi")
    publish.add_argument("--kind", choices=REFERENCE_KINDS)
    publish.add_argument("files", nargs="+", type=Path, metavar="BERKAS")

    status = commands.add_parser("set-status", help="beri status kabupaten pada usulan")
    status.add_argument("--proposal", required=True, metavar="ID")
    status.add_argument("--status", required=True, choices=tuple(protocol.UPSTREAM_STATUSES))
    status.add_argument("--reason", default=None)

    stats = commands.add_parser("stats", help="ringkasan per kecamatan")
    stats.add_argument("--json", action="store_true")

    commands.add_parser("new-epoch", help="tandai pemulihan dari cadangan (klien mengirim ulang)")

    spec = commands.add_parser("openapi", help="cetak spesifikasi OpenAPI")
    spec.add_argument("-o", "--output", type=Path)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    args = build_parser().parse_args(list(sys.argv[1:] if argv is None else argv))
    command = args.command or "serve"
    if command == "openapi":
        from server.app import create_app

        text = json.dumps(create_app().openapi(), indent=2, ensure_ascii=False) + "\n"
        if args.output:
            args.output.write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
        return 0
    try:
        settings = load_settings()
    except ConfigError as error:
        print(f"Pengaturan server tidak valid: {error}", file=sys.stderr)
        return 2
    engine = open_server_database(settings)
    try:
        return _run(command, args, settings, engine)
    finally:
        engine.dispose()


def _run(command: str, args: argparse.Namespace, settings: Settings, engine: Engine) -> int:
    if command == "serve":
        import uvicorn

        from server.app import create_app, freeze_built

        if args.workers > 1:
            # Each worker process builds its own app and engine from the same settings, and
            # freezes what it built (server.app.create_served_app), as the single process does.
            uvicorn.run(
                "server.app:create_served_app",
                factory=True,
                workers=args.workers,
                host=args.host,
                port=args.port,
                log_level="info",
            )
            return 0
        app = freeze_built(create_app(settings, engine))
        uvicorn.run(app, host=args.host, port=args.port, log_level="info")
        return 0
    if command == "enroll-code":
        if not re.match(protocol.KECAMATAN_PATTERN, args.kecamatan):
            print("Kode kecamatan harus berbentuk 64.02.01.", file=sys.stderr)
            return 2
        with write_session(engine) as session:
            code = security.create_enrolment_code(
                session, args.kecamatan, hours=settings.enrol_code_hours
            )
            logic.log_write(session, None, "enroll_code", {"kecamatan": args.kecamatan})
        print(code)
        return 0
    if command == "add-user" and args.username:
        return _add_portal_user(args, engine)
    if command == "add-user":
        if not args.name:
            print("Beri USERNAME (pengguna portal) atau --name (pengguna API).", file=sys.stderr)
            return 2
        with write_session(engine) as session:
            principal, token = security.create_user(session, args.role, args.name, args.agency)
            logic.log_write(session, None, "add_user", {"id": principal.id, "role": args.role})
        print(json.dumps({"principal_id": principal.id, "refresh_token": token}))
        return 0
    if command == "devices":
        return _devices(args, engine)
    if command in ("revoke", "revoke-device"):
        with write_session(engine) as session:
            done = security.revoke(
                session, args.principal, ledger=security.ledger_path(settings.data_dir)
            )
            if done:
                logic.log_write(session, None, "revoke", {"id": args.principal})
        if not done:
            print(f"Tidak ada perangkat/pengguna {args.principal}.", file=sys.stderr)
            return 1
        print(f"Dicabut: {args.principal}")
        return 0
    if command == "publish-reference":
        return _publish(args, engine)
    if command == "set-status":
        try:
            with write_session(engine) as session:
                record = logic.set_status(session, None, args.proposal, args.status, args.reason)
        except logic.FeedbackRefused as refused:
            print(f"Gagal: {refused.message}", file=sys.stderr)
            return 1
        print(
            f"Usulan {args.proposal}: {protocol.UPSTREAM_STATUSES[args.status]} (rev {record.rev})."
        )
        return 0
    if command == "stats":
        with read_session(engine) as session:
            data = logic.stats(session)
        if args.json:
            print(json.dumps(data, indent=2, sort_keys=True))
        else:
            for code, row in data["kecamatan"].items():
                print(
                    f"{code}: {row['proposals']} usulan, {row['attachments']} lampiran, "
                    f"{row['batches']} kiriman, {row['conflicts']} konflik"
                )
        return 0
    if command == "new-epoch":
        with write_session(engine) as session:
            epoch = logic.new_epoch(session)
            again = security.reapply_revocations(session, security.ledger_path(settings.data_dir))
        if again:
            print(f"{again} perangkat/pengguna yang sudah dicabut dicabut lagi.")
        print(f"Epoch baru: {epoch}. Klien akan mengirim ulang data yang belum ada di server.")
        return 0
    raise AssertionError(command)


def _devices(args: argparse.Namespace, engine: Engine) -> int:
    from sqlalchemy import select

    from server.db import Principal

    with read_session(engine) as session:
        query = select(Principal).where(Principal.role == "device")
        if args.kecamatan:
            query = query.where(Principal.kecamatan_code == args.kecamatan)
        rows = session.execute(query.order_by(Principal.kecamatan_code, Principal.created_at))
        devices = [
            {
                "device_id": p.id,
                "kecamatan": p.kecamatan_code,
                "name": p.name,
                "enrolled_at": p.created_at.isoformat(timespec="seconds"),
                "revoked_at": p.revoked_at.isoformat(timespec="seconds") if p.revoked_at else None,
                "last_seq": p.last_seq,
            }
            for p in rows.scalars()
        ]
    if args.json:
        print(json.dumps(devices, indent=2, ensure_ascii=False))
        return 0
    if not devices:
        print("Belum ada perangkat terdaftar.")
    for device in devices:
        state = f"dicabut {device['revoked_at']}" if device["revoked_at"] else "aktif"
        print(
            f"{device['device_id']}  {device['kecamatan']}  {device['name']}  "
            f"terdaftar {device['enrolled_at']}  {state}"
        )
    return 0


def _add_portal_user(args: argparse.Namespace, engine: Engine) -> int:
    """A portal account; the password is read from standard input (first line)."""
    from server.portal import auth

    password = sys.stdin.readline().rstrip("\r\n")
    try:
        with write_session(engine) as session:
            user = auth.create_user(
                session, args.username, password, args.role, args.agency, args.name or ""
            )
            logic.log_write(
                session, None, "portal_add_user", {"user": user.username, "role": user.role}
            )
    except auth.AccountError as exc:
        print(f"Gagal: {exc}", file=sys.stderr)
        return 2
    print(f"Pengguna portal {user.username} ({user.role}) dibuat.")
    return 0


def _publish(args: argparse.Namespace, engine: Engine) -> int:
    plan: list[tuple[Path, str]] = []
    for path in args.files:
        kind = args.kind or guess_kind(path)
        if kind is None:
            print(
                f"Jenis data {path.name} tidak dikenali dari namanya; pakai --kind.",
                file=sys.stderr,
            )
            return 2
        if not path.is_file():
            print(f"Berkas {path} tidak ada.", file=sys.stderr)
            return 2
        plan.append((path, kind))
    with write_session(engine) as session:
        for path, kind in plan:
            digest, new = logic.publish_reference(session, kind, path.name, path.read_bytes())
            state = "diterbitkan" if new else "sudah diterbitkan sebelumnya"
            print(f"{path.name} ({kind}): {state}, sha256 {digest[:12]}…")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
