"""Accepting a suggestion corrects the kewenangan (issue #17): a kelurahan's proposal stayed
"desa" (and the form warned "didanai APBDes") although a kelurahan has no village budget."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from app.ui.context import AppContext
from tests.ui.test_proposal_form import _form


def test_accepting_the_suggestion_corrects_a_kelurahans_kewenangan(
    qtbot: QtBot, context: AppContext
) -> None:
    form = _form(qtbot, context)
    desa = form.inputs["desa_code"]
    kewenangan = form.inputs["kewenangan"]
    assert isinstance(desa, QComboBox) and isinstance(kewenangan, QComboBox)
    desa.setCurrentIndex(desa.findText("Jahab"))  # a kelurahan (64.02.06.1001)
    kewenangan.setCurrentIndex(kewenangan.findData("desa"))
    assert form.values()["kewenangan"] == "desa"
    qtbot.keyClicks(form.inputs["title"], "Semenisasi jalan lingkungan gang RT 15")
    qtbot.waitUntil(lambda: form._holder.scorer is not None, timeout=10_000)
    form.rescore()
    assert form.suggestions.result is not None
    form.suggestions.accept_button.click()
    assert form.values()["kewenangan"] not in ("desa", "")
