"""Read-side queries for proposal lists: ids first, rows fetched in pages when shown."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine, func
from sqlalchemy import text as text_sql
from sqlmodel import Session, col, select

from app.core.regions import kecamatan_villages
from app.models import Agency, OutboxEntry, PlanningCycle, Proposal, Region
from app.models.db import read_session
from app.models.proposal import column_label
from common.i18n import _


@dataclass(frozen=True)
class ProposalRow:
    id: str
    number: str | None
    desa: str | None
    title: str
    volume: float | None
    satuan: str | None
    estimated_cost: int | None
    status: str
    kewenangan: str | None
    # Added for the proposal desk (defaults keep older positional construction valid).
    desa_code: str | None = None
    village_rank: int | None = None
    agency_code: str | None = None
    bidang_code: str | None = None
    problem_count: int = 0
    merged_into_id: str | None = None
    # What the kabupaten (Bappeda or the agency) decided, as it came back by sync.
    upstream_status: str | None = None
    upstream_reason: str | None = None


def current_cycle(session: Session) -> PlanningCycle | None:
    """The newest open planning cycle of this office."""
    return session.exec(
        select(PlanningCycle)
        .where(col(PlanningCycle.deleted).is_(False))
        .order_by(col(PlanningCycle.year).desc())
    ).first()


def proposal_ids(session: Session, cycle_id: str) -> list[str]:
    rows = session.exec(
        select(Proposal.id)
        .where(Proposal.cycle_id == cycle_id, col(Proposal.deleted).is_(False))
        .order_by(col(Proposal.desa_code), col(Proposal.village_rank), col(Proposal.number))
    ).all()
    return list(rows)


def proposal_rows(session: Session, ids: Sequence[str]) -> list[ProposalRow]:
    query = (
        select(Proposal, Region.name)
        .join(Region, col(Region.code) == col(Proposal.desa_code), isouter=True)
        .where(col(Proposal.id).in_(list(ids)))
    )
    found = {
        p.id: ProposalRow(
            p.id,
            p.number,
            desa,
            p.title,
            p.volume,
            p.satuan,
            p.estimated_cost,
            p.status,
            p.kewenangan,
            p.desa_code,
            p.village_rank,
            p.agency_code,
            p.bidang_code,
            p.problem_count,
            p.merged_into_id,
            p.upstream_status,
            p.upstream_reason,
        )
        for p, desa in session.exec(query).all()
    }
    return [found[i] for i in ids if i in found]


def agency_names(session: Session) -> dict[str, str]:
    """Every agency's short name (its abbreviation, else its name) by code, in code order."""
    return {
        a.code: a.abbreviation or a.name
        for a in session.exec(select(Agency).order_by(col(Agency.code))).all()
    }


def pending_outbox_count(session: Session) -> int:
    return int(
        session.exec(
            select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state == "pending")
        ).one()
    )


def search_proposal_ids(session: Session, cycle_id: str, text: str) -> list[str]:
    """Proposals of the cycle whose title, problem or address contain every word (prefixes)."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
    if not words:
        return proposal_ids(session, cycle_id)
    match = " ".join(f'"{w}"*' for w in words)
    rows = session.execute(
        text_sql(
            "SELECT p.id FROM proposal_fts f JOIN proposal p ON p.id = f.proposal_id "
            "WHERE proposal_fts MATCH :match AND p.cycle_id = :cycle AND p.deleted = 0 "
            "ORDER BY f.rank"
        ),
        {"match": match, "cycle": cycle_id},
    ).all()
    return [str(row[0]) for row in rows]


# --- The proposal list's columns ---------------------------------------------------------------


@dataclass(frozen=True)
class ListColumn:
    key: str  # attribute of ProposalRow
    label: str  # the model's column label, translated
    sort_key: str | None  # a key of SORT_COLUMNS, None when the column does not sort


# (ProposalRow attribute, model field it shows, sort key), in the list's order.
_LIST_COLUMNS: tuple[tuple[str, str, str | None], ...] = (
    ("number", "number", "number"),
    ("desa", "desa_code", "desa"),
    ("village_rank", "village_rank", "village_rank"),
    ("title", "title", "title"),
    ("volume", "volume", "volume"),
    ("estimated_cost", "estimated_cost", "estimated_cost"),
    ("status", "status", "status"),
    ("kewenangan", "kewenangan", "kewenangan"),
    ("agency_code", "agency_code", "agency"),
    ("bidang_code", "bidang_code", "bidang"),
    ("problem_count", "problem_count", "problem_count"),
    ("upstream_status", "upstream_status", None),
)


def list_columns() -> tuple[ListColumn, ...]:
    """The proposal list's columns, headed by the labels the model declares for their fields."""
    return tuple(
        ListColumn(key, _(column_label(field)), sort_key) for key, field, sort_key in _LIST_COLUMNS
    )


