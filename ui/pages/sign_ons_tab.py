"""Sign-ons in the campaign: joint letters, statements and endorsements, and who signed.

They live under the Voices tab (what the coalition says together, below what its
members say), which keeps the tab bar within the window in every language. One row per
sign-on (which letter, for which ask, when, how many signed) with its
signatories under it (who, when, how far they may be named on it). Every add, edit,
removal and withdrawal is an undoable command through ``planner.services.sign_ons``.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from planner.services import asks, sign_ons
from ui.context import WorkspaceContext
from ui.display import date_text, plural
from ui.forms.sign_on import kind_text, sign_on_dialog, signatory_dialog
from ui.pages.base import EmptyState
from ui.pages.campaign_tabs import LazyTab
from ui.pages.campaign_workspace import register_tab
from ui.translation import QT_TRANSLATE_NOOP, translator

ID_ROLE = Qt.ItemDataRole.UserRole
KIND_ROLE = Qt.ItemDataRole.UserRole + 1
CONSENT_TEXT = {
    "none": QT_TRANSLATE_NOOP("SignOns", "Team only (counted in documents)"),
    "closed": QT_TRANSLATE_NOOP("SignOns", "Closed briefings"),
    "public": QT_TRANSLATE_NOOP("SignOns", "Public"),
}


tr = translator("SignOns")


class SignOnsTab(LazyTab):
    kinds = ("sign_on", "signature", "stakeholder", "ask")

    def build(self) -> None:
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        self.add_button = self._button(tr("New sign-on…"), self.add_sign_on, primary=True)
        self.sign_button = self._button(tr("Add signatory…"), self.add_signatory)
        self.edit_button = self._button(tr("Edit…"), self.edit_selected)
        self.remove_button = self._button(tr("Remove"), self.remove_selected)
        self.toolbar(
            self.sign_button,
            self.edit_button,
            self.remove_button,
            self.add_button,
            note=self.count,
        )
        self.tree = QTreeWidget()
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels(
            [
                tr("Sign-on / signatory"),
                tr("Kind"),
                tr("Date"),
                tr("Ask / may be named"),
                tr("Signed"),
            ]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 4):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemActivated.connect(lambda item, _col: self.edit_item(item))
        self.empty = EmptyState(
            tr(
                "No sign-ons yet. Record a joint letter or statement, or the endorsement of "
                "an ask, and who signed it: documents name only those who agreed to be "
                "named and count the others."
            )
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)
        self.box.addWidget(self.stack, 1)
        self.dialog: QWidget | None = None
        self.refresh()

    def _button(
        self, text: str, slot: Callable[[], object], *, primary: bool = False
    ) -> QPushButton:
        b = QPushButton(text)
        if primary:
            b.setObjectName("primary")
        b.clicked.connect(slot)
        return b

    # -- content ---------------------------------------------------------------------

    def refresh(self) -> None:
        ws = self.ctx.ws
        selected = self.selected()
        rows = sign_ons.list_sign_ons(ws, self.campaign_id)
        ask_text = {a.id: a.text for a in asks.list_asks(ws, self.campaign_id)}
        signed = sign_ons.campaign_signatures(ws, self.campaign_id)
        self.tree.clear()
        for record, count in rows:
            top = QTreeWidgetItem(
                [
                    record.title,
                    kind_text(record.kind),
                    date_text(record.date) if record.date else "",
                    ask_text.get(record.ask_id or "", ""),
                    str(count),
                ]
            )
            top.setData(0, ID_ROLE, record.id)
            top.setData(0, KIND_ROLE, "sign_on")
            top.setToolTip(0, record.text or record.title)
            top.setToolTip(3, ask_text.get(record.ask_id or "", ""))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for sig in signed.get(record.id, []):
                child = QTreeWidgetItem(
                    [
                        sig.stakeholder.name,
                        "",
                        date_text(sig.signature.date) if sig.signature.date else "",
                        tr(CONSENT_TEXT.get(sig.signature.name_consent, "")),
                        "",
                    ]
                )
                child.setData(0, ID_ROLE, sig.signature.id)
                child.setData(0, KIND_ROLE, "signature")
                top.addChild(child)
            self.tree.addTopLevelItem(top)
            top.setExpanded(True)
            if selected and selected[1] == record.id:
                self.tree.setCurrentItem(top)
        self.count.setText(
            plural(
                "SignOns",
                "%n sign-ons (joint letters, statements, endorsements)",
                len(rows),
                "%n sign-on (joint letter, statement, endorsement)",
            )
        )
        self.stack.setCurrentWidget(self.tree if rows else self.empty)
        self._selection_changed()

    def selected(self) -> tuple[str, str] | None:
        """(kind, id) of the selected row: a sign-on or a signature."""
        item = self.tree.currentItem() if hasattr(self, "tree") else None
        if item is None or not item.isSelected():
            return None
        return item.data(0, KIND_ROLE), item.data(0, ID_ROLE)

    def _sign_on_of(self, item: QTreeWidgetItem | None) -> str | None:
        if item is None:
            return None
        top = item.parent() or item
        return top.data(0, ID_ROLE)

    def _selection_changed(self) -> None:
        picked = self.selected()
        self.sign_button.setEnabled(picked is not None)
        self.edit_button.setEnabled(picked is not None and picked[0] == "sign_on")
        self.remove_button.setEnabled(picked is not None)
        if picked is None:
            self.remove_button.setText(tr("Remove"))
        elif picked[0] == "signature":
            self.remove_button.setText(tr("Withdraw signature"))
        else:
            self.remove_button.setText(tr("Remove sign-on"))

    # -- actions ---------------------------------------------------------------------

    def add_sign_on(self) -> None:
        self.dialog = sign_on_dialog(self.ctx, self.campaign_id, parent=self)
        self.dialog.open()

    def add_signatory(self) -> None:
        ident = self._sign_on_of(self.tree.currentItem())
        if ident:
            record = sign_ons.get_sign_on(self.ctx.ws, ident)
            self.dialog = signatory_dialog(self.ctx, record, parent=self)
            self.dialog.open()

    def edit_selected(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.edit_item(item)

    def edit_item(self, item: QTreeWidgetItem) -> None:
        ident = self._sign_on_of(item)
        if ident:
            record = sign_ons.get_sign_on(self.ctx.ws, ident)
            self.dialog = sign_on_dialog(self.ctx, self.campaign_id, record, parent=self)
            self.dialog.open()

    def remove_selected(self) -> None:
        picked = self.selected()
        if picked is None:
            return
        kind, ident = picked
        item = self.tree.currentItem()
        name = item.text(0) if item is not None else ""
        if kind == "signature":
            self.ctx.delete("signature", ident, tr("Withdraw {name}").format(name=name))
        else:
            self.ctx.delete("sign_on", ident, tr("Remove {title}").format(title=name))


class VoicesAndSignOns(QSplitter):
    """The Voices tab: quotes above, the coalition's sign-ons below."""

    def __init__(self, ctx: WorkspaceContext, campaign_id: str) -> None:
        super().__init__(Qt.Orientation.Vertical)
        from ui.pages.campaign_workspace import VoicesTab

        self.setChildrenCollapsible(False)
        self.voices = VoicesTab(ctx, campaign_id)
        self.sign_ons = SignOnsTab(ctx, campaign_id)
        self.addWidget(self.voices)
        self.addWidget(self.sign_ons)
        self.setStretchFactor(0, 1)
        self.setStretchFactor(1, 1)
        self.setSizes([1000, 1000])  # half each: a few quotes, a few letters with signatories


register_tab("voices", "Voices", VoicesAndSignOns)
