"""The Pengaturan texts built from label tables (backup reasons, the lines of a backup's
preview) reach the English catalogue and show in English when it is installed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QFormLayout, QLabel
from pytestqt.qtbot import QtBot

from app.core.backup_service import PREVIEW_LABELS
from app.ui.context import AppContext
from app.ui.i18n import install_translators
from app.ui.settings.backup_tab import REASON_LABELS, BackupTab, reason_code


@pytest.fixture
def english(qapp: QApplication) -> Iterator[QApplication]:
    assert install_translators(qapp, "en")
    try:
        yield qapp
    finally:
        assert install_translators(qapp, "id")


def test_every_table_label_has_an_english_text(english: QApplication) -> None:
    for label in [*REASON_LABELS.values(), *PREVIEW_LABELS.values()]:
        if label == "Manual":  # the same word in both languages
            continue
        assert QCoreApplication.translate("BackupTab", label) != label, label
    shown = REASON_LABELS[reason_code("pre-migration-0007")]
    assert QCoreApplication.translate("BackupTab", shown) == "Before app update"


def test_backup_preview_shows_english_labels(
    qtbot: QtBot, context: AppContext, english: QApplication
) -> None:
    tab = BackupTab(context)
    qtbot.addWidget(tab)
    tab.take_backup_now()
    assert tab.model.rowCount() >= 1
    assert tab.model.horizontalHeaderItem(1).text() == "Reason"
    tab.view.selectRow(0)
    assert tab.preview is not None
    labels = []
    for row in range(tab.preview_form.rowCount()):
        item = tab.preview_form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        widget = item.widget() if item is not None else None
        assert isinstance(widget, QLabel)
        labels.append(widget.text())
    assert labels == [
        "Office",
        "Planning years",
        "Proposals",
        "Forum sessions",
        "Attachments",
        "Users",
        "Last change",
        "File size",
    ]
