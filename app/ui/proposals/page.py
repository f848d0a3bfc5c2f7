"""Usulan: the operator's list of proposals with filters, instant search, sorting, a column
chooser, and the actions on proposals (new, open, status, import, export, template)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.core.duplicates import duplicate_ids, find_duplicates
from app.core.proposal_queries import (
    NO_AGENCY,
    FilterChoices,
    ProposalFilter,
    ProposalRow,
    filter_choices,
    list_ids,
    list_rows,
)
from app.core.proposal_service import DraftInfo, list_drafts
from app.core.routing import RoutingOutcome
from app.core.settings import get_settings, save_settings
from app.core.users import can
from app.core.workflow import STATUS_LABELS
from app.ui.context import AppContext
from app.ui.errors import show_error
from app.ui.proposals.model import ID_ROLE, ProposalTableModel
from app.ui.widgets import Debouncer


@dataclass(frozen=True)
class _Query:
    generation: int
    ids: list[str]


class ProposalsPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self._generation = 0
        self._sort_key: str | None = None
        self._descending = False
        self.model = ProposalTableModel(self._fetch_rows, self)
        self._build_toolbar()
        self._build_filters()
        self._build_table()
        self.count_label = QLabel(self)
        self.drafts_button = QPushButton(self)
        self.drafts_button.setVisible(False)
        self.drafts_button.clicked.connect(self.restore_drafts)
        self._drafts: list[DraftInfo] = []
        layout = QVBoxLayout(self)
        layout.addWidget(self.drafts_button)
        layout.addWidget(self.toolbar)
        layout.addLayout(self.filter_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        context.data_changed.connect(self._on_data_changed)
        self.reload()  # the list first: the filter choices can follow
        self.reload_choices()
        self.reload_duplicates()
        self.check_drafts()

    # --- building ---------------------------------------------------------------------------
    def _action(self, text: str, shortcut: str | None, slot: object, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(f"{tip or text} ({shortcut})" if shortcut else (tip or text))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.new_action = self._action(self.tr("Usulan baru"), "Ctrl+N", self.new_proposal)
        self.open_action = self._action(self.tr("Buka"), "Return", self.open_current)
        self.status_action = self._action(
            self.tr("Ubah status…"), "Ctrl+Shift+S", self.change_status
        )
        self.import_action = self._action(self.tr("Impor Excel…"), "Ctrl+I", self.import_file)
        self.export_action = self._action(self.tr("Ekspor…"), "Ctrl+E", self.export_list)
        self.template_action = self._action(self.tr("Templat desa…"), None, self.save_template)
        self.merge_action = self._action(
            self.tr("Gabungkan…"),
            "Ctrl+G",
            self.merge_selected,
            self.tr("Gabungkan usulan terpilih ke satu usulan"),
        )
        self.route_action = self._action(
            self.tr("Terima saran OPD…"),
            "Ctrl+Shift+R",
            self.route_in_bulk,
            self.tr(
                "Terima saran penilai (OPD, sub kegiatan, kewenangan) untuk usulan terpilih, "
                "atau untuk semua usulan di daftar bila tidak ada yang dipilih"
            ),
        )
        self.search_action = self._action(self.tr("Cari"), "Ctrl+F", self._focus_search)
        for action in (
            self.new_action,
            self.open_action,
            self.status_action,
            self.route_action,
            self.merge_action,
            self.import_action,
            self.export_action,
            self.template_action,
        ):
            self.toolbar.addAction(action)
        role = self.context.user.role
        for action, permission in (
            (self.new_action, "proposals.edit"),
            (self.status_action, "proposals.status"),
            (self.route_action, "proposals.edit"),
            (self.merge_action, "proposals.status"),
            (self.import_action, "proposals.import"),
            (self.export_action, "proposals.export"),
        ):
            action.setEnabled(can(role, permission))

    def _build_filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Cari judul, permasalahan, atau alamat… (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(180)  # never collapses to "C…" on a small screen
        delay = get_settings().search_debounce_ms
        self._debounce = Debouncer(delay, self)
        self._debounce.fire.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self._debounce.poke())
        self.search.returnPressed.connect(self._debounce.flush)
        self.desa_filter = self._combo(self.tr("Semua desa/kelurahan"))
        self.status_filter = self._combo(self.tr("Semua status"))
        for key, label in STATUS_LABELS.items():
            self.status_filter.addItem(self.tr(label), key)
        self.agency_filter = self._combo(self.tr("Semua OPD"))
        self.bidang_filter = self._combo(self.tr("Semua bidang"))
        self.kewenangan_filter = self._combo(self.tr("Semua kewenangan"))
        self.problems_only = QCheckBox(self.tr("Hanya yang bermasalah"), self)
        self.problems_only.toggled.connect(lambda _on: self.reload())
        self.filter_row = QHBoxLayout()
        self.filter_row.addWidget(self.search, 2)
        for widget in (
            self.desa_filter,
            self.status_filter,
            self.agency_filter,
            self.bidang_filter,
            self.kewenangan_filter,
            self.problems_only,
        ):
            self.filter_row.addWidget(widget)

    def _combo(self, all_label: str) -> QComboBox:
        combo = QComboBox(self)
        # Sized by a few characters, not by its longest agency name, so the filter row fits a
        # 1024-pixel screen (the list's popup still shows the whole names).
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(5)
        combo.addItem(all_label, None)
        combo.currentIndexChanged.connect(lambda _i: self.reload())
        return combo

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setObjectName("proposalTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the list for the filters (a table's Tab walks its cells, so the keyboard
        # was stuck in the list); arrows move in it.
        self.table.setTabKeyNavigation(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # default order: village, rank
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._sort_by_section)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        widths = {
            "number": 110,
            "desa": 130,
            "village_rank": 70,
            "title": 380,
            "volume": 90,
            "estimated_cost": 140,
            "status": 130,
            "kewenangan": 90,
            "agency_code": 80,
            "bidang_code": 60,
            "problem_count": 70,
        }
        hidden = set(get_settings().list_columns)
        for section, column in enumerate(self.model.columns):
            header.resizeSection(section, widths.get(column.key, 100))
            self.table.setColumnHidden(section, column.key in hidden)
        self.table.doubleClicked.connect(lambda _index: self.open_current())

    # --- data -------------------------------------------------------------------------------
    def _fetch_rows(self, ids: Sequence[str]) -> list[ProposalRow]:
        return list_rows(self.context.engine, ids)

    def current_filter(self) -> ProposalFilter:
        return ProposalFilter(
            desa=self.desa_filter.currentData(),
            status=self.status_filter.currentData(),
            agency=self.agency_filter.currentData(),
            bidang=self.bidang_filter.currentData(),
            kewenangan=self.kewenangan_filter.currentData(),
            has_problems=True if self.problems_only.isChecked() else None,
            text=self.search.text(),
        )

    def reload(self) -> None:
        cycle_id = self.context.cycle_id
        if cycle_id is None:
            self.model.set_ids([])
            self.count_label.setText(self.tr("Belum ada siklus perencanaan."))
            return
        self._generation += 1
        generation, flt, key, descending = (
            self._generation,
            self.current_filter(),
            self._sort_key,
            self._descending,
        )

        engine = self.context.engine

        def query() -> _Query:
            return _Query(generation, list_ids(engine, cycle_id, flt, key, descending))

        self.context.tasks.run(query, self._show_ids, lambda exc: show_error(self, exc))

    def _show_ids(self, result: _Query) -> None:
        if result.generation != self._generation:
            return  # a newer query is on its way; typing fast must not show stale results
        selected = set(self.selected_ids())
        self.model.set_ids(result.ids)
        self.count_label.setText(self.tr("%d usulan") % len(result.ids))
        for row, proposal_id in enumerate(result.ids):
            if proposal_id in selected:
                self.table.selectRow(row)
                break

    def reload_choices(self) -> None:
        cycle_id = self.context.cycle_id
        kecamatan = self.context.office.kecamatan_code if self.context.office else None

        engine = self.context.engine

        def load() -> FilterChoices:
            return filter_choices(engine, cycle_id, kecamatan)

        self.context.tasks.run(load, self._fill_choices, lambda exc: show_error(self, exc))

    def _fill_choices(self, choices: FilterChoices) -> None:
        def fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
            current = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            if combo is self.agency_filter:  # proposals still waiting for their agency
                combo.addItem(self.tr("(tanpa OPD)"), NO_AGENCY)
            for value, label in items:
                combo.addItem(label, value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

        fill(self.desa_filter, choices.desa)
        fill(self.agency_filter, choices.agency)
        fill(self.bidang_filter, [(b, b) for b in choices.bidang])
        fill(self.kewenangan_filter, [(k, k) for k in choices.kewenangan])

    def _on_data_changed(self, kind: str) -> None:
        if kind in ("proposals", "reference", "office", "sync"):
            self.reload_choices()
            self.reload()
            self.reload_duplicates()

    def reload_duplicates(self) -> None:
        """Mark near-identical proposals of the cycle (fuzzy match, on the worker)."""
        cycle_id, engine = self.context.cycle_id, self.context.engine
        if cycle_id is None:
            return
        self.context.tasks.run(
            lambda: frozenset(duplicate_ids(find_duplicates(engine, cycle_id))),
            self.model.set_duplicates,
            lambda exc: show_error(self, exc),
            lane="analysis",
        )

    # --- table interaction ------------------------------------------------------------------
    def _sort_by_section(self, section: int) -> None:
        key = self.model.columns[section].sort_key
        if key is None:
            return
        self._descending = not self._descending if key == self._sort_key else False
        self._sort_key = key
        self.table.horizontalHeader().setSortIndicator(
            section,
            Qt.SortOrder.DescendingOrder if self._descending else Qt.SortOrder.AscendingOrder,
        )
        self.reload()

    def _column_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addSection(self.tr("Kolom yang ditampilkan"))
        for section, column in enumerate(self.model.columns):
            action = menu.addAction(column.label)
            action.setCheckable(True)
            action.setChecked(not self.table.isColumnHidden(section))
            action.toggled.connect(lambda shown, s=section: self.set_column_visible(s, shown))
        menu.popup(self.table.horizontalHeader().mapToGlobal(position))

    def set_column_visible(self, section: int, shown: bool) -> None:
        self.table.setColumnHidden(section, not shown)
        hidden = [c.key for s, c in enumerate(self.model.columns) if self.table.isColumnHidden(s)]
        save_settings(list_columns=hidden)

    def selected_ids(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [str(self.model.index(row, 0).data(ID_ROLE)) for row in rows]

    def _current_id(self) -> str | None:
        index: QModelIndex = self.table.currentIndex()
        if not index.isValid():
            return None
        value = self.model.index(index.row(), 0).data(ID_ROLE)
        return str(value) if value else None

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # --- actions ----------------------------------------------------------------------------
    def new_proposal(self) -> None:
        from app.ui.proposals.form import ProposalForm

        form = ProposalForm(self.context, None, self)
        form.saved.connect(self._after_save)
        form.open()

    def open_current(self) -> None:
        proposal_id = self._current_id()
        if proposal_id is None:
            return
        from app.ui.proposals.form import ProposalForm

        form = ProposalForm(self.context, proposal_id, self)
        form.saved.connect(self._after_save)
        form.open()

    def _after_save(self, proposal_id: str) -> None:
        self.model.invalidate([proposal_id])

    def route_in_bulk(self) -> QDialog | None:
        """The scorer's routing for the selected proposals, or for every proposal the list
        shows (its filter applied) when none is selected."""
        ids = self.selected_ids() or self.model.ids()
        if not ids:
            return None
        from app.ui.proposals.routing_dialog import BulkRoutingDialog

        dialog = BulkRoutingDialog(self.context, ids, self)
        dialog.routed.connect(self._routed)
        dialog.open()
        return dialog

    def _routed(self, outcome: RoutingOutcome) -> None:
        self.count_label.setText(outcome.notice.note)
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(outcome.notice.note, 15000)

    def change_status(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        from app.ui.proposals.status_dialog import StatusDialog

        dialog = StatusDialog(self.context, ids, self)
        dialog.open()

    def check_drafts(self) -> None:
        """New proposals typed but never saved (e.g. the laptop died): offer to continue them."""
        cycle_id, engine = self.context.cycle_id, self.context.engine
        if cycle_id is None:
            return

        def show(drafts: list[DraftInfo]) -> None:
            self._drafts = [d for d in drafts if d.proposal_id is None]
            self.drafts_button.setText(
                self.tr("Ada %d isian usulan baru yang belum disimpan. Klik untuk melanjutkan.")
                % len(self._drafts)
            )
            self.drafts_button.setVisible(bool(self._drafts))

        self.context.tasks.run(
            lambda: list_drafts(engine, cycle_id), show, lambda exc: show_error(self, exc)
        )

    def restore_drafts(self) -> None:
        if not self._drafts:
            return
        from app.ui.proposals.form import ProposalForm

        draft = self._drafts.pop(0)
        form = ProposalForm(self.context, None, self)
        form.restore_draft(draft)
        form.saved.connect(self._after_save)
        form.finished.connect(lambda _result: self.check_drafts())
        form.open()

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) < 2:
            return
        from app.ui.proposals.merge_dialog import MergeDialog

        dialog = MergeDialog(self.context, ids, self)
        dialog.open()

    def import_file(self) -> None:
        from app.ui.proposals.import_dialog import ImportDialog

        dialog = ImportDialog(self.context, self)
        dialog.open()

    def export_list(self) -> None:
        from app.ui.proposals.export import export_proposals

        export_proposals(self, self.context, self.model.ids())

    def save_template(self) -> None:
        from app.ui.proposals.export import save_village_template

        save_village_template(self, self.context)
