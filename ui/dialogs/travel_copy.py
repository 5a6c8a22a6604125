"""Carry on this laptop…: the campaigns a travel copy holds, and for which audience.

The setting and its checks are ``planner.sync.travel``: this dialog lists the campaigns
(by name, checkboxes), the audience (the full internal view, closed or public) and
saves; a narrowing that would drop edits not yet synced is refused there, with the
records named, and nothing changes. The next sync applies it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from planner.services import campaigns
from planner.storage.errors import WorkspaceError
from planner.storage.workspace import Workspace
from planner.sync.travel import Travel, set_travel, travel_of
from ui.dialogs.layout import (
    action_buttons,
    dialog_frame,
    error_line,
    hint_line,
    options_form,
    show_error,
)
from ui.translation import translator

AUDIENCES = ("", "closed", "public")  # "": the full internal view


tr = translator("TravelCopy")


def audience_names() -> list[str]:
    return [
        tr("Everything (internal view)"),
        tr("Closed audience: withheld partners left out, others not named"),
        tr("Public audience: only what may be published"),
    ]


class TravelCopyDialog(QDialog):
    """Choose what this laptop carries; ``leaving`` lists what the next sync removes."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.leaving: list[str] = []
        self.setWindowTitle(tr("Carry on this laptop"))
        self.setMinimumWidth(600)
        outer = dialog_frame(
            self,
            tr("What this laptop carries"),
            tr(
                "Before crossing a border, carry only the campaigns you need, and only what "
                "an audience may see. The next sync brings down nothing else, and removes "
                "from this laptop (never from the server) what it no longer carries, "
                "with its history and its automatic backups."
            ),
        )
        current = travel_of(ws)
        self.only = QCheckBox(tr("Carry only the campaigns ticked below"))
        self.only.setChecked(current is not None)
        outer.addWidget(self.only)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Campaigns to carry"))
        self.list.setMinimumHeight(120)
        chosen = set(current.campaign_ids) if current else set()
        held = {c.id: c.name for c in campaigns.list_campaigns(ws)}
        for ident in current.campaign_ids if current else ():
            if ident not in held:
                held[ident] = tr("(not on this laptop yet: {id})").format(id=ident[:8])
        for ident, name in sorted(held.items(), key=lambda kv: kv[1].casefold()):
            item = QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, ident)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if ident in chosen else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        outer.addWidget(self.list)
        form = options_form()
        self.audience = QComboBox()
        self.audience.addItems(audience_names())
        self.audience.setAccessibleName(tr("Audience"))
        if current is not None and current.audience in AUDIENCES:
            self.audience.setCurrentIndex(AUDIENCES.index(current.audience))
        form.addRow(tr("Audience"), self.audience)
        outer.addLayout(form)
        self.hint = hint_line(
            outer,
            tr(
                "Unticked, the laptop carries every campaign the server shows you. "
                "Edits not yet synced must be synced first."
            ),
        )
        self.error = error_line(outer)
        self.buttons = action_buttons(self, outer, tr("Save"), self.save)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.only.toggled.connect(self._enable)
        self.list.itemChanged.connect(lambda _item: self.error.hide())
        self.audience.currentIndexChanged.connect(lambda _i: self.error.hide())
        self._enable(self.only.isChecked())

    def _enable(self, on: bool) -> None:
        self.list.setEnabled(on)
        self.audience.setEnabled(on)

    def chosen(self) -> list[str]:
        return [
            str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def setting(self) -> Travel | None:
        if not self.only.isChecked():
            return None
        audience = AUDIENCES[self.audience.currentIndex()] or None
        return Travel(tuple(self.chosen()), audience)

    def save(self) -> None:
        setting = self.setting()
        if setting is not None and not setting.campaign_ids:
            show_error(self.error, tr("Tick at least one campaign, or untick “Carry only”."))
            return
        try:
            self.leaving = set_travel(self.ws, setting)
        except WorkspaceError as exc:
            show_error(self.error, str(exc))
            return
        self.accept()
