from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlmodel import select

from app.core.database import OpenedDatabase
from app.core.office import get_office
from app.core.settings import get_settings
from app.core.users import authenticate, list_users
from app.core.workspace import region_choices
from app.models import PlanningCycle
from app.models.db import read_session
from app.ui.context import AppContext
from app.ui.main_window import MainWindow
from app.ui.settings_page import SettingsPage
from app.ui.tasks import InlineTaskRunner
from app.ui.wizard import OfficeWizard


def test_wizard_creates_a_real_office(qtbot: QtBot, context: AppContext) -> None:
    wizard = OfficeWizard(InlineTaskRunner(), region_choices(context.engine))
    qtbot.addWidget(wizard)
    ready: list[OpenedDatabase] = []
    wizard.office_ready.connect(ready.append)
    wizard.show()
    pages = wizard.region_page
    pages.kecamatan.setCurrentIndex(pages.kecamatan.findText("Loa Kulu"))
    pages.year.setValue(2028)
    user = wizard.user_page
    user.username.setText("admin.loakulu")
    user.full_name.setText("Admin Loa Kulu")
    user.password.setText("kantor-camat-1")
    user.confirm.setText("kantor-camat-2")
    assert not user.isComplete() and "tidak sama" in user.message.text()
    user.confirm.setText("kantor-camat-1")
    assert user.isComplete()
    context.engine.dispose()
    wizard.accept()
    (db,) = ready
    with read_session(db.engine) as session:
        office = get_office(session)
        cycle = session.exec(select(PlanningCycle)).one()
    assert office is not None and office.kecamatan_code == "64.02.02" and not office.is_demo
    assert (cycle.year, cycle.name) == (2028, "Musrenbang Kecamatan Loa Kulu 2028")
    assert authenticate(db.engine, "admin.loakulu", "kantor-camat-1").role == "admin"


def test_settings_language_and_users(qtbot: QtBot, context: AppContext) -> None:
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.language.setCurrentIndex(page.language.findData("en"))
    assert get_settings().language == "en"
    users = page.users_tab
    users.new_username.setText("operator.satu")
    users.new_full_name.setText("Operator Satu")
    users.new_password.setText("sandi-operator-1")
    users.new_role.setCurrentIndex(users.new_role.findData("operator"))
    users.add_user()
    assert [u.username for u in list_users(context.engine)] == ["operator.satu"]
    assert users.users_model.rowCount() == 1
    users.users_view.selectRow(0)
    users.toggle_selected()
    assert not list_users(context.engine)[0].active


def test_main_window_switches_to_the_new_office(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.core.office_setup import OfficeSetup, set_up_office
    from app.ui.context import SignedInUser

    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show_page("settings")
    context.engine.dispose()
    db, _moved = set_up_office(OfficeSetup("64.02.02", 2028))
    monkeypatch.setattr(
        "app.ui.login.sign_in",
        lambda _engine, _parent=None: SignedInUser("admin", "Admin", "admin"),
    )
    window.switch_database(db)
    assert "Loa Kulu" in window.windowTitle()
    assert window.context.engine is db.engine
