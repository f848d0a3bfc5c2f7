"""What the presenter screen shows, shared by the operator's page and the presenter window.

Both windows talk to one ``PresenterController``: the operator selecting a proposal, a new
decision or a weight change updates it, and the presenter redraws on ``changed``; keys pressed on
the presenter (a clicker) move the controller, and the operator's page follows the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.core.forum.summary import ForumBoard

VIEWS = ("proposal", "ranking", "pagu", "attendance", "summary")
RANKING_ROWS = 8
SUMMARY_ROWS = 8


class PresenterController(QObject):
    changed = Signal()
    current_changed = Signal(str)  # proposal id
    fullscreen_requested = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.board: ForumBoard | None = None
        self.view = VIEWS[0]
        self.current_id: str | None = None
        self.agency_index = 0
        self.summary_page = 0
        # Set by the presenter window from its height, so a page fills the screen.
        self.summary_rows = SUMMARY_ROWS
        self.black = False

    # -- state from the operator -------------------------------------------------------------
    def set_board(self, board: ForumBoard | None) -> None:
        self.board = board
        if board is None:
            self.current_id = None
        elif board.proposal(self.current_id) is None:
            self.current_id = board.proposals[0].id if board.proposals else None
        self._clamp()
        self.changed.emit()

    def set_current(self, proposal_id: str | None) -> None:
        if proposal_id == self.current_id:
            return
        self.current_id = proposal_id
        self._follow_agency()
        self.changed.emit()
        if proposal_id:
            self.current_changed.emit(proposal_id)

    def set_view(self, view: str) -> None:
        if view not in VIEWS:
            raise ValueError(view)
        if view != self.view:
            self.view = view
            self.changed.emit()

    # -- clicker / keyboard ------------------------------------------------------------------
    def next_view(self) -> None:
        self.set_view(VIEWS[(VIEWS.index(self.view) + 1) % len(VIEWS)])

    def previous_view(self) -> None:
        self.set_view(VIEWS[(VIEWS.index(self.view) - 1) % len(VIEWS)])

    def step(self, delta: int) -> None:
        """Next/previous item within the view; past either end, the next/previous view."""
        board = self.board
        if self.view == "proposal" and board and board.proposals:
            ids = [p.id for p in board.proposals]
            index = ids.index(self.current_id) if self.current_id in ids else -1
            target = index + delta
            if 0 <= target < len(ids):
                self.set_current(ids[target])
                return
        elif self.view == "ranking" and board:
            target = self.agency_index + delta
            if 0 <= target < len(self.agency_codes()):
                self.agency_index = target
                self.changed.emit()
                return
        elif self.view == "summary" and board:
            pages = max(1, -(-len(board.agencies) // self.summary_rows))
            target = self.summary_page + delta
            if 0 <= target < pages:
                self.summary_page = target
                self.changed.emit()
                return
        if delta > 0:
            self.next_view()
        else:
            self.previous_view()

    def toggle_black(self) -> None:
        self.black = not self.black
        self.changed.emit()

    def set_black(self, black: bool) -> None:
        if black != self.black:
            self.black = black
            self.changed.emit()

    # -- helpers -----------------------------------------------------------------------------
    def agency_codes(self) -> list[str]:
        return list(self.board.by_agency()) if self.board else []

    def current_agency(self) -> str | None:
        codes = self.agency_codes()
        return codes[self.agency_index] if codes else None

    def _follow_agency(self) -> None:
        if self.board is None or self.current_id is None:
            return
        view = self.board.proposal(self.current_id)
        codes = self.agency_codes()
        if view is not None and view.agency_code in codes:
            self.agency_index = codes.index(view.agency_code)

    def _clamp(self) -> None:
        codes = self.agency_codes()
        self.agency_index = min(self.agency_index, max(0, len(codes) - 1))
        if self.board is not None:
            pages = max(1, -(-len(self.board.agencies) // self.summary_rows))
            self.summary_page = min(self.summary_page, pages - 1)
        self._follow_agency()
