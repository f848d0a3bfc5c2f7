"""Near-identical proposals in a cycle, and repeats of earlier cycles ("usulan berulang").

Titles are normalised (case, punctuation, common abbreviations such as "jln"/"gg", filler
words) and compared with rapidfuzz's token-sort ratio, blocked by desa: two proposals of
different villages are never reported as duplicates. Numbers in titles and the RT must agree
("Semenisasi jalan RT 15" and "... RT 16" are two proposals). Within a block all pairs are
scored at once with ``rapidfuzz.process.cdist``.

``merge_proposals`` merges duplicates into the one kept, through the workflow ("merged").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from app.core.audit import record_event
from app.core.workflow import transition
from app.errors import UserError
from app.models import PlanningCycle, Proposal
from app.models.db import read_session, write_session
from common.i18n import _

DEFAULT_THRESHOLD = 88
_ABBREVIATIONS = {
    "jln": "jalan",
    "jl": "jalan",
    "gg": "gang",
    "pemb": "pembangunan",
    "pembuatan": "pembangunan",
    "peningkatan": "pembangunan",
    "rehab": "rehabilitasi",
    "perbaikan": "rehabilitasi",
    "cor": "semenisasi",
    "rabat": "rabat",
    "lingk": "lingkungan",
    "ling": "lingkungan",
    "ds": "desa",
    "kel": "kelurahan",
    "sdn": "sd",
}
_FILLER = frozenset(
    {
        "dan",
        "di",
        "yang",
        "untuk",
        "ke",
        "dari",
        "pada",
        "desa",
        "kelurahan",
        "dusun",
        "lokasi",
        "kegiatan",
        "usulan",
    }
)


def normalise_title(text: str) -> str:
    words = re.sub(r"[^0-9a-z]+", " ", text.lower()).split()
    out = []
    for word in words:
        word = _ABBREVIATIONS.get(word, word)
        if word not in _FILLER:
            out.append(word)
    return " ".join(out)


def _numbers(text: str) -> frozenset[str]:
    return frozenset(n.lstrip("0") or "0" for n in re.findall(r"\d+", text))


def _rt(proposal: _Item) -> str | None:
    if proposal.rt:
        digits = re.sub(r"\D", "", proposal.rt)
        return digits.lstrip("0") or None
    return None


@dataclass(frozen=True)
class _Item:
    id: str
    number: str | None
    title: str
    desa_code: str | None
    dusun: str | None
    rt: str | None
    status: str
    year: int
    key: str


@dataclass(frozen=True)
class DuplicatePair:
    first_id: str
    second_id: str
    first_number: str | None
    second_number: str | None
    score: float
    reason: str


@dataclass(frozen=True)
class RepeatMatch:
    """``proposal_id`` was proposed before: ``earlier_id`` in ``earlier_year``."""

    proposal_id: str
    earlier_id: str
    earlier_number: str | None
    earlier_year: int
    years_ago: int
    times: int  # in how many earlier cycles it was proposed
    score: float
    earlier_status: str
    reason: str


def _items(session: Session, cycle_ids: Sequence[str]) -> list[_Item]:
    rows = session.exec(
        select(Proposal).where(
            col(Proposal.cycle_id).in_(list(cycle_ids)),
            col(Proposal.deleted).is_(False),
            Proposal.status != "merged",
        )
    ).all()
    return [
        _Item(
            p.id,
            p.number,
            p.title,
            p.desa_code,
            p.dusun,
            p.rt,
            p.status,
            p.planning_year,
            normalise_title(p.title),
        )
        for p in rows
    ]


def _compatible(a: _Item, b: _Item) -> tuple[bool, list[str]]:
    """Whether two similar titles may be the same proposal, and why."""
    reasons = [_("desa sama") if a.desa_code else _("tanpa desa")]
    numbers_a, numbers_b = _numbers(a.title), _numbers(b.title)
    if numbers_a and numbers_b and numbers_a != numbers_b:
        return False, reasons
    rt_a, rt_b = _rt(a), _rt(b)
    if rt_a and rt_b:
        if rt_a != rt_b:
            return False, reasons
        reasons.append(_("RT {rt_a} sama").format(rt_a=rt_a))
    if a.dusun and b.dusun:
        if normalise_title(a.dusun) != normalise_title(b.dusun):
            return False, reasons
        reasons.append(_("dusun sama"))
    return True, reasons


def _blocks(items: Sequence[_Item]) -> dict[str | None, list[_Item]]:
    blocks: dict[str | None, list[_Item]] = defaultdict(list)
    for item in items:
        blocks[item.desa_code].append(item)
    return blocks


def find_duplicates(
    engine: Engine,
    cycle_id: str,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    desa_code: str | None = None,
    workers: int = 1,
) -> list[DuplicatePair]:
    """Pairs of near-identical proposals in the cycle, most similar first."""
    with read_session(engine) as session:
        items = _items(session, [cycle_id])
    if desa_code is not None:
        items = [i for i in items if i.desa_code == desa_code]
    pairs: list[DuplicatePair] = []
    for block in _blocks(items).values():
        if len(block) < 2:
            continue
        keys = [i.key for i in block]
        scores = process.cdist(
            keys,
            keys,
            scorer=fuzz.token_sort_ratio,
            score_cutoff=threshold,
            dtype=np.uint8,
            workers=workers,
        )
        first, second = np.nonzero(np.triu(scores, k=1))
        for i, j in zip(first.tolist(), second.tolist(), strict=True):
            a, b = block[i], block[j]
            ok, reasons = _compatible(a, b)
            if not ok:
                continue
            score = float(scores[i, j])
            pairs.append(
                DuplicatePair(
                    a.id,
                    b.id,
                    a.number,
                    b.number,
                    score,
                    _("judul mirip {score:.0f}%, ").format(score=score) + ", ".join(reasons),
                )
            )
    pairs.sort(key=lambda p: (-p.score, p.first_number or "", p.second_number or ""))
    return pairs


def duplicate_ids(pairs: Sequence[DuplicatePair]) -> set[str]:
    """Every proposal that has a possible duplicate (for marking rows in the list)."""
    return {p.first_id for p in pairs} | {p.second_id for p in pairs}


def find_repeats(
    engine: Engine,
    cycle_id: str,
    *,
    threshold: float = DEFAULT_THRESHOLD,
    workers: int = 1,
) -> list[RepeatMatch]:
    """Proposals of the cycle that were proposed in earlier cycles of the same office."""
    with read_session(engine) as session:
        cycle = session.get(PlanningCycle, cycle_id)
        if cycle is None:
            raise UserError(_("Siklus perencanaan tidak ditemukan."))
        earlier_cycles = session.exec(
            select(PlanningCycle).where(
                PlanningCycle.kecamatan_code == cycle.kecamatan_code,
                PlanningCycle.year < cycle.year,
                col(PlanningCycle.deleted).is_(False),
            )
        ).all()
        current = _items(session, [cycle_id])
        year_of = {c.id: c.year for c in earlier_cycles}
        earlier_rows = session.exec(
            select(Proposal).where(
                col(Proposal.cycle_id).in_(list(year_of)), col(Proposal.deleted).is_(False)
            )
        ).all()
        earlier = [
            _Item(
                p.id,
                p.number,
                p.title,
                p.desa_code,
                p.dusun,
                p.rt,
                p.status,
                year_of[p.cycle_id],
                normalise_title(p.title),
            )
            for p in earlier_rows
        ]
    if not earlier or not current:
        return []
    old_blocks = _blocks(earlier)
    matches: list[RepeatMatch] = []
    for desa, block in _blocks(current).items():
        old = old_blocks.get(desa)
        if not old:
            continue
        scores = process.cdist(
            [i.key for i in block],
            [i.key for i in old],
            scorer=fuzz.token_sort_ratio,
            score_cutoff=threshold,
            dtype=np.uint8,
            workers=workers,
        )
        for row, item in enumerate(block):
            hits = [
                (float(scores[row, k]), old[k])
                for k in np.nonzero(scores[row])[0].tolist()
                if _compatible(item, old[k])[0]
            ]
            if not hits:
                continue
            years = {h.year for _s, h in hits}
            score, best = max(hits, key=lambda h: (h[1].year, h[0]))
            years_ago = cycle.year - best.year
            matches.append(
                RepeatMatch(
                    item.id,
                    best.id,
                    best.number,
                    best.year,
                    years_ago,
                    len(years),
                    score,
                    best.status,
                    _(
                        "diusulkan lagi setelah {years_ago} tahun (terakhir {year}, {count} kali "
                        "sebelumnya); judul mirip {score:.0f}%"
                    ).format(years_ago=years_ago, year=best.year, count=len(years), score=score),
                )
            )
    matches.sort(key=lambda m: (-m.times, -m.score))
    return matches


def merge_proposals(
    engine: Engine,
    keep_id: str,
    merge_ids: Sequence[str],
    actor: str | None,
    reason: str,
) -> list[str]:
    """Merge ``merge_ids`` into ``keep_id`` (each moves to "merged" through the workflow,
    which needs the reason); returns the merged ids. All or none are merged."""
    others = [m for m in dict.fromkeys(merge_ids) if m != keep_id]
    if not others:
        raise UserError(_("Pilih paling sedikit satu usulan lain untuk digabungkan."))
    with write_session(engine) as session:
        keep = session.get(Proposal, keep_id)
        if keep is None or keep.deleted or keep.status == "merged":
            raise UserError(
                _("Usulan yang dipertahankan tidak tersedia atau sudah digabung ke usulan lain."),
                hint=_("Pilih usulan lain sebagai tujuan penggabungan."),
            )
        for merge_id in others:
            proposal = session.get(Proposal, merge_id)
            if proposal is None or proposal.deleted:
                raise UserError(_("Salah satu usulan yang akan digabung tidak ditemukan."))
            if proposal.cycle_id != keep.cycle_id:
                raise UserError(
                    _("Usulan {number} berasal dari siklus lain dan tidak dapat digabung.").format(
                        number=proposal.number
                    ),
                    hint=_("Usulan berulang dari tahun lalu cukup ditandai, tidak digabung."),
                )
            transition(
                session, proposal, "merged", actor=actor, reason=reason, merged_into_id=keep_id
            )
        record_event(
            session,
            actor=actor,
            entity="proposal",
            entity_id=keep_id,
            action="merge",
            after={"merged_ids": others},
            reason=(reason or "").strip() or None,
        )
    return others


def similar_notes(
    engine: Engine, cycle_id: str, proposal_id: str, desa_code: str | None
) -> list[str]:
    """Sentences about proposals near-identical to ``proposal_id``: in this cycle (same
    village: duplicates are looked for within a village) and in earlier cycles."""
    notes = [
        f"Mirip {pair.second_number if pair.first_id == proposal_id else pair.first_number} "
        f"({pair.score:.0f}%): {pair.reason}"
        for pair in find_duplicates(engine, cycle_id, desa_code=desa_code)
        if proposal_id in (pair.first_id, pair.second_id)
    ]
    notes += [
        f"Usulan berulang: pernah diusulkan {r.years_ago} tahun lalu ({r.earlier_number}, "
        f"{r.earlier_year}); {r.reason}"
        for r in find_repeats(engine, cycle_id)
        if r.proposal_id == proposal_id
    ]
    return notes


@dataclass(frozen=True)
class MergeCandidate:
    proposal_id: str
    label: str  # "USL-2027-0001 — Semenisasi jalan …"


def merge_candidates(engine: Engine, proposal_ids: Sequence[str]) -> list[MergeCandidate]:
    """The selected proposals to choose the one kept from, in the order selected."""
    wanted = list(proposal_ids)
    with read_session(engine) as session:
        rows = session.exec(select(Proposal).where(col(Proposal.id).in_(wanted))).all()
    return [
        MergeCandidate(p.id, f"{p.number or ''} — {p.title}")
        for p in sorted(rows, key=lambda p: wanted.index(p.id))
    ]
