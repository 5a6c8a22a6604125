"""Settings ▸ Team…: who may log in to a team server, and which campaigns each one sees.

Thin over ``planner.team.members``: the server's row-level security does the enforcing,
this dialog only lists the members and forwards an admin's intent (add, remove, put on
or take off a campaign). Every call reaches the server, so it runs off the UI thread
(``ui.operations``) and the dialog shows it is busy meanwhile; what the server or the
rules refuse is shown under the list, with nothing changed. A login that may not manage
the team sees the list with the buttons disabled and says why.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.domain.records import CampaignRecord
from planner.domain.validation import ValidationError
from planner.services import campaigns
from planner.storage.workspace import Workspace
from planner.team import members
from ui import operations
from ui.dialogs.layout import error_line, hint_line
from ui.translation import translator

CAMPAIGN_ROLE = Qt.ItemDataRole.UserRole + 1


tr = translator("Team")


def problem_text(exc: BaseException) -> str:
    """What to show for a failed call: the rules' and the server's own words where they
    are meant for a user, else that the server could not be reached."""
    if isinstance(exc, ValidationError | members.NotAllowed | members.NotATeamServer):
        return str(exc)
    return tr("The server did not answer ({error}). Nothing was changed.").format(
        error=str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    )


class RowDelegate(QStyledItemDelegate):
    """Cells without the current cell's focus frame: rows are chosen whole, and the frame
    made the member's name look like a field open for editing."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        plain = QStyleOptionViewItem(option)
        plain.state &= ~QStyle.StateFlag.State_HasFocus  # type: ignore[operator]
        super().paint(painter, plain, index)


@dataclass(frozen=True)
class TeamState:
    """One read of the server: the members, every campaign, and whether we may manage."""

    members: list[members.Member]
    campaigns: list[CampaignRecord]
    may_manage: bool


def read_team(ws: Workspace) -> TeamState:
    return TeamState(members.members(ws), campaigns.list_campaigns(ws), members.may_manage(ws))


