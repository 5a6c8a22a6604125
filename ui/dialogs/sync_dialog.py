"""File ▸ Sync with server…: the server's address, the sync behind a progress dialog, the result.

The work is ``planner.sync.engine.sync``; this module only asks where the server is,
runs the sync in the pool (``ui.operations.run_in_background``) and says what happened.
Cancel is honoured at the engine's next step: each step commits on the server, then here,
and the engine is resumable, so a cancelled run leaves each side with all or none of a
step's writes and the next sync completes the rest. The password is never asked for:
libpq reads it from the pgpass file or ``PGPASSWORD``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from planner.storage.backends import is_server_url
from planner.storage.errors import WorkspaceError
from planner.storage.workspace import Workspace
from planner.sync.engine import SyncResult
from planner.sync.rows import KINDS
from ui import operations
from ui.context import WorkspaceContext
from ui.dialogs.layout import action_buttons, dialog_frame, error_line, options_form
from ui.operations import Operation, Progress
from ui.translation import QT_TRANSLATE_NOOP, translator

SERVER_KEY = "sync_server"  # the workspace info key: the last server this laptop synced with
EXAMPLE = "postgresql+psycopg://amira@db.example.org/sudan_team"

# What each kind of record is called in the summary (the engine's kinds).
KIND_NAMES = {
    "campaign": QT_TRANSLATE_NOOP("Sync", "Campaigns"),
    "stakeholder": QT_TRANSLATE_NOOP("Sync", "Stakeholders"),
    "ask": QT_TRANSLATE_NOOP("Sync", "Asks"),
    "campaign_stakeholder": QT_TRANSLATE_NOOP("Sync", "Campaign partners"),
    "relationship": QT_TRANSLATE_NOOP("Sync", "Relationships"),
    "milestone": QT_TRANSLATE_NOOP("Sync", "Milestones"),
    "interaction": QT_TRANSLATE_NOOP("Sync", "Engagements"),
    "quote": QT_TRANSLATE_NOOP("Sync", "Quotes"),
    "vote_position": QT_TRANSLATE_NOOP("Sync", "Vote positions"),
    "sign_on": QT_TRANSLATE_NOOP("Sync", "Sign-ons"),
    "signature": QT_TRANSLATE_NOOP("Sync", "Signatures"),
    "stance_change": QT_TRANSLATE_NOOP("Sync", "Stance changes"),
}


tr = translator("Sync")


def kind_name(kind: str) -> str:
    return tr(KIND_NAMES[kind]) if kind in KIND_NAMES else kind.replace("_", " ")


# --------------------------------------------------------------------------- the address


@dataclass(frozen=True)
class Address:
    """The parts of a server URL the dialogs show or check (never the password itself)."""

    host: str
    database: str
    has_password: bool


def address(url: str) -> Address:
    parts = urlsplit(url)
    return Address(
        unquote(parts.hostname or ""), unquote(parts.path.lstrip("/")), parts.password is not None
    )


def remembered_server(ws: Workspace) -> str:
    """The server this workspace last synced with (kept in the workspace itself)."""
    return ws.info(SERVER_KEY) or ""


def remember_server(ws: Workspace, url: str) -> None:
    if ws.info(SERVER_KEY) != url:
        ws.set_info(SERVER_KEY, url)


def check_server_url(text: str) -> str:
    """The address as typed, if it is a team server's URL without a password; else a
    ``ValueError`` saying what is wrong."""
    url = text.strip()
    if not url:
        raise ValueError(tr("Type the team server's address."))
    if not is_server_url(url):
        raise ValueError(
            tr(
                "{url} is not a team server address: it starts with {scheme} "
                "(for example {example})."
            ).format(url=url, scheme="postgresql+psycopg://", example=EXAMPLE)
        )
    try:
        parsed = address(url)
    except ValueError:
        raise ValueError(tr("{url} is not a valid server address.").format(url=url)) from None
    if parsed.has_password:
        raise ValueError(
            tr(
                "Leave the password out of the address: put it in your {pgpass} file "
                "(or {env}), as the user guide's team server section says."
            ).format(pgpass="pgpass", env="PGPASSWORD")
        )
    if not parsed.database:
        raise ValueError(
            tr("The address must end with the database name ({example}).").format(
                example="…/sudan_team"
            )
        )
    return url


def carried_text(ws: Workspace) -> str:
    """What this laptop is set to carry, in one line (``planner.sync.travel``)."""
    from planner.sync.travel import travel_of

    setting = travel_of(ws)
    if setting is None:
        return tr("This laptop carries every campaign the server shows you.")
    n = len(setting.campaign_ids)
    if setting.audience == "closed":
        return tr(
            "This laptop carries {n} chosen campaign(s), as a closed audience sees them."
        ).format(n=n)
    if setting.audience == "public":
        return tr("This laptop carries {n} chosen campaign(s), as the public sees them.").format(
            n=n
        )
    return tr("This laptop carries {n} chosen campaign(s), in full.").format(n=n)


class SyncServerDialog(QDialog):
    """Which server to sync with; ``url()`` once accepted. "Carry on this laptop…" asks
    for the travel setting (``carry_requested``)."""

    carry_requested = Signal()

    def __init__(self, ws: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = ws
        self.setWindowTitle(tr("Sync with server"))
        self.setMinimumWidth(620)
        outer = dialog_frame(
            self,
            tr("Sync with the team server"),
            tr(
                "Sends the changes made in this workspace since the last sync and brings "
                "back the team's. When you and a colleague changed the same field, nothing "
                "is overwritten: you choose afterwards."
            ),
        )
        form = options_form()
        self.address = QLineEdit(remembered_server(ws))
        self.address.setPlaceholderText(EXAMPLE)
        self.address.setAccessibleName(tr("Server address"))
        form.addRow(tr("Server address"), self.address)
        outer.addLayout(form)
        hint = QLabel(
            tr(
                "No password here: the app reads it from your {pgpass} file or {env}. "
                "The address is remembered for this workspace."
            ).format(pgpass="pgpass", env="PGPASSWORD")
        )
        hint.setObjectName("fieldHint")
        hint.setWordWrap(True)
        outer.addWidget(hint)
        row = QHBoxLayout()
        self.carried = QLabel(carried_text(ws))
        self.carried.setWordWrap(True)
        row.addWidget(self.carried, 1)
        self.carry_button = QPushButton(tr("Carry on this laptop…"))
        self.carry_button.clicked.connect(self.carry_requested.emit)
        row.addWidget(self.carry_button)
        outer.addLayout(row)
        self.error = error_line(outer)
        self.buttons = action_buttons(self, outer, tr("Sync"))
        self.sync_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._url = ""

    def accept(self) -> None:
        try:
            self._url = check_server_url(self.address.text())
        except ValueError as exc:
            self.error.setText(str(exc))
            self.error.show()
            return
        super().accept()

    def url(self) -> str:
        return self._url

    def refresh(self) -> None:
        self.carried.setText(carried_text(self.ws))


# --------------------------------------------------------------------------- the run


class SyncCancelled(Exception):
    """The user cancelled; raised at the engine's next step, which rolls that step back."""


