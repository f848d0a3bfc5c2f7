"""The proposal form: every field of a proposal, validation that explains itself as you type,
autosaved drafts, and the scorer's suggestions to accept or override.

Validation and saving are app.core.proposal_rules / proposal_service; this window only
collects what is typed and shows what the core says.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.core.attachments import PendingFile
from app.core.duplicates import similar_notes
from app.core.proposal_rules import (
    FIELD_LABELS,
    ProposalInput,
    RuleContext,
    ValidationResult,
    satuan_list,
    validate_proposal,
)
from app.core.proposal_service import (
    DraftInfo,
    FormData,
    ProposalValidationFailed,
    SaveResult,
    SuggestedRouting,
    discard_draft,
    load_form,
    save_draft,
    save_proposal,
)
from app.core.routing import corrected_kewenangan, level_from_code
from app.core.scorer import ConfirmedRouting, ScoreResult
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.proposals.attachments import AttachmentPanel
from app.ui.proposals.suggestions import SuggestionPanel, scorer_holder, scorer_input
from app.ui.widgets import Debouncer, RupiahEdit, fit_to_screen
from common.numbers import format_number, parse_decimal

SOURCES = (
    ("musrenbang_desa", "Musrenbang desa/kelurahan"),
    ("kecamatan", "Usulan kecamatan"),
    ("pokir_dprd", "Pokir DPRD"),
)
KEWENANGAN = (
    ("", "—"),
    ("desa", "Desa"),
    ("kabupaten", "Kabupaten"),
    ("provinsi", "Provinsi"),
    ("pusat", "Pusat"),
)
AUTOSAVE_MS = 1500


class ProposalForm(QDialog):
    saved = Signal(str)  # proposal id

    def __init__(
        self, context: AppContext, proposal_id: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.proposal_id = proposal_id
        self._rev: int | None = None
        self._draft_id: str | None = None
        self._rules: RuleContext | None = None
        self._agency_names: dict[str, str] = {}
        self._suggested: ScoreResult | None = None
        self._loading = True
        self._pending_draft: DraftInfo | None = None
        self.setObjectName("ProposalForm")
        self.setWindowTitle(
            self.tr("Usulan baru") if proposal_id is None else self.tr("Ubah usulan")
        )
        self.resize(*fit_to_screen(self, 1100, 760))
        self._build()
        self._autosave = Debouncer(AUTOSAVE_MS, self)
        self._autosave.fire.connect(self.save_draft_now)
        self._revalidate = Debouncer(250, self)
        self._revalidate.fire.connect(self.validate)
        self._rescore = Debouncer(300, self)
        self._rescore.fire.connect(self.rescore)
        self._holder = scorer_holder(context)
        self._holder.ready.connect(self.rescore)
        self._load()

    # --- layout -----------------------------------------------------------------------------
    def _line(self, name: str, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(self._changed)
        self.inputs[name] = edit
        return edit

    def _combo(
        self, name: str, items: tuple[tuple[str, str], ...] = (), editable: bool = False
    ) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setEditable(editable)
        for value, label in items:
            combo.addItem(self.tr(label), value)
        combo.currentIndexChanged.connect(self._changed)
        if editable:
            combo.editTextChanged.connect(self._changed)
        self.inputs[name] = combo
        return combo

    def _build(self) -> None:
        self.inputs: dict[str, QWidget] = {}
        self.problem_labels: dict[str, QLabel] = {}
        origin = QGroupBox(self.tr("Asal dan lokasi"), self)
        f1 = QFormLayout(origin)
        self._row(f1, "source", self._combo("source", SOURCES))
        self._row(f1, "desa_code", self._combo("desa_code"))
        place = QHBoxLayout()
        place.addWidget(self._line("dusun", self.tr("Dusun")))
        place.addWidget(self._line("rt", self.tr("RT")))
        place.addWidget(self._line("rw", self.tr("RW")))
        f1.addRow(self.tr("Dusun / RT / RW"), place)
        self._row(f1, "address", self._line("address", self.tr("Nama jalan, patokan")))
        self._row(
            f1,
            "coordinates",
            self._line("coordinates", self.tr("-0,4167, 116,9833 atau tempel tautan peta")),
        )

        content = QGroupBox(self.tr("Usulan"), self)
        f2 = QFormLayout(content)
        self._row(f2, "title", self._line("title", self.tr("Apa yang diusulkan dan di mana")))
        problem = QPlainTextEdit(self)
        problem.setObjectName("problem")
        problem.setTabChangesFocus(True)
        problem.setPlaceholderText(self.tr("Masalah yang ingin diatasi"))
        problem.setFixedHeight(70)
        problem.textChanged.connect(self._changed)
        self.inputs["problem"] = problem
        self._row(f2, "problem", problem)
        amount = QHBoxLayout()
        amount.addWidget(self._line("volume", self.tr("Volume")), 1)
        satuan = self._combo("satuan", editable=True)
        satuan.addItem("", "")
        for info in satuan_list():
            satuan.addItem(info.code, info.code)
        amount.addWidget(satuan, 1)
        self._row(f2, "volume", amount)
        cost = RupiahEdit(self)
        cost.setObjectName("estimated_cost")
        cost.textChanged.connect(self._changed)
        self.inputs["estimated_cost"] = cost
        self._row(f2, "estimated_cost", cost)
        rank = self._line("village_rank", self.tr("1 = prioritas utama desa"))
        rank.setValidator(QIntValidator(1, 999, self))
        self._row(f2, "village_rank", rank)
        self._row(f2, "kewenangan", self._combo("kewenangan", KEWENANGAN))

        people = QGroupBox(self.tr("Penerima manfaat dan kesiapan"), self)
        f3 = QFormLayout(people)
        for name, hint in (
            ("beneficiaries", self.tr("jumlah jiwa")),
            ("beneficiaries_women", self.tr("perempuan")),
            ("beneficiaries_poor", self.tr("warga miskin")),
            ("beneficiaries_disabled", self.tr("penyandang disabilitas")),
        ):
            edit = self._line(name, hint)
            edit.setValidator(QIntValidator(0, 100_000_000, self))
            self._row(f3, name, edit)
        for name, label in (
            ("land_ready", self.tr("Lahan siap")),
            ("land_certificate", self.tr("Ada sertifikat lahan")),
        ):
            box = QCheckBox(label, self)
            box.setObjectName(name)
            box.toggled.connect(self._changed)
            self.inputs[name] = box
            f3.addRow("", box)

        routing = QGroupBox(self.tr("Penanggung jawab dan keselarasan"), self)
        f4 = QFormLayout(routing)
        self._row(f4, "agency_code", self._combo("agency_code"))
        self._row(f4, "bidang_code", self._line("bidang_code", self.tr("mis. 1.03")))
        self._row(
            f4,
            "sub_kegiatan_code",
            self._line("sub_kegiatan_code", self.tr("mis. 1.03.10.2.01.0001")),
        )
        self._row(
            f4,
            "rpjmd_code",
            self._line("rpjmd_code", self.tr("kode sasaran/program prioritas RPJMD")),
        )

        self.attachments = AttachmentPanel(self.context, self)
        self.similar_label = QLabel(self)
        self.similar_label.setWordWrap(True)
        self.similar_label.setVisible(False)
        self.similar_label.setStyleSheet("color: #8d6e00;")
        fields_box = QWidget(self)
        column = QVBoxLayout(fields_box)
        column.addWidget(self.similar_label)
        for group in (origin, content, people, routing, self.attachments):
            column.addWidget(group)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(fields_box)

        self.suggestions = SuggestionPanel(self)
        self.suggestions.accept_requested.connect(self.accept_suggestion)
        self.problems_view = QLabel(self)
        self.problems_view.setWordWrap(True)
        self.problems_view.setTextFormat(Qt.TextFormat.RichText)
        self.draft_label = QLabel(self)
        side = QVBoxLayout()
        side.addWidget(self.suggestions, 3)
        problems_box = QGroupBox(self.tr("Pemeriksaan isian"), self)
        QVBoxLayout(problems_box).addWidget(self.problems_view)
        side.addWidget(problems_box, 2)
        side.addWidget(self.draft_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+S", "Ctrl+Return"):
            QShortcut(QKeySequence(keys), self).activated.connect(self.save)
        # The suggestions and checks scroll too: on a 1024×768 screen nothing is cut off and
        # the Simpan/Batal buttons stay in view.
        side_box = QWidget(self)
        side_box.setLayout(side)
        side_scroll = QScrollArea(self)
        side_scroll.setWidgetResizable(True)
        side_scroll.setWidget(side_box)
        side_scroll.setMinimumWidth(260)
        scroll.setMinimumWidth(420)
        body = QHBoxLayout()
        body.addWidget(scroll, 3)
        body.addWidget(side_scroll, 2)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addWidget(self.buttons)
        self.setEnabled(False)  # until the data is loaded

    def _row(self, form: QFormLayout, name: str, field: QWidget | QHBoxLayout) -> None:
        label = self.tr(FIELD_LABELS.get(name, name))
        holder = QVBoxLayout()
        if isinstance(field, QWidget):
            holder.addWidget(field)
        else:
            holder.addLayout(field)
        problem = QLabel(self)
        problem.setObjectName(f"problem_{name}")
        problem.setWordWrap(True)
        problem.setVisible(False)
        holder.addWidget(problem)
        self.problem_labels[name] = problem
        form.addRow(label, holder)

    # --- loading ----------------------------------------------------------------------------
    def _load(self) -> None:
        cycle_id = self.context.cycle_id
        proposal_id = self.proposal_id
        engine = self.context.engine

        def load() -> FormData:
            if cycle_id is None:
                raise RuntimeError("no planning cycle")
            return load_form(engine, cycle_id, proposal_id)

        self.context.tasks.run(load, self._loaded, self._load_failed)

    def _loaded(self, loaded: FormData) -> None:
        self._rules = loaded.rules
        self._rev = loaded.rev
        desa = self.inputs["desa_code"]
        assert isinstance(desa, QComboBox)
        desa.addItem(self.tr("— pilih desa/kelurahan —"), "")
        for code, name in loaded.villages:
            desa.addItem(name, code)
        agency = self.inputs["agency_code"]
        assert isinstance(agency, QComboBox)
        agency.addItem("—", "")
        for code, name in loaded.agencies:
            label = f"{name} — {code}"
            agency.addItem(label, code)
            self._agency_names[code] = label
        if loaded.data is not None:
            self.set_values(_input_to_form(loaded.data))
        if self.proposal_id is not None:
            self.attachments.load(self.proposal_id)
        if self.proposal_id is not None and self.context.cycle_id is not None:
            engine, cycle_id, proposal_id = (
                self.context.engine,
                self.context.cycle_id,
                self.proposal_id,
            )
            desa_code = (
                str(loaded.data.desa_code) if loaded.data and loaded.data.desa_code else None
            )
            self.context.tasks.run(
                lambda: similar_notes(engine, cycle_id, proposal_id, desa_code),
                self._show_similar,
                lambda exc: show_error(self, exc),
                lane="analysis",
            )
        if loaded.draft is not None and self._offer_draft(loaded.draft):
            self.set_values(loaded.draft.form)
            self._draft_id = loaded.draft.id
        if self._pending_draft is not None:
            self.set_values(self._pending_draft.form)
            self._pending_draft = None
        self._loading = False
        self.setEnabled(True)
        self.inputs["title"].setFocus()
        self.validate()
        self.rescore()

    def _show_similar(self, notes: list[str]) -> None:
        if notes:
            self.similar_label.setText("⧉ " + "<br>⧉ ".join(notes))
            self.similar_label.setVisible(True)

    def _offer_draft(self, draft: DraftInfo) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Draf ditemukan"),
            self.tr("Ada isian yang belum disimpan untuk usulan ini (%s). Pulihkan isian itu?")
            % draft.updated_at.astimezone().strftime("%d-%m-%Y %H.%M"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _load_failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.reject()

    def restore_draft(self, draft: DraftInfo) -> None:
        """Fill the form from a draft left by a crash (offered by the proposals page); when the
        form is still loading its lists, the draft is applied once they are there."""
        self._draft_id = draft.id
        if self._loading:
            self._pending_draft = draft
            return
        self.set_values(draft.form)
        self.validate()

    # --- values -----------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """The form as typed (text), the shape drafts are stored in."""
        out: dict[str, Any] = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                data = widget.currentData()
                out[name] = widget.currentText() if widget.isEditable() else (data or "")
            elif isinstance(widget, QPlainTextEdit):
                out[name] = widget.toPlainText()
            elif isinstance(widget, QCheckBox):
                out[name] = widget.isChecked()
            elif isinstance(widget, QLineEdit):
                out[name] = widget.text()
        return out

    def set_values(self, values: dict[str, Any]) -> None:
        self._loading, was_loading = True, self._loading
        try:
            for name, value in values.items():
                widget = self.inputs.get(name)
                if widget is None:
                    continue
                text = "" if value is None else str(value)
                if isinstance(widget, QComboBox):
                    index = widget.findData(text)
                    if index >= 0:
                        widget.setCurrentIndex(index)
                    elif widget.isEditable():
                        widget.setEditText(text)
                elif isinstance(widget, QPlainTextEdit):
                    widget.setPlainText(text)
                elif isinstance(widget, QCheckBox):
                    widget.setChecked(bool(value) and text.lower() not in ("false", "0", "tidak"))
                elif isinstance(widget, RupiahEdit):
                    digits = "".join(ch for ch in text if ch.isdigit())
                    widget.setValue(int(digits) if digits else None)
                elif isinstance(widget, QLineEdit):
                    widget.setText(text)
        finally:
            self._loading = was_loading

    def proposal_input(self) -> ProposalInput:
        values = self.values()
        cost = self.inputs["estimated_cost"]
        assert isinstance(cost, RupiahEdit)
        values["estimated_cost"] = cost.value()
        return ProposalInput.from_mapping(values)

    # --- live checks ------------------------------------------------------------------------
    def _changed(self, *_args: object) -> None:
        if self._loading:
            return
        self._autosave.poke()
        self._revalidate.poke()
        self._rescore.poke()

    def validate(self) -> ValidationResult | None:
        if self._rules is None:
            return None
        result = validate_proposal(self.proposal_input(), self._rules, proposal_id=self.proposal_id)
        self.show_problems(result)
        return result

    def show_problems(self, result: ValidationResult) -> None:
        by_field: dict[str, list[str]] = {}
        for problem in result.problems:
            mark = "✖" if problem.severity == "error" else "⚠"
            by_field.setdefault(problem.field, []).append(f"{mark} {problem.message}")
        for name, label in self.problem_labels.items():
            messages = by_field.pop(name, [])
            label.setVisible(bool(messages))
            label.setText("\n".join(messages))
            colour = "#b71c1c" if any(m.startswith("✖") for m in messages) else "#8d6e00"
            label.setStyleSheet(f"color: {colour};")
        lines = [f"✖ {p}" for p in result.errors] + [f"⚠ {p}" for p in result.warnings]
        self.problems_view.setText(
            "<br>".join(lines) if lines else self.tr("✔ Semua isian wajib sudah benar.")
        )

    def rescore(self) -> None:
        scorer = self._holder.scorer
        if scorer is None or self._rules is None:
            return
        values = self.values()
        cost = self.inputs["estimated_cost"]
        assert isinstance(cost, RupiahEdit)
        try:
            volume = parse_decimal(values["volume"]) if values["volume"] else None
        except ValueError:
            volume = None
        if not str(values["title"]).strip():
            self.suggestions.show_result(None, self._agency_label)
            return
        desa = self._rules.villages.get(str(values["desa_code"]), "")
        result = scorer.score(
            scorer_input(
                self.proposal_id or "baru",
                str(values["title"]),
                str(values["problem"]),
                desa,
                self._rules.kecamatan_code or "",
                volume,
                str(values["satuan"]),
                cost.value(),
                # located = coordinates or an address, as for stored proposals (from_db)
                bool(values["coordinates"]) or bool(str(values["address"]).strip()),
                0,
            )
        )
        self._suggested = result
        self.suggestions.show_result(result, self._agency_label)

    def _agency_label(self, code: str) -> str:
        return self._agency_names.get(code, code)

    def accept_suggestion(self, result: ScoreResult) -> None:
        values: dict[str, Any] = {"bidang_code": result.bidang[0].code if result.bidang else ""}
        if result.agency:
            values["agency_code"] = result.agency.code
        if result.sub_kegiatan:
            values["sub_kegiatan_code"] = result.sub_kegiatan[0].code
        # Accepting the suggestion takes its kewenangan too, corrected for a kelurahan (no
        # APBDes there): before, a kelurahan's proposal stayed "desa" and the form warned.
        level = corrected_kewenangan(
            result.kewenangan.level, level_from_code(str(self.values()["desa_code"] or ""))
        )
        if level:
            values["kewenangan"] = level
        self.set_values(values)
        self._changed()

    # --- saving -----------------------------------------------------------------------------
    def save_draft_now(self) -> None:
        cycle_id = self.context.cycle_id
        if cycle_id is None or self._loading:
            return
        form, draft_id, proposal_id = self.values(), self._draft_id, self.proposal_id
        engine = self.context.engine

        def store() -> str:
            return save_draft(
                engine, cycle_id=cycle_id, form=form, draft_id=draft_id, proposal_id=proposal_id
            )

        def stored(new_id: str) -> None:
            self._draft_id = new_id
            self.draft_label.setText(self.tr("Draf tersimpan otomatis."))

        self.context.tasks.run(store, stored, lambda exc: show_error(self, exc))

    def save(self) -> None:
        cycle_id = self.context.cycle_id
        if cycle_id is None:
            return
        data, actor, engine = self.proposal_input(), self.context.user.username, self.context.engine
        proposal_id, rev, draft_id = self.proposal_id, self._rev, self._draft_id
        suggested = self._suggested
        routing = SuggestedRouting(
            bidang_code=suggested.bidang[0].code if suggested and suggested.bidang else None,
            agency_code=suggested.agency.code if suggested and suggested.agency else None,
            sub_kegiatan_code=suggested.sub_kegiatan[0].code
            if suggested and suggested.sub_kegiatan
            else None,
        )
        pending = [PendingFile(path, kind) for path, kind in self.attachments.pending]

        def store() -> SaveResult:
            return save_proposal(
                engine,
                cycle_id,
                data,
                actor=actor,
                proposal_id=proposal_id,
                expected_rev=rev,
                draft_id=draft_id,
                attachments=pending,
                suggested=routing,
            )

        self._autosave.blockSignals(True)
        self.buttons.setEnabled(False)
        self.context.tasks.run(store, self._saved, self._save_failed, changes=("proposals",))

    def _saved(self, result: SaveResult) -> None:
        self.proposal_id = result.proposal_id
        self._teach_scorer()
        self.saved.emit(result.proposal_id)
        self.accept()

    def _teach_scorer(self) -> None:
        """The routing just confirmed is evidence for the next similar proposal, at once."""
        scorer, values = self._holder.scorer, self.values()
        if scorer is None or not values["bidang_code"]:
            return
        suggested = self._suggested
        scorer.add_confirmation(
            ConfirmedRouting(
                text=" ".join(
                    part for part in (str(values["title"]), str(values["problem"])) if part
                ),
                bidang_code=str(values["bidang_code"]),
                agency_code=str(values["agency_code"]) or None,
                sub_kegiatan_code=str(values["sub_kegiatan_code"]) or None,
                suggested_bidang_code=suggested.bidang[0].code
                if suggested and suggested.bidang
                else None,
                accepted=bool(
                    suggested
                    and suggested.bidang
                    and suggested.bidang[0].code == values["bidang_code"]
                ),
                proposal_id=self.proposal_id,
            )
        )

    def _save_failed(self, exc: BaseException) -> None:
        self._autosave.blockSignals(False)
        self.buttons.setEnabled(True)
        if isinstance(exc, ProposalValidationFailed):
            self.validate()
        show_error(self, exc)

    def reject(self) -> None:
        if self._draft_id and not self._loading:
            answer = QMessageBox.question(
                self,
                self.tr("Tutup formulir"),
                self.tr("Isian belum disimpan. Simpan sebagai draf untuk dilanjutkan nanti?"),
                QMessageBox.StandardButton.Yes
                | QMessageBox.StandardButton.No
                | QMessageBox.StandardButton.Cancel,
            )
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.No:
                discard_draft(self.context.engine, self._draft_id)
        super().reject()


def _input_to_form(data: ProposalInput) -> dict[str, Any]:
    values: dict[str, Any] = data.as_dict()
    if data.latitude is not None and data.longitude is not None:
        values["coordinates"] = f"{data.latitude}, {data.longitude}"
    for name in ("volume",):
        value = values.get(name)
        if isinstance(value, float):
            values[name] = format_number(value, decimals=6, grouping=False)
    return values
