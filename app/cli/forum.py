"""``musrenbang verify`` and ``musrenbang forum ...``: check sealed forum records, list and show
sessions, seal, and re-open (admin)."""

from __future__ import annotations

import argparse
import getpass
import sys
from typing import Any

from app.core.database import open_database
from app.core.forum.decisions import OUTCOME_LABELS
from app.core.forum.sealing import (
    authenticate_admin,
    reopen_session,
    seal_session,
    verification_code,
    verify,
)
from app.core.forum.sessions import KIND_LABELS, STATUS_LABELS, list_sessions
from app.core.forum.summary import build_board
from app.errors import UserError
from app.models.db import read_session, write_session
from common.dates import format_date_id, format_datetime_id
from common.money import format_rupiah


def register(subparsers: Any) -> None:
    check = subparsers.add_parser(
        "verify",
        help="Periksa rantai audit dan digest sesi forum yang disegel.",
        description="Memeriksa rantai audit, setiap keputusan forum terhadap peristiwanya, dan digest "
        "sesi yang disegel. Menyebut peristiwa pertama yang tidak cocok.",
    )
    check.add_argument("--session", metavar="ID", help="hanya sesi ini (bawaan: semua sesi)")
    check.set_defaults(handler=_verify)

    forum = subparsers.add_parser("forum", help="Sesi forum: daftar, rincian, segel, buka kembali.")
    sub = forum.add_subparsers(dest="forum_command", metavar="PERINTAH", required=True)
    listing = sub.add_parser("list", help="daftar sesi forum")
    listing.set_defaults(handler=_list)
    show = sub.add_parser("show", help="rincian satu sesi: kehadiran, keputusan, pagu, digest")
    show.add_argument("session", metavar="ID")
    show.set_defaults(handler=_show)
    seal = sub.add_parser("seal", help="segel sesi: keputusan dikunci dan digest dihitung")
    seal.add_argument("session", metavar="ID")
    seal.add_argument("--by", default=None, metavar="NAMA", help="nama yang dicatat")
    seal.set_defaults(handler=_seal)
    reopen = sub.add_parser("reopen", help="buka kembali sesi yang disegel (admin, dengan alasan)")
    reopen.add_argument("session", metavar="ID")
    reopen.add_argument("--admin", required=True, metavar="PENGGUNA")
    reopen.add_argument("--reason", required=True, metavar="ALASAN")
    reopen.set_defaults(handler=_reopen)


def _verify(args: argparse.Namespace) -> int:
    db = open_database(load_reference=False)
    with read_session(db.engine) as session:
        report = verify(session, args.session)
    if report.problem is not None:
        problem = report.problem
        where = f"peristiwa #{problem.event_seq} ({problem.event_id})" if problem.event_seq else ""
        print(f"TIDAK COCOK: {problem.message}.", file=sys.stderr)
        if where:
            print(f"Peristiwa pertama yang tidak cocok: {where}.", file=sys.stderr)
        if problem.session_id:
            print(f"Sesi: {problem.session_id}", file=sys.stderr)
        print(
            "Catatan forum ini telah diubah di luar aplikasi; jangan gunakan hasilnya sebelum "
            "diperiksa. Pulihkan dari cadangan (`musrenbang db backups`) bila perlu.",
            file=sys.stderr,
        )
        return 1
    print(f"Rantai audit utuh: {report.events} peristiwa diperiksa.")
    for check in report.sessions:
        if check.digest:
            print(
                f"Sesi {check.session_id} «{check.title}»: disegel, {check.decisions} keputusan, "
                f"digest {check.digest}, kode verifikasi {verification_code(check.digest)}."
            )
        else:
            print(
                f"Sesi {check.session_id} «{check.title}»: belum disegel, "
                f"{check.decisions} keputusan cocok dengan rantai audit."
            )
    return 0


def _list(_args: argparse.Namespace) -> int:
    db = open_database(load_reference=False)
    with read_session(db.engine) as session:
        sessions = list_sessions(session)
        if not sessions:
            print("Belum ada sesi forum.")
            return 0
        for forum in sessions:
            held = format_date_id(forum.held_on) if forum.held_on else "tanggal belum diisi"
            code = f", kode {verification_code(forum.digest)}" if forum.digest else ""
            print(
                f"{forum.id}  {KIND_LABELS.get(forum.kind, forum.kind)}  «{forum.title}»  {held}  "
                f"{STATUS_LABELS.get(forum.status, forum.status)}{code}"
            )
    return 0


def _show(args: argparse.Namespace) -> int:
    db = open_database(load_reference=False)
    with read_session(db.engine) as session:
        board = build_board(session, args.session, alignment_available=False)
    print(f"{board.kind_label}: {board.title}")
    if board.held_on:
        print(f"Tanggal: {format_date_id(board.held_on)}; tempat: {board.place or '-'}")
    print(f"Status: {board.status_label}")
    att = board.attendance
    print(f"Hadir: {att.total} orang ({att.women} perempuan, {round(100 * att.women_share)}%)")
    for unsur in att.by_unsur:
        print(f"  {unsur.label}: {unsur.total} ({unsur.women} P)")
    outcomes: dict[str, int] = {}
    for view in board.proposals:
        label = OUTCOME_LABELS.get(view.outcome or "", "belum diputuskan")
        outcomes[label] = outcomes.get(label, 0) + 1
    print("Keputusan: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())))
    pagu = board.pagu
    ceiling = format_rupiah(pagu.total_ceiling) if pagu.total_ceiling else "belum ditetapkan"
    print(f"Pagu: disepakati {format_rupiah(pagu.total_used)} dari {ceiling}")
    for warning in pagu.warnings:
        print(f"  PERINGATAN: {warning}")
    for warning in board.delegation.warnings:
        print(f"  PERINGATAN: {warning}")
    if board.digest:
        print(f"Digest: {board.digest}")
        print(f"Kode verifikasi: {board.verification_code}")
    return 0


def _seal(args: argparse.Namespace) -> int:
    db = open_database(load_reference=False)
    with write_session(db.engine) as session:
        forum = seal_session(session, args.session, actor=args.by)
        digest = forum.digest or ""
        sealed_at = forum.sealed_at
    when = format_datetime_id(sealed_at) if sealed_at else ""
    print(f"Sesi disegel {when}. Digest {digest}, kode verifikasi {verification_code(digest)}.")
    return 0


def _reopen(args: argparse.Namespace) -> int:
    if not sys.stdin.isatty():
        raise UserError(
            "Kata sandi admin harus diketik langsung.",
            hint="Jalankan perintah ini di terminal, bukan dari skrip.",
        )
    password = getpass.getpass("Kata sandi admin: ")
    db = open_database(load_reference=False)
    with write_session(db.engine) as session:
        admin = authenticate_admin(session, args.admin, password)
        reopen_session(session, args.session, admin=admin, reason=args.reason)
    print("Sesi dibuka kembali; alasan dicatat di rantai audit. Segel lagi setelah selesai.")
    return 0