class AddMemberDialog(QDialog):
    """Name, password twice, admin or not; checked here, then added in the background
    with the dialog kept open, so a refused name can be corrected without retyping all."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(tr("Add a team member"))
        self.setModal(True)
        self.setMinimumWidth(420)
        self.added: str | None = None
        outer = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "They log in with this name and password. Give them the password in "
                "person or by another channel than the server's address."
            )
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("lower-case letters, digits, _ . -"))
        self.name.setMaxLength(63)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.again = QLineEdit()
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.admin = QCheckBox(tr("A&dmin: sees every campaign and manages the team"))
        for text, field in (
            (tr("&Name"), self.name),
            (tr("&Password"), self.password),
            (tr("Password a&gain"), self.again),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", ""))
            form.addRow(label, field)
        form.addRow("", self.admin)
        outer.addLayout(form)
        self.error = error_line(outer)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.add_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.add_button.setText(tr("&Add"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.name.setFocus()

    def show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(True)
        self.add_button.setEnabled(True)
        self.adjustSize()  # room for the message, without squeezing the fields

    def accept(self) -> None:
        name = self.name.text().strip()
        try:
            members.check_name(name)
        except ValidationError as exc:
            self.show_problem(str(exc))
            self.name.setFocus()
            return
        if not self.password.text():
            self.show_problem(tr("Give them a password."))
            self.password.setFocus()
            return
        if self.password.text() != self.again.text():
            self.show_problem(tr("The two passwords differ. Type the same password twice."))
            self.again.clear()
            self.again.setFocus()
            return
        password, admin = self.password.text(), self.admin.isChecked()
        self.add_button.setEnabled(False)
        self.error.setText(tr("Adding {name}…").format(name=name))
        self.error.setVisible(True)

        def done(_result: object) -> None:
            self.added = name
            QDialog.accept(self)

        operations.run_in_background(
            lambda _p: members.add_member(self.ws, name, password, admin=admin),
            on_success=done,
            on_failure=lambda exc: self.show_problem(problem_text(exc)),
            owner=self,
        )


class TeamDialog(QDialog):
    """The members of a team server, each with their campaigns."""

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.state: TeamState | None = None
        self.add_dialog: AddMemberDialog | None = None
        self.setWindowTitle(tr("Team"))
        self.setModal(True)
        self.resize(760, 460)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(22, 18, 22, 14)
        outer.setSpacing(10)
        intro = QLabel(
            tr(
                "Each colleague logs in to {workspace} with their own name and password and "
                "sees only the campaigns they are on; admins see every campaign. The "
                "server enforces it, for the app and for any other program."
            ).format(workspace=ws.name)
        )
        intro.setWordWrap(True)
        outer.addWidget(intro)

        row = QHBoxLayout()
        left = QVBoxLayout()
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Member"), tr("Admin"), tr("Campaigns")])
        self.table.setAccessibleName(tr("Team members"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setItemDelegate(RowDelegate(self.table))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._show_campaigns)
        left.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("&Add member…"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_member)
        self.remove_button = QPushButton(tr("&Remove…"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_member)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        row.addLayout(left, 1)

        self.campaign_box = QGroupBox(tr("Campaigns"))
        box = QVBoxLayout(self.campaign_box)
        self.campaign_hint = hint_line(box)
        self.campaign_list = QListWidget()
        self.campaign_list.setAccessibleName(tr("Campaigns of the selected member"))
        self.campaign_list.setWordWrap(True)  # long campaign names wrap, never scroll sideways
        self.campaign_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.campaign_list.itemChanged.connect(self._campaign_ticked)
        box.addWidget(self.campaign_list, 1)
        row.addWidget(self.campaign_box, 1)
        outer.addLayout(row, 1)

        self.status = hint_line(outer)
        self.error = error_line(outer)
        self.error.setAccessibleName(tr("Problem"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        outer.addWidget(close)
        self._busy = False
        self.reload()

    # -- reading ---------------------------------------------------------------------
    def selected_name(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return item.text() if item is not None else None

    def _member(self, name: str | None) -> members.Member | None:
        if self.state is None or name is None:
            return None
        return next((m for m in self.state.members if m.name == name), None)

    def reload(self, select: str | None = None) -> None:
        """Read the team again, keeping (or moving to) the selected member."""
        keep = select or self.selected_name()
        self._run(
            tr("Reading the team…"),
            lambda: read_team(self.ws),
            lambda state: self._show(state, keep),
        )

    def _show(self, state: TeamState, select: str | None) -> None:
        self.state = state
        self.table.setRowCount(len(state.members))
        for row, member in enumerate(state.members):
            campaigns_text = ", ".join(member.campaigns) if not member.admin else tr("All")
            for col, text in enumerate((member.name, tr("Admin") if member.admin else "")):
                self.table.setItem(row, col, QTableWidgetItem(text))
            cell = QTableWidgetItem(campaigns_text or "—")
            cell.setToolTip("\n".join(member.campaigns))  # the whole list, when cut short
            self.table.setItem(row, 2, cell)
        names = [m.name for m in state.members]
        if names:
            # setCurrentCell, not selectRow: right to left (Arabic), Qt 6's selectRow
            # selects nothing, and the campaigns pane stayed empty
            self.table.setCurrentCell(names.index(select) if select in names else 0, 0)
        self._show_campaigns()
        if not state.members:
            self.status.setText(tr("No members yet: add one, then put them on campaigns."))
        elif not state.may_manage:
            self.status.setText(tr("Only an admin can change the team; you can see it."))
        else:
            self.status.setText("")
        self._enable()

    def _show_campaigns(self) -> None:
        member = self._member(self.selected_name())
        self.campaign_list.blockSignals(True)
        self.campaign_list.clear()
        if member is None or self.state is None:
            self.campaign_box.setTitle(tr("Campaigns"))
            self.campaign_hint.setText(tr("Choose a member to see their campaigns."))
        else:
            self.campaign_box.setTitle(tr("Campaigns of {name}").format(name=member.name))
            self.campaign_hint.setText(
                tr("An admin sees every campaign.")
                if member.admin
                else tr("Tick the campaigns they may see and edit.")
            )
            for campaign in self.state.campaigns:
                item = QListWidgetItem(campaign.name)
                item.setData(CAMPAIGN_ROLE, campaign.id)
                on = member.admin or campaign.name in member.campaigns
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                self.campaign_list.addItem(item)
        self.campaign_list.blockSignals(False)
        self._enable()

    def _enable(self) -> None:
        member = self._member(self.selected_name())
        manage = self.state is not None and self.state.may_manage and not self._busy
        self.add_button.setEnabled(manage)
        self.remove_button.setEnabled(manage and member is not None)
        self.campaign_list.setEnabled(manage and member is not None and not member.admin)

    # -- changing --------------------------------------------------------------------
    def _run(
        self, busy: str, work: Callable[[], Any], done: Callable[[Any], None] | None = None
    ) -> None:
        """Run ``work`` off the UI thread; show ``busy`` meanwhile and a refusal after."""
        self._busy = True
        self._enable()
        self.status.setText(busy)
        self.error.setVisible(False)

        def succeeded(result: Any) -> None:
            self._busy = False
            if done is not None:
                done(result)
            self._enable()

        def failed(exc: BaseException) -> None:
            self._busy = False
            self.status.setText("")
            self.error.setText(problem_text(exc))
            self.error.setVisible(True)
            if self.state is not None:
                self._show_campaigns()  # the ticks back as they are on the server
            self._enable()

        operations.run_in_background(
            lambda _p: work(), on_success=succeeded, on_failure=failed, owner=self
        )

    def _campaign_ticked(self, item: QListWidgetItem) -> None:
        name = self.selected_name()
        if name is None or self._busy:
            return
        campaign = str(item.data(CAMPAIGN_ROLE))
        title = item.text()
        if item.checkState() == Qt.CheckState.Checked:
            self._run(
                tr("Putting {name} on {campaign}…").format(name=name, campaign=title),
                lambda: members.grant(self.ws, name, campaign),
                lambda _r: self.reload(name),
            )
        else:
            self._run(
                tr("Taking {name} off {campaign}…").format(name=name, campaign=title),
                lambda: members.revoke(self.ws, name, campaign),
                lambda _r: self.reload(name),
            )

    def add_member(self) -> AddMemberDialog:
        dialog = AddMemberDialog(self.ws, self)
        self.add_dialog = dialog

        def finished(result: int) -> None:
            if result and dialog.added is not None:
                self.reload(dialog.added)

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def confirm_removal(self, name: str) -> bool:
        """Asked before removing; a test answers it by replacing this method."""
        answer = QMessageBox.question(
            self,
            tr("Remove a team member"),
            tr(
                "Remove {name} from the team? They will no longer be able to log in to "
                "this server. The campaigns and everything in them stay."
            ).format(name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def remove_member(self) -> None:
        name = self.selected_name()
        if name is None or not self.confirm_removal(name):
            return
        self._run(
            tr("Removing {name}…").format(name=name),
            lambda: members.remove_member(self.ws, name),
            lambda _r: self.reload(),
        )


def is_team_server(ws: Workspace | None) -> bool:
    """The Team dialog is for a workspace on a server; a file is one person's."""
    return ws is not None and not ws.backend.local_file
