"""What every page of the main window shares: the database, the worker, who is signed in,
the office and planning cycle in view, and a signal when data changed."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from app.core.changes import ChangeNotice
from app.core.database import Database
from app.core.office import Office
from app.core.workspace import CycleInView, office_in_view
from app.ui.tasks import InlineTaskRunner, TaskRunner


@dataclass(frozen=True)
class SignedInUser:
    username: str
    full_name: str
    role: str


DEMO_USER = SignedInUser("demo", "Pengguna Demo", "admin")
FORUM_KINDS = frozenset({"forum_sessions", "decisions", "attendance", "delegation", "pagu"})


class AppContext(QObject):
    """Owned by the main window; pages hold a reference and listen to ``data_changed``."""

    data_changed = Signal(str)  # which kind of data changed: "proposals", "reference", "forum", ...

    def __init__(
        self,
        engine: Database,
        db_label: str,
        tasks: TaskRunner | InlineTaskRunner,
        user: SignedInUser = DEMO_USER,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine = engine
        self.db_label = db_label
        self.tasks = tasks
        self.user = user
        self.office: Office | None = None
        self.cycle: CycleInView | None = None
        self.reload_office()
        tasks.changed.connect(self.announce)

    def announce(self, change: ChangeNotice) -> None:
        """A write's change notice, passed on as the kinds pages listen for. Forum kinds are
        also announced as "forum", the kind the pages showing sessions listen to."""
        kinds = set(change.kinds)
        if kinds & FORUM_KINDS:
            kinds.add("forum")
        for kind in sorted(kinds):
            self.data_changed.emit(kind)

    def reload_office(self) -> None:
        view = office_in_view(self.engine)
        self.office, self.cycle = view.office, view.cycle

    @property
    def cycle_id(self) -> str | None:
        return self.cycle.id if self.cycle else None