@dataclass(frozen=True)
class SyncOutcome:
    """How a run ended: a result, a cancellation, or an error to show as it is."""

    url: str
    result: SyncResult | None = None
    cancelled: bool = False
    error: str = ""


_STEPS = (  # the engine's progress lines, in the interface language
    (
        re.compile(r"checking for changes"),
        QT_TRANSLATE_NOOP("Sync", "Checking what changed since the last sync…"),
    ),
    (re.compile(r"reading the laptop"), QT_TRANSLATE_NOOP("Sync", "Reading this workspace…")),
    (re.compile(r"reading "), QT_TRANSLATE_NOOP("Sync", "Reading the server…")),
    (
        re.compile(r"choosing what this laptop carries"),
        QT_TRANSLATE_NOOP("Sync", "Choosing what this laptop carries…"),
    ),
    (
        re.compile(r"writing (\d+) records to the server"),
        QT_TRANSLATE_NOOP("Sync", "Sending {n} records to the server…"),
    ),
    (
        re.compile(r"writing (\d+) records here"),
        QT_TRANSLATE_NOOP("Sync", "Writing {n} records here…"),
    ),
)


def step_text(line: str) -> str:
    for pattern, text in _STEPS:
        found = pattern.match(line)
        if found:
            return tr(text).format(n=found.group(1) if found.groups() else "")
    return line


