"""The pagu fitter: which proposals fit the kecamatan's indicative ceilings, in priority order.

Ceilings: a total (``None`` when not set) and one per agency (an agency without its own ceiling
is held only to the total). The fitter walks the proposals in priority order and funds each one
that still fits every ceiling it is subject to; one that does not fit is listed as what must give,
with the ceiling that stopped it and by how much. By default a later, cheaper proposal may still
be funded after a higher one did not fit (``skip_over``); the result says when that happened so
the forum can decide it knowingly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from common.i18n import _
from common.money import format_rupiah


@dataclass(frozen=True)
class PaguItem:
    proposal_id: str
    agency_code: str | None
    amount: int


@dataclass(frozen=True)
class Ceilings:
    total: int | None
    per_agency: Mapping[str, int] = field(default_factory=dict)

    def agency(self, code: str | None) -> int | None:
        return self.per_agency.get(code) if code is not None else None


@dataclass(frozen=True)
class GiveUp:
    proposal_id: str
    agency_code: str | None
    amount: int
    limit: str  # "total" or "agency"
    shortfall: int  # how much more room it would need


@dataclass(frozen=True)
class FitResult:
    funded: tuple[str, ...]
    given_up: tuple[GiveUp, ...]
    total: int
    by_agency: Mapping[str | None, int]
    skipped_over: tuple[str, ...]  # funded although a higher-priority item did not fit

    def is_funded(self, proposal_id: str) -> bool:
        return proposal_id in self.funded


def fit(items: Sequence[PaguItem], ceilings: Ceilings, *, skip_over: bool = True) -> FitResult:
    """Fund ``items`` (in priority order) while every ceiling holds."""
    for item in items:
        if item.amount < 0:
            raise ValueError(f"negative amount for {item.proposal_id}")
    funded: list[str] = []
    given_up: list[GiveUp] = []
    skipped_over: list[str] = []
    used_total = 0
    used: dict[str | None, int] = {}
    stopped = False
    for item in items:
        agency_limit = ceilings.agency(item.agency_code)
        agency_used = used.get(item.agency_code, 0)
        over_total = ceilings.total is not None and used_total + item.amount > ceilings.total
        over_agency = agency_limit is not None and agency_used + item.amount > agency_limit
        if stopped and not skip_over:
            given_up.append(
                GiveUp(item.proposal_id, item.agency_code, item.amount, "order", item.amount)
            )
            continue
        if over_agency and agency_limit is not None:
            given_up.append(
                GiveUp(
                    item.proposal_id,
                    item.agency_code,
                    item.amount,
                    "agency",
                    agency_used + item.amount - agency_limit,
                )
            )
            stopped = True
            continue
        if over_total and ceilings.total is not None:
            given_up.append(
                GiveUp(
                    item.proposal_id,
                    item.agency_code,
                    item.amount,
                    "total",
                    used_total + item.amount - ceilings.total,
                )
            )
            stopped = True
            continue
        if given_up:
            skipped_over.append(item.proposal_id)
        funded.append(item.proposal_id)
        used_total += item.amount
        used[item.agency_code] = agency_used + item.amount
    return FitResult(tuple(funded), tuple(given_up), used_total, used, tuple(skipped_over))


@dataclass(frozen=True)
class AgencyUse:
    agency_code: str | None
    used: int
    ceiling: int | None

    @property
    def over(self) -> int:
        return max(0, self.used - self.ceiling) if self.ceiling is not None else 0

    @property
    def share(self) -> float | None:
        if not self.ceiling:
            return None
        return self.used / self.ceiling


@dataclass(frozen=True)
class PaguStatus:
    total_used: int
    total_ceiling: int | None
    agencies: tuple[AgencyUse, ...]
    warnings: tuple[str, ...]

    @property
    def total_over(self) -> int:
        if self.total_ceiling is None:
            return 0
        return max(0, self.total_used - self.total_ceiling)

    @property
    def total_share(self) -> float | None:
        if not self.total_ceiling:
            return None
        return self.total_used / self.total_ceiling

    @property
    def ok(self) -> bool:
        return not self.warnings


def pagu_status(
    agreed: Iterable[PaguItem],
    ceilings: Ceilings,
    agency_names: Mapping[str, str] | None = None,
) -> PaguStatus:
    """Live totals of the agreed amounts against the ceilings, with a warning per overrun."""
    names = agency_names or {}
    total = 0
    used: dict[str | None, int] = {}
    for item in agreed:
        total += item.amount
        used[item.agency_code] = used.get(item.agency_code, 0) + item.amount
    codes: list[str | None] = list(sorted(ceilings.per_agency))
    codes += sorted((c for c in used if c not in ceilings.per_agency), key=lambda c: c or "~")
    agencies = tuple(AgencyUse(code, used.get(code, 0), ceilings.agency(code)) for code in codes)
    warnings: list[str] = []
    if ceilings.total is not None and total > ceilings.total:
        warnings.append(
            _(
                "Total yang disepakati {total} melebihi pagu kecamatan {ceiling} sebesar {over}."
            ).format(
                total=format_rupiah(total),
                ceiling=format_rupiah(ceilings.total),
                over=format_rupiah(total - ceilings.total),
            )
        )
    for use in agencies:
        if use.over:
            label = names.get(use.agency_code or "", use.agency_code or _("OPD belum ditentukan"))
            warnings.append(
                _("{label}: disepakati {used}, melebihi pagu {ceiling} sebesar {over}.").format(
                    label=label,
                    used=format_rupiah(use.used),
                    ceiling=format_rupiah(use.ceiling or 0),
                    over=format_rupiah(use.over),
                )
            )
    return PaguStatus(total, ceilings.total, agencies, tuple(warnings))
