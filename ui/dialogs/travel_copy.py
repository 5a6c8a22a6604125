"""Carry on this laptop…: the campaigns a travel copy holds, and for which audience.

The setting and its checks are ``planner.sync.travel``: this dialog lists the campaigns
(by name, checkboxes), the audience (the full internal view, closed or public) and
saves; a narrowing that would drop edits not yet synced is refused there, with the
records named, and nothing changes. The next sync applies it.

With a team server set (the one typed in the Sync dialog, else the one this workspace
last synced with), the list is the campaigns that server shows this member, read in the
background, so a campaign not on the laptop yet can be chosen before travelling; until
the server answers, or when it cannot be reached, the campaigns on this laptop are
listed, and the dialog says so.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from planner.storage.errors import WorkspaceError
from planner.storage.workspace import Workspace
from planner.sync.travel import (
    NEW_HERE,
    NOT_SHOWN,
    Choice,
    Travel,
    choices,
    server_campaigns,
    set_travel,
    travel_of,
)
from ui import operations
from ui.dialogs.layout import (
    action_buttons,
    dialog_frame,
    error_line,
    hint_line,
    options_form,
    show_error,
)
from ui.dialogs.sync_dialog import address, error_text
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

    def __init__(self, ws: Workspace, parent: QWidget | None = None, server_url: str = "") -> None:
        super().__init__(parent)
        self.ws = ws
        self.server_url = server_url
        self.leaving: list[str] = []
        self.from_server = False  # whether the list is the server's campaigns
        self.server_name = ""
        self.reading: operations.Operation | None = None  # asking the server
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
        self.source = QLabel()
        self.source.setObjectName("fieldHint")
        self.source.setWordWrap(True)
        outer.addWidget(self.source)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Campaigns to carry"))
        self.list.setMinimumHeight(120)
        self._fill(choices(ws, None), set(current.campaign_ids) if current else set())
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
        self.status = QLabel(tr("Checking what this laptop keeps and what leaves it…"))
        self.status.setObjectName("fieldHint")
        self.status.hide()
        outer.addWidget(self.status)
        self.saving: operations.Operation | None = None  # the choice being checked and saved
        self.buttons = action_buttons(self, outer, tr("Save"), self.save)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.only.toggled.connect(self._enable)
        self.list.itemChanged.connect(lambda _item: self.error.hide())
        self.audience.currentIndexChanged.connect(lambda _i: self.error.hide())
        self._enable(self.only.isChecked())
        if server_url:
            self._ask_server(server_url)
        else:
            self.source.setText(
                tr(
                    "No team server is set for this workspace yet, so only the campaigns "
                    "already on this laptop are listed. Sync once to choose among all the "
                    "campaigns the server shows you."
                )
            )

    def _ask_server(self, url: str) -> None:
        where = address(url)
        self.server_name = where.database or where.host
        self.source.setText(
            tr(
                "Asking {server} which campaigns you may carry… Meanwhile, the campaigns "
                "already on this laptop are listed."
            ).format(server=self.server_name)
        )
        self.reading = operations.run_in_background(
            lambda _progress: server_campaigns(url),
            on_success=self._listed,
            on_failure=self._unreachable,
            owner=self,
        )

    def _listed(self, shown: object) -> None:
        assert isinstance(shown, dict)
        self.reading = None
        self.from_server = True
        self._fill(choices(self.ws, shown), set(self.chosen()))
        self.source.setText(
            tr(
                "The campaigns {server} shows you, including those not on this laptop yet: "
                "the next sync brings down the ones you tick."
            ).format(server=self.server_name)
        )

    def _unreachable(self, exc: BaseException) -> None:
        self.reading = None
        self.source.setText(
            tr(
                "Offline: {server} could not be reached ({why}). Only the campaigns already "
                "on this laptop are listed; your choice is kept all the same."
            ).format(server=self.server_name, why=error_text(exc).rstrip("."))
        )

    def _fill(self, offered: list[Choice], ticked: set[str]) -> None:
        """List ``offered``, ticking ``ticked`` (the saved choice, or the ticks so far)."""
        self.list.blockSignals(True)
        self.list.clear()
        for choice in offered:
            item = QListWidgetItem(self._label(choice))
            item.setData(Qt.ItemDataRole.UserRole, choice.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if choice.id in ticked else Qt.CheckState.Unchecked
            )
            self.list.addItem(item)
        self.list.blockSignals(False)

    def _label(self, choice: Choice) -> str:
        if choice.where == NEW_HERE:
            return tr("{name} (new on this laptop: the next sync sends it)").format(
                name=choice.name
            )
        if choice.where == NOT_SHOWN:
            if not self.from_server:
                return tr("(not on this laptop yet: {id})").format(id=choice.id[:8])
            return tr("{name} (the server no longer shows it to you)").format(
                name=choice.name or choice.id[:8]
            )
        return choice.name

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
        """Check and save the choice in the background: the check reads every record and,
        for an audience, redacts what stays, which takes seconds on a big workspace.
        Meanwhile the dialog says so and takes no other choice; a refusal comes back to
        it with nothing changed."""
        if self.saving is not None:
            return
        setting = self.setting()
        if setting is not None and not setting.campaign_ids:
            show_error(self.error, tr("Tick at least one campaign, or untick “Carry only”."))
            return
        self.error.hide()
        self._busy(True)
        self.saving = operations.run_in_background(
            lambda _progress: set_travel(self.ws, setting),
            on_success=self._saved,
            on_failure=self._refused,
            owner=self,
        )

    def reject(self) -> None:
        """Cancel closes the dialog, but not while a choice is being saved: the save
        finishes either way, and the user must see whether it was refused."""
        if self.saving is None:
            super().reject()

    def _busy(self, on: bool) -> None:
        self.only.setEnabled(not on)
        self._enable(not on and self.only.isChecked())
        for button in self.buttons.buttons():
            button.setEnabled(not on)
        self.status.setVisible(on)

    def _saved(self, leaving: object) -> None:
        assert isinstance(leaving, list)
        self.saving = None
        self._busy(False)
        self.leaving = [str(x) for x in leaving]
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.saving = None
        self._busy(False)
        if not isinstance(exc, WorkspaceError):
            raise exc
        show_error(self.error, str(exc))