def error_text(exc: BaseException) -> str:
    """What went wrong, plainly: the workspace errors say it themselves; a connection that
    dropped mid-sync says the driver's own words."""
    if isinstance(exc, WorkspaceError):
        return str(exc)
    if isinstance(exc, SQLAlchemyError):
        orig = getattr(exc, "orig", None)
        detail = str(orig or exc).strip().splitlines()[0]
        return tr(
            "The connection to the server failed: {detail}. Nothing is half-written; "
            "sync again when the server is reachable."
        ).format(detail=detail)
    return str(exc) or exc.__class__.__name__


class _Status(QObject):
    text = Signal(str)


class SyncProgressDialog(QDialog):
    """A busy bar, the current step, and Cancel (which waits for the step to stop)."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Sync with server"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(460)
        box = QVBoxLayout(self)
        box.setContentsMargins(22, 20, 22, 16)
        box.setSpacing(12)
        where = address(url)
        self.label = QLabel(tr("Connecting to {host}…").format(host=where.host or where.database))
        self.label.setWordWrap(True)
        box.addWidget(self.label)
        bar = QProgressBar()
        bar.setRange(0, 0)
        box.addWidget(bar)
        row = QHBoxLayout()
        row.addStretch(1)
        self.cancel_button = QPushButton(tr("Cancel"))
        row.addWidget(self.cancel_button)
        box.addLayout(row)

    def reject(self) -> None:  # Escape: the same as Cancel, never a dialog gone mid-run
        self.cancel_button.click()


class SyncRun:
    """One sync in the background; ``on_done(outcome)`` on the UI thread when it ends."""

    def __init__(
        self,
        ctx: WorkspaceContext,
        url: str,
        parent: QWidget,
        on_done: Callable[[SyncOutcome], None],
    ) -> None:
        self.ctx = ctx
        self.url = url
        self.on_done = on_done
        self.stop = threading.Event()
        self.dialog = SyncProgressDialog(url, parent)
        self.dialog.cancel_button.clicked.connect(self.cancel)
        self._status = _Status(self.dialog)
        self._status.text.connect(self.dialog.label.setText)
        self.finished = False
        self.operation: Operation = operations.run_in_background(
            self._work, on_success=self._succeeded, on_failure=self._failed, owner=parent
        )
        self.dialog.open()

    def cancel(self) -> None:
        if self.finished or self.stop.is_set():
            return
        self.stop.set()
        self.dialog.cancel_button.setEnabled(False)
        self.dialog.label.setText(tr("Stopping at the end of this step…"))

    def abandon(self) -> None:
        """Stop at the next step without reporting back (the workspace is closing)."""
        self.finished = True
        self.stop.set()
        self.operation.cancel()
        self.dialog.done(0)
        self.dialog.deleteLater()

    def _work(self, progress: Progress) -> SyncResult:
        from planner.storage.store import open_workspace
        from planner.sync.engine import sync

        def step(line: str) -> None:
            if self.stop.is_set() or progress.cancelled:
                raise SyncCancelled
            self._status.text.emit(step_text(line))

        server = open_workspace(self.url, create=False, check="if-unclean")
        try:
            if self.stop.is_set():
                raise SyncCancelled
            return sync(self.ctx.ws, server, progress=step)
        finally:
            server.close()

    def _end(self, outcome: SyncOutcome) -> None:
        self.finished = True
        self.dialog.done(0)
        self.dialog.deleteLater()
        if outcome.result is not None or outcome.cancelled:
            self.ctx.bus.everything()  # pulled records, conflicts: every view reads again
        self.on_done(outcome)

    def _succeeded(self, result: object) -> None:
        assert isinstance(result, SyncResult)
        remember_server(self.ctx.ws, self.url)
        self._end(SyncOutcome(self.url, result=result))

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, SyncCancelled):
            self._end(SyncOutcome(self.url, cancelled=True))
        else:
            self._end(SyncOutcome(self.url, error=error_text(exc)))


# --------------------------------------------------------------------------- the result


COLUMNS = (
    ("pushed", QT_TRANSLATE_NOOP("Sync", "Sent")),
    ("pulled", QT_TRANSLATE_NOOP("Sync", "Received")),
    ("merged", QT_TRANSLATE_NOOP("Sync", "Merged")),
    ("conflicts", QT_TRANSLATE_NOOP("Sync", "Conflicts")),
)


def totals(result: SyncResult) -> dict[str, int]:
    return {name: sum(getattr(result, name).values()) for name, _title in COLUMNS}


def travel_lines(result: SyncResult) -> list[str]:
    """What the sync removed from this laptop and kept here only, for the result."""
    lines = []
    removed = sum(result.removed.values())
    if removed:
        lines.append(
            tr(
                "Removed from this laptop (records it no longer carries): {n}. Nothing "
                "was deleted on the server."
            ).format(n=f"{removed:,}")
        )
    if result.backups_dropped:
        lines.append(
            tr("Automatic backups of this laptop dropped (they held those records): {n}.").format(
                n=result.backups_dropped
            )
        )
    for item in result.kept_here:
        lines.append(tr("Kept here only: {what}").format(what=str(item)))
    for ident in result.absent_campaigns:
        lines.append(
            tr("The server no longer shows you campaign {id} (revoked or deleted).").format(
                id=ident[:8]
            )
        )
    return lines


class ResultWithReview(QDialog):
    """A result (of a sync, of a bundle's import) that closes, or opens the conflict review."""

    review_requested = Signal()
    review_button: QPushButton | None = None

    def add_buttons(self, outer: QVBoxLayout, *, review: bool) -> None:
        """Close, and Review conflicts… when there are any."""
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        if review:
            self.review_button = buttons.addButton(
                tr("Review conflicts…"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            self.review_button.setObjectName("primary")
            self.review_button.clicked.connect(self._review)
        outer.addWidget(buttons)

    def _review(self) -> None:
        self.accept()
        self.review_requested.emit()


class SyncResultDialog(ResultWithReview):
    """What the sync sent, received and merged, by kind; Review conflicts… if any."""

    def __init__(self, result: SyncResult, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sync_result = result
        self.setWindowTitle(tr("Sync finished"))
        self.setMinimumWidth(560)
        sums = totals(result)
        server = address(url)
        where = f"{server.database} ({server.host})" if server.host else server.database
        if sums["conflicts"]:
            intro = tr(
                "Synced with {server}. Some fields were changed both here and on the "
                "server: nothing was overwritten for them until you choose."
            ).format(server=where)
        elif any(sums.values()) or result.removed or result.kept_here:
            intro = tr("Synced with {server}. This workspace and the server now agree.").format(
                server=where
            )
        else:
            intro = tr("Synced with {server}. Nothing had changed on either side.").format(
                server=where
            )
        outer = dialog_frame(self, tr("Sync finished"), intro)
        self.summary = QLabel(
            tr(
                "Sent {pushed} · Received {pulled} · Merged {merged} · Conflicts {conflicts}"
            ).format(**{k: f"{n:,}" for k, n in sums.items()})
        )
        self.summary.setObjectName("summaryLine")
        outer.addWidget(self.summary)
        self.table = self._table(result)
        outer.addWidget(self.table)
        self.travel = QLabel("\n".join(travel_lines(result)))
        self.travel.setWordWrap(True)
        self.travel.setVisible(bool(self.travel.text()))
        outer.addWidget(self.travel)
        self.add_buttons(outer, review=bool(sums["conflicts"]))

    def _table(self, result: SyncResult) -> QTableWidget:
        kinds = [k for k in KINDS if any(k in getattr(result, n) for n, _t in COLUMNS)]
        table = QTableWidget(len(kinds), len(COLUMNS))
        table.setHorizontalHeaderLabels([tr(title) for _n, title in COLUMNS])
        table.setVerticalHeaderLabels([kind_name(k) for k in kinds])
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for row, kind in enumerate(kinds):
            for col, (name, _title) in enumerate(COLUMNS):
                n = getattr(result, name).get(kind, 0)
                item = QTableWidgetItem(f"{n:,}" if n else "–")
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(row, col, item)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += sum(table.verticalHeader().sectionSize(r) for r in range(len(kinds)))
        table.setFixedHeight(height + 2)
        if not kinds:
            table.hide()
        return table
