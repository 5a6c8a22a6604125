"""The selected stakeholder's relationships, beside the stakeholder list: add, edit, remove.

The panel follows the list's selection and the change bus (relationships and stakeholder
names), and reloads only itself: a new link must not re-query 100 000 stakeholders.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from planner.services import relationships, stakeholders
from planner.services.entity import NotFound
from ui.changes import Changes
from ui.context import WorkspaceContext
from ui.forms.relationship import describe_link, open_relationship_form, remove_relationship
from ui.pages.base import SidePanel, tr

ID_ROLE = Qt.ItemDataRole.UserRole


class RelationshipsPanel(SidePanel):
    """Who the selected stakeholder knows, in words, with Add / Edit / Remove."""

    def __init__(self, ctx: WorkspaceContext) -> None:
        # No fixed minimum width: the layout's own minimum (the button row) keeps the
        # splitter from squeezing Add / Edit / Remove below their translated text.
        super().__init__(tr("Relationships"))
        self.ctx = ctx
        self.stakeholder_id: str | None = None
        self.dialog: QWidget | None = None
        self._stale = False
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.name.setObjectName("sectionTitle")
        self.list.itemActivated.connect(lambda _item: self.edit_selected())
        self.list.itemSelectionChanged.connect(self._enable)
        self.add_button = QPushButton(tr("Add…"))
        self.add_button.setToolTip(tr("Link this stakeholder to someone they know"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setToolTip(tr("Remove the selected relationship (Ctrl+Z undoes)"))
        self.remove_button.clicked.connect(self.remove_selected)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.box.addWidget(self.list, 1)
        self.box.addLayout(buttons)
        ctx.bus.changed.connect(self._on_changes)
        self.show_for(None)

    def show_for(self, stakeholder_id: str | None) -> None:
        """List the links of ``stakeholder_id`` (None: say how to get some)."""
        self.stakeholder_id = stakeholder_id
        self.list.clear()
        try:
            person = stakeholders.get(self.ctx.ws, stakeholder_id) if stakeholder_id else None
        except NotFound:
            person = None
        if person is None:
            self.stakeholder_id = None
            self.name.setText(tr("Select a stakeholder to see who they know."))
            self._enable()
            return
        self.name.setText(person.name)
        for link in relationships.list_relationships(self.ctx.ws, person.id):
            other = link.to_id if link.from_id == person.id else link.from_id
            try:
                other_name = stakeholders.get(self.ctx.ws, other).name
            except NotFound:
                continue  # the other end was deleted: the link is not shown anywhere
            item = QListWidgetItem(describe_link(link, person.id, other_name))
            item.setData(ID_ROLE, link.id)
            if link.note:
                item.setToolTip(link.note)
            self.list.addItem(item)
        if not self.list.count():
            empty = QListWidgetItem(
                tr("No known links yet. Add who they work at, ally with or influence.")
            )
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)
        self._enable()

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def selected_id(self) -> str | None:
        items = self.list.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def _enable(self) -> None:
        chosen = self.selected_id() is not None
        self.add_button.setEnabled(self.stakeholder_id is not None)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def _on_changes(self, changes: Changes) -> None:
        if self.stakeholder_id and changes.touches("relationship", "stakeholder"):
            if self.isVisible():
                self.show_for(self.stakeholder_id)
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.show_for(self.stakeholder_id)

    def add(self) -> None:
        if self.stakeholder_id:
            self.dialog = open_relationship_form(self.ctx, self, from_id=self.stakeholder_id)

    def edit_selected(self) -> None:
        ident = self.selected_id()
        if ident:
            self.dialog = open_relationship_form(self.ctx, self, ident)

    def remove_selected(self) -> None:
        ident = self.selected_id()
        if ident:
            remove_relationship(self.ctx, ident)
