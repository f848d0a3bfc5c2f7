"""Alignment scorer: offline, explainable routing and alignment of proposals (Qt-free)."""

from app.core.scorer import native

# before the first import of a compiled module: the compiled build, when it is current
if native.install(__path__):
    try:
        from app.core.scorer import engine as _engine
    except ImportError as error:  # a damaged build: the Python modules give the same results
        if not native.fall_back(__path__, error):
            raise
    else:
        del _engine

from app.core.scorer.engine import Scorer
from app.core.scorer.inputs import (
    AgencyRow,
    ConfirmedRouting,
    CostRecord,
    KamusRow,
    NomenclatureRow,
    PlanItemRow,
    ProposalInput,
    RegionRow,
    RenstraRow,
    ScorerReference,
    load_bundled_reference,
    read_kamus_csv,
)
from app.core.scorer.result import (
    AgencyChoice,
    Component,
    Kewenangan,
    RankedCode,
    ScoreResult,
)

__all__ = [
    "AgencyChoice",
    "AgencyRow",
    "Component",
    "ConfirmedRouting",
    "CostRecord",
    "KamusRow",
    "Kewenangan",
    "NomenclatureRow",
    "PlanItemRow",
    "ProposalInput",
    "RankedCode",
    "RegionRow",
    "RenstraRow",
    "ScoreResult",
    "Scorer",
    "ScorerReference",
    "load_bundled_reference",
    "read_kamus_csv",
]
