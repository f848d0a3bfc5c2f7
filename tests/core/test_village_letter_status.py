"""What the village feedback letter says of a proposal's upstream status: the kabupaten's
answer when there is one, else the SIPD export's own status, else that none came yet."""

from __future__ import annotations

from app.core.reports.village import NO_NEWS, _upstream
from app.models import Proposal


def _proposal(
    sipd_status: str | None = None,
    upstream_status: str | None = None,
    upstream_reason: str | None = None,
) -> Proposal:
    return Proposal(
        cycle_id="c",
        planning_year=2026,
        title="Sumur bor RT 2",
        desa_code="64.02.06.1001",
        sipd_status=sipd_status,
        upstream_status=upstream_status,
        upstream_reason=upstream_reason,
    )


def test_the_kabupatens_answer_comes_first_then_sipds_status() -> None:
    assert _upstream(_proposal()) == NO_NEWS
    assert _upstream(_proposal(sipd_status="Diterima OPD")) == "Diterima OPD (SIPD)"
    answered = _proposal(
        sipd_status="Diterima OPD", upstream_status="deferred", upstream_reason="tahun depan"
    )
    assert _upstream(answered).endswith(": tahun depan")
    assert "SIPD" not in _upstream(answered)
