"""The demo forum: a sealed Musrenbang Kecamatan session on top of the demo office.

Run after ``create_demo``. Everything is written in one transaction through the same functions
the application uses (routing with the scorer as the proposal desk would, verification,
attendance, ratings, ranking, pagu fitting, decisions, delegation, sealing), so the demo record
passes ``musrenbang verify`` for the same reasons a real one does.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from app.core.forum.alignment import AlignmentInfo, AlignmentService
from app.core.forum.attendance import add_attendee, list_attendance
from app.core.forum.decisions import DecisionInput, bring_into_forum, decide, forum_proposals
from app.core.forum.delegation import add_delegate
from app.core.forum.scoring import prepare_ratings, set_position, set_rating
from app.core.forum.sealing import seal_session, verification_code
from app.core.forum.sessions import SessionDetails, create_session
from app.core.forum.summary import ForumBoard, build_board
from app.core.proposal_queries import current_cycle
from app.core.regions import kecamatan_villages
from app.core.workflow import transition
from app.errors import UserError
from app.models import Agency, ForumSession, PlanningCycle, Proposal, Region
from app.models.db import read_session, write_session
from common.i18n import _

ACTOR = "demo"
_FIRST_M = (
    "Ahmad",
    "Budi",
    "Darmawan",
    "Eko",
    "Faisal",
    "Hendra",
    "Iwan",
    "Joko",
    "Rudi",
    "Syahrir",
)
_FIRST_F = (
    "Ani",
    "Dewi",
    "Fitri",
    "Hartini",
    "Kartika",
    "Lestari",
    "Nurul",
    "Rina",
    "Sri",
    "Yuliana",
)
_LAST = (
    "Saputra",
    "Wijaya",
    "Rahman",
    "Hidayat",
    "Pratama",
    "Santoso",
    "Aji",
    "Fauzi",
    "Kurnia",
    "Susanti",
)


@dataclass(frozen=True)
class DemoForumResult:
    session_id: str
    title: str
    attendance: int
    decisions: int
    agreed: int
    digest: str
    already_present: bool

    @property
    def code(self) -> str:
        return verification_code(self.digest)


def _name(i: int, female: bool) -> str:
    first = (_FIRST_F if female else _FIRST_M)[i % 10]
    return f"{first} {_LAST[(i * 7 + 3) % 10]}"


def create_demo_forum(engine: Engine) -> DemoForumResult:
    with read_session(engine) as session:
        cycle = current_cycle(session)
        if cycle is None:
            raise UserError(
                _("Belum ada siklus perencanaan."), hint=_("Jalankan `musrenbang demo` dulu.")
            )
        existing = session.exec(
            select(ForumSession).where(
                ForumSession.cycle_id == cycle.id,
                col(ForumSession.is_demo).is_(True),
                col(ForumSession.deleted).is_(False),
            )
        ).first()
        if existing is not None:
            return DemoForumResult(
                existing.id,
                existing.title,
                len(list_attendance(session, existing.id)),
                0,
                0,
                existing.digest or "",
                True,
            )
        proposals = list(
            session.exec(
                select(Proposal).where(
                    Proposal.cycle_id == cycle.id, col(Proposal.deleted).is_(False)
                )
            ).all()
        )
        if not proposals:
            raise UserError(
                _("Siklus demo tidak berisi usulan."),
                hint=_("Buat demo tanpa --empty untuk forum demo."),
            )
        service = AlignmentService()
        alignment = service.score(session, proposals)
    with write_session(engine) as session:
        cycle_row = session.get(PlanningCycle, cycle.id)
        assert cycle_row is not None
        forum = _create(session, cycle_row, alignment)
        digest = forum.digest or ""
        board = build_board(session, forum.id, alignment=alignment)
        decided = sum(1 for v in board.proposals if v.outcome)
        agreed = sum(1 for v in board.proposals if v.outcome == "agreed")
        return DemoForumResult(
            forum.id, forum.title, board.attendance.total, decided, agreed, digest, False
        )


def _create(
    session: Session, cycle: PlanningCycle, alignment: dict[str, AlignmentInfo]
) -> ForumSession:
    kecamatan = session.get(Region, cycle.kecamatan_code)
    kec_name = kecamatan.name if kecamatan else cycle.kecamatan_code
    agencies = {a.code for a in session.exec(select(Agency)).all()}
    # The proposal desk's work, done here for the demo: route and verify.
    for proposal in session.exec(
        select(Proposal).where(Proposal.cycle_id == cycle.id, Proposal.status == "draft")
    ).all():
        info = alignment.get(proposal.id)
        if proposal.agency_code is None and info is not None and info.agency_code in agencies:
            proposal.agency_code = info.agency_code
            proposal.sub_kegiatan_code = info.sub_kegiatan_code
            proposal.bidang_code = ".".join((info.sub_kegiatan_code or "").split(".")[:2]) or None
        transition(session, proposal, "verified", actor=ACTOR)
    forum_year = cycle.year - 1
    forum = create_session(
        session,
        cycle_id=cycle.id,
        details=SessionDetails(
            kind="musrenbang_kecamatan",
            title=f"Musrenbang Kecamatan {kec_name} RKPD {cycle.year} (DEMO)",
            held_on=date(forum_year, 2, 11),
            place=f"Aula Kantor Camat {kec_name}",
            chair=f"Camat {kec_name}",
            minute_taker="Sekretaris Kecamatan",
            speakers="Kepala Bappeda; Anggota DPRD daerah pemilihan; Tenaga ahli perencanaan",
            agenda=(
                "1. Pembukaan\n2. Paparan prioritas daerah dan pagu indikatif kecamatan\n"
                "3. Pembahasan usulan per perangkat daerah\n4. Penetapan prioritas dan delegasi\n"
                "5. Penandatanganan berita acara"
            ),
        ),
        actor=ACTOR,
    )
    session.flush()
    bring_into_forum(session, forum.id, actor=ACTOR)
    _attendance(session, forum.id, cycle.kecamatan_code)
    proposals = forum_proposals(session, cycle.id)
    prepare_ratings(session, forum.id, proposals, alignment)
    session.flush()
    by_id = {p.id: p for p in proposals}
    # The forum corrects a few ratings after hearing the villages.
    urgent = sorted(
        (p for p in proposals if p.kewenangan == "kabupaten"), key=lambda p: p.number or ""
    )
    for proposal in urgent[3:6]:
        set_rating(
            session,
            forum.id,
            proposal.id,
            "urgency",
            5,
            note="ditetapkan forum: kerusakan parah, dilaporkan kepala desa",
        )
    session.flush()
    board = build_board(session, forum.id, alignment=alignment)
    groups = board.by_agency()
    largest = max((g for g in groups if g), key=lambda g: len(groups[g]), default=None)
    if largest is not None and len(groups[largest]) > 4:
        moved = groups[largest][4]
        set_position(
            session,
            forum.id,
            moved.id,
            2,
            reason="Jalan penghubung ke sekolah putus; forum sepakat didahulukan",
            actor=ACTOR,
        )
        session.flush()
        board = build_board(session, forum.id, alignment=alignment)
    _decide_all(session, forum.id, board, by_id)
    for i, (sex, unsur, role) in enumerate(
        (
            ("L", "kepala_desa", "Ketua delegasi"),
            ("P", "perempuan", "Anggota"),
            ("L", "bpd", "Anggota"),
            ("P", "pemuda", "Anggota"),
        )
    ):
        add_delegate(
            session,
            forum.id,
            name=_name(i + 20, sex == "P"),
            sex=sex,
            unsur=unsur,
            institution=f"Kecamatan {kec_name}",
            role=role,
        )
    session.flush()
    return seal_session(session, forum.id, actor=ACTOR)


def _attendance(session: Session, forum_id: str, kecamatan_code: str) -> None:
    villages = kecamatan_villages(session, kecamatan_code)
    i = 0
    for village in villages:
        head = "Lurah" if village.level == "kelurahan" else "Kepala Desa"
        add_attendee(
            session,
            forum_id,
            name=_name(i, i % 4 == 3),
            unsur="kepala_desa",
            sex="P" if i % 4 == 3 else "L",
            institution=f"{head} {village.name}",
            desa_code=village.code,
        )
        i += 1
        if village.level == "desa":
            add_attendee(
                session,
                forum_id,
                name=_name(i, i % 3 == 0),
                unsur="bpd",
                sex="P" if i % 3 == 0 else "L",
                institution=f"BPD {village.name}",
                desa_code=village.code,
            )
            i += 1
    others = (
        ("perangkat_daerah", "Bappeda", "L"),
        ("perangkat_daerah", "Dinas Pekerjaan Umum", "L"),
        ("perangkat_daerah", "Dinas Kesehatan", "P"),
        ("perangkat_daerah", "Dinas Pendidikan dan Kebudayaan", "P"),
        ("perangkat_daerah", "Dinas Perumahan dan Kawasan Permukiman", "L"),
        ("dprd", "DPRD daerah pemilihan", "L"),
        ("dprd", "DPRD daerah pemilihan", "P"),
        ("kecamatan", "Kantor Camat", "L"),
        ("kecamatan", "Kantor Camat", "P"),
        ("tokoh_masyarakat", "Tokoh masyarakat", "L"),
        ("tokoh_agama", "Majelis taklim", "P"),
        ("perempuan", "TP PKK Kecamatan", "P"),
        ("perempuan", "Kelompok Wanita Tani", "P"),
        ("pemuda", "Karang Taruna", "L"),
        ("pemuda", "Karang Taruna", "P"),
        ("disabilitas", "Persatuan Penyandang Disabilitas", "L"),
        ("anak", "Forum Anak Kecamatan", "P"),
    )
    for unsur, institution, sex in others:
        add_attendee(
            session,
            forum_id,
            name=_name(i, sex == "P"),
            unsur=unsur,
            sex=sex,
            institution=institution,
        )
        i += 1


def _decide_all(session: Session, forum_id: str, board: object, by_id: dict[str, Proposal]) -> None:

    assert isinstance(board, ForumBoard)
    priorities: dict[str, int] = {}
    merged_done = False
    first_of_desa: dict[tuple[str | None, str], str] = {}
    for view in board.proposals:
        proposal = by_id[view.id]
        key = (proposal.desa_code, view.agency_code)
        if proposal.kewenangan == "desa":
            data = DecisionInput(
                view.id,
                "moved_to_village",
                reason="Kewenangan lokal berskala desa; dianggarkan melalui APBDes.",
            )
        elif proposal.kewenangan == "provinsi":
            data = DecisionInput(
                view.id,
                "not_agreed",
                reason="Kewenangan provinsi; diteruskan melalui reses DPRD provinsi.",
            )
        elif not merged_done and key in first_of_desa and view.agency_code:
            data = DecisionInput(
                view.id,
                "merged",
                reason="Lokasi bersebelahan; dilaksanakan sebagai satu kegiatan.",
                merged_into_id=first_of_desa[key],
            )
            merged_done = True
        elif view.suggested:
            priority = priorities.get(view.agency_code, 0) + 1
            priorities[view.agency_code] = priority
            estimate = view.estimated_cost or 0
            amount = max(1_000_000, estimate // 1_000_000 * 1_000_000)
            data = DecisionInput(view.id, "agreed", priority=priority, agreed_amount=amount)
        else:
            data = DecisionInput(
                view.id,
                "postponed",
                reason="Tidak tertampung pagu indikatif kecamatan; diusulkan kembali tahun depan.",
            )
        if data.outcome in ("agreed", "postponed"):
            first_of_desa.setdefault(key, view.id)
        decide(session, forum_id, data, actor=ACTOR)


def create_open_demo_forum(engine: Engine) -> str:
    """The first start's forum: the demo's routed proposals verified and brought into an open
    session with its attendance list, ready for the operator to rate, decide and seal (nothing
    decided yet). Returns the session id; an existing demo session is kept."""
    with read_session(engine) as session:
        cycle = current_cycle(session)
        if cycle is None:
            raise UserError(_("Belum ada siklus demo."), hint=_("Jalankan `musrenbang demo` dulu."))
        existing = session.exec(
            select(ForumSession).where(
                ForumSession.cycle_id == cycle.id,
                col(ForumSession.is_demo).is_(True),
                col(ForumSession.deleted).is_(False),
            )
        ).first()
        if existing is not None:
            return existing.id
    with write_session(engine) as session:
        cycle_row = session.get(PlanningCycle, cycle.id)
        assert cycle_row is not None
        kecamatan = session.get(Region, cycle_row.kecamatan_code)
        kec_name = kecamatan.name if kecamatan else cycle_row.kecamatan_code
        for proposal in session.exec(
            select(Proposal).where(Proposal.cycle_id == cycle.id, Proposal.status == "draft")
        ).all():
            transition(session, proposal, "verified", actor=ACTOR)
        forum = create_session(
            session,
            cycle_id=cycle.id,
            details=SessionDetails(
                kind="musrenbang_kecamatan",
                title=f"Musrenbang Kecamatan {kec_name} RKPD {cycle_row.year} (DEMO)",
                held_on=date(cycle_row.year - 1, 2, 11),
                place=f"Aula Kantor Camat {kec_name}",
                chair=f"Camat {kec_name}",
                minute_taker="Sekretaris Kecamatan",
            ),
            actor=ACTOR,
        )
        forum.is_demo = True
        session.add(forum)
        session.flush()
        bring_into_forum(session, forum.id, actor=ACTOR)
        _attendance(session, forum.id, cycle_row.kecamatan_code)
        return forum.id
