"""History: who changed what and when, for a campaign (a tab) or a stakeholder (a dialog).

Reads ``planner.services.record_history`` (the audit trail gathered for a campaign or a
stakeholder) in the background, newest first: when, who, which record, field, old → new.
Shares of closed and public documents show too. *Export audit…* writes what is listed
to CSV.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.services import record_history
from planner.services.record_history import HistoryRow
from planner.storage.workspace import Workspace
from ui import operations
from ui.context import WorkspaceContext
from ui.dialogs.audience_choice import export_folder, file_stem, remember_folder
from ui.display import date_text, label, line, marking, stance_text
from ui.models.columns import Column
from ui.models.record_table import RecordTableModel
from ui.pages.base import ReloadsWhenShown, TableOrEmpty, make_table, setup_columns
from ui.pages.campaign_workspace import register_tab
from ui.translation import translator

tr = translator("History")


# Every field of the services' SPECs, as the history names it (translated when shown).
FIELD_LABELS = {
    "achieved_on": "Achieved on",
    "actual": "Actual vote",
    "campaign_id": "Campaign",
    "category": "Category",
    "channel": "Channel",
    "confidence": "Confidence",
    "consent_note": "Consent note",
    "context": "Context",
    "country": "Country",
    "date": "Date",
    "depends_on": "Depends on",
    "description": "Description",
    "email": "Email",
    "end_date": "End date",
    "expected": "Expected vote",
    "follow_up_date": "Follow-up date",
    "from_id": "From",
    "influence": "Influence",
    "interest": "Interest",
    "is_local": "Local actor",
    "kind": "Kind",
    "language": "Language",
    "languages": "Languages",
    "lead": "Lead",
    "location": "Location",
    "milestone_id": "Milestone",
    "name": "Name",
    "name_consent": "Consent",
    "next_step": "Next step",
    "note": "Note",
    "notes": "Notes",
    "objective": "Objective",
    "organisation_id": "Organisation",
    "outcome": "Outcome",
    "owner": "Owner",
    "phone": "Phone",
    "priority": "Priority",
    "role": "Role",
    "sensitivity": "Sensitivity",
    "source": "Source",
    "stakeholder_id": "Stakeholder",
    "stakeholder_ids": "People",
    "stance": "Stance",
    "start_date": "Start date",
    "status": "Status",
    "strategy": "Strategy",
    "summary": "Summary",
    "tags": "Tags",
    "target": "Target",
    "target_id": "Target stakeholder",
    "text": "Text",
    "title": "Title",
    "to_id": "To",
    "translation": "Translation",
    "women_led": "Women-led",
}
ACTION_WORDS = {
    "create": "Created",
    "delete": "Deleted",
    "restore": "Restored",
    "purge": "Removed for good",
    "grant": "Member added",  # a team member put on the campaign
    "revoke": "Member removed",  # taken off it
}


def when_text(moment: dt.datetime) -> str:
    """An audit timestamp in local time: '12 Mar 2026 14:05'."""
    local = moment.astimezone()
    return f"{date_text(local.date())} {local:%H:%M}"


def field_text(entry: Any) -> str:
    if entry.action == "update" and entry.field:
        if entry.field in FIELD_LABELS:
            return tr(FIELD_LABELS[entry.field])
        name = entry.field.replace("_", " ")
        return name[:1].upper() + name[1:]
    if entry.action == "share":
        return tr("Shared")
    return tr(ACTION_WORDS.get(entry.action, entry.action.title()))


def value_text(field: str | None, value: Any) -> str:
    """A stored value as a person reads it: stance words, enum labels, lists joined."""
    if value is None or value == "":
        return tr("(empty)")
    if field == "stance" and isinstance(value, int):
        return stance_text(value)
    if field == "stakeholder_ids" and isinstance(value, list):
        return tr("{n} people").format(n=len(value))
    if isinstance(value, list):
        return ", ".join(str(x) for x in value) or tr("(empty)")
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, str):
        if field in ("status", "role", "kind", "category", "channel", "sensitivity"):
            return label(value)
        return value
    return json.dumps(value, ensure_ascii=False)


def old_text(entry: Any) -> str:
    if entry.action == "revoke":  # the member taken off the campaign
        return str(entry.old)
    return value_text(entry.field, entry.old) if entry.action == "update" else ""


def new_text(entry: Any) -> str:
    if entry.action == "update":
        return value_text(entry.field, entry.new)
    if entry.action == "grant":  # the member put on the campaign
        return str(entry.new)
    if entry.action == "share":
        audience = str(entry.new)
        where = Path(entry.note).name if entry.note and entry.note != "printed" else entry.note
        return line(f"{marking(audience)} · {where or ''}".rstrip(" ·"))
    return ""


def _old_of(row: HistoryRow) -> str:
    return old_text(row.entry)


def _new_of(row: HistoryRow) -> str:
    return new_text(row.entry)


COLUMNS = [
    Column("when", "When", lambda r: when_text(r.entry.at), lambda r: r.entry.id, width=140),
    Column("who", "Who", lambda r: r.entry.user, width=110),
    Column(
        "what", "Record", lambda r: r.subject, tooltip=lambda r: r.subject, width=300, flexible=True
    ),
    Column("field", "Field", lambda r: field_text(r.entry), width=120),
    # the values may be long: each one's tooltip shows it whole
    Column("old", "Old", _old_of, tooltip=_old_of, width=170, flexible=True),
    Column("new", "New", _new_of, tooltip=_new_of, width=220, flexible=True),
]


class HistoryView(ReloadsWhenShown):
    """The history list with a filter box and *Export audit…*; reloads on any change
    (``kinds`` left empty: every change writes the audit trail, so any may belong here)."""

    def __init__(
        self,
        ctx: WorkspaceContext,
        loader: Callable[[Workspace], list[HistoryRow]],
        export_name: str,
        empty_text: str,
    ) -> None:
        super().__init__()
        self.ctx = ctx
        self.loader = loader
        self.export_name = export_name
        self.rows: list[HistoryRow] = []
        self.loaded = False
        self._stale = True
        self._loading = False
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 12, 0, 0)
        bar = QHBoxLayout()
        self.count = QLabel()
        self.count.setObjectName("countLabel")
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter by record, field, person or value…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(lambda _t: self._show())
        self.export_button = QPushButton(tr("Export audit…"))
        self.export_button.clicked.connect(self.export)
        bar.addWidget(self.count, 1)
        bar.addWidget(self.filter, 2)
        bar.addWidget(self.export_button)
        box.addLayout(bar)
        self.model = RecordTableModel(COLUMNS, self)
        self.table = make_table()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(False)  # newest first is the order that matters
        setup_columns(self.table, COLUMNS, "history")
        self.stack = TableOrEmpty(self.table, empty_text)
        box.addWidget(self.stack, 1)
        ctx.bus.changed.connect(self._on_changes)

    def refresh(self) -> None:
        self._stale = False
        if self._loading:
            self._stale = True
            return
        self._loading = True
        ws, loader = self.ctx.ws, self.loader
        operations.run_in_background(
            lambda _p: loader(ws), on_success=self._loaded, on_failure=self._failed, owner=self
        )

    def _loaded(self, rows: list[HistoryRow]) -> None:
        self._loading = False
        self.rows = rows
        self.loaded = True
        self._show()
        if self._stale and self.isVisible():
            self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self._loading = False
        self.count.setText(tr("Cannot read the history: {e}").format(e=exc))

    def visible_rows(self) -> list[HistoryRow]:
        words = self.filter.text().casefold().split()
        if not words:
            return self.rows
        out = []
        for row in self.rows:
            hay = " ".join(
                (
                    row.subject,
                    row.entry.user,
                    field_text(row.entry),
                    old_text(row.entry),
                    new_text(row.entry),
                )
            ).casefold()
            if all(w in hay for w in words):
                out.append(row)
        return out

    def _show(self) -> None:
        rows = self.visible_rows()
        self.model.set_rows(rows)
        if len(rows) == len(self.rows):
            self.count.setText(tr("{n} changes").format(n=f"{len(rows):,}"))
        else:
            self.count.setText(
                tr("{n} of {t} changes").format(n=f"{len(rows):,}", t=f"{len(self.rows):,}")
            )
        self.stack.update_state(len(rows))
        self.export_button.setEnabled(bool(rows))

    def export(self, path: Path | None = None) -> Path | None:
        """Write the listed changes to CSV (asks where unless ``path`` is given)."""
        if path is None:
            stamp = dt.date.today().isoformat()
            suggested = export_folder() / f"{file_stem(self.export_name)}-history-{stamp}.csv"
            name, _ = QFileDialog.getSaveFileName(
                self, tr("Export audit"), str(suggested), tr("CSV file (*.csv)")
            )
            if not name:
                return None
            path = Path(name if name.lower().endswith(".csv") else name + ".csv")
        try:
            count = record_history.export_history(self.visible_rows(), path)
        except OSError as exc:
            QMessageBox.warning(self, tr("Export audit"), str(exc))
            return None
        remember_folder(path)
        window = self.window()
        bar = getattr(window, "statusBar", None)
        if callable(bar):
            bar().showMessage(tr("Wrote {n} changes to {p}").format(n=count, p=path), 8000)
        return path


def campaign_history_tab(ctx: WorkspaceContext, campaign_id: str) -> HistoryView:
    from planner.services import campaigns
    from planner.services.entity import NotFound

    try:
        name = campaigns.get(ctx.ws, campaign_id).name
    except NotFound:  # a deleted campaign still has a history
        name = "campaign"
    return HistoryView(
        ctx,
        lambda ws: record_history.campaign_history(ws, campaign_id),
        name,
        tr("No changes recorded yet. Every edit to this campaign will be listed here."),
    )


class HistoryDialog(QDialog):
    """A history list in a window of its own: one stakeholder's, or the whole workspace's."""

    def __init__(
        self,
        ctx: WorkspaceContext,
        title: str,
        loader: Callable[[Workspace], list[HistoryRow]],
        export_name: str,
        empty_text: str,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(1040, 560)
        box = QVBoxLayout(self)
        box.setContentsMargins(22, 18, 22, 14)
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        box.addWidget(heading)
        self.view = HistoryView(ctx, loader, export_name, empty_text)
        box.addWidget(self.view, 1)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.accept)
        box.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)


class StakeholderHistoryDialog(HistoryDialog):
    """A stakeholder's history: their record, their place in each campaign, their quotes."""

    def __init__(self, ctx: WorkspaceContext, stakeholder_id: str, parent: QWidget | None) -> None:
        from planner.services import stakeholders

        name = stakeholders.get(ctx.ws, stakeholder_id, deleted=True).name
        super().__init__(
            ctx,
            tr("History of {name}").format(name=name),
            lambda ws: record_history.stakeholder_history(ws, stakeholder_id),
            name,
            tr("No changes recorded for {name} yet.").format(name=name),
            parent,
        )
        self.setWindowTitle(tr("History — {name}").format(name=name))


def show_workspace_history(ctx: WorkspaceContext, parent: QWidget | None) -> HistoryDialog:
    """Who changed what and when, across the workspace (Ctrl+H with nothing selected)."""
    dialog = HistoryDialog(
        ctx,
        tr("Recent changes in this workspace"),
        record_history.workspace_history,
        "workspace",
        tr("No changes recorded yet. Every edit will be listed here."),
        parent,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def show_stakeholder_history(
    ctx: WorkspaceContext, stakeholder_id: str, parent: QWidget | None
) -> StakeholderHistoryDialog:
    dialog = StakeholderHistoryDialog(ctx, stakeholder_id, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


register_tab("history", "History", campaign_history_tab)
