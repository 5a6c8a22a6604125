"""The stakeholder form refuses a mistyped email on the field itself, and saves nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from planner.services import stakeholders
from ui.forms.stakeholder import stakeholder_dialog


def test_a_bad_email_is_shown_on_the_field_and_nothing_saved(qtbot, window, ws):
    dialog = stakeholder_dialog(window.ctx, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.editors["name"].widget, "Amal Hassan")
    qtbot.keyClicks(dialog.editors["email"].widget, "not-an-email")
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert "is not an email address (like name@example.org)" in dialog.error.text()
    assert "Nothing was saved" in dialog.error.text()
    assert dialog.editors["email"].focus_widget.property("invalid") is True
    assert stakeholders.list_stakeholders(ws) == []
    dialog.editors["email"].widget.clear()
    qtbot.keyClicks(dialog.editors["email"].widget, "amal@example.org")
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert [s.email for s in stakeholders.list_stakeholders(ws)] == ["amal@example.org"]
