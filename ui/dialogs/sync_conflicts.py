"""Review sync conflicts: the same field changed here and on the other side, side by side.

The other side is the team server, or another laptop whose bundle was imported here
(File ▸ Import bundle…): each row then names "the bundle from <its workspace>", never
"the server". Each row shows the record, the field, this workspace's value and the other
side's, each with who changed it and when (``planner.sync.conflicts.list_conflicts``).
The user picks Mine or Theirs per row (or for all); nothing is resolved until Apply,
which calls ``planner.sync.conflicts.resolve`` for each chosen conflict. Rows left
undecided stay open. A choice is applied here at once and reaches the server at the
next sync, or the other laptop with the next bundle sent to it.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.validation import ValidationError
from planner.storage.errors import WorkspaceError
from planner.sync.conflicts import Listed, list_conflicts, resolve
from ui import display
from ui.context import WorkspaceContext
from ui.dialogs.layout import dialog_frame, error_line
from ui.translation import QT_TRANSLATE_NOOP, translator

DELETED = "deleted"  # the engine's name for a record's tombstone, as a conflicting field
UNDECIDED, MINE, SERVERS = "", "local", "server"
COLUMNS = ("record", "field", "mine", "server", "keep")
FIELD_NAMES = {  # the synced fields, as the review names them
    "achieved_on": QT_TRANSLATE_NOOP("SyncConflicts", "Achieved on"),
    "actual": QT_TRANSLATE_NOOP("SyncConflicts", "Actual"),
    "ask_id": QT_TRANSLATE_NOOP("SyncConflicts", "Ask"),
    "campaign_id": QT_TRANSLATE_NOOP("SyncConflicts", "Campaign"),
    "category": QT_TRANSLATE_NOOP("SyncConflicts", "Category"),
    "channel": QT_TRANSLATE_NOOP("SyncConflicts", "Channel"),
    "confidence": QT_TRANSLATE_NOOP("SyncConflicts", "Confidence"),
    "consent_note": QT_TRANSLATE_NOOP("SyncConflicts", "Consent note"),
    "context": QT_TRANSLATE_NOOP("SyncConflicts", "Context"),
    "country": QT_TRANSLATE_NOOP("SyncConflicts", "Country"),
    "date": QT_TRANSLATE_NOOP("SyncConflicts", "Date"),
    "depends_on": QT_TRANSLATE_NOOP("SyncConflicts", "Depends on"),
    "description": QT_TRANSLATE_NOOP("SyncConflicts", "Description"),
    "email": QT_TRANSLATE_NOOP("SyncConflicts", "Email"),
    "end_date": QT_TRANSLATE_NOOP("SyncConflicts", "End date"),
    "expected": QT_TRANSLATE_NOOP("SyncConflicts", "Expected"),
    "follow_up_date": QT_TRANSLATE_NOOP("SyncConflicts", "Follow-up date"),
    "from_id": QT_TRANSLATE_NOOP("SyncConflicts", "From"),
    "influence": QT_TRANSLATE_NOOP("SyncConflicts", "Influence"),
    "interest": QT_TRANSLATE_NOOP("SyncConflicts", "Interest"),
    "is_local": QT_TRANSLATE_NOOP("SyncConflicts", "Local"),
    "kind": QT_TRANSLATE_NOOP("SyncConflicts", "Kind"),
    "language": QT_TRANSLATE_NOOP("SyncConflicts", "Language"),
    "languages": QT_TRANSLATE_NOOP("SyncConflicts", "Languages"),
    "lead": QT_TRANSLATE_NOOP("SyncConflicts", "Lead"),
    "location": QT_TRANSLATE_NOOP("SyncConflicts", "Location"),
    "milestone_id": QT_TRANSLATE_NOOP("SyncConflicts", "Milestone"),
    "name": QT_TRANSLATE_NOOP("SyncConflicts", "Name"),
    "name_consent": QT_TRANSLATE_NOOP("SyncConflicts", "Consent to be named"),
    "new_influence": QT_TRANSLATE_NOOP("SyncConflicts", "New influence"),
    "new_stance": QT_TRANSLATE_NOOP("SyncConflicts", "New stance"),
    "next_step": QT_TRANSLATE_NOOP("SyncConflicts", "Next step"),
    "note": QT_TRANSLATE_NOOP("SyncConflicts", "Note"),
    "notes": QT_TRANSLATE_NOOP("SyncConflicts", "Notes"),
    "objective": QT_TRANSLATE_NOOP("SyncConflicts", "Objective"),
    "old_influence": QT_TRANSLATE_NOOP("SyncConflicts", "Former influence"),
    "old_stance": QT_TRANSLATE_NOOP("SyncConflicts", "Former stance"),
    "organisation_id": QT_TRANSLATE_NOOP("SyncConflicts", "Organisation"),
    "outcome": QT_TRANSLATE_NOOP("SyncConflicts", "Outcome"),
    "owner": QT_TRANSLATE_NOOP("SyncConflicts", "Owner"),
    "phone": QT_TRANSLATE_NOOP("SyncConflicts", "Phone"),
    "priority": QT_TRANSLATE_NOOP("SyncConflicts", "Priority"),
    "role": QT_TRANSLATE_NOOP("SyncConflicts", "Role"),
    "sensitivity": QT_TRANSLATE_NOOP("SyncConflicts", "Sensitivity"),
    "sign_on_id": QT_TRANSLATE_NOOP("SyncConflicts", "Sign-on"),
    "source": QT_TRANSLATE_NOOP("SyncConflicts", "Source"),
    "stakeholder_id": QT_TRANSLATE_NOOP("SyncConflicts", "Stakeholder"),
    "stakeholder_ids": QT_TRANSLATE_NOOP("SyncConflicts", "Stakeholders"),
    "stance": QT_TRANSLATE_NOOP("SyncConflicts", "Stance"),
    "start_date": QT_TRANSLATE_NOOP("SyncConflicts", "Start date"),
    "status": QT_TRANSLATE_NOOP("SyncConflicts", "Status"),
    "strategy": QT_TRANSLATE_NOOP("SyncConflicts", "Strategy"),
    "summary": QT_TRANSLATE_NOOP("SyncConflicts", "Summary"),
    "tags": QT_TRANSLATE_NOOP("SyncConflicts", "Tags"),
    "target": QT_TRANSLATE_NOOP("SyncConflicts", "Target"),
    "target_id": QT_TRANSLATE_NOOP("SyncConflicts", "Target"),
    "text": QT_TRANSLATE_NOOP("SyncConflicts", "Text"),
    "title": QT_TRANSLATE_NOOP("SyncConflicts", "Title"),
    "to_id": QT_TRANSLATE_NOOP("SyncConflicts", "To"),
    "translation": QT_TRANSLATE_NOOP("SyncConflicts", "Translation"),
    "url": QT_TRANSLATE_NOOP("SyncConflicts", "Web address"),
    "women_led": QT_TRANSLATE_NOOP("SyncConflicts", "Women-led"),
}
KIND_NAMES = {  # one record of each kind the engine syncs
    "campaign": QT_TRANSLATE_NOOP("SyncConflicts", "Campaign"),
    "stakeholder": QT_TRANSLATE_NOOP("SyncConflicts", "Stakeholder"),
    "ask": QT_TRANSLATE_NOOP("SyncConflicts", "Ask"),
    "campaign_stakeholder": QT_TRANSLATE_NOOP("SyncConflicts", "Campaign partner"),
    "relationship": QT_TRANSLATE_NOOP("SyncConflicts", "Relationship"),
    "milestone": QT_TRANSLATE_NOOP("SyncConflicts", "Milestone"),
    "interaction": QT_TRANSLATE_NOOP("SyncConflicts", "Engagement"),
    "quote": QT_TRANSLATE_NOOP("SyncConflicts", "Quote"),
    "vote_position": QT_TRANSLATE_NOOP("SyncConflicts", "Vote position"),
    "sign_on": QT_TRANSLATE_NOOP("SyncConflicts", "Sign-on"),
    "signature": QT_TRANSLATE_NOOP("SyncConflicts", "Signature"),
    "stance_change": QT_TRANSLATE_NOOP("SyncConflicts", "Stance change"),
}


tr = translator("SyncConflicts")


def record_text(item: Listed) -> str:
    """'Campaign: Water rights' in the interface language. The planner's label is
    "kind 'name'" in English; the name is its quoted part."""
    kind = item.conflict.kind
    label = item.label
    name = label.split(" '", 1)[1][:-1] if " '" in label and label.endswith("'") else ""
    named = tr(KIND_NAMES[kind]) if kind in KIND_NAMES else label
    return display.line(f"{named}: {name}" if name else named)


def value_text(field: str, value: Any) -> str:
    """A field's value as the user reads it (the full value is the cell's tooltip)."""
    if field == DELETED:
        return tr("Deleted") if value else tr("Kept (not deleted)")
    if value is None or value == "" or value == []:
        return tr("(empty)")
    if isinstance(value, bool):
        return tr("Yes") if value else tr("No")
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, (dict, float)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def field_text(field: str) -> str:
    if field == DELETED:
        return tr("Deleted or kept")
    if field in FIELD_NAMES:
        return tr(FIELD_NAMES[field])
    return field.replace("_", " ").capitalize()


def when_text(at: str) -> str:
    try:
        moment = dt.datetime.fromisoformat(at.replace("Z", "+00:00"))
    except ValueError:
        return at or tr("unknown time")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return display.moment_text(moment)


def side_text(field: str, value: Any, by: str, at: str) -> str:
    shown = value_text(field, value)
    if len(shown) > 90:
        shown = shown[:89] + "…"
    who = tr("{who}, {when}").format(
        who=by if by and by != "unknown" else tr("someone"), when=when_text(at)
    )
    return display.line(shown) + "\n" + display.line(who)


class SyncConflictsDialog(QDialog):
    """The open conflicts; ``resolved(n)`` after Apply resolved ``n`` of them."""

    resolved = Signal(int)

    def __init__(self, ctx: WorkspaceContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setMinimumSize(960, 420)
        self.listed: list[Listed] = list_conflicts(ctx.ws)
        bundles = sum(1 for item in self.listed if item.from_bundle)
        self.others = (
            "server" if not bundles else "bundle" if bundles == len(self.listed) else "mixed"
        )
        self.setWindowTitle(
            tr("Review sync conflicts") if self.others == "server" else tr("Review conflicts")
        )
        outer = dialog_frame(self, tr("Changed on both sides"), self._intro())
        self.table = QTableWidget(len(self.listed), len(COLUMNS))
        theirs = {"server": tr("Server's"), "bundle": tr("Bundle's"), "mixed": tr("Theirs")}
        self.table.setHorizontalHeaderLabels(
            [tr("Record"), tr("Field"), tr("Mine"), theirs[self.others], tr("Keep")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.choices: list[QComboBox] = []
        self.settled: set[str] = set()  # resolved here (by an Apply that may have stopped)
        self.closed: set[str] = set()  # no longer open: resolved here or elsewhere meanwhile
        for row, item in enumerate(self.listed):
            c = item.conflict
            self._cell(row, 0, record_text(item), c.record_id)
            self._cell(row, 1, field_text(c.field))
            self._cell(
                row,
                2,
                side_text(c.field, c.local_value, c.local.by, c.local.at),
                value_text(c.field, c.local_value),
            )
            by = tr("the bundle from {name}").format(name=item.peer) if item.from_bundle else ""
            self._cell(
                row,
                3,
                side_text(c.field, c.server_value, by or c.server.by, c.server.at),
                value_text(c.field, c.server_value),
            )
            combo = QComboBox()
            combo.addItem(tr("Choose…"), UNDECIDED)
            combo.addItem(tr("Mine"), MINE)
            combo.addItem(tr("The bundle's") if item.from_bundle else tr("Server's"), SERVERS)
            combo.setAccessibleName(tr("Keep for {record}").format(record=record_text(item)))
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i: self._update())
            holder = QWidget()  # the combo at the top of its cell, not stretched to the row
            box = QVBoxLayout(holder)
            box.setContentsMargins(6, 4, 6, 4)
            box.addWidget(combo)
            self.table.setCellWidget(row, 4, holder)
            self.choices.append(combo)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(0, 240)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Fixed)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self._fit_rows())
        outer.addWidget(self.table, 1)
        self.error = error_line(outer)

        row_box = QHBoxLayout()
        self.all_mine = QPushButton(tr("Keep all mine"))
        self.all_mine.clicked.connect(lambda: self.choose_all(MINE))
        self.all_server = QPushButton(
            {
                "server": tr("Keep all server's"),
                "bundle": tr("Keep all the bundle's"),
                "mixed": tr("Keep all theirs"),
            }[self.others]
        )
        self.all_server.clicked.connect(lambda: self.choose_all(SERVERS))
        row_box.addWidget(self.all_mine)
        row_box.addWidget(self.all_server)
        row_box.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.addButton(
            tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.apply_button.setObjectName("primary")
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        row_box.addWidget(self.buttons)
        outer.addLayout(row_box)
        self._update()

    def _intro(self) -> str:
        if self.others == "server":
            return tr(
                "You and a colleague changed these fields differently since the last sync. "
                "Choose which value to keep for each; nothing changes until you click Apply. "
                "Your choices reach the server at the next sync."
            )
        if self.others == "bundle":
            names = sorted({item.peer for item in self.listed if item.peer})
            return tr(
                "These fields were changed differently here and on the other laptop whose "
                "bundle you imported ({names}). Choose which value to keep for each; nothing "
                "changes until you click Apply. Your choices reach the other laptop with the "
                "next bundle you send it."
            ).format(names=", ".join(names))
        return tr(
            "These fields were changed differently here and on the server or another "
            "laptop whose bundle you imported. Choose which value to keep for each; nothing "
            "changes until you click Apply. Your choices reach them at the next sync or "
            "with the next bundle you send."
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_rows()

    def _fit_rows(self) -> None:
        """Rows as tall as their wrapped text at the columns' real widths (known once shown),
        and the Keep column as wide as the widest choice in this language."""
        if self.choices:
            widest = max(
                self.table.cellWidget(r, 4).sizeHint().width() for r in range(len(self.choices))
            )
            if self.table.columnWidth(4) != widest + 28:
                self.table.setColumnWidth(4, widest + 28)
        self.table.resizeRowsToContents()
        for row in range(self.table.rowCount()):  # air between conflicts
            self.table.setRowHeight(row, self.table.rowHeight(row) + 14)

    def _cell(self, row: int, col: int, text: str, tip: str = "") -> None:
        item = QTableWidgetItem(text)
        item.setTextAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        if tip:
            item.setToolTip(tip)
        self.table.setItem(row, col, item)

    def choose(self, row: int, prefer: str) -> None:
        combo = self.choices[row]
        combo.setCurrentIndex(combo.findData(prefer))

    def choose_all(self, prefer: str) -> None:
        for row in range(len(self.choices)):
            self.choose(row, prefer)

    def chosen(self) -> list[tuple[Listed, str]]:
        return [
            (item, str(combo.currentData()))
            for item, combo in zip(self.listed, self.choices, strict=True)
            if combo.currentData() != UNDECIDED and item.conflict.id not in self.closed
        ]

    def _update(self) -> None:
        n = len(self.chosen())
        self.apply_button.setEnabled(n > 0)
        self.apply_button.setText(
            display.plural("SyncConflicts", "Apply %n choices", n, "Apply %n choice")
            if n
            else tr("Apply")
        )
        self.all_mine.setEnabled(bool(self.listed))
        self.all_server.setEnabled(bool(self.listed))

    def apply(self) -> None:
        """Resolve each chosen conflict; stop at the first refusal and say it."""
        done = 0
        try:
            for item, prefer in self.chosen():
                resolve(self.ctx.ws, prefer, item.conflict.id)
                done += 1
                self.settled.add(item.conflict.id)
                self.closed.add(item.conflict.id)
                self.choices[self.listed.index(item)].setEnabled(False)  # resolved: no retry
        except (WorkspaceError, ValidationError, LookupError) as exc:
            self.error.setText(str(exc))
            self.error.show()
            still_open = {c.conflict.id for c in list_conflicts(self.ctx.ws)}
            for row, item in enumerate(self.listed):  # gone meanwhile: nothing left to choose
                if item.conflict.id not in still_open:
                    self.closed.add(item.conflict.id)
                    self.choices[row].setEnabled(False)
            self._update()
            return
        finally:
            if done:
                self.ctx.bus.everything()
        self.accept()
        self.resolved.emit(len(self.settled))
