"""The scorer's suggestions beside the proposal form: routing, kewenangan, score and why.

The scorer is built once per window from the database (on the worker thread); scoring one
proposal takes milliseconds, so it runs on the GUI thread, debounced while the operator types.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.scorer import ProposalInput, Scorer, ScoreResult
from app.core.scorer.from_db import build_scorer
from app.ui.context import AppContext


class ScorerHolder(QObject):
    """One scorer per application context, built on first use."""

    ready = Signal()

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.context = context
        self.scorer: Scorer | None = None
        self.error: str | None = None
        self._building = False

    def ensure(self) -> None:
        if self.scorer is not None or self._building:
            return
        self._building = True

        engine = self.context.engine
        self.context.tasks.run(lambda: build_scorer(engine), self._built, self._failed)

    def _built(self, scorer: Scorer) -> None:
        self._building = False
        self.scorer = scorer
        self.ready.emit()

    def _failed(self, exc: BaseException) -> None:
        self._building = False
        self.error = str(exc)


def scorer_holder(context: AppContext) -> ScorerHolder:
    holder = context.findChild(ScorerHolder)
    if holder is None:
        holder = ScorerHolder(context)
    holder.ensure()
    return holder


class SuggestionPanel(QGroupBox):
    """Shows a ScoreResult; ``accept_requested`` carries it when the operator takes it."""

    accept_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Saran penilai keselarasan"))
        self.result: ScoreResult | None = None
        self.summary = QLabel(self.tr("Ketik judul usulan untuk melihat saran."), self)
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.accept_button = QPushButton(self.tr("&Terima saran"), self)
        self.accept_button.setToolTip(
            self.tr("Isi OPD, bidang, dan sub kegiatan dari saran ini (Alt+T)")
        )
        self.accept_button.setEnabled(False)
        self.accept_button.clicked.connect(
            lambda: self.result and self.accept_requested.emit(self.result)
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary, 1)
        layout.addWidget(self.accept_button)

    def show_result(self, result: ScoreResult | None, agency_label: Callable[[str], str]) -> None:
        self.result = result
        self.accept_button.setEnabled(result is not None and bool(result.bidang))
        if result is None:
            self.summary.setText(self.tr("Ketik judul usulan untuk melihat saran."))
            return
        rows = [f"<b>{self.tr('Skor keselarasan')}: {result.score}/100</b>"]
        if result.bidang:
            rows.append(
                self.tr("Bidang urusan")
                + ": "
                + "; ".join(f"{b.code} {b.name} ({b.confidence:.0%})" for b in result.bidang[:3])
            )
        if result.agency:
            rows.append(
                self.tr("OPD")
                + f": {agency_label(result.agency.code)} ({result.agency.confidence:.0%})"
            )
        if result.sub_kegiatan:
            rows.append(
                self.tr("Sub kegiatan")
                + ":<br>"
                + "<br>".join(f"&nbsp;&nbsp;{s.code} {s.name}" for s in result.sub_kegiatan[:5])
            )
        rows.append(
            self.tr("Kewenangan") + f": {result.kewenangan.level} — {result.kewenangan.evidence}"
        )
        parts = [f"{c.label} {c.value:.0f}" for c in result.components if c.value is not None]
        if parts:
            rows.append(self.tr("Komponen") + ": " + ", ".join(parts))
        rows.append(f"<i>{result.explanation_text()}</i>")
        self.summary.setText("<br>".join(rows))


def scorer_input(
    proposal_id: str,
    title: str,
    problem: str,
    desa: str,
    kecamatan: str,
    volume: float | None,
    satuan: str,
    cost: int | None,
    has_location: bool,
    photos: int,
) -> ProposalInput:
    return ProposalInput(
        id=proposal_id,
        text=title,
        problem=problem,
        desa=desa,
        kecamatan=kecamatan,
        volume=volume,
        satuan=satuan,
        biaya=float(cost) if cost is not None else None,
        has_location=has_location,
        photo_count=photos,
    )