# --- Filtering and sorting for the proposal list (all in SQL) ---------------------------------

Selection = str | tuple[str, ...] | frozenset[str] | None

# Sort keys the list offers; each is an SQL expression over proposal ``p`` and region ``r``.
SORT_COLUMNS: dict[str, str] = {
    "number": "length(p.number), p.number",
    "desa": "r.name COLLATE NOCASE",
    "title": "p.title COLLATE NOCASE",
    "volume": "p.volume",
    "estimated_cost": "p.estimated_cost",
    "status": "p.status",
    "kewenangan": "p.kewenangan",
    "village_rank": "p.village_rank",
    "agency": "p.agency_code",
    "bidang": "p.bidang_code",
    "problem_count": "p.problem_count",
    "beneficiaries": "p.beneficiaries",
    "updated_at": "p.updated_at",
    "created_at": "p.created_at",
}
# The list's default order: by village, its priority rank, then number.
DEFAULT_ORDER = "desa_default"
_DEFAULT_ORDER_SQL = "p.desa_code, p.village_rank, length(p.number), p.number"


NO_AGENCY = "__tanpa_opd__"  # ProposalFilter.agency for proposals with no agency yet


@dataclass(frozen=True)
class ProposalFilter:
    """What the list shows. Each selection is one value, several values, or None for all.

    ``agency`` matches ``agency_code`` and ``bidang`` matches ``bidang_code``; ``has_problems``
    True keeps proposals with stored validation problems, False those without; ``text`` is a
    full-text search (every word, as a prefix) over title, problem and address.
    """

    desa: Selection = None
    status: Selection = None
    agency: Selection = None
    bidang: Selection = None
    kewenangan: Selection = None
    has_problems: bool | None = None
    text: str = ""

    @property
    def is_empty(self) -> bool:
        return self == ProposalFilter()


def _values(selection: Selection) -> tuple[str, ...]:
    if selection is None:
        return ()
    if isinstance(selection, str):
        return (selection,)
    return tuple(sorted(selection))


def fts_match_expression(text: str) -> str | None:
    """An FTS5 query that needs every word of ``text`` as a prefix; None when no word."""
    words = [w for w in "".join(c if c.isalnum() else " " for c in text).split() if w]
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


