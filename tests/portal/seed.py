"""Proposals pushed into a server database through the server's own push logic (as an
enrolled office device would), for the portal tests and the portal benchmark."""

from __future__ import annotations

import random
import uuid
from typing import Any

from sqlalchemy import Engine

from common.protocol import PushOp
from server import logic, security
from server.db import write_session
from server.portal import auth
from server.security import Caller

AGENCIES = ("1.03.01", "1.04.01", "1.02.01", "1.01.01", "2.15.01", "3.27.01", "2.11.01")
BIDANG = {
    "1.03.01": "1.03",
    "1.04.01": "1.04",
    "1.02.01": "1.02",
    "1.01.01": "1.01",
    "2.15.01": "2.15",
    "3.27.01": "3.27",
    "2.11.01": "2.11",
}
TITLES = (
    "Semenisasi jalan lingkungan RT {n}",
    "Pembangunan drainase / parit RT {n}",
    "Sumur bor air bersih dusun {n}",
    "Rehabilitasi posyandu {n}",
    "Lampu jalan (PJU) ruas {n}",
    "Jalan usaha tani blok {n}",
    "Dermaga perahu desa {n}",
)


def device(engine: Engine, kecamatan: str) -> Caller:
    with write_session(engine) as session:
        code = security.create_enrolment_code(session, kecamatan, hours=1)
    with write_session(engine) as session:
        enrolled = security.enrol_device(session, code, f"kantor {kecamatan}")
        assert enrolled is not None
        principal = enrolled[0]
        return Caller(principal.id, "device", kecamatan, None)


def push(
    engine: Engine, caller: Caller, records: list[tuple[str, str, dict[str, Any]]], start_seq: int
) -> int:
    """Push (entity, id, fields) inserts in batches of 1,000; returns the next device_seq."""
    seq = start_seq
    for offset in range(0, len(records), 1000):
        ops = []
        for entity, entity_id, fields in records[offset : offset + 1000]:
            seq += 1
            ops.append(
                PushOp(
                    op_id=str(uuid.uuid4()),
                    device_seq=seq,
                    entity=entity,
                    id=entity_id,
                    op="insert",
                    changed_fields=fields,
                )
            )
        with write_session(engine) as session:
            logic.push_batch(
                session, caller, str(uuid.uuid4()), ops, base_seq=start_seq if offset == 0 else None
            )
    return seq


def proposal_fields(
    kecamatan: str, n: int, agency: str, rng: random.Random, **extra: Any
) -> dict[str, Any]:
    lat, lon = -0.42 + rng.uniform(-0.5, 0.5), 116.9 + rng.uniform(-0.8, 0.5)
    fields: dict[str, Any] = {
        "number": f"{kecamatan[-2:]}-{n:05d}",
        "title": rng.choice(TITLES).format(n=n % 40 + 1),
        "problem": "Akses warga terganggu saat musim hujan.",
        "desa_code": f"{kecamatan}.{2001 + n % 9}",
        "status": "agreed" if n % 5 else "not_agreed",
        "agency_code": agency,
        "bidang_code": BIDANG[agency],
        "sub_kegiatan_code": f"{BIDANG[agency]}.10.2.01.0001",
        "kewenangan": "kabupaten",
        "volume": float(50 + n % 300),
        "satuan": "meter",
        "estimated_cost": 25_000_000 + (n % 40) * 5_000_000,
        "village_rank": n % 10 + 1,
        "latitude": round(lat, 5),
        "longitude": round(lon, 5),
        "planning_year": 2027,
        "cycle_id": str(uuid.UUID(int=int(kecamatan.replace(".", "")))),
    }
    fields.update(extra)
    return fields


def seed_kecamatan(engine: Engine, kecamatan: str, count: int, *, seed: int = 1) -> list[str]:
    """``count`` proposals, a planning cycle with pagu and forum priorities for one kecamatan."""
    rng = random.Random(f"{seed}-{kecamatan}")
    caller = device(engine, kecamatan)
    cycle_id = str(uuid.UUID(int=int(kecamatan.replace(".", ""))))
    records: list[tuple[str, str, dict[str, Any]]] = [
        (
            "planning_cycle",
            cycle_id,
            {
                "year": 2027,
                "kecamatan_code": kecamatan,
                "name": "Musrenbang 2027",
                "pagu_total": 7_500_000_000,
            },
        ),
    ]
    ids = []
    for n in range(count):
        pid = str(uuid.uuid4())
        ids.append(pid)
        records.append(
            ("proposal", pid, proposal_fields(kecamatan, n, AGENCIES[n % len(AGENCIES)], rng))
        )
        records.append(
            (
                "decision",
                str(uuid.uuid4()),
                {
                    "proposal_id": pid,
                    "session_id": cycle_id,
                    "outcome": "agreed",
                    "priority": n + 1,
                },
            )
        )
    push(engine, caller, records, 0)
    return ids


def add_portal_user(
    engine: Engine,
    username: str,
    role: str,
    agency: str | None = None,
    password: str = "kata-sandi-uji-123",
) -> str:
    with write_session(engine) as session:
        auth.create_user(session, username, password, role, agency, username.title())
    return password
