"""The operator's forum page: sessions, attendance, ratings and decisions, pagu, delegation,
sealing, and the button that opens the presenter screen.

Every read and write goes through the task runner (one worker thread); the page only turns
widgets into calls of ``app.core.forum`` and results back into widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDate,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.core.database import Database
from app.core.forum import attendance as attendance_core
from app.core.forum import delegation as delegation_core
from app.core.forum.alignment import AlignmentInfo, AlignmentService
from app.core.forum.decisions import (
    NEEDS_REASON,
    OUTCOME_LABELS,
    DecisionInput,
    decide,
)
from app.core.forum.page_state import PageData, in_transaction, load_forum_page, new_session
from app.core.forum.scoring import (
    WEIGHTS_TOTAL,
    set_position,
    set_rating,
    set_weights,
)
from app.core.forum.sealing import (
    authenticate_admin,
    mark_not_discussed,
    reopen_session,
    seal_session,
)
from app.core.forum.sessions import (
    KIND_LABELS,
    SessionDetails,
    update_session,
)
from app.core.forum.summary import ForumBoard, rerank
from app.errors import UserError
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.forum.controller import PresenterController
from app.ui.forum.gauge import GaugeBar
from app.ui.forum.models import ID_ROLE, RankingTableModel, RowsModel
from app.ui.forum.presenter import PresenterWindow
from app.ui.tasks import InlineTaskRunner, TaskRunner
from common.money import MoneyFormatError, format_rupiah, parse_rupiah

SEXES = (("L", "Laki-laki"), ("P", "Perempuan"))


class ForumPage(QWidget):
    loaded = Signal()  # after every refresh: tests and the main window can wait for it
    notice = Signal(str)  # a confirmation for the status bar ("Keputusan tersimpan: …")

    @classmethod
    def from_context(cls, context: AppContext) -> ForumPage:
        """How the main window builds the page: every page is built from the context."""
        return cls(context.engine, context.tasks, actor=context.user.username)

    def __init__(
        self,
        engine: Database,
        tasks: TaskRunner | InlineTaskRunner,
        *,
        actor: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._engine = engine
        self._tasks = tasks
        self.actor = actor
        self._alignment_service = AlignmentService()
        self._alignment: dict[str, AlignmentInfo] = {}
        self.data: PageData | None = None
        self.controller = PresenterController(self)
        self.presenter: PresenterWindow | None = None
        self.controller.current_changed.connect(self._follow_presenter)
        self._form_for: str | None = None  # the proposal whose decision the form holds
        self.pending_saves = 0  # saves sent to the worker and not yet confirmed
        self._column = 0  # the table's current column, kept across reloads

        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Sesi forum:")))
        self.session_combo = QComboBox()
        self.session_combo.setMinimumWidth(360)
        self.session_combo.activated.connect(self._session_chosen)
        top.addWidget(self.session_combo, 1)
        self.new_button = QPushButton(self.tr("Sesi baru"))
        self.new_button.clicked.connect(self._new_session)
        top.addWidget(self.new_button)
        self.present_button = QPushButton(self.tr("Layar presentasi"))
        self.present_button.setToolTip(
            self.tr("Membuka layar proyektor (layar penuh di layar kedua bila ada).")
        )
        self.present_button.clicked.connect(self.open_presenter)
        top.addWidget(self.present_button)
        layout.addLayout(top)
        self.status_label = QLabel()
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self._build_session_tab()
        self._build_attendance_tab()
        self._build_ranking_tab()
        self._build_pagu_tab()
        self._build_delegation_tab()
        self._build_seal_tab()
        self._new_mode = False
        self.refresh()

    # ------------------------------------------------------------------ loading
    def refresh(self, session_id: str | None = None) -> None:
        wanted = session_id or (self.data.session_id if self.data else None)
        self._tasks.run(lambda: self._load(wanted), self._show, self._failed)

    def _load(self, wanted: str | None) -> PageData:
        return load_forum_page(self._engine, wanted, self._alignment_service, self._alignment)

    def _failed(self, exc: BaseException) -> None:
        show_error(self, exc)
        self.loaded.emit()

    def _show(self, data: PageData) -> None:
        self.data = data
        self._new_mode = data.session_id is None
        self.session_combo.blockSignals(True)
        self.session_combo.clear()
        for item in data.sessions:
            self.session_combo.addItem(item.label, item.id)
        if data.session_id is not None:
            self.session_combo.setCurrentIndex(self.session_combo.findData(data.session_id))
        self.session_combo.blockSignals(False)
        board = data.board
        sealed = board is not None and board.status == "sealed"
        editable = board is not None and not sealed
        for widget in self._open_only:
            widget.setEnabled(editable)
        if data.cycle_id is None:
            self.status_label.setText(
                self.tr("Belum ada siklus perencanaan. Buat kantor dan siklusnya dulu.")
            )
        elif board is None:
            self.status_label.setText(
                self.tr("Belum ada sesi forum untuk siklus ini. Isi tab Sesi lalu simpan.")
            )
        else:
            self.status_label.setText(self._status_text(board))
        self._show_session(data.details)
        self._show_attendance(data)
        self._show_ranking(board, editable)
        self._show_pagu(board)
        self._show_delegation(data)
        self._show_seal(board)
        self.controller.set_board(board)
        self._select(self.controller.current_id)
        if self._form_for is None and board is not None and board.proposals:
            self._select(board.proposals[0].id)
        self.loaded.emit()

    def _status_text(self, board: ForumBoard) -> str:
        parts = [
            f"{board.kind_label}: {board.status_label}",
            self.tr("%d usulan di forum") % len(board.proposals),
            self.tr("%d hadir") % board.attendance.total,
        ]
        if board.drafts_waiting:
            parts.append(
                self.tr("%d usulan masih draf (verifikasi dulu di meja usulan)")
                % board.drafts_waiting
            )
        if not board.alignment_available:
            parts.append(
                self.tr("penilai keselarasan tidak tersedia: keselarasan dinilai netral 3")
            )
        if board.verification_code:
            parts.append(self.tr("kode verifikasi %s") % board.verification_code)
        return " · ".join(parts)

    def _write(
        self,
        op: Callable[[Any], object],
        message: str | None = None,
        changes: tuple[str, ...] = ("decisions",),
    ) -> None:
        """Run ``op(session)`` in one write transaction on the worker, then reload."""

        def work() -> object:
            return in_transaction(self._engine, op)

        def done(_result: object) -> None:
            if message:
                self.confirm(message)
            self.refresh()

        def failed(exc: BaseException) -> None:
            self.pending_saves = 0
            self._failed(exc)

        self._tasks.run(work, done, failed, changes=changes)

    def confirm(self, message: str) -> None:
        """An explicit confirmation: in the page's status line and the window's status bar."""
        if self.pending_saves:
            self.pending_saves -= 1
        self.decision_note.setText(message)
        self.notice.emit(message)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(message, 15000)

    def _session_id(self) -> str:
        if self.data is None or self.data.session_id is None:
            raise UserError(self.tr("Pilih atau buat sesi forum dulu."))
        return self.data.session_id

    # ------------------------------------------------------------------ session tab
    def _build_session_tab(self) -> None:
        tab = QWidget()
        form = QFormLayout(tab)
        self.kind_combo = QComboBox()
        for code, label in KIND_LABELS.items():
            self.kind_combo.addItem(self.tr(label), code)
        self.title_edit = QLineEdit()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setDate(QDate.currentDate())
        self.place_edit = QLineEdit()
        self.chair_edit = QLineEdit()
        self.minute_edit = QLineEdit()
        self.speakers_edit = QPlainTextEdit()
        self.speakers_edit.setFixedHeight(60)
        self.agenda_edit = QPlainTextEdit()
        self.agenda_edit.setFixedHeight(90)
        form.addRow(self.tr("Jenis"), self.kind_combo)
        form.addRow(self.tr("Judul"), self.title_edit)
        form.addRow(self.tr("Tanggal"), self.date_edit)
        form.addRow(self.tr("Tempat"), self.place_edit)
        form.addRow(self.tr("Pimpinan sidang"), self.chair_edit)
        form.addRow(self.tr("Notulis"), self.minute_edit)
        form.addRow(self.tr("Narasumber"), self.speakers_edit)
        form.addRow(self.tr("Acara"), self.agenda_edit)
        self.save_session_button = QPushButton(self.tr("Simpan sesi"))
        self.save_session_button.clicked.connect(self._save_session)
        form.addRow(self.save_session_button)
        self.tabs.addTab(tab, self.tr("Sesi"))
        self._session_fields: list[QWidget] = [
            self.kind_combo,
            self.title_edit,
            self.date_edit,
            self.place_edit,
            self.chair_edit,
            self.minute_edit,
            self.speakers_edit,
            self.agenda_edit,
            self.save_session_button,
        ]

    def _details(self) -> SessionDetails:
        qdate = self.date_edit.date()
        return SessionDetails(
            kind=str(self.kind_combo.currentData()),
            title=self.title_edit.text(),
            held_on=date(qdate.year(), qdate.month(), qdate.day()),
            place=self.place_edit.text(),
            chair=self.chair_edit.text(),
            minute_taker=self.minute_edit.text(),
            speakers=self.speakers_edit.toPlainText(),
            agenda=self.agenda_edit.toPlainText(),
        )

    def _show_session(self, details: SessionDetails | None) -> None:
        sealed = (
            self.data is not None
            and self.data.board is not None
            and self.data.board.status == "sealed"
        )
        for widget in self._session_fields:
            widget.setEnabled(not sealed or self._new_mode)
        if details is None or self._new_mode:
            return
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(details.kind))
        self.title_edit.setText(details.title)
        if details.held_on:
            held = details.held_on
            self.date_edit.setDate(QDate(held.year, held.month, held.day))
        self.place_edit.setText(details.place or "")
        self.chair_edit.setText(details.chair or "")
        self.minute_edit.setText(details.minute_taker or "")
        self.speakers_edit.setPlainText(details.speakers or "")
        self.agenda_edit.setPlainText(details.agenda or "")

    def _new_session(self) -> None:
        self._new_mode = True
        for widget in self._session_fields:
            widget.setEnabled(True)
        self.title_edit.clear()
        for edit in (self.place_edit, self.chair_edit, self.minute_edit):
            edit.clear()
        self.speakers_edit.clear()
        self.agenda_edit.clear()
        self.tabs.setCurrentIndex(0)
        self.title_edit.setFocus()

    def _save_session(self) -> None:
        details = self._details()
        if self._new_mode or self.data is None or self.data.session_id is None:
            cycle_id = self.data.cycle_id if self.data else None
            if cycle_id is None:
                show_error(self, UserError(self.tr("Belum ada siklus perencanaan.")))
                return
            actor = self.actor

            def create() -> str:
                return new_session(self._engine, cycle_id, details, actor=actor)

            self._tasks.run(
                create,
                lambda new_id: self.refresh(str(new_id)),
                self._failed,
                changes=("forum_sessions",),
            )
            return
        session_id = self.data.session_id
        self._write(
            lambda s: update_session(s, session_id, details=details),
            self.tr("Sesi disimpan."),
            ("forum_sessions",),
        )

    def _session_chosen(self, index: int) -> None:
        session_id = self.session_combo.itemData(index)
        if session_id:
            self._new_mode = False
            self.refresh(str(session_id))

    # ------------------------------------------------------------------ attendance tab
    def _build_attendance_tab(self) -> None:
        tab = QWidget()
        box = QVBoxLayout(tab)
        entry = QHBoxLayout()
        self.att_name = QLineEdit()
        self.att_name.setPlaceholderText(self.tr("Nama peserta"))
        self.att_unsur = QComboBox()
        for code, label in attendance_core.UNSUR_LABELS.items():
            self.att_unsur.addItem(self.tr(label), code)
        self.att_institution = QLineEdit()
        self.att_institution.setPlaceholderText(self.tr("Instansi / desa"))
        self.att_sex = QComboBox()
        for code, label in SEXES:
            self.att_sex.addItem(self.tr(label), code)
        self.att_add = QPushButton(self.tr("Tambah"))
        self.att_add.clicked.connect(self._add_attendee)
        for edit in (self.att_name, self.att_institution):
            edit.returnPressed.connect(self._add_attendee)
        # Enter after choosing L/P (the row's last field) adds too, as the guide says; a combo
        # box ignores Enter, so the participant was not added.
        self._enter_adds = EnterRuns(self._add_attendee, self)
        for combo in (self.att_unsur, self.att_sex):
            combo.installEventFilter(self._enter_adds)
        entry.addWidget(self.att_name, 2)
        entry.addWidget(self.att_unsur, 1)
        entry.addWidget(self.att_institution, 2)
        entry.addWidget(self.att_sex)
        entry.addWidget(self.att_add)
        box.addLayout(entry)
        actions = QHBoxLayout()
        self.att_import = QPushButton(self.tr("Impor dari Excel/CSV…"))
        self.att_import.clicked.connect(self._import_attendance)
        self.att_remove = QPushButton(self.tr("Hapus peserta terpilih"))
        self.att_remove.clicked.connect(self._remove_attendee)
        actions.addWidget(self.att_import)
        actions.addWidget(self.att_remove)
        actions.addStretch(1)
        box.addLayout(actions)
        self.att_counts = QLabel()
        self.att_counts.setWordWrap(True)
        box.addWidget(self.att_counts)
        self.att_model = RowsModel(
            [self.tr("Nama"), self.tr("Unsur"), self.tr("Instansi/desa"), self.tr("L/P")], self
        )
        self.att_table = QTableView()
        self.att_table.setModel(self.att_model)
        self.att_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.att_table.setTabKeyNavigation(False)
        self.att_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        box.addWidget(self.att_table, 1)
        self.tabs.addTab(tab, self.tr("Daftar hadir"))
        self._open_only: list[QWidget] = [self.att_add, self.att_import, self.att_remove]

    def _add_attendee(self) -> None:
        name = self.att_name.text()
        unsur = str(self.att_unsur.currentData())
        institution = self.att_institution.text()
        sex = str(self.att_sex.currentData())
        try:
            session_id = self._session_id()
        except UserError as exc:
            show_error(self, exc)
            return
        self._write(
            lambda s: attendance_core.add_attendee(
                s, session_id, name=name, unsur=unsur, sex=sex, institution=institution
            )
        )
        self.att_name.clear()
        self.att_name.setFocus()

    def _remove_attendee(self) -> None:
        rows = self.att_table.selectionModel().selectedRows()
        if not rows:
            return
        attendance_id = str(rows[0].data(ID_ROLE))
        self._write(lambda s: attendance_core.remove_attendee(s, attendance_id))

    def _import_attendance(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Impor daftar hadir"), "", self.tr("Tabel (*.xlsx *.csv)")
        )
        if path:
            self.import_attendance(Path(path))

    def import_attendance(self, path: Path) -> None:
        session_id = self._session_id()
        self._tasks.run(
            lambda: attendance_core.import_attendance(self._engine, session_id, path),
            lambda result: self.refresh(),
            self._failed,
        )

    def _show_attendance(self, data: PageData) -> None:
        self.att_model.set_rows(data.attendance)
        board = data.board
        if board is None:
            self.att_counts.setText("")
            return
        att = board.attendance
        by_unsur = ", ".join(f"{u.label} {u.total}" for u in att.by_unsur)
        self.att_counts.setText(
            self.tr("Hadir %d orang: %d perempuan (%d%%), %d laki-laki. %s")
            % (att.total, att.women, round(100 * att.women_share), att.men, by_unsur)
        )

    # ------------------------------------------------------------------ ranking + decisions
    def _build_ranking_tab(self) -> None:
        tab = QWidget()
        box = QVBoxLayout(tab)
        # Criteria and their weights in a grid (label over spin box), so the row never widens
        # the window; the total and the apply button on their own line below.
        self.weights_grid = QGridLayout()
        self.weight_spins: dict[str, QSpinBox] = {}
        box.addLayout(self.weights_grid)
        weights_bar = QHBoxLayout()
        self.weight_total = QLabel()
        self.weight_total.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.apply_weights = QPushButton(self.tr("Terapkan bobot"))
        self.apply_weights.clicked.connect(self._apply_weights)
        weights_bar.addWidget(self.weight_total, 1)
        weights_bar.addWidget(self.apply_weights)
        box.addLayout(weights_bar)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.ranking_model = RankingTableModel(self)
        self.ranking_model.rating_edited.connect(self._rating_edited)
        self.ranking_table = QTableView()
        self.ranking_table.setModel(self.ranking_model)
        self.ranking_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ranking_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ranking_table.verticalHeader().setVisible(False)
        # Tab leaves the table for the decision form (a table's default Tab walks its cells,
        # so the keyboard could never reach "Keputusan" from the list).
        self.ranking_table.setTabKeyNavigation(False)
        self.ranking_table.selectionModel().selectionChanged.connect(self._selection_changed)
        splitter.addWidget(self.ranking_table)
        splitter.addWidget(self._decision_form())
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        box.addWidget(splitter, 1)
        self.tabs.addTab(tab, self.tr("Penilaian dan keputusan"))

    def _decision_form(self) -> QWidget:
        panel = QWidget()
        outer = QVBoxLayout(panel)
        outer.setContentsMargins(0, 0, 0, 0)
        # The proposal in hand: a fixed height (two lines, the rest in the tooltip), so the
        # fields and the action bar below never move with the length of a title.
        self.current_label = QLabel(self.tr("Pilih usulan di tabel."))
        self.current_label.setWordWrap(True)
        self.current_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.current_label.setFixedHeight(3 * self.current_label.fontMetrics().lineSpacing() + 6)
        self.current_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        outer.addWidget(self.current_label)
        fields = QWidget()
        form = QFormLayout(fields)
        form.setContentsMargins(0, 0, 0, 0)
        self.outcome_combo = QComboBox()
        for code, label in OUTCOME_LABELS.items():
            self.outcome_combo.addItem(self.tr(label), code)
        self.outcome_combo.currentIndexChanged.connect(self._outcome_changed)
        self.priority_spin = QSpinBox()
        self.priority_spin.setRange(1, 999)
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.tr("bawaan: perkiraan biaya desa"))
        self.reason_edit = QLineEdit()
        self.merge_combo = QComboBox()
        self.merge_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.merge_combo.setMinimumContentsLength(16)
        form.addRow(self.tr("Keputusan"), self.outcome_combo)
        form.addRow(self.tr("Nomor prioritas"), self.priority_spin)
        form.addRow(self.tr("Nilai indikatif (Rp)"), self.amount_edit)
        form.addRow(self.tr("Alasan"), self.reason_edit)
        form.addRow(self.tr("Digabung ke"), self.merge_combo)
        outer.addWidget(fields)
        # The action bar: always in the same place. Enter in any field saves and moves on.
        bar = QHBoxLayout()
        self.decide_button = QPushButton(self.tr("Simpan keputusan"))
        self.decide_button.clicked.connect(lambda: self._decide(advance=False))
        self.decide_next_button = QPushButton(self.tr("Simpan && berikutnya (Enter)"))
        self.decide_next_button.clicked.connect(lambda: self._decide(advance=True))
        bar.addWidget(self.decide_button)
        bar.addWidget(self.decide_next_button)
        bar.addStretch(1)
        outer.addLayout(bar)
        for edit in (self.amount_edit, self.reason_edit):
            edit.returnPressed.connect(lambda: self._decide(advance=True))
        self.priority_spin.lineEdit().returnPressed.connect(lambda: self._decide(advance=True))
        self.decision_note = QLabel()
        self.decision_note.setWordWrap(True)
        self.decision_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        outer.addWidget(self.decision_note)
        move_box = QWidget()
        move = QFormLayout(move_box)
        move.setContentsMargins(0, 8, 0, 0)
        self.move_spin = QSpinBox()
        self.move_spin.setRange(1, 999)
        self.move_reason = QLineEdit()
        self.move_button = QPushButton(self.tr("Pindahkan urutan"))
        self.move_button.clicked.connect(self._move)
        move.addRow(QLabel(self.tr("Ubah urutan di OPD-nya (dengan alasan):")))
        move.addRow(self.tr("Ke urutan"), self.move_spin)
        move.addRow(self.tr("Alasan"), self.move_reason)
        move.addRow(self.move_button)
        outer.addWidget(move_box)
        outer.addStretch(1)
        self._outcome_changed()
        return panel

    def _outcome_changed(self, _index: int = 0) -> None:
        """Only the fields that apply to the chosen outcome can be edited: priority and amount
        for an agreed proposal, the reason for the others, the target for a merge."""
        outcome = str(self.outcome_combo.currentData())
        editable = self.decide_button.isEnabled() if hasattr(self, "decide_button") else True
        agreed = outcome == "agreed"
        self.priority_spin.setEnabled(editable and agreed)
        self.amount_edit.setEnabled(editable and agreed)
        self.reason_edit.setEnabled(editable and outcome in NEEDS_REASON | {"agreed"})
        self.merge_combo.setEnabled(editable and outcome == "merged")
        self.reason_edit.setPlaceholderText(
            self.tr("wajib: alasan untuk desa pengusul")
            if outcome in NEEDS_REASON
            else self.tr("catatan (tidak wajib)")
        )

    def _show_ranking(self, board: ForumBoard | None, editable: bool) -> None:
        scroll = self.ranking_table.horizontalScrollBar().value()
        if self.ranking_table.currentIndex().isValid():
            self._column = self.ranking_table.currentIndex().column()
        while self.weights_grid.count():
            item = self.weights_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # at once: until deleted it would still take the Tab focus
                widget.deleteLater()
        self.weight_spins = {}
        if board is not None:
            for column, (key, label, weight) in enumerate(board.criteria):
                name = QLabel(self.tr(label))
                name.setWordWrap(True)
                name.setToolTip(self.tr(label))
                self.weights_grid.addWidget(name, 0, column)
                spin = QSpinBox()
                spin.setRange(0, 100)
                spin.setSuffix("%")
                spin.setValue(weight)
                spin.setEnabled(editable)
                spin.valueChanged.connect(self._weights_edited)
                self.weight_spins[key] = spin
                self.weights_grid.addWidget(spin, 1, column)
            self._weights_edited()
            # Spin boxes made on every reload join the focus chain at its end: put them back
            # between the tab bar and the apply button, in the order they are shown.
            chain = [self.tabs.tabBar(), *self.weight_spins.values(), self.apply_weights]
            for before, after in pairwise(chain):
                QWidget.setTabOrder(before, after)
        for widget in (
            self.apply_weights,
            self.decide_button,
            self.decide_next_button,
            self.move_button,
        ):
            widget.setEnabled(editable)
        self._outcome_changed()
        if board is not None and editable:
            self._weights_edited()
        first_fill = self.ranking_model.rowCount() == 0
        self.ranking_model.set_rows(
            board.proposals if board else [], board.criteria if board else [], editable
        )
        if first_fill:
            self.ranking_table.resizeColumnsToContents()
        self.ranking_table.horizontalScrollBar().setValue(scroll)
        self.merge_combo.clear()
        self.merge_combo.addItem(self.tr("(tidak digabung)"), None)
        for view in board.proposals if board else ():
            self.merge_combo.addItem(f"{view.number or ''} {view.title}"[:80], view.id)

    def _weights_edited(self) -> None:
        """Re-rank at once in memory (table and projector), saved only with 'Terapkan bobot',
        which is offered only while the weights add up to 100%."""
        weights = self.weights()
        total = sum(weights.values())
        board = self.data.board if self.data else None
        editable = board is not None and board.status != "sealed"
        saved = {key: weight for key, _label, weight in board.criteria} if board else {}
        self.apply_weights.setEnabled(editable and total == WEIGHTS_TOTAL and weights != saved)
        if total != WEIGHTS_TOTAL:
            self.weight_total.setStyleSheet("color: #b00020; font-weight: bold;")
            self.weight_total.setText(
                self.tr("Jumlah bobot %d%%: harus tepat 100%% sebelum diterapkan.") % total
            )
        else:
            self.weight_total.setStyleSheet("")
            self.weight_total.setText(
                self.tr("Jumlah bobot 100%.")
                if weights == saved
                else self.tr("Jumlah bobot 100% · pratinjau, klik Terapkan bobot untuk menyimpan.")
            )
        if board is None or total == 0:
            return
        self._preview(board if weights == saved else rerank(board, weights))

    def _preview(self, board: ForumBoard) -> None:
        if self.controller.board is board:
            return
        current = self.controller.current_id
        if self.ranking_table.currentIndex().isValid():
            self._column = self.ranking_table.currentIndex().column()
        self.ranking_model.set_rows(board.proposals, board.criteria, self.ranking_model.editable)
        self.controller.set_board(board)
        self._select(current, refill=False)

    def weights(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.weight_spins.items()}

    def _apply_weights(self) -> None:
        weights = self.weights()
        session_id = self._session_id()
        actor = self.actor
        self._write(
            lambda s: set_weights(s, session_id, weights, actor=actor),
            self.tr("Bobot kriteria disimpan."),
        )

    def _rating_edited(self, proposal_id: str, key: str, value: int) -> None:
        session_id = self._session_id()
        self._write(lambda s: set_rating(s, session_id, proposal_id, key, value))

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        proposal_id = str(indexes[0].data(ID_ROLE))
        if proposal_id != self._form_for:
            self._fill_decision(proposal_id)
        self.controller.set_current(proposal_id)

    def _fill_decision(self, proposal_id: str) -> None:
        board = self.data.board if self.data else None
        view = board.proposal(proposal_id) if board else None
        if view is None:
            return
        self._form_for = proposal_id
        title = f"{view.number or ''} {view.title}"
        self.current_label.setText(
            f"{title}\n{view.desa or ''} · {view.agency_label} · "
            + self.tr("perkiraan %s") % format_rupiah(view.estimated_cost or 0)
        )
        self.current_label.setToolTip(title)
        self.outcome_combo.setCurrentIndex(
            max(0, self.outcome_combo.findData(view.outcome or "agreed"))
        )
        self.priority_spin.setValue(view.priority or view.rank_in_group)
        self.amount_edit.setText(format_rupiah(view.amount, symbol=False))
        self.reason_edit.setText(view.reason or "")
        self.move_spin.setValue(view.rank_in_group)
        self._outcome_changed()

    def current_proposal_id(self) -> str | None:
        return self.controller.current_id

    def _next_id(self, proposal_id: str) -> str | None:
        row = self.ranking_model.row_of(proposal_id)
        if row is None or row + 1 >= self.ranking_model.rowCount():
            return None
        return str(self.ranking_model.index(row + 1, 0).data(ID_ROLE))

    def _decide(self, *, advance: bool = False) -> None:
        """Save the decision in the form; with ``advance`` move to the next proposal at once
        (the form is filled for it while the save runs). The status bar confirms each save."""
        if not self.decide_button.isEnabled():
            return
        proposal_id = self.current_proposal_id()
        if proposal_id is None:
            show_error(self, UserError(self.tr("Pilih usulan di tabel dulu.")))
            return
        outcome = str(self.outcome_combo.currentData())
        amount: int | None = None
        if outcome == "agreed" and self.amount_edit.text().strip():
            try:
                amount = parse_rupiah(self.amount_edit.text())
            except MoneyFormatError as exc:
                show_error(self, UserError(str(exc), hint=self.tr("Contoh: 1.250.000")))
                return
        merge = self.merge_combo.currentData()
        priority = self.priority_spin.value() if outcome == "agreed" else None
        data = DecisionInput(
            proposal_id,
            outcome,
            priority=priority,
            agreed_amount=amount,
            reason=self.reason_edit.text() if outcome in NEEDS_REASON | {"agreed"} else None,
            merged_into_id=str(merge) if merge and outcome == "merged" else None,
        )
        board = self.data.board if self.data else None
        view = board.proposal(proposal_id) if board else None
        label = f"{view.number or ''} {view.title}".strip() if view else proposal_id
        outcome_label = self.tr(OUTCOME_LABELS.get(outcome, outcome))
        if priority is not None:
            outcome_label += self.tr(", prioritas %d") % priority
        message = self.tr("Keputusan tersimpan: %s — %s.") % (label, outcome_label)
        session_id = self._session_id()
        actor = self.actor
        self.pending_saves += 1
        self._write(lambda s: decide(s, session_id, data, actor=actor), message)
        if advance:
            following = self._next_id(proposal_id)
            if following is not None:
                self.controller.set_current(following)
                self._select(following)
                self.amount_edit.setFocus()
                self.amount_edit.selectAll()

    def _move(self) -> None:
        proposal_id = self.current_proposal_id()
        if proposal_id is None:
            return
        position = self.move_spin.value()
        reason = self.move_reason.text()
        session_id = self._session_id()
        actor = self.actor
        self._write(
            lambda s: set_position(s, session_id, proposal_id, position, reason=reason, actor=actor)
        )
        self.move_reason.clear()

    def _select(self, proposal_id: str | None, *, refill: bool = True) -> None:
        """Select ``proposal_id`` in the table, keeping the column in view (the table once
        jumped back to its first column after every save). The form is refilled only for
        another proposal: a reload never overwrites what is being typed."""
        if proposal_id is None:
            return
        row = self.ranking_model.row_of(proposal_id)
        if row is None:
            return
        column = max(0, self._column)
        index = self.ranking_model.index(row, min(column, self.ranking_model.columnCount() - 1))
        if self.ranking_table.currentIndex().row() != row:
            scroll = self.ranking_table.horizontalScrollBar().value()
            self.ranking_table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.ranking_table.scrollTo(index)
            self.ranking_table.horizontalScrollBar().setValue(scroll)
        if refill and proposal_id != self._form_for:
            self._fill_decision(proposal_id)

    def _follow_presenter(self, proposal_id: str) -> None:
        self._select(proposal_id)

    # ------------------------------------------------------------------ pagu tab
    def _build_pagu_tab(self) -> None:
        tab = QWidget()
        box = QVBoxLayout(tab)
        self.pagu_label = QLabel()
        self.pagu_label.setWordWrap(True)
        box.addWidget(self.pagu_label)
        self.pagu_gauge = GaugeBar()
        self.pagu_gauge.setFixedHeight(28)
        box.addWidget(self.pagu_gauge)
        self.pagu_grid = QGridLayout()
        box.addLayout(self.pagu_grid)
        self.pagu_warnings = QLabel()
        self.pagu_warnings.setWordWrap(True)
        self.pagu_warnings.setStyleSheet("color: #b00020;")
        box.addWidget(self.pagu_warnings)
        self.fit_label = QLabel()
        self.fit_label.setWordWrap(True)
        self.fit_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.fit_label)
        box.addStretch(1)
        self.tabs.addTab(tab, self.tr("Pagu"))

    def _show_pagu(self, board: ForumBoard | None) -> None:
        while self.pagu_grid.count():
            item = self.pagu_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if board is None:
            self.pagu_label.setText("")
            self.pagu_warnings.setText("")
            self.fit_label.setText("")
            self.pagu_gauge.set_values(0, None)
            return
        pagu = board.pagu
        ceiling = (
            format_rupiah(pagu.total_ceiling) if pagu.total_ceiling else self.tr("belum ditetapkan")
        )
        self.pagu_label.setText(
            self.tr("Disepakati %s dari pagu kecamatan %s.")
            % (format_rupiah(pagu.total_used), ceiling)
        )
        self.pagu_gauge.set_values(pagu.total_used, pagu.total_ceiling)
        labels = {a.code: a.label for a in board.agencies}
        for row, use in enumerate(pagu.agencies):
            code = use.agency_code or ""
            self.pagu_grid.addWidget(QLabel(labels.get(code, code)), row, 0)
            bar = GaugeBar()
            bar.setFixedHeight(16)
            bar.set_values(use.used, use.ceiling)
            self.pagu_grid.addWidget(bar, row, 1)
            limit = format_rupiah(use.ceiling) if use.ceiling is not None else "-"
            self.pagu_grid.addWidget(QLabel(f"{format_rupiah(use.used)} / {limit}"), row, 2)
        self.pagu_grid.setColumnStretch(1, 1)
        self.pagu_warnings.setText("\n".join(pagu.warnings))
        titles = {v.id: v for v in board.proposals}
        given = [
            f"• {titles[g.proposal_id].agency_label}: {titles[g.proposal_id].title} "
            f"({format_rupiah(g.amount)}, "
            + (
                self.tr("kurang %s di pagu OPD")
                if g.limit == "agency"
                else self.tr("kurang %s di pagu kecamatan")
            )
            % format_rupiah(g.shortfall)
            + ")"
            for g in board.fit.given_up[:15]
            if g.proposal_id in titles
        ]
        more = len(board.fit.given_up) - len(given)
        text = self.tr("Saran urutan prioritas: %d usulan muat dalam pagu (%s).") % (
            len(board.fit.funded),
            format_rupiah(board.fit.total),
        )
        if given:
            text += "\n" + self.tr("Yang harus mengalah:") + "\n" + "\n".join(given)
            if more > 0:
                text += "\n" + self.tr("… dan %d lainnya.") % more
        self.fit_label.setText(text)

    # ------------------------------------------------------------------ delegation tab
    def _build_delegation_tab(self) -> None:
        tab = QWidget()
        box = QVBoxLayout(tab)
        pick = QHBoxLayout()
        pick.addWidget(QLabel(self.tr("Ambil dari daftar hadir:")))
        # Delegates are usually people in the room: one choice fills name, sex, unsur and
        # institution from the attendance list.
        self.del_pick = QComboBox()
        self.del_pick.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.del_pick.setMinimumContentsLength(24)
        self.del_pick.activated.connect(self._pick_delegate)
        pick.addWidget(self.del_pick, 1)
        box.addLayout(pick)
        entry = QHBoxLayout()
        self.del_name = QLineEdit()
        self.del_name.setPlaceholderText(self.tr("Nama delegasi"))
        self.del_sex = QComboBox()
        for code, label in SEXES:
            self.del_sex.addItem(self.tr(label), code)
        self.del_unsur = QComboBox()
        for code, label in attendance_core.UNSUR_LABELS.items():
            self.del_unsur.addItem(self.tr(label), code)
        self.del_institution = QLineEdit()
        self.del_institution.setPlaceholderText(self.tr("Instansi / desa"))
        self.del_role = QLineEdit()
        self.del_role.setPlaceholderText(self.tr("Peran, mis. Ketua delegasi"))
        self.del_add = QPushButton(self.tr("Tambah delegasi"))
        self.del_add.clicked.connect(self._add_delegate)
        self.del_remove = QPushButton(self.tr("Hapus terpilih"))
        self.del_remove.clicked.connect(self._remove_delegate)
        for widget in (
            self.del_name,
            self.del_sex,
            self.del_unsur,
            self.del_institution,
            self.del_role,
            self.del_add,
            self.del_remove,
        ):
            entry.addWidget(widget)
        box.addLayout(entry)
        self.del_warning = QLabel()
        self.del_warning.setWordWrap(True)
        box.addWidget(self.del_warning)
        self.del_model = RowsModel(
            [
                self.tr("Nama"),
                self.tr("L/P"),
                self.tr("Unsur"),
                self.tr("Instansi"),
                self.tr("Peran"),
            ],
            self,
        )
        self.del_table = QTableView()
        self.del_table.setModel(self.del_model)
        self.del_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.del_table.setTabKeyNavigation(False)
        self.del_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        box.addWidget(self.del_table, 1)
        self.tabs.addTab(tab, self.tr("Delegasi"))
        self._open_only += [self.del_add, self.del_remove]

    def _add_delegate(self) -> None:
        name = self.del_name.text()
        sex = str(self.del_sex.currentData())
        unsur = str(self.del_unsur.currentData())
        role = self.del_role.text()
        institution = self.del_institution.text()
        session_id = self._session_id()
        self._write(
            lambda s: delegation_core.add_delegate(
                s,
                session_id,
                name=name,
                sex=sex,
                unsur=unsur,
                institution=institution,
                role=role,
            ),
            changes=("delegation",),
        )
        self.del_name.clear()
        self.del_institution.clear()

    def _pick_delegate(self, index: int) -> None:
        row = self.del_pick.itemData(index)
        if not row:
            return
        _id, name, _unsur_label, institution, sex, unsur = row
        self.del_name.setText(name)
        self.del_sex.setCurrentIndex(max(0, self.del_sex.findData(sex)))
        self.del_unsur.setCurrentIndex(max(0, self.del_unsur.findData(unsur)))
        self.del_institution.setText(institution)
        self.del_role.setFocus()

    def _remove_delegate(self) -> None:
        rows = self.del_table.selectionModel().selectedRows()
        if rows:
            delegate_id = str(rows[0].data(ID_ROLE))
            self._write(lambda s: delegation_core.remove_delegate(s, delegate_id))

    def _show_delegation(self, data: PageData) -> None:
        self.del_model.set_rows(data.delegates)
        self.del_pick.clear()
        self.del_pick.addItem(self.tr("— pilih peserta —"), None)
        chosen = {row[1] for row in data.delegates}
        for row in data.attendance:
            if row[1] not in chosen:
                label = f"{row[1]} — {row[3] or row[2]}"
                self.del_pick.addItem(label, row)
        board = data.board
        if board is None:
            self.del_warning.setText("")
            return
        check = board.delegation
        if check.ok:
            self.del_warning.setStyleSheet("color: #1b7f3b;")
            self.del_warning.setText(
                self.tr("Delegasi %d orang, %d perempuan.") % (check.count, check.women)
            )
        else:
            self.del_warning.setStyleSheet("color: #b00020;")
            self.del_warning.setText("\n".join(check.warnings))

    # ------------------------------------------------------------------ seal tab
    def _build_seal_tab(self) -> None:
        tab = QWidget()
        box = QVBoxLayout(tab)
        self.seal_label = QLabel()
        self.seal_label.setWordWrap(True)
        self.seal_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.addWidget(self.seal_label)
        row = QHBoxLayout()
        self.seal_button = QPushButton(self.tr("Segel sesi"))
        self.seal_button.clicked.connect(self._seal)
        self.reopen_button = QPushButton(self.tr("Buka kembali (admin)…"))
        self.reopen_button.clicked.connect(self._reopen)
        row.addWidget(self.seal_button)
        row.addWidget(self.reopen_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addStretch(1)
        self.tabs.addTab(tab, self.tr("Penyegelan"))

    def _show_seal(self, board: ForumBoard | None) -> None:
        sealed = board is not None and board.status == "sealed"
        self.seal_button.setEnabled(board is not None and not sealed)
        self.reopen_button.setEnabled(sealed)
        if board is None:
            self.seal_label.setText("")
        elif sealed:
            self.seal_label.setText(
                self.tr(
                    "Sesi disegel. Keputusan terkunci.\nDigest (SHA-256): %s\nKode verifikasi: %s\n"
                    "Periksa kapan saja dengan `musrenbang verify --session %s`."
                )
                % (board.digest, board.verification_code, board.session_id)
            )
        else:
            decided = sum(1 for v in board.proposals if v.outcome)
            self.seal_label.setText(
                self.tr(
                    "Sesi terbuka: %d dari %d usulan sudah diputuskan. Menyegel mengunci semua "
                    "keputusan dan menghitung digest yang dicetak di setiap laporan."
                )
                % (decided, len(board.proposals))
            )

    def _seal(self) -> None:
        dialog = self.seal_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.seal_now(mark_remaining=dialog.mark_remaining)

    def seal_dialog(self) -> SealDialog:
        """The question before sealing: with proposals still undecided it lists them and asks
        for an explicit choice (mark them "belum dibahas" and seal, or go back to decide)."""
        board = self.data.board if self.data else None
        remaining = [v for v in board.proposals if not v.outcome] if board else []
        lines = [
            f"{v.number or ''} {v.title} ({v.desa or '-'}, {v.agency_label})" for v in remaining
        ]
        return SealDialog(lines, len(board.proposals) if board else 0, self)

    def seal_now(self, *, mark_remaining: bool = False) -> None:
        session_id = self._session_id()
        actor = self.actor

        def op(session: Any) -> object:
            if mark_remaining:
                mark_not_discussed(session, session_id, actor=actor)
            return seal_session(session, session_id, actor=actor)

        self._write(op, self.tr("Sesi disegel."), ("forum_sessions", "decisions"))

    def _reopen(self) -> None:
        dialog = ReopenDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.reopen(dialog.username.text(), dialog.password.text(), dialog.reason.text())

    def reopen(self, username: str, password: str, reason: str) -> None:
        session_id = self._session_id()

        def op(session: Any) -> object:
            admin = authenticate_admin(session, username, password)
            return reopen_session(session, session_id, admin=admin, reason=reason)

        self._write(
            op,
            self.tr("Sesi dibuka kembali; alasannya dicatat di rantai audit."),
            ("forum_sessions",),
        )

    # ------------------------------------------------------------------ presenter
    def open_presenter(self) -> PresenterWindow:
        if self.presenter is None:
            # A child of the page (a window of its own on the projector): Qt deletes it with
            # the page, at a known moment, rather than Python's collector at any allocation,
            # even inside one of its own paint events.
            self.presenter = PresenterWindow(self.controller, self)
            self.presenter.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.presenter.present()
        return self.presenter


class EnterRuns(QObject):
    """An event filter: Enter on a closed combo box runs ``action`` (in its open list Enter
    still picks the item, the list gets the key)."""

    def __init__(self, action: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._action = action

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self._action()
            return True
        return super().eventFilter(watched, event)


class ReopenDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Buka kembali sesi yang disegel"))
        form = QFormLayout(self)
        form.addRow(
            QLabel(
                self.tr(
                    "Hanya admin. Alasan dicatat di rantai audit dan terlihat saat pemeriksaan."
                )
            )
        )
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.reason = QLineEdit()
        form.addRow(self.tr("Pengguna admin"), self.username)
        form.addRow(self.tr("Kata sandi"), self.password)
        form.addRow(self.tr("Alasan"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class SealDialog(QDialog):
    """Before sealing: what is still undecided, and an explicit choice about it."""

    def __init__(self, undecided: list[str], total: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Segel sesi"))
        self.mark_remaining = False
        box = QVBoxLayout(self)
        # A child of the dialog from the start: a default button set while the box had no
        # parent was unknown to the dialog, which on show made the first button (mark and
        # seal) the default, so Enter sealed.
        buttons = QDialogButtonBox(self)
        if undecided:
            text = QLabel(
                self.tr(
                    "%d dari %d usulan belum diputuskan. Sesi yang disegel tidak dapat diubah "
                    "kecuali dibuka kembali oleh admin. Pilih apa yang terjadi dengan usulan ini:"
                )
                % (len(undecided), total)
            )
            text.setWordWrap(True)
            box.addWidget(text)
            self.list_model = QStringListModel(undecided, self)
            view = QListView()
            view.setModel(self.list_model)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            box.addWidget(view, 1)
            self.mark_button = buttons.addButton(
                self.tr('Tandai semua sisanya "belum dibahas" lalu segel'),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            self.mark_button.clicked.connect(self._mark_and_seal)
            self.back_button = buttons.addButton(
                self.tr("Kembali memutuskan"), QDialogButtonBox.ButtonRole.RejectRole
            )
            self.back_button.setDefault(True)  # Enter never seals by accident
        else:
            self.list_model = QStringListModel([], self)
            text = QLabel(
                self.tr(
                    "Semua %d usulan sudah diputuskan. Setelah disegel, keputusan tidak dapat "
                    "diubah kecuali dibuka kembali oleh admin. Segel sekarang?"
                )
                % total
            )
            text.setWordWrap(True)
            box.addWidget(text)
            self.mark_button = buttons.addButton(
                self.tr("Segel sekarang"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.mark_button.clicked.connect(self.accept)
            self.back_button = buttons.addButton(
                self.tr("Kembali"), QDialogButtonBox.ButtonRole.RejectRole
            )
        self.back_button.clicked.connect(self.reject)
        box.addWidget(buttons)
        self.resize(560, 420 if undecided else 160)

    def _mark_and_seal(self) -> None:
        self.mark_remaining = True
        self.accept()