def filtered_proposal_ids(
    session: Session,
    cycle_id: str,
    flt: ProposalFilter | None = None,
    order_by: str | None = None,
    descending: bool = False,
) -> list[str]:
    """Ids of the cycle's (not deleted) proposals that pass ``flt``, sorted in SQL.

    ``order_by`` is a key of ``SORT_COLUMNS``; None keeps the default order (village, rank,
    number), or relevance when a text search is given. Empty values sort last either way.
    """
    flt = flt or ProposalFilter()
    where = ["p.cycle_id = :cycle", "p.deleted = 0"]
    params: dict[str, object] = {"cycle": cycle_id}
    for column, selection in (
        ("p.desa_code", flt.desa),
        ("p.status", flt.status),
        ("p.agency_code", flt.agency),
        ("p.bidang_code", flt.bidang),
        ("p.kewenangan", flt.kewenangan),
    ):
        values = _values(selection)
        if not values:
            continue
        if column == "p.agency_code" and NO_AGENCY in values:  # the filter "tanpa OPD"
            where.append("(p.agency_code IS NULL OR p.agency_code = '')")
            continue
        names = []
        for value in values:
            name = f"v{len(params)}"
            params[name] = value
            names.append(f":{name}")
        where.append(f"{column} IN ({', '.join(names)})")
    if flt.has_problems is True:
        where.append("p.problem_count > 0")
    elif flt.has_problems is False:
        where.append("p.problem_count = 0")
    match = fts_match_expression(flt.text)
    joins = ""
    by_relevance = match is not None and order_by is None
    if match is not None:
        params["match"] = match
        if by_relevance:
            joins += " JOIN (SELECT proposal_id, min(rank) AS rank FROM proposal_fts"
            joins += " WHERE proposal_fts MATCH :match GROUP BY proposal_id) f"
            joins += " ON f.proposal_id = p.id"
        else:  # relevance is not needed: a plain membership test is cheaper
            where.append(
                "p.id IN (SELECT proposal_id FROM proposal_fts WHERE proposal_fts MATCH :match)"
            )
    if order_by == "desa":
        joins += " LEFT JOIN region r ON r.code = p.desa_code"
    if order_by is None or order_by == DEFAULT_ORDER:
        order = "f.rank, p.id" if by_relevance else None
        order = order or f"{_DEFAULT_ORDER_SQL}, p.id"
        if descending:
            order = ", ".join(f"{part.strip()} DESC" for part in order.split(","))
    else:
        if order_by not in SORT_COLUMNS:
            raise ValueError(f"unknown sort column {order_by!r}")
        direction = "DESC" if descending else "ASC"
        keys = [part.strip() for part in SORT_COLUMNS[order_by].split(",")]
        first = keys[-1].split(" COLLATE")[0]
        order = ", ".join(
            [f"({first}) IS NULL"] + [f"{key} {direction}" for key in keys] + ["p.id"]
        )
    sql = f"SELECT p.id FROM proposal p{joins} WHERE {' AND '.join(where)} ORDER BY {order}"
    return [str(row[0]) for row in session.execute(text_sql(sql), params).all()]


def distinct_values(session: Session, cycle_id: str, column: str) -> list[str]:
    """The values a filter can offer for ``column`` (desa_code, status, agency_code,
    bidang_code, kewenangan) among the cycle's proposals, sorted."""
    allowed = {"desa_code", "status", "agency_code", "bidang_code", "kewenangan", "satuan"}
    if column not in allowed:
        raise ValueError(f"no filter on {column!r}")
    rows = session.execute(
        text_sql(
            f"SELECT DISTINCT {column} FROM proposal WHERE cycle_id = :cycle AND deleted = 0 "
            f"AND {column} IS NOT NULL ORDER BY {column}"
        ),
        {"cycle": cycle_id},
    ).all()
    return [str(row[0]) for row in rows]


# --- The proposal list's reads, each in a session of its own ----------------------------------


def list_rows(engine: Engine, ids: Sequence[str]) -> list[ProposalRow]:
    """The rows to show for ``ids`` (a page of the list), in that order."""
    with read_session(engine) as session:
        return proposal_rows(session, ids)


def list_ids(
    engine: Engine,
    cycle_id: str,
    flt: ProposalFilter | None = None,
    order_by: str | None = None,
    descending: bool = False,
) -> list[str]:
    """``filtered_proposal_ids`` in a read of its own."""
    with read_session(engine) as session:
        return filtered_proposal_ids(session, cycle_id, flt, order_by, descending)


@dataclass(frozen=True)
class FilterChoices:
    """What the list's filters offer: (value, label) pairs, or values shown as they are."""

    desa: list[tuple[str, str]]  # the kecamatan's villages by name
    agency: list[tuple[str, str]]  # agencies the cycle's proposals use, by short name
    bidang: list[str]
    kewenangan: list[str]


def filter_choices(
    engine: Engine, cycle_id: str | None, kecamatan_code: str | None
) -> FilterChoices:
    """The filter choices of the cycle's list (villages of ``kecamatan_code``)."""
    with read_session(engine) as session:
        villages = (
            sorted(kecamatan_villages(session, kecamatan_code), key=lambda v: v.name)
            if kecamatan_code
            else []
        )
        names = agency_names(session)
        used = distinct_values(session, cycle_id, "agency_code") if cycle_id else []
        return FilterChoices(
            [(v.code, v.name) for v in villages],
            [(code, names.get(code, code)) for code in used],
            distinct_values(session, cycle_id, "bidang_code") if cycle_id else [],
            distinct_values(session, cycle_id, "kewenangan") if cycle_id else [],
        )
